//! Splits the document into its `# ` sections and their `## ` entries, each with a checked id.

use std::collections::HashSet;

use super::blocks::Node;
use super::problem::Problem;
use crate::slug::slug;

/// The sections a report has, in the order they are documented.
pub(super) const SECTIONS: [&str; 4] = ["Themes", "Speakers", "Findings", "Report"];

/// The blocks of each section, by its place in [`SECTIONS`]; `None` where the section is absent.
pub(super) fn split_sections(
    nodes: Vec<Node>,
    end: usize,
    problems: &mut Vec<(usize, Problem)>,
) -> [Option<Vec<Node>>; 4] {
    let mut sections: [Option<Vec<Node>>; 4] = Default::default();
    // `None` before the first heading; `Some(None)` inside a section that is being skipped.
    let mut current: Option<Option<usize>> = None;
    let mut told_outside = false;
    for node in nodes {
        if let Node::Heading {
            level: 1, text, at, ..
        } = &node
        {
            let name = text.plain.trim();
            current = Some(match SECTIONS.iter().position(|s| s.eq_ignore_ascii_case(name)) {
                Some(i) if sections[i].is_some() => {
                    problems.push((*at, Problem::DuplicateSection(SECTIONS[i])));
                    None
                }
                Some(i) => {
                    sections[i] = Some(Vec::new());
                    Some(i)
                }
                None => {
                    problems.push((*at, Problem::UnknownSection(name.to_owned())));
                    None
                }
            });
            continue;
        }
        match current {
            None if !told_outside => {
                problems.push((node.at(), Problem::OutsideSection));
                told_outside = true;
            }
            Some(Some(i)) => sections[i].get_or_insert_with(Vec::new).push(node),
            _ => {}
        }
    }
    for (i, section) in sections.iter().enumerate() {
        match section {
            None => problems.push((end, Problem::MissingSection(SECTIONS[i]))),
            Some(nodes) if nodes.is_empty() => problems.push((end, Problem::EmptySection(SECTIONS[i]))),
            Some(_) => {}
        }
    }
    sections
}

/// One `## ` entry of a section: its heading, its id and the blocks under it.
pub(super) struct Entry {
    pub heading: String,
    pub id: String,
    pub at: usize,
    pub body: Vec<Node>,
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Splits a section into entries at its `## ` headings, checking that ids are valid and unique.
pub(super) fn entries(
    what: &'static str,
    nodes: Vec<Node>,
    problems: &mut Vec<(usize, Problem)>,
) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut seen = HashSet::new();
    for node in nodes {
        match node {
            Node::Heading {
                level: 2,
                text,
                id,
                at,
            } => {
                let heading = text.plain.trim().to_owned();
                if heading.is_empty() {
                    problems.push((at, Problem::EmptyHeading));
                }
                let (id, id_at) = id.unwrap_or_else(|| (slug(&heading), at));
                if !is_valid_id(&id) {
                    problems.push((id_at, Problem::BadId(id.clone())));
                } else if !seen.insert(id.clone()) {
                    problems.push((id_at, Problem::DuplicateId(what, id.clone())));
                }
                entries.push(Entry {
                    heading,
                    id,
                    at,
                    body: Vec::new(),
                });
            }
            other => match entries.last_mut() {
                Some(entry) => entry.body.push(other),
                None => problems.push((other.at(), Problem::ExpectedEntry(what))),
            },
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words_and_hyphens() {
        assert!(is_valid_id("follow-the-money-2"));
        for id in ["", "Follow", "a_b", "a b", "é"] {
            assert!(!is_valid_id(id), "{id:?}");
        }
    }
}
