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

#[divan::bench(args = [1_000, 10_000])]
fn search_keystroke_with_counts(bencher: divan::Bencher, findings: usize) {
    answer(bencher, findings, Query::default().with_text("harbour lan"));
}

#[divan::bench(args = [1_000, 10_000])]
fn prepare_search_index(bencher: divan::Bencher, findings: usize) {
    let report = report(findings);
    bencher.bench(|| Finder::new(divan::black_box(report)));
}
