//! The quiet notice that a new version of the site is ready, with a reload that keeps the filters.

use leptos::prelude::*;

use crate::offline;

#[component]
pub fn UpdateBanner(waiting: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="update-banner" role="status">
            <Show when=move || waiting.get()>
                <p>
                    "A new version is available — "
                    <button type="button" class="button" on:click=|_| offline::reload_into_update()>
                        "Reload"
                    </button>
                </p>
            </Show>
        </div>
    }
}
