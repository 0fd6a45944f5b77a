//! The library: every report of the site, with when and where, and how much each holds.

use leptos::prelude::*;
use report::{IsoDate, Report, in_report};

use super::masthead::BuildInfo;

#[component]
pub fn Library(
    reports: &'static [(String, Report)],
    unknown: Option<String>,
    version: String,
    built: String,
    offline_ready: RwSignal<bool>,
) -> impl IntoView {
    // The bundle lists them newest first.
    let cards = reports
        .iter()
        .map(|(slug, report)| {
            let meta = &report.meta;
            let date = IsoDate::parse(&meta.date).map_or_else(|_| meta.date.clone(), IsoDate::long_form);
            let event = (meta.event != meta.title).then(|| view! { <p class="event">{meta.event.as_str()}</p> });
            let counts = format!(
                "{} findings · {} themes · {} speakers",
                report.findings.len(),
                report.themes.len(),
                report.speakers.len()
            );
            view! {
                <li class="library-card">
                    <h2>
                        <a href=in_report(slug, "")>{meta.title.as_str()}</a>
                    </h2>
                    {event}
                    <p class="when-where">
                        {meta.place.as_str()} " · " <time datetime=meta.date.as_str()>{date}</time>
                    </p>
                    <p class="library-counts">{counts}</p>
                    <p class="library-by">"Reported by " {meta.author.as_str()} " · " {meta.publisher.as_str()}</p>
                </li>
            }
        })
        .collect_view();
    let notice = unknown.map(|name| {
        view! {
            <p class="notice">
                "This link asked for a report named \u{201c}" {name} "\u{201d}, which this site does not have. Here are the reports it has."
            </p>
        }
    });
    view! {
        <a class="skip-link" href="#main">"Skip to the content"</a>
        <header class="masthead">
            <div class="masthead-inner">
                <h1>"Reports"</h1>
                <p class="when-where">{format!("{} reports on this site, the newest first", reports.len())}</p>
            </div>
        </header>
        <main id="main" tabindex="-1" class="library">
            {notice}
            <ul class="library-list">{cards}</ul>
        </main>
        <footer class="site-footer">
            <BuildInfo version built offline_ready />
        </footer>
    }
}
