//! The narrative's text closest to a passage it does not hold word for word, and where they part.

use std::collections::HashMap;

use super::words::Words;

/// At most this many of a passage's words are looked up, from its start.
const VOTING_WORDS: usize = 64;

/// At most this many occurrences of them are counted for one passage (the rarest words first), so
/// that a passage costs the same in a short report and in one of 40 MB.
const VOTES: usize = 512;

/// At most this many of the best-placed starts are compared word by word.
const COMPARED: usize = 4;

/// How far (in words) a comparison looks ahead to find the two texts in step again after a word
/// one of them lacks.
const RESYNC: usize = 3;

/// Where the passage and the narrative part: passage word `passage`, against narrative word
/// `narrative` (which is [`Words::len`] when the narrative ends first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Parting {
    pub passage: usize,
    pub narrative: usize,
}

/// Where `passage` (its words) best lines up with the narrative and where the two first part;
/// `None` when no place has even half of its words in step (nothing close).
pub(super) fn closest(words: &Words<'_>, passage: &[&str]) -> Option<Parting> {
    let mut voters: Vec<(usize, &[u32])> = passage
        .iter()
        .take(VOTING_WORDS)
        .enumerate()
        .map(|(i, word)| (i, words.occurrences(word)))
        .filter(|(_, found)| !found.is_empty())
        .collect();
    voters.sort_by_key(|(_, found)| found.len());
    // Each occurrence of passage word i at narrative word n votes for the passage starting at n - i.
    let mut votes: HashMap<usize, u32> = HashMap::new();
    let mut budget = VOTES;
    for (i, found) in voters {
        for &n in found.iter().take(budget) {
            if let Some(start) = (n as usize).checked_sub(i) {
                *votes.entry(start).or_default() += 1;
            }
        }
        budget = budget.saturating_sub(found.len());
        if budget == 0 {
            break;
        }
    }
    let mut starts: Vec<(usize, u32)> = votes.into_iter().collect();
    starts.sort_by_key(|&(start, count)| (std::cmp::Reverse(count), start));
    starts
        .into_iter()
        .take(COMPARED)
        .map(|(start, _)| compare(words, passage, start))
        .enumerate()
        .filter(|(_, (matched, _))| matched * 2 >= passage.len())
        // The most words in step; then the longest start in step; then the most votes.
        .max_by_key(|&(rank, (matched, parting))| {
            (matched, parting.map(|p| p.passage), std::cmp::Reverse(rank))
        })
        .and_then(|(_, (_, parting))| parting)
}

/// Whether passage word `i` stands for `found`: the first may be the end of a word and the last
/// the start of one, as a passage may start or end inside a word.
fn same(passage: &[&str], i: usize, found: &str) -> bool {
    let word = passage[i];
    match (i == 0, i + 1 == passage.len()) {
        (true, true) => found.contains(word),
        (true, false) => found.ends_with(word),
        (false, true) => found.starts_with(word),
        (false, false) => found == word,
    }
}

/// Compares the passage with the narrative from narrative word `start`, a word at a time, getting
/// back in step after a few words one side lacks: how many words are in step, and where they
/// first part.
fn compare(words: &Words<'_>, passage: &[&str], start: usize) -> (usize, Option<Parting>) {
    let (mut i, mut n, mut matched) = (0, start, 0);
    let mut parting = None;
    let at = |n: usize| (n < words.len()).then(|| words.word(n));
    while i < passage.len() {
        if at(n).is_some_and(|found| same(passage, i, found)) {
            matched += 1;
            i += 1;
            n += 1;
            continue;
        }
        parting.get_or_insert(Parting {
            passage: i,
            narrative: n.min(words.len()),
        });
        if n >= words.len() {
            break;
        }
        let ahead = (1..=RESYNC).find_map(|k| {
            if at(n + k).is_some_and(|found| same(passage, i, found)) {
                Some((0, k))
            } else if i + k < passage.len() && same(passage, i + k, words.word(n)) {
                Some((k, 0))
            } else {
                None
            }
        });
        let (skip_passage, skip_narrative) = ahead.unwrap_or((1, 1));
        i += skip_passage;
        n += skip_narrative;
    }
    (matched, parting)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parting(text: &str, passage: &str) -> Option<(String, String)> {
        let words = Words::new(text);
        let passage: Vec<&str> = passage.split(' ').collect();
        closest(&words, &passage).map(|p| {
            let found = if p.narrative < words.len() {
                words.word(p.narrative)
            } else {
                "(end)"
            };
            (passage[p.passage].to_owned(), found.to_owned())
        })
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_owned(), b.to_owned()))
    }

    const TEXT: &str = "The tide came in. A key finding of her research is the centrality of the \
        recruitment process, as this lies at the start. The tide went out.";

    #[test]
    fn the_first_word_that_differs_is_found_where_the_passage_lines_up_best() {
        assert_eq!(
            parting(TEXT, "her research is the centrality of the recruitmant process,"),
            pair("recruitmant", "recruitment")
        );
        assert_eq!(
            parting(TEXT, "Her research is the centrality"),
            pair("Her", "her")
        );
        assert_eq!(
            parting(TEXT, "research is the very centrality of the recruitment"),
            pair("very", "centrality"),
            "a word the report does not have"
        );
        assert_eq!(
            parting(TEXT, "research is the of the recruitment process,"),
            pair("of", "centrality"),
            "a word the passage leaves out"
        );
        assert_eq!(
            parting(TEXT, "start. The tide went out. And came back"),
            pair("And", "(end)")
        );
        assert_eq!(parting(TEXT, "ide came in, A key"), pair("in,", "in."));
    }

    #[test]
    fn nothing_is_close_when_less_than_half_the_words_line_up() {
        assert_eq!(parting(TEXT, "storms were longer than any of us recalled"), None);
        assert_eq!(parting(TEXT, "nothing here"), None);
    }
}
