//! One finding as an article: heading, summary, speaker, themes, the passage it comes from, and
//! ways to read it in context, link to it and cite it.

use crate::texts::key;
use maud::{Markup, html};

use super::Pieces;
use super::contract::{ToCopy, class};
use super::{Links, card, ids};
use crate::export::citation;
use crate::model::Report;
use crate::query::Query;
use crate::search::Terms;
use crate::url::View;

/// `text` with every match of `terms` in a `<mark class="hit">`.
pub fn highlighted(text: &str, terms: &Terms) -> Markup {
    let ranges = terms.highlights(text);
    let starts = std::iter::once(0).chain(ranges.iter().map(|range| range.end));
    html! {
        @for (from, range) in starts.zip(&ranges) {
            (&text[from..range.start])
            mark class="hit" { (&text[range.clone()]) }
        }
        (&text[ranges.last().map_or(0, |range| range.end)..])
    }
}

/// How a card's citation, under "Cite", is drawn.
#[derive(Clone, Copy)]
pub enum Cite {
    /// Left for the app to write when the reader opens "Cite" (a button it answers): it knows
    /// the page's address.
    OnOpen,
    /// Written now without an address: a page made at build time does not know where it will
    /// be served.
    WithoutAddress,
}

/// Finding number `index` of `links.report` as an `<article>`, its words matching `terms`
/// marked. "Read in context" keeps `query`. While its words are on their way (a long report's
/// ship apart), it is drawn pending: its kind, speaker and themes, with lines where its words will
/// be; the app draws it whole when they come (it finds it by [`class::PENDING`]).
pub fn finding_card(links: &Links, index: usize, query: &Query, terms: &Terms, cite: Cite) -> Markup {
    let (report, texts): (&Report, _) = (links.report, links.texts);
    let (lang, dir) = (links.report_lang(), links.report_dir());
    let finding = &report.findings[index];
    let speaker = &report.speakers[finding.speaker];
    let id = finding.id.as_str();
    let lines = |count: usize| {
        html! {
            @for _ in 0..count { span class="pending-line" aria-hidden="true" {} }
        }
    };
    let text = finding.text();
    let cite_body = html! {
        p class=(class::CITE_TEXT.name) { (cite_text(links, index, cite)) }
        button type="button" class="button button-quiet" data-copy=(ToCopy::Citation.as_str()) {
            (texts.text(key::FINDING_COPY_CITATION))
        }
    };
    let body = html! {
        @match text {
            Some(text) => @for paragraph in text.summary.split("\n\n") {
                p class="summary" lang=[lang] dir=(dir) { (highlighted(paragraph, terms)) }
            },
            None => p class="summary" { (lines(3)) },
        }
        p class="speaker" dir=(dir) {
            span class="speaker-name" lang=[lang] {
                @if let Some(title) = &speaker.title { (title) " " }
                (highlighted(&speaker.name, terms))
            }
            span class="speaker-detail" lang=[lang.filter(|_| speaker.description().is_some())] { (speaker.detail(texts)) }
        }
        ul class="theme-labels" aria-label=(texts.text(key::FINDING_THEMES)) {
            @for &t in &finding.themes {
                li class="theme-label" title=(report.themes[t].name) lang=[lang] dir=(dir) {
                    span class={ "swatch theme-" (swatch(t)) } aria-hidden="true" {}
                    (report.themes[t].short)
                }
            }
        }
        @if let Some(text) = text {
            figure class="passage" {
                blockquote lang=[lang] dir=(dir) { p { (highlighted(&text.passage, terms)) } }
                figcaption { (texts.text(key::FINDING_FROM_REPORT)) }
            }
            div class="finding-actions" {
                a class="action" data-nav href=(links.href(View::Report, query, Some(&ids::passage(id)))) {
                    (texts.text(key::FINDING_IN_CONTEXT))
                }
                button type="button" class="action" data-copy=(ToCopy::Link.as_str()) { (texts.text(key::FINDING_COPY_LINK)) }
                @if let Cite::OnOpen = cite {
                    // A button, not a `<details>`: a card's frame is about 0.5 ms shorter.
                    button type="button" class="action" aria-expanded="false" data-cite { (texts.text(key::FINDING_CITE)) }
                    div class=(class::CITE_BODY.name) hidden { (cite_body) }
                } @else {
                    details class="cite" {
                        summary class="action" { (texts.text(key::FINDING_CITE)) }
                        div class=(class::CITE_BODY.name) { (cite_body) }
                    }
                }
                span class=(class::ACTION_FEEDBACK.name) role="status" {}
            }
        }
    };
    let (class, heading) = match text {
        Some(text) => (
            class::FINDING.name,
            html! { span lang=[lang] dir=(dir) { (highlighted(&text.heading, terms)) } },
        ),
        None => (
            const_format::concatcp!(class::FINDING.name, " ", class::PENDING.name),
            html! { span class="visually-hidden" { (texts.text(key::FINDING_LOADING)) } (lines(1)) },
        ),
    };
    card(
        class,
        (&ids::finding(id), &ids::finding_heading(id)),
        texts.text(finding.kind.label_key()),
        heading,
        body,
    )
}

/// The citation of finding number `index`, drawn as `cite` asks.
fn cite_text(links: &Links, index: usize, cite: Cite) -> String {
    let (report, texts) = (links.report, links.texts);
    let finding = &report.findings[index];
    match cite {
        Cite::OnOpen => String::new(),
        Cite::WithoutAddress => citation(texts, report, Some(finding), "").trim_end().to_owned(),
    }
}

/// `indexes`' findings as list items of cards (see [`finding_card`]).
pub fn finding_list(links: &Links, indexes: &[usize], query: &Query, terms: &Terms, cite: Cite) -> Markup {
    finding_items(links, indexes, query, terms, cite).0
}

/// [`finding_list`], with where each card's list item ends in it: for a list drawn a few cards at
/// a time.
pub fn finding_items(
    links: &Links,
    indexes: &[usize],
    query: &Query,
    terms: &Terms,
    cite: Cite,
) -> (Markup, Vec<usize>) {
    let (mut items, mut ends) = (Pieces::default(), Vec::with_capacity(indexes.len()));
    for &index in indexes {
        items.push(html! { li { (finding_card(links, index, query, terms, cite)) } });
        ends.push(items.0.len());
    }
    (items.done(), ends)
}

/// The palette entry of theme number `theme`: the palette has six colours, used in turn.
pub(super) fn swatch(theme: usize) -> &'static str {
    ["0", "1", "2", "3", "4", "5"][theme % 6]
}
