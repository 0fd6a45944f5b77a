//! What the buttons of a finding card do (the cards themselves are HTML text from the core):
//! show and hide its citation under "Cite", writing it as it opens, copy its permalink or its citation, and say so in the
//! card's own live region.

use gloo::timers::callback::Timeout;
use report::html::contract::{ToCopy, attr, class, ids};
use report::key;
use report::{citation, permalink};

use crate::browser;
use crate::viewer::Viewer;
use crate::words::texts;

/// For a click in the page: shows or hides a finding card's citation under "Cite" (written as
/// it opens), and handles the cards' copy buttons.
pub fn on_card_click(viewer: Viewer, event: &web_sys::MouseEvent) {
    let Some(card) = browser::closest(event, class::FINDING.selector) else {
        return;
    };
    let report = viewer.report;
    let id = card.id();
    let Some(finding) = report
        .findings
        .iter()
        .find(|f| ids::finding_of(&id) == Some(f.id.as_str()))
    else {
        return;
    };
    let link = permalink(&viewer.base_url(), finding);
    let cite = || citation(texts(), report, Some(finding), &link);
    if let Some(button) = browser::closest(event, attr::CITE_BUTTON) {
        if let Some(body) = card.query_selector(class::CITE_BODY.selector).ok().flatten() {
            let closed = body.toggle_attribute("hidden").unwrap_or(true);
            button
                .set_attribute("aria-expanded", if closed { "false" } else { "true" })
                .ok();
        }
        if let Some(text) = card.query_selector(class::CITE_TEXT.selector).ok().flatten() {
            text.set_text_content(Some(&cite()));
        }
        return;
    }
    let Some(button) = browser::closest(event, attr::COPY_BUTTON) else {
        return;
    };
    let what = button
        .get_attribute(attr::COPY)
        .and_then(|value| ToCopy::parse(&value));
    let (text, done) = match what {
        Some(ToCopy::Citation) => (cite(), texts().text(key::FINDING_CITATION_COPIED)),
        _ => (link.clone(), texts().text(key::FINDING_LINK_COPIED)),
    };
    let feedback = card
        .query_selector(class::ACTION_FEEDBACK.selector)
        .ok()
        .flatten();
    leptos::task::spawn_local(async move {
        let copied = browser::copy(&text).await;
        if let Some(feedback) = feedback {
            feedback.set_text_content(Some(if copied {
                done
            } else {
                texts().text(key::FINDING_COPY_REFUSED)
            }));
            Timeout::new(4000, move || feedback.set_text_content(None)).forget();
        }
    });
}
