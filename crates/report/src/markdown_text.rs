//! Report text written into Markdown so that CommonMark, GFM and their common extensions render
//! it as the same text: no HTML, link, emphasis, code, list, heading or table it did not have.
//!
//! Every escape is a backslash before ASCII punctuation, which CommonMark always renders as the
//! character itself, so escaping more than needed never changes the text. To stay readable,
//! characters that only matter at the start of a line (`#`, `>`, `+`, `-`, `=`, `:` and a
//! number's `.` or `)`) are escaped only there, and `.` or `!` in a sentence never are.

/// Characters escaped wherever they stand: they can open inline syntax (emphasis, code, links,
/// HTML, entities, tables, strikethrough, math, superscript) or are the escape itself. A `{`,
/// which can open heading attributes, is written as a character reference instead.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '&', '|', '~', '$', '^'];

/// Characters escaped at the start of a line, where they can open a block (heading, quote,
/// list, setext underline, thematic break, definition).
const AT_LINE_START: &[char] = &['#', '>', '+', '-', '=', ':'];

/// Escapes one line of text (with no line break), as if it stood at the start of a line.
fn escape_line(line: &str, out: &mut String) {
    let leading_digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut previous: Option<char> = None;
    for (at, c) in line.char_indices() {
        let ends_a_list_number = at > 0
            && at == leading_digits
            && matches!(c, '.' | ')')
            && line[at + 1..]
                .chars()
                .next()
                .is_none_or(|next| next == ' ' || next == '\t');
        let escaped = ALWAYS.contains(&c)
            || (at == 0 && AT_LINE_START.contains(&c))
            || ends_a_list_number
            // An ATX heading's closing `#`s, and a `#` that would start a heading anywhere.
            || (c == '#' && previous.is_none_or(char::is_whitespace));
        if c == '{' {
            // Heading attributes (`{#id}`) are found before escapes are read, so only a
            // character reference keeps them text.
            out.push_str("&#123;");
        } else {
            if escaped {
                out.push('\\');
            }
            out.push(c);
        }
        previous = Some(c);
    }
}

/// The lines of `text`, split at every line ending Markdown knows (`\n`, `\r\n`, `\r`), without
/// the spaces and tabs Markdown drops at their ends, and without empty ones.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', '\r'])
        .map(|line| line.trim_matches([' ', '\t']))
        .filter(|line| !line.is_empty())
}

/// Text for a single-line place (a heading, a field after a label): escaped, with its line
/// breaks made spaces, so it cannot end the line it is written on.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (index, line) in lines(text).enumerate() {
        if index > 0 {
            out.push(' ');
        }
        escape_line(line, &mut out);
    }
    out
}

/// Text whose lines must stay lines (a quoted passage): each line escaped and written after
/// `prefix` (such as `"> "`), the lines joined by hard breaks, ending with a line break.
pub fn line_by_line(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (index, line) in lines(text).enumerate() {
        if index > 0 {
            out.push_str("\\\n");
        }
        out.push_str(prefix);
        escape_line(line, &mut out);
    }
    out.push('\n');
    out
}

/// Paragraphs of text separated by blank lines (a summary): each paragraph on one line.
pub fn paragraphs(text: &str) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(one_line)
        .filter(|paragraph| !paragraph.is_empty())
        .collect();
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_stay_readable() {
        assert_eq!(
            one_line("Ms. Vries’s research, in 2014: well-known! (Really.) 3.5 + 2 = 5.5"),
            "Ms. Vries’s research, in 2014: well-known! (Really.) 3.5 + 2 = 5.5"
        );
    }

    #[test]
    fn inline_syntax_is_escaped_everywhere() {
        assert_eq!(
            one_line("<img src=x> [a](javascript:b) *c* _d_ `e` ~f~ a|b &amp; \\ $x$ ^s^ {#id}"),
            "\\<img src=x> \\[a\\](javascript:b) \\*c\\* \\_d\\_ \\`e\\` \\~f\\~ a\\|b \\&amp; \\\\ \\$x\\$ \\^s\\^ &#123;#id}"
        );
    }

    #[test]
    fn block_syntax_is_escaped_at_line_starts_only() {
        assert_eq!(one_line("# a # b #"), "\\# a \\# b \\#");
        assert_eq!(one_line("a#b c-d"), "a#b c-d");
        for (text, escaped) in [
            ("- a", "\\- a"),
            ("+ a", "\\+ a"),
            ("> a", "\\> a"),
            ("===", "\\==="),
            (": a", "\\: a"),
            ("12. a", "12\\. a"),
            ("3) a", "3\\) a"),
            ("12 a.", "12 a."),
            ("3.5 a", "3.5 a"),
            ("1.", "1\\."),
        ] {
            assert_eq!(one_line(text), escaped);
        }
    }

    #[test]
    fn line_breaks_become_spaces_or_hard_breaks() {
        assert_eq!(one_line("a\n# b\r\n\rc  "), "a \\# b c");
        assert_eq!(
            line_by_line("a \n1. b\n\n- c", "> "),
            "> a\\\n> 1\\. b\\\n> \\- c\n"
        );
        assert_eq!(paragraphs("a\nb\n\n- c"), "a b\n\n\\- c");
    }
}
