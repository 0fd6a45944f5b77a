//! Keeps the filter state and the address bar in step: push on change, follow Back and Forward.

use gloo::events::EventListener;
use gloo::utils::window;
use leptos::prelude::*;
use report::{Query, Report, UrlState, parse_search, to_search};

/// The state the current address asks for.
pub fn read_url(report: &Report) -> UrlState {
    let search = window().location().search().unwrap_or_default();
    parse_search(&search, report)
}

/// Records `query` as a new history entry, unless the address already says it.
pub fn push(query: &Query, report: &Report) {
    let location = window().location();
    let search = to_search(query, report);
    if location.search().unwrap_or_default() == search {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    if let Ok(history) = window().history() {
        history
            .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")))
            .ok();
    }
}

/// Follows Back and Forward: sets `state` from the address after every history step.
pub fn follow_history(report: &'static Report, state: RwSignal<UrlState>) {
    EventListener::new(&window(), "popstate", move |_| {
        let next = read_url(report);
        if state.with_untracked(|current| current.query != next.query) {
            state.set(next);
        }
    })
    .forget();
}
