//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back (the text is HTML from the core).

use leptos::prelude::*;
use report::Query;
use report::html::narrative;

use crate::viewer::Viewer;

#[component]
pub fn ReportView() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    // A passage leads back to its finding under the current filters if they show it, else under
    // none (results are in report order, so a binary search finds it).
    let text = move || {
        let query = viewer.query();
        let shown = viewer.finder.results(&query);
        let query_for = |finding: usize| {
            if shown.binary_search(&finding).is_ok() {
                query.clone()
            } else {
                Query::default()
            }
        };
        let mut html = String::new();
        narrative(&mut html, &viewer.links(), &query_for);
        html
    };
    view! {
        <section class="narrative" aria-labelledby="narrative-heading">
            <h2 id="narrative-heading">"The full report"</h2>
            <p class="lede">"The report as published. Marked passages are quoted by findings; " <span aria-hidden="true">"↩"</span> " leads to the finding."</p>
            <div class="narrative-text" inner_html=text></div>
        </section>
    }
}
