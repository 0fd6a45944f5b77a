//! Follows the document's `# ` sections and their `## ` entries, each with a checked id, block by
//! block.

use std::collections::HashMap;

use super::blocks::Node;
use super::nearest::nearest;
use super::problem::Problem;
use crate::slug::slug;

/// The sections a report has, in the order they are documented.
pub(super) const SECTIONS: [&str; 4] = ["Themes", "Speakers", "Findings", "Report"];

/// [`SECTIONS`] as [`nearest`] compares names: in lowercase.
const SECTION_NAMES: [&str; 4] = ["themes", "speakers", "findings", "report"];

/// Where a block of the document goes, as [`Splitter::route`] tells it.
pub(super) enum Route {
    /// Into the section at this place of [`SECTIONS`].
    Into(usize),
    /// Nowhere: a section's heading, or a block outside the sections or in one that is skipped.
    Nowhere,
}

/// Follows the document's `# ` sections block by block, noting sections given twice, unknown
/// sections and text before the first; [`Splitter::finish`] notes those missing or empty.
#[derive(Default)]
pub(super) struct Splitter {
    /// Which sections have begun, and which hold anything.
    begun: [bool; 4],
    filled: [bool; 4],
    /// Where each section's heading stands.
    headings: [usize; 4],
    /// `None` before the first heading; `Some(None)` inside a section that is being skipped.
    current: Option<Option<usize>>,
    told_outside: bool,
}

impl Splitter {
    /// Where `node` goes. A `# ` heading starts a section (it goes nowhere itself).
    pub fn route(&mut self, node: &Node, problems: &mut Vec<(usize, Problem)>) -> Route {
        if let Node::Heading {
            level: 1, text, at, ..
        } = node
        {
            let name = text.plain.trim();
            let section = match SECTIONS.iter().position(|s| s.eq_ignore_ascii_case(name)) {
                Some(i) => Some(i),
                None => {
                    // Read as the section it is close to, so that its contents raise no more
                    // problems than they would under the right name.
                    let close = nearest(name, SECTION_NAMES);
                    let close = close.and_then(|close| SECTION_NAMES.iter().position(|&s| s == close));
                    problems.push((
                        *at,
                        Problem::UnknownSection(name.to_owned(), close.map(|i| SECTIONS[i])),
                    ));
                    close.filter(|&i| !self.begun[i])
                }
            };
            self.current = Some(match section {
                Some(i) if self.begun[i] => {
                    problems.push((*at, Problem::DuplicateSection(SECTIONS[i])));
                    None
                }
                Some(i) => {
                    self.begun[i] = true;
                    self.headings[i] = *at;
                    Some(i)
                }
                None => None,
            });
            return Route::Nowhere;
        }
        match self.current {
            None if !self.told_outside => {
                problems.push((node.at(), Problem::OutsideSection));
                self.told_outside = true;
                Route::Nowhere
            }
            Some(Some(i)) => {
                self.filled[i] = true;
                Route::Into(i)
            }
            _ => Route::Nowhere,
        }
    }

    /// The section blocks now go into, if any.
    pub fn current(&self) -> Option<usize> {
        self.current.flatten()
    }

    /// Notes the sections the document lacks (at its `end`) or left empty (at their heading).
    pub fn finish(self, end: usize, problems: &mut Vec<(usize, Problem)>) {
        for (i, name) in SECTIONS.iter().enumerate() {
            if !self.begun[i] {
                problems.push((end, Problem::MissingSection(name)));
            } else if !self.filled[i] {
                problems.push((self.headings[i], Problem::EmptySection(name)));
            }
        }
    }
}

/// One `## ` entry of a section: its heading, its id and the blocks under it.
pub(super) struct Entry {
    pub heading: String,
    pub id: String,
    pub at: usize,
    pub body: Vec<Node>,
}

impl Entry {
    /// What messages call the entry: its id, or its heading when it has none.
    pub fn label(&self) -> &str {
        if self.id.is_empty() {
            &self.heading
        } else {
            &self.id
        }
    }
}

/// Whether `id` can be an entry's id: lowercase letters a-z, digits and hyphens, at least one.
pub(super) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Gathers a section's blocks into entries at its `## ` headings, checking that ids are valid
/// and unique; each entry is given back whole as soon as the next one starts.
pub(super) struct Entries {
    what: &'static str,
    /// Each id given so far, with the heading that has it and where that stands.
    seen: HashMap<String, (String, usize)>,
    open: Option<Entry>,
}

impl Entries {
    pub fn new(what: &'static str) -> Self {
        Self {
            what,
            seen: HashMap::new(),
            open: None,
        }
    }

    /// The entry's id, given or made from its heading, once checked.
    fn checked_id(
        &mut self,
        heading: &str,
        given: Option<(String, usize)>,
        at: usize,
        problems: &mut Vec<(usize, Problem)>,
    ) -> String {
        let (id, id_at) = match given {
            Some(given) => given,
            None if heading.is_empty() => return String::new(),
            None => match slug(heading) {
                id if id.is_empty() => {
                    problems.push((at, Problem::NoIdFromHeading));
                    return id;
                }
                id => (id, at),
            },
        };
        if !is_valid_id(&id) {
            problems.push((id_at, Problem::BadId(id.clone(), slug(&id))));
        } else if let Some((first_heading, first_at)) = self.seen.get(&id) {
            problems.push((
                id_at,
                Problem::DuplicateId {
                    what: self.what,
                    id: id.clone(),
                    first_heading: first_heading.clone(),
                    first_at: *first_at,
                },
            ));
        } else {
            self.seen.insert(id.clone(), (heading.to_owned(), at));
        }
        id
    }

    /// Takes the section's next block; gives back the entry it ends, if it starts another.
    pub fn push(&mut self, node: Node, problems: &mut Vec<(usize, Problem)>) -> Option<Entry> {
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
                let id = self.checked_id(&heading, id, at, problems);
                self.open.replace(Entry {
                    heading,
                    id,
                    at,
                    body: Vec::new(),
                })
            }
            other => {
                match &mut self.open {
                    Some(entry) => entry.body.push(other),
                    None => problems.push((other.at(), Problem::ExpectedEntry(self.what))),
                }
                None
            }
        }
    }

    /// The last entry, once the section has ended.
    pub fn finish(&mut self) -> Option<Entry> {
        self.open.take()
    }
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
