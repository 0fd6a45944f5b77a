//! The active filters as removable chips, and, when nothing matches, which filter to drop.
//! Their buttons carry `data-go`: the in-app address they lead to.

use maud::{Markup, Render, html};

use super::Links;
use crate::finder::{Filter, Respelling, Suggestion};
use crate::numbers::counted;
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

/// The chips of `query`'s filters and search, each removing itself, and "Clear all"; nothing
/// when there are none.
pub fn chips(links: &Links, query: &Query) -> Markup {
    if query.is_empty() {
        return Markup::default();
    }
    let report = links.report;
    let mut chips: Vec<(String, Query)> = Vec::new();
    for &theme in query.themes() {
        chips.push((
            format!("Theme: {}", report.themes[theme].short),
            query.with_theme(theme, false),
        ));
    }
    for &speaker in query.speakers() {
        let name = report.speakers[speaker].display_name();
        chips.push((format!("Speaker: {name}"), query.with_speaker(speaker, false)));
    }
    let text = query.text().trim();
    if !text.is_empty() {
        chips.push((format!("Search: \u{201c}{text}\u{201d}"), query.with_text("")));
    }
    html! {
        div class="chips" role="group" aria-label="Active filters" {
            ul {
                @for (label, next) in &chips {
                    li {
                        (go_button(links, "chip", next, html! {
                            span class="visually-hidden" { "Remove " }
                            (label)
                            span class="chip-x" aria-hidden="true" { "×" }
                        }))
                    }
                }
            }
            (go_button(links, "button button-quiet clear-all", &Query::default(), "Clear all"))
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
    let report = links.report;
    let label = |suggestion: &Suggestion| {
        let what = match suggestion.drop {
            Filter::Theme(t) => format!("Remove the theme \u{201c}{}\u{201d}", report.themes[t].short),
            Filter::Speaker(s) => format!("Remove the speaker {}", report.speakers[s].display_name()),
            Filter::Search => String::from("Clear the search"),
        };
        format!(
            "{what} to see {}",
            counted(suggestion.gives, "finding", "findings")
        )
    };
    html! {
        p { "No findings match all of these filters." }
        ul class="suggestions" {
            @for respelling in respellings {
                li {
                    (go_button(links, "button", &respelling.apply(query), format!(
                        "Search for \u{201c}{}\u{201d} instead of \u{201c}{}\u{201d} to see {}",
                        respelling.word,
                        respelling.typed,
                        counted(respelling.gives, "finding", "findings")
                    )))
                }
            }
            @for suggestion in suggestions {
                li { (go_button(links, "button", &suggestion.apply(query), label(suggestion))) }
            }
            li { (go_button(links, "button button-quiet", &Query::default(), "Clear all filters")) }
        }
    }
}
