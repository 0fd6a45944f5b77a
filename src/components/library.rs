//! The library: every report of the site, filtered by year and place, in the order chosen, and a
//! search across the findings of them all (each report's data read as the search first needs it).

use gloo::events::EventListener;
use gloo::utils::window;
use leptos::prelude::*;
use report::html::{
    LIBRARY_SEARCH, Matched, library_cards, library_filters, library_masthead, library_search_field,
    search_results,
};
use report::{
    Catalogue, LibraryFinder, LibraryQuery, LibrarySort, Terms, in_report, library_count, search_count,
};
use wasm_bindgen::JsCast;

use super::masthead::LibraryFooter;
use crate::data::fetch_report;
use crate::history::{self, Entry};
use crate::offline::OfflineStatus;

/// The reports read so far for the search, and how many could not be read.
#[derive(Clone, Copy)]
struct Reading {
    finder: StoredValue<LibraryFinder<'static>>,
    read: RwSignal<usize>,
    failed: RwSignal<usize>,
}

/// Reads every report's data, one after another, for the search across them.
fn read_every_report(files: Vec<(String, String)>, reading: Reading) {
    leptos::task::spawn_local(async move {
        for (name, file) in files {
            match fetch_report(&file).await {
                Ok(report) => {
                    let report: &'static report::Report = Box::leak(Box::new(report));
                    let name: &'static str = String::leak(name);
                    reading.finder.update_value(|finder| finder.add(name, report));
                    reading.read.update(|n| *n += 1);
                }
                Err(_) => reading.failed.update(|n| *n += 1),
            }
        }
    });
}

/// The value of the form field an event happened on: its `name` and value.
fn field_of(event: &web_sys::Event) -> Option<(String, String)> {
    let target = event.target()?;
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some((select.name(), select.value()));
    }
    let input = target.dyn_ref::<web_sys::HtmlInputElement>()?;
    Some((input.id(), input.value()))
}

/// The library's address for a query: its query string, or its bare path.
fn address(query: &LibraryQuery) -> String {
    let search = report::to_library_search(query);
    if search.is_empty() {
        window().location().pathname().unwrap_or_default()
    } else {
        search
    }
}

/// What the library says and shows for `query`: the reports chosen, or, with a search, the
/// findings of theirs it matches among the reports read so far, grouped by report.
fn list(catalogue: &'static Catalogue, query: &LibraryQuery, reading: Reading) -> (String, String) {
    let shown = report::shown(catalogue, query);
    let total = catalogue.reports.len();
    if Terms::parse(&query.search).is_empty() {
        let mut cards = String::from("<ul class=\"library-list\">");
        library_cards(&mut cards, shown.iter().copied(), |listed| {
            in_report(&listed.name, "")
        });
        cards.push_str("</ul>");
        return (library_count(shown.len(), total, query.sort), cards);
    }
    reading.finder.with_value(|finder| {
        let matches = finder.search(&query.search);
        let groups: Vec<Matched> = shown
            .iter()
            .filter_map(|&listed| {
                let found = matches.reports.iter().find(|m| m.name == listed.name)?;
                Some(Matched {
                    listed,
                    report: finder.report(&listed.name)?,
                    findings: &found.findings,
                })
            })
            .collect();
        let matched = groups.iter().map(|group| group.findings.len()).sum();
        let said = search_count(
            matched,
            groups.len(),
            reading.read.get_untracked(),
            reading.failed.get_untracked(),
            total,
        );
        let mut html = String::new();
        search_results(&mut html, &groups, &matches.terms, &query.search);
        (said, html)
    })
}

#[component]
pub fn Library(
    catalogue: &'static Catalogue,
    files: Vec<(String, String)>,
    query: LibraryQuery,
    notice: String,
    version: String,
    built: String,
    offline: OfflineStatus,
) -> impl IntoView {
    let query = RwSignal::new(query);
    let reading = Reading {
        finder: StoredValue::new(LibraryFinder::new(&[])),
        read: RwSignal::new(0),
        failed: RwSignal::new(0),
    };
    let mut files = Some(files);
    let mut start_reading = move || {
        if let Some(files) = files.take() {
            read_every_report(files, reading);
        }
    };
    // The reports' data is read the first time a search needs it.
    Effect::new(move |_| {
        if query.with(|q| !Terms::parse(&q.search).is_empty()) {
            start_reading();
        }
    });

    let on_change = move |event: &web_sys::Event| {
        let Some((name, value)) = field_of(event) else {
            return;
        };
        let value = (!value.is_empty()).then_some(value);
        query.update(|q| match name.as_str() {
            "year" => q.year = value,
            "place" => q.place = value,
            "sort" => {
                q.sort = if value.as_deref() == Some(LibrarySort::Title.keyword()) {
                    LibrarySort::Title
                } else {
                    LibrarySort::Newest
                }
            }
            LIBRARY_SEARCH => q.search = value.unwrap_or_default(),
            _ => {}
        });
        history::write(Entry::Replace, query.with_untracked(address));
    };

    // On the page as long as the library is: its fields are found by their names.
    for kind in ["input", "change"] {
        EventListener::new(&gloo::utils::document(), kind, move |event| on_change(event)).forget();
    }

    let mut search_field = String::new();
    library_search_field(&mut search_field, &query.get_untracked());
    let filters = move || {
        let mut out = String::new();
        query.with(|q| library_filters(&mut out, catalogue, q));
        out
    };
    // What the list says and shows: the reports chosen, or the findings of theirs a search matches.
    let status = RwSignal::new(String::new());
    let listing = RwSignal::new(String::new());
    Effect::new(move |_| {
        reading.read.track();
        let (said, html) = query.with(|q| list(catalogue, q, reading));
        status.set(said);
        listing.set(html);
    });
    view! {
        <a class="skip-link" href="#main">"Skip to the content"</a>
        <header class="masthead library-masthead">
            <div class="masthead-inner" inner_html={
                let mut out = String::new();
                library_masthead(&mut out, &catalogue.site);
                out
            }></div>
        </header>
        <main id="main" tabindex="-1" class="library">
            <div class="library-notices" inner_html=notice></div>
            <div class="library-tools">
                <div class="library-search-slot" inner_html=search_field></div>
                <div class="library-filters" inner_html=filters></div>
            </div>
            <p class="status" role="status">{status}</p>
            <div class="library-results" inner_html=listing></div>
        </main>
        <LibraryFooter version built offline />
    }
}
