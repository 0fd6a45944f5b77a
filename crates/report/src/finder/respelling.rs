//! When a search shows nothing: the report's words nearest to the search's words that match nothing, to search for instead.

use super::Finder;
use crate::edits::{allowed_edits, letters};
use crate::query::Query;
use crate::search::{Terms, fold};

/// At most this many respellings are offered.
pub const RESPELLINGS: usize = 3;

/// A word of the report offered in place of a search word that matches nothing in it: "Did you
/// mean …?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Respelling {
    /// The search word that matches nothing, folded.
    pub typed: String,
    /// The report's word offered instead.
    pub word: String,
    /// How many edits part them.
    pub edits: usize,
    /// How many findings the query would show with `word` searched instead.
    pub gives: usize,
}

impl Respelling {
    /// The query searching for [`Self::word`] in place of every word of its search that folds
    /// to [`Self::typed`] (punctuation at its ends aside); the search's words joined by spaces.
    pub fn apply(&self, query: &Query) -> Query {
        let words: Vec<&str> = query
            .text()
            .split_whitespace()
            .map(|word| {
                let folded = fold(word);
                let trimmed = folded.trim_matches(|c: char| !c.is_alphanumeric());
                if trimmed == self.typed {
                    self.word.as_str()
                } else {
                    word
                }
            })
            .collect();
        query.with_text(&words.join(" "))
    }
}

/// How many edits a respelling of `word` may be: one more than a correction (see
/// [`allowed_edits`]), as corrections were looked for first; none under 4 letters.
fn respelling_edits(word: &str) -> usize {
    if letters(word) < 4 {
        0
    } else {
        allowed_edits(word) + 1
    }
}

impl Finder<'_> {
    /// When a query shows nothing: for the search's words that match nothing in the report, even
    /// corrected, the report's nearest words (one edit more than a correction allows, none for a
    /// word under 4 letters) that would show something in their place; at most [`RESPELLINGS`],
    /// fewest edits first, then those that show most. Empty when the query shows findings, or
    /// the report cannot be searched yet.
    pub fn respellings(&self, query: &Query) -> Vec<Respelling> {
        let mut respellings: Vec<Respelling> = self
            .respelled(query)
            .into_iter()
            .map(|mut respelling| {
                respelling.gives = self.results(&respelling.apply(query)).len();
                respelling
            })
            .filter(|respelling| respelling.gives > 0)
            .collect();
        crate::sort::sort_small_by_key(&mut respellings, |r| (r.edits, std::cmp::Reverse(r.gives)));
        respellings.truncate(RESPELLINGS);
        respellings
    }

    /// The respellings [`Self::respellings`] weighs when `query` shows nothing, before it counts
    /// what each gives (`gives` 0): a search for each may need what ships apart (see
    /// [`Self::wanted`]).
    pub(super) fn respelled(&self, query: &Query) -> Vec<Respelling> {
        if !self.results(query).is_empty() {
            return Vec::new();
        }
        let Some(index) = self.index() else {
            return Vec::new();
        };
        let terms: Terms = self.terms(query);
        let vocabulary = &index.vocabulary;
        let mut respelled = Vec::new();
        for term in terms.terms().iter().filter(|term| index.unmatched(term)) {
            let limit = respelling_edits(&term.word);
            for near in vocabulary.near(&term.word, limit).into_iter().take(RESPELLINGS) {
                respelled.push(Respelling {
                    typed: term.word.clone(),
                    word: vocabulary.word(near.word).to_owned(),
                    edits: near.edits,
                    gives: 0,
                });
            }
        }
        respelled
    }
}
