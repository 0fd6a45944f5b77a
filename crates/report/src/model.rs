//! The report as plain data: metadata, themes, speakers, findings and the narrative they come from.

use crate::texts::key;
use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// One report: everything the viewer shows, validated and cross-referenced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Who wrote it, when and where; what it is about.
    pub meta: Meta,
    /// The themes findings are filed under, in the report's order.
    pub themes: Vec<Theme>,
    /// People, organisations and groups whose points the report records.
    pub speakers: Vec<Speaker>,
    /// The distinct points of the report.
    pub findings: Vec<Finding>,
    /// The report's own text, block by block.
    pub narrative: Vec<Block>,
}

/// The report's metadata, as its author gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The report's title.
    pub title: String,
    /// The event the report is about.
    pub event: String,
    /// The day of the event, as `YYYY-MM-DD`.
    pub date: String,
    /// Where the event took place.
    pub place: String,
    /// Who wrote the report.
    pub author: String,
    /// The author's role, if the report gives one.
    pub author_role: Option<String>,
    /// Who published the report.
    pub publisher: String,
    /// Where the report comes from.
    pub source: Option<String>,
    /// The language the report is written in, as a language tag (`en`, `pt-BR`): its words are
    /// marked with it, whatever the interface's.
    pub language: String,
}

impl Meta {
    /// The direction of the report's words, for their `dir`: `rtl` in a language written from
    /// right to left (Arabic, Hebrew, Persian, Urdu…, or any language in the Arabic or Hebrew
    /// script, as `ku-Arab`), else `auto`, so that a name or a quotation in such a script within
    /// a left-to-right report still reads as written, its punctuation and numbers in place.
    pub fn writing_direction(&self) -> &'static str {
        let listed = |list: &str, tag: &str| list.split(' ').any(|t| t.eq_ignore_ascii_case(tag));
        let mut subtags = self.language.split('-');
        let language = subtags.next().unwrap_or_default();
        let right_to_left = match subtags.find(|subtag| subtag.len() == 4) {
            Some(script) => listed("arab hebr syrc thaa nkoo", script),
            None => listed("ar arc ckb dv fa he iw nqo ps sd syr ug ur yi", language),
        };
        if right_to_left { "rtl" } else { "auto" }
    }
}

/// A theme findings are filed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// Stable identifier, used in links.
    pub id: String,
    /// The theme's name exactly as the report gives it.
    pub name: String,
    /// A short label for tight spaces; the name when the author gives none.
    pub short: String,
}

/// What kind of voice a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation speaking as one.
    Organisation,
    /// A group, such as the delegates in discussion.
    Group,
}

impl SpeakerKind {
    /// Every kind, in the order the viewer groups them.
    pub const ALL: [SpeakerKind; 3] = [Self::Person, Self::Organisation, Self::Group];

    /// The word a report author writes for this kind.
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::Group => "group",
        }
    }

    /// The key of the label readers see, in the translation files.
    pub fn label_key(self) -> crate::texts::Key {
        match self {
            Self::Person => key::SPEAKER_PERSON,
            Self::Organisation => key::SPEAKER_ORGANISATION,
            Self::Group => key::SPEAKER_GROUP,
        }
    }
}

/// Someone whose point the report records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Stable identifier, used in links.
    pub id: String,
    /// Person, organisation or group.
    pub kind: SpeakerKind,
    /// The name exactly as the report gives it.
    pub name: String,
    /// Form of address such as "Dr.", if the report gives one.
    pub title: Option<String>,
    /// The speaker's role, if the report gives one.
    pub role: Option<String>,
    /// Where the speaker works or belongs, if the report gives it.
    pub affiliation: Option<String>,
}

impl Speaker {
    /// The name with its form of address: "Dr. Carrie Pemberton-Ford".
    pub fn display_name(&self) -> String {
        match &self.title {
            Some(title) => format!("{title} {}", self.name),
            None => self.name.clone(),
        }
    }

    /// Role and affiliation as one phrase ("researcher at the office of …"), if either is known.
    pub fn description(&self) -> Option<String> {
        match (&self.role, &self.affiliation) {
            (Some(role), Some(affiliation)) => Some(format!("{role} at {affiliation}")),
            (Some(only), None) | (None, Some(only)) => Some(only.clone()),
            (None, None) => None,
        }
    }

    /// Who the speaker is, in a phrase: the description where the report gives one, else their
    /// kind ("Group") in the interface's words.
    pub fn detail(&self, texts: &crate::texts::Texts) -> String {
        self.description()
            .unwrap_or_else(|| texts.text(self.kind.label_key()).to_owned())
    }
}

/// What kind of point a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// A result of research presented at the event.
    Research,
    /// Something proposed.
    Proposal,
    /// A concern raised.
    Concern,
    /// A point all present agreed on.
    Consensus,
    /// Something noted or argued.
    Observation,
}

impl FindingKind {
    /// Every kind, as a report author may write them.
    pub const ALL: [FindingKind; 5] = [
        Self::Research,
        Self::Proposal,
        Self::Concern,
        Self::Consensus,
        Self::Observation,
    ];

    /// The word a report author writes for this kind.
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Research => "research",
            Self::Proposal => "proposal",
            Self::Concern => "concern",
            Self::Consensus => "consensus",
            Self::Observation => "observation",
        }
    }

    /// The key of the label readers see, in the translation files.
    pub fn label_key(self) -> crate::texts::Key {
        match self {
            Self::Research => key::KIND_RESEARCH,
            Self::Proposal => key::KIND_PROPOSAL,
            Self::Concern => key::KIND_CONCERN,
            Self::Consensus => key::KIND_CONSENSUS,
            Self::Observation => key::KIND_OBSERVATION,
        }
    }
}

/// One distinct point of the report, traceable to its verbatim passage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable identifier, used in links.
    pub id: String,
    /// Research, proposal, concern, consensus or observation.
    pub kind: FindingKind,
    /// Indexes into [`Report::themes`], in the report's theme order.
    pub themes: Vec<usize>,
    /// Index into [`Report::speakers`].
    pub speaker: usize,
    /// Where the passage stands in the narrative: one location per block or list item it spans.
    /// None in a data file whose narrative ships apart: they come with it (see
    /// [`crate::NarrativeApart`]).
    pub locations: Vec<Location>,
    /// Its heading, summary and passage: always there once parsed; in the viewer, set when they
    /// come if a long report's texts ship apart (see [`crate::ReportData`]).
    #[serde(with = "crate::shipped::in_hand")]
    pub text: OnceLock<FindingText>,
}

/// A finding's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingText {
    /// A short heading.
    pub heading: String,
    /// The point in plain words.
    pub summary: String,
    /// The verbatim passage of the report the finding comes from; lines separated by `\n`.
    pub passage: String,
}

impl Finding {
    /// Its words, if they are in hand.
    pub fn text(&self) -> Option<&FindingText> {
        self.text.get()
    }

    /// Its heading; empty while its words have not come.
    pub fn heading(&self) -> &str {
        self.text().map_or("", |t| &t.heading)
    }

    /// Its summary; empty while its words have not come.
    pub fn summary(&self) -> &str {
        self.text().map_or("", |t| &t.summary)
    }

    /// Its passage; empty while its words have not come.
    pub fn passage(&self) -> &str {
        self.text().map_or("", |t| &t.passage)
    }
}

/// A span of the narrative: bytes `start..end` of one block's text (or of one item's, in a list),
/// counting a line break as one byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// Index into [`Report::narrative`].
    pub block: usize,
    /// The list item, when the block is a list.
    pub item: Option<usize>,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A block of the narrative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A sub-heading, level 2 to 6.
    Heading {
        /// 2 for `##`, and so on.
        level: u8,
        /// The heading's text.
        text: String,
    },
    /// A paragraph.
    Paragraph(Vec<Inline>),
    /// A list; `start` is the first number of a numbered list.
    List {
        /// The first number of a numbered list, `None` for bullets.
        start: Option<u64>,
        /// One run of inline content per item.
        items: Vec<Vec<Inline>>,
    },
}

/// A run of text within a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inline {
    /// Plain, emphasised or strong text.
    Text {
        /// The words.
        text: String,
        /// Shown in italics.
        em: bool,
        /// Shown in bold.
        strong: bool,
    },
    /// A link to an http(s), mailto or relative address.
    Link {
        /// The link's words.
        text: String,
        /// Where it goes.
        href: String,
    },
    /// A line break within the block.
    Break,
}

fn runs_len(runs: &[Inline]) -> usize {
    runs.iter()
        .map(|run| match run {
            Inline::Text { text, .. } | Inline::Link { text, .. } => text.len(),
            Inline::Break => 1,
        })
        .sum()
}

/// What `name` calls each of `indices` (themes or speakers, by their index), joined by
/// `separator`: ids for an address ("a,b"), names for an export ("A; B").
pub(crate) fn joined<'a>(indices: &[usize], separator: &str, name: &dyn Fn(usize) -> Cow<'a, str>) -> String {
    let mut out = String::new();
    for (n, &index) in indices.iter().enumerate() {
        if n > 0 {
            out.push_str(separator);
        }
        out.push_str(&name(index));
    }
    out
}

impl Report {
    /// Checks every cross-reference the viewer follows (speakers, themes, passage locations), so
    /// that damaged data is reported to the reader instead of crashing the page.
    pub fn check_references(&self) -> Result<(), String> {
        self.check_people_and_themes()?;
        self.check_passages(&self.narrative)
    }

    /// Checks that every finding's speaker and themes are the report's.
    pub fn check_people_and_themes(&self) -> Result<(), String> {
        for finding in &self.findings {
            if finding.speaker >= self.speakers.len() {
                return Err(broken(finding, "speaker"));
            }
            if finding.themes.iter().any(|&theme| theme >= self.themes.len()) {
                return Err(broken(finding, "theme"));
            }
        }
        Ok(())
    }

    /// Checks that every finding's passage lies in `narrative`.
    pub fn check_passages(&self, narrative: &[Block]) -> Result<(), String> {
        self.check_located(narrative, self.findings.iter().map(|f| &f.locations[..]))
    }

    /// Checks that each finding's passage, at `located` (each finding's locations in turn: its
    /// own, or those of a narrative that ships apart, see [`crate::NarrativeApart`]), lies in
    /// `narrative`.
    pub(crate) fn check_located<'a>(
        &self,
        narrative: &[Block],
        located: impl Iterator<Item = &'a [Location]>,
    ) -> Result<(), String> {
        for (finding, locations) in self.findings.iter().zip(located) {
            for location in locations {
                let length = match (narrative.get(location.block), location.item) {
                    (Some(Block::Paragraph(runs)), None) => runs_len(runs),
                    (Some(Block::Heading { text, .. }), None) => text.len(),
                    (Some(Block::List { items, .. }), Some(item)) if item < items.len() => {
                        runs_len(&items[item])
                    }
                    _ => return Err(broken(finding, "part of the report")),
                };
                if location.start >= location.end || location.end > length {
                    return Err(broken(finding, "passage"));
                }
            }
        }
        Ok(())
    }
}

/// Says that `finding` refers to a missing `what`.
fn broken(finding: &Finding, what: &str) -> String {
    format!(
        "finding \u{201c}{}\u{201d} refers to a missing {what}",
        finding.id
    )
}

#[cfg(test)]
mod tests {
    use crate::testing::report;

    #[test]
    fn a_report_in_a_right_to_left_language_or_script_is_written_right_to_left() {
        let direction = |language: &str| {
            let mut report = report(&[], &[], Vec::new());
            report.meta.language = language.into();
            report.meta.writing_direction()
        };
        for language in [
            "ar",
            "he",
            "fa",
            "ur",
            "AR-eg",
            "yi",
            "ku-Arab",
            "pa-Arab-PK",
            "az-arab",
        ] {
            assert_eq!(direction(language), "rtl", "{language}");
        }
        for language in ["en", "fr", "pt-BR", "sr-Latn", "ar-Latn", "uz-Cyrl", "arn", "her"] {
            assert_eq!(direction(language), "auto", "{language}");
        }
    }
}
