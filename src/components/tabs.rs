//! The views of the report as tabs of links, so each view has its own address.

use leptos::prelude::*;
use report::View;

use super::theme_toggle::ThemeToggle;
use crate::viewer::{Entry, Viewer, follow};

#[component]
pub fn Tabs() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let tabs = View::ALL
        .into_iter()
        .map(|view| {
            let current = move || viewer.view() == view;
            view! {
                <li>
                    <a
                        href=move || viewer.href(view, &viewer.query(), None)
                        aria-current=move || current().then_some("page")
                        class:current=current
                        on:click=move |ev| follow(&ev, || viewer.go(view, viewer.query_untracked(), None, Entry::Push))
                    >
                        {view.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="tabs" aria-label="Views of the report">
            <div class="tabs-inner">
                <ul>{tabs}</ul>
                <ThemeToggle />
            </div>
        </nav>
    }
}
