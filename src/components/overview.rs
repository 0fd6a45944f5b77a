//! The overview: how many findings each speaker gave under each theme, as a table whose cells
//! open the findings they count (HTML from the core, following the search).

use report::Query;
use report::html::contract::class;
use report::html::{Markup, overview, overview_section};

use crate::viewer::Viewer;

/// The overview's table for `query`.
fn table(viewer: Viewer, query: &Query) -> Markup {
    let finder = viewer.finder;
    let searched = finder.results(&Query::default().with_text(query.text()));
    overview(&viewer.links(), query, &finder.matrix(query), &searched)
}

/// Draws the overview: returns its markup, to be put in the page at once, and redraws its table
/// as the search changes.
pub fn overview_view(viewer: Viewer) -> Markup {
    super::redraw_on_query(viewer, |viewer, query| {
        super::redraw(class::OVERVIEW.selector, &table(viewer, query));
    });
    overview_section(&table(viewer, &viewer.query_untracked()))
}
