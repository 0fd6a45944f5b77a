//! A report as its data file holds it: whole, or, when it is long, in several files. A long
//! narrative ships in a file of its own with the findings' locations in it (see
//! [`NarrativeApart`]), fetched when a reader opens the report's text; long
//! findings' texts (heading, summary, passage) ship apart too, in parts of a few findings for the
//! cards being drawn and whole for what needs every one (search, exports, the Speakers view).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::model::{Block, FindingText, Location, Report};

/// The size (postcard bytes) from which a narrative ships apart: 15 to 25 KB once compressed
/// (brotli makes the synthetic reports' narratives 3.9 to 6.5 times smaller), about what a phone
/// on a slow connection (1.6 Mbit/s, 150 ms round trip: Lighthouse's "slow 4G") downloads in the
/// time of the one extra round trip that fetching it apart costs. Below it, one file is as quick;
/// above it, the first answer comes sooner by the narrative's download, which most readers never
/// need.
pub const NARRATIVE_APART_BYTES: usize = 100_000;

/// The size (postcard bytes) from which the findings' texts ship apart (in parts, and the report's
/// words with the shards of their occurrences), about 875 findings of realistic text: chosen by
/// first visits on Lighthouse's slow 4G with a 4× slower CPU (README, "How it is built"). Apart, a
/// first answer without a search is sooner from about 400 findings (600: by 80 ms, 1,200: 590),
/// but one with a search waits for two more round trips (the word list, then its shards) and is
/// later up to about 1,000 findings (300: by 480 ms, 600: 350; 1,200: sooner by 190).
pub const TEXTS_APART_BYTES: usize = 350_000;

/// How many findings' texts a part holds: about 1.6 KB once compressed with realistic texts (195
/// bytes a finding, against 180 in parts of 16 and 162 in parts of 64), so that the parts a page
/// of filtered cards touches, one a card at worst, cost little more than its cards' words.
pub const FINDINGS_PER_PART: usize = 8;

/// A narrative's data file when it ships apart: the narrative, where each finding's passage
/// stands in it (needed only with it; at 10,000 findings, 45 % of the report's file once
/// compressed), and, when the findings' words ship apart too, their headings, which label the
/// passages' links back: the Report view then needs this file alone, not every finding's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NarrativeApart {
    /// The report's narrative.
    pub blocks: Vec<Block>,
    /// Each finding's locations, in the findings' order.
    pub locations: Vec<Vec<Location>>,
    /// Each finding's heading, in the findings' order, when their words ship apart; else none.
    pub headings: Vec<String>,
}

impl NarrativeApart {
    /// Checks that it holds the locations of `report`'s findings, and that every passage lies in
    /// its narrative.
    pub fn check(&self, report: &Report) -> Result<(), String> {
        let count = report.findings.len();
        let headings_fit = self.headings.is_empty() || self.headings.len() == count;
        if self.locations.len() != count || !headings_fit {
            return Err(format!(
                "locations for {} findings and headings for {} of {count}",
                self.locations.len(),
                self.headings.len(),
            ));
        }
        report.check_located(&self.blocks, self.locations.iter().map(Vec::as_slice))
    }
}

/// A report's data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportData {
    /// The report; its narrative is empty and its findings have no locations when it ships
    /// apart, and its findings have no text when theirs do.
    pub report: Report,
    /// The data file of the narrative (its path in the site), when it ships apart.
    pub narrative_file: Option<String>,
    /// The data files of the findings' texts, when they ship apart.
    pub texts: Option<TextFiles>,
}

/// Where a long report's findings' texts ship: every one in one file, and in parts of
/// [`FINDINGS_PER_PART`] findings (part `k` holds findings `k * FINDINGS_PER_PART..`), each file
/// a postcard list of [`FindingText`] in the findings' order; and the report's words, for a
/// search: the list of them ([`WordList`]), and where each occurs in shards of neighbouring words
/// ([`Postings`]), so that a search fetches the words it matches, not every text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextFiles {
    /// What every file's name is made from: `NAME-texts-HASH`, the hash of all their bytes.
    name: String,
}

/// The bytes of what a long report's findings' texts ship as (see [`TextFiles`]).
#[cfg(feature = "parse")]
pub struct TextBytes {
    /// Every finding's text.
    pub whole: Vec<u8>,
    /// The parts.
    pub parts: Vec<Vec<u8>>,
    /// The report's words.
    pub words: Vec<u8>,
    /// The shards of their occurrences.
    pub shards: Vec<Vec<u8>>,
}

impl TextFiles {
    /// The files of the texts of the report `name` that ship as `bytes`, named after those
    /// bytes (the parts the whole holds): the whole under `data/`, the rest under `data/parts/`,
    /// which the service worker leaves to the whole for offline reading.
    #[cfg(feature = "parse")]
    pub fn named(name: &str, bytes: &TextBytes) -> Self {
        let all = [&bytes.whole[..], &bytes.words, &bytes.shards.concat()].concat();
        let file = crate::data_file(&format!("{name}-texts"), &all);
        let name = file.trim_start_matches("data/").trim_end_matches(".bin");
        Self {
            name: name.to_owned(),
        }
    }

    /// The path of the file holding every finding's text.
    pub fn whole(&self) -> String {
        format!("data/{}.bin", self.name)
    }

    /// The path of part `part`.
    pub fn part_file(&self, part: usize) -> String {
        format!("data/parts/{}-{part}.bin", self.name)
    }

    /// The path of the report's words.
    pub fn words_file(&self) -> String {
        format!("data/parts/{}-words.bin", self.name)
    }

    /// The path of shard `shard` of their occurrences.
    pub fn shard_file(&self, shard: usize) -> String {
        format!("data/parts/{}-shard-{shard}.bin", self.name)
    }

    /// The part holding finding `finding`'s text.
    pub fn part_of(finding: usize) -> usize {
        finding / FINDINGS_PER_PART
    }

    /// The findings whose texts part `part` holds, of a report of `findings` findings.
    pub fn part_range(part: usize, findings: usize) -> Range<usize> {
        let start = (part * FINDINGS_PER_PART).min(findings);
        start..(start + FINDINGS_PER_PART).min(findings)
    }
}

/// A report as it ships: its data file's report, and the bytes of what ships apart.
#[cfg(feature = "parse")]
pub struct Split {
    /// The report without what ships apart.
    pub report: Report,
    /// The narrative and the findings' locations ([`NarrativeApart`]), when they ship apart.
    pub narrative: Option<Vec<u8>>,
    /// The findings' texts, whole and in parts, and the report's words, when they ship apart.
    pub texts: Option<TextBytes>,
}

impl ReportData {
    /// `report` as it ships: what is long enough goes apart (the caller writes those bytes and
    /// names their files in `narrative_file` and `texts`).
    #[cfg(feature = "parse")]
    pub fn split(report: &Report) -> Result<Split, postcard::Error> {
        let mut shipped = report.clone();
        let texts: Vec<&FindingText> = report.findings.iter().filter_map(|f| f.text()).collect();
        let whole = postcard::to_allocvec(&texts)?;
        let texts_apart = whole.len() >= TEXTS_APART_BYTES;
        let narrative = postcard::to_allocvec(&report.narrative)?;
        let narrative = if narrative.len() >= NARRATIVE_APART_BYTES {
            let headings = texts.iter().map(|text| text.heading.clone());
            let apart = NarrativeApart {
                blocks: std::mem::take(&mut shipped.narrative),
                locations: report.findings.iter().map(|f| f.locations.clone()).collect(),
                headings: headings.filter(|_| texts_apart).collect(),
            };
            for finding in &mut shipped.findings {
                finding.locations = Vec::new();
            }
            Some(postcard::to_allocvec(&apart)?)
        } else {
            None
        };
        let texts = if texts_apart {
            let parts = texts
                .chunks(FINDINGS_PER_PART)
                .map(postcard::to_allocvec)
                .collect::<Result<_, _>>()?;
            for finding in &mut shipped.findings {
                finding.text = std::sync::OnceLock::new();
            }
            let (words, shards) = crate::Finder::new(report).words_to_ship();
            Some(TextBytes {
                whole,
                parts,
                words: postcard::to_allocvec(&words)?,
                shards: shards
                    .iter()
                    .map(postcard::to_allocvec)
                    .collect::<Result<_, _>>()?,
            })
        } else {
            None
        };
        Ok(Split {
            report: shipped,
            narrative,
            texts,
        })
    }

    /// Checks every cross-reference that can be checked before what ships apart is in: all of
    /// them for a whole report; with the narrative apart, those to speakers and themes (the
    /// passages' are checked against the narrative when it comes: [`NarrativeApart::check`]);
    /// and that the findings' texts are in the file, or all apart.
    pub fn check(&self) -> Result<(), String> {
        let apart = self.texts.is_some();
        if self.report.findings.iter().any(|f| f.text().is_some() == apart) {
            return Err(String::from(match apart {
                true => "the findings' texts ship apart, yet some are in the file",
                false => "some findings have no text",
            }));
        }
        match (&self.narrative_file, self.report.narrative.is_empty()) {
            (None, _) => self.report.check_references(),
            (Some(_), true) => self.report.check_people_and_themes(),
            (Some(file), false) => Err(format!("the narrative is both in the file and in {file}")),
        }
    }
}

impl Report {
    /// Gives the findings `findings` their texts `texts`, which came apart (a part's or the
    /// whole's); a finding that has its text already keeps it.
    pub fn fill_texts(&self, findings: Range<usize>, texts: Vec<FindingText>) -> Result<(), String> {
        if findings.end > self.findings.len() || texts.len() != findings.len() {
            return Err(format!(
                "{} texts for findings {}–{} of {}",
                texts.len(),
                findings.start + 1,
                findings.end,
                self.findings.len()
            ));
        }
        for (finding, text) in self.findings[findings].iter().zip(texts) {
            // Set once: a text that came in a part and again in the whole is the same.
            let _ = finding.text.set(text);
        }
        Ok(())
    }

    /// Whether every finding's text is in hand.
    pub fn texts_in_hand(&self) -> bool {
        self.findings.iter().all(|f| f.text().is_some())
    }
}

/// A finding's text in a data file: there (`Some`), or shipped apart (`None`).
pub(crate) mod in_hand {
    use std::sync::OnceLock;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::model::FindingText;

    pub fn serialize<S: Serializer>(text: &OnceLock<FindingText>, to: S) -> Result<S::Ok, S::Error> {
        text.get().serialize(to)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<OnceLock<FindingText>, D::Error> {
        Ok(Option::<FindingText>::deserialize(from)?.map_or_else(OnceLock::new, OnceLock::from))
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::*;
    use crate::model::{Block, Inline};

    fn seed_report() -> Report {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../reports/renate-brussels-2014.md"
        );
        crate::parse_report(
            "reports/renate-brussels-2014.md",
            &std::fs::read_to_string(path).unwrap(),
        )
        .unwrap_or_else(|_| panic!("the seed report parses"))
    }

    /// Decodes a narrative's bytes and checks the report's passages against it, as the app does.
    fn narrative_of(report: &Report, bytes: &[u8]) -> Result<NarrativeApart, String> {
        let narrative: NarrativeApart =
            postcard::from_bytes(bytes).map_err(|_| String::from("not readable"))?;
        narrative.check(report)?;
        Ok(narrative)
    }

    /// The seed with its narrative made long enough to ship apart.
    fn long_report() -> Report {
        let mut report = seed_report();
        let filler = Block::Paragraph(vec![Inline::Text {
            text: "x".repeat(1000),
            em: false,
            strong: false,
        }]);
        while postcard::to_allocvec(&report.narrative).unwrap().len() < NARRATIVE_APART_BYTES {
            report.narrative.push(filler.clone());
        }
        report
    }

    /// The seed with its findings repeated until their texts are long enough to ship apart.
    fn many_findings() -> Report {
        let mut report = seed_report();
        let seed = report.findings.clone();
        let mut copy = 0;
        let texts = |report: &Report| {
            let texts: Vec<_> = report.findings.iter().map(|f| f.text()).collect();
            postcard::to_allocvec(&texts).unwrap().len()
        };
        while texts(&report) < TEXTS_APART_BYTES {
            copy += 1;
            report.findings.extend(seed.iter().cloned().map(|mut finding| {
                finding.id = format!("{}-{copy}", finding.id);
                finding
            }));
        }
        report
    }

    /// `data` as its file holds it, checked, as the app reads it.
    fn shipped(data: &ReportData) -> Result<ReportData, String> {
        let read: ReportData = postcard::from_bytes(&postcard::to_allocvec(data).unwrap()).unwrap();
        read.check()?;
        Ok(read)
    }

    #[test]
    fn a_short_report_ships_whole() {
        let report = seed_report();
        let split = ReportData::split(&report).unwrap();
        assert_eq!(split.report, report);
        assert!(split.narrative.is_none() && split.texts.is_none());
        let data = ReportData {
            report,
            narrative_file: None,
            texts: None,
        };
        assert_eq!(shipped(&data), Ok(data));
    }

    #[test]
    fn a_long_narrative_ships_apart_and_comes_back_whole() {
        let report = long_report();
        let split = ReportData::split(&report).unwrap();
        let bytes = split.narrative.expect("the narrative ships apart");
        assert!(split.report.narrative.is_empty());
        assert!(split.report.findings.iter().all(|f| f.locations.is_empty()));
        let data = ReportData {
            report: split.report,
            narrative_file: Some(String::from("data/seed-text.bin")),
            texts: None,
        };
        let data = shipped(&data).unwrap();
        let narrative = narrative_of(&data.report, &bytes).unwrap();
        assert_eq!(narrative.blocks, report.narrative);
        let locations: Vec<_> = report.findings.iter().map(|f| f.locations.clone()).collect();
        assert_eq!(
            narrative.locations, locations,
            "the locations come with the narrative"
        );
    }

    #[test]
    fn a_narrative_that_does_not_fit_the_findings_is_refused() {
        let report = long_report();
        let split = ReportData::split(&report).unwrap();
        let locations = report.findings.iter().map(|f| f.locations.clone()).collect();
        let other = NarrativeApart {
            blocks: report.narrative[..1].to_vec(),
            locations,
            headings: Vec::new(),
        };
        assert_eq!(
            narrative_of(&split.report, &postcard::to_allocvec(&other).unwrap()),
            Err(format!(
                "finding \u{201c}{}\u{201d} refers to a missing part of the report",
                report
                    .findings
                    .iter()
                    .find(|f| f.locations.iter().any(|l| l.block > 0))
                    .unwrap()
                    .id
            ))
        );
        let fewer = NarrativeApart {
            blocks: report.narrative.clone(),
            locations: other.locations[1..].to_vec(),
            headings: Vec::new(),
        };
        let count = report.findings.len();
        assert_eq!(
            narrative_of(&split.report, &postcard::to_allocvec(&fewer).unwrap()),
            Err(format!(
                "locations for {} findings and headings for 0 of {count}",
                count - 1
            ))
        );
        let headed = NarrativeApart {
            locations: other.locations.clone(),
            headings: vec![String::from("A heading")],
            ..fewer
        };
        assert_eq!(
            narrative_of(&split.report, &postcard::to_allocvec(&headed).unwrap()),
            Err(format!(
                "locations for {count} findings and headings for 1 of {count}"
            ))
        );
        assert_eq!(
            narrative_of(&split.report, b"\xff\xff"),
            Err(String::from("not readable"))
        );
        let mut both = ReportData {
            report: split.report,
            narrative_file: Some(String::from("data/seed-text.bin")),
            texts: None,
        };
        both.report.narrative = report.narrative.clone();
        assert_eq!(
            both.check(),
            Err(String::from(
                "the narrative is both in the file and in data/seed-text.bin"
            ))
        );
    }

    #[test]
    fn long_texts_ship_apart_in_parts_and_whole_and_come_back() {
        let report = many_findings();
        let count = report.findings.len();
        let split = ReportData::split(&report).unwrap();
        let bytes = split.texts.expect("the texts ship apart");
        let (whole, parts) = (&bytes.whole, &bytes.parts);
        assert!(split.report.findings.iter().all(|f| f.text().is_none()));
        assert_eq!(parts.len(), count.div_ceil(FINDINGS_PER_PART));
        let files = TextFiles::named("Seed", &bytes);
        let data = shipped(&ReportData {
            report: split.report,
            narrative_file: None,
            texts: Some(files.clone()),
        })
        .unwrap();
        assert_eq!(data.texts, Some(files.clone()));
        assert!(!data.report.texts_in_hand());

        // A part gives its findings their texts, and no others.
        let last = parts.len() - 1;
        let range = TextFiles::part_range(last, count);
        assert_eq!(TextFiles::part_of(count - 1), last);
        let texts: Vec<FindingText> = postcard::from_bytes(&parts[last]).unwrap();
        assert_eq!(data.report.fill_texts(range.clone(), texts), Ok(()));
        assert_eq!(data.report.findings[count - 1], report.findings[count - 1]);
        assert!(data.report.findings[range.start - 1].text().is_none());

        // The whole gives every finding its text: the report is as parsed.
        let texts: Vec<FindingText> = postcard::from_bytes(whole).unwrap();
        assert_eq!(data.report.fill_texts(0..count, texts), Ok(()));
        assert!(data.report.texts_in_hand());
        assert_eq!(data.report, report);
    }

    /// What texts that ship apart as `whole`, with words `words`, would be.
    fn text_bytes(whole: &[u8], words: &[u8]) -> TextBytes {
        TextBytes {
            whole: whole.to_vec(),
            parts: Vec::new(),
            words: words.to_vec(),
            shards: vec![b"shard".to_vec()],
        }
    }

    #[test]
    fn a_narrative_apart_brings_the_headings_when_the_words_ship_apart_too() {
        let narrative_of_split = |report: &Report| {
            let split = ReportData::split(report).unwrap();
            let bytes = split.narrative.expect("the narrative ships apart");
            narrative_of(&split.report, &bytes).unwrap()
        };
        assert!(
            narrative_of_split(&long_report()).headings.is_empty(),
            "the words are in the data file"
        );
        let mut report = many_findings();
        let filler = long_report().narrative.split_off(report.narrative.len());
        report.narrative.extend(filler);
        let narrative = narrative_of_split(&report);
        let headings: Vec<&str> = report.findings.iter().map(|f| f.heading()).collect();
        assert_eq!(narrative.headings, headings);
    }

    #[test]
    fn texts_apart_are_named_after_their_bytes() {
        let files = TextFiles::named("Brussels 2014", &text_bytes(b"texts", b"words"));
        let whole = files.whole();
        let hash = whole
            .strip_prefix("data/brussels-2014-texts-")
            .and_then(|rest| rest.strip_suffix(".bin"))
            .expect("the whole under data/");
        assert_eq!(hash.len(), 16);
        let stem = format!("data/parts/brussels-2014-texts-{hash}");
        assert_eq!(files.part_file(3), format!("{stem}-3.bin"));
        assert_eq!(files.words_file(), format!("{stem}-words.bin"));
        assert_eq!(files.shard_file(3), format!("{stem}-shard-3.bin"));
        for other in [text_bytes(b"other", b"words"), text_bytes(b"texts", b"other")] {
            assert_ne!(TextFiles::named("Brussels 2014", &other).whole(), whole);
        }
        assert_eq!(
            TextFiles::part_range(1, FINDINGS_PER_PART + 3),
            FINDINGS_PER_PART..FINDINGS_PER_PART + 3
        );
        assert_eq!(
            TextFiles::part_range(2, FINDINGS_PER_PART + 3),
            FINDINGS_PER_PART + 3..FINDINGS_PER_PART + 3
        );
    }

    #[test]
    fn texts_that_do_not_fit_or_are_missing_are_refused() {
        let report = many_findings();
        let split = ReportData::split(&report).unwrap();
        let texts = || {
            report.findings[..2]
                .iter()
                .map(|f| f.text().unwrap().clone())
                .collect::<Vec<_>>()
        };
        let count = report.findings.len();
        assert_eq!(
            split.report.fill_texts(0..3, texts()),
            Err(format!("2 texts for findings 1–3 of {count}"))
        );
        assert_eq!(
            split.report.fill_texts(count - 1..count + 1, texts()),
            Err(format!("2 texts for findings {count}–{} of {count}", count + 1))
        );
        let none = ReportData {
            report: split.report,
            narrative_file: None,
            texts: None,
        };
        assert_eq!(none.check(), Err(String::from("some findings have no text")));
        let both = ReportData {
            report,
            narrative_file: None,
            texts: Some(TextFiles::named("seed", &text_bytes(b"", b""))),
        };
        assert_eq!(
            both.check(),
            Err(String::from(
                "the findings' texts ship apart, yet some are in the file"
            ))
        );
    }
}
