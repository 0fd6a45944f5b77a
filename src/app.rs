//! The page: masthead, tabs, the current view and the footer, sharing one [`Viewer`].

use leptos::prelude::*;
use report::View;
use wasm_bindgen::JsCast;

use crate::components::{
    FindingsView, Masthead, OverviewView, ReportView, SiteFooter, SpeakersView, Tabs, UpdateBanner,
};
use crate::data::Loaded;
use crate::offline;
use crate::viewer::{Viewer, reveal_hash};

/// Replaces the loading placeholder in `#app` with the viewer for the loaded report.
pub fn mount(loaded: Loaded) {
    let report = loaded.report;
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(gloo::utils::body);
    root.set_text_content(None);
    gloo::utils::document().set_title(&format!("{} · {}", report.meta.title, report.meta.publisher));
    leptos::mount::mount_to(root, move || {
        provide_context(Viewer::start(report));
        view! { <App version=loaded.version built=loaded.built /> }
    })
    .forget();
    reveal_hash();
}

#[component]
fn App(version: String, built: String) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let offline = offline::start();
    let view = Memo::new(move |_| viewer.view());
    view! {
        <a class="skip-link" href="#main">"Skip to the content"</a>
        <UpdateBanner waiting=offline.update_waiting />
        <Masthead />
        <Tabs />
        <main id="main" tabindex="-1">
            {move || match view.get() {
                View::Findings => view! { <FindingsView /> }.into_any(),
                View::Overview => view! { <OverviewView /> }.into_any(),
                View::Speakers => view! { <SpeakersView /> }.into_any(),
                View::Report => view! { <ReportView /> }.into_any(),
            }}
        </main>
        <SiteFooter version built offline_ready=offline.ready />
    }
}
