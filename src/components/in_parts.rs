//! Long lists drawn in parts: at once the items that reach the bottom of the window (and any the
//! address's fragment names), the rest a short slice per frame after it, so that no click waits
//! for a whole long view to be made and laid out.

use std::cell::Cell;
use std::ops::Range;

use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::{browser, history};

/// How long (ms) a later slice may spend making its items' markup: the browser then parses and
/// lays them out in about as long again, and a click waits for no more than that.
const SLICE_MS: f64 = 2.0;

/// What makes the markup of a range of a list's items (one shape for every list: each shape of
/// closure would cost the wasm its own copy of the drawing).
pub type DrawItems = dyn Fn(Range<usize>) -> String;

thread_local! {
    /// How many lists have been drawn: a list's later slices stop when another draw came since.
    static DRAWS: Cell<u64> = const { Cell::new(0) };
}

/// The window's height in CSS pixels (infinite when it cannot be told).
fn window_height() -> f64 {
    document()
        .document_element()
        .map_or(f64::INFINITY, |root| f64::from(root.client_height()))
}

/// How many items of at least `shortest_px` fill a list whose top is at `top` (above the window's
/// top when the reader has scrolled down it) to the bottom of the window, if none is taller: the
/// fewest that can (all of them for a window of unknown height).
fn in_sight(top: f64, shortest_px: f64) -> usize {
    ((window_height() - top).max(0.0) / shortest_px).ceil() as usize
}

/// Whether the items drawn in `list` reach the bottom of the window (or cannot be measured, as in
/// a list that is not laid out).
fn fills_window(list: &HtmlElement) -> bool {
    list.last_element_child().is_none_or(|last| {
        let rect = last.get_bounding_client_rect();
        rect.width() == 0.0 || rect.bottom() >= window_height()
    })
}

/// Draws `count` items in the part of the page matching `selector`, if it is drawn (and says
/// whether it is): see [`draw_in_parts`].
pub fn draw_part_in_parts(selector: &str, count: usize, shortest_px: f64, draw: Box<DrawItems>) -> bool {
    let list = document().query_selector(selector).ok().flatten();
    let list = list.and_then(|list| list.dyn_into::<HtmlElement>().ok());
    if let Some(list) = &list {
        draw_in_parts(list, count, shortest_px, draw);
    }
    list.is_some()
}

/// Draws `count` items in `list`, `draw(range)` making the markup of items `range` (in parts,
/// the same as whole): at once those that fill the window (as many as would if each were
/// `shortest_px`, the least an item is high, then one by one until the last reaches the bottom of
/// the window), and those up to the one the address's fragment names, so that it can be
/// revealed; then, once that frame is painted, the rest a slice per frame. Meanwhile the list
/// keeps at least the height it had, so that the page does not get shorter under a reader
/// scrolled down it. One list is drawn in parts at a time: a new one stops the last one's slices.
pub fn draw_in_parts(list: &HtmlElement, count: usize, shortest_px: f64, draw: Box<DrawItems>) {
    let this_draw = DRAWS.with(|draws| {
        draws.set(draws.get() + 1);
        draws.get()
    });
    let rect = list.get_bounding_client_rect();
    let step = in_sight(rect.top(), shortest_px).min(count).max(1);
    if step < count {
        // Whole pixels: formatting a float would add its code (about 18 KB) to the wasm.
        let height = rect.height().ceil() as u32;
        list.style()
            .set_property("min-height", &format!("{height}px"))
            .ok();
    }
    list.set_inner_html(&draw(0..step));
    let mut drawn = step.min(count);
    while drawn < count && !fills_window(list) {
        list.insert_adjacent_html("beforeend", &draw(drawn..drawn + 1))
            .ok();
        drawn += 1;
    }
    let fragment = history::fragment();
    while !fragment.is_empty() && drawn < count && document().get_element_by_id(&fragment).is_none() {
        list.insert_adjacent_html("beforeend", &draw(drawn..drawn + step))
            .ok();
        drawn = (drawn + step).min(count);
    }
    then_the_rest(list.clone(), this_draw, drawn..count, draw);
}

/// Draws the items of `rest` in the frames to come, a slice each, or, when none are left, lets
/// the list's height go (this draw's, or one an earlier draw held and never let go).
fn then_the_rest(list: HtmlElement, this_draw: u64, rest: Range<usize>, draw: Box<DrawItems>) {
    if rest.is_empty() {
        list.style().remove_property("min-height").ok();
    } else {
        browser::after_paint(move || slice(list, this_draw, rest, draw));
    }
}

/// Adds to `list` the items of `rest` it can make in [`SLICE_MS`] (at least one), and leaves
/// the others to the next frame; stops when the list is drawn anew or gone.
fn slice(list: HtmlElement, this_draw: u64, rest: Range<usize>, draw: Box<DrawItems>) {
    if DRAWS.with(Cell::get) != this_draw || !list.is_connected() {
        return;
    }
    let started = js_sys::Date::now();
    let mut markup = String::new();
    let mut drawn = rest.start;
    while drawn < rest.end && (drawn == rest.start || js_sys::Date::now() - started < SLICE_MS) {
        markup.push_str(&draw(drawn..drawn + 1));
        drawn += 1;
    }
    list.insert_adjacent_html("beforeend", &markup).ok();
    then_the_rest(list, this_draw, drawn..rest.end, draw);
}
