//! Themes, speakers and findings read from their `## ` entries and cross-checked.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::blocks::Node;
use super::fields::FieldSpec;
use super::narrative::{normalize_space, plain_lines};
use super::nearest::nearest;
use super::problem::Problem;
use super::sections::Entry;
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
                        Problem::MissingField("speaker", entry.id.clone(), "Kind"),
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
fn id_list<T>(items: &[T], id: impl Fn(&T) -> &str) -> String {
    let mut listed = items
        .iter()
        .take(LISTED_IDS)
        .map(|item| format!("`{}`", id(item)))
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > LISTED_IDS {
        listed.push_str(&format!(" and {} more", items.len() - LISTED_IDS));
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

/// A finding read from its entry, its passage not yet found in the narrative: with where the
/// passage is quoted, if it is.
pub(super) struct Unlocated {
    pub finding: Finding,
    pub passage_at: Option<usize>,
}

/// Reads findings one entry at a time, as soon as each ends, against the report's themes and
/// speakers; [`locate_passages`] finds their passages once the narrative has been read.
pub(super) struct FindingReader {
    /// Each list is given once, with the first unknown id; later problems refer back to it.
    themes_list: Option<String>,
    speakers_list: Option<String>,
    theme_indexes_by_id: HashMap<String, usize>,
    speaker_indexes_by_id: HashMap<String, usize>,
    /// The ids in the report's order, to suggest the nearest to one mistyped.
    theme_ids: Vec<String>,
    speaker_ids: Vec<String>,
}

impl FindingReader {
    pub fn new(themes: &[Theme], speakers: &[Speaker]) -> Self {
        Self {
            themes_list: Some(id_list(themes, |t| &t.id)),
            speakers_list: Some(id_list(speakers, |s| &s.id)),
            theme_indexes_by_id: indexes_by_id(themes, |t| &t.id),
            speaker_indexes_by_id: indexes_by_id(speakers, |s| &s.id),
            theme_ids: themes.iter().map(|t| t.id.clone()).collect(),
            speaker_ids: speakers.iter().map(|s| s.id.clone()).collect(),
        }
    }

    /// Reads a finding's fields, summary and passage.
    pub fn read(&mut self, entry: &Entry, problems: &mut Vec<(usize, Problem)>) -> Unlocated {
        let Self {
            themes_list,
            speakers_list,
            theme_indexes_by_id,
            speaker_indexes_by_id,
            theme_ids,
            speaker_ids,
        } = self;
        let id = &entry.id;
        let (items, rest) = split_fields(&entry.body);
        let [theme_field, speaker_field, kind_field] = FINDING_FIELDS.read(items, problems);
        let missing = |key| (entry.at, Problem::MissingField("finding", id.clone(), key));

        let mut theme_indexes = Vec::new();
        match &theme_field {
            None => problems.push(missing("Themes")),
            Some(field) => {
                for (wanted, at) in field.parts() {
                    match theme_indexes_by_id.get(wanted) {
                        Some(&index) => theme_indexes.push(index),
                        None => problems.push((
                            at,
                            Problem::UnknownTheme(
                                wanted.to_owned(),
                                themes_list.take(),
                                nearest(wanted, theme_ids.iter().map(String::as_str)).map(str::to_owned),
                            ),
                        )),
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
            Some(field) => match speaker_indexes_by_id.get(field.value.as_str()) {
                Some(&index) => index,
                None => {
                    problems.push((
                        field.at(0),
                        Problem::UnknownSpeaker(
                            field.value.clone(),
                            speakers_list.take(),
                            nearest(&field.value, speaker_ids.iter().map(String::as_str)).map(str::to_owned),
                        ),
                    ));
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
                    problems.push((*at, Problem::ExtraPassage(id.clone())));
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
            problems.push((entry.at, Problem::MissingSummary(id.clone())));
        }
        let (passage, passage_at) = match passage {
            None => {
                problems.push((entry.at, Problem::MissingPassage(id.clone())));
                (String::new(), None)
            }
            Some((text, at)) => (text, Some(at)),
        };
        Unlocated {
            finding: Finding {
                id: id.clone(),
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
