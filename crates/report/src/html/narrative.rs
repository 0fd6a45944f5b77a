//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back.

use super::{Links, Part, push_all};
use crate::model::{Block, Inline};
use crate::query::Query;
use crate::url::View;

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

/// The spans of every finding's passage, in one pass over the findings: for each block of the
/// narrative, its spans with the list item each falls in.
fn spans_by_block(links: &Links) -> Vec<Vec<(Option<usize>, Span)>> {
    let mut by_block = vec![Vec::new(); links.report.narrative.len()];
    for (f, finding) in links.report.findings.iter().enumerate() {
        let count = finding.locations.len();
        for (i, location) in finding.locations.iter().enumerate() {
            if let Some(block) = by_block.get_mut(location.block) {
                let span = Span {
                    start: location.start,
                    end: location.end,
                    finding: f,
                    first: i == 0,
                    last: i + 1 == count,
                };
                block.push((location.item, span));
            }
        }
    }
    by_block
}

/// Of a block's spans, those in `item` (`None` outside lists).
fn spans_in(block: &[(Option<usize>, Span)], item: Option<usize>) -> Vec<Span> {
    block
        .iter()
        .filter(|(at, _)| *at == item)
        .map(|(_, span)| *span)
        .collect()
}

/// Appends the link from the end of a passage back to its finding, shown under `query`.
fn back_link(out: &mut String, links: &Links, finding: usize, query: &Query) {
    let finding = &links.report.findings[finding];
    let href = links.href(View::Findings, query, Some(&format!("finding-{}", finding.id)));
    push_all(
        out,
        &[
            Part::Markup("<a class=\"to-finding\" data-nav href=\""),
            Part::Text(&href),
            Part::Markup("\" title=\"Finding: "),
            Part::Text(&finding.heading),
            Part::Markup("\" aria-label=\"Back to the finding: "),
            Part::Text(&finding.heading),
            Part::Markup("\">↩</a>"),
        ],
    );
}

/// Appends `text` in the emphasis it has in the report.
fn styled(out: &mut String, text: &str, em: bool, strong: bool) {
    let (open, close) = match (em, strong) {
        (true, true) => ("<strong><em>", "</em></strong>"),
        (true, false) => ("<em>", "</em>"),
        (false, true) => ("<strong>", "</strong>"),
        (false, false) => ("", ""),
    };
    push_all(out, &[Part::Markup(open), Part::Text(text), Part::Markup(close)]);
}

/// Appends inline runs with the spans marked. Offsets count a line break as one byte, as the
/// parser does.
fn marked_runs(
    out: &mut String,
    links: &Links,
    runs: &[Inline],
    spans: &[Span],
    query_for: &dyn Fn(usize) -> Query,
) {
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
                crate::sort::sort_small_by_key(&mut cuts, |&c| c);
                cuts.dedup();
                let mut from = at;
                for to in cuts {
                    let piece = &text[from - at..to - at];
                    let covering: Vec<&Span> =
                        spans.iter().filter(|s| s.start <= from && s.end >= to).collect();
                    if covering.is_empty() {
                        styled(out, piece, *em, *strong);
                    } else {
                        out.push_str("<mark class=\"passage-mark\"");
                        if let Some(first) = covering.iter().find(|s| s.first && s.start == from) {
                            push_all(
                                out,
                                &[
                                    Part::Markup(" id=\"passage-"),
                                    Part::Text(&links.report.findings[first.finding].id),
                                    Part::Markup("\""),
                                ],
                            );
                        }
                        out.push('>');
                        styled(out, piece, *em, *strong);
                        out.push_str("</mark>");
                        for span in covering.iter().filter(|s| s.last && s.end == to) {
                            back_link(out, links, span.finding, &query_for(span.finding));
                        }
                    }
                    from = to;
                }
                at = end;
            }
            Inline::Link { text, href } => {
                push_all(
                    out,
                    &[
                        Part::Markup("<a href=\""),
                        Part::Text(href),
                        Part::Markup("\">"),
                        Part::Text(text),
                        Part::Markup("</a>"),
                    ],
                );
                at += text.len();
            }
            Inline::Break => {
                out.push_str("<br>");
                at += 1;
            }
        }
    }
}

/// Appends the report's narrative, block by block (`id="context-N"`), each finding's passage
/// marked (`id="passage-ID"`) and followed by a link back to the finding, shown under
/// `query_for(finding)`.
pub fn narrative(out: &mut String, links: &Links, query_for: &dyn Fn(usize) -> Query) {
    let spans = spans_by_block(links);
    for (index, block) in links.report.narrative.iter().enumerate() {
        let id = index.to_string();
        match block {
            Block::Heading { text, .. } => push_all(
                out,
                &[
                    Part::Markup("<h3 id=\"context-"),
                    Part::Markup(&id),
                    Part::Markup("\">"),
                    Part::Text(text),
                    Part::Markup("</h3>"),
                ],
            ),
            Block::Paragraph(runs) => {
                push_all(
                    out,
                    &[
                        Part::Markup("<p id=\"context-"),
                        Part::Markup(&id),
                        Part::Markup("\">"),
                    ],
                );
                marked_runs(out, links, runs, &spans_in(&spans[index], None), query_for);
                out.push_str("</p>");
            }
            Block::List { start, items } => {
                let tag = if start.is_some() { "ol" } else { "ul" };
                push_all(
                    out,
                    &[
                        Part::Markup("<"),
                        Part::Markup(tag),
                        Part::Markup(" id=\"context-"),
                        Part::Markup(&id),
                        Part::Markup("\""),
                    ],
                );
                if let Some(start) = start {
                    push_all(
                        out,
                        &[
                            Part::Markup(" start=\""),
                            Part::Markup(&start.to_string()),
                            Part::Markup("\""),
                        ],
                    );
                }
                out.push('>');
                for (i, item) in items.iter().enumerate() {
                    out.push_str("<li>");
                    marked_runs(out, links, item, &spans_in(&spans[index], Some(i)), query_for);
                    out.push_str("</li>");
                }
                push_all(out, &[Part::Markup("</"), Part::Markup(tag), Part::Markup(">")]);
            }
        }
    }
}
