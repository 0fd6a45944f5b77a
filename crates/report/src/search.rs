//! Full-text search that ignores case and accents, with match ranges for highlighting.

use std::ops::Range;

use crate::latin;

/// What a character folds to: lowercase, Latin letters as a plain keyboard types them (é → e,
/// ș → s, þ → th), combining accents dropped, typographic quotes and dashes made plain.
fn fold_char(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        if let Some(plain) = latin::plain(lower) {
            out.push_str(plain);
            continue;
        }
        let plain = match lower {
            '\u{300}'..='\u{36F}' => continue,
            '‘' | '’' | '‚' | '′' | '`' => '\'',
            '“' | '”' | '„' | '″' => '"',
            '‐' | '‑' | '–' | '—' => '-',
            other => other,
        };
        out.push(plain);
    }
}

/// Folds text for matching: lowercase, accents removed, quotes and dashes made plain.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folds text and, for each byte of the result, the byte range of the character it came from,
/// with the combining accents that follow it (which fold to nothing), so that a highlight never
/// parts a letter from its accents.
fn fold_mapped(text: &str) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len());
    let mut map: Vec<Range<usize>> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let (before, end) = (out.len(), at + c.len_utf8());
        fold_char(c, &mut out);
        if out.len() == before {
            for range in map.iter_mut().rev().take_while(|range| range.end == at) {
                range.end = end;
            }
        } else {
            map.extend(std::iter::repeat_n(at..end, out.len() - before));
        }
    }
    (out, map)
}

/// At most this many words of a search are used, from its start.
pub const SEARCH_WORDS: usize = 32;

/// At most this many characters of a search are used, from its start.
pub const SEARCH_CHARS: usize = 400;

/// The part of a search that is used, trimmed: its first [`SEARCH_WORDS`] words, and at most
/// its first [`SEARCH_CHARS`] characters (cut between characters); and whether anything was cut.
/// Linear in the text, and the same again when given what it returned.
pub fn usable_search(text: &str) -> (&str, bool) {
    let text = text.trim();
    let mut end = text
        .char_indices()
        .nth(SEARCH_CHARS)
        .map_or(text.len(), |(at, _)| at);
    let (mut words, mut in_word) = (0, false);
    for (at, c) in text[..end].char_indices() {
        if !c.is_whitespace() {
            in_word = true;
        } else if in_word {
            in_word = false;
            words += 1;
            if words == SEARCH_WORDS {
                end = at;
                break;
            }
        }
    }
    let used = text[..end].trim_end();
    (used, used.len() < text.len())
}

/// The words of a search, folded: every one must occur for a finding to match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms(Vec<String>);

impl Terms {
    /// Splits a search into folded words, trimming punctuation at their ends: the words of its
    /// [`usable_search`] part, each once, so at most [`SEARCH_WORDS`] of them.
    pub fn parse(text: &str) -> Self {
        let mut terms: Vec<String> = Vec::new();
        for word in fold(usable_search(text).0).split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if !word.is_empty() && !terms.iter().any(|t| t == word) {
                terms.push(word.to_owned());
            }
        }
        Self(terms)
    }

    /// True when the search has no words, so it matches everything.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether whatever these words match, `wider` matches too: each of `wider`'s words is part
    /// of one of these (as when a word is typed further, or a word is added).
    pub fn narrows(&self, wider: &Terms) -> bool {
        wider
            .0
            .iter()
            .all(|w| self.0.iter().any(|t| t.contains(w.as_str())))
    }

    /// Whether every word occurs in `folded` (text already passed through [`fold`]).
    pub fn all_in(&self, folded: &str) -> bool {
        self.0.iter().all(|term| folded.contains(term.as_str()))
    }

    /// The byte ranges of `text` that match any word, merged and in order.
    pub fn highlights(&self, text: &str) -> Vec<Range<usize>> {
        if self.0.is_empty() {
            return Vec::new();
        }
        let (folded, map) = fold_mapped(text);
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for term in &self.0 {
            for (at, _) in folded.match_indices(term.as_str()) {
                ranges.push(map[at].start..map[at + term.len() - 1].end);
            }
        }
        crate::sort::sort_small_by_key(&mut ranges, |r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::new();
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_typographic_quotes() {
        assert_eq!(fold("Université de Genève"), "universite de geneve");
        assert_eq!(fold("Ms. Briere’s RESEARCH"), "ms. briere's research");
        assert_eq!(fold("Œuvre — Straße"), "oeuvre - strasse");
        assert_eq!(fold("‘’Follow the money’’"), "''follow the money''");
    }

    #[test]
    fn folding_spells_european_letters_as_a_plain_keyboard_does() {
        assert_eq!(
            fold("Ștefania Țurcanu, Şerban Ţepeş"),
            "stefania turcanu, serban tepes"
        );
        assert_eq!(fold("Þórunn Guðmundsdóttir"), "thorunn gudmundsdottir");
        assert_eq!(fold("İstanbul, Łódź, Søndergaard"), "istanbul, lodz, sondergaard");
        assert_eq!(fold("Đorđević Ĳsselmeer ŊĦ"), "dordevic ijsselmeer nh");
        assert_eq!(fold("Brie\u{300}re e\u{301}\u{302}"), "briere e");
        assert_eq!(fold("ĂẞÆǼ Ὀδυσσεύς Жуков"), "assaeae ὀδυσσεύς жуков");
    }

    /// The parts of `text` a search highlights.
    fn marked<'a>(search: &str, text: &'a str) -> Vec<&'a str> {
        let ranges = Terms::parse(search).highlights(text);
        ranges.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn european_names_are_found_and_highlighted_whole() {
        let cases = [
            (
                "stefania turcanu",
                "Dr. Ștefania Țurcanu",
                vec!["Ștefania", "Țurcanu"],
            ),
            ("thorunn", "Þórunn", vec!["Þórunn"]),
            ("gudmundsdottir", "Guðmundsdóttir", vec!["Guðmundsdóttir"]),
            ("briere", "Chloe Brie\u{300}re", vec!["Brie\u{300}re"]),
            ("istanbul", "in İstanbul", vec!["İstanbul"]),
            ("lodz", "Łódź", vec!["Łódź"]),
            ("sondergaard", "Søndergaard", vec!["Søndergaard"]),
        ];
        for (search, text, expected) in cases {
            assert!(Terms::parse(search).all_in(&fold(text)), "{search} in {text}");
            assert_eq!(marked(search, text), expected, "{search} in {text}");
        }
    }

    #[test]
    fn a_highlight_keeps_a_letter_with_its_combining_accents() {
        assert_eq!(marked("e", "e\u{301}"), ["e\u{301}"]);
        assert_eq!(marked("e", "xe\u{301}\u{323}y"), ["e\u{301}\u{323}"]);
        assert_eq!(marked("ae", "æ\u{301}"), ["æ\u{301}"]);
        assert_eq!(marked("b", "\u{301}ab\u{301}"), ["b\u{301}"]);
    }

    #[test]
    fn terms_are_folded_words_without_edge_punctuation_or_repeats() {
        assert_eq!(
            Terms::parse("  Recruitment, “Vries” vries  "),
            Terms(vec!["recruitment".into(), "vries".into()])
        );
        assert_eq!(
            Terms::parse("Pemberton-Ford’s"),
            Terms(vec!["pemberton-ford's".into()])
        );
        assert!(Terms::parse(" ,, — ").is_empty());
    }

    #[test]
    fn only_the_start_of_a_long_search_is_used() {
        let words: Vec<String> = (0..1000).map(|n| format!("w{n}")).collect();
        let spaced = words.join("  ");
        let (used, cut) = usable_search(&spaced);
        assert!(cut);
        assert_eq!(used, words[..SEARCH_WORDS].join("  "));
        assert_eq!(usable_search(used), (used, false));
        assert_eq!(Terms::parse(&words.join(" ")).0, &words[..SEARCH_WORDS]);
        let long = format!(" {} ", "é".repeat(100_000));
        let (used, cut) = usable_search(&long);
        assert_eq!((used.to_owned(), cut), ("é".repeat(SEARCH_CHARS), true));
        assert_eq!(usable_search(" a  b "), ("a  b", false));
    }

    #[test]
    fn every_term_must_occur() {
        let haystack = fold("Follow the money: Ms. Chloe Briere, University de Geneve");
        assert!(Terms::parse("money genève").all_in(&haystack));
        assert!(Terms::parse("MONEY brière").all_in(&haystack));
        assert!(!Terms::parse("money recruitment").all_in(&haystack));
        assert!(Terms::parse("").all_in(&haystack));
    }

    #[test]
    fn highlights_map_back_to_the_original_bytes() {
        let text = "Genève: the Universite de Genève’s research";
        let ranges = Terms::parse("geneve research").highlights(text);
        let marked: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(marked, ["Genève", "Genève", "research"]);
    }

    #[test]
    fn overlapping_and_adjacent_matches_merge() {
        let text = "trafficking traffickers";
        let ranges = Terms::parse("traffick trafficking ers").highlights(text);
        assert_eq!(ranges, [0..11, 12..23]);
        assert_eq!(
            Terms::parse("ab b").highlights("abab"),
            vec![Range { start: 0, end: 4 }]
        );
    }

    #[test]
    fn highlights_survive_characters_that_fold_to_two() {
        let text = "Œuvre, œuvres";
        assert_eq!(Terms::parse("oeuvre").highlights(text), [0..6, 8..14]);
        assert_eq!(Terms::parse("e").highlights(text), [0..2, 5..6, 8..10, 13..14]);
    }
}
