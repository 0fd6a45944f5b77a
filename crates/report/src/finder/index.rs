//! A report made searchable: each finding's folded text laid out by field, the report's words, and searches prepared against them.

use crate::edits::allowed_edits;
use crate::model::Report;
use crate::relevance::{FIELD_BITS, Field, Layout, relevance};
use crate::search::{Term, Terms, fold};
use crate::vocabulary::Vocabulary;

/// At most this many of the report's words are used instead of a word that matches nothing.
pub const INSTEAD: usize = 3;

/// A search made ready to match: its words with the report's words used instead of any that
/// match nothing, and where their other forms occur.
pub(super) struct Prepared {
    /// The search's words, with their stems and corrections.
    pub terms: Terms,
    /// For each word, the [`Field::bit`]s of the fields of each finding where its other forms
    /// (or the words used instead) occur; empty for a word with none.
    forms: Vec<Vec<u8>>,
}

/// Each finding's folded text and where its fields lie, and the report's words.
pub(super) struct Index {
    /// Each finding's heading, summary, passage, speaker's name, then the speaker's role and
    /// affiliation and the themes' names, folded, one per line.
    haystacks: Vec<String>,
    /// Where the fields lie in each haystack.
    layouts: Vec<Layout>,
    /// Every word of the haystacks, with its stem and where it occurs.
    pub vocabulary: Vocabulary,
}

impl Index {
    /// Folds each finding's text once, and lists the report's words.
    pub fn new(report: &Report) -> Self {
        let (mut haystacks, mut layouts) = (Vec::new(), Vec::new());
        for finding in &report.findings {
            let speaker = &report.speakers[finding.speaker];
            let mut text = String::new();
            let mut ends = [0; 4];
            let fields = [
                finding.heading.as_str(),
                &finding.summary,
                &finding.passage,
                &speaker.display_name(),
            ];
            for (at, field) in fields.into_iter().enumerate() {
                if at > 0 {
                    text.push('\n');
                }
                text.push_str(&fold(field));
                ends[at] = text.len();
            }
            if let Some(description) = speaker.description() {
                text.push('\n');
                text.push_str(&fold(&description));
            }
            for &theme in &finding.themes {
                for name in [&report.themes[theme].name, &report.themes[theme].short] {
                    text.push('\n');
                    text.push_str(&fold(name));
                }
            }
            haystacks.push(text);
            layouts.push(Layout::new(ends));
        }
        let fields = [
            Field::Heading,
            Field::Summary,
            Field::Passage,
            Field::Speaker,
            Field::Other,
        ];
        let vocabulary = Vocabulary::new(haystacks.iter().zip(&layouts).map(|(text, layout)| {
            fields
                .map(|field| (field, &text[layout.range(field, text.len())]))
                .into_iter()
        }));
        Self {
            haystacks,
            layouts,
            vocabulary,
        }
    }

    /// How many findings there are.
    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    /// Whether `word` is one word of at least 5 letters that matches nothing in the report, so
    /// that the report's words nearest to it are used instead.
    fn correctable(&self, word: &str) -> bool {
        word.chars().all(char::is_alphabetic)
            && allowed_edits(word.chars().count()) > 0
            && !self.vocabulary.matches(word)
    }

    /// Whether `word` is one word that matches nothing in the report, even corrected.
    pub fn unmatched(&self, term: &Term) -> bool {
        term.instead.is_empty()
            && term.word.chars().all(char::is_alphanumeric)
            && !self.vocabulary.matches(&term.word)
    }

    /// The report's words nearest to `word`, a word of at least 5 letters that matches nothing:
    /// those fewest edits away, within [`allowed_edits`], at most [`INSTEAD`], in most findings
    /// first.
    fn instead(&self, word: &str) -> Vec<String> {
        let near = self.vocabulary.near(word, allowed_edits(word.chars().count()));
        let fewest = near.first().map(|n| n.edits);
        near.into_iter()
            .take_while(|n| Some(n.edits) == fewest)
            .take(INSTEAD)
            .map(|n| self.vocabulary.word(n.word).to_owned())
            .collect()
    }

    /// `typed` made ready to match here: each word of 5 letters or more that matches nothing
    /// corrected to the report's nearest words, and where every word's other forms occur.
    pub fn prepare(&self, typed: &Terms) -> Prepared {
        let mut terms = typed.clone();
        for (index, term) in typed.terms().iter().enumerate() {
            if self.correctable(&term.word) {
                let instead = self.instead(&term.word);
                if !instead.is_empty() {
                    terms.correct(index, instead);
                }
            }
        }
        let forms = terms.terms().iter().map(|term| self.forms(term)).collect();
        Prepared { terms, forms }
    }

    /// For each finding, the fields where a word of one of `term`'s stems occurs.
    fn forms(&self, term: &Term) -> Vec<u8> {
        if term.stems.is_empty() {
            return Vec::new();
        }
        let mut forms = vec![0; self.len()];
        for stem in &term.stems {
            for &word in self.vocabulary.with_stem(stem) {
                for &occurrence in self.vocabulary.occurrences(word) {
                    let fields = occurrence & ((1 << FIELD_BITS) - 1);
                    forms[(occurrence >> FIELD_BITS) as usize] |= fields as u8;
                }
            }
        }
        forms
    }

    /// Whether every word of `prepared` occurs in finding `finding`, as typed or in another form.
    pub fn matches(&self, prepared: &Prepared, finding: usize) -> bool {
        let text = &self.haystacks[finding];
        prepared
            .terms
            .terms()
            .iter()
            .zip(&prepared.forms)
            .all(|(term, forms)| forms.get(finding).is_some_and(|&f| f != 0) || text.contains(&term.word))
    }

    /// Whether whatever `narrower` matches, `wider` matches too: each of `wider`'s words is part
    /// of one of `narrower`'s (as when a word is typed further, or a word is added), whose other
    /// forms each hold that word or share its stem.
    pub fn narrows(&self, narrower: &Terms, wider: &Terms) -> bool {
        wider.terms().iter().all(|wide| {
            narrower.terms().iter().any(|narrow| {
                narrow.word.contains(&wide.word)
                    && narrow.stems.iter().all(|stem| {
                        self.vocabulary.with_stem(stem).iter().all(|&word| {
                            self.vocabulary.word(word).contains(&wide.word)
                                || wide.stems.iter().any(|s| s == self.vocabulary.stem(word))
                        })
                    })
            })
        })
    }

    /// How well finding `finding` matches `prepared` (see [`relevance`]): more is better.
    pub fn relevance(&self, prepared: &Prepared, finding: usize) -> u32 {
        let words = prepared
            .terms
            .terms()
            .iter()
            .zip(&prepared.forms)
            .map(|(term, forms)| {
                let fields = forms.get(finding).copied().unwrap_or(0);
                (term.word.as_str(), u32::from(fields))
            });
        relevance(&self.haystacks[finding], self.layouts[finding], words)
    }
}
