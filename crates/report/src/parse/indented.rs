//! An indented line that Markdown reads as a code block but its author meant as a field, a list
//! item or a metadata line, to say so rather than "code blocks cannot be used".

/// Where the line of the indented code block whose text starts at `at` starts, if it is indented
/// (by a tab, or four spaces or more) and reads as a field or list line: `- Kind: person`,
/// `Kind: person`, `* point`, `1. point`.
pub(super) fn mistakenly_indented(source: &str, at: usize) -> Option<usize> {
    let line_start = source[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let line = &source[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let text = line.trim_start_matches([' ', '\t']);
    let indent = &line[..line.len() - text.len()];
    let indented = indent.contains('\t') || indent.len() >= 4;
    (indented && (is_list_item(text) || is_field(text))).then_some(line_start)
}

/// `- point`, `* point`, `+ point`, `1. point`, `1) point`.
fn is_list_item(text: &str) -> bool {
    let after_marker = match text.strip_prefix(['-', '*', '+']) {
        Some(rest) => rest,
        None => {
            let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            match text[digits..].strip_prefix(['.', ')']) {
                Some(rest) if digits > 0 => rest,
                _ => return false,
            }
        }
    };
    after_marker.starts_with([' ', '\t'])
}

/// `Key: value` (or `Key:`), the key being a few words of letters.
fn is_field(text: &str) -> bool {
    text.split_once(':').is_some_and(|(key, value)| {
        let key = key.trim_end();
        !key.is_empty()
            && key.len() <= 30
            && key.chars().all(|c| c.is_alphabetic() || c == ' ')
            && (value.is_empty() || value.starts_with([' ', '\t']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_field_and_list_lines_are_told_from_code() {
        for line in [
            "\t- Kind: person",
            "    Kind: person",
            "  \tKind: x",
            "\t1. point",
            "     * point",
        ] {
            let source = format!("## Pat\n{line}\n");
            let text_at = source.len() - line.trim_start().len() - 1;
            assert_eq!(mistakenly_indented(&source, text_at), Some(7), "{line:?}");
        }
        for line in [
            "    let x = 1;",
            "    https://x.org",
            "    -1",
            "   - Kind: person",
        ] {
            let source = format!("## Pat\n{line}\n");
            let text_at = source.len() - line.trim_start().len() - 1;
            assert_eq!(mistakenly_indented(&source, text_at), None, "{line:?}");
        }
    }
}
