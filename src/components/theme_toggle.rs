//! Light or dark: the system's choice until the reader makes one, which is then remembered.

use gloo::utils::document;
use leptos::prelude::*;

use crate::browser;

const KEY: &str = "report-viewer-theme";

/// Whether the page is dark now, as public/theme.js set it before the app started.
fn page_is_dark() -> bool {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("data-theme"))
        .as_deref()
        == Some("dark")
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(page_is_dark());
    let toggle = move |_| {
        let next = !dark.get_untracked();
        dark.set(next);
        let theme = if next { "dark" } else { "light" };
        if let Some(root) = document().document_element() {
            root.set_attribute("data-theme", theme).ok();
        }
        browser::store(KEY, theme);
    };
    view! {
        <button type="button" class="theme-toggle" aria-pressed=move || dark.get().to_string() on:click=toggle>
            <span aria-hidden="true" class="theme-toggle-icon"></span>
            <span class="theme-toggle-text">"Dark mode"</span>
        </button>
    }
}
