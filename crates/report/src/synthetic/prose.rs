//! The `# Report` narrative as it is written: sentences into paragraphs, now and then a sub-heading.

use super::language::Language;
use super::random::Random;

/// The narrative so far, and how far its current paragraph and part have come.
pub(super) struct Narrative {
    text: String,
    sentences: usize,
    paragraph_length: usize,
    paragraphs: usize,
    part_length: usize,
}

/// A sentence length for running prose: mostly 10 to 30 words, a few as short as 4 or as long as 40.
pub(super) fn sentence_length(random: &mut Random) -> usize {
    4 + random.below(13) + random.below(13) + random.below(13)
}

/// `total` split into `parts` numbers of at least 5 each (`total` ≥ 5 × `parts`).
pub(super) fn split(random: &mut Random, total: usize, parts: usize) -> Vec<usize> {
    let mut left = total;
    (0..parts)
        .rev()
        .map(|after| {
            let size = if after == 0 {
                left
            } else {
                random.between(5, left - 5 * after)
            };
            left -= size;
            size
        })
        .collect()
}

impl Narrative {
    /// A narrative that opens with a paragraph of its own, quoted by no finding.
    pub fn new(random: &mut Random, language: &Language, findings: usize) -> Self {
        let mut narrative = Self {
            text: String::with_capacity(findings * 300),
            sentences: 0,
            paragraph_length: random.between(2, 4),
            paragraphs: 0,
            part_length: random.between(10, 30),
        };
        for _ in 0..narrative.paragraph_length {
            narrative.filler(random, language, None);
        }
        narrative.end_paragraph(random, language);
        narrative
    }

    /// Adds a sentence quoted by no finding, with `subject` (a speaker) as its subject if given.
    pub fn filler(&mut self, random: &mut Random, language: &Language, subject: Option<&str>) {
        let mut sentence = String::new();
        let words = sentence_length(random);
        match subject {
            Some(subject) => {
                sentence.push_str(subject);
                super::language::capitalize_from(&mut sentence, 0);
                sentence.push(' ');
                language.sentence(random, words, false, &[], &mut sentence);
            }
            None => language.sentence(random, words, true, &[], &mut sentence),
        }
        self.add(&sentence);
    }

    /// Adds text (one sentence or more) to the current paragraph.
    pub fn add(&mut self, text: &str) {
        if self.sentences > 0 {
            self.text.push(' ');
        }
        self.text.push_str(text);
        self.sentences += 1;
    }

    /// Ends the paragraph if it is long enough; after some paragraphs, starts a part with a heading.
    pub fn maybe_end_paragraph(&mut self, random: &mut Random, language: &Language) {
        if self.sentences >= self.paragraph_length {
            self.end_paragraph(random, language);
        }
    }

    fn end_paragraph(&mut self, random: &mut Random, language: &Language) {
        self.text.push_str("\n\n");
        self.sentences = 0;
        self.paragraph_length = random.between(2, 8);
        self.paragraphs += 1;
        if self.paragraphs >= self.part_length {
            self.paragraphs = 0;
            self.part_length = random.between(10, 30);
            let words = random.between(3, 8);
            let heading = language.heading(random, words);
            self.text.push_str("## ");
            self.text.push_str(&heading);
            self.text.push_str("\n\n");
        } else if random.chance(0.02) {
            let words = random.between(4, 9);
            let caption = language.title(random, words);
            self.text.push('*');
            self.text.push_str(&caption);
            self.text.push_str("*\n\n");
        }
    }

    /// The narrative's Markdown, ending in one line break.
    pub fn finish(mut self) -> String {
        let end = self.text.trim_end().len();
        self.text.truncate(end);
        self.text.push('\n');
        self.text
    }
}
