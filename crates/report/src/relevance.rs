//! How well a finding matches a search: where each word occurs (heading, speaker, summary, passage) and how whole.

use std::ops::Range;

/// The parts of a finding a search looks in, from least to most telling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Field {
    /// The speaker's role and affiliation, and the themes' names.
    Other,
    /// The passage quoted from the report.
    Passage,
    /// The point in plain words.
    Summary,
    /// The speaker's name.
    Speaker,
    /// The heading.
    Heading,
}

/// How many bits [`Field::bit`]s take.
pub(crate) const FIELD_BITS: u32 = 5;

impl Field {
    /// Every field, most telling first.
    const BEST_FIRST: [Field; 5] = [
        Self::Heading,
        Self::Speaker,
        Self::Summary,
        Self::Passage,
        Self::Other,
    ];

    /// The field's bit in a set of fields.
    pub fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// How a search word fits a word of the text, from least to most telling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    /// Inside a word: "cruit" in "recruitment".
    Inside,
    /// At a word's start: "recr" in "recruitment".
    Start,
    /// Another form of the word (the same stem), or the word it was corrected to.
    Form,
    /// The whole word.
    Whole,
}

/// Where a finding's fields lie in its folded text, which holds, separated by newlines, its
/// heading, summary, passage and speaker's name, then the rest ([`Field::Other`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    /// Where the heading, summary, passage and speaker's name end.
    ends: [u32; 4],
}

impl Layout {
    /// The layout of a text whose first four fields end at `ends`.
    pub fn new(ends: [usize; 4]) -> Self {
        Self {
            ends: ends.map(|end| u32::try_from(end).unwrap_or(u32::MAX)),
        }
    }

    /// The bytes of a text of `len` bytes that `field` takes.
    pub fn range(self, field: Field, len: usize) -> Range<usize> {
        let [heading, summary, passage, speaker] = self.ends.map(|end| end as usize);
        let after = |end: usize| (end + 1).min(len);
        match field {
            Field::Heading => 0..heading,
            Field::Summary => after(heading)..summary,
            Field::Passage => after(summary)..passage,
            Field::Speaker => after(passage)..speaker,
            Field::Other => after(speaker)..len,
        }
    }
}

/// How `word` fits where it occurs in `text` at its best: whole, else at a word's start, else
/// inside a word; `None` where it does not occur.
fn fit_in(text: &str, word: &str) -> Option<Fit> {
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut best = None;
    for (at, _) in text.match_indices(word) {
        let starts = !is_letter(text[..at].chars().next_back());
        let ends = !is_letter(text[at + word.len()..].chars().next());
        let fit = match (starts, ends) {
            (true, true) => return Some(Fit::Whole),
            (true, false) => Fit::Start,
            _ => Fit::Inside,
        };
        best = best.max(Some(fit));
    }
    best
}

/// How well a finding whose folded text is `text`, laid out as `layout`, matches a search:
/// for each of the search's words, the most telling field it occurs in (heading, then speaker,
/// summary, passage, the rest), then how well it fits there (whole, another form of it or a
/// correction, a word's start, inside a word); these added up. `forms` holds, for each word in
/// turn, the [`Field::bit`]s of the fields where its other forms or corrections occur.
pub(crate) fn relevance<'a>(text: &str, layout: Layout, words: impl Iterator<Item = (&'a str, u32)>) -> u32 {
    let mut total = 0;
    for (word, forms) in words {
        for field in Field::BEST_FIRST {
            let range = layout.range(field, text.len());
            let form = (forms & field.bit() != 0).then_some(Fit::Form);
            if let Some(fit) = fit_in(&text[range], word).max(form) {
                total += 1 + 4 * field as u32 + fit as u32;
                break;
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding's folded text and its layout, from its five fields.
    fn finding(fields: [&str; 5]) -> (String, Layout) {
        let mut text = String::new();
        let mut ends = [0; 4];
        for (at, field) in fields.iter().enumerate() {
            if at > 0 {
                text.push('\n');
            }
            text.push_str(field);
            if at < 4 {
                ends[at] = text.len();
            }
        }
        (text, Layout::new(ends))
    }

    fn score(fields: [&str; 5], words: &[(&str, u32)]) -> u32 {
        let (text, layout) = finding(fields);
        relevance(&text, layout, words.iter().copied())
    }

    #[test]
    fn the_layout_finds_each_field() {
        let (text, layout) = finding(["head", "sum", "pass", "ada", "theme"]);
        let fields = [
            Field::Heading,
            Field::Summary,
            Field::Passage,
            Field::Speaker,
            Field::Other,
        ];
        let found: Vec<&str> = fields.map(|f| &text[layout.range(f, text.len())]).to_vec();
        assert_eq!(found, ["head", "sum", "pass", "ada", "theme"]);
        let (text, layout) = finding(["head", "", "", "ada", ""]);
        assert_eq!(&text[layout.range(Field::Other, text.len())], "");
    }

    #[test]
    fn the_heading_counts_most_then_the_speaker_summary_passage_and_the_rest() {
        let word = [("tides", 0)];
        let scores = [
            score(["tides", "", "", "", ""], &word),
            score(["", "", "", "tides", ""], &word),
            score(["", "tides", "", "", ""], &word),
            score(["", "", "tides", "", ""], &word),
            score(["", "", "", "", "tides"], &word),
        ];
        assert_eq!(scores, [20, 16, 12, 8, 4]);
        assert_eq!(score(["", "", "", "", ""], &word), 0);
    }

    #[test]
    fn whole_words_count_more_than_forms_starts_and_insides() {
        let whole = score(["", "", "the tides", "", ""], &[("tides", 0)]);
        let form = score(["", "", "the tide", "", ""], &[("tides", Field::Passage.bit())]);
        let start = score(["", "", "the tidesman", "", ""], &[("tides", 0)]);
        let inside = score(["", "", "riptides", "", ""], &[("tides", 0)]);
        assert_eq!([whole, form, start, inside], [8, 7, 6, 5]);
        assert_eq!(
            score(["", "", "riptides and tides", "", ""], &[("tides", 0)]),
            8,
            "the best fit in a field counts"
        );
        assert_eq!(
            score(["riptides", "", "", "", ""], &[("tides", 0)]),
            17,
            "a field counts before a fit: inside the heading beats whole in the speaker"
        );
    }

    #[test]
    fn each_words_score_adds_up() {
        let words = [("tides", 0), ("ada", 0)];
        assert_eq!(score(["tides", "", "", "ada", ""], &words), 20 + 16);
    }
}
