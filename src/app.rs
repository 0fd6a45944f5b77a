//! A report's page: its masthead, tabs, current view and footer (the core's frame), sharing one
//! [`Viewer`].

use gloo::utils::document;
use leptos::prelude::*;
use report::html::contract::ids;
use report::html::{Markup, report_frame};

use crate::browser;
use crate::components::{draw_views, follow_clicks, keep_tabs_in_step};
use crate::data::LoadedReport;
use crate::viewer::{Viewer, reveal_hash};
use crate::words::{switcher, texts};

/// Replaces the loading placeholder in `#app` with the report.
pub fn mount(loaded: LoadedReport) {
    let LoadedReport {
        report,
        name,
        narrative_file,
        texts: text_files,
        info,
    } = loaded;
    let root = browser::page_root();
    document().set_title(&format!("{} · {}", report.meta.title, report.meta.publisher));
    // Leptos's reactive system keeps the page in step; its root owner lives as long as the page.
    any_spawner::Executor::init_wasm_bindgen().ok();
    let owner = Owner::new();
    let viewer = owner.with(|| {
        let viewer = Viewer::start(report, name, narrative_file, text_files);
        let footer = report::html::footer(texts(), report, &viewer.base_url(), &info.version, &info.built);
        let footer = report::html::joined([footer, switcher()]);
        let (view, query) = (viewer.view_untracked(), viewer.query_untracked());
        let page = report_frame(&viewer.links(), view, &query, &Markup::default(), Some(&footer));
        root.set_inner_html(&page.0);
        follow_clicks(&root, viewer);
        keep_tabs_in_step(viewer);
        if let Some(main) = document().get_element_by_id(ids::MAIN) {
            draw_views(viewer, main);
        }
        viewer
    });
    std::mem::forget(owner);
    reveal_hash();
    viewer.texts.when_settled(browser::announce_ready);
    // Searching needs the report's words: listed (at 10,000 findings, a tenth of a second) before
    // the reader types, but after the first answer is painted and the work that frame put off
    // (the cards out of sight, the address) is done.
    // (A long report's words ship apart: then they are listed by the first search once they come.)
    browser::after_paint(move || browser::after_paint(move || viewer.finder.prepare()));
}
