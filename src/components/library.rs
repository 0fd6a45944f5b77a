//! The library: every report of the site, filtered by year and place, in the order chosen, and a
//! search across the findings of them all (each report's data read as the search first needs it).

use std::collections::HashMap;

use gloo::utils::window;
use leptos::prelude::*;
use report::html::{
    LIBRARY_SEARCH, Matched, library_cards, library_filters, library_masthead, library_search_field,
    search_results,
};
use report::{
    Catalogue, LibraryFinder, LibraryQuery, LibrarySort, Listed, Terms, in_report, library_count,
    search_count,
};
use wasm_bindgen::JsCast;

use super::masthead::LibraryFooter;
use crate::data::fetch_report;
use crate::history::{self, Entry};
use crate::offline::OfflineStatus;

/// The reports read so far for the search, and how many could not be read.
#[derive(Clone, Copy)]
struct Reading {
    finder: StoredValue<LibraryFinder<'static>, LocalStorage>,
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
    let total = catalogue.reports.len();
    let query = RwSignal::new(query);
    let reading = Reading {
        finder: StoredValue::new_local(LibraryFinder::new(&[])),
        read: RwSignal::new(0),
        failed: RwSignal::new(0),
    };
    let mut files = Some(files);
    let mut start_reading = move || {
        if let Some(files) = files.take() {
            read_every_report(files, reading);
        }
    };
    let searching = Memo::new(move |_| query.with(|q| !Terms::parse(&q.search).is_empty()));
    Effect::new(move |_| {
        if searching.get() {
            start_reading();
        }
    });

    let on_change = move |event: web_sys::Event| {
        let Some((name, value)) = field_of(&event) else {
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

    let mut search_field = String::new();
    library_search_field(&mut search_field, &query.get_untracked());
    let filters = move || {
        let mut out = String::new();
        query.with(|q| library_filters(&mut out, catalogue, q));
        out
    };
    let shown = Memo::new(move |_| {
        query.with(|q| {
            report::shown(catalogue, q)
                .into_iter()
                .map(|listed| listed.name.as_str())
                .collect::<Vec<&'static str>>()
        })
    });
    let by_name: HashMap<&'static str, &'static Listed> = catalogue
        .reports
        .iter()
        .map(|listed| (listed.name.as_str(), listed))
        .collect();
    let by_name = StoredValue::new(by_name);

    let results = move || {
        reading.read.track();
        let shown = shown.get();
        let listed = |name: &str| by_name.with_value(|by_name| by_name.get(name).copied());
        if !searching.get() {
            let mut cards = String::new();
            library_cards(&mut cards, shown.iter().filter_map(|name| listed(name)), |l| {
                in_report(&l.name, "")
            });
            let status = query.with(|q| library_count(shown.len(), total, q.sort));
            return (status, format!("<ul class=\"library-list\">{cards}</ul>"));
        }
        let text = query.with(|q| q.search.clone());
        let matches = reading.finder.with_value(|finder| finder.search(&text));
        let found: HashMap<&str, &[&str]> = matches
            .reports
            .iter()
            .map(|m| (m.name, m.findings.as_slice()))
            .collect();
        let groups: Vec<Matched> = reading.finder.with_value(|finder| {
            shown
                .iter()
                .filter_map(|name| {
                    let findings = found.get(name)?;
                    Some(Matched {
                        listed: listed(name)?,
                        report: finder.report(name)?,
                        findings,
                    })
                })
                .collect()
        });
        let matched: usize = groups.iter().map(|group| group.findings.len()).sum();
        let status = search_count(
            matched,
            groups.len(),
            reading.read.get(),
            reading.failed.get(),
            total,
        );
        let mut out = String::new();
        search_results(&mut out, &groups, &matches.terms, &text);
        (status, out)
    };
    let results = Memo::new(move |_| results());

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
            <div class="library-tools" on:input=on_change on:change=on_change>
                <div class="library-search-slot" inner_html=search_field></div>
                <div class="library-filters" inner_html=filters></div>
            </div>
            <p class="status" role="status">{move || results.with(|(status, _)| status.clone())}</p>
            <div class="library-results" inner_html=move || results.with(|(_, html)| html.clone())></div>
        </main>
        <LibraryFooter version built offline />
    }
}
