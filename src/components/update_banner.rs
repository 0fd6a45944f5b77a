//! The quiet notice that a new version of the site is ready, with a reload that keeps the filters.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::offline;

const OFFER: &str = "<p>A new version is available — <button type=\"button\" class=\"button\" data-reload>Reload</button></p>";

#[component]
pub fn UpdateBanner(waiting: RwSignal<bool>) -> impl IntoView {
    let reload = |event: web_sys::MouseEvent| {
        let asked = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-reload]").ok().flatten());
        if asked.is_some() {
            offline::reload_into_update();
        }
    };
    view! {
        <div
            class="update-banner"
            role="status"
            inner_html=move || if waiting.get() { OFFER } else { "" }
            on:click=reload
        ></div>
    }
}
