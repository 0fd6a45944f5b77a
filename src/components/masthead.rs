//! The report's header (title, place, date, author) and its footer (publisher, source, data),
//! drawn from the core's HTML.

use leptos::prelude::*;
use report::html::{footer, masthead};

use crate::viewer::Viewer;

#[component]
pub fn Masthead() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let mut inner = String::new();
    masthead(&mut inner, &viewer.links());
    view! {
        <header class="masthead">
            <div class="masthead-inner" inner_html=inner></div>
        </header>
    }
}

#[component]
pub fn SiteFooter(version: String, built: String) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let mut inner = String::new();
    footer(&mut inner, viewer.report, &viewer.base_url(), &version, &built);
    view! { <footer class="site-footer" inner_html=inner></footer> }
}
