//! A report's text as the parser reads it (no byte order mark, LF line endings), and its lines.

use std::borrow::Cow;

/// The text without a leading byte order mark and with every line ending (CRLF, or a lone CR as
/// CommonMark also allows) written as LF, as rustc reads source files. Line endings come only at
/// the ends of lines, so lines and columns stay those of the file as its author sees it.
pub(super) fn normalize(source: &str) -> Cow<'_, str> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if !source.contains('\r') {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(cr) = rest.find('\r') {
        out.push_str(&rest[..cr]);
        out.push('\n');
        rest = &rest[cr + 1..];
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Where each line of a text starts, to turn byte offsets into lines and columns in one search.
pub(super) struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_marks_go_and_every_line_ending_becomes_lf() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd");
        assert!(matches!(normalize("a\nb"), Cow::Borrowed("a\nb")));
        assert_eq!(normalize("a\u{feff}"), "a\u{feff}", "only a leading mark goes");
    }

    #[test]
    fn lines_and_columns_count_characters_from_one() {
        let lines = Lines::new("ab\n‘’cd\n");
        assert_eq!(lines.locate(0), (1, 1));
        assert_eq!(lines.locate(3), (2, 1));
        assert_eq!(lines.locate(9), (2, 3));
        assert_eq!(lines.locate(100), (3, 1));
    }
}
