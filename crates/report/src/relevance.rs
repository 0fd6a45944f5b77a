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

    /// Every field in the order a finding's folded text holds them (see [`Layout`]).
    pub const IN_TEXT: [Field; 5] = [
        Self::Heading,
        Self::Summary,
        Self::Passage,
        Self::Speaker,
        Self::Other,
    ];

    /// The field's bit in a set of fields.
    pub fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The most telling of a set of fields (of [`Self::bit`]s), if it holds any.
    pub fn best_of(fields: u32) -> Option<Field> {
        Self::BEST_FIRST
            .into_iter()
            .find(|field| fields & field.bit() != 0)
    }
}

/// How a search word fits a word of the text, from least to most telling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Fit {
    /// Inside a word: "cruit" in "recruitment".
    Inside,
    /// At a word's start: "recr" in "recruitment".
    Start,
    /// Another form of the word (the same stem), or the word it was corrected to.
    Form,
    /// The whole word.
    Whole,
}

impl Fit {
    /// How `typed` fits `word`, a word that holds it.
    pub fn of(typed: &str, word: &str) -> Fit {
        if word == typed {
            Fit::Whole
        } else if word.starts_with(typed) {
            Fit::Start
        } else {
            Fit::Inside
        }
    }
}

/// How well a search word matches a finding where it fits so in that field: 1 and up, the field
/// counting first (heading, speaker, summary, passage, the rest), then the fit (whole, another
/// form or a correction, a word's start, inside a word); 0 is no match.
pub(crate) fn score(field: Field, fit: Fit) -> u8 {
    1 + 4 * field as u8 + fit as u8
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
    let mut best = None;
    for (at, _) in text.match_indices(word) {
        let starts = crate::search::starts_word(text, at);
        let ends = !text[at + word.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let fit = match (starts, ends) {
            (true, true) => return Some(Fit::Whole),
            (true, false) => Fit::Start,
            _ => Fit::Inside,
        };
        best = best.max(Some(fit));
    }
    best
}

/// The [`score`] of `word` in a finding whose folded text is `text`, laid out as `layout`, read
/// from the text itself: for a word that is not one word of letters and digits (such as
/// "pemberton-ford"), which the report's vocabulary cannot hold.
pub(crate) fn score_in(text: &str, layout: Layout, word: &str) -> u8 {
    Field::BEST_FIRST
        .into_iter()
        .find_map(|field| {
            let fit = fit_in(&text[layout.range(field, text.len())], word)?;
            Some(score(field, fit))
        })
        .unwrap_or(0)
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

    fn scored(fields: [&str; 5], word: &str) -> u8 {
        let (text, layout) = finding(fields);
        score_in(&text, layout, word)
    }

    #[test]
    fn the_layout_finds_each_field() {
        let (text, layout) = finding(["head", "sum", "pass", "ada", "theme"]);
        let found: Vec<&str> = Field::IN_TEXT
            .map(|f| &text[layout.range(f, text.len())])
            .to_vec();
        assert_eq!(found, ["head", "sum", "pass", "ada", "theme"]);
        let (text, layout) = finding(["head", "", "", "ada", ""]);
        assert_eq!(&text[layout.range(Field::Other, text.len())], "");
    }

    #[test]
    fn the_heading_counts_most_then_the_speaker_summary_passage_and_the_rest() {
        let scores = [
            scored(["ford's", "", "", "", ""], "ford's"),
            scored(["", "", "", "ford's", ""], "ford's"),
            scored(["", "ford's", "", "", ""], "ford's"),
            scored(["", "", "ford's", "", ""], "ford's"),
            scored(["", "", "", "", "ford's"], "ford's"),
        ];
        assert_eq!(scores, [20, 16, 12, 8, 4]);
        assert_eq!(scored(["", "", "", "", ""], "ford's"), 0);
        assert_eq!(
            Field::best_of(Field::Passage.bit() | Field::Speaker.bit()),
            Some(Field::Speaker)
        );
        assert_eq!(Field::best_of(0), None);
    }

    #[test]
    fn whole_words_count_more_than_forms_starts_and_insides() {
        let fits = [Fit::Whole, Fit::Form, Fit::Start, Fit::Inside].map(|fit| score(Field::Passage, fit));
        assert_eq!(fits, [8, 7, 6, 5]);
        assert_eq!(
            [
                Fit::of("tide", "tide"),
                Fit::of("tide", "tideway"),
                Fit::of("tide", "riptide")
            ],
            [Fit::Whole, Fit::Start, Fit::Inside]
        );
        let text_fits = [
            scored(["", "", "o'briens", "", ""], "o'brien"),
            scored(["", "", "no'brien", "", ""], "o'brien"),
            scored(["", "", "no'brien and o'brien", "", ""], "o'brien"),
        ];
        assert_eq!(text_fits, [6, 5, 8], "the best fit in a field counts");
        assert_eq!(
            scored(["no'brien", "", "", "o'brien", ""], "o'brien"),
            17,
            "a field counts before a fit: inside the heading beats whole in the speaker"
        );
    }
}
