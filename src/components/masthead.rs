//! The report's header (title, place, date, author) and its footer (publisher, source, data),
//! drawn from the core's HTML.

use crate::offline::OfflineStatus;
use leptos::prelude::*;
use report::html::{build_info, footer, ids, masthead, offline_note};

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

/// Says in the footer how many reports are saved for offline use, with the button that saves
/// the rest on a metered connection.
fn show_offline_badge(offline: OfflineStatus) {
    Effect::new(move |_| {
        let mut note = String::new();
        offline_note(&mut note, offline.saved.get(), offline.asked.get());
        if let Some(badge) = gloo::utils::document().get_element_by_id(ids::OFFLINE_BADGE) {
            badge.set_class_name(if note.is_empty() {
                "offline-badge hidden"
            } else {
                "offline-badge"
            });
            badge.set_inner_html(&note);
        }
    });
}

/// A footer, drawn from the core's HTML, whose "save for offline" button works (see
/// [`offline::start`]).
fn site_footer(inner: String, offline: OfflineStatus) -> impl IntoView {
    show_offline_badge(offline);
    view! { <footer class="site-footer" inner_html=inner></footer> }
}

#[component]
pub fn SiteFooter(version: String, built: String, offline: OfflineStatus) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let mut inner = String::new();
    footer(&mut inner, viewer.report, &viewer.base_url(), &version, &built);
    site_footer(inner, offline)
}

/// The footer of the library: whether the site is available offline, and which data it shows.
#[component]
pub fn LibraryFooter(version: String, built: String, offline: OfflineStatus) -> impl IntoView {
    let mut inner = String::new();
    build_info(&mut inner, &version, &built);
    site_footer(inner, offline)
}
