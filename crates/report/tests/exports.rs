//! CSV, Markdown and citations of a fixture report, compared with exact expected files.

use std::fs;
use std::path::{Path, PathBuf};

const BASE: &str = "https://example.org/viewer/";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture() -> report::Report {
    let source = fs::read_to_string(root().join("tests/fixtures/valid/quoting.md")).unwrap();
    report::parse_report("quoting.md", &source).unwrap_or_else(|d| panic!("{d:?}"))
}

fn expected(name: &str) -> String {
    fs::read_to_string(root().join("tests/fixtures/exports").join(name)).unwrap()
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks() {
    let report = fixture();
    let all: Vec<usize> = (0..report.findings.len()).collect();
    assert_eq!(report::csv(&report, &all, BASE), expected("quoting.csv"));
}

#[test]
fn markdown_lists_the_filters_the_findings_and_the_source() {
    let report = fixture();
    let query = report::Query::new([1], []).with_text("quote");
    let finder = report::Finder::new(&report);
    let shown = finder.results(&query);
    assert_eq!(
        report::markdown(&report, &query, &shown, BASE),
        expected("quoting-filtered.md")
    );
}

#[test]
fn citations_name_author_title_publisher_place_date_and_address() {
    let report = fixture();
    assert_eq!(
        report::citation(&report, None, BASE),
        "Test Author (Fixture Clerk), \u{201c}Quoting, Commas and \u{201c}Quotes\u{201d} (a fictional test report)\u{201d}, Fixture Press, Port Imaginary, 3 March 2031. https://example.org/viewer/"
    );
    let link = report::permalink(BASE, &report.findings[0]);
    assert_eq!(link, "https://example.org/viewer/#finding-commas");
    assert_eq!(
        report::citation(&report, Some(&report.findings[0]), &link),
        "\u{201c}Commas, everywhere\u{201d}, in Test Author (Fixture Clerk), \u{201c}Quoting, Commas and \u{201c}Quotes\u{201d} (a fictional test report)\u{201d}, Fixture Press, Port Imaginary, 3 March 2031. https://example.org/viewer/#finding-commas"
    );
}

#[test]
fn filters_in_words() {
    let report = fixture();
    assert_eq!(
        report::describe_filters(&report, &report::Query::default()),
        "none"
    );
    let query = report::Query::new([0, 1], [0]).with_text(" quote ");
    assert_eq!(
        report::describe_filters(&report, &query),
        "themes: Punctuation; Quotation · speakers: Dr. Ada \u{201c}Comma\u{201d} Beam · search: \u{201c}quote\u{201d}"
    );
}
