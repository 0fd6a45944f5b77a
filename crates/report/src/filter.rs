//! Filtering findings by theme and speaker: OR within a facet, AND across facets, with facet counts.

use crate::model::{Finding, Report};

/// What the reader has chosen: themes and speakers, as indexes into the report, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    themes: Vec<usize>,
    speakers: Vec<usize>,
}

/// How many findings each facet value would show, given the other facet's choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    /// One count per theme of the report.
    pub themes: Vec<usize>,
    /// One count per speaker of the report.
    pub speakers: Vec<usize>,
}

impl Query {
    /// A query with exactly these themes and speakers chosen.
    pub fn new(themes: impl IntoIterator<Item = usize>, speakers: impl IntoIterator<Item = usize>) -> Self {
        let sorted = |values: &mut Vec<usize>| {
            values.sort_unstable();
            values.dedup();
        };
        let mut query = Self {
            themes: themes.into_iter().collect(),
            speakers: speakers.into_iter().collect(),
        };
        sorted(&mut query.themes);
        sorted(&mut query.speakers);
        query
    }

    /// The chosen themes, sorted.
    pub fn themes(&self) -> &[usize] {
        &self.themes
    }

    /// The chosen speakers, sorted.
    pub fn speakers(&self) -> &[usize] {
        &self.speakers
    }

    /// True when nothing is chosen, so every finding shows.
    pub fn is_empty(&self) -> bool {
        self.themes.is_empty() && self.speakers.is_empty()
    }

    /// The same query with `theme` chosen or unchosen.
    pub fn with_theme(&self, theme: usize, chosen: bool) -> Self {
        let mut next = self.clone();
        toggle(&mut next.themes, theme, chosen);
        next
    }

    /// The same query with `speaker` chosen or unchosen.
    pub fn with_speaker(&self, speaker: usize, chosen: bool) -> Self {
        let mut next = self.clone();
        toggle(&mut next.speakers, speaker, chosen);
        next
    }

    fn theme_matches(&self, finding: &Finding) -> bool {
        self.themes.is_empty()
            || finding
                .themes
                .iter()
                .any(|t| self.themes.binary_search(t).is_ok())
    }

    fn speaker_matches(&self, finding: &Finding) -> bool {
        self.speakers.is_empty() || self.speakers.binary_search(&finding.speaker).is_ok()
    }

    /// Whether a finding shows under this query.
    pub fn matches(&self, finding: &Finding) -> bool {
        self.theme_matches(finding) && self.speaker_matches(finding)
    }

    /// The indexes of the findings that show, in report order.
    pub fn results(&self, report: &Report) -> Vec<usize> {
        (0..report.findings.len())
            .filter(|&i| self.matches(&report.findings[i]))
            .collect()
    }

    /// For each theme, the findings it holds among those the speaker choice lets through;
    /// for each speaker, likewise under the theme choice. One pass over the findings.
    pub fn facet_counts(&self, report: &Report) -> FacetCounts {
        let mut counts = FacetCounts {
            themes: vec![0; report.themes.len()],
            speakers: vec![0; report.speakers.len()],
        };
        for finding in &report.findings {
            if self.speaker_matches(finding) {
                for &theme in &finding.themes {
                    counts.themes[theme] += 1;
                }
            }
            if self.theme_matches(finding) {
                counts.speakers[finding.speaker] += 1;
            }
        }
        counts
    }
}

fn toggle(values: &mut Vec<usize>, value: usize, chosen: bool) {
    match (values.binary_search(&value), chosen) {
        (Err(at), true) => values.insert(at, value),
        (Ok(at), false) => {
            values.remove(at);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FindingKind, Meta, Speaker, SpeakerKind, Theme};

    fn finding(id: &str, themes: &[usize], speaker: usize) -> Finding {
        Finding {
            id: id.into(),
            heading: id.into(),
            kind: FindingKind::Observation,
            summary: String::new(),
            themes: themes.to_vec(),
            speaker,
            passage: String::new(),
            locations: Vec::new(),
        }
    }

    /// Three themes, three speakers, five findings.
    fn report() -> Report {
        let theme = |id: &str| Theme {
            id: id.into(),
            name: id.into(),
            short: id.into(),
        };
        let speaker = |id: &str| Speaker {
            id: id.into(),
            kind: SpeakerKind::Person,
            name: id.into(),
            title: None,
            role: None,
            affiliation: None,
        };
        Report {
            meta: Meta {
                title: String::new(),
                event: String::new(),
                date: String::new(),
                place: String::new(),
                author: String::new(),
                author_role: None,
                publisher: String::new(),
                source: None,
            },
            themes: vec![theme("a"), theme("b"), theme("c")],
            speakers: vec![speaker("x"), speaker("y"), speaker("z")],
            findings: vec![
                finding("f0", &[0], 0),
                finding("f1", &[0, 1], 1),
                finding("f2", &[1], 0),
                finding("f3", &[2], 2),
                finding("f4", &[1, 2], 1),
            ],
            narrative: Vec::new(),
        }
    }

    #[test]
    fn an_empty_query_shows_everything() {
        let report = report();
        assert_eq!(Query::default().results(&report), vec![0, 1, 2, 3, 4]);
        assert!(Query::default().is_empty());
    }

    #[test]
    fn themes_combine_with_or() {
        let report = report();
        assert_eq!(Query::new([0], []).results(&report), vec![0, 1]);
        assert_eq!(Query::new([0, 2], []).results(&report), vec![0, 1, 3, 4]);
    }

    #[test]
    fn speakers_combine_with_or_and_facets_with_and() {
        let report = report();
        assert_eq!(Query::new([], [0, 2]).results(&report), vec![0, 2, 3]);
        assert_eq!(Query::new([1], [0]).results(&report), vec![2]);
        assert_eq!(Query::new([1, 2], [1, 2]).results(&report), vec![1, 3, 4]);
        assert_eq!(Query::new([0], [2]).results(&report), Vec::<usize>::new());
    }

    #[test]
    fn facet_counts_follow_the_other_facet_only() {
        let report = report();
        let all = Query::default().facet_counts(&report);
        assert_eq!(all.themes, vec![2, 3, 2]);
        assert_eq!(all.speakers, vec![2, 2, 1]);

        // Choosing theme b leaves theme counts alone (OR within the facet) and narrows speakers.
        let b = Query::new([1], []).facet_counts(&report);
        assert_eq!(b.themes, vec![2, 3, 2]);
        assert_eq!(b.speakers, vec![1, 2, 0]);

        let b_and_y = Query::new([1], [1]).facet_counts(&report);
        assert_eq!(b_and_y.themes, vec![1, 2, 1]);
        assert_eq!(b_and_y.speakers, vec![1, 2, 0]);
    }

    #[test]
    fn toggling_keeps_choices_sorted_and_unique() {
        let query = Query::default()
            .with_theme(2, true)
            .with_theme(0, true)
            .with_theme(2, true);
        assert_eq!(query.themes(), &[0, 2]);
        assert_eq!(query.with_theme(0, false).themes(), &[2]);
        assert_eq!(query.with_theme(1, false), query);
        assert_eq!(
            Query::new([3, 1, 3], [2, 2]),
            Query::default()
                .with_theme(1, true)
                .with_theme(3, true)
                .with_speaker(2, true)
        );
        assert_eq!(query.with_speaker(1, true).speakers(), &[1]);
    }
}
