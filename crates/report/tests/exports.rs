//! CSV, Markdown and citations of a fixture report, compared with exact expected files.

use std::fs;
use std::path::{Path, PathBuf};

mod rendered;

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
    assert_eq!(
        report::csv(&report::Texts::english(), &report, &all, BASE),
        expected("quoting.csv")
    );
}

#[test]
fn markdown_lists_the_filters_the_findings_and_the_source() {
    let report = fixture();
    let query = report::Query::new([1], []).with_text("quote");
    let finder = report::Finder::new(&report);
    let shown = finder.results(&query);
    assert_eq!(
        report::markdown(&report::Texts::english(), &report, &query, &shown, BASE),
        expected("quoting-filtered.md")
    );
}

#[test]
fn citations_name_author_title_publisher_place_date_and_address() {
    let report = fixture();
    assert_eq!(
        report::citation(&report::Texts::english(), &report, None, BASE),
        "Test Author (Fixture Clerk), \u{201c}Quoting, Commas and \u{201c}Quotes\u{201d} (a fictional test report)\u{201d}, Fixture Press, Port Imaginary, 3 March 2031. https://example.org/viewer/"
    );
    let link = report::permalink(BASE, &report.findings[0]);
    assert_eq!(link, "https://example.org/viewer/#finding-commas");
    assert_eq!(
        report::citation(
            &report::Texts::english(),
            &report,
            Some(&report.findings[0]),
            &link
        ),
        "\u{201c}Commas, everywhere\u{201d}, in Test Author (Fixture Clerk), \u{201c}Quoting, Commas and \u{201c}Quotes\u{201d} (a fictional test report)\u{201d}, Fixture Press, Port Imaginary, 3 March 2031. https://example.org/viewer/#finding-commas"
    );
}

#[test]
fn filters_in_words() {
    let report = fixture();
    assert_eq!(
        report::describe_filters(&report::Texts::english(), &report, &report::Query::default()),
        "none"
    );
    let query = report::Query::new([0, 1], [0]).with_text(" quote ");
    assert_eq!(
        report::describe_filters(&report::Texts::english(), &report, &query),
        "themes: Punctuation; Quotation · speakers: Dr. Ada \u{201c}Comma\u{201d} Beam · search: \u{201c}quote\u{201d}"
    );
}

fn hostile() -> report::Report {
    let source = fs::read_to_string(root().join("tests/fixtures/valid/hostile-exports.md")).unwrap();
    report::parse_report("hostile-exports.md", &source).unwrap_or_else(|d| panic!("{d:?}"))
}

#[test]
fn csv_cells_that_start_like_formulas_are_text_in_every_column() {
    let report = hostile();
    let all: Vec<usize> = (0..report.findings.len()).collect();
    assert_eq!(
        report::csv(&report::Texts::english(), &report, &all, BASE),
        expected("hostile.csv")
    );
}

#[test]
fn markdown_escapes_what_markdown_and_html_would_interpret() {
    let report = hostile();
    let all: Vec<usize> = (0..report.findings.len()).collect();
    assert_eq!(
        report::markdown(
            &report::Texts::english(),
            &report,
            &report::Query::default(),
            &all,
            BASE
        ),
        expected("hostile.md")
    );
}

#[test]
fn the_markdown_export_renders_as_the_report_text_with_no_markup_of_its_own() {
    let report = hostile();
    let all: Vec<usize> = (0..report.findings.len()).collect();
    let query = report::Query::default().with_text("<b>*x*</b> [a](javascript:b)");
    let rendered = rendered::render(&report::markdown(
        &report::Texts::english(),
        &report,
        &query,
        &all,
        BASE,
    ));
    let meta = &report.meta;
    let mut blocks = vec![
        ("h1", meta.title.clone()),
        (
            "p",
            format!("{} · 1 April 2031 · reported by {}", meta.place, meta.author),
        ),
        (
            "p",
            format!(
                "Filters: {}\nShowing 2 of 2 findings.",
                report::describe_filters(&report::Texts::english(), &report, &query)
            ),
        ),
    ];
    for finding in &report.findings {
        let speaker = &report.speakers[finding.speaker];
        let who = [Some(speaker.display_name()), speaker.description()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let themes: Vec<&str> = finding
            .themes
            .iter()
            .map(|&t| report.themes[t].name.as_str())
            .collect();
        blocks.push(("h2", rendered::as_one_line(finding.heading())));
        blocks.push((
            "p",
            format!(
                "{} · {who}\nThemes: {}",
                report::Texts::english().text(finding.kind.label_key()),
                themes.join("; ")
            ),
        ));
        blocks.extend(finding.summary().split("\n\n").map(|p| ("p", p.to_owned())));
        blocks.push(("> p", finding.passage().to_owned()));
        blocks.push(("p", report::permalink(BASE, finding)));
    }
    blocks.push((
        "p",
        format!(
            "Source: {}",
            report::citation(&report::Texts::english(), &report, None, BASE)
        ),
    ));
    let blocks: Vec<(String, String)> = blocks
        .into_iter()
        .map(|(kind, text)| (kind.to_owned(), text))
        .collect();
    assert_eq!(rendered.blocks, blocks);
    let permalinks: Vec<String> = report
        .findings
        .iter()
        .map(|f| report::permalink(BASE, f))
        .collect();
    assert_eq!(rendered.links, permalinks);
    assert_eq!(rendered.markup, ["Emphasis", "Emphasis", "Rule"]);
}
