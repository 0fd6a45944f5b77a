//! The page's shared state: the report, its finder, and the reader's view and query, kept in
//! step with the address bar (push on change, follow Back and Forward).

use gloo::utils::{document, window};
use leptos::prelude::*;
use report::html::Links;
use report::html::contract::{attr, class, ids};
use report::{Finder, Ignored, Query, Report, TextFiles, UrlState, View, parse_search};
use wasm_bindgen::JsCast;

pub use crate::history::Entry;
use crate::texts_apart::TextsApart;
use crate::{browser, history};

/// Everything components need, shared through Leptos context.
#[derive(Clone, Copy)]
pub struct Viewer {
    pub report: &'static Report,
    pub finder: &'static Finder<'static>,
    /// The data file of the report's narrative, when it ships apart (a long report's).
    pub narrative_file: Option<&'static str>,
    /// The findings' texts, which a long report ships apart.
    pub texts: TextsApart,
    /// The report's file name, on a site with several reports (it then leads every address).
    slug: Option<&'static str>,
    state: RwSignal<UrlState>,
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

/// Scrolls to the element the address's `#fragment` names, once it has been drawn (a card out of
/// sight comes just after the frame that answers a change, see `components::card_list`), and
/// moves the keyboard focus there.
pub fn reveal_hash() {
    let id = history::fragment();
    if id.is_empty() {
        return;
    }
    browser::next_frame(move || {
        if !reveal(&id) {
            browser::after_paint(move || {
                reveal(&id);
            });
        }
    });
}

/// Scrolls to the element `id` and focuses it; false when there is none.
pub fn reveal(id: &str) -> bool {
    let Some(element) = document().get_element_by_id(id) else {
        return false;
    };
    element.scroll_into_view();
    focus(element);
    true
}

/// Moves the keyboard focus to `element`, which need not be focusable by Tab (a heading).
fn focus(element: web_sys::Element) {
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        if !element.has_attribute("tabindex") {
            element.set_attribute("tabindex", "-1").ok();
        }
        element.focus().ok();
    }
}

impl Viewer {
    /// Reads the address and starts following the history; the report's narrative is its own,
    /// or in the data file `narrative_file`, and its findings' texts likewise, or in `texts`.
    pub fn start(
        report: &'static Report,
        slug: Option<&'static str>,
        narrative_file: Option<&'static str>,
        texts: Option<&'static TextFiles>,
    ) -> Self {
        let finder: &'static Finder<'static> = Box::leak(Box::new(Finder::new(report)));
        let state = RwSignal::new(parse_search(&current_search(), report));
        browser::listen(&window(), "popstate", move |_| {
            history::forget();
            let next = parse_search(&current_search(), report);
            if state.with_untracked(|now| now.query != next.query || now.view != next.view) {
                state.set(next);
            }
            reveal_hash();
        });
        Self {
            report,
            finder,
            narrative_file,
            texts: TextsApart::new(report, texts),
            slug,
            state,
        }
    }

    pub fn query(&self) -> Query {
        self.state.with(|s| s.query.clone())
    }

    pub fn view(&self) -> View {
        self.state.with(|s| s.view)
    }

    /// Values of the opening link that the report does not have.
    pub fn ignored(&self) -> Ignored {
        self.state.with(|s| s.ignored.clone())
    }

    /// Makes this report's in-app addresses.
    pub fn links(&self) -> Links<'static> {
        Links {
            report: self.report,
            slug: self.slug,
            texts: crate::words::texts(),
            lang: crate::words::named(),
        }
    }

    /// The relative address of a view, query and optional anchor: for `href`s.
    pub fn href(&self, view: View, query: &Query, anchor: Option<&str>) -> String {
        self.links().href(view, query, anchor)
    }

    /// The page's address without query or anchor: the base of permalinks.
    pub fn base_url(&self) -> String {
        let location = window().location();
        format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        )
    }

    /// Goes to a view and query, recording the step in the history, and reveals `anchor`.
    pub fn go(&self, view: View, query: Query, anchor: Option<&str>, entry: Entry) {
        let search = self.links().search(view, &query);
        let hash = anchor.map(|a| format!("#{a}")).unwrap_or_default();
        let path = window().location().pathname().unwrap_or_default();
        let url = format!("{path}{search}{hash}");
        if url != history::address() {
            history::write(entry, url);
        }
        self.state.set(UrlState {
            query,
            view,
            lang: None,
            ignored: Ignored::default(),
        });
        if anchor.is_some() {
            reveal_hash();
        }
    }

    /// Goes where an in-app `href` (as [`Links`] writes them) leads, as a new step; true when it
    /// names an anchor, which it reveals.
    pub fn navigate(&self, href: &str) -> bool {
        let (search, anchor) = href.split_once('#').unwrap_or((href, ""));
        let state = parse_search(search.trim_start_matches("./"), self.report);
        let anchor = (!anchor.is_empty()).then_some(anchor);
        self.go(state.view, state.query, anchor, Entry::Push);
        anchor.is_some()
    }

    /// Changes the query in the current view.
    pub fn set_query(&self, query: Query, entry: Entry) {
        self.go(self.view_untracked(), query, None, entry);
    }

    pub fn query_untracked(&self) -> Query {
        self.state.with_untracked(|s| s.query.clone())
    }

    pub fn view_untracked(&self) -> View {
        self.state.with_untracked(|s| s.view)
    }
}

/// For a click in the page: follows in-app links drawn from HTML text (`data-nav`, see
/// `report::html`) without reloading, and their buttons to their addresses (`data-go`).
pub fn follow_links(viewer: Viewer, event: &web_sys::MouseEvent) {
    if let Some(link) = browser::closest(event, attr::NAV_LINK) {
        let href = link.get_attribute("href").unwrap_or_default();
        follow(event, || {
            // A link to an anchor moves the focus there itself (see `reveal_hash`).
            if !viewer.navigate(&href) {
                keep_focus(link);
            }
        });
    } else if let Some(button) = browser::closest(event, attr::GO_BUTTON) {
        viewer.navigate(&button.get_attribute(attr::GO).unwrap_or_default());
        keep_focus(button);
    }
}

/// Keeps the keyboard in place when the link or button that had the focus goes with the redraw
/// its step causes (a chip removing itself, "Clear all", a suggestion, an overview count), so that
/// the reader does not start again from the top of the page: on the first chip left after a chip,
/// else on the findings' heading (where every such step leads).
fn keep_focus(clicked: web_sys::Element) {
    if document().active_element().as_ref() != Some(&clicked) {
        return;
    }
    let chip = clicked.class_list().contains(class::CHIP.name);
    browser::next_frame(move || {
        if clicked.is_connected() {
            return;
        }
        let heading = || document().get_element_by_id(ids::FINDINGS_HEADING);
        let next_chip = || document().query_selector(class::CHIP.selector).ok().flatten();
        if let Some(target) = chip.then(next_chip).flatten().or_else(heading) {
            focus(target);
        }
    });
}

/// For `on:click` on an in-app link: follows it without reloading, unless the reader asked for a
/// new tab or window.
pub fn follow(event: &web_sys::MouseEvent, go: impl FnOnce()) {
    if event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() || event.button() != 0 {
        return;
    }
    event.prevent_default();
    go();
}
