//! The list of finding cards, redrawn so that the frame answering a click or keystroke lays out
//! only the cards in sight: the rest follow as soon as that frame is painted.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::browser;

/// The shortest a card is assumed to be when judging how many fill the window: less than any
/// card's heading, speaker and actions take.
const SHORTEST_CARD_PX: f64 = 120.0;

thread_local! {
    /// How many times the list has been redrawn: a redraw's later cards are only added if no
    /// other redraw came since.
    static REDRAWS: Cell<u64> = const { Cell::new(0) };
}

/// Puts `cards` (list items, each ending where `ends` says) in `list`: at once the cards that
/// reach the bottom of the window, the others once the frame showing them is painted. Meanwhile
/// the list keeps at least its height, so that the page does not get shorter under a reader
/// scrolled down it.
pub fn redraw(list: &Element, cards: &str, ends: &[usize]) {
    let redraw = REDRAWS.with(|count| {
        count.set(count.get() + 1);
        count.get()
    });
    let now = in_sight(list).min(ends.len());
    let (now, later) = cards.split_at(now.checked_sub(1).map_or(0, |last| ends[last]));
    let Some(list) = list.dyn_ref::<HtmlElement>() else {
        return;
    };
    if later.is_empty() {
        // Drawn whole: a height an earlier redraw held goes, since its rest never comes.
        list.style().remove_property("min-height").ok();
        list.set_inner_html(now);
        return;
    }
    // Whole pixels: formatting a float would add its code (about 18 KB) to the wasm.
    let height = list.get_bounding_client_rect().height().ceil() as u32;
    list.style()
        .set_property("min-height", &format!("{height}px"))
        .ok();
    list.set_inner_html(now);
    let list = list.clone();
    let later = later.to_owned();
    browser::after_paint(move || {
        if REDRAWS.with(Cell::get) == redraw {
            list.insert_adjacent_html("beforeend", &later).ok();
            list.style().remove_property("min-height").ok();
        }
    });
}

/// How many cards fill `list` from its top down to the bottom of the window, judged by the
/// shortest card it shows now.
fn in_sight(list: &Element) -> usize {
    let mut shortest = f64::INFINITY;
    let mut card = list.first_element_child();
    while let Some(item) = card {
        shortest = shortest.min(item.get_bounding_client_rect().height());
        card = item.next_element_sibling();
    }
    super::in_parts::in_sight(list, shortest.max(SHORTEST_CARD_PX))
}
