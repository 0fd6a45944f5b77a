//! Fixture reports under `tests/fixtures`: valid ones parse, and each invalid one gives exactly
//! the diagnostics in its `.expected` file, all of them at once.

mod fixture_files;

use std::fs;

use fixture_files::{check_expected, check_valid, repo_root};

#[test]
fn every_invalid_fixture_gives_exactly_its_expected_diagnostics() {
    check_expected("tests/fixtures/invalid", report::parse_report);
}

#[test]
fn every_valid_fixture_parses() {
    check_valid("tests/fixtures/valid", report::parse_report);
}

#[test]
fn the_minimal_fixture_reads_as_written() {
    let path = repo_root().join("tests/fixtures/valid/minimal.md");
    let report = report::parse_report("minimal.md", &fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(
        report.meta.title,
        "Lighthouse Keepers' Winter Meeting (a fictional test report)"
    );
    assert_eq!(
        report.meta.event, report.meta.title,
        "the event defaults to the title"
    );
    assert_eq!(report.meta.author_role, None);
    let themes: Vec<(&str, &str, &str)> = report
        .themes
        .iter()
        .map(|t| (t.id.as_str(), t.name.as_str(), t.short.as_str()))
        .collect();
    assert_eq!(
        themes,
        [
            ("lamps", "Lamps and lenses", "Lamps and lenses"),
            ("weather", "Weather", "Weather")
        ]
    );
    let ada = &report.speakers[0];
    assert_eq!(ada.display_name(), "Dr. Ada Beam");
    assert_eq!(ada.description().as_deref(), Some("keeper at the North Light"));
    assert_eq!(report.speakers[1].kind, report::SpeakerKind::Group);

    let storms = &report.findings[1];
    assert_eq!(storms.id, "longer-storms");
    assert_eq!(storms.themes, [0, 1], "themes are kept in the report's order");
    assert_eq!(storms.speaker, 1);
    assert_eq!(storms.kind, report::FindingKind::Consensus);
    assert_eq!(storms.passage(), "All agreed: storms last longer now.");
    let source_text = "Lenses must be cleaned   every day. All agreed: storms last longer now.";
    assert_eq!(
        storms.locations,
        [report::Location {
            block: 0,
            item: None,
            start: 36,
            end: 71
        }]
    );
    assert_eq!(&source_text[36..71], "All agreed: storms last longer now.");
    let text = |text: &str, em| report::Inline::Text {
        text: text.into(),
        em,
        strong: false,
    };
    assert_eq!(
        report.narrative[1],
        report::Block::List {
            start: Some(1),
            items: vec![
                vec![text("first point;", false)],
                vec![text("second ", false), text("point", true), text(".", false)]
            ],
        }
    );
}

#[test]
fn the_template_in_the_docs_is_a_valid_report() {
    let path = repo_root().join("docs/report-template.md");
    let source = fs::read_to_string(path).unwrap();
    if let Err(diagnostics) = report::parse_report("docs/report-template.md", &source) {
        panic!(
            "{}",
            diagnostics
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
