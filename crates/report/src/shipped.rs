//! A report as its data file holds it: whole, or, when its narrative is long, without it; the
//! narrative then ships in a file of its own, fetched when a reader opens the report's text.

use serde::{Deserialize, Serialize};

use crate::model::Report;

/// The size (postcard bytes) from which a narrative ships apart: 15 to 25 KB once compressed
/// (brotli makes the synthetic reports' narratives 3.9 to 6.5 times smaller), about what a phone
/// on a slow connection (1.6 Mbit/s, 150 ms round trip: Lighthouse's "slow 4G") downloads in the
/// time of the one extra round trip that fetching it apart costs. Below it, one file is as quick;
/// above it, the first answer comes sooner by the narrative's download, which most readers never
/// need.
pub const NARRATIVE_APART_BYTES: usize = 100_000;

/// A report's data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportData {
    /// The report; its narrative is empty when it ships apart.
    pub report: Report,
    /// The data file of the narrative (its path in the site), when it ships apart.
    pub narrative_file: Option<String>,
}

impl ReportData {
    /// The report's data file for `report`, and the narrative's bytes when they ship apart (the
    /// caller writes them and names the file in `narrative_file`).
    #[cfg(feature = "parse")]
    pub fn split(report: &Report) -> Result<(Report, Option<Vec<u8>>), postcard::Error> {
        let narrative = postcard::to_allocvec(&report.narrative)?;
        if narrative.len() < NARRATIVE_APART_BYTES {
            return Ok((report.clone(), None));
        }
        let without = Report {
            narrative: Vec::new(),
            ..report.clone()
        };
        Ok((without, Some(narrative)))
    }

    /// Checks every cross-reference that can be checked before the narrative is in: all of them
    /// for a whole report; with the narrative apart, those to speakers and themes (the passages'
    /// are checked against the narrative when it comes: [`Report::check_passages`]).
    pub fn check(&self) -> Result<(), String> {
        match (&self.narrative_file, self.report.narrative.is_empty()) {
            (None, _) => self.report.check_references(),
            (Some(_), true) => self.report.check_people_and_themes(),
            (Some(file), false) => Err(format!("the narrative is both in the file and in {file}")),
        }
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
    fn narrative_of(report: &Report, bytes: &[u8]) -> Result<Vec<Block>, String> {
        let narrative: Vec<Block> = postcard::from_bytes(bytes).map_err(|_| String::from("not readable"))?;
        report.check_passages(&narrative)?;
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

    #[test]
    fn a_short_narrative_stays_in_the_report() {
        let report = seed_report();
        let (shipped, apart) = ReportData::split(&report).unwrap();
        assert_eq!((shipped, apart), (report.clone(), None));
        let data = ReportData {
            report,
            narrative_file: None,
        };
        assert_eq!(data.check(), Ok(()));
    }

    #[test]
    fn a_long_narrative_ships_apart_and_comes_back_whole() {
        let report = long_report();
        let (shipped, apart) = ReportData::split(&report).unwrap();
        let bytes = apart.expect("the narrative ships apart");
        assert!(shipped.narrative.is_empty());
        assert_eq!(shipped.findings, report.findings);
        let data = ReportData {
            report: shipped,
            narrative_file: Some(String::from("data/seed-text.bin")),
        };
        assert_eq!(data.check(), Ok(()));
        assert_eq!(
            narrative_of(&data.report, &bytes).map(|n| n == report.narrative),
            Ok(true)
        );
    }

    #[test]
    fn a_narrative_that_does_not_fit_the_findings_is_refused() {
        let report = long_report();
        let (shipped, _) = ReportData::split(&report).unwrap();
        let other = postcard::to_allocvec(&report.narrative[..1]).unwrap();
        assert_eq!(
            narrative_of(&shipped, &other),
            Err(format!(
                "finding \u{201c}{}\u{201d} refers to a missing part of the report",
                shipped
                    .findings
                    .iter()
                    .find(|f| f.locations.iter().any(|l| l.block > 0))
                    .unwrap()
                    .id
            ))
        );
        assert_eq!(
            narrative_of(&shipped, b"\xff\xff"),
            Err(String::from("not readable"))
        );
        let both = ReportData {
            report,
            narrative_file: Some(String::from("data/seed-text.bin")),
        };
        assert_eq!(
            both.check(),
            Err(String::from(
                "the narrative is both in the file and in data/seed-text.bin"
            ))
        );
    }
}
