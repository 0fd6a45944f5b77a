//! The shown findings as CSV and Markdown, the active filters in words, and citations.

use crate::markdown_text::{line_by_line, one_line, paragraphs};
use crate::model::{Finding, Report, joined};
use crate::numbers::grouped;
use crate::query::Query;

/// The permalink of a finding: the page's address without its query, and the finding's anchor.
pub fn permalink(base: &str, finding: &Finding) -> String {
    format!("{base}#finding-{}", finding.id)
}

/// A citation of the report (`finding: None`) or of one finding in it, ending with `url`.
pub fn citation(report: &Report, finding: Option<&Finding>, url: &str) -> String {
    let meta = &report.meta;
    let author = match &meta.author_role {
        Some(role) => format!("{} ({role})", meta.author),
        None => meta.author.clone(),
    };
    let work = format!(
        "{author}, \u{201c}{}\u{201d}, {}, {}, {}",
        meta.title, meta.publisher, meta.place, meta.date_cited
    );
    match finding {
        Some(finding) => format!("\u{201c}{}\u{201d}, in {work}. {url}", finding.heading),
        None => format!("{work}. {url}"),
    }
}

/// The active filters and search in words, for exports and print: "none" when there are none.
pub fn describe_filters(report: &Report, query: &Query) -> String {
    let mut parts = Vec::new();
    if !query.themes().is_empty() {
        parts.push(format!("themes: {}", theme_names(report, query.themes())));
    }
    if !query.speakers().is_empty() {
        let names = joined(query.speakers(), "; ", &|s| {
            report.speakers[s].display_name().into()
        });
        parts.push(format!("speakers: {names}"));
    }
    if !query.text().trim().is_empty() {
        parts.push(format!("search: \u{201c}{}\u{201d}", query.text().trim()));
    }
    if parts.is_empty() {
        String::from("none")
    } else {
        parts.join(" · ")
    }
}

/// The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and, when it
/// starts like a formula, quoted with a `'` before it, so spreadsheets show it as text.
fn csv_field(value: &str) -> String {
    if value.starts_with(FORMULA_STARTS) {
        format!("\"'{}\"", value.replace('"', "\"\""))
    } else if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// Themes by name, as "A; B".
fn theme_names(report: &Report, themes: &[usize]) -> String {
    joined(themes, "; ", &|t| report.themes[t].name.as_str().into())
}

/// The findings at `shown` as CSV (RFC 4180: CRLF line ends, fields quoted where needed).
pub fn csv(report: &Report, shown: &[usize], base: &str) -> String {
    let mut out = String::from("id,heading,kind,speaker,speaker_details,themes,summary,passage,link\r\n");
    for &index in shown {
        let finding = &report.findings[index];
        let speaker = &report.speakers[finding.speaker];
        let themes = theme_names(report, &finding.themes);
        let fields = [
            finding.id.clone(),
            finding.heading.clone(),
            finding.kind.label().to_owned(),
            speaker.display_name(),
            speaker.description().unwrap_or_default(),
            themes,
            finding.summary.clone(),
            finding.passage.clone(),
            permalink(base, finding),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The findings at `shown` as Markdown, headed by the report and the filters that chose them.
/// Every piece of report or search text is escaped (see [`crate::markdown_text`]), so the file
/// renders as the same text, and its only links are the findings' permalinks.
pub fn markdown(report: &Report, query: &Query, shown: &[usize], base: &str) -> String {
    let meta = &report.meta;
    let mut out = format!("# {}\n\n", one_line(&meta.title));
    out.push_str(&format!(
        "{} · {} · reported by {}\n\n",
        one_line(&meta.place),
        report.meta.date_cited,
        one_line(&meta.author)
    ));
    out.push_str(&format!(
        "Filters: {}  \n",
        one_line(&describe_filters(report, query))
    ));
    out.push_str(&format!(
        "Showing {} of {} findings.\n",
        grouped(shown.len()),
        grouped(report.findings.len())
    ));
    for &index in shown {
        let finding = &report.findings[index];
        let speaker = &report.speakers[finding.speaker];
        let themes = theme_names(report, &finding.themes);
        out.push_str(&format!("\n## {}\n\n", one_line(&finding.heading)));
        let who = match speaker.description() {
            Some(description) => format!("{}, {description}", speaker.display_name()),
            None => speaker.display_name(),
        };
        out.push_str(&format!(
            "*{}* · {}  \nThemes: {}\n\n",
            finding.kind.label(),
            one_line(&who),
            one_line(&themes)
        ));
        out.push_str(&format!("{}\n\n", paragraphs(&finding.summary)));
        out.push_str(&line_by_line(&finding.passage, "> "));
        out.push_str(&format!("\n<{}>\n", permalink(base, finding)));
    }
    out.push_str(&format!(
        "\n---\n\nSource: {}\n",
        one_line(&citation(report, None, base))
    ));
    out
}
