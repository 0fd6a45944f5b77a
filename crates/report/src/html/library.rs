//! The library page's markup, drawn whole at build time and by the app alike: the site's
//! masthead, the search and filters, and a card per report or the findings a search across
//! reports matches, grouped by report.

use crate::texts::key;
use maud::{Markup, html};

use super::contract::{class, ids};
use super::{highlighted, ignored_notice};
use crate::catalogue::{Catalogue, Listed};
use crate::library::{
    FacetValue, LibraryFinder, LibraryQuery, LibrarySort, library_count, library_facets, search_count, shown,
};
use crate::model::{Meta, Report};
use crate::search::Terms;
use crate::site::Site;
use crate::texts::Texts;
use crate::url::{Ignored, in_report, shortened, with_lang};

/// The library's search field: its id, and the name its value has in links.
pub const LIBRARY_SEARCH: &str = "library-search";

/// How many matching findings a report's group shows before linking to the rest.
pub const MATCHES_SHOWN: usize = 3;

/// The library's page in `#app`: the update banner, the site's masthead, then in `main` the
/// `notice`, the search and filters for `query`, and what the list says and shows, and the inside
/// of the footer when there is one.
pub fn library_page(
    texts: &Texts,
    catalogue: &Catalogue,
    query: &LibraryQuery,
    notice: &Markup,
    listing: &Listing,
    footer: Option<&Markup>,
) -> Markup {
    html! {
        div class="update-banner" role="status" {}
        a class="skip-link" href={ "#" (ids::MAIN) } { (texts.text(key::PAGE_SKIP)) }
        header class="masthead library-masthead" {
            div class="masthead-inner" { (library_masthead(&catalogue.site)) }
        }
        main id=(ids::MAIN) tabindex="-1" class=(class::LIBRARY.name) {
            (notice)
            div class="library-tools" { (library_tools(texts, catalogue, query)) }
            p class=(class::STATUS.name) role="status" { (listing.status) }
            div class=(class::LIBRARY_RESULTS.name) { (listing.html) }
        }
        @if let Some(footer) = footer {
            footer class="site-footer" { (footer) }
        }
    }
}

/// The notices above the library: that the site has no report named `unknown` (as a link named
/// it), and what else the link asked for that could not be used.
pub fn library_notice(texts: &Texts, unknown: Option<&str>, ignored: &Ignored) -> Markup {
    html! {
        @if let Some(name) = unknown {
            p class="notice" { (texts.fill(key::NOTICE_NO_REPORT, &[("name", &shortened(name))])) }
        }
        (ignored_notice(texts, ignored, key::NOTICE_THIS_LIBRARY))
    }
}

/// What the library's list says (`.status`) and shows (`.library-results`).
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub status: String,
    pub html: Markup,
}

/// What the library lists for `query`: its reports, each card linking to `href` of it; or, with
/// a search, the findings of those reports that `finder` has (the reports read so far: `read`
/// of them, `failed` could not be) which match it, grouped by report, each linked with `lang=`
/// when the page's link named the language `lang`.
pub fn library_listing(
    (texts, lang): (&Texts, Option<&str>),
    catalogue: &Catalogue,
    query: &LibraryQuery,
    finder: &LibraryFinder,
    (read, failed): (usize, usize),
    href: impl Fn(&Listed) -> String,
) -> Listing {
    let shown = shown(catalogue, query);
    let total = catalogue.reports.len();
    if Terms::parse(&query.search).is_empty() {
        return Listing {
            status: library_count(texts, shown.len(), total, query.sort),
            html: library_list(texts, shown.iter().copied(), href),
        };
    }
    let matches = finder.search(&query.search);
    let groups: Vec<Matched> = shown
        .iter()
        .filter_map(|&listed| {
            let found = matches.reports.iter().find(|m| m.name == listed.name)?;
            Some(Matched {
                listed,
                report: finder.report(&listed.name)?,
                findings: &found.findings,
            })
        })
        .collect();
    let matched = groups.iter().map(|group| group.findings.len()).sum();
    Listing {
        status: search_count(texts, matched, groups.len(), (read, failed, total)),
        html: search_results((texts, lang), &groups, &matches.terms, &query.search),
    }
}

/// The inside of the library's masthead (`.masthead-inner`): the publisher (linked when the
/// site file gives an address), the site's title and its introduction.
fn library_masthead(site: &Site) -> Markup {
    html! {
        @if let Some(publisher) = &site.publisher {
            p class="publisher" {
                @match &site.publisher_link {
                    Some(link) => a href=(link) { (publisher) },
                    None => (publisher),
                }
            }
        }
        h1 { (site.title) }
        @if !site.introduction_html.is_empty() {
            div class="library-intro" { (site.introduction_html) }
        }
    }
}

/// One `<select>` of the library's filters, named `name`, with its `options`.
fn select(name: &str, label: &str, options: &Markup) -> Markup {
    html! {
        label class="library-filter" {
            span { (label) }
            select name=(name) { (options) }
        }
    }
}

/// The `<option>`s of a select: "All …" and each value, `chosen` selected.
fn options(all: &str, values: &[(&str, String)], chosen: &str) -> Markup {
    html! {
        option value="" { (all) }
        @for (value, text) in values {
            option value=(value) selected[*value == chosen] { (text) }
        }
    }
}

/// Each value of a facet with its count, as the filter offers it: "2014 (3)".
fn with_count<'c>(values: &[FacetValue<'c>]) -> Vec<(&'c str, String)> {
    values
        .iter()
        .map(|v| (v.value, format!("{} ({})", v.value, v.count)))
        .collect()
}

/// The library's search field and its filters by year and place and its order, each year and
/// place with how many reports choosing it lists.
fn library_tools(texts: &Texts, catalogue: &Catalogue, query: &LibraryQuery) -> Markup {
    html! {
        search class="search library-search" {
            label for=(LIBRARY_SEARCH) class="search-label" { (texts.text(key::LIBRARY_SEARCH)) }
            div class="search-field" {
                input id=(LIBRARY_SEARCH) type="search" autocomplete="off" spellcheck="false"
                    placeholder=(texts.text(key::FINDINGS_PLACEHOLDER)) value=(query.search);
            }
        }
        div class=(class::LIBRARY_FILTERS.name) { (library_filters(texts, catalogue, query)) }
    }
}

/// The inside of the library's `.library-filters`: the year, the place and the order.
fn library_filters(texts: &Texts, catalogue: &Catalogue, query: &LibraryQuery) -> Markup {
    let labels = [key::LIBRARY_YEAR, key::LIBRARY_PLACE, key::LIBRARY_ORDER];
    html! {
        @for ((name, options), label) in library_options(texts, catalogue, query).iter().zip(labels) {
            (select(name, texts.text(label), options))
        }
    }
}

/// The options of each of the library's selects, by name, for `query`: each year and place with
/// how many reports choosing it lists, and the orders. The app puts them in the selects in place
/// as a choice changes the counts, so that the select the reader is on stays as it is.
pub fn library_options(
    texts: &Texts,
    catalogue: &Catalogue,
    query: &LibraryQuery,
) -> [(&'static str, Markup); 3] {
    let facets = library_facets(catalogue, query);
    let orders: Vec<(&str, String)> = LibrarySort::ALL
        .iter()
        .map(|sort| (sort.keyword(), String::from(texts.text(sort.label_key()))))
        .collect();
    let t = |key| texts.text(key);
    let year = query.year.as_deref().unwrap_or("");
    let place = query.place.as_deref().unwrap_or("");
    [
        (
            "year",
            options(t(key::LIBRARY_ALL_YEARS), &with_count(&facets.years), year),
        ),
        (
            "place",
            options(t(key::LIBRARY_ALL_PLACES), &with_count(&facets.places), place),
        ),
        (
            "sort",
            options(
                t(LibrarySort::Newest.label_key()),
                &orders[1..],
                query.sort.keyword(),
            ),
        ),
    ]
}

/// A `<ul>` of a card per report, in the order given, each linking to `href` of it (its address,
/// `?report=NAME`, or for readers without JavaScript its own page).
pub(crate) fn library_list<'l>(
    texts: &Texts,
    reports: impl IntoIterator<Item = &'l Listed>,
    href: impl Fn(&Listed) -> String,
) -> Markup {
    html! {
        ul class="library-list" {
            @for report in reports {
                @let (lang, dir) = words_of(texts, &report.meta);
                li class="library-card" {
                    h2 { a href=(href(report)) lang=[lang] dir=(dir) { (report.meta.title) } }
                    @if report.meta.event != report.meta.title {
                        p class="event" lang=[lang] dir=(dir) { (report.meta.event) }
                    }
                    (when_where(texts, report))
                    p class="library-counts" { (counts(texts, report)) }
                    p class="library-by" {
                        (texts.fill(key::LIBRARY_REPORTED_BY, &[
                            ("author", &report.meta.author),
                            ("publisher", &report.meta.publisher),
                        ]))
                    }
                }
            }
        }
    }
}

/// How many findings, themes and speakers a report has, in words.
fn counts(texts: &Texts, report: &Listed) -> String {
    [
        texts.count(key::FINDINGS_COUNT, report.findings, &[]),
        texts.count(key::LIBRARY_THEMES, report.themes, &[]),
        texts.count(key::LIBRARY_SPEAKERS, report.speakers, &[]),
    ]
    .join(" · ")
}

/// The `lang` and `dir` of a report's words: its language when the interface speaks another.
fn words_of<'m>(texts: &Texts, meta: &'m Meta) -> (Option<&'m str>, &'static str) {
    let lang = (meta.language != texts.lang()).then_some(meta.language.as_str());
    (lang, meta.writing_direction())
}

/// A report's place and day.
fn when_where(texts: &Texts, report: &Listed) -> Markup {
    let meta = &report.meta;
    let (lang, dir) = words_of(texts, meta);
    html! {
        p class="when-where" {
            span lang=[lang] dir=(dir) { (meta.place) }
            " · " time datetime=(meta.date) { (texts.long_date(&meta.date)) }
        }
    }
}

/// One report's findings that a search across reports matched (ids, in the report's order).
pub struct Matched<'r> {
    pub listed: &'r Listed,
    pub report: &'r Report,
    pub findings: &'r [&'r str],
}

/// The findings a search across reports matched, grouped by report: each group names its report
/// (linked, with the search) and shows its first [`MATCHES_SHOWN`] findings, each linked to its
/// card in the report, with the search's words marked as inside a report.
fn search_results(
    (texts, lang): (&Texts, Option<&str>),
    groups: &[Matched],
    terms: &Terms,
    search: &str,
) -> Markup {
    let encoded: String = form_urlencoded::byte_serialize(search.trim().as_bytes()).collect();
    let searched = format!("?q={encoded}");
    html! {
        ol class="report-matches" {
            @for group in groups {
                @let address = with_lang(in_report(&group.listed.name, &searched), lang);
                @let count = group.findings.len();
                @let (words_lang, dir) = words_of(texts, &group.listed.meta);
                li class="report-match" {
                    h2 { a href=(address) lang=[words_lang] dir=(dir) { (group.listed.meta.title) } }
                    (when_where(texts, group.listed))
                    ul class="match-list" {
                        @for id in group.findings.iter().take(MATCHES_SHOWN) {
                            @if let Some(finding) = group.report.findings.iter().find(|f| f.id == *id) {
                                li {
                                    a class="match-heading" href={ (address) "#" (ids::finding(id)) } lang=[words_lang] dir=(dir) {
                                        (highlighted(finding.heading(), terms))
                                    }
                                    p class="summary" lang=[words_lang] dir=(dir) { (highlighted(finding.summary(), terms)) }
                                }
                            }
                        }
                    }
                    @if count > MATCHES_SHOWN {
                        p class="match-more" {
                            a href=(address) {
                                (texts.count(key::LIBRARY_MATCHING, count, &[]))
                            }
                        }
                    }
                }
            }
        }
    }
}
