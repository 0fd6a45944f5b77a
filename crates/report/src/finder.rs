//! Finding what the reader asked for: search (forgiving word forms and typos, best match first),
//! OR within a facet, AND across facets, facet counts that follow the other filters, the
//! overview matrix, and what to drop or respell when nothing matches.

mod index;
mod respelling;

use std::cmp::Reverse;
use std::sync::{Mutex, MutexGuard, OnceLock};

use crate::model::{Finding, Report};
use crate::query::Query;
use crate::search::Terms;
use crate::vocabulary::{Postings, WordList};
use index::{Index, Prepared};

pub use index::INSTEAD;
pub use respelling::{RESPELLINGS, Respelling};

/// How many findings each facet value would show, given the other facet's choice and the search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    /// One count per theme of the report.
    pub themes: Vec<usize>,
    /// One count per speaker of the report.
    pub speakers: Vec<usize>,
}

/// One filter the reader could drop when nothing matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Unchoose this theme.
    Theme(usize),
    /// Unchoose this speaker.
    Speaker(usize),
    /// Clear the search.
    Search,
}

/// Dropping one filter, and how many findings that would show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    /// The filter to drop.
    pub drop: Filter,
    /// How many findings would then show.
    pub gives: usize,
}

impl Suggestion {
    /// The query with this filter dropped.
    pub fn apply(&self, query: &Query) -> Query {
        match self.drop {
            Filter::Theme(theme) => query.with_theme(theme, false),
            Filter::Speaker(speaker) => query.with_speaker(speaker, false),
            Filter::Search => query.with_text(""),
        }
    }
}

/// What a search needs that is not in hand yet, when a long report's words ship apart (see
/// [`crate::TextFiles`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// Nothing: it is answered now.
    Nothing,
    /// The report's words ([`WordList`]).
    Words,
    /// These shards of the occurrences of the report's words ([`Postings`]).
    Shards(Vec<usize>),
    /// Every finding's text: a search word with other characters than letters and digits is
    /// looked for in the texts.
    Texts,
}

/// A search run in a report: its words, made ready, and the findings they match.
struct Search {
    /// The search's words as parsed, which name it.
    typed: Terms,
    /// The same words made ready to match in this report.
    prepared: Prepared,
    /// The findings it matches, facets aside, in report order.
    matched: Vec<usize>,
    /// How well each of `matched` matches (see [`Index::relevance`]), once asked for.
    relevance: Option<Vec<u32>>,
    /// False for a search asked before the report could be searched: asked again, it is run.
    whole: bool,
}

impl Search {
    /// `matched` and their relevance, best first (report order among equals).
    fn ranked(&mut self, index: &Index) -> impl Iterator<Item = (Reverse<u32>, usize)> + '_ {
        let matched = &self.matched;
        let relevance = self.relevance.get_or_insert_with(|| {
            matched
                .iter()
                .map(|&i| index.relevance(&self.prepared, i))
                .collect()
        });
        relevance.iter().zip(matched).map(|(&r, &i)| (Reverse(r), i))
    }
}

/// A report made searchable: each finding's text folded once, when first searched, and the
/// report's words.
pub struct Finder<'r> {
    report: &'r Report,
    /// Made by the first search (or [`Self::prepare`]) once every finding's text is in hand:
    /// filtering alone does without it.
    index: OnceLock<Index>,
    /// Made from a long report's words, which ship apart, until every finding's text is in hand.
    shipped: OnceLock<Index>,
    /// The last search: the same search asked again (for the first results, then all with the
    /// counts) is answered at once.
    last_search: Mutex<Search>,
}

impl<'r> Finder<'r> {
    /// Makes `report` ready to filter at once, and to search once [`Self::prepare`]d (which the
    /// first search does if need be).
    pub fn new(report: &'r Report) -> Self {
        let everything = Search {
            prepared: Prepared::nothing(),
            typed: Terms::default(),
            matched: (0..report.findings.len()).collect(),
            relevance: None,
            whole: true,
        };
        Self {
            report,
            index: OnceLock::new(),
            shipped: OnceLock::new(),
            last_search: Mutex::new(everything),
        }
    }

    /// Prepares the report for searching, if it is not yet and can be: folds the heading,
    /// summary, passage, speaker and themes of each finding, and lists every word of them with
    /// its stem (at 10,000 findings, about a tenth of a second; see the `finder` benchmark).
    pub fn prepare(&self) {
        self.index();
    }

    /// Whether the report can be searched: every finding's text is in hand (a long report's
    /// ship apart, see [`crate::ReportData`]), or its words (see [`Self::take_words`]). Until
    /// then a search matches nothing.
    pub fn searchable(&self) -> bool {
        self.index().is_some()
    }

    /// Takes the report's words, which shipped apart: a search can then be answered once the
    /// shards of occurrences it needs are in too (see [`Self::wanted`]). Says why if they do not
    /// fit the report.
    pub fn take_words(&self, words: WordList) -> Result<(), String> {
        let index = Index::shipped(words, self.report.findings.len())?;
        // Taken once: words that came twice are the same.
        let _ = self.shipped.set(index);
        Ok(())
    }

    /// Gives shard `shard` of the occurrences of the report's words what came for it; says why
    /// if it does not fit them.
    pub fn fill_shard(&self, shard: usize, postings: Postings) -> Result<(), String> {
        match self.shipped.get() {
            Some(index) => index.fill(shard, postings),
            None => Err(String::from("a shard came before the word list")),
        }
    }

    /// What the search of `query` needs that is not in hand, when the report's words ship apart:
    /// and when it shows nothing, what the searches of the respellings offered instead need.
    pub fn wanted(&self, query: &Query) -> Wanted {
        let typed = Terms::parse(query.text());
        let wanted = self.wanted_for(&typed);
        // Filters alone offer no respellings.
        if wanted != Wanted::Nothing || !crate::APART || typed.is_empty() {
            return wanted;
        }
        let mut shards: Vec<usize> = Vec::new();
        for respelling in self.respelled(query) {
            if let Wanted::Shards(more) = self.wanted_for(&Terms::parse(respelling.apply(query).text())) {
                shards.extend(more);
            }
        }
        shards.sort_unstable();
        shards.dedup();
        match shards.is_empty() {
            true => Wanted::Nothing,
            false => Wanted::Shards(shards),
        }
    }

    /// What a search for `typed` needs that is not in hand.
    fn wanted_for(&self, typed: &Terms) -> Wanted {
        if typed.is_empty() {
            return Wanted::Nothing;
        }
        let last = self
            .last_search
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if last.typed == *typed && last.whole {
            return Wanted::Nothing;
        }
        drop(last);
        let Some(index) = self.index() else {
            return Wanted::Words;
        };
        let mut shards = Vec::new();
        let prepared = index.prepare(typed, &mut shards);
        shards.sort_unstable();
        shards.dedup();
        match index.lacks_texts(&prepared) {
            true => Wanted::Texts,
            false if !shards.is_empty() => Wanted::Shards(shards),
            false => Wanted::Nothing,
        }
    }

    /// The report's words as they ship apart (see [`crate::TextFiles`]): every finding's text
    /// must be in hand.
    #[cfg(feature = "parse")]
    pub(crate) fn words_to_ship(&self) -> (WordList, Vec<Postings>) {
        let index = self.index.get_or_init(|| Index::new(self.report));
        index.vocabulary.ship()
    }

    /// Whether the report is prepared for searching (see [`Self::prepare`]).
    #[cfg(test)]
    fn is_prepared(&self) -> bool {
        self.index.get().is_some()
    }

    /// The index, made if need be once every finding's text is in hand; until then, that of the
    /// words that shipped apart, if they came.
    fn index(&self) -> Option<&Index> {
        match self.index.get() {
            Some(index) => Some(index),
            None if self.report.texts_in_hand() => Some(self.index.get_or_init(|| Index::new(self.report))),
            None if crate::APART => self.shipped.get(),
            None => None,
        }
    }

    /// The report searched.
    pub fn report(&self) -> &'r Report {
        self.report
    }

    fn theme_ok(query: &Query, finding: &Finding) -> bool {
        query.themes().is_empty()
            || finding
                .themes
                .iter()
                .any(|t| query.themes().binary_search(t).is_ok())
    }

    fn speaker_ok(query: &Query, finding: &Finding) -> bool {
        query.speakers().is_empty() || query.speakers().binary_search(&finding.speaker).is_ok()
    }

    fn facets_ok(&self, query: &Query, index: usize) -> bool {
        let finding = &self.report.findings[index];
        Self::theme_ok(query, finding) && Self::speaker_ok(query, finding)
    }

    /// The search for `typed`: the last search, if it is the same, else one run now (a look-up
    /// per word and finding, but for words with other characters than letters and digits,
    /// looked for in each finding's text); nothing, while what it needs is not in hand (see
    /// [`Self::wanted`]).
    fn searched(&self, typed: &Terms) -> MutexGuard<'_, Search> {
        let mut last = self
            .last_search
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if *typed != last.typed || !last.whole {
            // No search words, no index: filtering alone never makes it.
            let index = if typed.is_empty() { None } else { self.index() };
            let mut missing = Vec::new();
            let ready = index
                .map(|index| (index, index.prepare(typed, &mut missing)))
                .filter(|(index, prepared)| {
                    // Only words that shipped apart can lack occurrences or texts.
                    !crate::APART || missing.is_empty() && !index.lacks_texts(prepared)
                });
            let Some((index, prepared)) = ready else {
                *last = Search {
                    typed: typed.clone(),
                    prepared: Prepared::nothing(),
                    matched: match typed.is_empty() {
                        true => (0..self.report.findings.len()).collect(),
                        false => Vec::new(),
                    },
                    relevance: None,
                    whole: typed.is_empty(),
                };
                return last;
            };
            let matched = (0..index.len())
                .filter(|&i| index.matches(&prepared, i))
                .collect();
            *last = Search {
                typed: typed.clone(),
                prepared,
                matched,
                relevance: None,
                whole: true,
            };
        }
        last
    }

    /// The search's words as this report matches them: each as typed, with its other forms, and
    /// for a word of 5 letters or more that matches nothing in the report, the report's nearest
    /// words used instead ([`Terms::corrections`]: "Also showing results for …"). What
    /// [`Terms::highlights`] marks in the findings shown.
    pub fn terms(&self, query: &Query) -> Terms {
        self.searched(&Terms::parse(query.text())).prepared.terms.clone()
    }

    /// Indexes of the findings that every one of `terms` matches (see [`Self::terms`]), in
    /// report order, and the words as matched: what a search matches, facets aside (a search
    /// across reports asks each report's finder this).
    pub(crate) fn matching(&self, terms: &Terms) -> (Vec<usize>, Terms) {
        let search = self.searched(terms);
        (search.matched.clone(), search.prepared.terms.clone())
    }

    /// The indexes of the findings that show, in report order whatever the query's order: to
    /// tell whether a finding shows (by binary search), count or export them.
    pub fn results(&self, query: &Query) -> Vec<usize> {
        let search = self.searched(&Terms::parse(query.text()));
        let matched = search.matched.iter().copied();
        matched.filter(|&i| self.facets_ok(query, i)).collect()
    }

    /// The first `limit` of the findings that show, in the query's order (as
    /// [`Self::results_and_counts`] gives them): what a list draws in the frame that answers a
    /// keystroke or click, before the counts.
    pub fn first_results(&self, query: &Query, limit: usize) -> Vec<usize> {
        let mut search = self.searched(&Terms::parse(query.text()));
        if query.ranked()
            && let Some(index) = self.index()
        {
            let ranked = search.ranked(index).filter(|&(_, i)| self.facets_ok(query, i));
            best(ranked, limit)
        } else {
            let matched = search.matched.iter().copied();
            matched
                .filter(|&i| self.facets_ok(query, i))
                .take(limit)
                .collect()
        }
    }

    /// For each theme, its findings among those the speakers and search let through; for each
    /// speaker, likewise under the themes and search.
    pub fn facet_counts(&self, query: &Query) -> FacetCounts {
        self.results_and_counts(query).1
    }

    /// The findings that show, in the query's order (best match first for a search, unless the
    /// reader asked for the report's order: see [`Query::ranked`]), and [`Self::facet_counts`],
    /// in one pass over the findings: what the findings view needs on every keystroke and click.
    /// Best first means: for each search word, the most telling field it occurs in (heading,
    /// then speaker's name, summary, passage, the rest), then how whole (the whole word, another
    /// form of it or a correction, a word's start, inside a word), added up over the words; the
    /// report's order among equals.
    pub fn results_and_counts(&self, query: &Query) -> (Vec<usize>, FacetCounts) {
        let mut counts = FacetCounts {
            themes: vec![0; self.report.themes.len()],
            speakers: vec![0; self.report.speakers.len()],
        };
        let mut search = self.searched(&Terms::parse(query.text()));
        let mut results = Vec::new();
        for &i in &search.matched {
            let finding = &self.report.findings[i];
            let (theme_ok, speaker_ok) = (Self::theme_ok(query, finding), Self::speaker_ok(query, finding));
            if speaker_ok {
                for &theme in &finding.themes {
                    counts.themes[theme] += 1;
                }
            }
            if theme_ok {
                counts.speakers[finding.speaker] += 1;
            }
            if theme_ok && speaker_ok {
                results.push(i);
            }
        }
        if query.ranked()
            && let Some(index) = self.index()
        {
            let ranked = search.ranked(index).filter(|&(_, i)| self.facets_ok(query, i));
            results = best(ranked, results.len());
        }
        (results, counts)
    }

    /// Theme × speaker counts of the findings the search lets through: `matrix[theme][speaker]`.
    pub fn matrix(&self, query: &Query) -> Vec<Vec<usize>> {
        let mut matrix = vec![vec![0; self.report.speakers.len()]; self.report.themes.len()];
        for &i in &self.searched(&Terms::parse(query.text())).matched {
            let finding = &self.report.findings[i];
            for &theme in &finding.themes {
                matrix[theme][finding.speaker] += 1;
            }
        }
        matrix
    }

    /// When a query shows nothing: each filter that, dropped alone, would show something, with
    /// how many, most first. Empty when the query shows findings or nothing helps.
    pub fn suggestions(&self, query: &Query) -> Vec<Suggestion> {
        if !self.results(query).is_empty() {
            return Vec::new();
        }
        let drops = query
            .themes()
            .iter()
            .map(|&t| Filter::Theme(t))
            .chain(query.speakers().iter().map(|&s| Filter::Speaker(s)))
            .chain((!Terms::parse(query.text()).is_empty()).then_some(Filter::Search));
        let mut suggestions: Vec<Suggestion> = drops
            .map(|drop| {
                let mut suggestion = Suggestion { drop, gives: 0 };
                suggestion.gives = self.results(&suggestion.apply(query)).len();
                suggestion
            })
            .filter(|s| s.gives > 0)
            .collect();
        // Most helpful first; ties keep the order of the filters (themes, speakers, search).
        crate::sort::sort_small_by_key(&mut suggestions, |s| std::cmp::Reverse(s.gives));
        suggestions
    }
}

/// Up to this many results are picked best first from a short sorted list; more are sorted.
const PICKED: usize = 256;

/// The first `limit` items of `ranked` in order of their keys (relevance, then report order):
/// picked into a short sorted list when `limit` is small (linear in `ranked`), else all sorted.
fn best(ranked: impl Iterator<Item = (Reverse<u32>, usize)>, limit: usize) -> Vec<usize> {
    // Each as one number: what it lacks of the highest relevance, then its index.
    let keys = ranked.map(|(Reverse(relevance), i)| u64::from(u32::MAX - relevance) << 32 | i as u64);
    let mut best: Vec<u64> = Vec::new();
    if limit > PICKED {
        best.extend(keys);
        crate::sort::sort_by_key_unstable(&mut best, crate::sort::itself);
        best.truncate(limit);
    } else {
        for key in keys {
            if best.len() == limit {
                match best.last() {
                    Some(&last) if key < last => best.pop(),
                    _ => continue,
                };
            }
            let at = best.partition_point(|&b| b < key);
            best.insert(at, key);
        }
    }
    best.into_iter()
        .map(|key| (key & u64::from(u32::MAX)) as usize)
        .collect()
}

#[cfg(all(test, feature = "parse"))]
mod apart_tests;
#[cfg(test)]
mod forgiving_tests;
#[cfg(test)]
mod tests;
