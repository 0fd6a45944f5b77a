//! Tests of the forgiving search: best match first, other word forms, corrected typos and respellings.

use super::*;
use crate::model::Finding;
use crate::query::Order;
use crate::search::Correction;

/// A finding by speaker `speaker`, under the one theme, with this heading, summary and passage.
fn finding(heading: &str, summary: &str, passage: &str, speaker: usize) -> Finding {
    let mut finding = crate::testing::finding(heading, &[0], speaker);
    let text = finding.text.get_mut().expect("a finding in code has its text");
    text.summary = summary.into();
    text.passage = passage.into();
    finding
}

/// "tide" in every field and fit, once each: passage (another form), summary (whole), speaker
/// (whole), heading (whole), heading (at a word's start), heading (inside a word).
fn tides() -> Report {
    crate::testing::report(
        &["Sea"],
        &["Ada", "Bo Tide", "Cy"],
        vec![
            finding("Boats", "", "The tides rose", 0),
            finding("Harbour", "A tide turns", "", 0),
            finding("Lamps", "", "", 1),
            finding("Tidal tide", "", "", 2),
            finding("Tideway works", "", "", 2),
            finding("Riptide", "", "", 0),
        ],
    )
}

#[test]
fn a_search_ranks_heading_then_speaker_summary_passage_and_whole_words_first() {
    let report = tides();
    let finder = Finder::new(&report);
    let query = Query::default().with_text("tide");
    assert_eq!(finder.results_and_counts(&query).0, [3, 4, 5, 2, 1, 0]);
    assert_eq!(finder.first_results(&query, 2), [3, 4]);
    assert_eq!(
        finder.results(&query),
        [0, 1, 2, 3, 4, 5],
        "results stay in report order"
    );
}

#[test]
fn the_reader_can_ask_for_the_reports_order_and_counts_do_not_change() {
    let report = tides();
    let finder = Finder::new(&report);
    let ranked = Query::new([], [0, 2]).with_text("tide");
    let in_order = ranked.with_order(Order::Report);
    let (ranked_results, ranked_counts) = finder.results_and_counts(&ranked);
    let (results, counts) = finder.results_and_counts(&in_order);
    assert_eq!(ranked_results, [3, 4, 5, 1, 0]);
    assert_eq!(results, [0, 1, 3, 4, 5]);
    assert_eq!(ranked_counts, counts);
    assert_eq!(finder.first_results(&in_order, 2), [0, 1]);
    assert_eq!(finder.first_results(&ranked, 2), [3, 4]);
}

#[test]
fn equally_good_matches_keep_the_reports_order() {
    let report = tides();
    let finder = Finder::new(&report);
    let query = Query::default().with_text("the");
    assert_eq!(
        finder.results_and_counts(&query).0,
        [0],
        "only the passage's “The”"
    );
    let everything = Query::default().with_text("sea");
    assert_eq!(finder.results_and_counts(&everything).0, [0, 1, 2, 3, 4, 5]);
    assert_eq!(finder.first_results(&everything, 3), [0, 1, 2]);
}

/// Word forms and misspellings: a report whose words differ from the ones searched for.
fn forms() -> Report {
    crate::testing::report(
        &["Sea"],
        &["Ada"],
        vec![
            finding("Online recruitment", "", "", 0),
            finding("Trafficking routes", "", "They cry", 0),
            finding("Recruiting agencies", "", "", 0),
            finding("Lamps", "", "Crisp air", 0),
        ],
    )
}

#[test]
fn a_word_finds_its_other_forms() {
    let report = forms();
    let finder = Finder::new(&report);
    let search = |text: &str| finder.results(&Query::default().with_text(text));
    assert_eq!(search("recruiters"), [0, 2]);
    assert_eq!(search("trafficked"), [1]);
    assert_eq!(search("recruiters online"), [0]);
    assert_eq!(search("recruitm"), [0], "a word typed in part matches as typed");
    let terms = finder.terms(&Query::default().with_text("recruiters"));
    let text = report.findings[0].heading();
    let marked: Vec<&str> = terms.highlights(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["recruitment"]);
    assert_eq!(terms.corrections().count(), 0, "nothing corrected");
}

#[test]
fn words_copied_with_invisible_characters_ligatures_or_full_width_letters_are_found() {
    let report = crate::testing::report(
        &["Sea"],
        &["Ada"],
        vec![
            finding("Traf\u{AD}ficking routes", "", "", 0),
            finding("Our ﬁndings", "", "", 0),
            finding("Lamps", "", "", 0),
        ],
    );
    let finder = Finder::new(&report);
    let search = |text: &str| finder.results(&Query::default().with_text(text));
    for text in [
        "trafficking",
        "traf\u{200B}ficking",
        "ｔｒａｆｆｉｃｋｅｄ",
        "\u{FEFF}traffic",
    ] {
        assert_eq!(search(text), [0], "{text}");
    }
    for text in ["findings", "ﬁndings", "ﬁnding", "ＦＩＮＤＩＮＧＳ"] {
        assert_eq!(search(text), [1], "{text}");
    }
    assert_eq!(search("\u{200B}\u{2060}"), [0, 1, 2], "no search");
    let terms = finder.terms(&Query::default().with_text("ｆｉｎｄｉｎｇ"));
    assert_eq!(terms.corrections().count(), 0, "nothing corrected");
    let text = report.findings[1].heading();
    let marked: Vec<&str> = terms.highlights(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["ﬁndings"]);
}

#[test]
fn typing_a_word_further_finds_its_other_forms() {
    let report = forms();
    let finder = Finder::new(&report);
    let search = |text: &str| finder.results(&Query::default().with_text(text));
    assert_eq!(search("cri"), [1, 3], "“cry” by its stem, “crisp” as typed");
    assert_eq!(search("crie"), Vec::<usize>::new());
    assert_eq!(
        search("cries"),
        [1],
        "“cry”, another form of “cries”, though “crie” matched nothing"
    );
}

#[test]
fn a_misspelt_word_that_matches_nothing_is_corrected_to_the_reports_words() {
    let report = forms();
    let finder = Finder::new(&report);
    let corrected = |text: &str| {
        let query = Query::default().with_text(text);
        let terms = finder.terms(&query);
        let corrections: Vec<(String, Vec<String>)> = terms
            .corrections()
            .map(|c| (c.typed.to_owned(), c.instead.to_vec()))
            .collect();
        (finder.results(&query), corrections)
    };
    let one = |typed: &str, instead: &str| vec![(typed.to_owned(), vec![instead.to_owned()])];
    assert_eq!(
        corrected("trafficing"),
        (vec![1], one("trafficing", "trafficking"))
    );
    assert_eq!(
        corrected("recruitmnet"),
        (vec![0, 2], one("recruitmnet", "recruitment")),
        "and its forms"
    );
    assert_eq!(
        corrected("lamsp"),
        (vec![3], one("lamsp", "lamps")),
        "a swap is one edit"
    );
    assert_eq!(corrected("lmap"), (vec![], vec![]), "not under 5 letters");
    assert_eq!(
        corrected("lampzz"),
        (vec![], vec![]),
        "two edits only from 9 letters"
    );
    assert_eq!(
        corrected("trafikcing"),
        (vec![1], one("trafikcing", "trafficking")),
        "two from 9"
    );
    assert_eq!(corrected("recruit onlien").0, [0], "each word on its own");
}

#[test]
fn corrections_are_highlighted_with_their_forms() {
    let report = forms();
    let finder = Finder::new(&report);
    let terms = finder.terms(&Query::default().with_text("Trafficing"));
    assert_eq!(
        terms.corrections().collect::<Vec<_>>(),
        [Correction {
            typed: "trafficing",
            instead: &["trafficking".to_owned()]
        }]
    );
    let text = "Trafficked, trafficking and trade";
    let marked: Vec<&str> = terms.highlights(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["Trafficked", "trafficking"]);
}

#[test]
fn with_no_results_the_reports_nearest_words_are_offered_best_first() {
    let report = forms();
    let finder = Finder::new(&report);
    let query = Query::new([0], []).with_text("Lampzz air");
    let respellings = finder.respellings(&query);
    assert_eq!(
        respellings,
        [Respelling {
            typed: "lampzz".into(),
            word: "lamps".into(),
            edits: 2,
            gives: 1
        }]
    );
    let respelled = respellings[0].apply(&query);
    assert_eq!((respelled.text(), respelled.themes()), ("lamps air", &[0][..]));
    assert_eq!(finder.results(&respelled), [3]);
    assert!(
        finder
            .respellings(&Query::default().with_text("lamps"))
            .is_empty(),
        "results show"
    );
    assert!(
        finder
            .respellings(&Query::default().with_text("qqqqqqqq"))
            .is_empty(),
        "no word near enough"
    );
    assert!(
        finder
            .respellings(&Query::default().with_text("lamps online"))
            .is_empty(),
        "each word matches something: dropping a filter is what helps"
    );
}

#[test]
fn a_word_of_one_or_two_letters_matches_findings_with_a_word_it_starts() {
    let report = tides();
    let finder = Finder::new(&report);
    let results = |text: &str| finder.results(&Query::default().with_text(text));
    assert_eq!(results("ti"), [0, 1, 2, 3, 4], "not Riptide");
    assert_eq!(
        results("t"),
        [0, 1, 2, 3, 4],
        "The, tide, Tidal, Tideway: not Riptide"
    );
    assert_eq!(
        results("tid"),
        [0, 1, 2, 3, 4, 5],
        "from three letters, inside words too"
    );
    assert_eq!(results("pt"), Vec::<usize>::new());
    assert_eq!(
        finder.respellings(&Query::default().with_text("pt")),
        [],
        "a short word is never respelt"
    );
}
