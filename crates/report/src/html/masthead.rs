//! The report's header (title, place, date, author) and footer.

use maud::{Markup, html};

use super::Links;
use super::contract::{class, ids};
use crate::export::citation;
use crate::model::Report;

/// The inside of the report's masthead (`.masthead-inner`), with a link to the library on a
/// site of several reports.
pub fn masthead(links: &Links) -> Markup {
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
}

/// Whether the site is available offline (`#offline-badge`, shown once it is) and which data it
/// shows: its version and the day it was built (in words: "29 November 2026").
pub fn build_info(version: &str, built: &str) -> Markup {
    html! {
        p class="build-info" {
            span class={ "offline-badge " (class::HIDDEN.name) } id=(ids::OFFLINE_BADGE) {}
            span { "Data version " code { (version) } ", built " (built) }
        }
    }
}

/// The inside of a report's footer: publisher, source, how to cite it (with `url`), and
/// [`build_info`].
pub fn footer(report: &Report, url: &str, version: &str, built: &str) -> Markup {
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
}
