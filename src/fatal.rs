//! The last line of defence: when the data cannot be read or the app panics, the page says so
//! and offers to try again (public/boot.js draws the message), never a blank or frozen page.

use gloo::utils::window;
use report::key;
use wasm_bindgen::JsValue;

/// Asks the page to replace the app with `reason` and a way on.
pub fn show(reason: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(reason));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("report-viewer-failed", &init) {
        window().dispatch_event(&event).ok();
    }
}

/// Logs panics to the console and shows them to the reader as [`show`] does.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        show(crate::words::texts().text(key::APP_ERROR));
    }));
}
