//! The page: a library of the site's reports, or one report with its masthead, tabs, current
//! view and footer, sharing one [`Viewer`].

use gloo::utils::document;
use leptos::prelude::*;
use report::View;
use report::html::contract::ids;
use wasm_bindgen::JsCast;

use crate::components::{
    FindingsView, Masthead, OverviewView, ReportView, SiteFooter, SpeakersView, Tabs, follow_clicks,
};
use crate::data::Loaded;
use crate::viewer::{Viewer, reveal_hash};

/// Replaces the loading placeholder in `#app` with the library or the chosen report.
pub fn mount(loaded: Loaded) {
    let root = document()
        .get_element_by_id(ids::APP)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(gloo::utils::body);
    // The page drawn at build time (see report::html::prerender) gives way in one go, before the
    // next frame: the app draws the same markup.
    root.set_text_content(None);
    root.set_class_name("");
    match loaded {
        Loaded::Report { report, name, info } => {
            document().set_title(&format!("{} · {}", report.meta.title, report.meta.publisher));
            let clicks: web_sys::EventTarget = root.clone().into();
            leptos::mount::mount_to(root, move || {
                let viewer = Viewer::start(report, name);
                provide_context(viewer);
                follow_clicks(&clicks, viewer);
                view! { <App version=info.version built=info.built /> }
            })
            .forget();
            reveal_hash();
        }
        Loaded::Library {
            catalogue,
            files,
            unknown,
            info,
        } => {
            document().set_title(&catalogue.site.title);
            let search = gloo::utils::window().location().search().unwrap_or_default();
            let state = report::parse_library_search(&search, catalogue);
            let mut notice = unknown.map(|name| unknown_report(&name)).unwrap_or_default();
            notice.push_str(&report::html::ignored_notice(&state.ignored, "this library"));
            let mut footer = String::new();
            report::html::build_info(&mut footer, &info.version, &info.built);
            crate::library::mount(&root, catalogue, files, state.query, (&notice, &footer));
        }
    }
    // For public/offline.js, which starts offline use once the page is drawn.
    if let Ok(ready) = web_sys::Event::new("report-viewer-ready") {
        gloo::utils::window().dispatch_event(&ready).ok();
    }
}

/// The notice for a link to a report the site does not have.
fn unknown_report(name: &str) -> String {
    let mut out = String::from("<p class=\"notice\">This link asked for a report named \u{201c}");
    report::html::escape_into(&mut out, &report::shortened(name));
    out.push_str("\u{201d}, which this site does not have. Here are the reports it has.</p>");
    out
}

#[component]
fn App(version: String, built: String) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let view = Memo::new(move |_| viewer.view());
    view! {
        <a class="skip-link" href="#main">"Skip to the content"</a>
        <div class="update-banner" role="status"></div>
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
        <SiteFooter version built />
    }
}
