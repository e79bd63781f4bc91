//! A report as one self-contained HTML file with print CSS (A4, header
//! rows repeated, rows and headings not split). minijinja escapes every
//! text, as on the site.

use super::{Align, Block};
use serde_json::{Value, json};

const TEMPLATE: &str = include_str!("templates/document.html");

/// A block as the templates read it (HTML page and PDF).
pub(crate) fn block_json(b: &Block) -> Value {
    match b {
        Block::Heading(level, text) => {
            json!({"heading": {"level": level.clamp(&1, &4), "text": text}})
        }
        Block::Text(text) => json!({"text": text}),
        Block::List(items) => json!({"list": items}),
        Block::Table(t) => json!({"table": {
            "columns": t.columns.iter().map(|c| json!({"name": c.name, "right": c.align == Align::Right})).collect::<Vec<_>>(),
            "rows": t.rows,
        }}),
        Block::Code(text) => json!({"code": text}),
    }
}

pub(crate) fn page(
    blocks: &[Block],
    title: &str,
    lang: &str,
    footer: &str,
) -> Result<Vec<u8>, String> {
    let mut env = minijinja::Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    env.add_template("document.html", TEMPLATE)
        .map_err(|e| e.to_string())?;
    let blocks: Vec<Value> = blocks.iter().map(block_json).collect();
    env.get_template("document.html")
        .and_then(|t| {
            t.render(minijinja::context! {
                blocks => minijinja::Value::from(minijinja::value::Serde(&blocks)),
                title => title,
                lang => lang,
                footer => footer,
            })
        })
        .map(String::into_bytes)
        .map_err(|e| e.to_string())
}
