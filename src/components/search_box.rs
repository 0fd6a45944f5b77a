//! The search field: results follow every keystroke; `/` jumps to it, Escape clears it. Drawn
//! with the findings section from the core's HTML and wired here, in step with the query as
//! filters change elsewhere.

use gloo::utils::document;
use leptos::prelude::*;
use report::Wanted;
use report::html::contract::ids;
use wasm_bindgen::JsCast;

use crate::texts_apart::APART;
use crate::viewer::{Entry, Viewer};
use crate::{browser, history};

fn input() -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id(ids::SEARCH)?.dyn_into().ok()
}

/// Focuses the search field when `/` is typed outside a text field; in the field, Escape clears
/// the search.
fn on_keydown(viewer: Viewer, event: &web_sys::Event) {
    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    let in_field = browser::target_within(event, &format!("#{}", ids::SEARCH)).is_some();
    if in_field {
        if key.key() == "Escape" && !viewer.query_untracked().text().is_empty() {
            event.prevent_default();
            set_text(viewer, String::new());
        }
        // Perhaps to reload, or to go to the address bar: it shows the search as typed.
        if key.ctrl_key() || key.meta_key() || key.key() == "F5" {
            history::write_now();
        }
        return;
    }
    let typing = document()
        .active_element()
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    let wants_search = key.key() == "/" && !typing && !key.ctrl_key() && !key.meta_key() && !key.alt_key();
    if wants_search && let Some(input) = input() {
        event.prevent_default();
        input.focus().ok();
    }
}

/// Sets the search's text: starting or clearing a search is a step in the history; refining it
/// as one types is not.
fn set_text(viewer: Viewer, text: String) {
    let query = viewer.query_untracked();
    let was_empty = query.text().trim().is_empty();
    let entry = if was_empty != text.trim().is_empty() {
        Entry::Push
    } else {
        Entry::Replace
    };
    viewer.set_query(query.with_text(&text), entry);
}

/// Wires the search field drawn with the findings section (`report::html::findings_section`) and
/// keeps it showing the query's text as filters change elsewhere.
pub fn wire_search_box(viewer: Viewer) {
    browser::listen(&document(), "keydown", move |event| on_keydown(viewer, event));
    if APART {
        // A long report's word list ships apart: fetched as the reader comes to the field, it is
        // often in by the first keystroke.
        browser::listen(&document(), "focusin", move |event| {
            let in_field = browser::target_within(event, &format!("#{}", ids::SEARCH)).is_some();
            if in_field && !viewer.finder.searchable() {
                viewer.texts.fetch_wanted(viewer.finder, Wanted::Words);
            }
        });
    }
    // "input" as each keystroke changes the text; "change" as the reader is done with it (Enter,
    // or leaving the field, for the address bar, say): the address then shows it at once.
    let follow = move |event: &web_sys::Event| {
        if let Some(field) = browser::target_within(event, &format!("#{}", ids::SEARCH))
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            if event.type_() == "change" {
                // The text is the query's already: each keystroke's "input" set it.
                history::write_now();
                return;
            }
            set_text(viewer, field.value());
        }
    };
    browser::listen(&document(), "input", follow);
    browser::listen(&document(), "change", follow);
    // Every run shows the query's text, as filters change elsewhere.
    Effect::new_sync(move |_| {
        let text = viewer.query().text().to_owned();
        if let Some(field) = input()
            && field.value() != text
        {
            field.set_value(&text);
        }
    });
}
