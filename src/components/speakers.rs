//! The speakers: who each one is, as the report gives it, and their findings (cards are HTML
//! from the core).

use report::html::{speakers, speakers_section};

use crate::viewer::Viewer;

/// The Speakers view's HTML.
pub fn speakers_view(viewer: Viewer) -> String {
    let mut cards = String::new();
    speakers(&mut cards, &viewer.links());
    let mut html = String::new();
    speakers_section(&mut html, &cards);
    html
}
