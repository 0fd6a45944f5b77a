//! The theme and speaker filters: drawn once from the core's HTML, then kept in step with the
//! query in place (boxes, counts, greyed rows), so focus stays on the box the reader changed;
//! and the button that unfolds a long list of speakers.

use gloo::utils::document;
use leptos::prelude::*;
use report::html::contract::{attr, class, ids};
use report::html::{Markup, facet_class, facet_count_word, filter_panel, filters_on, fold_label, folded_row};
use report::{FacetCounts, Query};

use crate::words::texts;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::viewer::{Entry, Viewer};

/// Whether the filter panel starts open: always on wide screens, closed on phones.
fn starts_open() -> bool {
    gloo::utils::window()
        .match_media("(min-width: 60rem)")
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// What a checkbox row shows: checked or not, its count, and whether a folded list hides it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Shown {
    checked: bool,
    count: usize,
    folded: bool,
}

/// The panel as last drawn: each row's element and what it shows, themes then speakers.
struct Panel {
    themes: Vec<(web_sys::Element, Shown)>,
    speakers: Vec<(web_sys::Element, Shown)>,
}

/// The part of a checkbox row that `selector` finds: its box, or its count.
fn part(row: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    row.query_selector(selector).ok().flatten()
}

/// Brings one checkbox row to `now`, touching only what changed.
fn update_row(row: &web_sys::Element, was: Shown, now: Shown) {
    if (was.count == 0, was.checked, was.folded) != (now.count == 0, now.checked, now.folded) {
        row.set_class_name(facet_class(now.count, now.checked, now.folded));
    }
    if was.checked != now.checked
        && let Some(input) = part(row, "input").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_checked(now.checked);
    }
    // The number and, when the count takes another form, its word: text changed in place (made
    // anew from HTML, a theme click's counts at 300 speakers were about 120 parses).
    if was.count != now.count
        && let Some(number) = part(row, class::FACET_COUNT.selector)
    {
        if let Some(digits) = number.first_child() {
            digits.set_node_value(Some(&texts().number(now.count)));
        }
        let word = facet_count_word(texts(), now.count);
        if word != facet_count_word(texts(), was.count)
            && let Some(hidden) = number.last_element_child()
        {
            hidden.set_text_content(Some(&word));
        }
    }
}

/// Brings the rows of one facet to the chosen ones and `counts`; a row a folded list hides
/// comes out once chosen, and stays out.
fn update_rows(rows: &mut [(web_sys::Element, Shown)], chosen: &[usize], counts: &[usize]) {
    for (index, ((row, shown), &count)) in rows.iter_mut().zip(counts).enumerate() {
        let checked = chosen.contains(&index);
        let now = Shown {
            checked,
            count,
            folded: shown.folded && !checked,
        };
        if now != *shown {
            update_row(row, *shown, now);
            *shown = now;
        }
    }
}

/// The rows of facet `name` as drawn with the `chosen` ones and `counts`, found by their ids
/// (`facet-NAME-INDEX`); a list that `folds` hides some of them (see `report::html::folded_row`).
fn drawn_rows(name: &str, chosen: &[usize], counts: &[usize], folds: bool) -> Vec<(web_sys::Element, Shown)> {
    let rows = counts.len();
    (0..rows)
        .filter_map(|index| {
            let row = document().get_element_by_id(&ids::facet_row(name, index))?;
            let checked = chosen.contains(&index);
            let folded = folds && folded_row(rows, index, checked);
            Some((
                row,
                Shown {
                    checked,
                    count: counts[index],
                    folded,
                },
            ))
        })
        .collect()
}

/// Brings the whole panel to `query` and its `counts`.
fn update_panel(panel: &mut Panel, query: &Query, counts: &FacetCounts) {
    update_rows(&mut panel.themes, query.themes(), &counts.themes);
    update_rows(&mut panel.speakers, query.speakers(), &counts.speakers);
    if let Some(active) = document()
        .query_selector(class::FILTERS_ACTIVE.selector)
        .ok()
        .flatten()
    {
        let on = query.themes().len() + query.speakers().len();
        active
            .class_list()
            .toggle_with_force(class::HIDDEN.name, on == 0)
            .ok();
        active.set_text_content(Some(&filters_on(texts(), on)));
    }
}

/// For a click in the page: on the button under a long list of speakers (the filter panel's or
/// the overview's, the one it `aria-controls`), shows them all or folds them again.
pub fn on_click(viewer: Viewer, event: &web_sys::MouseEvent) {
    let Some(button) = browser::closest(event, attr::FOLD_BUTTON) else {
        return;
    };
    let Some(list) = button
        .get_attribute("aria-controls")
        .and_then(|id| document().get_element_by_id(&id))
    else {
        return;
    };
    let Ok(folded) = list.class_list().toggle(class::FOLDED.name) else {
        return;
    };
    button
        .set_attribute("aria-expanded", if folded { "false" } else { "true" })
        .ok();
    button.set_text_content(Some(&fold_label(texts(), viewer.report.speakers.len(), folded)));
}

/// Draws the inside of the filter panel for `query` and its `counts`: returns its markup, to be put
/// in the page at once, and keeps it in step with them.
pub fn filter_panel_view(viewer: Viewer, query: Memo<Query>, counts: Memo<FacetCounts>) -> Markup {
    let report = viewer.report;
    let (first_query, first_counts) = (query.get_untracked(), counts.get_untracked());
    let html = filter_panel(texts(), report, &first_counts, &first_query, starts_open());
    // The first run finds the rows just drawn; each run starts from what the last one left.
    Effect::new_sync(move |panel: Option<Panel>| {
        let mut panel = panel.unwrap_or_else(|| Panel {
            themes: drawn_rows("theme", first_query.themes(), &first_counts.themes, false),
            speakers: drawn_rows("speaker", first_query.speakers(), &first_counts.speakers, true),
        });
        query.with(|q| counts.with(|c| update_panel(&mut panel, q, c)));
        panel
    });
    let toggle = move |event: &web_sys::Event| {
        let Some(input) = browser::target_within(event, class::FILTERS.selector)
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let (value, on, now) = (input.value(), input.checked(), query.get_untracked());
        let next = match input.name().as_str() {
            "theme" => report
                .themes
                .iter()
                .position(|t| t.id == value)
                .map(|t| now.with_theme(t, on)),
            _ => report
                .speakers
                .iter()
                .position(|s| s.id == value)
                .map(|s| now.with_speaker(s, on)),
        };
        if let Some(next) = next {
            viewer.set_query(next, Entry::Push);
        }
    };
    browser::listen(&document(), "change", toggle);
    html
}
