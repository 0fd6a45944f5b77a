//! A report made searchable: each finding's folded text laid out by field, the report's words, and searches prepared against them.

use crate::edits::allowed_edits;
use crate::model::Report;
use crate::relevance::{FIELD_BITS, Field, Fit, Layout, score, score_in};
use crate::search::{Term, Terms, fold_into};
use crate::vocabulary::{Postings, Vocabulary, WordList};

/// At most this many of the report's words are used instead of a word that matches nothing.
pub const INSTEAD: usize = 3;

/// A search made ready to match: its words with the report's words used instead of any that
/// match nothing, and how well each matches each finding.
pub(super) struct Prepared {
    /// The search's words, with their stems and corrections.
    pub terms: Terms,
    /// For each word of letters and digits, its [`score`] in each finding (0 where it does not
    /// match), found from the report's words that hold it or are other forms of it; `None` for
    /// a word with other characters, looked for in the findings' text.
    scores: Vec<Option<Vec<u8>>>,
}

impl Prepared {
    /// No search: every finding matches, all alike.
    pub fn nothing() -> Self {
        Self {
            terms: Terms::default(),
            scores: Vec::new(),
        }
    }
}

/// Each finding's folded text and where its fields lie, and the report's words; or, for a long
/// report whose words ship apart, its words alone (see [`WordList`]).
pub(super) struct Index {
    /// How many findings there are.
    findings: usize,
    /// Each finding's heading, summary, passage, speaker's name, then the speaker's role and
    /// affiliation and the themes' names, folded, one per line (none when the words shipped
    /// apart: a search that needs them waits for every finding's text).
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
                finding.heading(),
                finding.summary(),
                finding.passage(),
                &speaker.display_name(),
            ];
            for (at, field) in fields.into_iter().enumerate() {
                if at > 0 {
                    text.push('\n');
                }
                fold_into(field, &mut text);
                ends[at] = text.len();
            }
            if let Some(description) = speaker.description() {
                text.push('\n');
                fold_into(&description, &mut text);
            }
            for &theme in &finding.themes {
                for name in [&report.themes[theme].name, &report.themes[theme].short] {
                    text.push('\n');
                    fold_into(name, &mut text);
                }
            }
            haystacks.push(text);
            layouts.push(Layout::new(ends));
        }
        let vocabulary = Vocabulary::new(haystacks.iter().zip(&layouts).map(|(text, layout)| {
            Field::IN_TEXT
                .map(|field| (field, &text[layout.range(field, text.len())]))
                .into_iter()
        }));
        Self {
            findings: haystacks.len(),
            haystacks,
            layouts,
            vocabulary,
        }
    }

    /// The index of a report of `findings` findings whose words shipped apart in `list`, none
    /// of their occurrences in hand yet; or why the list cannot be one.
    pub fn shipped(list: WordList, findings: usize) -> Result<Self, String> {
        Ok(Self {
            findings,
            haystacks: Vec::new(),
            layouts: Vec::new(),
            vocabulary: Vocabulary::shipped(list)?,
        })
    }

    /// Gives shard `shard` of the words' occurrences what came for it.
    pub fn fill(&self, shard: usize, postings: Postings) -> Result<(), String> {
        self.vocabulary.fill(shard, postings, self.findings)
    }

    /// How many findings there are.
    pub fn len(&self) -> usize {
        self.findings
    }

    /// Whether `word` is one word that matches nothing in the report, even corrected.
    pub fn unmatched(&self, term: &Term) -> bool {
        term.instead.is_empty()
            && term.word.chars().all(char::is_alphanumeric)
            && !self.vocabulary.matches(&term.word, term.at_starts_only())
    }

    /// The report's words nearest to `word`, a word of at least 5 letters that matches nothing:
    /// those fewest edits away, within [`allowed_edits`], at most [`INSTEAD`], in most findings
    /// first.
    fn instead(&self, word: &str) -> Vec<String> {
        let near = self.vocabulary.near(word, allowed_edits(word));
        let fewest = near.first().map(|n| n.edits);
        near.into_iter()
            .take_while(|n| Some(n.edits) == fewest)
            .take(INSTEAD)
            .map(|n| self.vocabulary.word(n.word).to_owned())
            .collect()
    }

    /// `typed` made ready to match here: each word's score in every finding, and each word of 5
    /// letters or more that matches nothing corrected to the report's nearest words. When the
    /// words shipped apart, the shards of occurrences it needs that are not in hand are added to
    /// `missing` (and scored as if the words did not occur).
    pub fn prepare(&self, typed: &Terms, missing: &mut Vec<usize>) -> Prepared {
        let mut terms = typed.clone();
        let mut scores = Vec::with_capacity(typed.terms().len());
        for (index, term) in typed.terms().iter().enumerate() {
            let before = missing.len();
            let mut found = self.scores(term, missing);
            // Nothing occurs: no word matches (a word whose occurrences are missing would).
            let nothing =
                missing.len() == before && found.as_ref().is_some_and(|s| s.iter().all(|&score| score == 0));
            if nothing && term.word.chars().all(char::is_alphabetic) && allowed_edits(&term.word) > 0 {
                let instead = self.instead(&term.word);
                if !instead.is_empty() {
                    terms.correct(index, instead);
                    found = self.scores(&terms.terms()[index], missing);
                }
            }
            scores.push(found);
        }
        Prepared { terms, scores }
    }

    /// Whether `prepared` needs the findings' texts, which are not in hand: a word with other
    /// characters than letters and digits is looked for in them, and the words shipped apart.
    pub fn lacks_texts(&self, prepared: &Prepared) -> bool {
        self.haystacks.len() < self.findings && prepared.scores.iter().any(Option::is_none)
    }

    /// For each finding, `term`'s [`score`] there, if it is one word of letters and digits: at
    /// its best, among the words that hold it (whole, at the start, inside; a short one, see
    /// [`Term::at_starts_only`], only whole or at the start) and those of its
    /// stems (another form, or a word used instead of it), in the most telling field.
    fn scores(&self, term: &Term, missing: &mut Vec<usize>) -> Option<Vec<u8>> {
        if !term.word.chars().all(char::is_alphanumeric) {
            return None;
        }
        let vocabulary = &self.vocabulary;
        let mut scores = vec![0; self.len()];
        let mut mark = |word: u32, fit: Fit| {
            // The score for each set of fields, looked up rather than worked out per occurrence:
            // a short word has hundreds of thousands of them.
            let by_fields: [u8; 1 << FIELD_BITS] = std::array::from_fn(|fields| {
                Field::best_of(fields as u32).map_or(0, |field| score(field, fit))
            });
            // Only words that shipped apart can lack their occurrences.
            if crate::APART
                && let Some(shard) = vocabulary.missing(word)
            {
                missing.push(shard);
            }
            for &occurrence in vocabulary.occurrences(word) {
                let fields = (occurrence & ((1 << FIELD_BITS) - 1)) as usize;
                if let Some(best) = scores.get_mut((occurrence >> FIELD_BITS) as usize) {
                    *best = (*best).max(by_fields[fields]);
                }
            }
        };
        for word in vocabulary.holding(&term.word, term.at_starts_only()) {
            mark(word, Fit::of(&term.word, vocabulary.word(word)));
        }
        for stem in &term.stems {
            for &word in vocabulary.with_stem(stem) {
                mark(word, Fit::Form);
            }
        }
        Some(scores)
    }

    /// Whether every word of `prepared` matches finding `finding`, as typed or in another form.
    pub fn matches(&self, prepared: &Prepared, finding: usize) -> bool {
        prepared
            .terms
            .terms()
            .iter()
            .zip(&prepared.scores)
            .all(|(term, scores)| match scores {
                Some(scores) => scores[finding] > 0,
                None => self
                    .haystacks
                    .get(finding)
                    .is_some_and(|text| text.contains(&term.word)),
            })
    }

    /// How well finding `finding` matches `prepared`: its words' [`score`]s added up. More is
    /// better; equals keep the report's order.
    pub fn relevance(&self, prepared: &Prepared, finding: usize) -> u32 {
        let terms = prepared.terms.terms().iter().zip(&prepared.scores);
        let score = |(term, scores): (&Term, &Option<Vec<u8>>)| match scores {
            Some(scores) => scores[finding],
            None => match (self.haystacks.get(finding), self.layouts.get(finding)) {
                (Some(text), Some(&layout)) => score_in(text, layout, &term.word),
                _ => 0,
            },
        };
        terms.map(|term| u32::from(score(term))).sum()
    }
}
