//! How a passage differs from the report's text, worded for its author.

use std::fmt;

/// How many words an excerpt shows on each side of where the texts part.
const AROUND: usize = 4;

/// Where a passage parts from the closest text of the `# Report` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Misquote {
    /// The passage's word where they part, and whether it is the passage's first (which may be
    /// the end of a word).
    pub passage_word: String,
    pub first: bool,
    /// The report's word there, or `None` where the report's text has ended.
    pub report_word: Option<String>,
    /// Where the report's word stands (or, where its text has ended, its last word), 1-based.
    pub report_line: usize,
    pub report_column: usize,
    /// A few words of each around where they part.
    pub passage_excerpt: String,
    pub report_excerpt: String,
}

/// Words `at - AROUND ..= at + AROUND` of `len` words, word `k` being `word(k)`, "…" marking
/// any cut.
pub(super) fn excerpt<'w>(len: usize, at: usize, word: impl Fn(usize) -> &'w str) -> String {
    let (from, to) = (at.saturating_sub(AROUND), (at + AROUND + 1).min(len));
    let shown: Vec<&str> = (from..to).map(word).collect();
    format!(
        "{}{}{}",
        if from > 0 { "…" } else { "" },
        shown.join(" "),
        if to < len { "…" } else { "" }
    )
}

/// The plain keyboard character a typographic quote or dash stands for, if it is one.
fn plain(c: char) -> char {
    match c {
        '‘' | '’' | '‚' | '′' | '`' => '\'',
        '“' | '”' | '„' | '″' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
        other => other,
    }
}

/// The first pair of characters that differ between two words that differ only in quotes and
/// dashes: `passage` (the end of `report` when `at_end`, else its start, as a passage may start
/// or end inside a word).
fn typographic(passage: &str, report: &str, at_end: bool) -> Option<(char, char)> {
    let passage: Vec<char> = passage.chars().collect();
    let report: Vec<char> = report.chars().collect();
    let skip = if at_end {
        report.len().checked_sub(passage.len())?
    } else {
        0
    };
    let report = report.get(skip..skip + passage.len())?;
    let all_plain_alike = passage.iter().zip(report).all(|(&a, &b)| plain(a) == plain(b));
    let first = passage.iter().zip(report).find(|(a, b)| a != b);
    first.filter(|_| all_plain_alike).map(|(&a, &b)| (a, b))
}

/// A word of a passage or the report, marked off as `word`, or as “word” if it has a backtick
/// itself: never in marks it may hold, as `"ses` is.
fn quoted(word: &str) -> String {
    if word.contains('`') {
        format!("\u{201c}{word}\u{201d}")
    } else {
        format!("`{word}`")
    }
}

impl fmt::Display for Misquote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, column) = (self.report_line, self.report_column);
        f.write_str("passage not found word for word in the `# Report` section; ")?;
        match &self.report_word {
            None => write!(
                f,
                "the report's text ends at line {line}, column {column} (its last word), before the passage's {}",
                quoted(&self.passage_word)
            )?,
            Some(report) => {
                write!(
                    f,
                    "it parts from the report's text at line {line}, column {column}: "
                )?;
                match typographic(&self.passage_word, report, self.first) {
                    Some((ours, theirs)) => write!(
                        f,
                        "the passage has `{ours}` where the report has `{theirs}`; copy the report's character"
                    )?,
                    None => write!(
                        f,
                        "{} where the report says {}",
                        quoted(&self.passage_word),
                        quoted(report)
                    )?,
                }
            }
        }
        write!(
            f,
            ". Passage: \u{201c}{}\u{201d}; report: \u{201c}{}\u{201d}",
            self.passage_excerpt, self.report_excerpt
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_dashes_are_told_apart_from_other_differences() {
        assert_eq!(typographic("well-known", "well–known", false), Some(('-', '–')));
        assert_eq!(typographic("\"Follow", "“Follow", false), Some(('"', '“')));
        assert_eq!(typographic("Vries's", "Vries’s", false), Some(('\'', '’')));
        assert_eq!(
            typographic("s's", "Vries’s", true),
            Some(('\'', '’')),
            "a passage's first word"
        );
        assert_eq!(typographic("important", "importent", false), None);
        assert_eq!(typographic("“Follow", "“Folow", false), None);
        assert_eq!(typographic("same", "same", false), None);
    }

    #[test]
    fn words_are_marked_off_by_what_they_do_not_hold() {
        assert_eq!(quoted("\"ses"), "`\"ses`");
        assert_eq!(quoted("«"), "`«`");
        assert_eq!(quoted("a`b"), "\u{201c}a`b\u{201d}");
    }

    #[test]
    fn excerpts_show_a_few_words_around_and_mark_cuts() {
        let words = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
        let excerpt = |at| excerpt(words.len(), at, |k| words[k]);
        assert_eq!(excerpt(5), "…b c d e f g h i j…");
        assert_eq!(excerpt(0), "a b c d e…");
        assert_eq!(excerpt(10), "…g h i j k");
        assert_eq!(excerpt(11), "…h i j k");
    }
}
