//! Everything that can be wrong with a report or the site file, worded for the person who wrote it.

use std::fmt;

use super::source::Lines;
use crate::date::DateError;

/// One thing wrong with a report or the site file; [`super::Diagnostic`] adds where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Problem {
    /// The file has nothing in it.
    EmptyFile,
    /// The file does not open with a `---` metadata block.
    MissingMetadata,
    /// The metadata block is not closed before the report's sections.
    UnclosedMetadata,
    /// A metadata line is not `Key: value`.
    MetadataLine,
    /// A metadata key the format does not know, with the keys it does.
    UnknownMetadataKey(String, &'static str),
    /// A metadata key given twice.
    DuplicateMetadataKey(String),
    /// A required metadata key is absent.
    MissingMetadataKey(&'static str),
    /// The date cannot be read.
    BadDate(DateError),
    /// A key with nothing after its colon.
    EmptyValue(String),
    /// A `# ` heading that names no section of the format, and the section it is close to.
    UnknownSection(String, Option<&'static str>),
    /// A section given twice.
    DuplicateSection(&'static str),
    /// A required section is absent.
    MissingSection(&'static str),
    /// Content above the first `# ` heading.
    OutsideSection,
    /// Content in a section before its first `## ` entry.
    ExpectedEntry(&'static str),
    /// A heading whose text is empty.
    EmptyHeading,
    /// A heading without `{#id}` that has nothing to make one from.
    NoIdFromHeading,
    /// An id with characters links cannot carry plainly, and the id it could be written as (empty
    /// if none).
    BadId(String, String),
    /// Two entries of one kind share an id: the second is located, the first named.
    DuplicateId {
        what: &'static str,
        id: String,
        first_heading: String,
        first_at: usize,
    },
    /// A field line that is not `Key: value`.
    FieldLine,
    /// A field the entry's kind does not have.
    UnknownField(&'static str, String, &'static str),
    /// A field given twice.
    DuplicateField(String),
    /// A required field is absent.
    MissingField(&'static str, String, &'static str),
    /// A theme id no theme has, with the list of themes for the first such problem in a file,
    /// and the nearest known id if one is close.
    UnknownTheme(String, Option<String>, Option<String>),
    /// A speaker id no speaker has, with the list of speakers for the first such problem, and the
    /// nearest known id if one is close.
    UnknownSpeaker(String, Option<String>, Option<String>),
    /// A speaker kind the format does not know.
    UnknownSpeakerKind(String),
    /// A finding kind the format does not know.
    UnknownFindingKind(String),
    /// A finding without a summary paragraph.
    MissingSummary(String),
    /// A finding without a `> ` passage.
    MissingPassage(String),
    /// A finding with two `> ` passages.
    ExtraPassage(String),
    /// A passage with no words.
    EmptyPassage,
    /// A passage that the narrative does not contain, nor any text close to it: its start.
    PassageNotFound(String),
    /// A passage that the narrative does not contain, and where the closest text parts from it.
    PassageDiffers(Box<super::misquote::Misquote>),
    /// A block that has no place where it stands.
    UnexpectedBlock(&'static str, &'static str),
    /// Markdown the format leaves out.
    Unsupported(&'static str),
    /// A field or list line indented so that it reads as a code block.
    IndentedLine,
    /// A link to a scheme other than http(s) or mailto.
    UnsafeLink(String),
    /// A list inside a list.
    NestedList,
    /// Block quotes nested deeper than [`super::blocks::MAX_QUOTE_DEPTH`].
    NestedTooDeep,
    /// A section with nothing in it.
    EmptySection(&'static str),
    /// The site file does not open with a `---` metadata block.
    MissingSiteMetadata,
    /// Markdown the site file leaves out.
    NotInSite(&'static str),
    /// A `Publisher link:` that is not an absolute http(s) address.
    BadPublisherLink(String),
    /// `Language:` is not a language tag.
    BadLanguage(String),
}

/// "unknown theme `tide`; did you mean `tides`? The themes are …", the list given once a file.
fn unknown(
    f: &mut fmt::Formatter<'_>,
    what: &str,
    id: &str,
    known: &Option<String>,
    nearest: &Option<String>,
) -> fmt::Result {
    write!(f, "unknown {what} `{id}`")?;
    match (nearest, known) {
        (Some(nearest), Some(known)) => write!(f, "; did you mean `{nearest}`? The {what}s are {known}"),
        (Some(nearest), None) => write!(f, "; did you mean `{nearest}`?"),
        (None, Some(known)) => write!(f, "; the {what}s are {known}"),
        (None, None) => write!(f, " (the {what}s are listed above)"),
    }
}

/// A problem worded for its author, with the lines of its file to name any other place in it.
pub(super) struct Worded<'p, 'l> {
    pub problem: &'p Problem,
    pub lines: &'l Lines<'l>,
}

impl fmt::Display for Worded<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problem {
            Problem::MissingMetadata => f.write_str(
                "a report must start with a metadata block: a line `---`, lines such as `Title: …`, and a closing `---`",
            ),
            Problem::EmptyFile => f.write_str(
                "the file is empty; copy the template docs/report-template.md into it, or start the report from its published text with `new-report`",
            ),
            Problem::UnclosedMetadata => f.write_str(
                "the metadata block that starts here is not closed; add a line `---` after its last `Key: value` line, before the first section",
            ),
            Problem::MetadataLine => f.write_str("expected `Key: value` in the metadata block"),
            Problem::UnknownMetadataKey(key, known) => write!(f, "unknown metadata key `{key}`; the keys are {known}"),
            Problem::DuplicateMetadataKey(key) => write!(f, "metadata key `{key}` is given twice"),
            Problem::MissingMetadataKey(key) => write!(f, "the metadata block has no `{key}:` line"),
            Problem::BadDate(error) => write!(f, "cannot read the date: {error}"),
            Problem::EmptyValue(key) => write!(f, "`{key}:` has no value"),
            Problem::UnknownSection(name, Some(close)) => {
                write!(f, "unknown section `# {name}`; did you mean `# {close}`?")
            }
            Problem::UnknownSection(name, None) => write!(
                f,
                "unknown section `# {name}`; the sections are `# Themes`, `# Speakers`, `# Findings` and `# Report`"
            ),
            Problem::DuplicateSection(name) => write!(f, "the section `# {name}` is given twice"),
            Problem::MissingSection(name) => write!(f, "the report has no `# {name}` section"),
            Problem::OutsideSection => {
                f.write_str("text before the first section; everything after the metadata belongs under a `# ` heading")
            }
            Problem::ExpectedEntry(what) => write!(f, "expected a `## ` heading that starts a {what} here"),
            Problem::EmptyHeading => f.write_str("this heading has no text"),
            Problem::NoIdFromHeading => f.write_str(
                "this heading has no Latin letters or digits to make an id from; add one at its end, as `{#some-id}`",
            ),
            Problem::BadId(id, plain) if plain.is_empty() => {
                write!(f, "id `{id}` may use only lowercase letters a-z, digits and hyphens")
            }
            Problem::BadId(id, plain) => write!(
                f,
                "id `{id}` may use only lowercase letters a-z, digits and hyphens; write it as `{plain}`"
            ),
            Problem::DuplicateId {
                what,
                id,
                first_heading,
                first_at,
            } => write!(
                f,
                "another {what}, `## {first_heading}` at line {}, already has the id `{id}`; give one of them its own id at the end of its heading, as `{{#some-id}}`",
                self.lines.locate(*first_at).0
            ),
            Problem::FieldLine => f.write_str("expected `Key: value`"),
            Problem::UnknownField(what, key, known) => {
                write!(f, "unknown field `{key}` for a {what}; the fields are {known}")
            }
            Problem::DuplicateField(key) => write!(f, "field `{key}` is given twice"),
            Problem::MissingField(what, id, key) => write!(f, "{what} `{id}` has no `{key}:` field"),
            Problem::UnknownTheme(id, known, nearest) => unknown(f, "theme", id, known, nearest),
            Problem::UnknownSpeaker(id, known, nearest) => unknown(f, "speaker", id, known, nearest),
            Problem::UnknownSpeakerKind(kind) => {
                write!(f, "unknown speaker kind `{kind}`; use person, organisation or group")
            }
            Problem::UnknownFindingKind(kind) => write!(
                f,
                "unknown finding kind `{kind}`; use research, proposal, concern, consensus or observation"
            ),
            Problem::MissingSummary(id) => write!(f, "finding `{id}` has no summary paragraph"),
            Problem::MissingPassage(id) => {
                write!(f, "finding `{id}` has no passage; quote it from the report in a `> ` block")
            }
            Problem::ExtraPassage(id) => {
                write!(f, "finding `{id}` has a second `> ` passage; put the whole passage in one quote")
            }
            Problem::PassageNotFound(start) => write!(
                f,
                "passage not found in the `# Report` section, nor any text close to it: \u{201c}{start}\u{201d}"
            ),
            Problem::PassageDiffers(misquote) => write!(f, "{misquote}"),
            Problem::EmptyPassage => f.write_str("this passage has no words; quote the report's words in it"),
            Problem::UnexpectedBlock(what, place) => write!(f, "unexpected {what} in {place}"),
            Problem::IndentedLine => f.write_str(
                "this line is indented by a tab or 4 spaces or more, which makes it a code block; remove the spaces or tab at its start",
            ),
            Problem::Unsupported(what) => write!(f, "{what} cannot be used in a report"),
            Problem::UnsafeLink(href) => {
                write!(f, "link `{href}` is not allowed; links may go to http(s), mailto or relative addresses")
            }
            Problem::NestedList => f.write_str("lists inside lists cannot be used in a report"),
            Problem::NestedTooDeep => write!(
                f,
                "block quotes nested more than {} deep cannot be used in a report; the rest of this quote is skipped",
                super::blocks::MAX_QUOTE_DEPTH
            ),
            Problem::EmptySection(name) => write!(f, "the section `# {name}` is empty"),
            Problem::MissingSiteMetadata => f.write_str(
                "the site file must start with a metadata block: a line `---`, a line `Title: …`, and a closing `---`",
            ),
            Problem::NotInSite(what) => write!(f, "{what} cannot be used in the site file"),
            Problem::BadLanguage(tag) => write!(
                f,
                "`Language:` must be a language tag such as `en`, `fr` or `pt-BR`, not `{tag}`"
            ),
            Problem::BadPublisherLink(link) => write!(
                f,
                "`Publisher link:` must be an absolute http(s) address such as `https://example.org/`, not `{link}`"
            ),
        }
    }
}
