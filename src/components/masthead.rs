//! The report's header (title, place, date, author) and its footer (publisher and source).

use leptos::prelude::*;
use report::html::masthead;
use report::{IsoDate, citation};

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

#[component]
pub fn SiteFooter(version: String, built: String, offline_ready: RwSignal<bool>) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let meta = &viewer.report.meta;
    let cite = citation(viewer.report, None, &viewer.base_url());
    let source = meta
        .source
        .as_deref()
        .map(|source| view! { <p>"Source: " {source}</p> });
    view! {
        <footer class="site-footer">
            <p>
                "Published by " {meta.publisher.as_str()}
                ". Findings are summaries; each quotes the passage of the report it comes from."
            </p>
            {source}
            <p class="report-citation">"Cite this report: " {cite}</p>
            <BuildInfo version built offline_ready />
        </footer>
    }
}

/// Whether the site is available offline, and which data it shows.
#[component]
pub fn BuildInfo(version: String, built: String, offline_ready: RwSignal<bool>) -> impl IntoView {
    let built = IsoDate::parse(&built).map_or(built, IsoDate::day_month_year);
    view! {
        <p class="build-info">
            <span class="offline-badge" class:hidden=move || !offline_ready.get()>
                "Available offline"
            </span>
            <span>"Data version " <code>{version}</code> ", built " {built}</span>
        </p>
    }
}
