//! The theme and speaker filters: drawn once from the core's HTML, then kept in step with the
//! query in place (boxes, counts, greyed rows), so focus stays on the box the reader changed.

use gloo::utils::document;
use leptos::prelude::*;
use report::html::{facet_class, facet_count, filter_panel, filters_on};
use report::{FacetCounts, Query};
use wasm_bindgen::JsCast;

use crate::viewer::{Entry, Viewer};

/// Whether the filter panel starts open: always on wide screens, closed on phones.
fn starts_open() -> bool {
    gloo::utils::window()
        .match_media("(min-width: 60rem)")
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// What a checkbox row shows: checked or not, and its count.
type Shown = (bool, usize);

/// Brings one checkbox row from `was` to `now`, touching only what changed.
fn update_facet(name: &str, index: usize, was: Shown, now: Shown) {
    if was == now {
        return;
    }
    let Some(row) = document().get_element_by_id(&format!("facet-{name}-{index}")) else {
        return;
    };
    let (checked, count) = now;
    row.set_class_name(facet_class(count, checked));
    if was.0 != checked
        && let Some(input) = row
            .first_element_child()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_checked(checked);
    }
    if was.1 != count
        && let Some(number) = row.last_element_child()
    {
        if (was.1 == 1) == (count == 1)
            && let Some(digits) = number.first_child()
        {
            digits.set_node_value(Some(&count.to_string()));
        } else {
            number.set_inner_html(&facet_count(count));
        }
    }
}

/// What every row shows under `query` and its `counts`: themes, then speakers.
fn shown(query: &Query, counts: &FacetCounts) -> (Vec<Shown>, Vec<Shown>) {
    let themes = counts
        .themes
        .iter()
        .enumerate()
        .map(|(t, &n)| (query.themes().contains(&t), n))
        .collect();
    let speakers = counts
        .speakers
        .iter()
        .enumerate()
        .map(|(s, &n)| (query.speakers().contains(&s), n))
        .collect();
    (themes, speakers)
}

/// Brings the whole panel from what it showed (`was`) to `query` and its `counts`.
fn update_panel(
    was: &(Vec<Shown>, Vec<Shown>),
    query: &Query,
    counts: &FacetCounts,
) -> (Vec<Shown>, Vec<Shown>) {
    let now = shown(query, counts);
    for (t, (&before, &after)) in was.0.iter().zip(&now.0).enumerate() {
        update_facet("theme", t, before, after);
    }
    for (s, (&before, &after)) in was.1.iter().zip(&now.1).enumerate() {
        update_facet("speaker", s, before, after);
    }
    if let Some(active) = document().query_selector(".filters-active").ok().flatten() {
        let on = query.themes().len() + query.speakers().len();
        active.set_class_name(if on == 0 {
            "filters-active hidden"
        } else {
            "filters-active"
        });
        active.set_text_content(Some(&filters_on(on)));
    }
    now
}

#[component]
pub fn Filters(query: Memo<Query>, counts: Memo<FacetCounts>) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let report = viewer.report;
    let mut panel = String::new();
    let drawn = query.with_untracked(|q| {
        counts.with_untracked(|c| {
            filter_panel(&mut panel, report, c, q, starts_open());
            shown(q, c)
        })
    });
    // Each run starts from what the last one left on the page.
    Effect::new(move |was: Option<(Vec<Shown>, Vec<Shown>)>| {
        let was = was.unwrap_or_else(|| drawn.clone());
        query.with(|q| counts.with(|c| update_panel(&was, q, c)))
    });
    let toggle = move |event: web_sys::Event| {
        let Some(input) = event
            .target()
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
    view! { <aside class="filters" aria-labelledby="filters-heading" inner_html=panel on:change=toggle></aside> }
}
