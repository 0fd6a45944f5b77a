//! The findings view: search, filters, the live result count, help when nothing matches,
//! export and print, and the list.

use leptos::prelude::*;
use report::html::{PAGE, chips, drawn, finding_list, ignored_notice, show_more, suggestions};
use report::{Terms, csv, describe_filters, markdown, slug};

use super::filters::Filters;
use super::search_box::SearchBox;
use crate::viewer::Viewer;
use crate::{browser, history};

/// Where, among the results, the finding named by the address's `#finding-…` stands (0 if none).
fn linked_position(viewer: &Viewer, results: &[usize]) -> usize {
    let fragment = history::fragment();
    let Some(id) = fragment.strip_prefix("finding-") else {
        return 0;
    };
    results
        .iter()
        .position(|&f| viewer.report.findings[f].id == id)
        .unwrap_or(0)
}

/// A file name for exports: the report's title as a slug.
fn export_name(viewer: &Viewer, extension: &str) -> String {
    format!("{}-findings.{extension}", slug(&viewer.report.meta.title))
}

#[component]
pub fn FindingsView() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let report = viewer.report;
    let query = Memo::new(move |_| viewer.query());
    let answer = Memo::new(move |_| query.with(|q| viewer.finder.results_and_counts(q)));
    let results = Memo::new(move |_| answer.with(|(results, _)| results.clone()));
    let counts = Memo::new(move |_| answer.with(|(_, counts)| counts.clone()));
    let terms = Memo::new(move |_| query.with(|q| Terms::parse(q.text())));
    let total = report.findings.len();
    let shown = move || results.with(Vec::len);
    // Long lists are drawn a page at a time; the page grows to reach a finding the address names.
    let limit = RwSignal::new(PAGE.max(linked_position(&viewer, &results.get_untracked()) + 1));
    Effect::watch(
        move || query.track(),
        move |_, _, _| {
            if limit.get_untracked() != PAGE {
                limit.set(PAGE);
            }
        },
        false,
    );
    let cards = move || {
        let mut html = String::new();
        results.with(|r| {
            let shown = &r[..drawn(r.len(), limit.get())];
            query.with(|q| terms.with(|t| finding_list(&mut html, &viewer.links(), shown, q, t, None)));
        });
        html
    };
    let hidden = move || shown() - drawn(shown(), limit.get());
    let chips = move || {
        let mut html = String::new();
        query.with(|q| chips(&mut html, &viewer.links(), q));
        html
    };
    // Only when nothing matches: which filter to drop.
    let help = move || {
        let mut html = String::new();
        if shown() == 0 {
            query.with(|q| suggestions(&mut html, &viewer.links(), viewer.finder, q));
        }
        html
    };
    let ignored = move || viewer.ignored();
    let export = move |extension: &'static str| {
        let shown = results.get_untracked();
        let base = viewer.base_url();
        let name = export_name(&viewer, extension);
        match extension {
            "csv" => browser::download(&name, "text/csv;charset=utf-8", &csv(report, &shown, &base)),
            _ => browser::download(
                &name,
                "text/markdown;charset=utf-8",
                &markdown(report, &query.get_untracked(), &shown, &base),
            ),
        }
    };

    view! {
        <div class="layout">
            <Filters query counts />
            <section class="findings" aria-labelledby="findings-heading">
                <SearchBox />
                <div class="findings-bar">
                    <h2 id="findings-heading">"Findings"</h2>
                    <p class="status" role="status">
                        {move || format!("Showing {} of {total} findings", shown())}
                    </p>
                </div>
                <p class="print-only print-filters">{move || format!("Filters: {}", query.with(|q| describe_filters(report, q)))}</p>
                <div class="active-filters" inner_html=chips></div>
                <div class="notices" inner_html=move || ignored_notice(&ignored())></div>
                <div class="empty" class:hidden=move || shown() != 0 inner_html=help></div>
                <div class="export-bar" class:hidden=move || shown() == 0>
                    <span class="export-label">"Keep these findings:"</span>
                    <button type="button" class="action" on:click=move |_| export("csv")>"Download CSV"</button>
                    <button type="button" class="action" on:click=move |_| export("md")>"Download Markdown"</button>
                    <button type="button" class="action" on:click=move |_| browser::print()>"Print"</button>
                </div>
                <ol
                    class="finding-list"
                    inner_html=cards
                ></ol>
                <p class="show-more" class:hidden=move || hidden() == 0>
                    <button type="button" class="button button-quiet" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || show_more(hidden())}
                    </button>
                </p>
            </section>
        </div>
    }
}
