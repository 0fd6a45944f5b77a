//! Small bridges to browser features: listeners that last as long as the view that set them, the
//! clipboard, downloads, printing, a stored preference, and work put off until a frame has been
//! painted.

use std::cell::RefCell;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The element the app draws in, `#app`, emptied: the page drawn at build time (see
/// report::html::prerender) gives way in one go, before the next frame, to the app's same markup.
pub fn page_root() -> web_sys::HtmlElement {
    let root = document()
        .get_element_by_id(report::html::contract::ids::APP)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(gloo::utils::body);
    root.set_text_content(None);
    root.set_class_name("");
    root
}

/// Says the page is drawn, for public/offline.js, which then starts offline use.
pub fn announce_ready() {
    if let Ok(ready) = web_sys::Event::new("report-viewer-ready") {
        window().dispatch_event(&ready).ok();
    }
}

/// Listens to `kind` events on `target` for as long as the Leptos owner it is set up under lives
/// (a view, or the whole page): a view's listeners go when Leptos cleans the view up (a tab left,
/// say), so none is left behind or doubled.
/// The handler may prevent the event's default.
pub fn listen(
    target: &web_sys::EventTarget,
    kind: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) {
    let options = EventListenerOptions::enable_prevent_default();
    let listener = EventListener::new_with_options(target, kind, options, handler);
    // Kept here, as Leptos's clean-up must be able to cross threads and a listener cannot: the
    // clean-up names its place, which the next listener may take once it is empty.
    let place = LISTENERS.with_borrow_mut(|listeners| {
        let place = listeners
            .iter()
            .position(Option::is_none)
            .unwrap_or(listeners.len());
        match listeners.get_mut(place) {
            Some(empty) => *empty = Some(listener),
            None => listeners.push(Some(listener)),
        }
        place
    });
    leptos::prelude::on_cleanup(move || LISTENERS.with_borrow_mut(|listeners| listeners[place] = None));
}

thread_local! {
    /// The listeners set by [`listen`] that have not been cleaned up.
    static LISTENERS: RefCell<Vec<Option<EventListener>>> = const { RefCell::new(Vec::new()) };
}

/// The element matching `selector` that an event happened on or in: the nearest one.
pub fn closest(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.closest(selector).ok()?
}

/// The element an event happened on, if it is within an element matching `selector`.
pub fn target_within(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    closest(event, selector)?;
    event.target()?.dyn_into().ok()
}

/// Runs `work` in the next animation frame, before that frame's rendering.
pub fn next_frame(work: impl FnOnce() + 'static) {
    // One shape of closure for every caller: each shape costs the wasm its own copy of the
    // animation frame's bindings (about 300 bytes brotli).
    let work: Box<dyn FnOnce()> = Box::new(work);
    leptos::prelude::request_animation_frame(work);
}

/// Runs `work` once the next frame has been painted: a timeout posted from an animation frame
/// runs after that frame's rendering. For what a change needs but the frame showing it does not.
pub fn after_paint(work: impl FnOnce() + 'static) {
    // Boxed, as the frame's work is: one shape of timeout too.
    let work: Box<dyn FnOnce()> = Box::new(work);
    next_frame(|| leptos::prelude::set_timeout(work, std::time::Duration::ZERO));
}

/// Copies `text` to the clipboard; true when the browser confirmed it.
pub async fn copy(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers `contents` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document()
        .create_element("a")
        .map(JsCast::unchecked_into::<web_sys::HtmlAnchorElement>)
    {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    web_sys::Url::revoke_object_url(&url).ok();
}

/// Opens the browser's print dialog.
pub fn print() {
    window().print().ok();
}

/// Keeps a preference in local storage, where allowed.
pub fn store(key: &str, value: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        storage.set_item(key, value).ok();
    }
}
