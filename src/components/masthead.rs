//! The report's header (title, place, date, author) and its footer (publisher, source, data),
//! drawn from the core's HTML.

use leptos::prelude::*;
use report::html::{build_info, footer, masthead};

use crate::viewer::Viewer;

#[component]
pub fn Masthead() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let mut inner = String::new();
    masthead(&mut inner, &viewer.links());
    view! {
        <header class="masthead">
            <div class="masthead-inner" inner_html=inner></div>
        </header>
    }
}

/// Shows "Available offline" once the service worker has the site.
fn show_offline_badge(offline_ready: RwSignal<bool>) {
    Effect::new(move |_| {
        let ready = offline_ready.get();
        if let Some(badge) = gloo::utils::document().get_element_by_id("offline-badge") {
            badge.set_class_name(if ready {
                "offline-badge"
            } else {
                "offline-badge hidden"
            });
        }
    });
}

#[component]
pub fn SiteFooter(version: String, built: String, offline_ready: RwSignal<bool>) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let mut inner = String::new();
    footer(&mut inner, viewer.report, &viewer.base_url(), &version, &built);
    show_offline_badge(offline_ready);
    view! { <footer class="site-footer" inner_html=inner></footer> }
}

/// The footer of the library: whether the site is available offline, and which data it shows.
#[component]
pub fn LibraryFooter(version: String, built: String, offline_ready: RwSignal<bool>) -> impl IntoView {
    let mut inner = String::new();
    build_info(&mut inner, &version, &built);
    show_offline_badge(offline_ready);
    view! { <footer class="site-footer" inner_html=inner></footer> }
}
