//! The address bar, written once the frame that shows a change has been painted and what follows
//! it has been drawn: a history step costs Chromium a millisecond or more, which a filter click's
//! frame need not pay. A revision of the current step (a search as it is typed) is written once
//! the typing pauses.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use gloo::utils::window;

use crate::browser;

/// How long (ms) typing pauses before a revision of the current step is written. Each write
/// costs the browser as well as the page (headless Chromium driven over the DevTools protocol
/// here spent about 9 ms of its own main thread on each, competing on 2 cores with the frame of
/// the next keystroke), and Safari throws on more than 100 in 10 seconds (30 in older versions),
/// which a reader typing long searches reaches.
const REVISION_PAUSE_MS: u64 = 300;

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
    /// How many revisions have come: a revision's timer writes only if it was the last one.
    static REVISIONS: Cell<u64> = const { Cell::new(0) };
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

/// Records `url` in the history: a new step once the page has painted; a revision of the current
/// step once typing pauses ([`REVISION_PAUSE_MS`]), or sooner: with a new step, or as the reader
/// leaves the field (see [`write_now`]). A revision of a step not written yet changes that step.
pub fn write(entry: Entry, url: String) {
    // A new step already pending has the writes made once the page has painted: one is enough.
    let step_due = PENDING.with_borrow_mut(|pending| {
        let step_due = pending.iter().any(|write| write.entry == Entry::Push);
        match (entry, pending.last_mut()) {
            (Entry::Replace, Some(last)) => last.url = url,
            _ => pending.push(Write { entry, url }),
        }
        step_due
    });
    match entry {
        Entry::Push if !step_due => {
            // A task after the other work put off until the frame is painted (the counts that
            // follow a change), so pushState (about 1 ms in Chromium here) never holds that up.
            browser::after_paint(|| leptos::prelude::set_timeout(write_now, Duration::ZERO));
        }
        Entry::Push => {}
        Entry::Replace => {
            let revision = REVISIONS.get() + 1;
            REVISIONS.set(revision);
            // Boxed, as `browser::after_paint`'s work is: one shape of timeout for the wasm.
            let last_one: Box<dyn FnOnce()> = Box::new(move || {
                if REVISIONS.get() == revision {
                    write_now();
                }
            });
            leptos::prelude::set_timeout(last_one, Duration::from_millis(REVISION_PAUSE_MS));
        }
    }
}

/// Makes the writes not made yet, in order: at once when the reader may be about to use the
/// address (leaving the search field for the address bar, say, or pressing Ctrl or Cmd to reload).
pub fn write_now() {
    let writes = PENDING.with_borrow_mut(std::mem::take);
    let Ok(history) = window().history() else {
        return;
    };
    for Write { entry, url } in writes {
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
