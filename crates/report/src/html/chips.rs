//! The active filters as removable chips, and, when nothing matches, which filter to drop.
//! Their buttons carry `data-go`: the in-app address they lead to.

use crate::texts::key;
use maud::{Markup, Render, html};

use super::Links;
use super::contract::class;
use crate::finder::{Filter, Respelling, Suggestion};
use crate::query::Query;
use crate::url::View;

/// A button that leads to `query` in the findings view (its `data-go` is [`attr::GO`]).
///
/// [`attr::GO`]: super::contract::attr::GO
fn go_button(links: &Links, class: &str, query: &Query, label: impl Render) -> Markup {
    html! {
        button type="button" class=(class) data-go=(links.href(View::Findings, query, None)) { (label) }
    }
}

/// `words` (a report's, or the reader's search) within the interface's sentence, isolated, so
/// that words written right to left keep their neighbours' punctuation and numbers in place.
fn isolated(words: &str) -> Markup {
    html! { bdi { (words) } }
}

/// The chips of `query`'s filters and search, each removing itself, and "Clear all"; nothing
/// when there are none.
pub fn chips(links: &Links, query: &Query) -> Markup {
    if query.is_empty() {
        return Markup::default();
    }
    let (report, texts) = (links.report, links.texts);
    let mut chips: Vec<(Markup, Query)> = Vec::new();
    for &theme in query.themes() {
        chips.push((
            texts.markup(
                key::CHIPS_THEME,
                &[("name", isolated(&report.themes[theme].short))],
            ),
            query.with_theme(theme, false),
        ));
    }
    for &speaker in query.speakers() {
        let name = report.speakers[speaker].display_name();
        chips.push((
            texts.markup(key::CHIPS_SPEAKER, &[("name", isolated(&name))]),
            query.with_speaker(speaker, false),
        ));
    }
    let text = query.text().trim();
    if !text.is_empty() {
        chips.push((
            texts.markup(key::CHIPS_SEARCH, &[("text", isolated(text))]),
            query.with_text(""),
        ));
    }
    html! {
        div class="chips" role="group" aria-label=(texts.text(key::CHIPS_LABEL)) {
            ul {
                @for (label, next) in &chips {
                    li {
                        (go_button(links, class::CHIP.name, next, html! {
                            span class="visually-hidden" { (texts.text(key::CHIPS_REMOVE)) " " }
                            span { (label) }
                            span class="chip-x" aria-hidden="true" { "×" }
                        }))
                    }
                }
            }
            (go_button(links, "button button-quiet clear-all", &Query::default(), texts.text(key::CHIPS_CLEAR)))
        }
    }
}

/// For a query that matches nothing, the filters whose removal would show findings
/// (`Finder::suggestions`, most helpful first) and "Clear all filters".
pub fn suggestions(
    links: &Links,
    query: &Query,
    suggestions: &[Suggestion],
    respellings: &[Respelling],
) -> Markup {
    let (report, texts) = (links.report, links.texts);
    let label = |suggestion: &Suggestion| {
        let findings = html! { (texts.count(key::FINDINGS_COUNT, suggestion.gives, &[])) };
        match suggestion.drop {
            Filter::Theme(t) => texts.markup(
                key::HELP_THEME,
                &[
                    ("name", isolated(&report.themes[t].short)),
                    ("findings", findings),
                ],
            ),
            Filter::Speaker(s) => texts.markup(
                key::HELP_SPEAKER,
                &[
                    ("name", isolated(&report.speakers[s].display_name())),
                    ("findings", findings),
                ],
            ),
            Filter::Search => texts.markup(key::HELP_SEARCH, &[("findings", findings)]),
        }
    };
    html! {
        p { (texts.text(key::HELP_NONE)) }
        ul class="suggestions" {
            @for respelling in respellings {
                li {
                    (go_button(links, "button", &respelling.apply(query), texts.markup(key::HELP_RESPELLING, &[
                        ("word", isolated(&respelling.word)),
                        ("typed", isolated(&respelling.typed)),
                        ("findings", html! { (texts.count(key::FINDINGS_COUNT, respelling.gives, &[])) }),
                    ])))
                }
            }
            @for suggestion in suggestions {
                li { (go_button(links, "button", &suggestion.apply(query), label(suggestion))) }
            }
            li { (go_button(links, "button button-quiet", &Query::default(), texts.text(key::HELP_CLEAR))) }
        }
    }
}
