//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back.

use leptos::prelude::*;
use report::{Block, Inline, Query, View};

use crate::viewer::{Entry, Viewer, follow};

/// Part of a block's text that a finding quotes: bytes `start..end`.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    finding: usize,
    /// The first span of the finding's passage (it carries the anchor).
    first: bool,
    /// The last span of the finding's passage (the link back follows it).
    last: bool,
}

/// The spans of every finding's passage that fall in `block` (and `item`, in a list).
fn spans_in(viewer: &Viewer, block: usize, item: Option<usize>) -> Vec<Span> {
    let mut spans = Vec::new();
    for (f, finding) in viewer.report.findings.iter().enumerate() {
        let count = finding.locations.len();
        for (i, location) in finding.locations.iter().enumerate() {
            if location.block == block && location.item == item {
                spans.push(Span {
                    start: location.start,
                    end: location.end,
                    finding: f,
                    first: i == 0,
                    last: i + 1 == count,
                });
            }
        }
    }
    spans
}

/// The query under which a finding shows: the current one if it shows it, else none.
fn query_showing(viewer: &Viewer, finding: usize) -> Query {
    let query = viewer.query_untracked();
    if viewer.finder.results(&query).contains(&finding) {
        query
    } else {
        Query::default()
    }
}

fn back_link(viewer: Viewer, finding: usize) -> AnyView {
    let heading = &viewer.report.findings[finding].heading;
    let anchor = format!("finding-{}", viewer.report.findings[finding].id);
    let href = viewer.href(View::Findings, &query_showing(&viewer, finding), Some(&anchor));
    view! {
        <a
            class="to-finding"
            href=href
            title=format!("Finding: {heading}")
            aria-label=format!("Back to the finding: {heading}")
            on:click=move |ev| follow(&ev, || viewer.go(View::Findings, query_showing(&viewer, finding), Some(&anchor), Entry::Push))
        >
            "↩"
        </a>
    }
    .into_any()
}

fn styled(text: &'static str, em: bool, strong: bool) -> AnyView {
    match (em, strong) {
        (true, true) => view! { <strong><em>{text}</em></strong> }.into_any(),
        (true, false) => view! { <em>{text}</em> }.into_any(),
        (false, true) => view! { <strong>{text}</strong> }.into_any(),
        (false, false) => text.into_any(),
    }
}

/// Inline runs with the spans marked. Offsets count a line break as one byte, as the parser does.
fn marked_runs(viewer: Viewer, runs: &'static [Inline], spans: &[Span]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut at = 0;
    for run in runs {
        match run {
            Inline::Text { text, em, strong } => {
                let end = at + text.len();
                let mut cuts: Vec<usize> = spans
                    .iter()
                    .flat_map(|s| [s.start, s.end])
                    .filter(|&c| c > at && c < end && text.is_char_boundary(c - at))
                    .collect();
                cuts.push(end);
                cuts.sort_unstable();
                cuts.dedup();
                let mut from = at;
                for to in cuts {
                    let piece: &'static str = &text[from - at..to - at];
                    let covering: Vec<&Span> =
                        spans.iter().filter(|s| s.start <= from && s.end >= to).collect();
                    if covering.is_empty() {
                        out.push(styled(piece, *em, *strong));
                    } else {
                        let anchor = covering
                            .iter()
                            .find(|s| s.first && s.start == from)
                            .map(|s| format!("passage-{}", viewer.report.findings[s.finding].id));
                        out.push(view! { <mark class="passage-mark" id=anchor>{styled(piece, *em, *strong)}</mark> }.into_any());
                        for span in covering.iter().filter(|s| s.last && s.end == to) {
                            out.push(back_link(viewer, span.finding));
                        }
                    }
                    from = to;
                }
                at = end;
            }
            Inline::Link { text, href } => {
                out.push(view! { <a href=href.as_str()>{text.as_str()}</a> }.into_any());
                at += text.len();
            }
            Inline::Break => {
                out.push(view! { <br /> }.into_any());
                at += 1;
            }
        }
    }
    out
}

fn block(viewer: Viewer, index: usize, block: &'static Block) -> AnyView {
    let id = format!("context-{index}");
    match block {
        Block::Heading { text, .. } => view! { <h3 id=id>{text.as_str()}</h3> }.into_any(),
        Block::Paragraph(runs) => {
            view! { <p id=id>{marked_runs(viewer, runs, &spans_in(&viewer, index, None))}</p> }.into_any()
        }
        Block::List { start, items } => {
            let items = items
                .iter()
                .enumerate()
                .map(|(i, item)| view! { <li>{marked_runs(viewer, item, &spans_in(&viewer, index, Some(i)))}</li> })
                .collect_view();
            match start {
                Some(start) => view! { <ol id=id start=*start>{items}</ol> }.into_any(),
                None => view! { <ul id=id>{items}</ul> }.into_any(),
            }
        }
    }
}

#[component]
pub fn ReportView() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    view! {
        <section class="narrative" aria-labelledby="narrative-heading">
            <h2 id="narrative-heading">"The full report"</h2>
            <p class="lede">"The report as published. Marked passages are quoted by findings; " <span aria-hidden="true">"↩"</span> " leads to the finding."</p>
            <div class="narrative-text">
                {viewer.report.narrative.iter().enumerate().map(|(i, b)| block(viewer, i, b)).collect_view()}
            </div>
        </section>
    }
}
