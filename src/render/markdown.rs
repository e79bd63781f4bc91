use super::{Align, Block, Table};

pub(super) fn blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from((*level).max(1))));
                out.push(' ');
                out.push_str(&paragraph(text));
                out.push('\n');
            }
            Block::Text(text) => {
                out.push_str(&paragraph(text));
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&paragraph(item));
                    out.push('\n');
                }
            }
            Block::Table(t) => out.push_str(&table(t)),
            Block::Code(text) => out.push_str(&fence(text)),
        }
    }
    out
}

/// A fenced block, its fence longer than any run of backticks inside, so
/// that no line of the text can close it.
fn fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let mut out = format!("{fence}toml\n");
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&fence);
    out.push('\n');
    out
}

fn table(t: &Table) -> String {
    let mut out = String::new();
    let cells = |row: &mut String, cells: &mut dyn Iterator<Item = String>| {
        row.push('|');
        for c in cells {
            row.push(' ');
            row.push_str(&c);
            row.push_str(" |");
        }
        row.push('\n');
    };
    cells(&mut out, &mut t.columns.iter().map(|c| cell(&c.name)));
    cells(
        &mut out,
        &mut t.columns.iter().map(|c| match c.align {
            Align::Left => "---".to_string(),
            Align::Right => "---:".to_string(),
        }),
    );
    for row in &t.rows {
        cells(&mut out, &mut row.iter().map(|c| cell(c)));
    }
    out
}

/// Table cells cannot hold pipes or line breaks.
fn cell(s: &str) -> String {
    escape(s)
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
}

/// Text that starts a line of its own (a heading, paragraph or list item):
/// on one line, and with no character at its start that markdown reads as
/// structure (a heading, list, quote, code fence or rule).
fn paragraph(s: &str) -> String {
    let one_line = s
        .split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = escape(&one_line).replace('|', "\\|");
    let lead = out.chars().next();
    if matches!(lead, Some('#' | '-' | '+' | '=' | '~' | '>')) {
        out.insert(0, '\\');
    } else if let Some(end) = out.find(|c: char| !c.is_ascii_digit())
        && end > 0
        && out[end..].starts_with(['.', ')'])
        && out[end + 1..]
            .chars()
            .next()
            .is_none_or(|c| c == ' ' || c == '\t')
    {
        // `1. ` would start a numbered list.
        out.insert(end, '\\');
    }
    out
}

/// User text must not turn into markup by accident.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Column;

    #[test]
    fn user_text_cannot_make_structure() {
        assert_eq!(paragraph("# Kop"), "\\# Kop");
        assert_eq!(paragraph("- lijst"), "\\- lijst");
        assert_eq!(paragraph("1. nummer"), "1\\. nummer");
        assert_eq!(
            paragraph("tekst\n# kop\r\n| a | b |"),
            "tekst # kop \\| a \\| b \\|"
        );
        assert_eq!(paragraph("2026 jaar"), "2026 jaar");
        assert_eq!(paragraph("0.22 fte"), "0.22 fte");
        assert_eq!(cell("a\r\nb\rc"), "a<br>b<br>c");
    }

    #[test]
    fn a_code_block_cannot_be_closed_from_inside() {
        assert_eq!(fence("a = 1\n"), "```toml\na = 1\n```\n");
        assert_eq!(fence("x = \"```\"\n"), "````toml\nx = \"```\"\n````\n");
    }

    #[test]
    fn escapes_pipes_and_markup() {
        let mut t = Table::new(vec![Column::left("a"), Column::right("b")]);
        t.row(vec!["x|y".into(), "*1*".into()]);
        assert_eq!(
            table(&t),
            "| a | b |\n| --- | ---: |\n| x\\|y | \\*1\\* |\n"
        );
    }
}
