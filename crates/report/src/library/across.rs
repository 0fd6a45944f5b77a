//! Searching every report at once: each report's matching findings, found as a search inside
//! the report finds them.

use crate::finder::Finder;
use crate::model::Report;
use crate::search::Terms;

/// The findings of one report that a search across reports matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportMatches<'r> {
    /// The report's name, as given.
    pub name: &'r str,
    /// The ids of its matching findings, in the report's order.
    pub findings: Vec<&'r str>,
}

/// What a search across reports matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches<'r> {
    /// The search's words, folded, with the words used instead of any that match nothing in a
    /// report that shows findings: what to highlight in the findings shown, with
    /// [`Terms::highlights`] or [`crate::html::highlighted`], as a report's own search does.
    pub terms: Terms,
    /// Each report with a matching finding, in the order given.
    pub reports: Vec<ReportMatches<'r>>,
    /// How many findings match, in all.
    pub total: usize,
}

/// Reports made searchable together: each report's findings folded and its words listed once,
/// up front, by its own [`Finder`].
pub struct LibraryFinder<'r> {
    finders: Vec<(&'r str, Finder<'r>)>,
}

impl<'r> LibraryFinder<'r> {
    /// Prepares the reports, each given with its name, for searching.
    pub fn new(reports: &[(&'r str, &'r Report)]) -> Self {
        Self {
            finders: reports
                .iter()
                .map(|&(name, report)| (name, Finder::new(report)))
                .collect(),
        }
    }

    /// Adds a report (with its name) to those searched, as it arrives.
    pub fn add(&mut self, name: &'r str, report: &'r Report) {
        self.finders.push((name, Finder::new(report)));
    }

    /// The report searched under `name`, if there is one.
    pub fn report(&self, name: &str) -> Option<&'r Report> {
        self.finders
            .iter()
            .find(|(named, _)| *named == name)
            .map(|(_, finder)| finder.report())
    }

    /// How many reports are searched.
    pub fn len(&self) -> usize {
        self.finders.len()
    }

    /// True when no report is searched yet.
    pub fn is_empty(&self) -> bool {
        self.finders.is_empty()
    }

    /// The findings of each report that match `text`, as a search inside the report matches
    /// them (every word, case and accents aside, in a finding's heading, summary, passage,
    /// speaker or themes, as typed or in another form, a misspelt word corrected to the
    /// report's own words); reports with none are left out. A search with no words matches
    /// nothing here: the library then lists reports, not findings. Linear in the reports'
    /// findings; the search's words are read once for all.
    pub fn search(&self, text: &str) -> Matches<'r> {
        let terms = Terms::parse(text);
        if terms.is_empty() {
            return Matches::default();
        }
        let mut matches = Matches {
            terms: terms.clone(),
            ..Matches::default()
        };
        for (name, finder) in &self.finders {
            let (matching, matched_as) = finder.matching(&terms);
            if matching.is_empty() {
                continue;
            }
            matches.terms.absorb(&matched_as);
            let findings = &finder.report().findings;
            matches.total += matching.len();
            matches.reports.push(ReportMatches {
                name,
                findings: matching.into_iter().map(|i| findings[i].id.as_str()).collect(),
            });
        }
        matches
    }
}

/// The findings of each report that match `text`: [`LibraryFinder::search`] once. To search the
/// same reports again as the reader types, keep a [`LibraryFinder`] instead.
pub fn search_reports<'r>(reports: &[(&'r str, &'r Report)], text: &str) -> Matches<'r> {
    LibraryFinder::new(reports).search(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{finding, report};

    fn reports() -> [Report; 3] {
        [
            report(
                &["Tides"],
                &["Ada"],
                vec![finding("Genève tides", &[0], 0), finding("Boats", &[0], 0)],
            ),
            report(&["Lamps"], &["Bo"], vec![finding("Lamps dim", &[0], 0)]),
            report(
                &["Money"],
                &["Cy"],
                vec![
                    finding("Follow the money", &[0], 0),
                    finding("Tides at Geneve", &[0], 0),
                ],
            ),
        ]
    }

    #[test]
    fn each_report_gives_its_matching_findings_in_order_and_the_rest_are_left_out() {
        let [a, b, c] = reports();
        let named = [("a", &a), ("b", &b), ("c", &c)];
        let matches = search_reports(&named, "GENEVE");
        assert_eq!(
            matches.reports,
            [
                ReportMatches {
                    name: "a",
                    findings: vec!["genève-tides"]
                },
                ReportMatches {
                    name: "c",
                    findings: vec!["tides-at-geneve"]
                },
            ]
        );
        assert_eq!(matches.total, 2);
        assert_eq!(matches.terms, Terms::parse("geneve"));
        let text = "Tides at Genève";
        assert_eq!(&text[matches.terms.highlights(text)[0].clone()], "Genève");
    }

    #[test]
    fn a_search_with_no_words_matches_nothing() {
        let [a, b, c] = reports();
        let named = [("a", &a), ("b", &b), ("c", &c)];
        assert_eq!(search_reports(&named, " ,, "), Matches::default());
    }

    #[test]
    fn typing_on_narrows_and_a_new_search_starts_over() {
        let [a, b, c] = reports();
        let named = [("a", &a), ("b", &b), ("c", &c)];
        let finder = LibraryFinder::new(&named);
        assert_eq!(
            finder.search("tides").total,
            3,
            "two findings filed under Tides, one named so"
        );
        assert_eq!(finder.search("tides gen").total, 2);
        assert_eq!(finder.search("tides geneve bo").total, 0);
        assert_eq!(finder.search("lamps").reports[0].name, "b");
        assert_eq!(finder.search("tides").total, 3);
    }

    #[cfg(feature = "parse")]
    #[test]
    fn three_hundred_reports_are_searched_as_each_searches_itself() {
        // 10 × 5 × 6 = 300 different small reports.
        let reports: Vec<(String, Report)> = (0..300)
            .map(|n| {
                let source = crate::synthetic::markdown(1 + n % 10, 1 + n / 10 % 5, 1 + n / 50);
                let report = crate::parse_report("synthetic.md", &source).unwrap_or_else(|d| panic!("{d:?}"));
                (format!("r{n}"), report)
            })
            .collect();
        let named: Vec<(&str, &Report)> = reports
            .iter()
            .map(|(name, report)| (name.as_str(), report))
            .collect();
        let finder = LibraryFinder::new(&named);
        for text in [
            "harbour",
            "harbour lantern",
            "harbour lantern tide",
            "passage 7",
            "speaker number 4",
            "nothing",
        ] {
            let matches = finder.search(text);
            let mut expected = Vec::new();
            for (name, report) in &named {
                let inside = Finder::new(report).results(&crate::Query::default().with_text(text));
                if !inside.is_empty() {
                    let ids = inside.iter().map(|&i| report.findings[i].id.as_str()).collect();
                    expected.push(ReportMatches { name, findings: ids });
                }
            }
            assert_eq!(
                matches.total,
                expected.iter().map(|m| m.findings.len()).sum::<usize>(),
                "{text}"
            );
            assert_eq!(matches.reports, expected, "{text}");
        }
        assert!(finder.search("harbour").reports.len() > 100);
        assert_eq!(finder.search("nothing").reports, []);
    }
}
