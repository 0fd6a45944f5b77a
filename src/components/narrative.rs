//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back (the text is HTML from the core). A long report's text ships apart (see
//! `report::ReportData`): it is fetched when the view first opens, and drawn when it comes.

use std::cell::RefCell;

use report::html::contract::class;
use report::html::{Markup, narrative, narrative_pending, narrative_section};
use report::{Block, Query, View};

use crate::data;
use crate::viewer::{Viewer, reveal_hash};

/// A narrative that ships apart: not fetched yet, being fetched, in hand, or not to be had (and
/// why).
enum Apart {
    NotFetched,
    Loading,
    Ready(&'static [Block]),
    Failed(String),
}

thread_local! {
    static APART: RefCell<Apart> = const { RefCell::new(Apart::NotFetched) };
}

/// The narrative that ships apart, if it is in hand; else why it could not come (`None` while it
/// is on its way).
fn apart() -> Result<&'static [Block], Option<String>> {
    APART.with_borrow(|apart| match apart {
        Apart::Ready(blocks) => Ok(*blocks),
        Apart::Failed(why) => Err(Some(why.clone())),
        Apart::NotFetched | Apart::Loading => Err(None),
    })
}

/// The report's marked text, each passage leading back to its finding under `query` if it shows
/// it, else under none (results are in report order, so a binary search finds it); while a text
/// that ships apart is not in hand, that it is loading or why it could not be.
fn marked_text(viewer: Viewer, query: &Query) -> Markup {
    let in_hand = match viewer.narrative_file {
        None => Ok(&viewer.report.narrative[..]),
        Some(_) => apart(),
    };
    let blocks = match in_hand {
        Ok(blocks) => blocks,
        Err(why) => {
            let retry = viewer.href(View::Report, query, None);
            let failed = why.as_deref().map(|why| (why, retry.as_str()));
            return narrative_pending(crate::words::texts(), failed);
        }
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

/// Fetches the narrative in the data file `path`, once; when it comes, draws it (or why it could
/// not come) if the Report view is still shown, and reveals the passage the address names.
fn fetch(viewer: Viewer, path: &'static str) {
    let first = APART.with_borrow_mut(|apart| {
        let first = matches!(apart, Apart::NotFetched);
        if first {
            *apart = Apart::Loading;
        }
        first
    });
    if !first {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let came = match data::fetch_narrative(viewer.report, path).await {
            Ok(blocks) => Apart::Ready(Box::leak(blocks.into_boxed_slice())),
            Err(problem) => Apart::Failed(problem.why().to_owned()),
        };
        APART.set(came);
        let text = marked_text(viewer, &viewer.query_untracked());
        // A link to a passage waited for it; a reader gone to another view is left there.
        if super::redraw(class::NARRATIVE_TEXT.selector, &text) {
            reveal_hash();
        }
    });
}

/// Draws the Report view: returns its markup, to be put in the page at once, and keeps the
/// passages' links in step with the query.
pub fn report_view(viewer: Viewer) -> Markup {
    super::redraw_on_query(viewer, class::NARRATIVE_TEXT.selector, marked_text);
    if let Some(path) = viewer.narrative_file {
        fetch(viewer, path);
    }
    narrative_section(
        crate::words::texts(),
        viewer.links().report_lang(),
        &marked_text(viewer, &viewer.query_untracked()),
    )
}
