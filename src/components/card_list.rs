//! The list of finding cards, redrawn in parts (see `in_parts`) so that the frame answering a
//! click or keystroke lays out only the cards in sight: the rest follow once it is painted. A
//! card whose words had not come is drawn pending, and whole once they come (see
//! `crate::texts_apart`).

use std::cell::Cell;
use std::ops::Range;

use gloo::utils::document;
use report::html::contract::{class, ids};
use report::html::{Cite, finding_list};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::in_parts::draw_in_parts;
use crate::texts_apart::APART;
use crate::viewer::{Viewer, reveal};

/// The shortest a card is assumed to be when judging how many fill the window: less than any
/// card's heading, speaker and actions take.
const SHORTEST_CARD_PX: f64 = 120.0;

thread_local! {
    /// The shortest card the list showed when last it showed any: judges how many fill the
    /// window when it shows none (after a filter or search that matched nothing).
    static SHORTEST_SEEN: Cell<f64> = const { Cell::new(SHORTEST_CARD_PX) };
}

/// Puts `cards` (list items of the findings `shown`, each ending where `ends` says) in `list`,
/// in parts: at once the cards that reach the bottom of the window, judged by the shortest card
/// it shows now (or showed last, when it shows none). A card drawn pending whose words have come
/// by the time its part is drawn is drawn whole.
pub fn redraw(viewer: Viewer, list: &Element, cards: &str, ends: &[usize], shown: &[usize]) {
    let Some(list) = list.dyn_ref::<HtmlElement>() else {
        return;
    };
    let mut shortest = f64::INFINITY;
    let mut card = list.first_element_child();
    while let Some(item) = card {
        shortest = shortest.min(item.get_bounding_client_rect().height());
        card = item.next_element_sibling();
    }
    // None measured, or none laid out (the list out of sight in another view): the last seen.
    if shortest.is_finite() && shortest > 0.0 {
        SHORTEST_SEEN.set(shortest);
    }
    let shortest = SHORTEST_SEEN.get();
    let count = ends.len();
    let (cards, ends) = (cards.to_owned(), ends.to_vec());
    let findings = &viewer.report.findings;
    // Only the long-report app draws cards pending (see `crate::texts_apart`).
    let pending: Vec<Option<usize>> = match APART {
        true => shown
            .iter()
            .map(|&f| findings[f].text().is_none().then_some(f))
            .collect(),
        false => Vec::new(),
    };
    // Where the first `n` cards end in `cards` (a range asked may reach past the last).
    let end_of = move |n: usize| n.min(count).checked_sub(1).map_or(0, |last| ends[last]);
    let draw = move |range: Range<usize>| {
        if !APART {
            return cards[end_of(range.start)..end_of(range.end)].to_owned();
        }
        let mut out = String::new();
        for n in range.start.min(count)..range.end.min(count) {
            match pending[n].filter(|&f| findings[f].text().is_some()) {
                Some(came) => out.push_str(&card_item(viewer, came)),
                None => out.push_str(&cards[end_of(n)..end_of(n + 1)]),
            }
        }
        out
    };
    draw_in_parts(list, count, shortest.max(SHORTEST_CARD_PX), Box::new(draw));
}

/// The list item of finding `finding`'s card, under the query now.
fn card_item(viewer: Viewer, finding: usize) -> String {
    let query = viewer.query_untracked();
    let terms = viewer.finder.terms(&query);
    finding_list(&viewer.links(), &[finding], &query, &terms, Cite::OnOpen).0
}

/// Draws whole each card of the findings list drawn pending whose words have come, those of
/// findings `came` (a part's few, looked up among them alone, or every one).
pub fn draw_come(viewer: Viewer, came: Range<usize>) {
    let Some(list) = document()
        .query_selector(class::FINDING_LIST.selector)
        .ok()
        .flatten()
    else {
        return;
    };
    let findings = &viewer.report.findings;
    let place = reading_place(&list);
    let mut item = list.first_element_child();
    while let Some(now) = item {
        item = now.next_element_sibling();
        let Some(card) = now
            .first_element_child()
            .filter(|card| card.class_list().contains(class::PENDING.name))
        else {
            continue;
        };
        let id = card.id();
        let finding = ids::finding_of(&id)
            .and_then(|id| findings[came.clone()].iter().position(|f| f.id == id))
            .map(|at| came.start + at);
        if let Some(finding) = finding {
            // A card the reader was on (a permalink's, say) keeps the keyboard focus.
            let focused = document()
                .active_element()
                .is_some_and(|active| card.contains(Some(&active)));
            now.set_outer_html(&card_item(viewer, finding));
            if focused {
                reveal(&id);
            }
        }
    }
    keep_place(place);
}

/// Where the reader is in `list`: the id of the first card whose top is in the window (else of
/// the one across its top edge), and how far its top is from the window's.
fn reading_place(list: &Element) -> Option<(String, f64)> {
    let mut across = None;
    let mut item = list.first_element_child();
    while let Some(now) = item {
        let card = now.first_element_child()?;
        let rect = card.get_bounding_client_rect();
        if rect.top() >= 0.0 {
            return Some((card.id(), rect.top()));
        }
        if rect.bottom() > 0.0 {
            across = Some((card.id(), rect.top()));
        }
        item = now.next_element_sibling();
    }
    across
}

/// Scrolls so that the card of `place` is where it was: cards drawn whole above it are higher
/// than they were pending, which the browser's own scroll anchoring does not follow when the
/// node it anchored to is one replaced (the card in sight moved 292 px down, measured, after a
/// filter click while scrolled down a long report's list).
fn keep_place(place: Option<(String, f64)>) {
    let Some((id, top)) = place else {
        return;
    };
    let Some(card) = document().get_element_by_id(&id) else {
        return;
    };
    let moved = card.get_bounding_client_rect().top() - top;
    if moved.abs() >= 1.0 {
        gloo::utils::window().scroll_by_with_x_and_y(0.0, moved);
    }
}
