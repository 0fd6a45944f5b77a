//! The library page's state: which reports it lists (a year, a place), in what order, and the
//! search across their findings, as a forgiving query string.

mod across;
mod listing;

pub use across::{LibraryFinder, Matches, ReportMatches, search_reports};
pub use listing::{FacetValue, LibraryFacets, library_facets, shown, year_of};

use crate::texts::key;
use std::borrow::Cow;

use crate::catalogue::Catalogue;
use crate::search::usable_search;
use crate::texts::Texts;
use crate::url::Ignored;
use crate::word_ids::WordIds;

/// The order the library lists its reports in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LibrarySort {
    /// Newest first (by date, then by title).
    #[default]
    Newest,
    /// By title, as search folds it (case and accents aside), then newest first.
    Title,
}

impl LibrarySort {
    /// Every order, as the library offers them.
    pub const ALL: [LibrarySort; 2] = [Self::Newest, Self::Title];

    /// The word for the order in links.
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Title => "title",
        }
    }

    /// The key of the label readers see, in the translation files.
    pub fn label_key(self) -> crate::texts::Key {
        match self {
            Self::Newest => key::LIBRARY_NEWEST,
            Self::Title => key::LIBRARY_BY_TITLE,
        }
    }
}

/// What the library says it lists: "30 reports, the newest first", "12 of 30 reports, by title".
pub fn library_count(texts: &Texts, shown: usize, total: usize, sort: LibrarySort) -> String {
    let key = match (shown == total, sort) {
        (true, LibrarySort::Newest) => key::LIBRARY_LISTED_NEWEST,
        (true, LibrarySort::Title) => key::LIBRARY_LISTED_TITLE,
        (false, LibrarySort::Newest) => key::LIBRARY_SOME_NEWEST,
        (false, LibrarySort::Title) => key::LIBRARY_SOME_TITLE,
    };
    let reports = texts.count(key::LIBRARY_REPORTS, total, &[]);
    texts.fill(key, &[("reports", &reports), ("shown", &texts.number(shown))])
}

/// What a search across reports says it found: "12 findings in 3 reports match every word",
/// and while the reports' data is still being read, how far that has got; or which could not be read.
pub fn search_count(
    texts: &Texts,
    findings: usize,
    reports: usize,
    (read, failed, total): (usize, usize, usize),
) -> String {
    let mut said = if reports == 0 {
        texts.text(key::LIBRARY_NO_MATCH).to_owned()
    } else {
        let found = texts.count(key::FINDINGS_COUNT, findings, &[]);
        let reports = texts.count(key::LIBRARY_REPORTS, reports, &[]);
        texts.count(
            key::LIBRARY_MATCHED,
            findings,
            &[("findings", &found), ("reports", &reports)],
        )
    };
    said.push(' ');
    if read + failed < total {
        let read = texts.number(read);
        said.push_str(&texts.count(key::LIBRARY_SEARCHING, total, &[("read", &read)]));
    } else if failed > 0 {
        said.push_str(&texts.count(key::LIBRARY_FAILED, failed, &[]));
    }
    said.truncate(said.trim_end().len());
    said
}

/// What the reader has asked the library for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryQuery {
    /// Only reports of this year (the first four characters of their date), if chosen.
    pub year: Option<String>,
    /// Only reports of this place, exactly as the reports write it, if chosen.
    pub place: Option<String>,
    /// The order of the list.
    pub sort: LibrarySort,
    /// Words to look for in the findings of every report listed ([`search_reports`]).
    pub search: String,
}

/// What a library query string asked for: the usable part, and what had to be ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryState {
    /// The year, place and order the link chose, limited to those the catalogue has, and the
    /// search's [`usable_search`] part.
    pub query: LibraryQuery,
    /// What the link asked for that could not be used, as the reader is told of it.
    pub ignored: Ignored,
}

const YEAR_KEY: &str = "year";
const PLACE_KEY: &str = "place";
const SORT_KEY: &str = "sort";
const SEARCH_KEY: &str = "q";

/// The distinct values of the catalogue's reports for one facet, sorted, to look links up in.
fn known<'c>(catalogue: &'c Catalogue, value: impl Fn(&'c crate::Listed) -> &'c str) -> Vec<&'c str> {
    let mut values: Vec<&str> = catalogue.reports.iter().map(value).collect();
    crate::sort::sort_by_key_unstable(&mut values, |&v| v);
    values.dedup();
    values
}

/// Reads the library's query string (with or without its leading `?`): `year`, `place`, `sort`
/// and `q`, the last of each winning. A year or place no report has, or an order the library
/// does not know, is noted in [`LibraryState::ignored`]; `report` (which report a site shows
/// is public/boot.js's to read) and unknown keys are skipped. Linear in the query string's
/// length, and bounded in what it keeps, as [`crate::parse_search`] is.
pub fn parse_library_search(search: &str, catalogue: &Catalogue) -> LibraryState {
    let search = search.strip_prefix('?').unwrap_or(search);
    let years = known(catalogue, |listed| year_of(listed));
    let places = known(catalogue, |listed| listed.meta.place.as_str());
    let (mut state, mut seen) = (LibraryState::default(), WordIds::default());
    let mut text = Cow::Borrowed("");
    for (key, value) in form_urlencoded::parse(search.as_bytes()) {
        let wanted = value.trim();
        let (chosen, among) = match key.as_ref() {
            SEARCH_KEY => {
                text = value;
                continue;
            }
            SORT_KEY => {
                match LibrarySort::ALL.into_iter().find(|s| s.keyword() == wanted) {
                    Some(sort) => state.query.sort = sort,
                    None => state.ignored.note(&mut seen, SORT_KEY, &value),
                }
                continue;
            }
            YEAR_KEY => (&mut state.query.year, &years),
            PLACE_KEY => (&mut state.query.place, &places),
            _ => continue,
        };
        if among.binary_search(&wanted).is_ok() {
            *chosen = Some(wanted.to_owned());
        } else {
            state.ignored.note(&mut seen, &key, wanted);
        }
    }
    let (text, search_cut) = usable_search(&text);
    state.query.search = text.to_owned();
    state.ignored.search_cut = search_cut;
    state
}

/// Writes the library's query string in a canonical order, `?year=2014&place=Brussels&sort=title&q=…`,
/// leaving out what is as it is by default: `""` when nothing is chosen.
pub fn to_library_search(query: &LibraryQuery) -> String {
    let encoded = |value: &str| form_urlencoded::byte_serialize(value.as_bytes()).collect::<String>();
    let mut parts = Vec::new();
    if let Some(year) = &query.year {
        parts.push(format!("{YEAR_KEY}={}", encoded(year)));
    }
    if let Some(place) = &query.place {
        parts.push(format!("{PLACE_KEY}={}", encoded(place)));
    }
    if query.sort != LibrarySort::default() {
        parts.push(format!("{SORT_KEY}={}", query.sort.keyword()));
    }
    let text = query.search.trim();
    if !text.is_empty() {
        parts.push(format!("{SEARCH_KEY}={}", encoded(text)));
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
    use crate::search::SEARCH_WORDS;
    use crate::testing::catalogue;

    #[test]
    fn the_library_says_how_many_reports_it_lists_and_in_what_order() {
        let t = &Texts::english();
        assert_eq!(
            library_count(t, 30, 30, LibrarySort::Newest),
            "30 reports, the newest first"
        );
        assert_eq!(library_count(t, 1, 1, LibrarySort::Title), "1 report, by title");
        assert_eq!(
            library_count(t, 12, 1_300, LibrarySort::Title),
            "12 of 1,300 reports, by title"
        );
    }

    #[test]
    fn a_search_across_reports_says_what_it_found_and_how_far_it_has_read() {
        let t = &Texts::english();
        assert_eq!(
            search_count(t, 12, 3, (30, 0, 30)),
            "12 findings in 3 reports match every word"
        );
        assert_eq!(
            search_count(t, 1, 1, (30, 0, 30)),
            "1 finding in 1 report matches every word"
        );
        assert_eq!(
            search_count(t, 0, 0, (12, 0, 300)),
            "No finding matches every word (searching: 12 of 300 reports read)"
        );
        assert_eq!(
            search_count(t, 2, 1, (28, 2, 30)),
            "2 findings in 1 report match every word (2 reports could not be read: try again when online)"
        );
    }

    fn sample() -> Catalogue {
        catalogue(&[
            ("a", "Harbour", "2014-11-27", "Brussels"),
            ("b", "Lamps", "2016-03-01", "New York"),
            ("c", "Tides", "2014-01-09", "Évora"),
        ])
    }

    fn query(year: Option<&str>, place: Option<&str>, sort: LibrarySort, search: &str) -> LibraryQuery {
        LibraryQuery {
            year: year.map(String::from),
            place: place.map(String::from),
            sort,
            search: search.into(),
        }
    }

    #[test]
    fn round_trips_in_canonical_order() {
        let catalogue = sample();
        for (query, written) in [
            (
                query(
                    Some("2014"),
                    Some("Évora"),
                    LibrarySort::Title,
                    "Genève & “money”",
                ),
                "?year=2014&place=%C3%89vora&sort=title&q=Gen%C3%A8ve+%26+%E2%80%9Cmoney%E2%80%9D",
            ),
            (
                query(None, Some("New York"), LibrarySort::Newest, ""),
                "?place=New+York",
            ),
            (
                query(Some("2016"), None, LibrarySort::Newest, "tide"),
                "?year=2016&q=tide",
            ),
            (LibraryQuery::default(), ""),
        ] {
            assert_eq!(to_library_search(&query), written);
            assert_eq!(
                parse_library_search(written, &catalogue),
                LibraryState {
                    query,
                    ignored: Ignored::default()
                }
            );
        }
    }

    #[test]
    fn defaults_and_blank_searches_write_nothing() {
        assert_eq!(
            to_library_search(&query(None, None, LibrarySort::Newest, "  ")),
            ""
        );
        assert_eq!(parse_library_search("?", &sample()), LibraryState::default());
        assert_eq!(
            parse_library_search("?sort=newest", &sample()),
            LibraryState::default(),
            "the default order may be written"
        );
    }

    #[test]
    fn unknown_years_places_and_orders_are_ignored_and_named() {
        let state = parse_library_search(
            "?report=a&year=1999&place=brussels&sort=oldest&theme=x&place=+Brussels+&year=2014&year=1999\
             &sort=oldest",
            &sample(),
        );
        assert_eq!(
            state.query,
            query(Some("2014"), Some("Brussels"), LibrarySort::Newest, "")
        );
        assert_eq!(
            state.ignored.listed,
            [
                "year \u{201c}1999\u{201d}",
                "place \u{201c}brussels\u{201d}",
                "sort \u{201c}oldest\u{201d}"
            ],
            "places are matched exactly as written; the report's name is not the library's; each once"
        );
    }

    #[test]
    fn the_last_value_of_each_key_wins_and_plus_means_space() {
        let state = parse_library_search(
            "q=first&sort=title&q=follow+the%20money&year=2016&year=2014",
            &sample(),
        );
        assert_eq!(
            state.query,
            query(Some("2014"), None, LibrarySort::Title, "follow the money")
        );
        assert!(state.ignored.is_empty());
    }

    #[test]
    fn what_a_huge_link_leaves_is_bounded() {
        let many = 100_000;
        let years: String = (0..many).map(|n| format!("year=y{n}&")).collect();
        let state = parse_library_search(&years, &sample());
        assert_eq!(state.query, LibraryQuery::default());
        assert_eq!(
            (state.ignored.listed.len(), state.ignored.more),
            (crate::LISTED, many - crate::LISTED)
        );
        let words = format!("q={}", "word ".repeat(many));
        let state = parse_library_search(&words, &sample());
        assert_eq!(state.query.search, "word ".repeat(SEARCH_WORDS).trim());
        assert!(state.ignored.search_cut);
    }
}
