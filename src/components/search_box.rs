//! The search field: results follow every keystroke; `/` jumps to it, Escape clears it. Drawn
//! with the findings section from the core's HTML and wired here, in step with the query as
//! filters change elsewhere.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use leptos::prelude::*;
use report::html::ids;
use wasm_bindgen::JsCast;

use crate::viewer::{Entry, Viewer};

fn input() -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id(ids::SEARCH)?.dyn_into().ok()
}

/// Focuses the search field when `/` is typed outside a text field.
fn listen_for_slash() {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&window(), "keydown", options, |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let typing = document()
            .active_element()
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        let wants_search =
            event.key() == "/" && !typing && !event.ctrl_key() && !event.meta_key() && !event.alt_key();
        if wants_search && let Some(input) = input() {
            event.prevent_default();
            input.focus().ok();
        }
    })
    .forget();
}

/// Follows typing (Escape clears) once the field is on the page.
fn listen_to_field(viewer: Viewer, field: &web_sys::HtmlInputElement) {
    // Starting or clearing a search is a step in the history; refining it as one types is not.
    let set_text = move |text: String| {
        let query = viewer.query_untracked();
        let was_empty = query.text().trim().is_empty();
        let entry = if was_empty != text.trim().is_empty() {
            Entry::Push
        } else {
            Entry::Replace
        };
        viewer.set_query(query.with_text(&text), entry);
    };
    let typed = field.clone();
    EventListener::new(field, "input", move |_| set_text(typed.value())).forget();
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(field, "keydown", options, move |event| {
        let escape = event
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|e| e.key() == "Escape");
        if escape && !viewer.query_untracked().text().is_empty() {
            event.prevent_default();
            set_text(String::new());
        }
    })
    .forget();
}

/// Wires the search field drawn with the findings section (`report::html::SEARCH_BOX`) and
/// keeps it showing the query's text as filters change elsewhere.
pub fn wire_search_box(viewer: Viewer) {
    listen_for_slash();
    // The first run finds the field drawn and wires it; every run shows the query's text.
    Effect::new(move |wired: Option<()>| {
        let text = viewer.query().text().to_owned();
        if let Some(field) = input() {
            if wired.is_none() {
                listen_to_field(viewer, &field);
            }
            if field.value() != text {
                field.set_value(&text);
            }
        }
    });
}
