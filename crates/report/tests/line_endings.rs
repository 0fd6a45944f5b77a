//! A report saved by a Windows editor (CRLF line endings, a byte order mark) reads exactly as the
//! same report with LF endings, and its problems are reported at the same lines and columns.

use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(relative: &str) -> String {
    fs::read_to_string(repo_root().join(relative)).unwrap()
}

fn parse(source: &str) -> report::Report {
    report::parse_report("seed.md", source).unwrap_or_else(|d| {
        panic!(
            "{}",
            d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        )
    })
}

fn crlf(source: &str) -> String {
    source.replace("\r\n", "\n").replace('\n', "\r\n")
}

fn narrative_text(report: &report::Report) -> String {
    format!("{:?}", report.narrative)
}

#[test]
fn the_seed_report_with_crlf_endings_or_a_byte_order_mark_reads_the_same() {
    let source = read("reports/renate-brussels-2014.md");
    let original = parse(&source);
    for (what, variant) in [
        ("CRLF", crlf(&source)),
        ("byte order mark", format!("\u{feff}{source}")),
        ("both", format!("\u{feff}{}", crlf(&source))),
    ] {
        let read = parse(&variant);
        assert!(
            !narrative_text(&read).contains('\r'),
            "{what}: a \\r in the narrative"
        );
        assert!(
            read.findings
                .iter()
                .all(|f| !f.passage().contains('\r') && !f.summary().contains('\r')),
            "{what}: a \\r in a finding"
        );
        assert_eq!(read, original, "{what}");
    }
}

#[test]
fn problems_in_a_crlf_file_are_at_the_same_lines_and_columns() {
    for fixture in [
        "passages",
        "unknown-references",
        "bad-metadata",
        "structure",
        "unsafe-markdown",
    ] {
        let source = read(&format!("tests/fixtures/invalid/{fixture}.md"));
        let lf = report::parse_report(fixture, &source).unwrap_err();
        let crlf = report::parse_report(fixture, &crlf(&source)).unwrap_err();
        assert_eq!(crlf, lf, "{fixture}");
        let bom = report::parse_report(fixture, &format!("\u{feff}{source}")).unwrap_err();
        assert_eq!(bom, lf, "{fixture} with a byte order mark");
    }
}
