//! The page's parts, each a thin layer over the core's HTML: drawn at once, then kept in step
//! with the reader's view and query by Leptos effects.
//!
//! The effects are Leptos's `_sync` kind (`Effect::new_sync`, `Effect::watch_sync`): the local
//! kind keeps its state behind a check of the thread it was made on, which brings std's thread
//! handles into the wasm (1,442 bytes brotli of the report app, with `browser::listen`'s own
//! wrapper of that kind, measured); what these effects hold can cross threads anyway, and the
//! page has one.

mod card_clicks;
mod card_list;
mod filters;
mod findings;
mod in_parts;
mod narrative;
mod overview;
mod search_box;
mod speakers;
mod tabs;
mod theme_toggle;

pub use tabs::keep_tabs_in_step;

use gloo::utils::document;
use leptos::prelude::*;
use report::html::Markup;
use report::{Query, View};
use wasm_bindgen::JsCast;

use crate::browser;
use crate::viewer::{Viewer, follow_links};

/// Draws the view the address names in `main`, and the next one whenever the view changes; the
/// effects and listeners a view set up go with it. A long view's body is drawn in parts once its
/// frame is in the page.
pub fn draw_views(viewer: Viewer, main: web_sys::Element) {
    let view = Memo::new(move |_| viewer.view());
    let drawing = RenderEffect::new(move |_| {
        let now = view.get();
        untrack(|| {
            let (html, fill): (Markup, Option<fn(Viewer)>) = match now {
                View::Findings => (findings::findings_view(viewer), None),
                View::Overview => (overview::overview_view(viewer), Some(overview::fill_overview)),
                View::Speakers => (speakers::speakers_view(), Some(speakers::draw_cards)),
                View::Report => (narrative::report_view(viewer), Some(narrative::fill_report_view)),
            };
            main.set_inner_html(&html.0);
            if let Some(fill) = fill {
                fill(viewer);
            }
        });
    });
    // It draws for as long as the page is open.
    std::mem::forget(drawing);
}

/// Listens, once for the whole page in `root`, to clicks on what is drawn from HTML text (see
/// `report::html`): in-app links and filter buttons, the finding cards' buttons, the button
/// that unfolds a long list of speakers, and the light/dark switch.
pub fn follow_clicks(root: &web_sys::EventTarget, viewer: Viewer) {
    browser::listen(root, "click", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() {
            follow_links(viewer, event);
            card_clicks::on_card_click(viewer, event);
            filters::on_click(viewer, event);
            theme_toggle::on_click(event);
        }
    });
}

/// Redraws part of the current view with `draw` whenever the query changes (the view drew it
/// first, for the query then).
fn redraw_on_query(viewer: Viewer, draw: fn(Viewer, &Query)) {
    Effect::watch_sync(
        move || viewer.query(),
        move |query, _, _| draw(viewer, query),
        false,
    );
}

/// Puts `markup` in the part of the page matching `selector`, if it is drawn (and says whether
/// it is).
fn redraw(selector: &str, markup: &Markup) -> bool {
    let part = document().query_selector(selector).ok().flatten();
    if let Some(part) = &part {
        part.set_inner_html(&markup.0);
    }
    part.is_some()
}
