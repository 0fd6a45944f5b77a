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

/// Brings one checkbox row up to date.
fn update_facet(name: &str, index: usize, checked: bool, count: usize) {
    let Some(row) = document().get_element_by_id(&format!("facet-{name}-{index}")) else {
        return;
    };
    row.set_class_name(facet_class(count, checked));
    if let Some(input) = row
        .first_element_child()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_checked(checked);
    }
    if let Some(number) = row.last_element_child() {
        number.set_inner_html(&facet_count(count));
    }
}

/// Brings the whole panel up to date with `query` and its `counts`.
fn update_panel(query: &Query, counts: &FacetCounts) {
    for (t, &count) in counts.themes.iter().enumerate() {
        update_facet("theme", t, query.themes().contains(&t), count);
    }
    for (s, &count) in counts.speakers.iter().enumerate() {
        update_facet("speaker", s, query.speakers().contains(&s), count);
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
}

#[component]
pub fn Filters(query: Memo<Query>, counts: Memo<FacetCounts>) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let report = viewer.report;
    let mut panel = String::new();
    query
        .with_untracked(|q| counts.with_untracked(|c| filter_panel(&mut panel, report, c, q, starts_open())));
    Effect::new(move |_| query.with(|q| counts.with(|c| update_panel(q, c))));
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
