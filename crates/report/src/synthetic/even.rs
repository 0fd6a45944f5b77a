//! The even shape: 24 words, equal shares, all findings alike; byte for byte the first generator's.

use std::fmt::Write;

const WORDS: [&str; 24] = [
    "harbour", "lantern", "tide", "ledger", "meadow", "signal", "orchard", "compass", "granite", "willow",
    "beacon", "thistle", "canal", "furnace", "quarry", "saddle", "pebble", "falcon", "cellar", "ribbon",
    "mosaic", "anchor", "glacier", "tinder",
];

/// A deterministic pseudo-random sequence (64-bit linear congruential), so reports repeat exactly.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut out = String::new();
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(WORDS[self.next(WORDS.len())]);
        }
        out
    }
}

/// A fictional report with `findings` findings, `speakers` speakers and `themes` themes, each
/// finding quoting its own sentence of the narrative.
pub fn markdown(findings: usize, speakers: usize, themes: usize) -> String {
    let mut sequence = Sequence(findings as u64 * 31 + speakers as u64 * 7 + themes as u64);
    let mut out = String::from(
        "---\nTitle: Synthetic Report (fictional, for benchmarks)\nDate: 2031-01-01\nPlace: Nowhere\n\
         Author: Generator\nPublisher: Benchmark Press\n---\n\n# Themes\n\n",
    );
    for t in 0..themes {
        let _ = writeln!(
            out,
            "## Theme {t} of the synthetic report {{#t{t}}}\n\n- Short: Theme {t}\n"
        );
    }
    out.push_str("# Speakers\n\n");
    for s in 0..speakers {
        let _ = writeln!(
            out,
            "## Speaker Number {s} {{#s{s}}}\n\n- Kind: person\n- Role: role {s}\n"
        );
    }
    out.push_str("# Findings\n\n");
    let mut narrative = String::new();
    for f in 0..findings {
        let passage = format!("Passage {f}: {}.", sequence.sentence(12));
        let first = sequence.next(themes);
        let second = sequence.next(themes);
        let theme_ids = if first == second {
            format!("t{first}")
        } else {
            format!("t{}, t{}", first.min(second), first.max(second))
        };
        let _ = writeln!(
            out,
            "## Finding {f}: {} {{#f{f}}}\n\n- Themes: {theme_ids}\n- Speaker: s{}\n- Kind: observation\n\n{}.\n\n> {passage}\n",
            sequence.sentence(4),
            sequence.next(speakers),
            sequence.sentence(20),
        );
        narrative.push_str(&passage);
        narrative.push(if f % 5 == 4 { '\n' } else { ' ' });
        if f % 5 == 4 {
            narrative.push('\n');
        }
    }
    out.push_str("# Report\n\n");
    out.push_str(narrative.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_reports_are_valid_deterministic_and_of_the_asked_size() {
        let source = markdown(50, 7, 3);
        assert_eq!(source, markdown(50, 7, 3));
        let report = crate::parse_report("synthetic.md", &source).unwrap_or_else(|d| panic!("{d:?}"));
        assert_eq!(
            (report.findings.len(), report.speakers.len(), report.themes.len()),
            (50, 7, 3)
        );
        assert!(report.findings.iter().all(|f| !f.locations.is_empty()));
    }
}
