use super::{Align, Block, Options, Table};
use comfy_table::{CellAlignment, ContentArrangement, presets};

pub(super) fn blocks(blocks: &[Block], opts: Options) -> String {
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            Block::Heading(level, text) => {
                out.push_str(text);
                out.push('\n');
                let ch = match level {
                    0 | 1 => '=',
                    2 => '-',
                    _ => '~',
                };
                out.extend(std::iter::repeat_n(ch, text.chars().count()));
                out.push('\n');
            }
            Block::Text(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("  - ");
                    out.push_str(item);
                    out.push('\n');
                }
            }
            Block::Table(t) => {
                out.push_str(&table(t, opts));
                out.push('\n');
            }
            Block::Code(text) => {
                for line in text.lines() {
                    out.push_str("    ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    out
}

pub(super) fn table(t: &Table, opts: Options) -> String {
    let mut ct = comfy_table::Table::new();
    ct.load_style(presets::UTF8_FULL_CONDENSED);
    if opts.tty {
        ct.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        // Pipes and files get the full table, identical on every machine.
        ct.force_no_tty()
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    ct.set_header(t.columns.iter().map(|c| c.name.as_str()));
    for row in &t.rows {
        ct.add_row(row);
    }
    for (i, c) in t.columns.iter().enumerate() {
        if let Some(col) = ct.column_mut(i) {
            col.set_cell_alignment(match c.align {
                Align::Left => CellAlignment::Left,
                Align::Right => CellAlignment::Right,
            });
        }
    }
    ct.to_string()
}
