//! The filter panel: a checkbox per theme and speaker with the count each would show. The app
//! draws it once from this text and then updates the boxes and counts in place, so a box keeps
//! the keyboard focus while the reader works through them.

use super::finding::swatch;
use super::{Part, escape_into, push_all};
use crate::finder::FacetCounts;
use crate::model::Report;
use crate::query::Query;

/// The inside of a facet's count: the number, and the word for screen readers.
pub fn facet_count(count: usize) -> String {
    let word = if count == 1 { " finding" } else { " findings" };
    format!("{count}<span class=\"visually-hidden\">{word}</span>")
}

/// The class of a facet's row: greyed when choosing it would show nothing.
pub fn facet_class(count: usize, checked: bool) -> &'static str {
    if count == 0 && !checked {
        "facet facet-empty"
    } else {
        "facet"
    }
}

/// How many filters are on, in words.
pub fn filters_on(active: usize) -> String {
    match active {
        1 => String::from("1 filter on"),
        n => format!("{n} filters on"),
    }
}

/// One checkbox row, `id="facet-NAME-INDEX"`, its label already HTML.
fn facet(out: &mut String, name: &str, index: usize, value: &str, count: usize, checked: bool, label: &str) {
    push_all(
        out,
        &[
            Part::Markup("<label class=\""),
            Part::Markup(facet_class(count, checked)),
            Part::Markup("\" id=\"facet-"),
            Part::Markup(name),
            Part::Markup("-"),
            Part::Markup(&index.to_string()),
            Part::Markup("\"><input type=\"checkbox\" name=\""),
            Part::Markup(name),
            Part::Markup("\" value=\""),
            Part::Text(value),
            Part::Markup(if checked { "\" checked>" } else { "\">" }),
            Part::Markup("<span class=\"facet-label\">"),
            Part::Markup(label),
            Part::Markup("</span><span class=\"facet-count\">"),
            Part::Markup(&facet_count(count)),
            Part::Markup("</span></label>"),
        ],
    );
}

/// Appends the inside of the filters' `<aside>`: the panel (`open` or not) with a checkbox for
/// every theme and speaker, checked as in `query`, and the count each would show.
pub fn filter_panel(out: &mut String, report: &Report, counts: &FacetCounts, query: &Query, open: bool) {
    let active = query.themes().len() + query.speakers().len();
    push_all(
        out,
        &[
            Part::Markup(if open {
                "<details class=\"filters-panel\" open>"
            } else {
                "<details class=\"filters-panel\">"
            }),
            Part::Markup(
                "<summary><h2 id=\"filters-heading\">Filter findings</h2><span class=\"filters-active",
            ),
            Part::Markup(if active == 0 { " hidden\">" } else { "\">" }),
            Part::Markup(&filters_on(active)),
            Part::Markup("</span></summary><fieldset><legend>Themes</legend>"),
        ],
    );
    for (t, theme) in report.themes.iter().enumerate() {
        let mut label = String::from("<span class=\"swatch theme-");
        label.push_str(swatch(t));
        label.push_str("\" aria-hidden=\"true\"></span>");
        escape_into(&mut label, &theme.name);
        facet(
            out,
            "theme",
            t,
            &theme.id,
            counts.themes[t],
            query.themes().contains(&t),
            &label,
        );
    }
    out.push_str("</fieldset><fieldset><legend>Speakers</legend>");
    for (s, speaker) in report.speakers.iter().enumerate() {
        let mut label = String::from("<span class=\"speaker-name\">");
        escape_into(&mut label, &speaker.display_name());
        label.push_str("</span><span class=\"speaker-detail\">");
        escape_into(&mut label, &speaker.detail());
        label.push_str("</span>");
        facet(
            out,
            "speaker",
            s,
            &speaker.id,
            counts.speakers[s],
            query.speakers().contains(&s),
            &label,
        );
    }
    out.push_str("</fieldset><p class=\"filters-help\">Findings match any chosen theme and any chosen speaker.</p></details>");
}
