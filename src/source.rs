//! Source files as read from disk, and byte spans turned into line:column.

use std::ops::Range;

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the data root, with `/` separators.
    pub path: String,
    pub text: String,
    /// Computed on first use: most files never need a position.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// The digest of the bytes on disk where they differ from `text` (a
    /// byte-order mark left out, text made NFC); `None`: `text` is them.
    raw_digest: Option<String>,
}

/// A short digest of a file's bytes: what a form carries of the version it
/// was made from.
pub fn digest(bytes: &[u8]) -> String {
    short_hash(bytes, 12)
}

/// The first `n` bytes of a SHA-256, as hex.
pub fn short_hash(bytes: &[u8], n: usize) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)[..n]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct LineCol {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        SourceFile {
            path,
            text,
            line_starts: std::sync::OnceLock::new(),
            raw_digest: None,
        }
    }

    /// A file whose text was made from `raw` with changes (a BOM left out,
    /// NFC): its digest stays that of the bytes on disk.
    pub fn read_from(path: String, text: String, raw: &[u8]) -> Self {
        let mut f = SourceFile::new(path, text);
        if f.text.as_bytes() != raw {
            f.raw_digest = Some(digest(raw));
        }
        f
    }

    /// The digest of the bytes this file was read from.
    pub fn digest(&self) -> String {
        self.raw_digest
            .clone()
            .unwrap_or_else(|| digest(self.text.as_bytes()))
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// Line and column of a byte offset; offsets past the end clamp to the end.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let start = starts[line];
        LineCol {
            line: line + 1,
            column: self.text[start..offset].chars().count() + 1,
        }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let starts = self.line_starts();
        let start = starts.get(line - 1).copied().unwrap_or(self.text.len());
        let end = starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// A span shrunk or moved so that it lies inside the text on char boundaries.
    pub fn clamp(&self, span: Range<usize>) -> Range<usize> {
        let start = self.floor_char_boundary(span.start.min(self.text.len()));
        let end = self.floor_char_boundary(span.end.clamp(start, self.text.len()));
        start..end
    }

    fn floor_char_boundary(&self, mut i: usize) -> usize {
        while i > 0 && !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column() {
        let f = SourceFile::new("a.toml".into(), "a = 1\nnaam = \"é\"\n".into());
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(6), LineCol { line: 2, column: 1 });
        // after the two-byte é
        assert_eq!(
            f.line_col(16),
            LineCol {
                line: 2,
                column: 10
            }
        );
        assert_eq!(f.line_text(2), "naam = \"é\"");
        assert_eq!(f.line_col(999).line, 3);
    }

    #[test]
    fn clamp_keeps_char_boundaries() {
        let f = SourceFile::new("a".into(), "é".into());
        assert_eq!(f.clamp(1..5), 0..2);
    }
}
