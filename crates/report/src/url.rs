//! The reader's state as a URL query string: `?view=overview&theme=a,b&speaker=c&q=words`,
//! readable, shareable and forgiving.

use crate::model::Report;
use crate::query::Query;

/// The views of a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// The findings, with the filters.
    #[default]
    Findings,
    /// Counts of findings by theme and speaker.
    Overview,
    /// Who the speakers are, and their findings.
    Speakers,
    /// The report's own text, with the findings' passages marked.
    Report,
}

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 4] = [Self::Findings, Self::Overview, Self::Speakers, Self::Report];

    /// The word for the view in links; the findings view has none.
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Findings => "findings",
            Self::Overview => "overview",
            Self::Speakers => "speakers",
            Self::Report => "report",
        }
    }

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Findings => "Findings",
            Self::Overview => "Overview",
            Self::Speakers => "Speakers",
            Self::Report => "Report",
        }
    }
}

/// What a query string asked for: the usable part, and what had to be ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The filters and search the link chose, limited to values the report knows.
    pub query: Query,
    /// The view the link opens.
    pub view: View,
    /// Which report, by file name (`?report=`), on a site with several; not yet checked.
    pub report: Option<String>,
    /// Values the link named that the report does not have, as `theme "x"`.
    pub ignored: Vec<String>,
}

const THEME_KEY: &str = "theme";
const SPEAKER_KEY: &str = "speaker";
const SEARCH_KEY: &str = "q";
const VIEW_KEY: &str = "view";
const REPORT_KEY: &str = "report";

/// A value from a link as the reader is told about it: at most 40 characters.
fn shortened(value: &str) -> String {
    match value.char_indices().nth(40) {
        Some((cut, _)) => format!("{}\u{2026}", &value[..cut]),
        None => value.to_owned(),
    }
}

/// Reads a query string (with or without its leading `?`). Themes and speakers may be
/// comma-separated or repeated; the last search and view win; unknown keys are skipped and
/// unknown values are listed in [`UrlState::ignored`].
pub fn parse_search(search: &str, report: &Report) -> UrlState {
    let search = search.strip_prefix('?').unwrap_or(search);
    let mut themes = Vec::new();
    let mut speakers = Vec::new();
    let mut text = String::new();
    let mut view = View::default();
    let mut chosen_report = None;
    let mut ignored = Vec::new();
    for (key, value) in form_urlencoded::parse(search.as_bytes()) {
        let (ids, chosen): (Vec<&str>, &mut Vec<usize>) = match key.as_ref() {
            SEARCH_KEY => {
                text = value.trim().to_owned();
                continue;
            }
            REPORT_KEY => {
                chosen_report = Some(value.trim().to_owned());
                continue;
            }
            VIEW_KEY => {
                match View::ALL.into_iter().find(|v| v.keyword() == value.trim()) {
                    Some(chosen) => view = chosen,
                    None => ignored.push(format!("view \u{201c}{}\u{201d}", shortened(&value))),
                }
                continue;
            }
            THEME_KEY => (report.themes.iter().map(|t| t.id.as_str()).collect(), &mut themes),
            SPEAKER_KEY => (
                report.speakers.iter().map(|s| s.id.as_str()).collect(),
                &mut speakers,
            ),
            _ => continue,
        };
        for wanted in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
            match ids.iter().position(|id| *id == wanted) {
                Some(index) => chosen.push(index),
                None => ignored.push(format!("{key} \u{201c}{}\u{201d}", shortened(wanted))),
            }
        }
    }
    UrlState {
        query: Query::new(themes, speakers).with_text(&text),
        view,
        report: chosen_report,
        ignored,
    }
}

/// Puts `report=slug` first in a query string written by [`to_search`], for sites with several
/// reports: `("a", "")` gives `"?report=a"`, `("a", "?q=x")` gives `"?report=a&q=x"`.
pub fn in_report(slug: &str, search: &str) -> String {
    let slug: String = form_urlencoded::byte_serialize(slug.as_bytes()).collect();
    match search.strip_prefix('?') {
        Some(rest) if !rest.is_empty() => format!("?{REPORT_KEY}={slug}&{rest}"),
        _ => format!("?{REPORT_KEY}={slug}"),
    }
}

/// Writes the query string for a view and query, in a canonical order: `""` for the findings
/// view with nothing chosen.
pub fn to_search(view: View, query: &Query, report: &Report) -> String {
    let mut parts = Vec::new();
    if view != View::Findings {
        parts.push(format!("{VIEW_KEY}={}", view.keyword()));
    }
    let themes: Vec<&str> = query
        .themes()
        .iter()
        .map(|&t| report.themes[t].id.as_str())
        .collect();
    if !themes.is_empty() {
        parts.push(format!("{THEME_KEY}={}", themes.join(",")));
    }
    let speakers: Vec<&str> = query
        .speakers()
        .iter()
        .map(|&s| report.speakers[s].id.as_str())
        .collect();
    if !speakers.is_empty() {
        parts.push(format!("{SPEAKER_KEY}={}", speakers.join(",")));
    }
    let text = query.text().trim();
    if !text.is_empty() {
        let encoded: String = form_urlencoded::byte_serialize(text.as_bytes()).collect();
        parts.push(format!("{SEARCH_KEY}={encoded}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        crate::testing::report(&["law", "victims", "cooperation"], &["vries", "ecat"], Vec::new())
    }

    #[test]
    fn round_trips_in_canonical_order() {
        let report = report();
        let query = Query::new([2, 0], [1]).with_text("Genève & “money”");
        let search = to_search(View::Overview, &query, &report);
        assert_eq!(
            search,
            "?view=overview&theme=law,cooperation&speaker=ecat&q=Gen%C3%A8ve+%26+%E2%80%9Cmoney%E2%80%9D"
        );
        assert_eq!(
            parse_search(&search, &report),
            UrlState {
                query,
                view: View::Overview,
                report: None,
                ignored: vec![]
            }
        );
    }

    #[test]
    fn nothing_chosen_is_an_empty_string() {
        assert_eq!(to_search(View::Findings, &Query::default(), &report()), "");
        assert_eq!(
            to_search(View::Findings, &Query::default().with_text("  "), &report()),
            ""
        );
        assert_eq!(parse_search("", &report()), UrlState::default());
        assert_eq!(parse_search("?", &report()), UrlState::default());
    }

    #[test]
    fn accepts_repeated_keys_duplicates_and_encoded_commas() {
        let state = parse_search("theme=victims&theme=law%2Cvictims&speaker=vries,,", &report());
        assert_eq!(state.query, Query::new([0, 1], [0]));
        assert!(state.ignored.is_empty());
    }

    #[test]
    fn ignores_unknown_values_and_keys_and_says_which_values() {
        let state = parse_search(
            "?theme=law,nope&speaker=Vries&utm_source=x&speaker=%FF&view=map",
            &report(),
        );
        assert_eq!(state.query, Query::new([0], []));
        assert_eq!(
            state.ignored,
            vec![
                "theme \u{201c}nope\u{201d}",
                "speaker \u{201c}Vries\u{201d}",
                "speaker \u{201c}\u{fffd}\u{201d}",
                "view \u{201c}map\u{201d}"
            ]
        );
    }

    #[test]
    fn ignored_values_are_shortened_for_the_reader() {
        let long = "é".repeat(100);
        let state = parse_search(&format!("theme={long}"), &report());
        assert_eq!(
            state.ignored,
            [format!("theme \u{201c}{}\u{2026}\u{201d}", "é".repeat(40))]
        );
    }

    #[test]
    fn the_report_goes_first_and_is_read_back() {
        let report = report();
        let search = in_report(
            "brussels-2014",
            &to_search(View::Speakers, &Query::new([1], []), &report),
        );
        assert_eq!(search, "?report=brussels-2014&view=speakers&theme=victims");
        let state = parse_search(&search, &report);
        assert_eq!(
            (state.report.as_deref(), state.view),
            (Some("brussels-2014"), View::Speakers)
        );
        assert_eq!(in_report("a b", ""), "?report=a+b");
        assert_eq!(parse_search("theme=law", &report).report, None);
    }

    #[test]
    fn the_last_search_and_view_win_and_plus_means_space() {
        let state = parse_search(
            "q=first&view=report&q=follow+the%20money&view=speakers",
            &report(),
        );
        assert_eq!(state.query.text(), "follow the money");
        assert_eq!(state.view, View::Speakers);
    }

    #[test]
    fn survives_malformed_percent_escapes_and_plus_signs() {
        let state = parse_search("theme=%E2%28&theme=la%w&speaker=+ecat+&&=&theme", &report());
        assert_eq!(state.query, Query::new([], [1]));
        assert_eq!(state.ignored.len(), 2);
    }
}
