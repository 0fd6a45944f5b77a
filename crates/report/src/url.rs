//! The reader's state as a URL query string: `?view=overview&theme=a,b&speaker=c&q=words&order=report`,
//! readable, shareable and forgiving.

use crate::texts::key;
use std::borrow::Cow;

use crate::model::{Report, joined};
use crate::query::{Order, Query};
use crate::search::usable_search;
use crate::word_ids::WordIds;

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

    /// The key of the tab's label in the translation files.
    pub fn label_key(self) -> crate::texts::Key {
        match self {
            Self::Findings => key::VIEW_FINDINGS,
            Self::Overview => key::VIEW_OVERVIEW,
            Self::Speakers => key::VIEW_SPEAKERS,
            Self::Report => key::VIEW_REPORT,
        }
    }
}

/// What a query string asked for: the usable part, and what had to be ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The filters and search the link chose, limited to values the report knows and to the
    /// search's [`usable_search`] part.
    pub query: Query,
    /// The view the link opens.
    pub view: View,
    /// The interface's language the link names (`lang=fr`), if it names one: two or three
    /// lowercase letters, whether or not the site has it.
    pub lang: Option<String>,
    /// What the link asked for that could not be used, as the reader is told of it.
    pub ignored: Ignored,
}

/// How many of the values a link names that the report does not have are listed; the rest are
/// counted.
pub const LISTED: usize = 5;

/// What a link asked for that could not be used, kept short however long the link: each value
/// once, however often the link names it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ignored {
    /// The first [`LISTED`] values the report does not have, as `theme "x"`, each [`shortened`].
    pub listed: Vec<String>,
    /// How many more such values there were, each counted once.
    pub more: usize,
    /// Whether the search was cut to its [`usable_search`] part.
    pub search_cut: bool,
}

impl Ignored {
    /// True when the link could be used whole.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty() && !self.search_cut
    }

    /// Notes a value for `key` that cannot be used, once however often the link names it:
    /// listed if among the first [`LISTED`], counted if not. `seen` holds the values noted so far.
    pub(crate) fn note(&mut self, seen: &mut WordIds, key: &str, value: &str) {
        let noted = seen.len();
        if seen.add(&format!("{key}={value}")) as usize != noted {
            return;
        }
        if self.listed.len() < LISTED {
            self.listed
                .push(format!("{key} \u{201c}{}\u{201d}", shortened(value)));
        } else {
            self.more += 1;
        }
    }
}

const THEME_KEY: &str = "theme";
const SPEAKER_KEY: &str = "speaker";
const SEARCH_KEY: &str = "q";
const VIEW_KEY: &str = "view";
const REPORT_KEY: &str = "report";
const LANG_KEY: &str = "lang";
const ORDER_KEY: &str = "order";

/// A value from a link as the reader is told about it: at most 40 characters, then "…".
pub fn shortened(value: &str) -> String {
    match value.char_indices().nth(40) {
        Some((cut, _)) => format!("{}\u{2026}", &value[..cut]),
        None => value.to_owned(),
    }
}

/// The values a link chose for one filter (themes or speakers): each looked up once among the
/// report's ids, sorted once, by binary search, and each chosen at most once.
struct FilterChoice<'a> {
    /// The report's ids, sorted, with their indexes.
    ids: Vec<(&'a str, usize)>,
    /// Whether each index is chosen.
    chosen: Vec<bool>,
}

impl<'a> FilterChoice<'a> {
    fn new(ids: impl ExactSizeIterator<Item = &'a str>) -> Self {
        let chosen = vec![false; ids.len()];
        let mut ids: Vec<(&str, usize)> = ids.zip(0..).collect();
        crate::sort::sort_by_key_unstable(&mut ids, |&(id, _)| id);
        Self { ids, chosen }
    }

    /// Chooses the value with id `wanted`, if the report has one.
    fn choose(&mut self, wanted: &str) -> bool {
        match self.ids.binary_search_by(|&(id, _)| id.cmp(wanted)) {
            Ok(at) => {
                self.chosen[self.ids[at].1] = true;
                true
            }
            Err(_) => false,
        }
    }

    /// The chosen indexes, in order.
    fn chosen(&self) -> impl Iterator<Item = usize> {
        self.chosen
            .iter()
            .enumerate()
            .filter(|(_, c)| **c)
            .map(|(index, _)| index)
    }
}

/// Reads a query string (with or without its leading `?`). Themes and speakers may be
/// comma-separated or repeated; the last search, view and order win; an order without a search
/// is the default one (there is nothing to rank); unknown keys are skipped and unknown values
/// noted in [`UrlState::ignored`], each once (told apart by hashing as they are read). Linear in
/// the query string's length, and bounded in what it keeps: each filter value at most once,
/// [`LISTED`] unknown values and a count of the rest, and the search's [`usable_search`] part.
pub fn parse_search(search: &str, report: &Report) -> UrlState {
    let search = search.strip_prefix('?').unwrap_or(search);
    let mut themes = FilterChoice::new(report.themes.iter().map(|t| t.id.as_str()));
    let mut speakers = FilterChoice::new(report.speakers.iter().map(|s| s.id.as_str()));
    let mut text = Cow::Borrowed("");
    let mut view = View::default();
    let mut lang = None;
    let mut order = Order::default();
    let (mut ignored, mut seen) = (Ignored::default(), WordIds::default());
    for (key, value) in form_urlencoded::parse(search.as_bytes()) {
        let filter = match key.as_ref() {
            SEARCH_KEY => {
                text = value;
                continue;
            }
            // Which report a site of several shows is public/boot.js's to read.
            REPORT_KEY => continue,
            LANG_KEY => {
                lang = language_code(&value).map(str::to_owned);
                continue;
            }
            VIEW_KEY => {
                match View::ALL.into_iter().find(|v| v.keyword() == value.trim()) {
                    Some(chosen) => view = chosen,
                    None => ignored.note(&mut seen, VIEW_KEY, &value),
                }
                continue;
            }
            ORDER_KEY => {
                match Order::ALL.into_iter().find(|o| o.keyword() == value.trim()) {
                    Some(chosen) => order = chosen,
                    None => ignored.note(&mut seen, ORDER_KEY, &value),
                }
                continue;
            }
            THEME_KEY => &mut themes,
            SPEAKER_KEY => &mut speakers,
            _ => continue,
        };
        for wanted in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
            if !filter.choose(wanted) {
                ignored.note(&mut seen, &key, wanted);
            }
        }
    }
    let (text, search_cut) = usable_search(&text);
    ignored.search_cut = search_cut;
    let query = Query::new(themes.chosen(), speakers.chosen()).with_text(text);
    if query.text().is_empty() {
        order = Order::default();
    }
    UrlState {
        query: query.with_order(order),
        view,
        lang,
        ignored,
    }
}

/// `value` as a language code if it is one (two or three lowercase ASCII letters, as `lang=`
/// gives it): "fr", "pl".
pub fn language_code(value: &str) -> Option<&str> {
    let value = value.trim();
    let letters = value.len();
    ((2..=3).contains(&letters) && value.bytes().all(|b| b.is_ascii_lowercase())).then_some(value)
}

/// Ends a query string with `lang=LL` when a link named the language `lang`: `("", Some("fr"))`
/// gives `"?lang=fr"`, `("?view=report", Some("fr"))` gives `"?view=report&lang=fr"`.
pub fn with_lang(search: String, lang: Option<&str>) -> String {
    match lang {
        None => search,
        Some(lang) if search.is_empty() => format!("?{LANG_KEY}={lang}"),
        Some(lang) => format!("{search}&{LANG_KEY}={lang}"),
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
/// view with nothing chosen. The order is written only when it is not the default, which it
/// can be only for a search: `order=report` after the search.
pub fn to_search(view: View, query: &Query, report: &Report) -> String {
    let mut parts = Vec::new();
    if view != View::Findings {
        parts.push(format!("{VIEW_KEY}={}", view.keyword()));
    }
    if !query.themes().is_empty() {
        let ids = joined(query.themes(), ",", &|t| report.themes[t].id.as_str().into());
        parts.push(format!("{THEME_KEY}={ids}"));
    }
    if !query.speakers().is_empty() {
        let ids = joined(query.speakers(), ",", &|s| report.speakers[s].id.as_str().into());
        parts.push(format!("{SPEAKER_KEY}={ids}"));
    }
    let text = query.text().trim();
    if !text.is_empty() {
        let encoded: String = form_urlencoded::byte_serialize(text.as_bytes()).collect();
        parts.push(format!("{SEARCH_KEY}={encoded}"));
        if query.order() != Order::default() {
            parts.push(format!("{ORDER_KEY}={}", query.order().keyword()));
        }
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
                lang: None,
                ignored: Ignored::default()
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
    fn a_search_of_only_invisible_characters_is_no_search() {
        let report = report();
        assert_eq!(
            parse_search("q=%E2%80%8B%C2%AD%EF%BB%BF&order=report", &report),
            UrlState::default()
        );
        let hidden = parse_search("q=traf%E2%80%8Bficking", &report).query;
        assert_eq!(hidden.text(), "traf\u{200B}ficking");
        assert_eq!(
            to_search(View::Findings, &hidden, &report),
            "?q=traf%E2%80%8Bficking"
        );
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
            state.ignored.listed,
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
            state.ignored.listed,
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
        assert_eq!((state.view, state.query), (View::Speakers, Query::new([1], [])));
        assert!(
            state.ignored.listed.is_empty(),
            "the report's name is not a value to ignore"
        );
        assert_eq!(in_report("a b", ""), "?report=a+b");
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
    fn each_unknown_value_is_named_once_and_counted_once() {
        let repeated = "theme=t&".repeat(200_000);
        let state = parse_search(
            &format!("{repeated}theme=a,b,c,d,e,f,a&speaker=t&theme=g,law"),
            &report(),
        );
        assert_eq!(state.query, Query::new([0], []));
        let named = ["t", "a", "b", "c", "d"].map(|v| format!("theme \u{201c}{v}\u{201d}"));
        assert_eq!(
            state.ignored,
            Ignored {
                listed: named.to_vec(),
                more: 4,
                search_cut: false
            },
            "e, f, g and speaker t (not theme t) more; a and t once each"
        );
    }

    #[test]
    fn survives_malformed_percent_escapes_and_plus_signs() {
        let state = parse_search("theme=%E2%28&theme=la%w&speaker=+ecat+&&=&theme", &report());
        assert_eq!(state.query, Query::new([], [1]));
        assert_eq!(state.ignored.listed.len(), 2);
    }

    /// A link of about 1 MiB in each shape that once took time growing with its square.
    fn huge_links() -> [String; 6] {
        let many = 100_000;
        [
            format!("q={}", "word ".repeat(many * 2)),
            (0..many).map(|n| format!("theme=t{n}&")).collect(),
            format!(
                "theme={}",
                (0..many)
                    .map(|n| format!("t{n},law"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            format!("report={}", "r".repeat(1 << 20)),
            (0..many).map(|n| format!("k{n}=v&")).collect(),
            "view=map&".repeat(many),
        ]
    }

    #[test]
    fn what_a_huge_link_leaves_is_bounded_and_says_what_was_cut() {
        let report = report();
        let [search, keys, values, named, unknown, views] =
            huge_links().map(|link| parse_search(&link, &report));
        assert_eq!(search.query.text(), "word ".repeat(SEARCH_WORDS).trim());
        assert_eq!(
            search.ignored,
            Ignored {
                search_cut: true,
                ..Ignored::default()
            }
        );
        for (state, more) in [(&keys, 100_000 - LISTED), (&values, 100_000 - LISTED)] {
            assert_eq!((state.ignored.listed.len(), state.ignored.more), (LISTED, more));
        }
        assert_eq!(
            views.ignored,
            Ignored {
                listed: vec![String::from("view \u{201c}map\u{201d}")],
                ..Ignored::default()
            },
            "named once however often the link names it"
        );
        assert_eq!(keys.ignored.listed[0], "theme \u{201c}t0\u{201d}");
        assert_eq!(values.query, Query::new([0], []));
        assert_eq!(named, UrlState::default());
        assert_eq!(unknown, UrlState::default());
    }

    #[test]
    fn the_report_order_is_written_after_a_search_and_read_back() {
        let report = report();
        let query = Query::new([0], []).with_text("money").with_order(Order::Report);
        let search = to_search(View::Findings, &query, &report);
        assert_eq!(search, "?theme=law&q=money&order=report");
        assert_eq!(parse_search(&search, &report).query, query);
        let ranked = query.with_order(Order::Relevance);
        assert_eq!(to_search(View::Findings, &ranked, &report), "?theme=law&q=money");
        assert_eq!(
            parse_search("q=money&order=relevance", &report).query,
            ranked.with_theme(0, false)
        );
        assert_eq!(
            parse_search("order=report&q=money", &report).query.order(),
            Order::Report,
            "in any place"
        );
    }

    #[test]
    fn an_order_without_a_search_is_the_default_and_an_unknown_one_is_said() {
        let report = report();
        let unsearched = Query::new([1], []).with_order(Order::Report);
        assert_eq!(to_search(View::Findings, &unsearched, &report), "?theme=victims");
        assert_eq!(
            parse_search("order=report&theme=victims", &report).query,
            Query::new([1], [])
        );
        assert_eq!(parse_search("order=report&q=+", &report).query, Query::default());
        let state = parse_search("q=money&order=best", &report);
        assert_eq!(state.query, Query::default().with_text("money"));
        assert_eq!(state.ignored.listed, ["order \u{201c}best\u{201d}"]);
        let state = parse_search("q=money&order=report&order=relevance", &report);
        assert_eq!(state.query.order(), Order::Relevance, "the last order wins");
    }

    #[test]
    fn shortened_values_keep_40_characters() {
        assert_eq!(shortened(&"é".repeat(40)), "é".repeat(40));
        assert_eq!(shortened(&"é".repeat(41)), format!("{}\u{2026}", "é".repeat(40)));
        assert_eq!(shortened("brussels"), "brussels");
    }
}
