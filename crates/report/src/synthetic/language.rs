//! A made-up language per seed: its own syllables, thousands of words drawn Zipf-like, and prose.

use std::collections::HashSet;

use super::random::{Random, Zipf};

const ONSETS: [&str; 26] = [
    "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch", "cr", "dr",
    "gr", "pl", "st", "tr", "th", "sh",
];
const VOWELS: [&str; 10] = ["a", "e", "i", "o", "u", "ai", "ea", "ie", "ou", "y"];
const CODAS: [&str; 10] = ["", "", "n", "r", "s", "l", "m", "nd", "st", "rk"];

/// How many words a language has, and how steeply their frequency falls with rank.
const VOCABULARY: usize = 12_000;
const EXPONENT: f64 = 1.0;
/// Words ranked below this are the language's small words, left lowercase in titles.
const SMALL_WORDS: usize = 40;
/// How many proper names (places, bodies) the prose mentions, Zipf-like too.
const PROPER_NAMES: usize = 60;

/// A language: its syllables, its words from commonest to rarest and its proper names.
pub(super) struct Language {
    onsets: Vec<&'static str>,
    vowels: Vec<&'static str>,
    codas: Vec<&'static str>,
    words: Vec<String>,
    zipf: Zipf,
    proper: Vec<String>,
    proper_zipf: Zipf,
}

/// A random part of `all`, at least `keep` long.
fn some_of(random: &mut Random, all: &[&'static str], keep: usize) -> Vec<&'static str> {
    let mut chosen = all.to_vec();
    random.shuffle(&mut chosen);
    chosen.truncate(keep);
    chosen
}

/// Makes the first letter of `text[start..]` a capital, if it is an ASCII letter.
pub(super) fn capitalize_from(text: &mut str, start: usize) {
    let end = (start + 1).min(text.len());
    if let Some(first) = text.get_mut(start..end) {
        first.make_ascii_uppercase();
    }
}

impl Language {
    pub fn new(random: &mut Random) -> Self {
        let mut language = Self {
            onsets: some_of(random, &ONSETS, 15),
            vowels: some_of(random, &VOWELS, 6),
            codas: some_of(random, &CODAS, 6),
            words: Vec::with_capacity(VOCABULARY),
            zipf: Zipf::new(VOCABULARY, EXPONENT),
            proper: Vec::new(),
            proper_zipf: Zipf::new(PROPER_NAMES, EXPONENT),
        };
        let mut seen = HashSet::with_capacity(VOCABULARY);
        while language.words.len() < VOCABULARY {
            // Common words are short, as in real languages.
            let syllables = match language.words.len() {
                0..10 => 1,
                10..150 => random.between(1, 2),
                150..2000 => random.between(2, 3),
                _ => random.between(2, 4),
            };
            let word = language.coin(random, syllables);
            if seen.insert(word.clone()) {
                language.words.push(word);
            }
        }
        language.proper = (0..PROPER_NAMES).map(|_| language.name(random)).collect();
        language
    }

    /// A new word of `syllables` syllables in the language's sounds.
    fn coin(&self, random: &mut Random, syllables: usize) -> String {
        let mut word = String::new();
        for i in 0..syllables {
            if i > 0 || !random.chance(0.1) {
                word.push_str(random.pick(&self.onsets));
            }
            word.push_str(random.pick(&self.vowels));
            if i + 1 == syllables || random.chance(0.3) {
                word.push_str(random.pick(&self.codas));
            }
        }
        word
    }

    /// A capitalised name of two or three syllables, for people, places and bodies.
    pub fn name(&self, random: &mut Random) -> String {
        let syllables = random.between(2, 3);
        let mut name = self.coin(random, syllables);
        capitalize_from(&mut name, 0);
        name
    }

    /// A word drawn by frequency, and its rank.
    fn ranked(&self, random: &mut Random) -> (&str, usize) {
        let rank = self.zipf.draw(random);
        (&self.words[rank], rank)
    }

    /// One word of prose: mostly a word of the language, now and then a number, a compound, a
    /// proper name or (if `echo` has any) a word taken from `echo`.
    fn token(&self, random: &mut Random, first: bool, echo: &[&str], out: &mut String) {
        if !echo.is_empty() && random.chance(0.3) {
            out.push_str(random.pick(echo));
            return;
        }
        let roll = random.unit();
        if !first && roll < 0.015 {
            let number = if random.chance(0.3) {
                random.between(1990, 2031)
            } else {
                random.between(2, 120)
            };
            out.push_str(&number.to_string());
        } else if roll < 0.04 {
            out.push_str(self.ranked(random).0);
            out.push('-');
            out.push_str(self.ranked(random).0);
        } else if roll < 0.06 {
            out.push_str(&self.proper[self.proper_zipf.draw(random)]);
        } else {
            out.push_str(self.ranked(random).0);
        }
    }

    /// A sentence of `words` words (at least 3), capitalised if `capital`, with now and then a
    /// comma or a quoted phrase, ending in a full stop, a question or an exclamation mark.
    pub fn sentence(
        &self,
        random: &mut Random,
        words: usize,
        capital: bool,
        echo: &[&str],
        out: &mut String,
    ) {
        let quoted = (words >= 6 && random.chance(0.05)).then(|| random.below(words - 3) + 1);
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            if quoted == Some(i) {
                out.push('“');
            }
            let start = out.len();
            self.token(random, i == 0, echo, out);
            if i == 0 && capital {
                capitalize_from(out, start);
            }
            if quoted.is_some_and(|q| q + 1 == i) {
                out.push('”');
            } else if i + 1 < words && random.chance(0.08) {
                out.push(',');
            }
        }
        let roll = random.unit();
        out.push(if roll < 0.04 {
            '?'
        } else if roll < 0.06 {
            '!'
        } else {
            '.'
        });
    }

    /// Words in title case, the small words aside: for names of themes, events and bodies.
    pub fn title(&self, random: &mut Random, words: usize) -> String {
        let mut title = String::new();
        for i in 0..words {
            if i > 0 {
                title.push(' ');
            }
            let start = title.len();
            let (word, rank) = self.ranked(random);
            title.push_str(word);
            if i == 0 || i + 1 == words || rank >= SMALL_WORDS {
                capitalize_from(&mut title, start);
            }
        }
        title
    }

    /// A heading in sentence case without a full stop, sometimes in quotation marks.
    pub fn heading(&self, random: &mut Random, words: usize) -> String {
        let mut heading = String::new();
        self.sentence(random, words, true, &[], &mut heading);
        heading.pop();
        if random.chance(0.03) {
            heading = format!("“{heading}”");
        }
        heading
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_have_thousands_of_distinct_words_and_differ_by_seed() {
        let one = Language::new(&mut Random::new(1));
        let two = Language::new(&mut Random::new(2));
        let distinct: HashSet<&String> = one.words.iter().collect();
        assert_eq!(distinct.len(), VOCABULARY);
        let shared = two.words.iter().filter(|w| distinct.contains(w)).count();
        assert!(shared < VOCABULARY / 10, "{shared} words shared");
    }

    #[test]
    fn sentences_have_the_asked_number_of_words() {
        let mut random = Random::new(3);
        let language = Language::new(&mut random);
        for words in 3..40 {
            let mut sentence = String::new();
            language.sentence(&mut random, words, true, &["echo"], &mut sentence);
            assert_eq!(sentence.split_whitespace().count(), words, "{sentence}");
            assert!(
                sentence.starts_with(|c: char| c.is_uppercase() || c == '“'),
                "{sentence}"
            );
        }
    }
}
