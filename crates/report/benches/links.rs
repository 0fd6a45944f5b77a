//! How long a link takes to read: 1 MiB links of each shape that once took time growing with
//! their square, on the synthetic report of 1,000 findings (200 speakers, 20 themes), and the
//! words of a 1 MiB search.
//! `cargo bench -p report --bench links`.

use report::{Report, Terms, parse_report, parse_search, synthetic};

fn main() {
    divan::main();
}

/// The length of every link measured: 1 MiB.
const LENGTH: usize = 1 << 20;

fn report() -> Report {
    parse_report("synthetic.md", &synthetic::markdown(1_000, 200, 20)).expect("synthetic reports are valid")
}

/// `piece(n)` repeated until the link is [`LENGTH`] bytes long.
fn repeated(piece: impl Fn(usize) -> String) -> String {
    let mut link = String::with_capacity(LENGTH + 64);
    let mut n = 0;
    while link.len() < LENGTH {
        link.push_str(&piece(n));
        n += 1;
    }
    link.truncate(LENGTH);
    link
}

/// Reads `link` against the synthetic report.
fn read(bencher: divan::Bencher, link: String) {
    let report = report();
    bencher.bench(|| parse_search(divan::black_box(&link), &report));
}

/// One search of 1 MiB: words, some repeated.
#[divan::bench]
fn one_huge_search(bencher: divan::Bencher) {
    read(
        bencher,
        format!("q={}", repeated(|n| format!("word{}+", n % 5_000))),
    );
}

/// The words of a 1 MiB search, as the finder takes them from the typed text.
#[divan::bench]
fn words_of_a_huge_search(bencher: divan::Bencher) {
    let text = repeated(|n| format!("word{n} "));
    bencher.bench(|| Terms::parse(divan::black_box(&text)));
}

/// A theme key repeated about 100,000 times, with known and unknown values.
#[divan::bench]
fn repeated_theme_keys(bencher: divan::Bencher) {
    let report = report();
    let known = report.themes[3].id.clone();
    read(
        bencher,
        repeated(|n| {
            if n % 2 == 0 {
                format!("theme={known}&")
            } else {
                format!("theme=t{n}&")
            }
        }),
    );
}

/// One speaker key with about 100,000 comma-separated values, known and unknown.
#[divan::bench]
fn one_key_with_many_values(bencher: divan::Bencher) {
    let report = report();
    let known = report.speakers[70].id.clone();
    read(
        bencher,
        format!(
            "speaker={}",
            repeated(|n| if n % 2 == 0 {
                format!("{known},")
            } else {
                format!("s{n},")
            })
        ),
    );
}

/// A report name of 1 MiB.
#[divan::bench]
fn one_huge_report_name(bencher: divan::Bencher) {
    read(bencher, format!("report={}", repeated(|_| String::from("r"))));
}

/// About 100,000 keys the viewer does not know.
#[divan::bench]
fn many_unknown_keys(bencher: divan::Bencher) {
    read(bencher, repeated(|n| format!("utm{n}=x&")));
}

/// Percent-escapes throughout: a search of 1 MiB of encoded characters.
#[divan::bench]
fn one_encoded_search(bencher: divan::Bencher) {
    read(bencher, format!("q={}", repeated(|_| String::from("%C3%A9%20"))));
}
