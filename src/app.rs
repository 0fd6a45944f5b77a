//! The page: masthead, filters, findings and the full report, wired to the core's query.

use leptos::prelude::*;
use report::{Query, Report, UrlState};
use wasm_bindgen::JsCast;

use crate::components::{Filters, FindingList, Masthead, Narrative, SiteFooter, UpdateBanner};
use crate::data::Loaded;
use crate::{offline, url_sync};

/// Replaces the loading placeholder in `#app` with the viewer for the loaded report.
pub fn mount(loaded: Loaded) {
    let report = loaded.report;
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(gloo::utils::body);
    root.set_text_content(None);
    gloo::utils::document().set_title(&format!("{} · {}", report.meta.title, report.meta.publisher));
    leptos::mount::mount_to(
        root,
        move || view! { <App report version=loaded.version built=loaded.built /> },
    )
    .forget();
}

#[component]
fn App(report: &'static Report, version: String, built: String) -> impl IntoView {
    let offline = offline::start();
    let state = RwSignal::new(url_sync::read_url(report));
    url_sync::follow_history(report, state);
    let query = Memo::new(move |_| state.with(|s| s.query.clone()));
    let ignored = Memo::new(move |_| state.with(|s| s.ignored.clone()));
    let choose = Callback::new(move |next: Query| {
        url_sync::push(&next, report);
        state.set(UrlState {
            query: next,
            ignored: Vec::new(),
        });
    });
    let results = Memo::new(move |_| query.with(|q| q.results(report)));
    let counts = Memo::new(move |_| query.with(|q| q.facet_counts(report)));

    view! {
        <a class="skip-link" href="#findings">"Skip to the findings"</a>
        <UpdateBanner waiting=offline.update_waiting />
        <Masthead report />
        <div class="layout">
            <Filters report query counts choose />
            <main class="content" id="findings" tabindex="-1">
                <FindingList report query results ignored choose />
                <Narrative report />
            </main>
        </div>
        <SiteFooter report version built offline_ready=offline.ready />
    }
}
