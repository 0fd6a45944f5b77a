//! The report's header (title, place, date, author) and footer.

use maud::{Markup, Render, html};

use super::Links;
use super::contract::{class, ids};
use crate::export::citation;
use crate::model::Report;

/// Appends the inside of the report's masthead (`.masthead-inner`), with a link to the library
/// on a site of several reports.
pub fn masthead(out: &mut String, links: &Links) {
    let meta = &links.report.meta;
    html! {
        @if links.slug.is_some() {
            a class="library-link" href="./" { "All reports" }
        }
        p class="publisher" { (meta.publisher) }
        h1 { (meta.title) }
        @if meta.event != meta.title {
            p class="event" { (meta.event) }
        }
        p class="when-where" {
            span { (meta.place) }
            span aria-hidden="true" { " · " }
            time datetime=(meta.date) { (meta.date_long) }
        }
        p class="byline" {
            "Reported by "
            span class="byline-author" { (meta.author) }
            @if let Some(role) = &meta.author_role {
                span class="byline-role" { ", " (role) }
            }
        }
    }
    .render_to(out);
}

/// Whether the site is available offline (`#offline-badge`, shown once it is) and which data it
/// shows: its version and the day it was built (in words: "29 November 2026").
fn build_info(version: &str, built: &str) -> Markup {
    html! {
        p class="build-info" {
            span class={ "offline-badge " (class::HIDDEN.name) } id=(ids::OFFLINE_BADGE) {}
            span { "Data version " code { (version) } ", built " (built) }
        }
    }
}

/// Appends the inside of a report's footer: publisher, source, how to cite it (with `url`), and
/// [`build_info`].
pub fn footer(out: &mut String, report: &Report, url: &str, version: &str, built: &str) {
    let meta = &report.meta;
    html! {
        p {
            "Published by " (meta.publisher)
            ". Findings are summaries; each quotes the passage of the report it comes from."
        }
        @if let Some(source) = &meta.source {
            p { "Source: " (source) }
        }
        p class="report-citation" { "Cite this report: " (citation(report, None, url)) }
        (build_info(version, built))
    }
    .render_to(out);
}

/// The library's footer (`<footer class="site-footer">`): [`build_info`].
pub fn library_footer(version: &str, built: &str) -> Markup {
    html! { footer class="site-footer" { (build_info(version, built)) } }
}
