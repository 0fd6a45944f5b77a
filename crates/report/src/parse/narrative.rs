//! The `# Report` section as readable blocks, and the search for findings' passages within it.

use super::blocks::Node;
use super::problem::Problem;
use super::words::Words;
use crate::model::{Block, Location};

/// Collapses every run of white space to one space and trims the ends.
pub(super) fn normalize_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The plain text of a block, one line per paragraph or list item, numbered as the list is.
pub(super) fn plain_lines(node: &Node) -> Vec<String> {
    match node {
        Node::Heading { text, .. } | Node::Paragraph { text, .. } => vec![text.plain.trim().to_owned()],
        Node::List { start, items, .. } => items
            .iter()
            .enumerate()
            .map(|(i, item)| match start {
                Some(first) => format!("{}. {}", first + i as u64, item.text.plain.trim()),
                None => format!("• {}", item.text.plain.trim()),
            })
            .collect(),
        Node::Quote { children, .. } => children.iter().flat_map(plain_lines).collect(),
    }
}

/// A run of the narrative's flattened text that stands for consecutive bytes of one block's (or
/// list item's) plain text: flattened bytes `flat_start..flat_start + len` are that text's bytes
/// `offset..offset + len`. A paragraph written with single spaces is one segment.
struct Segment {
    flat_start: usize,
    len: usize,
    block: usize,
    item: Option<usize>,
    offset: usize,
}

/// Where a byte of the narrative comes from: see [`Narrative::origin`].
pub(super) struct Origin {
    pub block: usize,
    pub next: Option<usize>,
    pub item: Option<usize>,
    pub offset: usize,
}

/// The narrative's blocks, and its text flattened with white space normalised, with the table of
/// where each of its runs comes from, so passages can be found and located precisely.
#[derive(Default)]
pub(super) struct Narrative {
    pub blocks: Vec<Block>,
    /// Where each block starts in the source.
    starts: Vec<usize>,
    flat: String,
    segments: Vec<Segment>,
}

impl Narrative {
    /// Reads the narrative's next block; quotes have no place there.
    pub fn add_block(&mut self, node: Node, problems: &mut Vec<(usize, Problem)>) {
        let index = self.blocks.len();
        let at = node.at();
        let block = match node {
            Node::Quote { at, .. } => {
                problems.push((
                    at,
                    Problem::UnexpectedBlock("`> ` quote", "the `# Report` section"),
                ));
                return;
            }
            Node::Heading { level, text, .. } => {
                // Located in the heading's text as shown, trimmed.
                let shown = text.plain.trim();
                self.push_line(index, None, "", shown);
                Block::Heading {
                    level,
                    text: shown.to_owned(),
                }
            }
            Node::Paragraph { inlines, text, .. } => {
                self.push_line(index, None, "", &text.plain);
                Block::Paragraph(inlines)
            }
            Node::List { start, items, .. } => {
                for (i, item) in items.iter().enumerate() {
                    let marker = match start {
                        Some(first) => format!("{}. ", first + i as u64),
                        None => String::from("• "),
                    };
                    self.push_line(index, Some(i), &marker, &item.text.plain);
                }
                Block::List {
                    start,
                    items: items.into_iter().map(|item| item.inlines).collect(),
                }
            }
        };
        self.blocks.push(block);
        self.starts.push(at);
    }

    fn push(&mut self, c: char, origin: Option<(usize, Option<usize>, usize)>) {
        if c.is_whitespace() {
            if !self.flat.is_empty() && !self.flat.ends_with(' ') {
                self.flat.push(' ');
            }
            return;
        }
        let flat_start = self.flat.len();
        self.flat.push(c);
        let Some((block, item, offset)) = origin else {
            return;
        };
        match self.segments.last_mut() {
            Some(last)
                if last.block == block
                    && last.item == item
                    && offset - last.offset == flat_start - last.flat_start =>
            {
                last.len = self.flat.len() - last.flat_start;
            }
            _ => self.segments.push(Segment {
                flat_start,
                len: c.len_utf8(),
                block,
                item,
                offset,
            }),
        }
    }

    /// Appends one line (a paragraph, heading or list item), its list marker unmapped.
    fn push_line(&mut self, block: usize, item: Option<usize>, marker: &str, text: &str) {
        self.push(' ', None);
        for c in marker.chars() {
            self.push(c, None);
        }
        for (offset, c) in text.char_indices() {
            self.push(c, Some((block, item, offset)));
        }
    }

    /// The narrative's words, indexed to find passages in it.
    pub fn words(&self) -> Words<'_> {
        Words::new(&self.flat)
    }

    /// Where `passage` stands in the narrative, word for word (white space aside): one
    /// location per paragraph, heading or list item it spans.
    pub fn locate(&self, words: &Words<'_>, passage: &str) -> Option<Vec<Location>> {
        let wanted = normalize_space(passage);
        if wanted.is_empty() {
            return None;
        }
        let start = words.find(&wanted)?;
        Some(self.locations(start, start + wanted.len()))
    }

    /// Where byte `flat` of the flattened text comes from, if it is mapped: the source offsets
    /// where its block starts and where the next block of the narrative starts (if one does),
    /// which list item, and the byte of that block's (or item's) text as located.
    pub fn origin(&self, flat: usize) -> Option<Origin> {
        let location = self.locations(flat, flat + 1).into_iter().next()?;
        Some(Origin {
            block: self.starts[location.block],
            next: self.starts.get(location.block + 1).copied(),
            item: location.item,
            offset: location.start,
        })
    }

    /// The locations of bytes `start..end` of the flattened text.
    fn locations(&self, start: usize, end: usize) -> Vec<Location> {
        let first = self.segments.partition_point(|s| s.flat_start + s.len <= start);
        let mut locations: Vec<Location> = Vec::new();
        for segment in self.segments[first..].iter().take_while(|s| s.flat_start < end) {
            let from = start.max(segment.flat_start) - segment.flat_start + segment.offset;
            let to = end.min(segment.flat_start + segment.len) - segment.flat_start + segment.offset;
            match locations.last_mut() {
                Some(last) if last.block == segment.block && last.item == segment.item => last.end = to,
                _ => locations.push(Location {
                    block: segment.block,
                    item: segment.item,
                    start: from,
                    end: to,
                }),
            }
        }
        locations
    }
}
