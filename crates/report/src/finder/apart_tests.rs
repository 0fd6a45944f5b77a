//! A long report searched from its words that ship apart: the same answers as from its texts,
//! once the word list and the shards each search names have come, and damaged files refused.

use super::*;
use crate::query::Order;
use crate::vocabulary::{Postings, WordList};
use crate::{ReportData, parse_report};

/// A realistic report long enough for its texts and words to ship apart, as parsed, and its
/// words and shards as the app decodes them.
fn shipped() -> (Report, Report, WordList, Vec<Postings>) {
    let markdown = crate::synthetic::Shape::Realistic.markdown(1000, 40, 6);
    let report = parse_report("long.md", &markdown).unwrap_or_else(|_| panic!("the report parses"));
    let split = ReportData::split(&report).unwrap();
    let bytes = split.texts.expect("its texts ship apart");
    let words: WordList = postcard::from_bytes(&bytes.words).unwrap();
    let shards: Vec<Postings> = bytes
        .shards
        .iter()
        .map(|shard| postcard::from_bytes(shard).unwrap())
        .collect();
    (report, split.report, words, shards)
}

/// A word of 4 letters the report lacks, one letter from one of its words: a search for it shows
/// nothing and offers that word instead ("Did you mean").
fn respelt(listed: &[String], list: &WordList) -> String {
    let is_word = |word: &str| listed.iter().any(|w| w == word);
    listed
        .iter()
        .zip(&list.counts)
        .filter(|(word, count)| {
            word.len() == 4 && word.bytes().all(|b| b.is_ascii_lowercase()) && **count > 2
        })
        .flat_map(|(word, _)| ('a'..='z').map(move |letter| format!("{}{letter}", &word[..3])))
        .find(|respelt| !listed.iter().any(|w| w.contains(respelt.as_str())) && !is_word(respelt))
        .expect("a word to respell")
}

/// The words of `list`, in its order.
fn listed(list: &WordList) -> Vec<String> {
    let mut word = String::new();
    let rests = list.rest.split_terminator('\n');
    list.shared
        .iter()
        .zip(rests)
        .map(|(&shared, rest)| {
            word = format!("{}{rest}", &word[..usize::from(shared)]);
            word.clone()
        })
        .collect()
}

/// Gives `finder` what `query`'s search wants until it wants nothing; the shards given.
fn fill(finder: &Finder, query: &Query, words: &WordList, shards: &[Postings]) -> Vec<usize> {
    let mut given = Vec::new();
    loop {
        match finder.wanted(query) {
            Wanted::Nothing => return given,
            Wanted::Words => finder.take_words(words.clone()).unwrap(),
            Wanted::Shards(wanted) => {
                assert!(
                    wanted.iter().all(|shard| !given.contains(shard)),
                    "a shard wanted again"
                );
                for shard in wanted {
                    finder.fill_shard(shard, shards[shard].clone()).unwrap();
                    given.push(shard);
                }
            }
            Wanted::Texts => panic!("a search of letters and digits wants the texts"),
        }
    }
}

#[test]
fn a_search_from_the_words_apart_answers_as_from_the_texts() {
    let (report, apart, words, shards) = shipped();
    assert!(shards.len() > 4, "{} shards", shards.len());
    let whole = Finder::new(&report);
    let finder = Finder::new(&apart);
    let listed = listed(&words);
    let word = |at: usize| listed[at].clone();
    // A word the report lacks that it offers a respelling for (first, while few shards are in),
    // the commonest word, a rare one, a word's start, a piece inside words, a misspelling (a
    // letter doubled), two words, and a word the report lacks.
    let commonest = (0..words.counts.len())
        .max_by_key(|&at| words.counts[at])
        .unwrap();
    let rare = (0..words.counts.len())
        .find(|&at| words.counts[at] == 1 && word(at).len() >= 6)
        .unwrap();
    let long = word(rare);
    let searches = [
        respelt(&listed, &words),
        word(commonest),
        long.clone(),
        long[..3].to_owned(),
        long[1..5].to_owned(),
        format!("{}{}", &long[..3], &long[2..]),
        format!("{} {}", word(commonest), long),
        String::from("zzyzx"),
    ];
    let query = |text: &str| Query::new([1], []).with_text(text).with_order(Order::Relevance);
    assert_eq!(finder.wanted(&query(&searches[0])), Wanted::Words);
    assert_eq!(
        finder.wanted(&query("")),
        Wanted::Nothing,
        "filtering wants nothing"
    );
    for search in &searches {
        let query = query(search);
        let expected = whole.results_and_counts(&query);
        if finder.wanted(&query) != Wanted::Nothing {
            assert_eq!(
                finder.results(&query),
                Vec::<usize>::new(),
                "{search}: before its shards"
            );
        }
        fill(&finder, &query, &words, &shards);
        assert_eq!(finder.results_and_counts(&query), expected, "{search}");
        assert_eq!(
            finder.first_results(&query, 5),
            whole.first_results(&query, 5),
            "{search}"
        );
        assert_eq!(finder.terms(&query), whole.terms(&query), "{search}");
        assert_eq!(finder.respellings(&query), whole.respellings(&query), "{search}");
        if search == &searches[0] {
            assert_ne!(whole.respellings(&query), [], "{search}: a respelling offered");
        }
    }
    assert!(!finder.is_prepared(), "the texts were never folded");
}

#[test]
fn a_rare_word_needs_one_shard_and_a_word_of_other_characters_the_texts() {
    let (_, apart, words, shards) = shipped();
    let finder = Finder::new(&apart);
    finder.take_words(words.clone()).unwrap();
    let listed = listed(&words);
    let rare = listed
        .iter()
        .zip(&words.counts)
        .find(|(w, c)| **c == 1 && w.len() >= 8);
    let query = Query::default().with_text(rare.unwrap().0);
    assert!(matches!(finder.wanted(&query), Wanted::Shards(s) if s.len() == 1));
    assert_eq!(fill(&finder, &query, &words, &shards).len(), 1);
    assert_eq!(finder.results(&query).len(), 1);
    assert_eq!(finder.wanted(&Query::default().with_text("a-b")), Wanted::Texts);
}

#[test]
fn words_written_with_ligatures_or_soft_hyphens_ship_as_their_plain_words() {
    let (report, ..) = shipped();
    let mut copied = report.clone();
    for finding in &mut copied.findings {
        let text = finding.text.get_mut().expect("a parsed finding has its text");
        for field in [&mut text.heading, &mut text.summary, &mut text.passage] {
            *field = field.replace("fi", "ﬁ").replace("tion", "ti\u{AD}on");
        }
    }
    let has = |piece: &str| copied.findings.iter().any(|f| f.passage().contains(piece));
    assert!(has("ﬁ") && has("ti\u{AD}on"));
    let shipped = |report: &Report| {
        let bytes = ReportData::split(report)
            .unwrap()
            .texts
            .expect("its texts ship apart");
        (bytes.words, bytes.shards)
    };
    assert!(shipped(&copied) == shipped(&report), "the same words and shards");
}

#[test]
fn word_lists_and_shards_that_do_not_fit_are_refused() {
    let (_, apart, words, shards) = shipped();
    let finder = Finder::new(&apart);
    assert_eq!(
        finder.fill_shard(0, shards[0].clone()),
        Err(String::from("a shard came before the word list"))
    );
    let unsorted = WordList {
        shared: vec![0, 0],
        rest: String::from("tide\nboat\n"),
        counts: vec![1, 1],
        shards: vec![0],
    };
    let overshared = WordList {
        shared: vec![0, 5],
        rest: String::from("tide\ns\n"),
        ..unsorted.clone()
    };
    assert_eq!(
        finder.take_words(overshared),
        Err(String::from(
            "the word list's word 2 shares more than the word before"
        ))
    );
    assert_eq!(
        finder.take_words(unsorted),
        Err(String::from(
            "the word list is out of order at \u{201c}boat\u{201d}"
        ))
    );
    let miscounted = WordList {
        counts: words.counts[1..].to_vec(),
        ..words.clone()
    };
    let count = words.counts.len();
    assert_eq!(
        finder.take_words(miscounted),
        Err(format!(
            "the word list's counts or shards do not fit its {count} words"
        ))
    );
    finder.take_words(words).unwrap();
    let last = shards.len();
    assert_eq!(
        finder.fill_shard(last, shards[0].clone()),
        Err(format!("there is no shard {last}"))
    );
    assert_eq!(
        finder.fill_shard(1, shards[0].clone()),
        Err(String::from("shard 1 does not fit the word list"))
    );
    let mut beyond = shards[0].clone();
    beyond.0[0][0] += (apart.findings.len() as u32) << crate::relevance::FIELD_BITS;
    assert_eq!(
        finder.fill_shard(0, beyond),
        Err(String::from("shard 0 names a finding the report lacks"))
    );
}
