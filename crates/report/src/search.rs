//! Full-text search that ignores case and accents and knows word forms, with match ranges for highlighting.

use std::ops::Range;

use crate::latin;
use crate::stem::stem;

/// Whether `c` is invisible inside a word, as text copied from a PDF or a web page may hide
/// one: a soft hyphen, a zero-width space, non-joiner or joiner, a word joiner or a byte order
/// mark. Folding drops it.
pub(crate) fn invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// What a character folds to: lowercase, Latin letters as a plain keyboard types them (é → e,
/// ș → s, þ → th, ﬁ → fi), full-width ASCII (ｔ) as ASCII, combining accents and invisible
/// characters dropped, typographic quotes and dashes made plain.
fn fold_char(c: char, out: &mut String) {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from((c as u32 - 0xFEE0) as u8),
        c => c,
    };
    for lower in c.to_lowercase() {
        if let Some(plain) = latin::plain(lower) {
            out.push_str(plain);
            continue;
        }
        let plain = match lower {
            '\u{300}'..='\u{36F}' => continue,
            c if invisible(c) => continue,
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
    fold_into(text, &mut out);
    out
}

/// Appends `text` to `out`, folded as [`fold`] folds it. ASCII, most of most reports, goes a run
/// at a time: lowercased, its one quote mark made plain (`` ` ``, as [`fold_char`] does).
pub(crate) fn fold_into(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|byte| !byte.is_ascii())
            .unwrap_or(rest.len());
        if ascii > 0 {
            let start = out.len();
            out.push_str(&rest[..ascii]);
            let run = &mut out[start..];
            run.make_ascii_lowercase();
            if run.contains('`') {
                let plain = run.replace('`', "'");
                out.truncate(start);
                out.push_str(&plain);
            }
            rest = &rest[ascii..];
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            fold_char(c, out);
            rest = chars.as_str();
        }
    }
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

/// Whether the character at byte `at` of `text` is a letter or digit, and how many bytes it takes.
fn letter_at(text: &str, at: usize) -> (bool, usize) {
    match text.as_bytes()[at] {
        byte @ 0..0x80 => (byte.is_ascii_alphanumeric(), 1),
        _ => text[at..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    }
}

/// The words of a text already folded (see [`fold`]): its runs of letters and digits, each with
/// the byte where it starts. ASCII is read a byte at a time.
pub(crate) fn words_of(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            if at >= folded.len() {
                return None;
            }
            let (letter, width) = letter_at(folded, at);
            if letter {
                break at;
            }
            at += width;
        };
        while at < folded.len() {
            let (letter, width) = letter_at(folded, at);
            if !letter {
                break;
            }
            at += width;
        }
        Some((start, &folded[start..at]))
    })
}

/// One word of a search, folded, and the whole words it also matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    /// The word as typed, folded: it matches wherever it occurs, even inside a word, unless it is
    /// short (see [`Term::at_starts_only`]).
    pub word: String,
    /// The stems of the whole words it also matches (see [`stem`]): its own, when it is one word
    /// of letters and digits, and those of the words used instead of it.
    pub stems: Vec<String>,
    /// The report's words used instead of it when it matches nothing in the report, best first.
    pub instead: Vec<String>,
}

/// Search words of up to this many characters match only at a word's start: inside words, one
/// or two letters ("e", "in") match nearly every finding, which tells a reader nothing.
pub(crate) const SHORT_WORD: usize = 2;

/// Whether a word of `text` starts at byte `at`: no letter or digit just before it.
pub(crate) fn starts_word(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
}

impl Term {
    /// Whether the word matches only at a word's start (it has at most [`SHORT_WORD`] characters).
    pub fn at_starts_only(&self) -> bool {
        self.word.chars().nth(SHORT_WORD).is_none()
    }
}

/// A search word that matches nothing in a report, and the report's words searched for instead:
/// what a page tells as "Also showing results for …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Correction<'a> {
    /// The word as typed, folded.
    pub typed: &'a str,
    /// The report's words used instead, best first (at least one).
    pub instead: &'a [String],
}

/// The words of a search, folded: every one must occur for a finding to match, as typed (even
/// inside a word) or as another form of the same word (the same [`stem`]); and, from
/// `Finder::terms`, a word that matches nothing in the report is matched by the report's words
/// nearest to it instead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms(Vec<Term>);

impl Terms {
    /// Splits a search into folded words, trimming punctuation at their ends: the words of its
    /// [`usable_search`] part, each once, so at most [`SEARCH_WORDS`] of them.
    pub fn parse(text: &str) -> Self {
        let mut terms: Vec<Term> = Vec::new();
        for word in fold(usable_search(text).0).split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if !word.is_empty() && !terms.iter().any(|t| t.word == word) {
                let one_word = word.chars().all(char::is_alphanumeric);
                terms.push(Term {
                    word: word.to_owned(),
                    stems: one_word.then(|| stem(word).into_owned()).into_iter().collect(),
                    instead: Vec::new(),
                });
            }
        }
        Self(terms)
    }

    /// True when the search has no words, so it matches everything.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The search's words, folded, as typed.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|term| term.word.as_str())
    }

    /// The words that match nothing in the report, each with the report's words used instead.
    pub fn corrections(&self) -> impl Iterator<Item = Correction<'_>> {
        self.0
            .iter()
            .filter(|term| !term.instead.is_empty())
            .map(|term| Correction {
                typed: &term.word,
                instead: &term.instead,
            })
    }

    /// Each word with what it matches.
    pub(crate) fn terms(&self) -> &[Term] {
        &self.0
    }

    /// Matches the report's words `instead` (best first) in place of the word at `index`, and
    /// every other form of them.
    pub(crate) fn correct(&mut self, index: usize, instead: Vec<String>) {
        let term = &mut self.0[index];
        for word in &instead {
            let stem = stem(word);
            if !term.stems.iter().any(|s| *s == stem) {
                term.stems.push(stem.into_owned());
            }
        }
        term.instead = instead;
    }

    /// Adds the words `other` (the same search, as matched in another report) used instead of
    /// these words, so that they are highlighted too.
    pub(crate) fn absorb(&mut self, other: &Terms) {
        for (index, theirs) in other.0.iter().enumerate() {
            let Some(mine) = self.0.get(index).map(|term| &term.instead) else {
                break;
            };
            let new: Vec<String> = theirs
                .instead
                .iter()
                .filter(|w| !mine.contains(w))
                .cloned()
                .collect();
            if !new.is_empty() {
                let instead = [mine.as_slice(), &new].concat();
                self.correct(index, instead);
            }
        }
    }

    /// The byte ranges of `text` that match any word, merged and in order: wherever a word
    /// occurs as typed (a short one at a word's start), and every whole word of the same stem as
    /// one of them or as a word used instead.
    pub fn highlights(&self, text: &str) -> Vec<Range<usize>> {
        if self.0.is_empty() {
            return Vec::new();
        }
        let (folded, map) = fold_mapped(text);
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for term in &self.0 {
            let starts_only = term.at_starts_only();
            for (at, _) in folded.match_indices(term.word.as_str()) {
                if !starts_only || starts_word(&folded, at) {
                    ranges.push(map[at].start..map[at + term.word.len() - 1].end);
                }
            }
        }
        let stems: Vec<&str> = self
            .0
            .iter()
            .flat_map(|t| t.stems.iter().map(String::as_str))
            .collect();
        for (at, word) in words_of(&folded) {
            // A stem starts with its word's first letter: most words need no stemming.
            let first = |s: &&str| s.as_bytes().first() == word.as_bytes().first();
            if stems.iter().any(first) && stems.contains(&&*stem(word)) {
                ranges.push(map[at].start..map[at + word.len() - 1].end);
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
    fn folding_a_run_of_ascii_at_once_folds_as_each_character_alone() {
        let every_ascii: String = (0..0x80u8).map(char::from).collect();
        for text in [
            every_ascii.as_str(),
            "`Quoted` RUN, then Genève`s `É` and a `",
            "`",
            "é",
            "",
        ] {
            let mut alone = String::new();
            for c in text.chars() {
                fold_char(c, &mut alone);
            }
            assert_eq!(fold(text), alone, "{text:?}");
        }
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

    #[test]
    fn folding_drops_invisible_characters_and_undoes_full_width_letters_and_ligatures() {
        assert_eq!(
            fold("Traf\u{AD}fic\u{200B}k\u{200C}i\u{200D}n\u{2060}g\u{FEFF}"),
            "trafficking"
        );
        assert_eq!(fold("ＴＲＡＦｆｉｃｋｉｎｇ！ ｀Ｑ｀ ～"), "trafficking! 'q' ~");
        assert_eq!(fold("ﬁndings ﬂows ﬀ ﬃ ﬄ ﬅ ﬆ"), "findings flows ff ffi ffl st st");
    }

    #[test]
    fn a_search_of_invisible_full_width_or_ligatured_letters_is_its_plain_words() {
        let words = |text: &str| Terms::parse(text).words().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(
            words("traf\u{200B}ficking traf\u{AD}ficking ｔｒａｆｆｉｃｋｉｎｇ \u{FEFF}trafficking"),
            ["trafficking"]
        );
        assert_eq!(words("ﬁndings ﬂow"), ["findings", "flow"]);
        assert!(Terms::parse("\u{200B} \u{AD}\u{2060}\u{FEFF}\u{200D}").is_empty());
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
            assert!(
                Terms::parse(search).words().all(|word| fold(text).contains(word)),
                "{search} in {text}"
            );
            assert_eq!(marked(search, text), expected, "{search} in {text}");
        }
    }

    #[test]
    fn a_highlight_keeps_a_letter_with_its_combining_accents() {
        assert_eq!(marked("e", "e\u{301}"), ["e\u{301}"]);
        assert_eq!(marked("xe", "xe\u{301}\u{323}y"), ["xe\u{301}\u{323}"]);
        assert_eq!(marked("eyz", "xe\u{301}\u{323}yz"), ["e\u{301}\u{323}yz"]);
        assert_eq!(marked("ae", "æ\u{301}"), ["æ\u{301}"]);
        assert_eq!(marked("abb", "\u{301}cabb\u{301}"), ["abb\u{301}"]);
    }

    #[test]
    fn highlights_keep_invisible_characters_and_ligatures_with_their_letters() {
        let hyphened = "Traf\u{AD}ficking rings";
        assert_eq!(marked("trafficking", hyphened), ["Traf\u{AD}ficking"]);
        assert_eq!(marked("fick", hyphened), ["fick"]);
        assert_eq!(
            marked("traf", hyphened),
            ["Traf\u{AD}"],
            "the soft hyphen goes with its letter"
        );
        assert_eq!(marked("traf\u{200B}ficking", "Trafficking"), ["Trafficking"]);
        let ligatured = "Our ﬁndings ﬂow";
        assert_eq!(marked("findings flow", ligatured), ["ﬁndings", "ﬂow"]);
        assert_eq!(marked("ndings", ligatured), ["ndings"]);
        assert_eq!(marked("indings", ligatured), ["ﬁndings"], "never half a ligature");
        let full_width = "ｔｒａｆｆｉｃｋｅｄ ｇｉｒｌｓ";
        assert_eq!(marked("traffic", full_width), ["ｔｒａｆｆｉｃ"]);
        assert_eq!(
            marked("trafficking", full_width),
            ["ｔｒａｆｆｉｃｋｅｄ"],
            "another form"
        );
    }

    #[test]
    fn terms_are_folded_words_without_edge_punctuation_or_repeats() {
        let words = |text: &str| Terms::parse(text).words().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(words("  Recruitment, “Vries” vries  "), ["recruitment", "vries"]);
        assert_eq!(words("Pemberton-Ford’s"), ["pemberton-ford's"]);
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
        assert!(
            Terms::parse(&words.join(" "))
                .words()
                .eq(words[..SEARCH_WORDS].iter().map(String::as_str))
        );
        let long = format!(" {} ", "é".repeat(100_000));
        let (used, cut) = usable_search(&long);
        assert_eq!((used.to_owned(), cut), ("é".repeat(SEARCH_CHARS), true));
        assert_eq!(usable_search(" a  b "), ("a  b", false));
    }

    #[test]
    fn a_word_of_letters_also_matches_its_other_forms() {
        let terms = Terms::parse("Recruiters trafficked Pemberton-Ford’s 2014");
        let stems: Vec<&[String]> = terms.terms().iter().map(|t| t.stems.as_slice()).collect();
        assert_eq!(
            stems,
            [
                &["recruit".to_owned()][..],
                &["traffick".to_owned()],
                &[],
                &["2014".to_owned()]
            ]
        );
        assert_eq!(terms.corrections().count(), 0);
    }

    #[test]
    fn other_forms_are_highlighted_whole() {
        let text = "Recruitment and recruiting: the recruiters’ trafficking, trafficked";
        assert_eq!(
            marked("recruiter trafficked", text),
            [
                "Recruitment",
                "recruiting",
                "recruiters",
                "trafficking",
                "trafficked"
            ]
        );
        assert_eq!(
            marked("recruitm", text),
            ["Recruitm"],
            "a word typed in part matches only as typed"
        );
    }

    #[test]
    fn a_corrected_word_highlights_the_words_used_instead_and_their_forms() {
        let mut terms = Terms::parse("trafficing victims");
        terms.correct(0, vec!["trafficking".to_owned()]);
        assert_eq!(
            terms.corrections().collect::<Vec<_>>(),
            [Correction {
                typed: "trafficing",
                instead: &["trafficking".to_owned()]
            }]
        );
        let text = "Trafficked victims, trafficking";
        let marked: Vec<&str> = terms.highlights(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(marked, ["Trafficked", "victims", "trafficking"]);
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let found: Vec<(usize, &str)> = words_of("a×b, 2014—x").collect();
        assert_eq!(found, [(0, "a"), (3, "b"), (6, "2014"), (13, "x")]);
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
            Terms::parse("abc bca").highlights("abcabc"),
            vec![Range { start: 0, end: 6 }]
        );
    }

    #[test]
    fn highlights_survive_characters_that_fold_to_two() {
        let text = "Œuvre, œuvres";
        assert_eq!(
            Terms::parse("oeuvre").highlights(text),
            [0..6, 8..15],
            "œuvres whole, as another form of oeuvre"
        );
        assert_eq!(Terms::parse("euv").highlights(text), [0..4, 8..12]);
        assert_eq!(Terms::parse("oe").highlights(text), [0..2, 8..10]);
    }

    #[test]
    fn a_word_of_one_or_two_letters_is_marked_only_at_a_words_start() {
        let text = "In training, 'in' time: Inés";
        let marked = |search: &str| {
            let ranges = Terms::parse(search).highlights(text);
            ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>()
        };
        assert_eq!(marked("in"), ["In", "in", "In"]);
        assert_eq!(marked("t"), ["t", "t"]);
        assert_eq!(marked("ini"), ["ini"], "from three letters, inside words too");
    }
}
