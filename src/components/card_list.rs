//! The list of finding cards, redrawn in parts (see `in_parts`) so that the frame answering a
//! click or keystroke lays out only the cards in sight: the rest follow once it is painted.

use std::ops::Range;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::in_parts::draw_in_parts;

/// The shortest a card is assumed to be when judging how many fill the window: less than any
/// card's heading, speaker and actions take.
const SHORTEST_CARD_PX: f64 = 120.0;

/// Puts `cards` (list items, each ending where `ends` says) in `list`, in parts: at once the
/// cards that reach the bottom of the window, judged by the shortest card it shows now.
pub fn redraw(list: &Element, cards: &str, ends: &[usize]) {
    let Some(list) = list.dyn_ref::<HtmlElement>() else {
        return;
    };
    let mut shortest = f64::INFINITY;
    let mut card = list.first_element_child();
    while let Some(item) = card {
        shortest = shortest.min(item.get_bounding_client_rect().height());
        card = item.next_element_sibling();
    }
    let count = ends.len();
    let (cards, ends) = (cards.to_owned(), ends.to_vec());
    // Where the first `n` cards end in `cards`.
    let end_of = move |n: usize| n.min(ends.len()).checked_sub(1).map_or(0, |last| ends[last]);
    let draw = move |range: Range<usize>| cards[end_of(range.start)..end_of(range.end)].to_owned();
    draw_in_parts(list, count, shortest.max(SHORTEST_CARD_PX), Box::new(draw));
}
