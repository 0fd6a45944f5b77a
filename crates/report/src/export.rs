//! The shown findings as CSV and Markdown, the active filters in words, and citations.

use crate::bidi::isolated;
use crate::markdown_text::{line_by_line, one_line, paragraphs};
use crate::model::{Finding, Report, joined};
use crate::query::Query;
use crate::texts::Texts;
use crate::texts::{Key, key};

/// The permalink of a finding: the page's address without its query, and the finding's anchor.
pub fn permalink(base: &str, finding: &Finding) -> String {
    format!("{base}#finding-{}", finding.id)
}

/// A citation of the report (`finding: None`) or of one finding in it, ending with `url`.
pub fn citation(texts: &Texts, report: &Report, finding: Option<&Finding>, url: &str) -> String {
    let meta = &report.meta;
    let author = match &meta.author_role {
        Some(role) => format!("{} ({})", isolated(&meta.author), isolated(role)),
        None => isolated(&meta.author).into_owned(),
    };
    let work = texts.fill(
        key::CITE_WORK,
        &[
            ("author", &author),
            ("title", &isolated(&meta.title)),
            ("publisher", &isolated(&meta.publisher)),
            ("place", &isolated(&meta.place)),
            ("date", &texts.date(&meta.date)),
        ],
    );
    match finding {
        Some(finding) => texts.fill(
            key::CITE_FINDING,
            &[
                ("heading", &isolated(finding.heading())),
                ("work", &work),
                ("address", url),
            ],
        ),
        None => texts.fill(key::CITE_REPORT, &[("work", &work), ("address", url)]),
    }
}

/// The active filters and search in words, for exports and print: "none" when there are none.
pub fn describe_filters(texts: &Texts, report: &Report, query: &Query) -> String {
    let mut parts = Vec::new();
    if !query.themes().is_empty() {
        parts.push(texts.fill(
            key::EXPORT_THEMES,
            &[("names", &theme_names(report, query.themes()))],
        ));
    }
    if !query.speakers().is_empty() {
        let names = joined(query.speakers(), "; ", &|s| {
            report.speakers[s].display_name().into()
        });
        parts.push(texts.fill(key::EXPORT_SPEAKERS, &[("names", &names)]));
    }
    if !query.text().trim().is_empty() {
        parts.push(texts.fill(key::EXPORT_SEARCH, &[("text", query.text().trim())]));
    }
    if parts.is_empty() {
        texts.text(key::EXPORT_NONE).to_owned()
    } else {
        parts.join(" · ")
    }
}

/// The keys of the CSV file's column headings, in their order.
const CSV_COLUMNS: [Key; 9] = [
    key::CSV_ID,
    key::CSV_HEADING,
    key::CSV_KIND,
    key::CSV_SPEAKER,
    key::CSV_SPEAKER_DETAILS,
    key::CSV_THEMES,
    key::CSV_SUMMARY,
    key::CSV_PASSAGE,
    key::CSV_LINK,
];

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
pub fn csv(texts: &Texts, report: &Report, shown: &[usize], base: &str) -> String {
    let headings = CSV_COLUMNS.map(|key| csv_field(texts.text(key)));
    let mut out = headings.join(",");
    out.push_str("\r\n");
    for &index in shown {
        let finding = &report.findings[index];
        let speaker = &report.speakers[finding.speaker];
        let themes = theme_names(report, &finding.themes);
        let fields = [
            finding.id.clone(),
            finding.heading().to_owned(),
            texts.text(finding.kind.label_key()).to_owned(),
            speaker.display_name(),
            speaker.description().unwrap_or_default(),
            themes,
            finding.summary().to_owned(),
            finding.passage().to_owned(),
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
pub fn markdown(texts: &Texts, report: &Report, query: &Query, shown: &[usize], base: &str) -> String {
    let meta = &report.meta;
    let mut out = format!("# {}\n\n", one_line(&meta.title));
    let by = texts.fill(
        key::EXPORT_BY,
        &[
            ("place", &one_line(&meta.place)),
            ("date", &texts.date(&meta.date)),
            ("author", &one_line(&meta.author)),
        ],
    );
    out.push_str(&format!("{by}\n\n"));
    let filters = one_line(&describe_filters(texts, report, query));
    out.push_str(&format!(
        "{}  \n",
        texts.fill(key::EXPORT_FILTERS, &[("filters", &filters)])
    ));
    let showing = texts.count(
        key::EXPORT_SHOWING,
        report.findings.len(),
        &[("shown", &texts.number(shown.len()))],
    );
    out.push_str(&format!("{showing}\n"));
    for &index in shown {
        let finding = &report.findings[index];
        let speaker = &report.speakers[finding.speaker];
        let themes = theme_names(report, &finding.themes);
        out.push_str(&format!("\n## {}\n\n", one_line(finding.heading())));
        let who = match speaker.description() {
            Some(description) => format!("{}, {description}", speaker.display_name()),
            None => speaker.display_name(),
        };
        out.push_str(&format!(
            "*{}* · {}  \n{}\n\n",
            texts.text(finding.kind.label_key()),
            one_line(&who),
            texts.fill(key::EXPORT_THEMES_LINE, &[("names", &one_line(&themes))])
        ));
        out.push_str(&format!("{}\n\n", paragraphs(finding.summary())));
        out.push_str(&line_by_line(finding.passage(), "> "));
        out.push_str(&format!("\n<{}>\n", permalink(base, finding)));
    }
    let source = one_line(&citation(texts, report, None, base));
    out.push_str(&format!(
        "\n---\n\n{}\n",
        texts.fill(key::FOOTER_SOURCE, &[("source", &source)])
    ));
    out
}
