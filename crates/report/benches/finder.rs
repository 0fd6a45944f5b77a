//! How fast the core answers a reader: filtering with all facet counts, and search, on synthetic
//! reports of 1,000 and 10,000 findings (200 speakers, 20 themes). `cargo bench -p report`.

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
fn search_after(bencher: divan::Bencher, findings: usize, before: &str, text: &str) {
    let finder = Finder::new(report(findings));
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
    search_after(bencher, findings, "lantern harb", "harbour lan");
}

/// Typing a word further: only the last search's matches are looked at.
#[divan::bench(args = [1_000, 10_000])]
fn typing_a_word_further(bencher: divan::Bencher, findings: usize) {
    search_after(bencher, findings, "harbour la", "harbour lan");
}

/// What the frame that answers a keystroke needs before the counts: the first 31 results of a
/// search through every finding (enough for a page, or to know the list is short).
#[divan::bench(args = [1_000, 10_000])]
fn first_results_of_a_search(bencher: divan::Bencher, findings: usize) {
    let finder = Finder::new(report(findings));
    let (before, query) = (
        Query::default().with_text("lantern harb"),
        Query::default().with_text("harbour lan"),
    );
    bencher
        .with_inputs(|| {
            finder.results_and_counts(&before);
        })
        .bench_refs(|_| finder.first_results(divan::black_box(&query), 31));
}

#[divan::bench(args = [1_000, 10_000])]
fn prepare_search_index(bencher: divan::Bencher, findings: usize) {
    let report = report(findings);
    bencher.bench(|| Finder::new(divan::black_box(report)));
}
