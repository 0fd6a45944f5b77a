//! An index of a text's words, so that finding a passage reads only the places it can stand.

use std::collections::HashMap;

/// A text of words separated by single spaces, with where each word starts in it and where each
/// distinct word stands, by number (texts are under 4 GiB, so numbers and offsets fit in `u32`).
pub(super) struct Words<'t> {
    text: &'t str,
    /// The byte offset of each word, by its number.
    offsets: Vec<u32>,
    /// The numbers of each distinct word's occurrences, in order.
    numbers: HashMap<&'t str, Vec<u32>>,
}

/// An offset or count as stored; texts of 4 GiB or more are not read.
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut numbers: HashMap<&str, Vec<u32>> = HashMap::new();
        let mut offsets = Vec::new();
        let mut at = 0;
        for word in text.split(' ') {
            if !word.is_empty() {
                numbers.entry(word).or_default().push(small(offsets.len()));
                offsets.push(small(at));
            }
            at += word.len() + 1;
        }
        Self {
            text,
            offsets,
            numbers,
        }
    }

    /// How many words the text has.
    pub fn len(&self) -> usize {
        self.offsets.len()
    }

    /// Where word `n` starts in the text.
    pub fn offset(&self, n: usize) -> usize {
        self.offsets[n] as usize
    }

    /// Word `n`.
    pub fn word(&self, n: usize) -> &'t str {
        let start = self.offset(n);
        let rest = &self.text[start..];
        &rest[..rest.find(' ').unwrap_or(rest.len())]
    }

    /// The numbers of the words equal to `word`, in order.
    pub fn occurrences(&self, word: &str) -> &[u32] {
        self.numbers.get(word).map_or(&[][..], Vec::as_slice)
    }

    /// Where `wanted` (words separated by single spaces) first stands in the text, as
    /// [`str::find`] says: it may start or end inside a word. A passage of three words or more
    /// is looked for only where its rarest inner word stands, since inner words stand whole.
    pub fn find(&self, wanted: &str) -> Option<usize> {
        let mut words = Vec::new();
        let mut at = 0;
        for word in wanted.split(' ') {
            words.push((at, word));
            at += word.len() + 1;
        }
        let inner = match words.as_slice() {
            [_, inner @ .., _] if !inner.is_empty() => inner,
            _ => return self.text.find(wanted),
        };
        let (offset, numbers) = inner
            .iter()
            .map(|(offset, word)| (*offset, self.occurrences(word)))
            .min_by_key(|(_, numbers)| numbers.len())?;
        numbers
            .iter()
            .filter_map(|&n| self.offset(n as usize).checked_sub(offset))
            .find(|&start| self.text.as_bytes()[start..].starts_with(wanted.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_are_found_where_str_find_finds_them() {
        let text = "the tide came in. the tide came in fast, then the tide went out. née tide came";
        let words = Words::new(text);
        for wanted in [
            "the tide came in",
            "tide came in fast",
            "ide came in fast, th",
            "the tide went out.",
            "e tide came",
            "tide",
            "came in",
            "n. the",
            "the tide left",
            "tide came in slowly",
            "in fast, the tide",
            "née tide came",
            "ée tide came",
            "ne tide came",
        ] {
            assert_eq!(words.find(wanted), text.find(wanted), "{wanted}");
        }
    }

    #[test]
    fn words_are_numbered_in_order() {
        let words = Words::new("the tide came in. the tide");
        assert_eq!(words.len(), 6);
        assert_eq!((words.word(3), words.offset(3)), ("in.", 14));
        assert_eq!(words.occurrences("tide"), [1, 5]);
        assert_eq!(words.occurrences("storm"), [] as [u32; 0]);
    }
}
