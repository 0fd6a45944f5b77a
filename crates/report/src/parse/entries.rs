//! Themes, speakers and findings read from their `## ` entries and cross-checked.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::blocks::Node;
use super::fields::FieldSpec;
use super::narrative::{normalize_space, plain_lines};
use super::nearest::nearest;
use super::problem::Problem;
use super::sections::{Entry, is_valid_id};
use crate::model::{Finding, FindingKind, FindingText, Speaker, SpeakerKind, Theme};

const THEME_FIELDS: FieldSpec<1> = FieldSpec {
    what: "theme",
    names: [("Short", &[])],
    listed: "Short",
};

const SPEAKER_FIELDS: FieldSpec<4> = FieldSpec {
    what: "speaker",
    names: [
        ("Kind", &[] as &[&str]),
        ("Title", &[]),
        ("Role", &[]),
        ("Affiliation", &[]),
    ],
    listed: "Kind, Title, Role and Affiliation",
};

const FINDING_FIELDS: FieldSpec<3> = FieldSpec {
    what: "finding",
    names: [
        ("Themes", &["Theme"] as &[&str]),
        ("Speaker", &[] as &[&str]),
        ("Kind", &[]),
    ],
    listed: "Themes, Speaker and Kind",
};

fn block_name(node: &Node) -> &'static str {
    match node {
        Node::Heading { .. } => "heading",
        Node::Paragraph { .. } => "paragraph",
        Node::List { .. } => "list",
        Node::Quote { .. } => "`> ` quote",
    }
}

/// Reads the field list that opens an entry's body; every other block is left for the caller.
fn split_fields(body: &[Node]) -> (&[super::blocks::Item], &[Node]) {
    match body.split_first() {
        Some((Node::List { items, .. }, rest)) => (items, rest),
        _ => (&[], body),
    }
}

/// Themes: a name, an id and an optional short label.
pub(super) fn themes(entries: &[Entry], problems: &mut Vec<(usize, Problem)>) -> Vec<Theme> {
    entries
        .iter()
        .map(|entry| {
            let (items, rest) = split_fields(&entry.body);
            let [short] = THEME_FIELDS.read(items, problems);
            for node in rest {
                problems.push((node.at(), Problem::UnexpectedBlock(block_name(node), "a theme")));
            }
            Theme {
                id: entry.id.clone(),
                name: entry.heading.clone(),
                short: short.map_or_else(|| entry.heading.clone(), |f| f.value),
            }
        })
        .collect()
}

/// Speakers: a name, a kind, and a title, role and affiliation where the report gives them.
pub(super) fn speakers(entries: &[Entry], problems: &mut Vec<(usize, Problem)>) -> Vec<Speaker> {
    entries
        .iter()
        .map(|entry| {
            let (items, rest) = split_fields(&entry.body);
            let [kind, title, role, affiliation] = SPEAKER_FIELDS.read(items, problems);
            for node in rest {
                problems.push((node.at(), Problem::UnexpectedBlock(block_name(node), "a speaker")));
            }
            let kind = match kind {
                None => {
                    problems.push((
                        entry.at,
                        Problem::MissingField("speaker", entry.label().to_owned(), "Kind"),
                    ));
                    SpeakerKind::Person
                }
                Some(field) => SpeakerKind::ALL
                    .into_iter()
                    .find(|k| k.keyword().eq_ignore_ascii_case(&field.value))
                    .unwrap_or_else(|| {
                        problems.push((field.at(0), Problem::UnknownSpeakerKind(field.value.clone())));
                        SpeakerKind::Person
                    }),
            };
            Speaker {
                id: entry.id.clone(),
                kind,
                name: entry.heading.clone(),
                title: title.map(|f| f.value),
                role: role.map(|f| f.value),
                affiliation: affiliation.map(|f| f.value),
            }
        })
        .collect()
}

/// How many ids a message lists before it only counts the rest.
const LISTED_IDS: usize = 20;

/// The ids of a list, each in backticks: the first [`LISTED_IDS`], then how many more there are.
fn id_list(ids: &[&str]) -> String {
    let mut listed = ids
        .iter()
        .take(LISTED_IDS)
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > LISTED_IDS {
        listed.push_str(&format!(" and {} more", ids.len() - LISTED_IDS));
    }
    listed
}

/// The index in `items` of each id.
fn indexes_by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    let mut indexes = HashMap::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        indexes.entry(id(item).to_owned()).or_insert(index);
    }
    indexes
}

/// The ids a finding may name for a theme or a speaker, to look them up, list them and suggest
/// the nearest to one mistyped.
struct KnownIds {
    indexes_by_id: HashMap<String, usize>,
    /// The valid ids, each once, in the report's order.
    valid: Vec<String>,
    /// Whether there are none, or some entry has no valid id: a name nothing matches may be meant
    /// for one, so it is not reported until the missing section or that entry's own problem is
    /// put right.
    incomplete: bool,
    /// The list of ids, until it is given with the first unknown one; later problems refer back.
    list: Option<String>,
}

impl KnownIds {
    fn new<T>(items: &[T], id: impl Fn(&T) -> &str) -> Self {
        let indexes_by_id = indexes_by_id(items, &id);
        let valid: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(index, item)| (index, id(item)))
            .filter(|&(index, id)| is_valid_id(id) && indexes_by_id[id] == index)
            .map(|(_, id)| id.to_owned())
            .collect();
        let list = id_list(&valid.iter().map(String::as_str).collect::<Vec<_>>());
        Self {
            incomplete: items.is_empty() || items.iter().any(|item| !is_valid_id(id(item))),
            indexes_by_id,
            valid,
            list: Some(list),
        }
    }

    /// The index of the entry with id `wanted`; else the problem to report, if any, made by
    /// `unknown` from the id, the list (the first time) and the nearest valid id.
    fn find(
        &mut self,
        wanted: &str,
        unknown: fn(String, Option<String>, Option<String>) -> Problem,
    ) -> Result<usize, Option<Problem>> {
        if let Some(&index) = self.indexes_by_id.get(wanted) {
            return Ok(index);
        }
        if self.incomplete {
            return Err(None);
        }
        let nearest = nearest(wanted, self.valid.iter().map(String::as_str)).map(str::to_owned);
        Err(Some(unknown(wanted.to_owned(), self.list.take(), nearest)))
    }
}

/// A finding read from its entry, its passage not yet found in the narrative: with where the
/// passage is quoted, if it is.
pub(super) struct Unlocated {
    pub finding: Finding,
    pub passage_at: Option<usize>,
}

/// Reads findings one entry at a time, as soon as each ends, against the report's themes and
/// speakers; [`locate_passages`] finds their passages once the narrative has been read.
pub(super) struct FindingReader {
    themes: KnownIds,
    speakers: KnownIds,
}

impl FindingReader {
    pub fn new(themes: &[Theme], speakers: &[Speaker]) -> Self {
        Self {
            themes: KnownIds::new(themes, |t| &t.id),
            speakers: KnownIds::new(speakers, |s| &s.id),
        }
    }

    /// Reads a finding's fields, summary and passage.
    pub fn read(&mut self, entry: &Entry, problems: &mut Vec<(usize, Problem)>) -> Unlocated {
        let label = entry.label();
        let (items, rest) = split_fields(&entry.body);
        let [theme_field, speaker_field, kind_field] = FINDING_FIELDS.read(items, problems);
        let missing = |key| (entry.at, Problem::MissingField("finding", label.to_owned(), key));

        let mut theme_indexes = Vec::new();
        match &theme_field {
            None => problems.push(missing("Themes")),
            Some(field) => {
                for (wanted, at) in field.parts() {
                    match self.themes.find(wanted, Problem::UnknownTheme) {
                        Ok(index) => theme_indexes.push(index),
                        Err(problem) => problems.extend(problem.map(|problem| (at, problem))),
                    }
                }
            }
        }
        theme_indexes.sort_unstable();
        theme_indexes.dedup();

        let speaker = match &speaker_field {
            None => {
                problems.push(missing("Speaker"));
                0
            }
            Some(field) => match self.speakers.find(&field.value, Problem::UnknownSpeaker) {
                Ok(index) => index,
                Err(problem) => {
                    problems.extend(problem.map(|problem| (field.at(0), problem)));
                    0
                }
            },
        };

        let kind = match &kind_field {
            None => {
                problems.push(missing("Kind"));
                FindingKind::Observation
            }
            Some(field) => FindingKind::ALL
                .into_iter()
                .find(|k| k.keyword().eq_ignore_ascii_case(&field.value))
                .unwrap_or_else(|| {
                    problems.push((field.at(0), Problem::UnknownFindingKind(field.value.clone())));
                    FindingKind::Observation
                }),
        };

        let mut summary = Vec::new();
        let mut passage: Option<(String, usize)> = None;
        for node in rest {
            match node {
                Node::Paragraph { text, .. } => summary.push(normalize_space(&text.plain)),
                Node::Quote { at, .. } if passage.is_some() => {
                    problems.push((*at, Problem::ExtraPassage(label.to_owned())));
                }
                Node::Quote { at, children } => {
                    for child in children
                        .iter()
                        .filter(|c| matches!(c, Node::Heading { .. } | Node::Quote { .. }))
                    {
                        problems.push((
                            child.at(),
                            Problem::UnexpectedBlock(block_name(child), "a passage"),
                        ));
                    }
                    passage = Some((
                        children
                            .iter()
                            .flat_map(plain_lines)
                            .collect::<Vec<_>>()
                            .join("\n"),
                        *at,
                    ));
                }
                other => problems.push((
                    other.at(),
                    Problem::UnexpectedBlock(block_name(other), "a finding"),
                )),
            }
        }
        if summary.is_empty() {
            problems.push((entry.at, Problem::MissingSummary(label.to_owned())));
        }
        let (passage, passage_at) = match passage {
            None => {
                problems.push((entry.at, Problem::MissingPassage(label.to_owned())));
                (String::new(), None)
            }
            Some((text, at)) => (text, Some(at)),
        };
        Unlocated {
            finding: Finding {
                id: entry.id.clone(),
                kind,
                themes: theme_indexes,
                speaker,
                locations: Vec::new(),
                text: OnceLock::from(FindingText {
                    heading: entry.heading.clone(),
                    summary: summary.join("\n\n"),
                    passage,
                }),
            },
            passage_at,
        }
    }
}
