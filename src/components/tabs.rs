//! The views of the report as tabs of links (the core's HTML), kept in step with the view and
//! query in place so focus stays on the tab the reader chose; and the light/dark switch.

use gloo::utils::document;
use leptos::prelude::*;
use report::View;
use report::html::contract::{class, ids};
use report::html::tabs;

use super::theme_toggle;
use crate::viewer::Viewer;

#[component]
pub fn Tabs() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let mut html = String::new();
    tabs(
        &mut html,
        &viewer.links(),
        viewer.view_untracked(),
        &viewer.query_untracked(),
    );
    Effect::new(move |_| {
        let (current, query) = (viewer.view(), viewer.query());
        for view in View::ALL {
            let Some(link) = document().get_element_by_id(&ids::tab(view.keyword())) else {
                continue;
            };
            link.set_attribute("href", &viewer.href(view, &query, None)).ok();
            if view == current {
                link.set_attribute("aria-current", "page").ok();
                link.set_class_name(class::CURRENT.name);
            } else {
                link.remove_attribute("aria-current").ok();
                link.remove_attribute("class").ok();
            }
        }
    });
    // Once drawn, the switch shows whether the page is dark (it was drawn as light).
    Effect::new(|_| theme_toggle::show_state());
    view! {
        <nav
            class="tabs"
            aria-label="Views of the report"
            inner_html=html
        ></nav>
    }
}
