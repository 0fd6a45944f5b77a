//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back (the text is HTML from the core). A long report's text ships apart (see
//! `report::ReportData`): it is fetched when the view first opens, and drawn when it comes.

use leptos::prelude::*;
use report::html::contract::class;
use report::html::{Markup, narrative, narrative_pending, narrative_section};
use report::{Block, Query, View};

use crate::data;
use crate::viewer::{Viewer, reveal_hash};

/// The report's narrative: in hand, or in a data file of its own not fetched yet, being
/// fetched, or that could not be (and why).
#[derive(Clone, PartialEq)]
pub enum Narrative {
    Ready(&'static [Block]),
    Apart(&'static str),
    Loading,
    Failed(String),
}

/// The report's marked text, each passage leading back to its finding under `query` if it shows
/// it, else under none (results are in report order, so a binary search finds it); while the
/// text is not in hand, that it is loading or why it could not be.
fn marked_text(viewer: Viewer, query: &Query) -> Markup {
    let texts = crate::words::texts();
    let blocks = match viewer.narrative.get_untracked() {
        Narrative::Ready(blocks) => blocks,
        Narrative::Failed(why) => {
            let retry = viewer.href(View::Report, query, None);
            return narrative_pending(texts, Some((&why, &retry)));
        }
        Narrative::Apart(_) | Narrative::Loading => return narrative_pending(texts, None),
    };
    let shown = viewer.finder.results(query);
    let query_for = |finding: usize| {
        if shown.binary_search(&finding).is_ok() {
            query.clone()
        } else {
            Query::default()
        }
    };
    narrative(&viewer.links(), blocks, &query_for)
}

/// Fetches the narrative in the data file `path`; the view draws it (or why it failed) when it
/// comes.
fn fetch(viewer: Viewer, path: &'static str) {
    viewer.narrative.set(Narrative::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        viewer
            .narrative
            .set(match data::fetch_narrative(viewer.report, path).await {
                Ok(blocks) => Narrative::Ready(Box::leak(blocks.into_boxed_slice())),
                Err(problem) => Narrative::Failed(problem.why().to_owned()),
            });
    });
}

/// Draws the Report view: returns its markup, to be put in the page at once, and keeps the
/// passages' links in step with the query, and the text in step with its download.
pub fn report_view(viewer: Viewer) -> Markup {
    let selector = class::NARRATIVE_TEXT.selector;
    super::redraw_on_query(viewer, selector, marked_text);
    if let Narrative::Apart(path) = viewer.narrative.get_untracked() {
        fetch(viewer, path);
    }
    Effect::watch(
        move || viewer.narrative.track(),
        move |_, _, _| {
            super::redraw(selector, &marked_text(viewer, &viewer.query_untracked()));
            // A link to a passage waited for it.
            reveal_hash();
        },
        false,
    );
    narrative_section(
        crate::words::texts(),
        viewer.links().report_lang(),
        &marked_text(viewer, &viewer.query_untracked()),
    )
}
