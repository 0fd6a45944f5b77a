//! The views of the report as tabs of links (the core's HTML), kept in step with the view and
//! query in place so focus stays on the tab the reader chose; and the light/dark switch.

use gloo::utils::document;
use leptos::prelude::*;
use report::View;
use report::html::contract::{class, ids};

use super::theme_toggle;
use crate::viewer::Viewer;

/// Keeps the tabs drawn with the page's frame (`report::html::report_frame`) in step with the
/// view and query, and the light/dark switch showing whether the page is dark.
pub fn keep_tabs_in_step(viewer: Viewer) {
    Effect::new_sync(move |_| {
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
    // The switch was drawn as light.
    theme_toggle::show_state();
}
