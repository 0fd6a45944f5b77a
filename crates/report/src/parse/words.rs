//! An index of a text's words, so that finding a passage reads only the places it can stand.

use std::collections::HashMap;

/// A text of words separated by single spaces, with where each word starts in it.
pub(super) struct Words<'t> {
    text: &'t str,
    starts: HashMap<&'t str, Vec<usize>>,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut at = 0;
        for word in text.split(' ') {
            if !word.is_empty() {
                starts.entry(word).or_default().push(at);
            }
            at += word.len() + 1;
        }
        Self { text, starts }
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
        let (offset, starts) = inner
            .iter()
            .map(|(offset, word)| (*offset, self.starts.get(word).map_or(&[][..], Vec::as_slice)))
            .min_by_key(|(_, starts)| starts.len())?;
        starts
            .iter()
            .filter_map(|&start| start.checked_sub(offset))
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
}
