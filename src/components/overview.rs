//! The overview: how many findings each speaker gave under each theme, as a table whose cells
//! open the findings they count (HTML from the core, following the search), its rows drawn in
//! parts: a long report's 300 speakers make thousands of cells.

use report::Query;
use report::html::contract::class;
use report::html::{Markup, OverviewTable, overview, overview_section};

use super::in_parts::draw_part_in_parts;
use crate::viewer::Viewer;

/// The least a row of the table is high (px): a speaker's name and counts on one line.
const SHORTEST_ROW_PX: f64 = 32.0;

/// The overview for `query`, its rows to come, and what draws them.
fn table(viewer: Viewer, query: &Query) -> (Markup, OverviewTable) {
    let finder = viewer.finder;
    let searched = finder.results(&Query::default().with_text(query.text()));
    let table = OverviewTable::new(viewer.report, finder.matrix(query), &searched);
    (overview(&viewer.links(), query, &table, &searched), table)
}

/// Draws the rows of `table` for `query`, in parts.
fn draw_rows(viewer: Viewer, query: &Query, table: OverviewTable) {
    let query = query.clone();
    let count = viewer.report.speakers.len();
    draw_part_in_parts(
        class::OVERVIEW_ROWS.selector,
        count,
        SHORTEST_ROW_PX,
        Box::new(move |range| table.rows(&viewer.links(), &query, range).0),
    );
}

/// Draws the overview's table for `query` in its section: the frame at once, the rows in parts.
fn draw_table(viewer: Viewer, query: &Query) {
    let (markup, table) = table(viewer, query);
    if super::redraw(class::OVERVIEW.selector, &markup) {
        draw_rows(viewer, query, table);
    }
}

/// The overview's markup, its table to come (see [`fill_overview`]); the table is drawn anew as
/// the search changes.
pub fn overview_view(viewer: Viewer) -> Markup {
    super::redraw_on_query(viewer, draw_table);
    overview_section(&Markup::default())
}

/// Draws the overview's table in the view.
pub fn fill_overview(viewer: Viewer) {
    draw_table(viewer, &viewer.query_untracked());
}
