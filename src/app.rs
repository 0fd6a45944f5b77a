//! The page: a library of the site's reports, or one report with its masthead, tabs, current
//! view and footer, sharing one [`Viewer`].

use gloo::utils::{document, window};
use leptos::prelude::*;
use report::{Report, View, parse_search};
use wasm_bindgen::JsCast;

use crate::components::{
    FindingsView, Library, Masthead, OverviewView, ReportView, SiteFooter, SpeakersView, Tabs, UpdateBanner,
    follow_clicks,
};
use crate::data::Loaded;
use crate::offline;
use crate::viewer::{Viewer, reveal_hash};

/// Which report the address asks for, if the site has several: its index, or `Err` with the
/// unknown name (or `None` when none was asked for) to show the library instead.
fn chosen_report(reports: &'static [(String, Report)]) -> Result<usize, Option<String>> {
    if reports.len() == 1 {
        return Ok(0);
    }
    let search = window().location().search().unwrap_or_default();
    let wanted = parse_search(&search, &reports[0].1).report;
    match wanted {
        Some(name) => reports
            .iter()
            .position(|(slug, _)| *slug == name)
            .ok_or(Some(name)),
        None => Err(None),
    }
}

/// Replaces the loading placeholder in `#app` with the library or the chosen report.
pub fn mount(loaded: Loaded) {
    let root = document()
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(gloo::utils::body);
    // The page drawn at build time (see report::html::prerender) gives way in one go, before the
    // next frame: the app draws the same markup.
    root.set_text_content(None);
    root.set_class_name("");
    let Loaded {
        reports,
        version,
        built,
    } = loaded;
    match chosen_report(reports) {
        Ok(index) => {
            let (slug, report) = &reports[index];
            document().set_title(&format!("{} · {}", report.meta.title, report.meta.publisher));
            let slug = (reports.len() > 1).then_some(slug.as_str());
            let clicks: web_sys::EventTarget = root.clone().into();
            leptos::mount::mount_to(root, move || {
                let viewer = Viewer::start(report, slug);
                provide_context(viewer);
                follow_clicks(&clicks, viewer);
                view! { <App version built /> }
            })
            .forget();
            reveal_hash();
        }
        Err(unknown) => {
            document().set_title("Reports");
            leptos::mount::mount_to(root, move || {
                let offline = offline::start();
                view! {
                    <UpdateBanner waiting=offline.update_waiting />
                    <Library reports unknown version built offline_ready=offline.ready />
                }
            })
            .forget();
        }
    }
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
