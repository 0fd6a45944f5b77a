//! The findings view: search, filters, the live result count, help when nothing matches,
//! export and print, and the list.

use leptos::prelude::*;
use report::html::{
    PAGE, chips, drawn, finding_list, first_asked, grouped, ignored_notice, show_earlier, show_more,
    suggestions,
};
use report::{Terms, csv, describe_filters, markdown, slug};

use super::filters::Filters;
use super::search_box::SearchBox;
use crate::viewer::Viewer;
use crate::{browser, history};

/// Where, among the results, the finding named by the address's `#finding-…` stands.
fn linked_position(viewer: &Viewer, results: &[usize]) -> Option<usize> {
    let fragment = history::fragment();
    let id = fragment.strip_prefix("finding-")?;
    results.iter().position(|&f| viewer.report.findings[f].id == id)
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
    let total = grouped(report.findings.len());
    let shown = move || results.with(Vec::len);
    // Long lists are drawn a page at a time, from the page holding a finding the address names.
    let asked = RwSignal::new(first_asked(linked_position(&viewer, &results.get_untracked())));
    Effect::watch(
        move || query.track(),
        move |_, _, _| {
            let first = first_asked(None);
            if asked.with_untracked(|a| *a != first) {
                asked.set(first);
            }
        },
        false,
    );
    let drawn_now = move || asked.with(|a| drawn(shown(), a));
    let cards = move || {
        let mut html = String::new();
        results.with(|r| {
            let shown = &r[drawn_now()];
            query.with(|q| terms.with(|t| finding_list(&mut html, &viewer.links(), shown, q, t, None)));
        });
        html
    };
    let before = move || drawn_now().start;
    let hidden = move || shown() - drawn_now().end;
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
                        {move || format!("Showing {} of {total} findings", grouped(shown()))}
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
                <p class="show-earlier" class:hidden=move || before() == 0>
                    <button
                        type="button"
                        class="button button-quiet"
                        on:click=move |_| asked.update(|a| a.start = a.start.saturating_sub(PAGE))
                    >
                        {move || show_earlier(before())}
                    </button>
                </p>
                <ol
                    class="finding-list"
                    inner_html=cards
                ></ol>
                <p class="show-more" class:hidden=move || hidden() == 0>
                    <button type="button" class="button button-quiet" on:click=move |_| asked.update(|a| a.end += PAGE)>
                        {move || show_more(hidden())}
                    </button>
                </p>
            </section>
        </div>
    }
}
