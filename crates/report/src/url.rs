//! The filter state as a URL query string: `?theme=a,b&speaker=c`, readable, shareable, forgiving.

use crate::filter::Query;
use crate::model::Report;

/// What a query string asked for: the usable part, and what had to be ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The filters the link chose, limited to values the report knows.
    pub query: Query,
    /// Values the link named that the report does not have, as `theme "x"`.
    pub ignored: Vec<String>,
}

const THEME_KEY: &str = "theme";
const SPEAKER_KEY: &str = "speaker";

/// Reads a query string (with or without its leading `?`). Values may be comma-separated or
/// repeated; unknown keys are skipped and unknown values are listed in [`UrlState::ignored`].
pub fn parse_search(search: &str, report: &Report) -> UrlState {
    let search = search.strip_prefix('?').unwrap_or(search);
    let mut themes = Vec::new();
    let mut speakers = Vec::new();
    let mut ignored = Vec::new();
    for (key, value) in form_urlencoded::parse(search.as_bytes()) {
        let (ids, chosen): (Vec<&str>, &mut Vec<usize>) = match key.as_ref() {
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
                None => ignored.push(format!("{key} \u{201c}{wanted}\u{201d}")),
            }
        }
    }
    UrlState {
        query: Query::new(themes, speakers),
        ignored,
    }
}

/// Writes the query string for a query, in a canonical order: `""` when nothing is chosen.
pub fn to_search(query: &Query, report: &Report) -> String {
    let mut parts = Vec::new();
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
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Meta, Speaker, SpeakerKind, Theme};

    fn report() -> Report {
        let theme = |id: &str| Theme {
            id: id.into(),
            name: id.into(),
            short: id.into(),
        };
        let speaker = |id: &str| Speaker {
            id: id.into(),
            kind: SpeakerKind::Group,
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
            themes: vec![theme("law"), theme("victims"), theme("cooperation")],
            speakers: vec![speaker("vries"), speaker("ecat")],
            findings: Vec::new(),
            narrative: Vec::new(),
        }
    }

    #[test]
    fn round_trips_in_canonical_order() {
        let report = report();
        let query = Query::new([2, 0], [1]);
        let search = to_search(&query, &report);
        assert_eq!(search, "?theme=law,cooperation&speaker=ecat");
        assert_eq!(
            parse_search(&search, &report),
            UrlState {
                query,
                ignored: vec![]
            }
        );
    }

    #[test]
    fn nothing_chosen_is_an_empty_string() {
        assert_eq!(to_search(&Query::default(), &report()), "");
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
            "?theme=law,nope&speaker=Vries&utm_source=x&speaker=%FF",
            &report(),
        );
        assert_eq!(state.query, Query::new([0], []));
        assert_eq!(
            state.ignored,
            vec![
                "theme \u{201c}nope\u{201d}",
                "speaker \u{201c}Vries\u{201d}",
                "speaker \u{201c}\u{fffd}\u{201d}"
            ]
        );
    }

    #[test]
    fn survives_malformed_percent_escapes_and_plus_signs() {
        let state = parse_search("theme=%E2%28&theme=la%w&speaker=+ecat+&&=&theme", &report());
        assert_eq!(state.query, Query::new([], [1]));
        assert_eq!(state.ignored.len(), 2);
    }
}
