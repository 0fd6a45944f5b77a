//! The address bar, written once the frame that shows a change has been painted and what follows
//! it has been drawn: a history step costs Chromium a millisecond or more, which a filter click's
//! frame need not pay.

use std::cell::RefCell;

use gloo::utils::window;

use crate::browser;

/// How a change enters the history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new step that Back returns from.
    Push,
    /// The current step, revised (as while typing a search).
    Replace,
}

/// A history write not made yet: a new step or a revision of the current one, to `url`.
struct Write {
    entry: Entry,
    url: String,
}

thread_local! {
    static PENDING: RefCell<Vec<Write>> = const { RefCell::new(Vec::new()) };
}

/// The page's address as path, search and hash: what the address bar shows, or will show once
/// the writes not made yet are made.
pub fn address() -> String {
    PENDING
        .with_borrow(|pending| pending.last().map(|write| write.url.clone()))
        .unwrap_or_else(|| {
            let location = window().location();
            let part = |part: Result<String, _>| part.unwrap_or_default();
            format!(
                "{}{}{}",
                part(location.pathname()),
                part(location.search()),
                part(location.hash())
            )
        })
}

/// The `#fragment` of [`address`], without the `#`; empty when there is none.
pub fn fragment() -> String {
    address()
        .split_once('#')
        .map(|(_, id)| id.to_owned())
        .unwrap_or_default()
}

/// Records `url` in the history as a new step or as the current one, once the page has painted.
/// A revision of a step not written yet changes that step.
pub fn write(entry: Entry, url: String) {
    let was_idle = PENDING.with_borrow_mut(|pending| {
        let was_idle = pending.is_empty();
        match (entry, pending.last_mut()) {
            (Entry::Replace, Some(last)) => last.url = url,
            _ => pending.push(Write { entry, url }),
        }
        was_idle
    });
    if was_idle {
        // A task after the other work put off until the frame is painted (the counts that
        // follow a change), so pushState (about 1 ms in Chromium here) never holds that up.
        browser::after_paint(|| leptos::prelude::set_timeout(flush, std::time::Duration::ZERO));
    }
}

/// Makes the writes not made yet, in order, once the frame showing them is painted.
fn flush() {
    let Ok(history) = window().history() else {
        return;
    };
    for Write { entry, url } in PENDING.with_borrow_mut(std::mem::take) {
        let null = wasm_bindgen::JsValue::NULL;
        match entry {
            Entry::Push => history.push_state_with_url(&null, "", Some(&url)),
            Entry::Replace => history.replace_state_with_url(&null, "", Some(&url)),
        }
        .ok();
    }
}

/// Forgets the writes not made yet: the reader has gone Back or Forward, and the address the
/// browser now shows is the one to follow.
pub fn forget() {
    PENDING.with_borrow_mut(Vec::clear);
}
