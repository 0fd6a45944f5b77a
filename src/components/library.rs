//! The library: every report of the site, with when and where, and how much each holds.

use leptos::prelude::*;
use report::Listed;
use report::html::library_cards;

use super::masthead::LibraryFooter;
use crate::offline::OfflineStatus;

#[component]
pub fn Library(
    reports: &'static [Listed],
    unknown: Option<String>,
    version: String,
    built: String,
    offline: OfflineStatus,
) -> impl IntoView {
    // The catalogue lists them newest first.
    let mut cards = String::new();
    library_cards(&mut cards, reports, None);
    let notice = unknown.map(|name| {
        let name = report::shortened(&name);
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
            <ul class="library-list" inner_html=cards></ul>
        </main>
        <LibraryFooter version built offline />
    }
}
