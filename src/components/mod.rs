//! The page's parts, each a thin view over the core's data.

mod card_clicks;
mod filters;
mod findings;
mod masthead;
mod narrative;
mod overview;
mod search_box;
mod speakers;
mod tabs;
mod theme_toggle;

pub use findings::FindingsView;
pub use masthead::{Masthead, SiteFooter};
pub use narrative::ReportView;
pub use overview::OverviewView;
pub use speakers::SpeakersView;
pub use tabs::Tabs;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

use crate::viewer::{Viewer, follow_links};

/// Listens, once for the whole page in `root`, to clicks on what is drawn from HTML text (see
/// `report::html`): in-app links and filter buttons, the finding cards' buttons, the button
/// that unfolds a long list of speakers, and the light/dark switch.
pub fn follow_clicks(root: &web_sys::EventTarget, viewer: Viewer) {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(root, "click", options, move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() {
            follow_links(viewer, event);
            card_clicks::on_card_click(viewer, event);
            filters::on_click(viewer, event);
            theme_toggle::on_click(event);
        }
    })
    .forget();
}
