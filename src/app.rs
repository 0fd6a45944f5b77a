//! The page: a library of the site's reports, or one report with its masthead, tabs, current
//! view and footer (the core's frame), sharing one [`Viewer`].

use gloo::utils::document;
use leptos::prelude::*;
use report::html::contract::ids;
use report::html::{Markup, report_frame};
use wasm_bindgen::JsCast;

use crate::components::{draw_views, follow_clicks, keep_tabs_in_step};
use crate::data::Loaded;
use crate::viewer::{Viewer, reveal_hash};
use crate::words::{switcher, texts};

/// Replaces the loading placeholder in `#app` with the library or the chosen report.
pub fn mount(loaded: Loaded) {
    let root = document()
        .get_element_by_id(ids::APP)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(gloo::utils::body);
    // The page drawn at build time (see report::html::prerender) gives way in one go, before the
    // next frame: the app draws the same markup.
    root.set_text_content(None);
    root.set_class_name("");
    match loaded {
        Loaded::Report { report, name, info } => {
            document().set_title(&format!("{} · {}", report.meta.title, report.meta.publisher));
            // Leptos's reactive system keeps the page in step; its root owner lives as long as
            // the page.
            any_spawner::Executor::init_wasm_bindgen().ok();
            let owner = Owner::new();
            owner.with(|| {
                let viewer = Viewer::start(report, name);
                let footer =
                    report::html::footer(texts(), report, &viewer.base_url(), &info.version, &info.built);
                let footer = report::html::joined([footer, switcher()]);
                let (view, query) = (viewer.view_untracked(), viewer.query_untracked());
                let page = report_frame(&viewer.links(), view, &query, &Markup::default(), Some(&footer));
                root.set_inner_html(&page.0);
                follow_clicks(&root, viewer);
                keep_tabs_in_step(viewer);
                if let Some(main) = document().get_element_by_id(ids::MAIN) {
                    draw_views(viewer, main);
                }
            });
            std::mem::forget(owner);
            reveal_hash();
        }
        Loaded::Library {
            catalogue,
            files,
            unknown,
            info,
        } => {
            document().set_title(&catalogue.site.title);
            let search = gloo::utils::window().location().search().unwrap_or_default();
            let state = report::parse_library_search(&search, catalogue);
            let notice = report::html::library_notice(texts(), unknown.as_deref(), &state.ignored);
            let footer = report::html::build_info(texts(), &info.version, &info.built);
            let footer = report::html::joined([footer, switcher()]);
            crate::library::mount(&root, catalogue, files, state.query, (&notice, &footer));
        }
    }
    // For public/offline.js, which starts offline use once the page is drawn.
    if let Ok(ready) = web_sys::Event::new("report-viewer-ready") {
        gloo::utils::window().dispatch_event(&ready).ok();
    }
}
