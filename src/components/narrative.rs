//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back (the text is HTML from the core). A long report's text ships apart (see
//! `report::ReportData`): it is fetched when the view first opens, and drawn when it comes (each
//! passage's link is labelled with its finding's heading, which comes with it when the findings'
//! words ship apart too; when only the words do, the view waits for them whole).

use std::cell::RefCell;

use report::html::contract::class;
use report::html::{Markup, Passages, ShipsApart, narrative, narrative_section, pending_notice};
use report::{NarrativeApart, Query, View};

use super::in_parts::draw_part_in_parts;
use crate::data;
use crate::texts_apart::{self, Whole};
use crate::viewer::{Viewer, reveal_hash};

/// A narrative that ships apart: not fetched yet, being fetched, in hand, or not to be had (and
/// why).
enum NarrativeFetch {
    NotFetched,
    Loading,
    Ready(&'static NarrativeApart),
    Failed(String),
}

thread_local! {
    static NARRATIVE: RefCell<NarrativeFetch> = const { RefCell::new(NarrativeFetch::NotFetched) };
}

/// The narrative that ships apart (with the findings' locations), if it is in hand; else why it
/// could not come (`None` while it is on its way).
fn apart() -> Result<&'static NarrativeApart, Option<String>> {
    NARRATIVE.with_borrow(|apart| match apart {
        NarrativeFetch::Ready(narrative) => Ok(*narrative),
        NarrativeFetch::Failed(why) => Err(Some(why.clone())),
        NarrativeFetch::NotFetched | NarrativeFetch::Loading => Err(None),
    })
}

/// The least a block of the report's text is high (px): a one-line paragraph or heading.
const SHORTEST_BLOCK_PX: f64 = 24.0;

/// Draws the report's marked text under `query`, in parts, each passage leading back to its
/// finding under `query` if it shows it, else under none (results are in report order, so a
/// binary search finds it); while a text or words that ship apart are not in hand, that they
/// are loading or why they could not be. Says whether the view is there to draw in.
fn draw_text(viewer: Viewer, query: &Query) -> bool {
    let in_hand = match viewer.narrative_file.filter(|_| texts_apart::APART) {
        None => Ok((&viewer.report.narrative[..], None)),
        Some(_) => apart().map(|n| (&n.blocks[..], Some(n))),
    };
    // The passages' links back are labelled with the findings' headings: those that came with
    // the narrative, or the findings' own words.
    let headed = matches!(in_hand, Ok((_, Some(n))) if !n.headings.is_empty());
    let words = match viewer.texts.whole() {
        _ if headed => Ok(()),
        Whole::InHand => Ok(()),
        Whole::Failed(why) => Err(Some(why)),
        Whole::NotAsked | Whole::Coming => Err(None),
    };
    let pending = match (in_hand, words) {
        (Ok(narrative), Ok(())) => Ok(narrative),
        (Err(why), _) => Err((ShipsApart::Narrative, why)),
        (_, Err(why)) => Err((ShipsApart::Texts, why)),
    };
    let (blocks, located) = match pending {
        Ok(narrative) => narrative,
        Err((apart, why)) => {
            let retry = viewer.href(View::Report, query, None);
            let failed = why.as_deref().map(|why| (why, retry.as_str()));
            let pending = pending_notice(crate::words::texts(), apart, failed);
            return super::redraw(class::NARRATIVE_TEXT.selector, &pending);
        }
    };
    let shown = viewer.finder.results(query);
    let passages = match located {
        Some(apart) => {
            let located = apart.locations.iter().map(Vec::as_slice);
            Passages::located(located, &apart.headings, blocks.len())
        }
        None => Passages::of(viewer.report, blocks.len()),
    };
    let query = query.clone();
    draw_part_in_parts(
        class::NARRATIVE_TEXT.selector,
        blocks.len(),
        SHORTEST_BLOCK_PX,
        Box::new(move |range| {
            let query_for = |finding: usize| {
                if shown.binary_search(&finding).is_ok() {
                    query.clone()
                } else {
                    Query::default()
                }
            };
            narrative(&viewer.links(), blocks, range, &passages, &query_for).0
        }),
    )
}

/// Fetches the narrative in the data file `path`, once; when it comes, draws it (or why it could
/// not come) if the Report view is still shown, and reveals the passage the address names.
fn fetch(viewer: Viewer, path: &'static str) {
    let first = NARRATIVE.with_borrow_mut(|apart| {
        let first = matches!(apart, NarrativeFetch::NotFetched);
        if first {
            *apart = NarrativeFetch::Loading;
        }
        first
    });
    if !first {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let came = match data::fetch_narrative(viewer.report, path).await {
            Ok(narrative) => NarrativeFetch::Ready(Box::leak(Box::new(narrative))),
            Err(problem) => NarrativeFetch::Failed(problem.why().to_owned()),
        };
        NARRATIVE.set(came);
        // A link to a passage waited for it; a reader gone to another view is left there.
        if draw_text(viewer, &viewer.query_untracked()) {
            reveal_hash();
        }
    });
}

/// The Report view's markup, its text to come (see [`draw_text`]).
pub fn report_view(viewer: Viewer) -> Markup {
    narrative_section(
        crate::words::texts(),
        viewer.links().report_lang(),
        viewer.links().report_dir(),
    )
}

/// Draws the report's text in the view, fetching it first if it ships apart, and keeps the
/// passages' links in step with the query.
pub fn fill_report_view(viewer: Viewer) {
    super::redraw_on_query(viewer, |viewer, query| {
        draw_text(viewer, query);
    });
    draw_text(viewer, &viewer.query_untracked());
    match viewer.narrative_file.filter(|_| texts_apart::APART) {
        // A narrative apart brings the headings of findings whose words ship apart.
        Some(path) => fetch(viewer, path),
        None => viewer.texts.when_whole(move |_| {
            if draw_text(viewer, &viewer.query_untracked()) {
                reveal_hash();
            }
        }),
    }
}
