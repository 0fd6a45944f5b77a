//! The speakers: who each one is, as the report gives it, and their findings (cards are HTML
//! from the core).

use report::html::{Markup, speakers, speakers_section};

use crate::viewer::Viewer;

/// The Speakers view's markup.
pub fn speakers_view(viewer: Viewer) -> Markup {
    speakers_section(crate::words::texts(), &speakers(&viewer.links()))
}
