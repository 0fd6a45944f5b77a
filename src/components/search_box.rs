//! The search field: results follow every keystroke; `/` jumps to it, Escape clears it.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::viewer::{Entry, Viewer};

const INPUT_ID: &str = "search";

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
        if wants_search
            && let Some(input) = document()
                .get_element_by_id(INPUT_ID)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            event.prevent_default();
            input.focus().ok();
        }
    })
    .forget();
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    listen_for_slash();
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
    view! {
        <search class="search">
            <label for=INPUT_ID class="search-label">"Search the findings"</label>
            <div class="search-field">
                <input
                    id=INPUT_ID
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="Words, names or themes"
                    aria-keyshortcuts="/"
                    prop:value=move || viewer.query().text().to_owned()
                    on:input=move |ev| set_text(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" && !viewer.query_untracked().text().is_empty() {
                            ev.prevent_default();
                            set_text(String::new());
                        }
                    }
                />
            </div>
            <p class="search-hint">"Matches every word, ignoring case and accents."
                <span class="search-key-hint">" Press " <kbd>"/"</kbd> " to search."</span></p>
        </search>
    }
}
