use super::{Align, Block, Table};

pub fn blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from((*level).max(1))));
                out.push(' ');
                out.push_str(&escape(text));
                out.push('\n');
            }
            Block::Text(text) => {
                out.push_str(&escape(text));
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&escape(item));
                    out.push('\n');
                }
            }
            Block::Table(t) => out.push_str(&table(t)),
        }
    }
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
    escape(s).replace('|', "\\|").replace('\n', "<br>")
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
    fn escapes_pipes_and_markup() {
        let mut t = Table::new(vec![Column::left("a"), Column::right("b")]);
        t.row(vec!["x|y".into(), "*1*".into()]);
        assert_eq!(
            table(&t),
            "| a | b |\n| --- | ---: |\n| x\\|y | \\*1\\* |\n"
        );
    }
}
