//! The findings column: the live result count, a note on ignored link values, and the list.

use leptos::prelude::*;
use report::{Query, Report};

use super::finding::FindingCard;

#[component]
pub fn FindingList(
    report: &'static Report,
    query: Memo<Query>,
    results: Memo<Vec<usize>>,
    ignored: Memo<Vec<String>>,
    choose: Callback<Query>,
) -> impl IntoView {
    let total = report.findings.len();
    let shown = move || results.with(Vec::len);
    let clear = move |_| choose.run(Query::default());
    view! {
        <section class="findings" aria-labelledby="findings-heading">
            <div class="findings-bar">
                <h2 id="findings-heading">"Findings"</h2>
                <p class="status" role="status">
                    {move || format!("Showing {} of {total} findings", shown())}
                </p>
                <button
                    type="button"
                    class="button button-quiet"
                    class:hidden=move || query.with(Query::is_empty) || shown() == 0
                    on:click=clear
                >
                    "Clear filters"
                </button>
            </div>
            <Show when=move || ignored.with(|i| !i.is_empty())>
                <p class="notice">
                    "This link asked for filters this report does not have, so they were left out: "
                    {move || ignored.get().join(", ")}
                    "."
                </p>
            </Show>
            <Show when=move || shown() == 0>
                <div class="empty">
                    <p>"No findings match these filters together."</p>
                    <button type="button" class="button" on:click=clear>
                        "Clear filters"
                    </button>
                </div>
            </Show>
            <ol class="finding-list">
                <For each=move || results.get() key=|index| *index let(index)>
                    <li>
                        <FindingCard report finding=&report.findings[index] />
                    </li>
                </For>
            </ol>
        </section>
    }
}
