//! Output cannot be turned against its reader. Text from data files, file
//! names, DUO files and git metadata may hold control characters (an escape
//! sequence that clears the screen or forges a hyperlink, a carriage return
//! that overwrites a line) or, in CSV, a formula. Every renderer passes
//! such text through here; nothing reaches a terminal or spreadsheet raw.

use std::borrow::Cow;

/// C0 and C1 controls and DEL.
fn is_control(c: char) -> bool {
    c.is_control()
}

/// For text on one line (messages, labels, cells): every control character,
/// line breaks included, becomes a visible sign (␛ for ESC, ␊ for a line
/// feed, � for a C1 control).
pub(crate) fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(picture).collect())
}

/// For text that may span lines (a table cell): line feeds stay, every other
/// control becomes visible.
pub(crate) fn lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_control(c) && c != '\n') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if c == '\n' { c } else { picture(c) })
            .collect(),
    )
}

/// For markdown, which folds line breaks itself: CR and LF stay, every other
/// control becomes visible.
pub(crate) fn breaks(s: &str) -> Cow<'_, str> {
    let keep = |c: char| c == '\n' || c == '\r';
    if !s.chars().any(|c| is_control(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if keep(c) { c } else { picture(c) })
            .collect(),
    )
}

/// The Unicode "control picture" of a C0 control, or the character itself.
fn picture(c: char) -> char {
    match c as u32 {
        0x00..=0x1f => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        0x80..=0x9f => '\u{fffd}',
        _ => c,
    }
}

/// For source text quoted in a diagnostic, where byte offsets must stay:
/// each control (but tab, line feed and the CR of a CRLF) is replaced by a
/// visible character of the same length in UTF-8 (`?` for C0 and DEL, `¿`
/// for C1).
pub(crate) fn source(s: &str) -> Cow<'_, str> {
    let bad = |(i, c): (usize, char)| {
        is_control(c) && c != '\t' && c != '\n' && !(c == '\r' && s[i + 1..].starts_with('\n'))
    };
    if !s.char_indices().any(bad) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.char_indices()
            .map(|(i, c)| match bad((i, c)) {
                false => c,
                true if c.len_utf8() == 1 => '?',
                true => '¿',
            })
            .collect(),
    )
}

/// A CSV cell that a spreadsheet would run as a formula (OWASP: a leading
/// `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`; a number stays a number.
pub(crate) fn csv_cell(s: &str) -> Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_number(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

fn is_number(s: &str) -> bool {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|c| *c == '.').count() <= 1
        && digits.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// JSON as serde_json writes it escapes C0 controls but not C1 ones, which
/// some terminals obey: those are written as `\u0080`..`\u009f` too.
pub(crate) fn json(s: String) -> String {
    if !s.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if ('\u{80}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Text as XML or HTML character data or attribute value (Word documents,
/// the workbench's own short pages).
pub(crate) fn markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Not allowed in XML 1.0; safe::line already made them visible.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('?'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible() {
        assert_eq!(line("a\u{1b}[2Jb\u{7}\r\nok"), "a␛[2Jb␇␍␊ok");
        assert_eq!(line("\u{9b}31m"), "\u{fffd}31m");
        assert_eq!(lines("a\nb\rc"), "a\nb␍c");
        assert_eq!(line("plain é"), "plain é");
    }

    #[test]
    fn source_keeps_offsets() {
        let s = "a\u{1b}b\u{85}c\r\nd\re";
        let t = source(s);
        assert_eq!(t.len(), s.len());
        assert_eq!(t, "a?b¿c\r\nd?e");
    }

    #[test]
    fn formulas_are_neutralised_numbers_kept() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+31 6 1234"), "'+31 6 1234");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("-2.67"), "-2.67");
        assert_eq!(csv_cell("-4"), "-4");
        assert_eq!(csv_cell("-1+1"), "'-1+1");
        assert_eq!(csv_cell("- nog geen actie"), "'- nog geen actie");
        assert_eq!(csv_cell("Gouda"), "Gouda");
    }

    #[test]
    fn json_escapes_c1() {
        assert_eq!(json("\"a\u{9b}b\"".into()), "\"a\\u009bb\"");
    }
}
