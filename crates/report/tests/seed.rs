//! The shipped seed report is faithful to its source: every passage, name, role and theme is
//! word for word in the seed text, and every finding is traceable to it.

use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed_text() -> String {
    normalize(&fs::read_to_string(repo_root().join("tests/fixtures/seed/000_10c4372e090bb8ea.txt")).unwrap())
}

fn seed_report() -> report::Report {
    let path = repo_root().join("reports/renate-brussels-2014.md");
    report::parse_report(
        "reports/renate-brussels-2014.md",
        &fs::read_to_string(path).unwrap(),
    )
    .unwrap_or_else(|d| {
        panic!(
            "{}",
            d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        )
    })
}

fn assert_in_seed(seed: &str, what: &str, text: &str) {
    assert!(
        seed.contains(&normalize(text)),
        "{what} is not word for word in the seed: {text:?}"
    );
}

#[test]
fn the_seed_copy_in_the_repository_matches_the_shared_seed_when_present() {
    let shared = repo_root().join("../shared/seed/000_10c4372e090bb8ea.txt");
    if let Ok(original) = fs::read_to_string(shared) {
        assert_eq!(normalize(&original), seed_text());
    }
}

#[test]
fn every_finding_passage_is_verbatim_in_the_seed() {
    let seed = seed_text();
    let report = seed_report();
    assert!(report.findings.len() > 12, "well over a dozen findings");
    for finding in &report.findings {
        assert!(!finding.passage().is_empty(), "{} has a passage", finding.id);
        assert_in_seed(
            &seed,
            &format!("the passage of {}", finding.id),
            finding.passage(),
        );
    }
}

#[test]
fn metadata_names_and_roles_are_as_the_seed_writes_them() {
    let seed = seed_text();
    let report = seed_report();
    let meta = &report.meta;
    for (what, text) in [
        ("title", &meta.title),
        ("event", &meta.event),
        ("place", &meta.place),
        ("author", &meta.author),
    ] {
        assert_in_seed(&seed, what, text);
    }
    assert_in_seed(&seed, "author role", meta.author_role.as_deref().unwrap());
    assert_in_seed(
        &seed,
        "author with role",
        &format!("{}\n{}", meta.author, meta.author_role.as_deref().unwrap()),
    );
    assert_eq!(meta.date, "2014-11-27");
    assert_in_seed(&seed, "the date", "Thursday, 27th November 2014");
    for speaker in &report.speakers {
        if speaker.kind != report::SpeakerKind::Group {
            assert_in_seed(&seed, "speaker name", &speaker.display_name());
        }
        if let Some(description) = speaker.description() {
            assert_in_seed(
                &seed,
                "speaker role and affiliation",
                &format!("{}, {description}", speaker.display_name()),
            );
        }
    }
}

#[test]
fn the_four_themes_are_those_the_seed_lists_in_its_order() {
    let seed = seed_text();
    let report = seed_report();
    assert_eq!(report.themes.len(), 4);
    for (i, theme) in report.themes.iter().enumerate() {
        assert_in_seed(&seed, "theme", &format!("{}. {}.", i + 1, theme.name));
    }
}

#[test]
fn every_theme_and_speaker_has_findings_and_every_passage_has_its_context() {
    let report = seed_report();
    for (i, theme) in report.themes.iter().enumerate() {
        assert!(
            report.findings.iter().any(|f| f.themes.contains(&i)),
            "theme {} has findings",
            theme.id
        );
    }
    for (i, speaker) in report.speakers.iter().enumerate() {
        assert!(
            report.findings.iter().any(|f| f.speaker == i),
            "speaker {} has findings",
            speaker.id
        );
    }
    for finding in &report.findings {
        assert!(!finding.locations.is_empty());
        assert!(
            finding
                .locations
                .iter()
                .all(|l| l.block < report.narrative.len() && l.start < l.end)
        );
    }
}

#[test]
fn a_passage_across_a_list_is_located_in_each_of_its_items() {
    let report = seed_report();
    let finding = report
        .findings
        .iter()
        .find(|f| f.id == "three-aspects-of-recruitment")
        .unwrap();
    let items: Vec<Option<usize>> = finding.locations.iter().map(|l| l.item).collect();
    assert_eq!(items, [None, Some(0), Some(1), Some(2)]);
    let report::Block::List { items, .. } = &report.narrative[finding.locations[1].block] else {
        panic!("the second location is in a list")
    };
    let report::Inline::Text { text, .. } = &items[0][0] else {
        panic!("plain text")
    };
    assert_eq!(
        &text[finding.locations[1].start..finding.locations[1].end],
        "location;"
    );
}

#[test]
fn the_seed_passes_the_reference_check_and_damaged_copies_do_not() {
    let report = seed_report();
    assert_eq!(report.check_references(), Ok(()));
    let mut bad_speaker = report.clone();
    bad_speaker.findings[0].speaker = 99;
    assert_eq!(
        bad_speaker.check_references(),
        Err("finding \u{201c}prosecution-problematic\u{201d} refers to a missing speaker".into())
    );
    let mut bad_theme = report.clone();
    bad_theme.findings[1].themes.push(4);
    assert!(
        bad_theme
            .check_references()
            .unwrap_err()
            .ends_with("missing theme")
    );
    let mut bad_location = report.clone();
    bad_location.findings[2].locations[1].end += 1000;
    assert!(
        bad_location
            .check_references()
            .unwrap_err()
            .ends_with("missing passage")
    );
    let mut bad_block = report;
    bad_block.findings[3].locations[0].item = Some(0);
    assert!(
        bad_block
            .check_references()
            .unwrap_err()
            .ends_with("missing part of the report")
    );
}
