//! The realistic shape: varied prose from a made-up language, Zipf-unequal speakers and themes.

use std::fmt::Write;

use super::language::{Language, capitalize_from};
use super::prose::{Narrative, split};
use super::random::{Random, Zipf};
use super::setting::Setting;

/// Finding kinds with how often, out of 100, each is drawn.
const KINDS: [(&str, usize); 5] = [
    ("observation", 35),
    ("research", 20),
    ("proposal", 20),
    ("concern", 15),
    ("consensus", 10),
];

fn kind(random: &mut Random) -> &'static str {
    let mut roll = random.below(100);
    for (kind, weight) in KINDS {
        if roll < weight {
            return kind;
        }
        roll -= weight;
    }
    KINDS[0].0
}

/// Indexes `0..n` in a random order, so the commonest rank is not always the first listed.
fn order(random: &mut Random, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    random.shuffle(&mut order);
    order
}

/// A passage of 10 to 30 words in one or two sentences, now and then naming its speaker first.
fn passage(random: &mut Random, language: &Language, speaker: &str, out: &mut String) {
    let total = random.between(10, 30);
    let parts = if total >= 18 && random.chance(0.35) { 2 } else { 1 };
    for (i, words) in split(random, total, parts).into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let named = speaker.split(' ').count();
        if i == 0 && words >= named + 4 && random.chance(0.1) {
            let start = out.len();
            out.push_str(speaker);
            capitalize_from(out, start);
            out.push(' ');
            language.sentence(random, words - named, false, &[], out);
        } else {
            language.sentence(random, words, true, &[], out);
        }
    }
}

/// A fictional report of `findings` findings, `speakers` speakers and `themes` themes in the
/// realistic shape, all drawn from `seed`; with its setting.
pub(super) fn report(seed: u64, findings: usize, speakers: usize, themes: usize) -> (Setting, String) {
    let mut random = Random::new(seed);
    let random = &mut random;
    let language = Language::new(random);
    let setting = Setting::new(random, &language, seed);
    let mut out = String::with_capacity(findings * 700 + speakers * 120);
    out.push_str(setting.front_matter());

    out.push_str("# Themes\n\n");
    for t in 0..themes {
        let words = random.between(3, 9);
        let _ = write!(out, "## {} {{#t{t}}}\n\n", language.title(random, words));
        if random.chance(0.8) {
            let words = random.between(1, 3);
            let _ = write!(out, "- Short: {}\n\n", language.title(random, words));
        }
    }
    out.push_str("# Speakers\n\n");
    let mentions = super::people::speakers(random, &language, speakers, &mut out);

    let speaker_order = order(random, speakers);
    let speaker_zipf = Zipf::new(speakers, 1.1);
    let theme_order = order(random, themes);
    let theme_zipf = Zipf::new(themes, 0.8);
    let mut narrative = Narrative::new(random, &language, findings);
    let mut quoted = String::new();
    out.push_str("# Findings\n\n");
    for f in 0..findings {
        let speaker = speaker_order[speaker_zipf.draw(random)];
        let fillers = [0, 0, 0, 1, 1, 2][random.below(6)];
        for _ in 0..fillers {
            let subject = random.chance(0.15).then_some(mentions[speaker].as_str());
            narrative.filler(random, &language, subject);
        }
        quoted.clear();
        passage(random, &language, &mentions[speaker], &mut quoted);
        narrative.add(&quoted);
        narrative.maybe_end_paragraph(random, &language);

        let words = random.between(4, 10);
        let _ = write!(
            out,
            "## {} {{#f{f}}}\n\n- Themes: ",
            language.heading(random, words)
        );
        let wanted = [1, 1, 1, 1, 2, 2, 2, 3][random.below(8)].min(themes);
        let mut chosen: Vec<usize> = Vec::with_capacity(wanted);
        while chosen.len() < wanted {
            let theme = theme_order[theme_zipf.draw(random)];
            if !chosen.contains(&theme) {
                chosen.push(theme);
            }
        }
        chosen.sort_unstable();
        for (i, theme) in chosen.iter().enumerate() {
            let _ = write!(out, "{}t{theme}", if i > 0 { ", " } else { "" });
        }
        let _ = write!(out, "\n- Speaker: s{speaker}\n- Kind: {}\n\n", kind(random));

        // The summary retells the passage: some of its words come back.
        let echo: Vec<&str> = quoted
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            .collect();
        let total = 12 + random.below(15) + random.below(15);
        let parts = match total {
            ..18 => 1,
            18..30 => random.between(1, 2),
            _ => random.between(2, 3),
        };
        for (i, words) in split(random, total, parts).into_iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            language.sentence(random, words, true, &echo, &mut out);
        }
        let _ = write!(out, "\n\n> {quoted}\n\n");
    }
    out.push_str("# Report\n\n");
    out.push_str(&narrative.finish());
    (setting, out)
}
