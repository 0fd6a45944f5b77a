//! A report's words, each once, with its stem and the findings and fields it occurs in: word forms and misspellings are looked up here, not in the findings' text.

mod shards;

use std::sync::OnceLock;

use crate::edits::{edit_distance, letter_mask};
use crate::relevance::{FIELD_BITS, Field};
use crate::search::words_of;
use crate::stem::stem;
use crate::word_ids::WordIds;

/// The ids `0..members.len()` grouped by `members[id]` (each below `groups`): where each group
/// starts in the list, with the end after the last group's, and the list, each group's ids in
/// order.
fn grouped(members: &[u32], groups: usize) -> (Vec<u32>, Vec<u32>) {
    let mut starts = vec![0; groups + 1];
    for &group in members {
        starts[group as usize + 1] += 1;
    }
    for at in 1..starts.len() {
        starts[at] += starts[at - 1];
    }
    let mut next = starts.clone();
    let mut list = vec![0; members.len()];
    for (id, &group) in members.iter().enumerate() {
        list[next[group as usize] as usize] = u32::try_from(id).unwrap_or(u32::MAX);
        next[group as usize] += 1;
    }
    (starts, list)
}

/// A word of the report near a word that matches nothing, and how near.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Near {
    /// The report's word, by id.
    pub word: u32,
    /// How many edits part it from the word looked for.
    pub edits: usize,
}

pub use shards::{Postings, SHARD_BYTES, WordList};

/// Where some of the report's words occur (see [`Vocabulary::occurrences`]): each word's
/// findings in turn, and where each word's list starts, with the end after the last word's.
pub(crate) struct Occurrences {
    starts: Vec<u32>,
    occurrences: Vec<u32>,
}

impl Occurrences {
    /// The occurrences of words given as lists, each word's in turn.
    fn of(lists: impl IntoIterator<Item = Vec<u32>>) -> Self {
        let (mut starts, mut occurrences) = (vec![0], Vec::new());
        for list in lists {
            occurrences.extend(list);
            starts.push(u32::try_from(occurrences.len()).unwrap_or(u32::MAX));
        }
        Self { starts, occurrences }
    }

    /// The occurrences of the `local`th word.
    fn of_word(&self, local: usize) -> &[u32] {
        let (from, to) = (self.starts[local], self.starts[local + 1]);
        &self.occurrences[from as usize..to as usize]
    }
}

/// Every word of a report's findings (their headings, summaries, passages, speakers and themes),
/// folded, each once with its stem and where it occurs. A long report's ship apart (see
/// [`WordList`]): the words first, then where each occurs in shards of neighbouring words, as a
/// search needs them.
pub(crate) struct Vocabulary {
    /// Each word, by id: in alphabetical order (of their bytes) in the long-report app, as they
    /// ship apart, so that each shard holds neighbouring words (see [`crate::APART`]); in the
    /// report app, which never reads them apart, in the order first met (the sorting left out).
    words: WordIds,
    /// Each stem's id.
    stem_ids: WordIds,
    /// Where each stem's words start in `families`, with the end after the last stem's.
    family_starts: Vec<u32>,
    /// Each stem's words in turn, by id.
    families: Vec<u32>,
    /// Where each word occurs, when the words were listed from the findings in hand: their
    /// findings, in report order, as `finding << FIELD_BITS | fields`, the fields being
    /// [`Field::bit`]s.
    in_hand: Occurrences,
    /// When the words shipped apart, how many findings each occurs in, by id.
    counts: Vec<u32>,
    /// When the words shipped apart, the first word of each shard of their occurrences, by id.
    shards: Vec<u32>,
    /// When the words shipped apart, each shard's words' occurrences, once in hand.
    postings: Vec<OnceLock<Occurrences>>,
    /// Every word, each between two newlines: the words that hold a piece of text are found in
    /// one search.
    listed: String,
    /// Where each word starts in `listed`, by id (so in order).
    listed_at: Vec<u32>,
    /// Each word's [`letter_mask`], by id: most words are too far from a misspelling to need
    /// their edits counted.
    masks: Vec<u32>,
}

impl Vocabulary {
    /// The words of each finding's fields, given as (field, folded text) for each finding in turn.
    pub fn new<'a>(findings: impl Iterator<Item = impl Iterator<Item = (Field, &'a str)>>) -> Self {
        let mut words = WordIds::default();
        let mut found: Vec<Vec<u32>> = Vec::new();
        for (finding, fields) in findings.enumerate() {
            let finding = u32::try_from(finding).unwrap_or(u32::MAX) << FIELD_BITS;
            for (field, text) in fields {
                for (_, word) in words_of(text) {
                    let id = words.add(word) as usize;
                    if id == found.len() {
                        found.push(Vec::new());
                    }
                    let list = &mut found[id];
                    match list.last_mut() {
                        Some(last) if *last >> FIELD_BITS << FIELD_BITS == finding => *last |= field.bit(),
                        _ => list.push(finding | field.bit()),
                    }
                }
            }
        }
        if crate::APART {
            // Numbered alphabetically, as the words ship apart: a search then finds the same
            // (the same corrections among words as near), whichever way its words came.
            let mut order: Vec<u32> = (0..u32::try_from(found.len()).unwrap_or(u32::MAX)).collect();
            crate::sort::sort_by_key_unstable(&mut order, |&id| words.word(id));
            let mut sorted = WordIds::default();
            for &id in &order {
                sorted.add(words.word(id));
            }
            found = order
                .iter()
                .map(|&id| std::mem::take(&mut found[id as usize]))
                .collect();
            words = sorted;
        }
        Self::of_words(words, Occurrences::of(found), Vec::new(), Vec::new(), Vec::new())
    }

    /// The vocabulary of `words`, whose occurrences are `in_hand`, or, shipped apart, each word in
    /// `counts` findings, in shards starting at `shards`, some of them in hand in `postings`:
    /// with each word's stem, the words of each stem, and the words listed for looking up pieces
    /// and misspellings.
    fn of_words(
        words: WordIds,
        in_hand: Occurrences,
        counts: Vec<u32>,
        shards: Vec<u32>,
        postings: Vec<OnceLock<Occurrences>>,
    ) -> Self {
        let mut stem_ids = WordIds::default();
        let stem_of: Vec<u32> = words
            .words()
            .iter()
            .map(|word| stem_ids.add(&stem(word)))
            .collect();
        let (family_starts, families) = grouped(&stem_of, stem_ids.len());
        let mut listed = String::from("\n");
        let mut listed_at = Vec::with_capacity(words.len());
        for word in words.words() {
            listed_at.push(u32::try_from(listed.len()).unwrap_or(u32::MAX));
            listed.push_str(word);
            listed.push('\n');
        }
        let masks = words.words().iter().map(|word| letter_mask(word)).collect();
        Self {
            masks,
            words,
            stem_ids,
            family_starts,
            families,
            in_hand,
            counts,
            shards,
            postings,
            listed,
            listed_at,
        }
    }

    /// The word with id `id`.
    pub fn word(&self, id: u32) -> &str {
        self.words.word(id)
    }

    /// The ids of the words whose stem is `stem`.
    pub fn with_stem(&self, stem: &str) -> &[u32] {
        let Some(id) = self.stem_ids.id(stem) else {
            return &[];
        };
        let (from, to) = (
            self.family_starts[id as usize],
            self.family_starts[id as usize + 1],
        );
        &self.families[from as usize..to as usize]
    }

    /// Whether the words shipped apart (only the long-report app reads them so).
    fn apart(&self) -> bool {
        crate::APART && !self.postings.is_empty()
    }

    /// The shard holding the occurrences of the word with id `id`, when the words shipped apart.
    fn shard_of(&self, id: u32) -> usize {
        self.shards
            .partition_point(|&first| first <= id)
            .saturating_sub(1)
    }

    /// Where the word with id `id` occurs: `finding << FIELD_BITS | fields` for each finding;
    /// nothing while its shard is not in hand (see [`Self::missing`]).
    pub fn occurrences(&self, id: u32) -> &[u32] {
        if !self.apart() {
            return self.in_hand.of_word(id as usize);
        }
        let shard = self.shard_of(id);
        match self.postings[shard].get() {
            Some(postings) => postings.of_word((id - self.shards[shard]) as usize),
            None => &[],
        }
    }

    /// The shard holding the occurrences of the word with id `id`, if they are not in hand.
    pub fn missing(&self, id: u32) -> Option<usize> {
        if !self.apart() {
            return None;
        }
        let shard = self.shard_of(id);
        self.postings[shard].get().is_none().then_some(shard)
    }

    /// How many findings the word with id `id` occurs in.
    pub fn findings_with(&self, id: u32) -> usize {
        match self.apart() {
            true => self.counts[id as usize] as usize,
            false => self.occurrences(id).len(),
        }
    }

    /// The ids of the words that hold `piece` (a word of letters and digits, or a part of one),
    /// or with `at_start` that start with it, each once, in order.
    pub fn holding<'a>(&'a self, piece: &'a str, at_start: bool) -> impl Iterator<Item = u32> + 'a {
        // Found by their first letter, the quickest search for a short piece, then compared.
        // The places come in order, so the word holding each is found by walking on from the
        // last one's (a short piece is in most words: a search from scratch each time cost more).
        let first = piece.chars().next().unwrap_or('\n');
        let (mut word, mut last) = (0, None);
        let starts = self.listed.match_indices(first).map(|(at, _)| at);
        starts
            .filter(move |&at| {
                self.listed[at..].starts_with(piece) && (!at_start || self.listed[..at].ends_with('\n'))
            })
            .filter_map(move |at| {
                let at = u32::try_from(at).ok()?;
                if self.listed_at.first().is_none_or(|&start| start > at) {
                    return None;
                }
                while self.listed_at.get(word + 1).is_some_and(|&next| next <= at) {
                    word += 1;
                }
                let id = u32::try_from(word).ok()?;
                (last.replace(id) != Some(id)).then_some(id)
            })
    }

    /// Whether `piece` (a word, or a part of one) occurs in any word (with `at_start`, starts
    /// one), or is a stem of one.
    pub fn matches(&self, piece: &str, at_start: bool) -> bool {
        let held = match at_start {
            true => self.holding(piece, true).next().is_some(),
            false => self.listed.contains(piece),
        };
        held || !self.with_stem(&stem(piece)).is_empty()
    }

    /// The words at most `limit` edits from `word` (see [`edit_distance`]), nearest first, then
    /// those in more findings first, then by id.
    pub fn near(&self, word: &str, limit: usize) -> Vec<Near> {
        let mask = letter_mask(word);
        let letters_apart = |id: usize| {
            let other = self.masks[id];
            (mask & !other).count_ones().max((other & !mask).count_ones()) as usize
        };
        // Sorted as one number: the edits, then how few findings it is in, then the id.
        let mut near: Vec<u64> = (0..self.words.len())
            .filter(|&id| letters_apart(id) <= limit)
            .filter_map(|id| {
                let id = u32::try_from(id).ok()?;
                let edits = edit_distance(word, self.word(id), limit)?;
                let fewer = 0xFF_FFFF - self.findings_with(id).min(0xFF_FFFF) as u64;
                Some((edits as u64) << 56 | fewer << 32 | u64::from(id))
            })
            .collect();
        crate::sort::sort_by_key_unstable(&mut near, crate::sort::itself);
        near.into_iter()
            .map(|key| Near {
                word: key as u32,
                edits: (key >> 56) as usize,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        let findings = [
            vec![
                (Field::Heading, "recruitment online"),
                (Field::Passage, "recruiters recruit"),
            ],
            vec![(Field::Summary, "trafficking, traffickers: trafficked")],
            vec![(Field::Heading, "recruit trafficked"), (Field::Speaker, "ada")],
        ];
        Vocabulary::new(findings.iter().map(|fields| fields.iter().copied()))
    }

    #[test]
    fn each_word_is_listed_once_in_alphabetical_order_with_the_fields_of_each_finding_it_occurs_in() {
        let vocabulary = vocabulary();
        let words: Vec<&str> = (0..8).map(|id| vocabulary.word(id)).collect();
        assert_eq!(
            words,
            [
                "ada",
                "online",
                "recruit",
                "recruiters",
                "recruitment",
                "trafficked",
                "traffickers",
                "trafficking",
            ]
        );
        let (heading, passage) = (Field::Heading.bit(), Field::Passage.bit());
        assert_eq!(
            vocabulary.occurrences(2),
            [passage, 2 << FIELD_BITS | heading],
            "recruit: in finding 0's passage and finding 2's heading"
        );
        assert_eq!(vocabulary.findings_with(2), 2);
        assert_eq!(vocabulary.occurrences(4), [heading]);
    }

    #[test]
    fn words_are_found_by_stem() {
        let vocabulary = vocabulary();
        let named = |ids: &[u32]| ids.iter().map(|&id| vocabulary.word(id)).collect::<Vec<_>>();
        assert_eq!(
            named(vocabulary.with_stem("recruit")),
            ["recruit", "recruiters", "recruitment"]
        );
        assert_eq!(
            named(vocabulary.with_stem("traffick")),
            ["trafficked", "traffickers", "trafficking"]
        );
        assert_eq!(named(vocabulary.with_stem("onlin")), ["online"]);
        assert!(vocabulary.with_stem("recruitm").is_empty());
    }

    #[test]
    fn the_words_holding_a_piece_are_found_once_each() {
        let vocabulary = vocabulary();
        let named = |piece: &str| {
            vocabulary
                .holding(piece, false)
                .map(|id| vocabulary.word(id))
                .collect::<Vec<_>>()
        };
        assert_eq!(named("recruit"), ["recruit", "recruiters", "recruitment"]);
        assert_eq!(named("ad"), ["ada"]);
        assert_eq!(named("a"), ["ada", "trafficked", "traffickers", "trafficking"]);
        assert!(named("nada").is_empty(), "not across words");
    }

    #[test]
    fn the_words_holding_or_starting_with_any_letter_or_pair_are_found() {
        let vocabulary = vocabulary();
        let pieces = ('a'..='z')
            .map(String::from)
            .chain(["re", "ec", "ed", "rs", "ne", "da", "ki"].map(String::from));
        for piece in pieces {
            for at_start in [false, true] {
                let expected: Vec<u32> = (0..8)
                    .filter(|&id| match at_start {
                        true => vocabulary.word(id).starts_with(&piece),
                        false => vocabulary.word(id).contains(&piece),
                    })
                    .collect();
                let found: Vec<u32> = vocabulary.holding(&piece, at_start).collect();
                assert_eq!(found, expected, "{piece}, at a word's start only: {at_start}");
            }
        }
    }

    #[test]
    fn a_piece_matches_when_a_word_holds_it_or_shares_its_stem() {
        let vocabulary = vocabulary();
        assert!(vocabulary.matches("cruit", false));
        assert!(!vocabulary.matches("cruit", true), "not at a word's start");
        assert!(vocabulary.matches("recr", true));
        assert!(vocabulary.matches("recruiting", false), "by stem");
        assert!(!vocabulary.matches("recruting", false));
        assert!(!vocabulary.matches("nada", false), "not across words");
    }

    #[test]
    fn near_words_come_nearest_first_then_commonest() {
        let vocabulary = vocabulary();
        let near: Vec<(&str, usize)> = vocabulary
            .near("recruiter", 2)
            .into_iter()
            .map(|n| (vocabulary.word(n.word), n.edits))
            .collect();
        assert_eq!(near, [("recruiters", 1), ("recruit", 2)]);
        assert!(vocabulary.near("traficking", 0).is_empty());
        let named: Vec<&str> = vocabulary
            .near("trafficker", 1)
            .into_iter()
            .map(|n| vocabulary.word(n.word))
            .collect();
        assert_eq!(
            named,
            ["trafficked", "traffickers"],
            "in two findings, then in one"
        );
        let near = vocabulary.near("traficked", 2);
        assert_eq!((vocabulary.word(near[0].word), near[0].edits), ("trafficked", 1));
    }
}
