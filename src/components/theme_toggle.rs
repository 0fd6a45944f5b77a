//! Light or dark: the system's choice until the reader makes one, which is then remembered. The
//! switch is drawn with the tabs (see `report::html::tabs`).

use gloo::utils::document;
use report::html::contract::class;

use crate::browser;

const KEY: &str = "report-viewer-theme";

/// Whether the page is dark now, as public/theme.js set it before the app started.
fn page_is_dark() -> bool {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("data-theme"))
        .as_deref()
        == Some("dark")
}

/// Shows on the switch whether the page is dark.
pub fn show_state() {
    if let Some(switch) = document()
        .query_selector(class::THEME_TOGGLE.selector)
        .ok()
        .flatten()
    {
        switch
            .set_attribute("aria-pressed", if page_is_dark() { "true" } else { "false" })
            .ok();
    }
}

/// For a click in the page: on the switch, flips light and dark, and remembers the choice.
pub fn on_click(event: &web_sys::MouseEvent) {
    let Some(switch) = browser::closest(event, class::THEME_TOGGLE.selector) else {
        return;
    };
    let theme = if page_is_dark() { "light" } else { "dark" };
    if let Some(root) = document().document_element() {
        root.set_attribute("data-theme", theme).ok();
    }
    browser::store(KEY, theme);
    switch
        .set_attribute("aria-pressed", if theme == "dark" { "true" } else { "false" })
        .ok();
}
