//! The active filters as removable chips, and, when nothing matches, which filter to drop.
//! Their buttons carry `data-go`: the in-app address they lead to.

use super::contract::attr;
use super::{Links, Part, push_all};
use crate::finder::{Filter, Suggestion};
use crate::numbers::counted;
use crate::query::Query;
use crate::url::View;
use const_format::concatcp;

/// Appends a button that leads to `query` in the findings view.
fn go_button(out: &mut String, links: &Links, class: &str, query: &Query, label: &[Part<'_>]) {
    push_all(
        out,
        &[
            Part::Markup("<button type=\"button\" class=\""),
            Part::Markup(class),
            Part::Markup(concatcp!("\" ", attr::GO, "=\"")),
            Part::Text(&links.href(View::Findings, query, None)),
            Part::Markup("\">"),
        ],
    );
    push_all(out, label);
    out.push_str("</button>");
}

/// Appends the chips of `query`'s filters and search, each removing itself, and "Clear all";
/// nothing when there are none.
pub fn chips(out: &mut String, links: &Links, query: &Query) {
    if query.is_empty() {
        return;
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
    out.push_str("<div class=\"chips\" role=\"group\" aria-label=\"Active filters\"><ul>");
    for (label, next) in &chips {
        out.push_str("<li>");
        go_button(
            out,
            links,
            "chip",
            next,
            &[
                Part::Markup("<span class=\"visually-hidden\">Remove </span>"),
                Part::Text(label),
                Part::Markup("<span class=\"chip-x\" aria-hidden=\"true\">×</span>"),
            ],
        );
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    go_button(
        out,
        links,
        "button button-quiet clear-all",
        &Query::default(),
        &[Part::Markup("Clear all")],
    );
    out.push_str("</div>");
}

/// Appends, for a query that matches nothing, the filters whose removal would show findings
/// (`Finder::suggestions`, most helpful first) and "Clear all filters".
pub fn suggestions(out: &mut String, links: &Links, query: &Query, suggestions: &[Suggestion]) {
    let report = links.report;
    out.push_str("<p>No findings match all of these filters.</p><ul class=\"suggestions\">");
    for suggestion in suggestions {
        let what = match suggestion.drop {
            Filter::Theme(t) => format!("Remove the theme \u{201c}{}\u{201d}", report.themes[t].short),
            Filter::Speaker(s) => format!("Remove the speaker {}", report.speakers[s].display_name()),
            Filter::Search => String::from("Clear the search"),
        };
        let gives = suggestion.gives;
        let label = format!("{what} to see {}", counted(gives, "finding", "findings"));
        out.push_str("<li>");
        go_button(
            out,
            links,
            "button",
            &suggestion.apply(query),
            &[Part::Text(&label)],
        );
        out.push_str("</li>");
    }
    out.push_str("<li>");
    go_button(
        out,
        links,
        "button button-quiet",
        &Query::default(),
        &[Part::Markup("Clear all filters")],
    );
    out.push_str("</li></ul>");
}
