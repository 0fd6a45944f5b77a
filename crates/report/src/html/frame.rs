//! The frame of a report's page (skip link, masthead, tabs, main, footer) and the sections that
//! hold each view's parts: one source for the app and for the page prerendered at build time.

use super::contract::{class, ids};
use super::{Links, masthead, tabs};
use crate::query::Query;
use crate::url::View;
use const_format::concatcp;

/// Appends a report's page: its masthead, the tabs with `view` current (keeping `query`), the
/// ready-made `main` content and, when there is one, the ready-made inside of the footer.
pub fn report_frame(out: &mut String, links: &Links, view: View, query: &Query, main: &str, footer: &str) {
    out.push_str(concatcp!(
        "<a class=\"skip-link\" href=\"#",
        ids::MAIN,
        "\">Skip to the content</a><div class=\"update-banner\" role=\"status\"></div>\
         <header class=\"masthead\"><div class=\"masthead-inner\">"
    ));
    masthead(out, links);
    out.push_str("</div></header><nav class=\"tabs\" aria-label=\"Views of the report\">");
    tabs(out, links, view, query);
    out.push_str(concatcp!("</nav><main id=\"", ids::MAIN, "\" tabindex=\"-1\">"));
    out.push_str(main);
    out.push_str("</main>");
    if !footer.is_empty() {
        out.push_str("<footer class=\"site-footer\">");
        out.push_str(footer);
        out.push_str("</footer>");
    }
}

/// Appends the Findings view's layout around the ready-made inside of its filter panel and of
/// its findings section.
pub fn findings_layout(out: &mut String, filters: &str, findings: &str) {
    out.push_str(concatcp!(
        "<div class=\"layout\"><aside class=\"",
        class::FILTERS.name,
        "\" aria-labelledby=\"filters-heading\">"
    ));
    out.push_str(filters);
    out.push_str(concatcp!(
        "</aside><section class=\"",
        class::FINDINGS.name,
        "\" aria-labelledby=\"findings-heading\">"
    ));
    out.push_str(findings);
    out.push_str("</section></div>");
}

/// Appends the Overview view's section around its ready-made table.
pub fn overview_section(out: &mut String, table: &str) {
    out.push_str(concatcp!(
        "<section class=\"",
        class::OVERVIEW.name,
        "\" aria-labelledby=\"overview-heading\">"
    ));
    out.push_str(table);
    out.push_str("</section>");
}

/// Appends the Speakers view's section around its ready-made cards.
pub fn speakers_section(out: &mut String, cards: &str) {
    out.push_str(
        "<section class=\"speakers\" aria-labelledby=\"speakers-heading\"><h2 id=\"speakers-heading\">Speakers</h2>\
         <p class=\"lede\">Who spoke, as the report names them, and the points each made. Groups are the delegates speaking together.</p>\
         <div class=\"speaker-grid\">",
    );
    out.push_str(cards);
    out.push_str("</div></section>");
}

/// Appends the Report view's section around the ready-made marked text of the report.
pub fn narrative_section(out: &mut String, text: &str) {
    out.push_str(concatcp!(
        "<section class=\"narrative\" aria-labelledby=\"narrative-heading\"><h2 id=\"narrative-heading\">The full report</h2>\
         <p class=\"lede\">The report as published. Marked passages are quoted by findings; \
         <span aria-hidden=\"true\">↩</span> leads to the finding.</p><div class=\"",
        class::NARRATIVE_TEXT.name,
        "\">"
    ));
    out.push_str(text);
    out.push_str("</div></section>");
}
