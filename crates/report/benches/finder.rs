//! How fast the core answers a reader: filtering with all facet counts, and search, on synthetic
//! reports of 1,000 and 10,000 findings: the even shape (200 speakers, 20 themes) and the
//! realistic one (varied prose, 300 speakers, 12 themes). `cargo bench -p report --bench finder`.

use report::synthetic::Shape;
use report::{Finder, Query, Report, parse_report, synthetic};

fn main() {
    divan::main();
}

fn report(findings: usize) -> &'static Report {
    let source = synthetic::markdown(findings, 200, 20);
    Box::leak(Box::new(
        parse_report("synthetic.md", &source).expect("synthetic reports are valid"),
    ))
}

/// A realistic report of `findings` findings, made once per size and kept.
fn realistic(findings: usize) -> &'static Report {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static MADE: OnceLock<Mutex<HashMap<usize, &'static Report>>> = OnceLock::new();
    let mut made = MADE.get_or_init(Default::default).lock().expect("not poisoned");
    made.entry(findings).or_insert_with(|| {
        let (speakers, themes) = Shape::Realistic.default_speakers_and_themes();
        let source = Shape::Realistic.markdown(findings, speakers, themes);
        Box::leak(Box::new(
            parse_report("synthetic.md", &source).expect("synthetic reports are valid"),
        ))
    })
}

/// The `n`th word of at least `letters` letters of finding `finding`'s heading (or of a later
/// finding's, if it has none), lowercase: a word the report has.
fn heading_word(report: &Report, finding: usize, n: usize, letters: usize) -> String {
    let words: Vec<&str> = report.findings[finding..]
        .iter()
        .map(|f| {
            f.heading()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= letters && w.chars().all(char::is_alphabetic))
                .collect::<Vec<_>>()
        })
        .find(|words| !words.is_empty())
        .expect("a heading with such a word");
    words[n % words.len()].to_lowercase()
}

/// Two themes and three speakers chosen: the usual shape of a filtered view.
fn filtered() -> Query {
    Query::new([3, 11], [5, 70, 150])
}

/// Times what the findings view asks on each click or keystroke: results and every facet count.
fn answer(bencher: divan::Bencher, findings: usize, query: Query) {
    let finder = Finder::new(report(findings));
    bencher.bench(|| finder.results_and_counts(divan::black_box(&query)));
}

#[divan::bench(args = [1_000, 10_000])]
fn filter_and_all_facet_counts(bencher: divan::Bencher, findings: usize) {
    answer(bencher, findings, filtered());
}

/// Times a search (results and counts) right after `before`: the finder narrows from the last
/// search's matches when the new one only adds to its words, so what came before matters.
fn search_after(bencher: divan::Bencher, report: &Report, before: &str, text: &str) {
    let finder = Finder::new(report);
    let (before, query) = (
        Query::default().with_text(before),
        Query::default().with_text(text),
    );
    bencher
        .with_inputs(|| {
            finder.results_and_counts(&before);
        })
        .bench_refs(|_| finder.results_and_counts(divan::black_box(&query)));
}

/// A search through every finding: after one it does not narrow.
#[divan::bench(args = [1_000, 10_000])]
fn search_keystroke_with_counts(bencher: divan::Bencher, findings: usize) {
    search_after(bencher, report(findings), "lantern harb", "harbour lan");
}

/// Typing a word further: only the last search's matches are looked at.
#[divan::bench(args = [1_000, 10_000])]
fn typing_a_word_further(bencher: divan::Bencher, findings: usize) {
    search_after(bencher, report(findings), "harbour la", "harbour lan");
}

/// What the frame that answers a keystroke needs before the counts: the first 31 results of a
/// search through every finding (enough for a page, or to know the list is short).
#[divan::bench(args = [1_000, 10_000])]
fn first_results_of_a_search(bencher: divan::Bencher, findings: usize) {
    first_results_after(bencher, report(findings), "lantern harb", "harbour lan");
}

/// Times the first 31 results of `text` right after a search for `before`.
fn first_results_after(bencher: divan::Bencher, report: &Report, before: &str, text: &str) {
    let finder = Finder::new(report);
    let (before, query) = (
        Query::default().with_text(before),
        Query::default().with_text(text),
    );
    bencher
        .with_inputs(|| {
            finder.results_and_counts(&before);
        })
        .bench_refs(|_| finder.first_results(divan::black_box(&query), 31));
}

/// The realistic report's keystroke: a word of one finding's heading, then the first three
/// letters of a word of another's, after a search that does not narrow to it.
fn realistic_keystroke(findings: usize) -> (&'static Report, String, String) {
    let report = realistic(findings);
    let (whole, start) = (
        heading_word(report, findings / 3, 0, 4),
        heading_word(report, findings / 2, 1, 4),
    );
    let text = format!("{whole} {}", &start[..3]);
    (report, format!("{start} {}", &whole[..2]), text)
}

/// A keystroke in the realistic report, answered with results and every facet count.
#[divan::bench(args = [1_000, 10_000])]
fn realistic_search_keystroke_with_counts(bencher: divan::Bencher, findings: usize) {
    let (report, before, text) = realistic_keystroke(findings);
    search_after(bencher, report, &before, &text);
}

/// The first 31 results of that keystroke: what the frame that answers it draws.
#[divan::bench(args = [1_000, 10_000])]
fn realistic_first_results(bencher: divan::Bencher, findings: usize) {
    let (report, before, text) = realistic_keystroke(findings);
    first_results_after(bencher, report, &before, &text);
}

/// A misspelt word (a letter left out of a word the report has) after another search: a word
/// that matches nothing, so the report's words one edit away are looked for.
#[divan::bench(args = [1_000, 10_000])]
fn realistic_misspelt_word(bencher: divan::Bencher, findings: usize) {
    let report = realistic(findings);
    let word = heading_word(report, findings / 4, 0, 7);
    let misspelt = format!("{}{}", &word[..2], &word[3..]);
    search_after(bencher, report, "x", &misspelt);
}

#[divan::bench(args = [1_000, 10_000])]
fn prepare_search_index(bencher: divan::Bencher, findings: usize) {
    let report = report(findings);
    bencher.bench(|| Finder::new(divan::black_box(report)).prepare());
}

#[divan::bench(args = [1_000, 10_000])]
fn realistic_prepare_search_index(bencher: divan::Bencher, findings: usize) {
    let report = realistic(findings);
    bencher.bench(|| Finder::new(divan::black_box(report)).prepare());
}

/// The first letter typed in the empty search field of the realistic report: the widest search
/// (every word starting with it), answered with results and every facet count.
#[divan::bench(args = [1_000, 10_000])]
fn realistic_first_letter_with_counts(bencher: divan::Bencher, findings: usize) {
    let report = realistic(findings);
    let letter = heading_word(report, findings / 3, 0, 4)[..1].to_owned();
    search_after(bencher, report, "", &letter);
}

/// The first 31 results of that first letter: what the frame that answers it draws.
#[divan::bench(args = [1_000, 10_000])]
fn realistic_first_letter_first_results(bencher: divan::Bencher, findings: usize) {
    let report = realistic(findings);
    let letter = heading_word(report, findings / 3, 0, 4)[..1].to_owned();
    first_results_after(bencher, report, "", &letter);
}
