//! Finding what the reader asked for: search, OR within a facet, AND across facets, facet counts
//! that follow the other filters, the overview matrix, and what to drop when nothing matches.

use std::sync::Mutex;

use crate::model::{Finding, Report};
use crate::query::Query;
use crate::search::{Terms, fold};

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

/// A report made searchable: each finding's text folded once, up front.
pub struct Finder<'r> {
    report: &'r Report,
    haystacks: Vec<String>,
    /// The last search's words and the findings that matched them: typing more of a word, or
    /// another word, only narrows it, so the next search need look at these alone.
    last_search: Mutex<(Terms, Vec<usize>)>,
}

impl<'r> Finder<'r> {
    /// Prepares `report` for searching: heading, summary, passage, speaker and themes of each finding.
    pub fn new(report: &'r Report) -> Self {
        let haystacks = report
            .findings
            .iter()
            .map(|finding| {
                let speaker = &report.speakers[finding.speaker];
                let mut text = [
                    finding.heading.as_str(),
                    &finding.summary,
                    &finding.passage,
                    &speaker.display_name(),
                ]
                .join("\n");
                if let Some(description) = speaker.description() {
                    text.push('\n');
                    text.push_str(&description);
                }
                for &theme in &finding.themes {
                    text.push('\n');
                    text.push_str(&report.themes[theme].name);
                    text.push('\n');
                    text.push_str(&report.themes[theme].short);
                }
                fold(&text)
            })
            .collect();
        let everything = (Terms::default(), (0..report.findings.len()).collect());
        Self {
            report,
            haystacks,
            last_search: Mutex::new(everything),
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

    /// Indexes of the findings that match the search (ignoring the facets), in report order.
    fn searched_indexes(&self, query: &Query) -> Vec<usize> {
        self.matching(&Terms::parse(query.text()))
    }

    /// Indexes of the findings in which every one of `terms` occurs, in report order: what a
    /// search matches, facets aside (a search across reports asks each report's finder this).
    pub(crate) fn matching(&self, terms: &Terms) -> Vec<usize> {
        let mut last = self
            .last_search
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if *terms != last.0 {
            let matched = if terms.narrows(&last.0) {
                last.1
                    .iter()
                    .copied()
                    .filter(|&i| terms.all_in(&self.haystacks[i]))
                    .collect()
            } else {
                (0..self.haystacks.len())
                    .filter(|&i| terms.all_in(&self.haystacks[i]))
                    .collect()
            };
            *last = (terms.clone(), matched);
        }
        last.1.clone()
    }

    /// The findings that match the search (ignoring the facets), with their indexes.
    fn searched(&self, query: &Query) -> impl Iterator<Item = (usize, &'r Finding)> + '_ {
        let report = self.report;
        self.searched_indexes(query)
            .into_iter()
            .map(move |i| (i, &report.findings[i]))
    }

    /// The indexes of the findings that show, in report order.
    pub fn results(&self, query: &Query) -> Vec<usize> {
        self.searched(query)
            .filter(|(_, f)| Self::theme_ok(query, f) && Self::speaker_ok(query, f))
            .map(|(i, _)| i)
            .collect()
    }

    /// The first `limit` of [`Self::results`], found by looking only as far as needed: what a
    /// list draws in the frame that answers a keystroke or click, before the counts.
    pub fn first_results(&self, query: &Query, limit: usize) -> Vec<usize> {
        let terms = Terms::parse(query.text());
        let report = self.report;
        let last = self
            .last_search
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let keep = |&i: &usize| {
            let finding = &report.findings[i];
            Self::theme_ok(query, finding)
                && Self::speaker_ok(query, finding)
                && terms.all_in(&self.haystacks[i])
        };
        // The last search's matches hold every match of words that narrow it.
        if terms.narrows(&last.0) {
            last.1.iter().copied().filter(keep).take(limit).collect()
        } else {
            (0..report.findings.len()).filter(keep).take(limit).collect()
        }
    }

    /// For each theme, its findings among those the speakers and search let through; for each
    /// speaker, likewise under the themes and search.
    pub fn facet_counts(&self, query: &Query) -> FacetCounts {
        self.results_and_counts(query).1
    }

    /// [`Self::results`] and [`Self::facet_counts`] together, in one pass over the findings: what
    /// the findings view needs on every keystroke and click.
    pub fn results_and_counts(&self, query: &Query) -> (Vec<usize>, FacetCounts) {
        let mut results = Vec::new();
        let mut counts = FacetCounts {
            themes: vec![0; self.report.themes.len()],
            speakers: vec![0; self.report.speakers.len()],
        };
        for (index, finding) in self.searched(query) {
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
                results.push(index);
            }
        }
        (results, counts)
    }

    /// Theme × speaker counts of the findings the search lets through: `matrix[theme][speaker]`.
    pub fn matrix(&self, query: &Query) -> Vec<Vec<usize>> {
        let mut matrix = vec![vec![0; self.report.speakers.len()]; self.report.themes.len()];
        for (_, finding) in self.searched(query) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::finding;

    /// Three themes, three speakers, five findings.
    fn report() -> Report {
        crate::testing::report(
            &["Tides", "Boats", "Lamps"],
            &["Ada", "Bo", "Cy"],
            vec![
                finding("Tides rise", &[0], 0),
                finding("Tides and boats", &[0, 1], 1),
                finding("Boats leak", &[1], 0),
                finding("Lamps dim", &[2], 2),
                finding("Boats need lamps", &[1, 2], 1),
            ],
        )
    }

    #[test]
    fn an_empty_query_shows_everything() {
        let report = report();
        assert_eq!(Finder::new(&report).results(&Query::default()), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn themes_combine_with_or_speakers_with_or_and_facets_with_and() {
        let report = report();
        let finder = Finder::new(&report);
        assert_eq!(finder.results(&Query::new([0], [])), [0, 1]);
        assert_eq!(finder.results(&Query::new([0, 2], [])), [0, 1, 3, 4]);
        assert_eq!(finder.results(&Query::new([], [0, 2])), [0, 2, 3]);
        assert_eq!(finder.results(&Query::new([1], [0])), [2]);
        assert_eq!(finder.results(&Query::new([1, 2], [1, 2])), [1, 3, 4]);
        assert_eq!(finder.results(&Query::new([0], [2])), Vec::<usize>::new());
    }

    #[test]
    fn search_matches_heading_speaker_and_theme_names_and_combines_with_facets() {
        let report = report();
        let finder = Finder::new(&report);
        assert_eq!(finder.results(&Query::default().with_text("LAMPS")), [3, 4]);
        assert_eq!(
            finder.results(&Query::default().with_text("bo")),
            [1, 2, 4],
            "speaker Bo or theme Boats"
        );
        assert_eq!(finder.results(&Query::new([], [1]).with_text("lamps")), [4]);
        assert_eq!(finder.results(&Query::default().with_text("tides ada")), [0]);
        assert_eq!(
            finder.results(&Query::default().with_text("nothing")),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn facet_counts_follow_the_other_facet_and_the_search() {
        let report = report();
        let finder = Finder::new(&report);
        let all = finder.facet_counts(&Query::default());
        assert_eq!((all.themes, all.speakers), (vec![2, 3, 2], vec![2, 2, 1]));
        let boats = finder.facet_counts(&Query::new([1], []));
        assert_eq!((boats.themes, boats.speakers), (vec![2, 3, 2], vec![1, 2, 0]));
        let boats_bo = finder.facet_counts(&Query::new([1], [1]));
        assert_eq!(
            (boats_bo.themes, boats_bo.speakers),
            (vec![1, 2, 1], vec![1, 2, 0])
        );
        let lamps_text = finder.facet_counts(&Query::new([], [1]).with_text("lamps"));
        assert_eq!(
            (lamps_text.themes, lamps_text.speakers),
            (vec![0, 1, 1], vec![0, 1, 1])
        );
    }

    #[test]
    fn one_pass_gives_the_same_results_and_counts_as_two() {
        let report = report();
        let finder = Finder::new(&report);
        for query in [
            Query::default(),
            Query::new([1], [1]),
            Query::new([0, 2], []).with_text("boats"),
        ] {
            assert_eq!(
                finder.results_and_counts(&query),
                (finder.results(&query), finder.facet_counts(&query))
            );
        }
    }

    #[test]
    fn the_matrix_counts_themes_by_speaker_under_the_search() {
        let report = report();
        let finder = Finder::new(&report);
        assert_eq!(
            finder.matrix(&Query::new([0], [2])),
            [[1, 1, 0], [1, 2, 0], [0, 1, 1]]
        );
        assert_eq!(
            finder.matrix(&Query::default().with_text("boats")),
            [[0, 1, 0], [1, 2, 0], [0, 1, 0]]
        );
    }

    #[test]
    fn with_no_results_it_suggests_each_filter_to_drop_with_its_count() {
        let report = report();
        let finder = Finder::new(&report);
        let query = Query::new([0], [2]).with_text("tides");
        assert_eq!(finder.results(&query), Vec::<usize>::new());
        let suggestions = finder.suggestions(&query);
        assert_eq!(
            suggestions,
            [Suggestion {
                drop: Filter::Speaker(2),
                gives: 2
            }],
            "dropping the theme alone gives none"
        );
        assert_eq!(finder.results(&suggestions[0].apply(&query)), [0, 1]);

        let lamps_by_ada = Query::new([2], [0]);
        assert_eq!(
            finder.suggestions(&lamps_by_ada),
            [
                Suggestion {
                    drop: Filter::Theme(2),
                    gives: 2
                },
                Suggestion {
                    drop: Filter::Speaker(0),
                    gives: 2
                }
            ]
        );
        let searched = Query::new([], [2]).with_text("boats");
        assert_eq!(
            finder.suggestions(&searched),
            [
                Suggestion {
                    drop: Filter::Speaker(2),
                    gives: 3
                },
                Suggestion {
                    drop: Filter::Search,
                    gives: 1
                }
            ]
        );
        assert!(
            finder.suggestions(&Query::new([0], [])).is_empty(),
            "nothing to suggest when findings show"
        );
    }
}
