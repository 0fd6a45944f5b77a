//! Generated reports of both shapes parse, repeat exactly and are shaped as asked.

use std::collections::{HashMap, HashSet};

use super::Shape;
use crate::Report;

fn parsed(shape: Shape, findings: usize, speakers: usize, themes: usize) -> Report {
    let source = shape.markdown(findings, speakers, themes);
    assert_eq!(
        source,
        shape.markdown(findings, speakers, themes),
        "deterministic"
    );
    crate::parse_report("synthetic.md", &source).unwrap_or_else(|d| panic!("{shape:?} {findings}: {d:?}"))
}

#[test]
fn both_shapes_parse_at_every_size_with_every_passage_found() {
    for shape in [Shape::Realistic, Shape::Even] {
        let (speakers, themes) = shape.default_speakers_and_themes();
        for (findings, speakers, themes) in [
            (1, 1, 1),
            (1, speakers, themes),
            (37, 5, 2),
            (2_000, speakers, themes),
        ] {
            let report = parsed(shape, findings, speakers, themes);
            assert_eq!(
                (report.findings.len(), report.speakers.len(), report.themes.len()),
                (findings, speakers, themes)
            );
            assert!(report.findings.iter().all(|f| !f.locations.is_empty()));
        }
    }
}

#[test]
fn the_even_shape_is_the_first_generators_output() {
    assert_eq!(Shape::Even.markdown(50, 7, 3), super::markdown(50, 7, 3));
    assert_eq!(Shape::named("even"), Some(Shape::Even));
    assert_eq!(Shape::named("realistic"), Some(Shape::Realistic));
    assert_eq!(Shape::named("round"), None);
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn realistic_reports_vary_their_words_lengths_and_shares() {
    let report = parsed(Shape::Realistic, 2_000, 300, 12);
    for finding in &report.findings {
        assert!(
            (12..=40).contains(&words(finding.summary())),
            "{}",
            finding.summary()
        );
        assert!(
            (10..=30).contains(&words(finding.passage())),
            "{}",
            finding.passage()
        );
        assert!(
            (4..=10).contains(&words(finding.heading())),
            "{}",
            finding.heading()
        );
    }
    let summaries: HashSet<usize> = report.findings.iter().map(|f| words(f.summary())).collect();
    assert!(summaries.len() > 20);

    let vocabulary: HashSet<&str> = report
        .findings
        .iter()
        .flat_map(|f| f.summary().split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    assert!(vocabulary.len() > 3_000, "{} distinct words", vocabulary.len());

    let mut shares: HashMap<usize, usize> = HashMap::new();
    for finding in &report.findings {
        *shares.entry(finding.speaker).or_default() += 1;
    }
    let mut counts: Vec<usize> = shares.into_values().collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let top_ten: usize = counts.iter().take(10).sum();
    assert!(
        top_ten > 2_000 * 2 / 5,
        "the ten most frequent speakers say {top_ten} of 2,000"
    );
    assert!(counts.len() > 150 && counts[0] > 100 * counts[counts.len() - 1]);
}
