//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back (the text is HTML from the core).

use report::Query;
use report::html::contract::class;
use report::html::{Markup, narrative, narrative_section};

use crate::viewer::Viewer;

/// The report's marked text, each passage leading back to its finding under `query` if it shows
/// it, else under none (results are in report order, so a binary search finds it).
fn marked_text(viewer: Viewer, query: &Query) -> Markup {
    let shown = viewer.finder.results(query);
    let query_for = |finding: usize| {
        if shown.binary_search(&finding).is_ok() {
            query.clone()
        } else {
            Query::default()
        }
    };
    narrative(&viewer.links(), &query_for)
}

/// Draws the Report view: returns its markup, to be put in the page at once, and keeps the
/// passages' links in step with the query.
pub fn report_view(viewer: Viewer) -> Markup {
    super::redraw_on_query(viewer, class::NARRATIVE_TEXT.selector, marked_text);
    narrative_section(
        crate::words::texts(),
        viewer.links().report_lang(),
        &marked_text(viewer, &viewer.query_untracked()),
    )
}
