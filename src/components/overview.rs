//! The overview: how many findings each speaker gave under each theme, as a table whose cells
//! open the findings they count (HTML from the core, following the search).

use leptos::prelude::*;
use report::Query;
use report::html::overview;

use crate::viewer::Viewer;

#[component]
pub fn OverviewView() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let table = move || {
        let mut html = String::new();
        let (finder, query) = (viewer.finder, viewer.query());
        let searched = finder.results(&Query::default().with_text(query.text()));
        overview(
            &mut html,
            &viewer.links(),
            &query,
            &finder.matrix(&query),
            &searched,
        );
        html
    };
    view! {
        <section
            class="overview"
            aria-labelledby="overview-heading"
            inner_html=table
        ></section>
    }
}
