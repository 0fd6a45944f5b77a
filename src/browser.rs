//! Small bridges to browser features: the clipboard, downloads, printing, a stored preference,
//! and work put off until a frame has been painted.

use gloo::utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Runs `work` once the next frame has been painted: a timeout posted from an animation frame
/// runs after that frame's rendering. For what a change needs but the frame showing it does not.
pub fn after_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO)
    });
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
