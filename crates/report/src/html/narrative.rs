//! The report's own text, with each finding's passage marked: from a passage to its finding and
//! back.

use std::ops::Range;

use crate::texts::{Texts, key};
use maud::{Markup, html};

use super::prose::styled;
use super::{Links, Pieces, ids, within};
use crate::model::{Block, Inline, Location, Report};
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

/// Where every finding's passage lies in the narrative, found once for drawing its blocks in
/// parts: for each block, its spans with the list item each falls in.
pub struct Passages<'h> {
    by_block: Vec<Vec<(Option<usize>, Span)>>,
    /// The findings' headings, which label the links back, when they came with the narrative
    /// (see [`crate::NarrativeApart`]); else none, and the findings' own.
    headings: &'h [String],
}

impl<'h> Passages<'h> {
    /// The passages of `report`'s findings in a narrative of `blocks` blocks, in one pass over
    /// the findings.
    pub fn of(report: &Report, blocks: usize) -> Self {
        Self::located(report.findings.iter().map(|f| &f.locations[..]), &[], blocks)
    }

    /// The passages at `located` (each finding's locations in turn: those of a narrative that
    /// ships apart, see [`crate::NarrativeApart`]) in a narrative of `blocks` blocks, their links
    /// back labelled with `headings` (the findings' own when there are none).
    pub fn located<'a>(
        located: impl Iterator<Item = &'a [Location]>,
        headings: &'h [String],
        blocks: usize,
    ) -> Self {
        let mut by_block = vec![Vec::new(); blocks];
        for (f, locations) in located.enumerate() {
            let count = locations.len();
            for (i, location) in locations.iter().enumerate() {
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
        Self { by_block, headings }
    }
}

/// Of a block's spans, those in `item` (`None` outside lists).
fn spans_in(block: &[(Option<usize>, Span)], item: Option<usize>) -> Vec<Span> {
    block
        .iter()
        .filter(|(at, _)| *at == item)
        .map(|(_, span)| *span)
        .collect()
}

/// The link from the end of a passage back to its finding, shown under `query`.
fn back_link(links: &Links, finding: usize, heading: &str, query: &Query) -> Markup {
    let finding = &links.report.findings[finding];
    let href = links.href(View::Findings, query, Some(&ids::finding(&finding.id)));
    html! {
        a class="to-finding" data-nav href=(href)
            title=(links.texts.fill(key::NARRATIVE_FINDING, &[("heading", heading)]))
            aria-label=(links.texts.fill(key::NARRATIVE_BACK, &[("heading", heading)])) { "↩" }
    }
}

/// What marking a block's text needs: the links, the spans quoted in it, and the query each
/// finding's link back is shown under.
struct Marking<'a> {
    links: &'a Links<'a>,
    spans: Vec<Span>,
    headings: &'a [String],
    query_for: &'a dyn Fn(usize) -> Query,
}

/// How a piece of text stands in its block: its emphasis, and whether it is a link's words.
#[derive(Clone, Copy)]
struct Style {
    em: bool,
    strong: bool,
    in_link: bool,
}

impl Marking<'_> {
    /// The link back to finding `finding`, labelled with its heading.
    fn back_link(&self, finding: usize) -> Markup {
        // Only the long-report app reads a narrative that ships apart with the headings.
        let heading = match self.headings.get(finding).filter(|_| crate::APART) {
            Some(heading) => heading,
            None => self.links.report.findings[finding].heading(),
        };
        back_link(self.links, finding, heading, &(self.query_for)(finding))
    }

    fn anchor_id(&self, span: &Span) -> String {
        ids::passage(&self.links.report.findings[span.finding].id)
    }

    /// Adds `text`, which starts at byte `at` of its block's text, with the spans marked:
    /// each passage's first mark carries its anchor (several passages starting together each
    /// have one), and a link back follows each passage's last. In a link's words, where links
    /// cannot nest, the links back are left in `waiting` for after the link.
    fn text(&self, out: &mut Pieces, text: &str, at: usize, style: Style, waiting: &mut Vec<usize>) {
        let end = at + text.len();
        let mut cuts: Vec<usize> = self
            .spans
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
            let covering: Vec<&Span> = self
                .spans
                .iter()
                .filter(|s| s.start <= from && s.end >= to && from < to)
                .collect();
            if covering.is_empty() {
                out.push(styled(piece, style.em, style.strong));
            } else {
                let mut anchors = covering.iter().filter(|s| s.first && s.start == from);
                let first = anchors.next().map(|first| self.anchor_id(first));
                out.push(html! {
                    mark class="passage-mark" id=[first] {
                        @for also in anchors {
                            span class="passage-anchor" id=(self.anchor_id(also)) {}
                        }
                        (styled(piece, style.em, style.strong))
                    }
                });
                for span in covering.iter().filter(|s| s.last && s.end == to) {
                    if style.in_link {
                        waiting.push(span.finding);
                    } else {
                        out.push(self.back_link(span.finding));
                    }
                }
            }
            from = to;
        }
    }

    /// A heading's text (plain, with no links) with the spans marked.
    fn heading(&self, text: &str) -> Markup {
        let plain = Style {
            em: false,
            strong: false,
            in_link: false,
        };
        let mut out = Pieces::default();
        self.text(&mut out, text, 0, plain, &mut Vec::new());
        out.done()
    }

    /// Inline runs with the spans marked. Offsets count a line break as one byte, as
    /// the parser does.
    fn runs(&self, runs: &[Inline]) -> Markup {
        let mut out = Pieces::default();
        let mut at = 0;
        let mut waiting = Vec::new();
        for run in runs {
            match run {
                Inline::Text { text, em, strong } => {
                    let style = Style {
                        em: *em,
                        strong: *strong,
                        in_link: false,
                    };
                    self.text(&mut out, text, at, style, &mut waiting);
                    at += text.len();
                }
                Inline::Link { text, href } => {
                    let style = Style {
                        em: false,
                        strong: false,
                        in_link: true,
                    };
                    let mut words = Pieces::default();
                    self.text(&mut words, text, at, style, &mut waiting);
                    out.push(html! { a href=(href) { (words.done()) } });
                    for finding in waiting.drain(..) {
                        out.push(self.back_link(finding));
                    }
                    at += text.len();
                }
                Inline::Break => {
                    out.push(html! { br; });
                    at += 1;
                }
            }
        }
        out.done()
    }
}

/// Blocks `range` of the report's narrative (the report's own, or `blocks` when it ships apart,
/// see [`crate::ReportData`]), block by block (`id="context-N"`), each finding's passage marked
/// (`id="passage-ID"`, found in `passages`) and followed by a link back to the finding, shown
/// under `query_for(finding)`. Drawn in parts, the parts joined are the whole drawn at once.
pub fn narrative(
    links: &Links,
    blocks: &[Block],
    range: Range<usize>,
    passages: &Passages,
    query_for: &dyn Fn(usize) -> Query,
) -> Markup {
    // The passages in block `index` (or in one of its list items), marked as it is written.
    let marking = |index: usize, item: Option<usize>| Marking {
        links,
        spans: spans_in(&passages.by_block[index], item),
        headings: passages.headings,
        query_for,
    };
    html! {
        @for index in within(range, blocks.len()) {
            @let (id, block) = (ids::context(index), &blocks[index]);
            @match block {
                Block::Heading { text, .. } => h3 id=(id) { (marking(index, None).heading(text)) },
                Block::Paragraph(runs) => p id=(id) { (marking(index, None).runs(runs)) },
                Block::List { start: Some(start), items } => ol id=(id) start=(start) {
                    @for (i, item) in items.iter().enumerate() {
                        li { (marking(index, Some(i)).runs(item)) }
                    }
                },
                Block::List { start: None, items } => ul id=(id) {
                    @for (i, item) in items.iter().enumerate() {
                        li { (marking(index, Some(i)).runs(item)) }
                    }
                },
            }
        }
    }
}

/// What a view waits for when it ships apart: the report's text, or the findings' words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShipsApart {
    Narrative,
    Texts,
}

/// In place of what ships apart and is not in yet (`apart`): that it is loading, or why it could
/// not be, with a link that tries again (`retry`, the page's address: a new visit).
pub fn pending_notice(texts: &Texts, apart: ShipsApart, failed: Option<(&str, &str)>) -> Markup {
    let (loading, failing) = match apart {
        ShipsApart::Narrative => (key::NARRATIVE_LOADING, key::NARRATIVE_FAILED),
        ShipsApart::Texts => (key::TEXTS_LOADING, key::TEXTS_FAILED),
    };
    html! {
        p class="notice" role="status" {
            @match failed {
                None => (texts.text(loading)),
                Some((why, retry)) => {
                    (texts.fill(failing, &[("why", why)])) " "
                    a href=(retry) { (texts.text(key::NARRATIVE_TRY_AGAIN)) }
                }
            }
        }
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::*;

    const REPORT: &str = "---\nTitle: T\nDate: 2030-01-01\nPlace: P\nAuthor: A\nPublisher: B\n---\n\n\
        # Themes\n\n## Tides {#tides}\n\n# Speakers\n\n## Pat {#pat}\n- Kind: person\n\n# Findings\n\n";

    fn finding(id: &str, passage: &str) -> String {
        format!(
            "## {id} {{#{id}}}\n- Themes: tides\n- Speaker: pat\n- Kind: research\n\nSummary.\n\n> {passage}\n\n"
        )
    }

    #[test]
    fn every_passage_has_one_anchor_and_one_link_back_and_links_never_nest() {
        let findings = [
            ("same-a", "The tide came in"),
            ("same-b", "The tide came in at dawn."),
            ("same-c", "The tide came in at dawn. Boats"),
            ("heading", "Morning at the harbour"),
            ("heading-part", "harbour"),
            ("into-link", "Boats read the harbour"),
            ("out-of-link", "tide tables and"),
            ("in-link", "harbour tide tables"),
            ("across-heading", "harbour The tide"),
        ];
        let mut source = String::from(REPORT);
        for (id, passage) in findings {
            source.push_str(&finding(id, passage));
        }
        source.push_str(
            "# Report\n\n## Morning at the harbour\n\nThe tide came in at dawn. Boats read the \
             [harbour *tide* tables](https://example.org/tides) and left.\n",
        );
        let report = crate::parse_report("r.md", &source).unwrap_or_else(|d| panic!("{d:?}"));
        let texts = crate::texts::Texts::english();
        let links = Links::of(&report, &texts);
        let (blocks, none) = (&report.narrative, &|_| Query::default());
        let passages = Passages::of(&report, blocks.len());
        let out = narrative(&links, blocks, 0..blocks.len(), &passages, none).into_string();
        let parts: String = (0..blocks.len())
            .map(|at| narrative(&links, blocks, at..at + 1, &passages, none).into_string())
            .collect();
        assert_eq!(parts, out, "drawn a block at a time, the same");
        for (id, _) in findings {
            assert_eq!(
                out.matches(&format!("id=\"passage-{id}\"")).count(),
                1,
                "{id}: {out}"
            );
            assert_eq!(out.matches(&format!("#finding-{id}\"")).count(), 1, "{id}: {out}");
        }
        let mut open_links = 0;
        for tag in out.split('<').skip(1) {
            if tag.starts_with("a ") {
                open_links += 1;
                assert_eq!(open_links, 1, "a link inside a link: {out}");
            } else if tag.starts_with("/a>") {
                open_links -= 1;
            }
        }
        assert!(
            out.contains("<a href=\"https://example.org/tides\"><mark"),
            "{out}"
        );
    }
}
