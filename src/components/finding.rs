//! What the buttons of a finding card do (the cards themselves are HTML text from the core):
//! copy its permalink or its citation, and say so in the card's own live region.

use gloo::timers::callback::Timeout;
use report::{citation, permalink};
use wasm_bindgen::JsCast;

use crate::browser;
use crate::viewer::Viewer;

/// For `on:click` on a list of finding cards: handles their `data-copy` buttons.
pub fn copy_from_card(viewer: Viewer, event: &web_sys::MouseEvent) {
    let Some(button) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("[data-copy]").ok().flatten())
    else {
        return;
    };
    let Some(card) = button.closest(".finding").ok().flatten() else {
        return;
    };
    let report = viewer.report;
    let id = card.id();
    let Some(finding) = report
        .findings
        .iter()
        .find(|f| id.strip_prefix("finding-") == Some(f.id.as_str()))
    else {
        return;
    };
    let link = permalink(&viewer.base_url(), finding);
    let (text, done) = match button.get_attribute("data-copy").as_deref() {
        Some("citation") => (citation(report, Some(finding), &link), "Citation copied"),
        _ => (link, "Link copied"),
    };
    let feedback = card.query_selector(".action-feedback").ok().flatten();
    leptos::task::spawn_local(async move {
        let copied = browser::copy(&text).await;
        if let Some(feedback) = feedback {
            feedback.set_text_content(Some(if copied {
                done
            } else {
                "Copying is not allowed here: select the text and copy it"
            }));
            Timeout::new(4000, move || feedback.set_text_content(None)).forget();
        }
    });
}
