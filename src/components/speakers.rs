//! The speakers: who each one is, as the report gives it, and their findings (cards are HTML
//! from the core), drawn in parts: a long report's 300 cards list thousands of findings.

use report::html::contract::class;
use report::html::{Markup, speakers, speakers_section};

use super::in_parts::draw_part_in_parts;
use crate::viewer::Viewer;

/// The least a speaker's card is high (px): its kind, name and link to all their findings.
const SHORTEST_CARD_PX: f64 = 120.0;

/// The Speakers view's markup, its cards to come (see [`draw_cards`]).
pub fn speakers_view() -> Markup {
    speakers_section(crate::words::texts())
}

/// Draws the speakers' cards in the view, in parts.
pub fn draw_cards(viewer: Viewer) {
    let count = viewer.report.speakers.len();
    draw_part_in_parts(
        class::SPEAKER_GRID.selector,
        count,
        SHORTEST_CARD_PX,
        Box::new(move |range| speakers(&viewer.links(), range).0),
    );
}
