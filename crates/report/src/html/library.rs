//! The library page's markup, drawn whole at build time and by the app alike: the site's
//! masthead, the search and filters, and a card per report or the findings a search across
//! reports matches, grouped by report.

use super::contract::class;
use super::{Part, escape_into, highlighted, ids, push_all};
use crate::catalogue::{Catalogue, Listed};
use crate::library::{
    FacetValue, LibraryFinder, LibraryQuery, LibrarySort, library_count, library_facets, search_count, shown,
};
use crate::model::Report;
use crate::numbers::counted;
use crate::search::Terms;
use crate::site::Site;
use crate::url::in_report;
use const_format::concatcp;

/// The library's search field: its id, and the name its value has in links.
pub const LIBRARY_SEARCH: &str = "library-search";

/// How many matching findings a report's group shows before linking to the rest.
pub const MATCHES_SHOWN: usize = 3;

/// The library's page in `#app`: the update banner, the site's masthead, then in `main` the
/// `notice` (HTML), the search and filters for `query`, and what the list says and shows.
pub fn library_page(
    out: &mut String,
    catalogue: &Catalogue,
    query: &LibraryQuery,
    notice: &str,
    listing: &Listing,
) {
    out.push_str(
        "<div class=\"update-banner\" role=\"status\"></div><a class=\"skip-link\" href=\"#main\">Skip to the content</a>\
         <header class=\"masthead library-masthead\"><div class=\"masthead-inner\">",
    );
    library_masthead(out, &catalogue.site);
    out.push_str(concatcp!(
        "</div></header><main id=\"main\" tabindex=\"-1\" class=\"",
        class::LIBRARY.name,
        "\">"
    ));
    out.push_str(notice);
    out.push_str("<div class=\"library-tools\">");
    library_tools(out, catalogue, query);
    push_all(
        out,
        &[
            Part::Markup(concatcp!(
                "</div><p class=\"",
                class::STATUS.name,
                "\" role=\"status\">"
            )),
            Part::Text(&listing.status),
            Part::Markup(concatcp!("</p><div class=\"", class::LIBRARY_RESULTS.name, "\">")),
            Part::Markup(&listing.html),
            Part::Markup("</div></main>"),
        ],
    );
}

/// What the library's list says (`.status`) and shows (`.library-results`, HTML).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    pub status: String,
    pub html: String,
}

/// What the library lists for `query`: its reports, each card linking to `href` of it; or, with
/// a search, the findings of those reports that `finder` has (the reports read so far: `read`
/// of them, `failed` could not be) which match it, grouped by report.
pub fn library_listing(
    catalogue: &Catalogue,
    query: &LibraryQuery,
    finder: &LibraryFinder,
    (read, failed): (usize, usize),
    href: impl Fn(&Listed) -> String,
) -> Listing {
    let shown = shown(catalogue, query);
    let total = catalogue.reports.len();
    if Terms::parse(&query.search).is_empty() {
        let mut html = String::from("<ul class=\"library-list\">");
        library_cards(&mut html, shown.iter().copied(), href);
        html.push_str("</ul>");
        return Listing {
            status: library_count(shown.len(), total, query.sort),
            html,
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
    let mut html = String::new();
    search_results(&mut html, &groups, &matches.terms, &query.search);
    Listing {
        status: search_count(matched, groups.len(), read, failed, total),
        html,
    }
}

/// Appends the inside of the library's masthead (`.masthead-inner`): the publisher (linked when
/// the site file gives an address), the site's title and its introduction.
pub fn library_masthead(out: &mut String, site: &Site) {
    if let Some(publisher) = &site.publisher {
        out.push_str("<p class=\"publisher\">");
        match &site.publisher_link {
            Some(link) => push_all(
                out,
                &[
                    Part::Markup("<a href=\""),
                    Part::Text(link),
                    Part::Markup("\">"),
                    Part::Text(publisher),
                    Part::Markup("</a>"),
                ],
            ),
            None => escape_into(out, publisher),
        }
        out.push_str("</p>");
    }
    push_all(
        out,
        &[
            Part::Markup("<h1>"),
            Part::Text(&site.title),
            Part::Markup("</h1>"),
        ],
    );
    if !site.introduction_html.is_empty() {
        // Written at build time from the site file, every text escaped (see `site::Site`).
        out.push_str("<div class=\"library-intro\">");
        out.push_str(&site.introduction_html);
        out.push_str("</div>");
    }
}

/// Appends one `<select>` of the library's filters: "All …" and each value with its count.
fn select(out: &mut String, name: &str, label: &str, all: &str, values: &[(&str, String)], chosen: &str) {
    push_all(
        out,
        &[
            Part::Markup("<label class=\"library-filter\"><span>"),
            Part::Markup(label),
            Part::Markup("</span><select name=\""),
            Part::Markup(name),
            Part::Markup("\"><option value=\"\">"),
            Part::Markup(all),
            Part::Markup("</option>"),
        ],
    );
    for (value, text) in values {
        push_all(
            out,
            &[
                Part::Markup("<option value=\""),
                Part::Text(value),
                Part::Markup(if *value == chosen { "\" selected>" } else { "\">" }),
                Part::Text(text),
                Part::Markup("</option>"),
            ],
        );
    }
    out.push_str("</select></label>");
}

/// Each value of a facet with its count, as the filter offers it: "2014 (3)".
fn with_count<'c>(values: &[FacetValue<'c>]) -> Vec<(&'c str, String)> {
    values
        .iter()
        .map(|v| (v.value, format!("{} ({})", v.value, v.count)))
        .collect()
}

/// Appends the library's search field and its filters by year and place and its order, each
/// year and place with how many reports choosing it lists.
pub fn library_tools(out: &mut String, catalogue: &Catalogue, query: &LibraryQuery) {
    library_search_field(out, query);
    out.push_str(concatcp!("<div class=\"", class::LIBRARY_FILTERS.name, "\">"));
    library_filters(out, catalogue, query);
    out.push_str("</div>");
}

/// Appends the library's search field, holding the query's search.
pub fn library_search_field(out: &mut String, query: &LibraryQuery) {
    push_all(
        out,
        &[
            Part::Markup(
                "<search class=\"search library-search\"><label for=\"library-search\" class=\"search-label\">Search every report</label>\
                 <div class=\"search-field\"><input id=\"library-search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" \
                 placeholder=\"Words, names or themes\" value=\"",
            ),
            Part::Text(&query.search),
            Part::Markup("\"></div></search>"),
        ],
    );
}

/// Appends the inside of the library's `.library-filters`: the year, the place and the order.
pub fn library_filters(out: &mut String, catalogue: &Catalogue, query: &LibraryQuery) {
    let facets = library_facets(catalogue, query);
    let years = with_count(&facets.years);
    let places = with_count(&facets.places);
    select(
        out,
        "year",
        "Year",
        "All years",
        &years,
        query.year.as_deref().unwrap_or(""),
    );
    select(
        out,
        "place",
        "Place",
        "All places",
        &places,
        query.place.as_deref().unwrap_or(""),
    );
    let orders: Vec<(&str, String)> = LibrarySort::ALL
        .iter()
        .map(|sort| (sort.keyword(), String::from(sort.label())))
        .collect();
    select(
        out,
        "sort",
        "Order",
        LibrarySort::Newest.label(),
        &orders[1..],
        query.sort.keyword(),
    );
}

/// Appends a card per report, in the order given, each linking to `href` of it (its address,
/// `?report=NAME`, or for readers without JavaScript its own page).
pub(crate) fn library_cards<'l>(
    out: &mut String,
    reports: impl IntoIterator<Item = &'l Listed>,
    href: impl Fn(&Listed) -> String,
) {
    for report in reports {
        let meta = &report.meta;
        push_all(
            out,
            &[
                Part::Markup("<li class=\"library-card\"><h2><a href=\""),
                Part::Text(&href(report)),
                Part::Markup("\">"),
                Part::Text(&meta.title),
                Part::Markup("</a></h2>"),
            ],
        );
        if meta.event != meta.title {
            push_all(
                out,
                &[
                    Part::Markup("<p class=\"event\">"),
                    Part::Text(&meta.event),
                    Part::Markup("</p>"),
                ],
            );
        }
        let counts = [
            counted(report.findings, "finding", "findings"),
            counted(report.themes, "theme", "themes"),
            counted(report.speakers, "speaker", "speakers"),
        ]
        .join(" · ");
        when_where(out, report);
        push_all(
            out,
            &[
                Part::Markup("<p class=\"library-counts\">"),
                Part::Text(&counts),
                Part::Markup("</p><p class=\"library-by\">Reported by "),
                Part::Text(&meta.author),
                Part::Markup(" · "),
                Part::Text(&meta.publisher),
                Part::Markup("</p></li>"),
            ],
        );
    }
}

/// Appends a report's place and day.
fn when_where(out: &mut String, report: &Listed) {
    let meta = &report.meta;
    push_all(
        out,
        &[
            Part::Markup("<p class=\"when-where\">"),
            Part::Text(&meta.place),
            Part::Markup(" · <time datetime=\""),
            Part::Text(&meta.date),
            Part::Markup("\">"),
            Part::Text(&meta.date_long),
            Part::Markup("</time></p>"),
        ],
    );
}

/// One report's findings that a search across reports matched (ids, in the report's order).
pub struct Matched<'r> {
    pub listed: &'r Listed,
    pub report: &'r Report,
    pub findings: &'r [&'r str],
}

/// Appends the findings a search across reports matched, grouped by report: each group names
/// its report (linked, with the search) and shows its first [`MATCHES_SHOWN`] findings, each
/// linked to its card in the report, with the search's words marked as inside a report.
pub fn search_results(out: &mut String, groups: &[Matched], terms: &Terms, search: &str) {
    let encoded: String = form_urlencoded::byte_serialize(search.trim().as_bytes()).collect();
    let searched = format!("?q={encoded}");
    out.push_str("<ol class=\"report-matches\">");
    for group in groups {
        let address = in_report(&group.listed.name, &searched);
        push_all(
            out,
            &[
                Part::Markup("<li class=\"report-match\"><h2><a href=\""),
                Part::Text(&address),
                Part::Markup("\">"),
                Part::Text(&group.listed.meta.title),
                Part::Markup("</a></h2>"),
            ],
        );
        when_where(out, group.listed);
        out.push_str("<ul class=\"match-list\">");
        for id in group.findings.iter().take(MATCHES_SHOWN) {
            let Some(finding) = group.report.findings.iter().find(|f| f.id == *id) else {
                continue;
            };
            push_all(
                out,
                &[
                    Part::Markup("<li><a class=\"match-heading\" href=\""),
                    Part::Text(&address),
                    Part::Markup("#"),
                    Part::Text(&ids::finding(id)),
                    Part::Markup("\">"),
                ],
            );
            highlighted(out, &finding.heading, terms);
            out.push_str("</a><p class=\"summary\">");
            highlighted(out, &finding.summary, terms);
            out.push_str("</p></li>");
        }
        out.push_str("</ul>");
        let count = group.findings.len();
        if count > MATCHES_SHOWN {
            push_all(
                out,
                &[
                    Part::Markup("<p class=\"match-more\"><a href=\""),
                    Part::Text(&address),
                    Part::Markup("\">All "),
                    Part::Text(&counted(count, "matching finding", "matching findings")),
                    Part::Markup(" in this report</a></p>"),
                ],
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
}
