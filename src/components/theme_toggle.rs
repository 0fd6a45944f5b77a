//! Light or dark: follows the system until the reader chooses, then remembers the choice.

use gloo::utils::{document, window};
use leptos::prelude::*;

use crate::browser;

const KEY: &str = "report-viewer-theme";

fn system_prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(match browser::stored(KEY).as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => system_prefers_dark(),
    });
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
