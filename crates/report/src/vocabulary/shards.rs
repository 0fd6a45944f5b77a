//! A long report's words as they ship apart: every word with how many findings it is in, which
//! a search's first step needs (the words it matches, and corrections), then where each occurs,
//! in shards of neighbouring words fetched as searches need them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Occurrences, Vocabulary};
use crate::relevance::FIELD_BITS;
use crate::word_ids::WordIds;

/// The bytes (postcard) of occurrences a shard holds, but for a word alone that has more: at
/// 10,000 realistic findings, about 4.5 KB once compressed, so that a search fetches little more
/// than its words' occurrences (most searches need one or two shards).
pub const SHARD_BYTES: usize = 8192;

/// A report's words as they ship apart, a search's first need: every word, folded, in
/// alphabetical order (of their bytes), each written as what it does not share with the word
/// before it (a fifth smaller once compressed than the words whole).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordList {
    /// How many bytes each word shares with the start of the word before it (at most 255).
    pub shared: Vec<u8>,
    /// The rest of each word, each followed by a newline.
    pub rest: String,
    /// How many findings each word occurs in.
    pub counts: Vec<u32>,
    /// Where each shard of occurrences starts, as the place of its first word in the list.
    pub shards: Vec<u32>,
}

/// A shard's occurrences as they ship: each of its words' in turn, each occurrence as the
/// number of findings since the word's previous one (from 0 for its first), shifted left by
/// [`FIELD_BITS`], with the fields it occurs in (see [`Vocabulary::occurrences`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Postings(pub Vec<Vec<u32>>);

/// How many bytes postcard writes for `value` (a varint).
#[cfg(feature = "parse")]
fn varint_len(value: u32) -> usize {
    (32 - value.leading_zeros() as usize).div_ceil(7).max(1)
}

impl Vocabulary {
    /// Its words and their occurrences as they ship, in alphabetical order, in shards of about
    /// [`SHARD_BYTES`].
    #[cfg(feature = "parse")]
    pub fn ship(&self) -> (WordList, Vec<Postings>) {
        let mut order: Vec<u32> = (0..u32::try_from(self.words.len()).unwrap_or(u32::MAX)).collect();
        order.sort_by_key(|&id| self.word(id));
        let mut shards: Vec<u32> = Vec::new();
        let mut postings: Vec<Postings> = Vec::new();
        let mut bytes = 0;
        for (at, &id) in order.iter().enumerate() {
            let mut finding = 0;
            let list: Vec<u32> = self
                .occurrences(id)
                .iter()
                .map(|&occurrence| {
                    let since = (occurrence >> FIELD_BITS) - finding;
                    finding = occurrence >> FIELD_BITS;
                    since << FIELD_BITS | occurrence & ((1 << FIELD_BITS) - 1)
                })
                .collect();
            let size = varint_len(list.len() as u32) + list.iter().map(|&v| varint_len(v)).sum::<usize>();
            match postings.last_mut() {
                Some(shard) if bytes + size <= SHARD_BYTES => {
                    shard.0.push(list);
                    bytes += size;
                }
                _ => {
                    shards.push(u32::try_from(at).unwrap_or(u32::MAX));
                    postings.push(Postings(vec![list]));
                    bytes = size;
                }
            }
        }
        let (mut shared, mut rest, mut before) = (Vec::new(), String::new(), "");
        for &id in &order {
            let word = self.word(id);
            let mut common = before.len().min(word.len()).min(255);
            while !word.is_char_boundary(common) || before.as_bytes()[..common] != word.as_bytes()[..common] {
                common -= 1;
            }
            shared.push(common as u8);
            rest.push_str(&word[common..]);
            rest.push('\n');
            before = word;
        }
        let list = WordList {
            shared,
            rest,
            counts: order
                .iter()
                .map(|&id| u32::try_from(self.findings_with(id)).unwrap_or(u32::MAX))
                .collect(),
            shards,
        };
        (list, postings)
    }

    /// The vocabulary of a word list that shipped apart, none of its words' occurrences in hand
    /// yet; or why the list cannot be one.
    pub fn shipped(list: WordList) -> Result<Self, String> {
        let mut words = WordIds::default();
        let mut word = String::new();
        let rests = list.rest.split_terminator('\n');
        for (at, (&shared, rest)) in list.shared.iter().zip(rests).enumerate() {
            let shared = usize::from(shared);
            if !word.is_char_boundary(shared) || shared > word.len() {
                return Err(format!(
                    "the word list's word {} shares more than the word before",
                    at + 1
                ));
            }
            let before = std::mem::take(&mut word);
            word.push_str(&before[..shared]);
            word.push_str(rest);
            if at > 0 && before >= word || word.is_empty() {
                return Err(format!("the word list is out of order at \u{201c}{word}\u{201d}"));
            }
            words.add(&word);
        }
        let count = words.len();
        let shards_fit = list.shards.first().is_none_or(|&first| first == 0)
            && list.shards.windows(2).all(|pair| pair[0] < pair[1])
            && list
                .shards
                .last()
                .is_none_or(|&last| (last as usize) < count.max(1));
        let lines = list.rest.split_terminator('\n').count();
        if list.shared.len() != count
            || lines != count
            || list.counts.len() != count
            || list.counts.contains(&0)
            || !shards_fit
        {
            return Err(format!(
                "the word list's counts or shards do not fit its {count} words"
            ));
        }
        let postings = list.shards.iter().map(|_| OnceLock::new()).collect();
        let none = Occurrences::of(Vec::new());
        Ok(Self::of_words(words, none, list.counts, list.shards, postings))
    }

    /// The words of shard `shard`, by id.
    fn shard_words(&self, shard: usize) -> std::ops::Range<u32> {
        let end = self.shards.get(shard + 1).copied();
        self.shards[shard]..end.unwrap_or(u32::try_from(self.words.len()).unwrap_or(u32::MAX))
    }

    /// Gives shard `shard` the occurrences that came for it, in a report of `findings` findings;
    /// or says why they do not fit.
    pub fn fill(&self, shard: usize, postings: Postings, findings: usize) -> Result<(), String> {
        let Some(slot) = self.postings.get(shard) else {
            return Err(format!("there is no shard {shard}"));
        };
        let words = self.shard_words(shard);
        let fits = postings.0.len() == words.len()
            && words
                .clone()
                .zip(&postings.0)
                .all(|(id, list)| list.len() == self.counts[id as usize] as usize);
        if !fits {
            return Err(format!("shard {shard} does not fit the word list"));
        }
        let mut lists = postings.0;
        for list in &mut lists {
            let mut finding: u32 = 0;
            for occurrence in list.iter_mut() {
                finding = finding.saturating_add(*occurrence >> FIELD_BITS);
                if finding as usize >= findings {
                    return Err(format!("shard {shard} names a finding the report lacks"));
                }
                *occurrence = finding << FIELD_BITS | *occurrence & ((1 << FIELD_BITS) - 1);
            }
        }
        // Set once: a shard that came twice is the same.
        let _ = slot.set(Occurrences::of(lists));
        Ok(())
    }
}
