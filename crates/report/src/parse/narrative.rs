//! The `# Report` section as readable blocks, and the search for findings' passages within it.

use super::blocks::Node;
use super::problem::Problem;
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

/// Where a byte of the narrative's flattened text comes from: block, list item, byte offset in
/// that block's (or item's) plain text.
type Origin = Option<(usize, Option<usize>, usize)>;

/// The narrative's blocks, and its text flattened with white space normalised, each byte
/// remembering where it came from, so passages can be found and located precisely.
pub(super) struct Narrative {
    pub blocks: Vec<Block>,
    flat: String,
    origins: Vec<Origin>,
}

impl Narrative {
    /// Reads the narrative's blocks; quotes have no place there.
    pub fn new(nodes: Vec<Node>, problems: &mut Vec<(usize, Problem)>) -> Self {
        let mut narrative = Self {
            blocks: Vec::new(),
            flat: String::new(),
            origins: Vec::new(),
        };
        for node in nodes {
            let index = narrative.blocks.len();
            let block = match &node {
                Node::Quote { at, .. } => {
                    problems.push((
                        *at,
                        Problem::UnexpectedBlock("`> ` quote", "the `# Report` section"),
                    ));
                    continue;
                }
                Node::Heading { level, text, .. } => {
                    narrative.push_line(index, None, "", &text.plain);
                    Block::Heading {
                        level: *level,
                        text: text.plain.trim().to_owned(),
                    }
                }
                Node::Paragraph { inlines, text, .. } => {
                    narrative.push_line(index, None, "", &text.plain);
                    Block::Paragraph(inlines.clone())
                }
                Node::List { start, items, .. } => {
                    for (i, item) in items.iter().enumerate() {
                        let marker = match start {
                            Some(first) => format!("{}. ", first + i as u64),
                            None => String::from("• "),
                        };
                        narrative.push_line(index, Some(i), &marker, &item.text.plain);
                    }
                    Block::List {
                        start: *start,
                        items: items.iter().map(|item| item.inlines.clone()).collect(),
                    }
                }
            };
            narrative.blocks.push(block);
        }
        narrative
    }

    fn push(&mut self, c: char, origin: Origin) {
        if c.is_whitespace() {
            if !self.flat.is_empty() && !self.flat.ends_with(' ') {
                self.flat.push(' ');
                self.origins.push(None);
            }
            return;
        }
        self.flat.push(c);
        for k in 0..c.len_utf8() {
            self.origins
                .push(origin.map(|(block, item, offset)| (block, item, offset + k)));
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

    /// Where `passage` stands in the narrative, word for word (white space aside): one
    /// location per paragraph, heading or list item it spans.
    pub fn locate(&self, passage: &str) -> Option<Vec<Location>> {
        let wanted = normalize_space(passage);
        if wanted.is_empty() {
            return None;
        }
        let start = self.flat.find(&wanted)?;
        let mut locations: Vec<Location> = Vec::new();
        for &(block, item, offset) in self.origins[start..start + wanted.len()].iter().flatten() {
            match locations.last_mut() {
                Some(last) if last.block == block && last.item == item => last.end = offset + 1,
                _ => locations.push(Location {
                    block,
                    item,
                    start: offset,
                    end: offset + 1,
                }),
            }
        }
        Some(locations)
    }
}
