//! The page as first drawn, made at build time for `index.html`: a lone report's masthead, tabs,
//! filters and first findings, or the library of several, readable before (and without)
//! JavaScript and WebAssembly. It has the app's markup, so the app takes over without a jump.

use crate::texts::key;
use maud::{Markup, PreEscaped, html};

use super::contract::ids;
use super::library::library_list;
use super::{
    Cite, FindingsSection, Links, drawn, filter_panel, finding_list, findings_layout, findings_section,
    first_asked, library_listing, library_page, report_frame,
};

use crate::catalogue::{Catalogue, Listed};
use crate::finder::Finder;
use crate::library::{LibraryFinder, LibraryQuery};
use crate::model::Report;
use crate::query::Query;
use crate::search::Terms;
use crate::texts::Texts;
use crate::url::View;

/// A page made at build time: its title, description and the content of `#app`.
#[derive(Debug, Clone)]
pub struct Prerendered {
    /// The page's language: the site's.
    pub lang: String,
    pub title: String,
    pub description: String,
    pub body: Markup,
}

/// Said before the content when JavaScript is off.
fn no_script(texts: &Texts) -> Markup {
    html! {
        noscript {
            p class="notice" { (texts.text(key::BUILT_NO_SCRIPT)) }
        }
    }
}

/// Opens the filters on wide screens before the panel is drawn, as the app does (the build adds
/// this script's hash to the page's Content-Security-Policy).
const OPEN_ON_WIDE_SCREENS: &str =
    "document.currentScript.previousElementSibling.open=matchMedia(\"(min-width: 60rem)\").matches";

/// The page of a site of one report: the report itself, its first findings.
pub fn prerender_report(texts: &Texts, report: &Report) -> Prerendered {
    report_page(texts, report, None)
}

/// The own page of the report named `name` on a site of several (see
/// [`crate::catalogue::page_files`]), for readers without JavaScript: every finding, readable.
/// With JavaScript it opens the report as `?report=NAME` does.
pub fn prerender_report_page(texts: &Texts, name: &str, report: &Report) -> Prerendered {
    report_page(texts, report, Some(name))
}

/// A report's page: its first findings on a site of one, every finding on its own page in a
/// library (named `slug`).
fn report_page(texts: &Texts, report: &Report, slug: Option<&str>) -> Prerendered {
    let meta = &report.meta;
    let links = Links {
        slug,
        ..Links::of(report, texts)
    };
    let finder = Finder::new(report);
    let (results, counts) = finder.results_and_counts(&Query::default());
    let first = match slug {
        Some(_) => &results[..],
        None => &results[drawn(results.len(), &first_asked(None))],
    };
    let cards = finding_list(
        &links,
        first,
        &Query::default(),
        &Terms::default(),
        Cite::WithoutAddress,
    );
    let section = FindingsSection::unfiltered(texts, results.len(), &cards, first.len());
    let panel = html! {
        (filter_panel(texts, report, &counts, &Query::default(), false))
        // A constant script, not text: its quotes stay as they are.
        script { (PreEscaped(OPEN_ON_WIDE_SCREENS)) }
    };
    let main = findings_layout(&panel, &findings_section(&section));
    let body = html! {
        (no_script(texts))
        (report_frame(&links, View::Findings, &Query::default(), &main, None))
    };
    Prerendered {
        lang: texts.lang().to_owned(),
        title: format!("{} · {}", meta.title, meta.publisher),
        description: texts.count(
            key::BUILT_DESCRIPTION,
            report.findings.len(),
            &[
                ("title", &meta.title),
                ("place", &meta.place),
                ("date", &texts.date(&meta.date)),
            ],
        ),
        body,
    }
}

/// How many reports' cards the front page of a library draws at build time; a larger library's
/// page links to [`LIBRARY_PAGE`] for the rest (the app draws them all). Every visit to a report
/// of the site loads the front page, so it stays small however large the library grows.
pub const FIRST_CARDS: usize = 24;

/// The page of a large library that lists every report, for readers without JavaScript.
pub const LIBRARY_PAGE: &str = "library.html";

/// The library of a site of several reports, as it first shows: the site's masthead, the search
/// and filters (shown only with JavaScript, which they need) and its reports, newest first, each
/// card linking to the report's own page, `pages[i]` for `catalogue.reports[i]`: every report
/// when `whole` (for [`LIBRARY_PAGE`]), else the first [`FIRST_CARDS`] and a link to the rest.
pub fn prerender_library(texts: &Texts, catalogue: &Catalogue, pages: &[String], whole: bool) -> Prerendered {
    let site = &catalogue.site;
    let query = LibraryQuery::default();
    let page_of = |listed: &Listed| {
        let at = catalogue.reports.iter().position(|l| l.name == listed.name);
        at.and_then(|at| pages.get(at)).cloned().unwrap_or_default()
    };
    let mut listing = library_listing(
        (texts, None),
        catalogue,
        &query,
        &LibraryFinder::new(&[]),
        (0, 0),
        page_of,
    );
    let total = catalogue.reports.len();
    if !whole && total > FIRST_CARDS {
        listing.html = html! {
            (library_list(texts, &catalogue.reports[..FIRST_CARDS], page_of))
            p class="library-more" {
                a href=(LIBRARY_PAGE) { (texts.count(key::LIBRARY_ALL_CARDS, total, &[])) }
            }
        };
    }
    let body = library_page(texts, catalogue, &query, &Markup::default(), &listing, None);
    Prerendered {
        lang: texts.lang().to_owned(),
        title: site.title.clone(),
        description: if site.introduction_text.is_empty() {
            texts.count(key::BUILT_LIBRARY_DESCRIPTION, catalogue.reports.len(), &[])
        } else {
            site.introduction_text.clone()
        },
        body,
    }
}

/// The byte range of the tag around the first `marker` in `html`, from its `<` to its `>`.
fn tag_around(html: &str, marker: &str) -> Result<std::ops::Range<usize>, String> {
    let at = html
        .find(marker)
        .ok_or_else(|| format!("index.html has no tag with `{marker}`"))?;
    let start = html[..=at]
        .rfind('<')
        .ok_or_else(|| format!("`{marker}` in index.html is not in a tag"))?;
    let end = at
        + html[at..]
            .find('>')
            .ok_or_else(|| format!("the tag with `{marker}` in index.html is not closed"))?;
    Ok(start..end + 1)
}

/// Puts a prerendered page into a built `index.html` (minified or not): its language, its title, its
/// description, and its body in place of what the `#app` element holds (which must hold no
/// `<div>`). `#app` gets the class `prerendered` until the app takes over.
pub fn inject(index: &str, page: &Prerendered) -> Result<String, String> {
    let mut html = index.to_owned();
    let root = tag_around(&html, "<html")?;
    html.replace_range(root, &format!("<html lang=\"{}\">", page.lang));
    let title = tag_around(&html, "<title")?;
    let title_end = title.end
        + html[title.end..]
            .find("</title>")
            .ok_or("index.html has no </title>")?
        + "</title>".len();
    html.replace_range(
        title.start..title_end,
        &html! { title { (page.title) } }.into_string(),
    );

    let description =
        tag_around(&html, "name=description").or_else(|_| tag_around(&html, "name=\"description\""))?;
    html.replace_range(
        description,
        &html! { meta name="description" content=(page.description); }.into_string(),
    );

    let app = tag_around(&html, "id=app").or_else(|_| tag_around(&html, "id=\"app\""))?;
    let app_end = app.end
        + html[app.end..]
            .find("</div>")
            .ok_or("the #app element in index.html is not closed")?
        + "</div>".len();
    html.replace_range(
        app.start..app_end,
        &html! { div id=(ids::APP) class="prerendered" { (page.body) } }.into_string(),
    );
    Ok(html)
}

/// The id of the `<script type="application/json">` that tells the page about its data files.
pub const SITE_FILES_ID: &str = "site-files";

/// Puts the site files' JSON (see `SiteFiles::to_json`) into a built `index.html`, before its
/// first script, so the page's loader can read it as soon as it runs.
pub fn inject_site_files(index: &str, json: &str) -> Result<String, String> {
    let at = index
        .find("<script")
        .ok_or("index.html has no <script> to put the site's data before")?;
    let mut html = index.to_owned();
    html.insert_str(
        at,
        &format!("<script type=\"application/json\" id=\"{SITE_FILES_ID}\">{json}</script>"),
    );
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Prerendered {
        Prerendered {
            lang: String::from("fr"),
            title: String::from("A & B"),
            description: String::from("Said \"so\""),
            body: html! { p { "Content" } },
        }
    }

    /// How often each of these elements opens and closes in `html`: equal counts for well-formed markup.
    fn balance(html: &str) -> Vec<(usize, usize)> {
        [
            "div", "main", "ul", "li", "p", "label", "select", "search", "header", "h2", "a",
        ]
        .iter()
        .map(|tag| {
            let opened =
                html.matches(&format!("<{tag} ")).count() + html.matches(&format!("<{tag}>")).count();
            (opened, html.matches(&format!("</{tag}>")).count())
        })
        .collect()
    }

    #[test]
    fn the_library_page_is_well_formed_and_links_each_report_to_its_own_page() {
        let mut catalogue = crate::testing::catalogue(&[
            ("b", "Tides <2>", "2015-02-01", "Porto"),
            ("a", "Harbours", "2014-01-01", "Brussels & Bruges"),
        ]);
        catalogue.site.title = String::from("Our reports");
        catalogue.site.introduction_html = "<p>All of them.</p>".into();
        let pages = [String::from("report-b.html"), String::from("report-a.html")];
        let page = prerender_library(&Texts::english(), &catalogue, &pages, false);
        for (opened, closed) in balance(&page.body.0) {
            assert_eq!(opened, closed, "{}", page.body.0);
        }
        assert_eq!(page.title, "Our reports");
        assert!(
            page.body
                .0
                .contains("<h1>Our reports</h1><div class=\"library-intro\"><p>All of them.</p></div>")
        );
        assert!(
            page.body
                .0
                .contains("<a href=\"report-b.html\" dir=\"auto\">Tides &lt;2&gt;</a>")
        );
        assert!(
            page.body
                .0
                .contains("<a href=\"report-a.html\" dir=\"auto\">Harbours</a>")
        );
        assert!(
            page.body
                .0
                .contains("<option value=\"Brussels &amp; Bruges\">Brussels &amp; Bruges (1)</option>")
        );
        assert!(
            page.body
                .0
                .contains("<p class=\"status\" role=\"status\">2 reports, the newest first</p>")
        );
    }

    #[test]
    fn a_large_library_draws_its_first_cards_and_links_to_the_page_of_them_all() {
        let rows: Vec<(String, String)> = (0..FIRST_CARDS + 6)
            .map(|i| (format!("r{i:03}"), format!("2020-01-{:02}", 1 + i % 28)))
            .collect();
        let listed: Vec<(&str, &str, &str, &str)> = rows
            .iter()
            .map(|(name, date)| (name.as_str(), name.as_str(), date.as_str(), "Porto"))
            .collect();
        let catalogue = crate::testing::catalogue(&listed);
        let pages: Vec<String> = rows
            .iter()
            .map(|(name, _)| format!("report-{name}.html"))
            .collect();
        let front = prerender_library(&Texts::english(), &catalogue, &pages, false)
            .body
            .0;
        assert_eq!(front.matches("<li class=\"library-card\">").count(), FIRST_CARDS);
        assert!(front.contains("<p class=\"library-more\"><a href=\"library.html\">All 30 reports</a></p>"));
        assert!(front.contains("30 reports, the newest first"));
        let whole = prerender_library(&Texts::english(), &catalogue, &pages, true)
            .body
            .0;
        assert_eq!(
            whole.matches("<li class=\"library-card\">").count(),
            FIRST_CARDS + 6
        );
        assert!(!whole.contains("library-more"));
    }

    #[test]
    fn the_prerendered_citations_name_no_address_they_cannot_know() {
        let mut report = crate::testing::report(
            &["Tides"],
            &["Ada"],
            vec![crate::testing::finding("Tides rise", &[0], 0)],
        );
        report.meta.title = String::from("Harbour notes");
        let body = prerender_report(&Texts::english(), &report).body.0;
        let cite = body
            .split("<p class=\"cite-text\">")
            .nth(1)
            .and_then(|rest| rest.split("</p>").next())
            .unwrap_or_default();
        assert!(cite.starts_with("\u{201c}Tides rise\u{201d}, in "), "{cite}");
        assert!(cite.ends_with('.') && !cite.contains('#'), "{cite}");
    }

    #[test]
    fn the_site_files_go_before_the_first_script() {
        assert_eq!(
            inject_site_files("<head><title>T</title><script src=a.js></script>", "{}").unwrap(),
            "<head><title>T</title><script type=\"application/json\" id=\"site-files\">{}</script><script src=a.js></script>"
        );
        assert!(inject_site_files("<head></head>", "{}").is_err());
    }

    #[test]
    fn injects_into_a_minified_page() {
        let index = "<html lang=en><title>Report viewer</title><meta content=\"width=device-width\" name=viewport>\
                     <meta content=\"A viewer.\" name=description><body><div id=app><main class=loading><p>Loading…</p></main></div>";
        assert_eq!(
            inject(index, &page()).unwrap(),
            "<html lang=\"fr\"><title>A &amp; B</title><meta content=\"width=device-width\" name=viewport>\
             <meta name=\"description\" content=\"Said &quot;so&quot;\"><body><div id=\"app\" class=\"prerendered\"><p>Content</p></div>"
        );
    }

    #[test]
    fn injects_into_the_source_page_and_names_what_is_missing() {
        let index = "<html lang=\"en\"><title>T</title><meta name=\"description\" content=\"D\" /><div id=\"app\"><main></main></div>";
        assert_eq!(
            inject(index, &page()).unwrap(),
            "<html lang=\"fr\"><title>A &amp; B</title><meta name=\"description\" content=\"Said &quot;so&quot;\"><div id=\"app\" class=\"prerendered\"><p>Content</p></div>"
        );
        assert_eq!(
            inject("<html><title>T</title><meta name=description>", &page()),
            Err(String::from("index.html has no tag with `id=\"app\"`"))
        );
    }
}
