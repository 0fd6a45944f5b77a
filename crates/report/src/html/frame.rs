//! The frame of a report's page (skip link, masthead, tabs, main, footer) and the sections that
//! hold each view's parts: one source for the app and for the page prerendered at build time.

use crate::texts::key;
use maud::{Markup, html};

use super::contract::{class, ids};
use super::{Links, masthead, tabs};
use crate::query::Query;
use crate::texts::Texts;
use crate::url::View;

/// A report's page: its masthead, the tabs with `view` current (keeping `query`), the `main`
/// content and, when there is one, the inside of the footer.
pub fn report_frame(
    links: &Links,
    view: View,
    query: &Query,
    main: &Markup,
    footer: Option<&Markup>,
) -> Markup {
    html! {
        a class="skip-link" href={ "#" (ids::MAIN) } { (links.texts.text(key::PAGE_SKIP)) }
        div class="update-banner" role="status" {}
        header class="masthead" {
            div class="masthead-inner" { (masthead(links)) }
        }
        nav class="tabs" aria-label=(links.texts.text(key::PAGE_VIEWS)) { (tabs(links, view, query)) }
        main id=(ids::MAIN) tabindex="-1" { (main) }
        @if let Some(footer) = footer {
            footer class="site-footer" { (footer) }
        }
    }
}

/// The Findings view's layout around the inside of its filter panel and of its findings section.
pub fn findings_layout(filters: &Markup, findings: &Markup) -> Markup {
    html! {
        div class="layout" {
            aside class=(class::FILTERS.name) aria-labelledby=(ids::FILTERS_HEADING) { (filters) }
            section class=(class::FINDINGS.name) aria-labelledby=(ids::FINDINGS_HEADING) { (findings) }
        }
    }
}

/// The Overview view's section around its table.
pub fn overview_section(table: &Markup) -> Markup {
    html! {
        section class=(class::OVERVIEW.name) aria-labelledby=(ids::OVERVIEW_HEADING) { (table) }
    }
}

/// The Speakers view's section, its cards to come (see [`super::speakers`]).
pub fn speakers_section(texts: &Texts) -> Markup {
    html! {
        section class="speakers" aria-labelledby=(ids::SPEAKERS_HEADING) {
            h2 id=(ids::SPEAKERS_HEADING) { (texts.text(key::VIEW_SPEAKERS)) }
            p class="lede" { (texts.text(key::SPEAKERS_LEDE)) }
            div class=(class::SPEAKER_GRID.name) {}
        }
    }
}

/// The Report view's section, the report's marked text to come (see [`super::narrative`]).
pub fn narrative_section(texts: &Texts, lang: Option<&str>, dir: &str) -> Markup {
    html! {
        section class="narrative" aria-labelledby=(ids::NARRATIVE_HEADING) {
            h2 id=(ids::NARRATIVE_HEADING) { (texts.text(key::NARRATIVE_HEADING)) }
            p class="lede" {
                (texts.markup(key::NARRATIVE_LEDE, &[("mark", html! { span aria-hidden="true" { "↩" } })]))
            }
            div class=(class::NARRATIVE_TEXT.name) lang=[lang] dir=(dir) {}
        }
    }
}
