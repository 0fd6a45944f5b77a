//! A report read block by block, so that no more than one entry's blocks are held at a time.

use super::blocks::Node;
use super::entries::{self, FindingReader, Unlocated};
use super::narrative::Narrative;
use super::passages;
use super::problem::Problem;
use super::sections::{Entries, Entry, Route, Splitter};
use crate::model::{Finding, Speaker, Theme};

/// A report being read block by block: its sections followed, themes and speakers read when
/// their sections end, each finding as soon as its entry does (once the themes and speakers are
/// known), the narrative block by block; passages are found in it at the end.
pub(super) struct Read {
    splitter: Splitter,
    /// The entries of the themes', speakers' and findings' sections.
    entries: [Entries; 3],
    theme_entries: Vec<Entry>,
    speaker_entries: Vec<Entry>,
    themes: Option<Vec<Theme>>,
    speakers: Option<Vec<Speaker>>,
    /// Finding entries that ended before the themes and speakers were known.
    waiting: Vec<Entry>,
    reader: Option<FindingReader>,
    findings: Vec<Unlocated>,
    narrative: Narrative,
}

impl Default for Read {
    fn default() -> Self {
        Self {
            splitter: Splitter::default(),
            entries: [
                Entries::new("theme"),
                Entries::new("speaker"),
                Entries::new("finding"),
            ],
            theme_entries: Vec::new(),
            speaker_entries: Vec::new(),
            themes: None,
            speakers: None,
            waiting: Vec::new(),
            reader: None,
            findings: Vec::new(),
            narrative: Narrative::default(),
        }
    }
}

impl Read {
    /// Takes the document's next top-level block.
    pub fn read_block(&mut self, node: Node, problems: &mut Vec<(usize, Problem)>) {
        let before = self.splitter.current();
        let route = self.splitter.route(&node, problems);
        if let Some(left) = before.filter(|&was| self.splitter.current() != Some(was)) {
            self.end_section(left, problems);
        }
        match route {
            Route::Nowhere => {}
            Route::Into(3) => self.narrative.add_block(node, problems),
            Route::Into(section) => {
                if let Some(entry) = self.entries[section].push(node, problems) {
                    self.ended(section, entry, problems);
                }
            }
        }
    }

    /// An entry of `section` has ended.
    fn ended(&mut self, section: usize, entry: Entry, problems: &mut Vec<(usize, Problem)>) {
        match (section, &mut self.reader) {
            (0, _) => self.theme_entries.push(entry),
            (1, _) => self.speaker_entries.push(entry),
            (_, Some(reader)) => self.findings.push(reader.read(&entry, problems)),
            (_, None) => self.waiting.push(entry),
        }
    }

    /// `section` has ended: its last entry too, and the themes or speakers are then known.
    fn end_section(&mut self, section: usize, problems: &mut Vec<(usize, Problem)>) {
        if section == 3 {
            return;
        }
        if let Some(entry) = self.entries[section].finish() {
            self.ended(section, entry, problems);
        }
        match section {
            0 => {
                self.themes = Some(entries::themes(
                    &std::mem::take(&mut self.theme_entries),
                    problems,
                ))
            }
            1 => {
                self.speakers = Some(entries::speakers(
                    &std::mem::take(&mut self.speaker_entries),
                    problems,
                ))
            }
            _ => {}
        }
        if self.reader.is_none()
            && let (Some(themes), Some(speakers)) = (&self.themes, &self.speakers)
        {
            self.start_reading(FindingReader::new(themes, speakers), problems);
        }
    }

    /// Reads findings from now on with `reader`, first those that were waiting for it.
    fn start_reading(&mut self, mut reader: FindingReader, problems: &mut Vec<(usize, Problem)>) {
        for entry in std::mem::take(&mut self.waiting) {
            self.findings.push(reader.read(&entry, problems));
        }
        self.reader = Some(reader);
    }

    /// The report's parts, once every block has been read from `source`, which ends at `end`.
    pub fn finish(
        mut self,
        source: &str,
        end: usize,
        problems: &mut Vec<(usize, Problem)>,
    ) -> (Vec<Theme>, Vec<Speaker>, Vec<Finding>, Narrative) {
        if let Some(section) = self.splitter.current() {
            self.end_section(section, problems);
        }
        // A section never given is empty; its problem is noted by the splitter.
        for section in [0, 1] {
            let known = if section == 0 {
                self.themes.is_some()
            } else {
                self.speakers.is_some()
            };
            if !known {
                self.end_section(section, problems);
            }
        }
        std::mem::take(&mut self.splitter).finish(end, problems);
        let findings = passages::locate_passages(self.findings, &self.narrative, source, problems);
        (
            self.themes.unwrap_or_default(),
            self.speakers.unwrap_or_default(),
            findings,
            self.narrative,
        )
    }
}
