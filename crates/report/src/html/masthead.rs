//! The report's header (title, place, date, author) and footer.

use crate::texts::key;
use maud::{Markup, html};

use super::Links;
use super::contract::{class, ids};
use crate::export::citation;
use crate::model::Report;
use crate::texts::Texts;
use crate::url::with_lang;

/// The inside of the report's masthead (`.masthead-inner`), with a link to the library on a
/// site of several reports.
pub fn masthead(links: &Links) -> Markup {
    let (meta, texts, lang, dir) = (
        &links.report.meta,
        links.texts,
        links.report_lang(),
        links.report_dir(),
    );
    html! {
        @if links.slug.is_some() {
            @let home = with_lang(String::new(), links.lang);
            a class="library-link" href=(if home.is_empty() { "./" } else { &home }) { (texts.text(key::PAGE_ALL_REPORTS)) }
        }
        p class="publisher" lang=[lang] dir=(dir) { (meta.publisher) }
        h1 lang=[lang] dir=(dir) { (meta.title) }
        @if meta.event != meta.title {
            p class="event" lang=[lang] dir=(dir) { (meta.event) }
        }
        p class="when-where" {
            span lang=[lang] dir=(dir) { (meta.place) }
            span aria-hidden="true" { " · " }
            time datetime=(meta.date) { (texts.long_date(&meta.date)) }
        }
        p class="byline" {
            (texts.markup(key::MASTHEAD_REPORTED_BY, &[("author", html! { span class="byline-author" lang=[lang] dir=(dir) { (meta.author) } })]))
            @if let Some(role) = &meta.author_role {
                ", " span class="byline-role" lang=[lang] dir=(dir) { (role) }
            }
        }
    }
}

/// Whether the site is available offline (`#offline-badge`, shown once it is) and which data it
/// shows: its version and the day it was `built` (`YYYY-MM-DD`, shown in words: "29 November
/// 2026").
pub fn build_info(texts: &Texts, version: &str, built: &str) -> Markup {
    html! {
        p class="build-info" {
            span class={ "offline-badge " (class::HIDDEN.name) } id=(ids::OFFLINE_BADGE) {}
            span {
                (texts.markup(key::FOOTER_BUILD, &[
                    ("version", html! { code { (version) } }),
                    ("day", html! { (texts.date(built)) }),
                ]))
            }
        }
    }
}

/// The inside of a report's footer: publisher, source, how to cite it (with `url`), and
/// [`build_info`].
pub fn footer(texts: &Texts, report: &Report, url: &str, version: &str, built: &str) -> Markup {
    let meta = &report.meta;
    html! {
        p { (texts.fill(key::FOOTER_PUBLISHED, &[("publisher", &meta.publisher)])) }
        @if let Some(source) = &meta.source {
            p { (texts.fill(key::FOOTER_SOURCE, &[("source", source)])) }
        }
        p class="report-citation" {
            (texts.fill(key::FOOTER_CITE, &[("citation", &citation(texts, report, None, url))]))
        }
        (build_info(texts, version, built))
    }
}
