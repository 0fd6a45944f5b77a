//! Finds findings' passages in the narrative, and where the closest text parts from those it lacks.

use std::collections::HashMap;

use super::blocks::{Blocks, Node, Text};
use super::closest::{Parting, closest};
use super::entries::Unlocated;
use super::misquote::{Misquote, excerpt};
use super::narrative::{Narrative, normalize_space};
use super::problem::Problem;
use super::source::Lines;
use super::words::Words;
use crate::model::Finding;

/// At most this many characters of a passage are quoted when nothing close to it is found.
const QUOTED: usize = 60;

/// Finds each finding's passage in the narrative, word for word, noting those it does not hold.
pub(super) fn locate_passages(
    unlocated: Vec<Unlocated>,
    narrative: &Narrative,
    source: &str,
    problems: &mut Vec<(usize, Problem)>,
) -> Vec<Finding> {
    let words = narrative.words();
    let mut diagnosis: Option<Diagnosis> = None;
    let mut findings = Vec::with_capacity(unlocated.len());
    for Unlocated {
        mut finding,
        passage_at,
    } in unlocated
    {
        if let Some(at) = passage_at {
            match narrative.locate(&words, finding.passage()) {
                Some(locations) => finding.locations = locations,
                None => {
                    let diagnosis = diagnosis.get_or_insert_with(|| Diagnosis::new(source));
                    problems.push(diagnosis.problem(&words, narrative, finding.passage(), at));
                }
            }
        }
        findings.push(finding);
    }
    findings
}

/// What telling where a passage went wrong needs, made once a passage is not found: the source's
/// lines, and the narrative's blocks read again from the source as they are needed.
struct Diagnosis<'s> {
    source: &'s str,
    lines: Lines<'s>,
    blocks: HashMap<usize, (usize, Option<Node>)>,
}

impl<'s> Diagnosis<'s> {
    fn new(source: &'s str) -> Self {
        Self {
            source,
            lines: Lines::new(source),
            blocks: HashMap::new(),
        }
    }

    /// The problem with a passage quoted at source offset `at` that the narrative does not hold,
    /// located at the passage's first word that differs from the closest text, if any is close.
    fn problem(
        &mut self,
        words: &Words<'_>,
        narrative: &Narrative,
        passage: &str,
        at: usize,
    ) -> (usize, Problem) {
        let flat = normalize_space(passage);
        if flat.is_empty() {
            return (at, Problem::EmptyPassage);
        }
        let ours: Vec<&str> = flat.split(' ').collect();
        let Some(Parting {
            passage: i,
            narrative: n,
        }) = closest(words, &ours)
        else {
            let mut start: String = flat.chars().take(QUOTED).collect();
            if start.len() < flat.len() {
                start.push('…');
            }
            return (at, Problem::PassageNotFound(start));
        };
        let passage_at = self
            .block(at, quote_end(self.source, at))
            .and_then(|(base, node)| word_offsets(node).get(i).map(|offset| base + offset))
            .unwrap_or(at);
        // Where the report's text ends first, its last word.
        let report_at = (words.len().checked_sub(1))
            .and_then(|last| self.narrative_offset(narrative, words.offset(n.min(last))));
        let (report_line, report_column) = self.lines.locate(report_at.unwrap_or(at));
        let misquote = Misquote {
            passage_word: ours[i].to_owned(),
            first: i == 0,
            report_word: (n < words.len()).then(|| words.word(n).to_owned()),
            report_line,
            report_column,
            passage_excerpt: excerpt(ours.len(), i, |k| ours[k]),
            report_excerpt: excerpt(words.len(), n, |k| words.word(k)),
        };
        (passage_at, Problem::PassageDiffers(Box::new(misquote)))
    }

    /// The source offset of byte `flat` of the narrative's flattened text, if it is mapped.
    fn narrative_offset(&mut self, narrative: &Narrative, flat: usize) -> Option<usize> {
        let origin = narrative.origin(flat)?;
        let end = origin.next.unwrap_or(self.source.len());
        let (base, node) = self.block(origin.block, end)?;
        let offset = origin.offset;
        let text = match (node, origin.item) {
            (Node::List { items, .. }, Some(item)) => &items.get(item)?.text,
            (Node::Heading { text, .. }, None) => {
                // Headings are located in their text trimmed.
                let lead = text.plain.len() - text.plain.trim_start().len();
                return Some(base + text.source_offset(lead + offset));
            }
            (Node::Paragraph { text, .. }, None) => text,
            _ => return None,
        };
        Some(base + text.source_offset(offset))
    }

    /// The block that starts at source offset `at` and ends by `end`, read again from the start
    /// of its line (only that far, so that each costs its own length), with the offset its
    /// offsets are relative to; each block is read at most once.
    fn block(&mut self, at: usize, end: usize) -> Option<(usize, &Node)> {
        let source = self.source;
        let (base, node) = self.blocks.entry(at).or_insert_with(|| {
            let base = source[..at].rfind('\n').map_or(0, |i| i + 1);
            (base, Blocks::new(&source[base..end]).next())
        });
        Some((*base, node.as_ref()?))
    }
}

/// Where the block quote at `at` ends: at the first blank line after it, or the end of `source`.
fn quote_end(source: &str, at: usize) -> usize {
    let mut line_start = at;
    for line in source[at..].split_inclusive('\n') {
        if line.trim().is_empty() {
            return line_start;
        }
        line_start += line.len();
    }
    source.len()
}

/// The offset of each word of a block's plain text as a passage is flattened (list markers
/// count as words, located at the item), relative to where the block was read from.
fn word_offsets(node: &Node) -> Vec<usize> {
    let mut offsets = Vec::new();
    push_word_offsets(node, &mut offsets);
    offsets
}

fn push_word_offsets(node: &Node, offsets: &mut Vec<usize>) {
    match node {
        Node::Heading { text, .. } | Node::Paragraph { text, .. } => push_text_words(text, offsets),
        Node::List { items, .. } => {
            for item in items {
                offsets.push(item.at);
                push_text_words(&item.text, offsets);
            }
        }
        Node::Quote { children, .. } => {
            for child in children {
                push_word_offsets(child, offsets);
            }
        }
    }
}

fn push_text_words(text: &Text, offsets: &mut Vec<usize>) {
    let mut in_word = false;
    for (i, c) in text.plain.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            offsets.push(text.source_offset(i));
        }
    }
}
