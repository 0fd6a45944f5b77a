//! The page as first drawn, made at build time for `index.html`: a lone report's masthead, tabs,
//! filters and first findings, or the library of several, readable before (and without)
//! JavaScript and WebAssembly. It has the app's markup, so the app takes over without a jump.

use super::{
    Links, Part, escape_into, filter_panel, finding_list, grouped, library_cards, masthead, push_all, tabs,
};
use std::ops::Range;

use crate::finder::{FacetCounts, Finder};
use crate::model::Report;
use crate::query::Query;
use crate::search::Terms;
use crate::url::View;

/// The inside of the search box (`<search class="search">`).
pub const SEARCH_BOX: &str = "<label for=\"search\" class=\"search-label\">Search the findings</label><div class=\"search-field\">\
    <input id=\"search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"Words, names or themes\" aria-keyshortcuts=\"/\">\
    </div><p class=\"search-hint\">Matches every word, ignoring case and accents.<span class=\"search-key-hint\"> Press <kbd>/</kbd> to search.</span></p>";

/// The words of the button that draws more of a long list, with `hidden` findings not drawn.
pub fn show_more(hidden: usize) -> String {
    format!(
        "Show {} more of the {} not yet shown",
        hidden.min(PAGE),
        grouped(hidden)
    )
}

/// The words of the button that draws the findings before those drawn (`before` of them), when
/// a link to a finding far down a long list opened it there.
pub fn show_earlier(before: usize) -> String {
    format!(
        "Show {} earlier of the {} before these",
        before.min(PAGE),
        grouped(before)
    )
}

/// A notice of what an opening link asked for that the report does not have (nothing if none).
pub fn ignored_notice(ignored: &[String]) -> String {
    let mut html = String::new();
    if ignored.is_empty() {
        return html;
    }
    let listed = ignored.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
    let more = match ignored.len() {
        0..=5 => String::new(),
        n => format!(" and {} more", n - 5),
    };
    push_all(
        &mut html,
        &[
            Part::Markup(
                "<p class=\"notice\">This link asked for things this report does not have, so they were left out: ",
            ),
            Part::Text(&listed),
            Part::Text(&more),
            Part::Markup(".</p>"),
        ],
    );
    html
}

/// How many findings a long list draws at first, and adds with each "Show more": a few screens
/// on any device, few enough that a click or keystroke redraws them within a frame.
pub const PAGE: usize = 10;

/// Lists of up to this many findings are drawn whole, with no "Show more".
pub const WHOLE: usize = 30;

/// Which of `results` findings a list draws when those in `asked` have been asked for: all of
/// a short list, else the part of `asked` there is.
pub fn drawn(results: usize, asked: &Range<usize>) -> Range<usize> {
    if results <= WHOLE {
        0..results
    } else {
        asked.start.min(results)..asked.end.min(results)
    }
}

/// The findings a list asks for first: the page holding the one at `linked` (a finding the
/// address names), else the first page. A link to a finding far down a long list so opens at
/// once, with "Show earlier" above it.
pub fn first_asked(linked: Option<usize>) -> Range<usize> {
    let start = linked.map_or(0, |at| at / PAGE * PAGE);
    start..start + PAGE
}

/// A page made at build time: its title, description and the content of `#app`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prerendered {
    pub title: String,
    pub description: String,
    pub body: String,
}

/// Said before the content when JavaScript is off.
const NO_SCRIPT: &str = "<noscript><p class=\"notice\">You are reading the findings without JavaScript: \
    filters, search and the report's other views need JavaScript and WebAssembly.</p></noscript>";

/// Opens the filters on wide screens before the panel is drawn, as the app does (the build adds
/// this script's hash to the page's Content-Security-Policy).
const OPEN_ON_WIDE_SCREENS: &str = "<script>document.currentScript.previousElementSibling.open=matchMedia(\"(min-width: 60rem)\").matches</script>";

/// The page for a site's reports (newest first): the report itself if there is one, else the
/// library.
pub fn prerender(reports: &[(String, Report)]) -> Prerendered {
    match reports {
        [(_, report)] => report_page(report),
        _ => library_page(reports),
    }
}

fn report_page(report: &Report) -> Prerendered {
    let meta = &report.meta;
    let links = Links { report, slug: None };
    let finder = Finder::new(report);
    let (results, counts) = finder.results_and_counts(&Query::default());
    let mut body = String::from(NO_SCRIPT);
    body.push_str(
        "<a class=\"skip-link\" href=\"#main\">Skip to the content</a><div class=\"update-banner\" role=\"status\"></div>\
         <header class=\"masthead\"><div class=\"masthead-inner\">",
    );
    masthead(&mut body, &links);
    body.push_str("</div></header>");
    body.push_str("<nav class=\"tabs\" aria-label=\"Views of the report\">");
    tabs(&mut body, &links, View::Findings, &Query::default());
    body.push_str("</nav>");
    body.push_str("<main id=\"main\" tabindex=\"-1\"><div class=\"layout\">");
    filters(&mut body, report, &counts);
    let total = grouped(report.findings.len());
    push_all(
        &mut body,
        &[
            Part::Markup(
                "<section class=\"findings\" aria-labelledby=\"findings-heading\"><search class=\"search\">",
            ),
            Part::Markup(SEARCH_BOX),
            Part::Markup(
                "</search><div class=\"findings-bar\"><h2 id=\"findings-heading\">Findings</h2><p class=\"status\" role=\"status\">Showing ",
            ),
            Part::Markup(&total),
            Part::Markup(" of "),
            Part::Markup(&total),
            Part::Markup(
                " findings</p></div><p class=\"print-only print-filters\">Filters: none</p>\
             <div class=\"active-filters\"></div><div class=\"notices\"></div><div class=\"empty hidden\"></div><div class=\"export-bar\"><span class=\"export-label\">Keep these findings:</span>\
             <button type=\"button\" class=\"action\">Download CSV</button><button type=\"button\" class=\"action\">Download Markdown</button>\
             <button type=\"button\" class=\"action\">Print</button></div>\
             <p class=\"show-earlier hidden\"><button type=\"button\" class=\"button button-quiet\"></button></p><ol class=\"finding-list\">",
            ),
        ],
    );
    let first = &results[drawn(results.len(), &first_asked(None))];
    finding_list(
        &mut body,
        &links,
        first,
        &Query::default(),
        &Terms::default(),
        Some(""),
    );
    body.push_str("</ol>");
    let hidden = results.len() - first.len();
    push_all(
        &mut body,
        &[
            Part::Markup(if hidden == 0 {
                "<p class=\"show-more hidden\">"
            } else {
                "<p class=\"show-more\">"
            }),
            Part::Markup("<button type=\"button\" class=\"button button-quiet\">"),
            Part::Markup(&show_more(hidden)),
            Part::Markup("</button></p>"),
        ],
    );
    body.push_str("</section></div></main>");
    Prerendered {
        title: format!("{} · {}", meta.title, meta.publisher),
        description: format!(
            "{} findings from \u{201c}{}\u{201d} ({}, {}), by theme and speaker, each with the passage of the report it comes from.",
            report.findings.len(),
            meta.title,
            meta.place,
            meta.date
        ),
        body,
    }
}

/// The filter panel, opened on wide screens before it is drawn.
fn filters(out: &mut String, report: &Report, counts: &FacetCounts) {
    out.push_str("<aside class=\"filters\" aria-labelledby=\"filters-heading\">");
    filter_panel(out, report, counts, &Query::default(), false);
    out.push_str(OPEN_ON_WIDE_SCREENS);
    out.push_str("</aside>");
}

fn library_page(reports: &[(String, Report)]) -> Prerendered {
    let mut body = String::from(NO_SCRIPT);
    push_all(
        &mut body,
        &[
            Part::Markup(
                "<div class=\"update-banner\" role=\"status\"></div><a class=\"skip-link\" href=\"#main\">Skip to the content</a>\
             <header class=\"masthead\"><div class=\"masthead-inner\"><h1>Reports</h1><p class=\"when-where\">",
            ),
            Part::Markup(&reports.len().to_string()),
            Part::Markup(
                " reports on this site, the newest first</p></div></header><main id=\"main\" tabindex=\"-1\" class=\"library\"><ul class=\"library-list\">",
            ),
        ],
    );
    library_cards(&mut body, reports);
    body.push_str("</ul></main>");
    Prerendered {
        title: String::from("Reports"),
        description: format!(
            "{} reports, each with its findings by theme and speaker and the passages they come from.",
            reports.len()
        ),
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

/// Puts a prerendered page into a built `index.html` (minified or not): its title, its
/// description, and its body in place of what the `#app` element holds (which must hold no
/// `<div>`). `#app` gets the class `prerendered` until the app takes over.
pub fn inject(index: &str, page: &Prerendered) -> Result<String, String> {
    let mut html = index.to_owned();
    let title = tag_around(&html, "<title")?;
    let title_end = title.end
        + html[title.end..]
            .find("</title>")
            .ok_or("index.html has no </title>")?
        + "</title>".len();
    let mut replacement = String::from("<title>");
    escape_into(&mut replacement, &page.title);
    replacement.push_str("</title>");
    html.replace_range(title.start..title_end, &replacement);

    let description =
        tag_around(&html, "name=description").or_else(|_| tag_around(&html, "name=\"description\""))?;
    let mut replacement = String::from("<meta name=\"description\" content=\"");
    escape_into(&mut replacement, &page.description);
    replacement.push_str("\">");
    html.replace_range(description, &replacement);

    let app = tag_around(&html, "id=app").or_else(|_| tag_around(&html, "id=\"app\""))?;
    let app_end = app.end
        + html[app.end..]
            .find("</div>")
            .ok_or("the #app element in index.html is not closed")?
        + "</div>".len();
    html.replace_range(
        app.start..app_end,
        &format!("<div id=\"app\" class=\"prerendered\">{}</div>", page.body),
    );
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Prerendered {
        Prerendered {
            title: String::from("A & B"),
            description: String::from("Said \"so\""),
            body: String::from("<p>Content</p>"),
        }
    }

    #[test]
    fn short_lists_are_drawn_whole_and_long_ones_a_page_at_a_time() {
        let first = first_asked(None);
        assert_eq!(
            [0, 21, 30, 31, 1000].map(|n| drawn(n, &first)),
            [0..0, 0..21, 0..30, 0..10, 0..10]
        );
        assert_eq!(drawn(1000, &(0..3 * PAGE)), 0..30);
        assert_eq!(drawn(35, &(0..100)), 0..35);
    }

    #[test]
    fn a_link_to_a_finding_far_down_opens_the_page_that_holds_it() {
        assert_eq!(first_asked(Some(9500)), 9500..9510);
        assert_eq!(first_asked(Some(9509)), 9500..9510);
        assert_eq!(first_asked(Some(3)), 0..10);
        assert_eq!(drawn(9505, &first_asked(Some(9504))), 9500..9505);
        assert_eq!(drawn(25, &first_asked(Some(24))), 0..25);
        assert_eq!(show_earlier(9500), "Show 10 earlier of the 9,500 before these");
        assert_eq!(show_earlier(4), "Show 4 earlier of the 4 before these");
    }

    #[test]
    fn injects_into_a_minified_page() {
        let index = "<title>Report viewer</title><meta content=\"width=device-width\" name=viewport>\
                     <meta content=\"A viewer.\" name=description><body><div id=app><main class=loading><p>Loading…</p></main></div>";
        assert_eq!(
            inject(index, &page()).unwrap(),
            "<title>A &amp; B</title><meta content=\"width=device-width\" name=viewport>\
             <meta name=\"description\" content=\"Said &quot;so&quot;\"><body><div id=\"app\" class=\"prerendered\"><p>Content</p></div>"
        );
    }

    #[test]
    fn injects_into_the_source_page_and_names_what_is_missing() {
        let index =
            "<title>T</title><meta name=\"description\" content=\"D\" /><div id=\"app\"><main></main></div>";
        assert_eq!(
            inject(index, &page()).unwrap(),
            "<title>A &amp; B</title><meta name=\"description\" content=\"Said &quot;so&quot;\"><div id=\"app\" class=\"prerendered\"><p>Content</p></div>"
        );
        assert_eq!(
            inject("<title>T</title><meta name=description>", &page()),
            Err(String::from("index.html has no tag with `id=\"app\"`"))
        );
    }
}
