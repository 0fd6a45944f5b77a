//! The speakers: who each one is, as the report gives it, and their findings (cards are HTML
//! from the core), drawn in parts: a long report's 300 cards list thousands of findings, by
//! heading (its findings' words, which ship apart, come first).

use report::View;
use report::html::contract::class;
use report::html::{Markup, ShipsApart, pending_notice, speakers, speakers_section};

use super::in_parts::draw_part_in_parts;
use crate::viewer::{Viewer, reveal_hash};

/// The least a speaker's card is high (px): its kind, name and link to all their findings.
const SHORTEST_CARD_PX: f64 = 120.0;

/// The Speakers view's markup, its cards to come (see [`draw_cards`]).
pub fn speakers_view() -> Markup {
    speakers_section(crate::words::texts())
}

/// Draws the speakers' cards in the view, in parts, once the findings' words are in hand (till
/// then, that they are loading, or why they could not be).
pub fn draw_cards(viewer: Viewer) {
    if !viewer.texts.in_hand() {
        draw_pending(viewer, None);
        viewer.texts.when_whole(move |came| match came {
            Ok(()) if viewer.view_untracked() == View::Speakers => {
                draw_cards(viewer);
                // A link to a speaker's card waited for it.
                reveal_hash();
            }
            Ok(()) => {}
            Err(why) => draw_pending(viewer, Some(&why)),
        });
        return;
    }
    let count = viewer.report.speakers.len();
    draw_part_in_parts(
        class::SPEAKER_GRID.selector,
        count,
        SHORTEST_CARD_PX,
        Box::new(move |range| speakers(&viewer.links(), range).0),
    );
}

/// Says in the view that the findings' words are loading, or why they could not be.
fn draw_pending(viewer: Viewer, why: Option<&str>) {
    let retry = viewer.href(View::Speakers, &viewer.query_untracked(), None);
    let notice = pending_notice(
        crate::words::texts(),
        ShipsApart::Texts,
        why.map(|why| (why, retry.as_str())),
    );
    super::redraw(class::SPEAKER_GRID.selector, &notice);
}
