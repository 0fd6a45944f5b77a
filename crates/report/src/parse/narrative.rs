//! The `# Report` section as readable blocks, and the search for findings' passages within it.

use super::blocks::Node;
use super::problem::Problem;
use crate::model::Block;

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

/// The narrative's text with white space normalised, and where each block starts in it.
pub(super) struct Narrative {
    pub blocks: Vec<Block>,
    flat: String,
    starts: Vec<usize>,
}

impl Narrative {
    /// Reads the narrative's blocks; quotes have no place there.
    pub fn new(nodes: Vec<Node>, problems: &mut Vec<(usize, Problem)>) -> Self {
        let mut narrative = Self {
            blocks: Vec::new(),
            flat: String::new(),
            starts: Vec::new(),
        };
        for node in nodes {
            let block = match &node {
                Node::Quote { at, .. } => {
                    problems.push((
                        *at,
                        Problem::UnexpectedBlock("`> ` quote", "the `# Report` section"),
                    ));
                    continue;
                }
                Node::Heading { level, text, .. } => Block::Heading {
                    level: *level,
                    text: text.plain.trim().to_owned(),
                },
                Node::Paragraph { inlines, .. } => Block::Paragraph(inlines.clone()),
                Node::List { start, items, .. } => Block::List {
                    start: *start,
                    items: items.iter().map(|item| item.inlines.clone()).collect(),
                },
            };
            if !narrative.flat.is_empty() {
                narrative.flat.push(' ');
            }
            narrative.starts.push(narrative.flat.len());
            narrative
                .flat
                .push_str(&normalize_space(&plain_lines(&node).join("\n")));
            narrative.blocks.push(block);
        }
        narrative
    }

    /// The index of the block where `passage` begins, if the narrative holds it word for word
    /// (white space aside).
    pub fn locate(&self, passage: &str) -> Option<usize> {
        let wanted = normalize_space(passage);
        if wanted.is_empty() {
            return None;
        }
        let found = self.flat.find(&wanted)?;
        Some(self.starts.partition_point(|&start| start <= found) - 1)
    }
}
