//! The report's header (title, place, date, author) and its footer (publisher and source).

use leptos::prelude::*;
use report::{IsoDate, citation};

use crate::viewer::Viewer;

#[component]
pub fn Masthead() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let meta = &viewer.report.meta;
    let library = viewer
        .in_library()
        .then(|| view! { <a class="library-link" href="./">"All reports"</a> });
    let date = IsoDate::parse(&meta.date).map_or_else(|_| meta.date.clone(), IsoDate::long_form);
    let event = (meta.event != meta.title).then(|| view! { <p class="event">{meta.event.as_str()}</p> });
    let role = meta
        .author_role
        .as_deref()
        .map(|role| view! { <span class="byline-role">", " {role}</span> });
    view! {
        <header class="masthead">
            <div class="masthead-inner">
                {library}
                <p class="publisher">{meta.publisher.as_str()}</p>
                <h1>{meta.title.as_str()}</h1>
                {event}
                <p class="when-where">
                    <span>{meta.place.as_str()}</span>
                    <span aria-hidden="true">" · "</span>
                    <time datetime=meta.date.as_str()>{date}</time>
                </p>
                <p class="byline">"Reported by " <span class="byline-author">{meta.author.as_str()}</span> {role}</p>
            </div>
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
