//! Property tests: the URL parser and the report parser never panic, whatever they are given,
//! the URL format round-trips, and a search typed keystroke by keystroke finds what a fresh
//! search finds, folding twice is folding once, highlights never part a letter from its accents,
//! and report text escaped for Markdown renders as the same text. `PROPTEST_CASES` sets how many cases run (256 by default).

use std::fs;
use std::path::Path;

mod rendered;

use proptest::prelude::*;
use report::markdown_text::{line_by_line, one_line};
use report::{Finder, Order, Query, Report, Terms, View, fold, parse_report, parse_search, to_search};

fn seed_source() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../reports/renate-brussels-2014.md"))
        .unwrap()
}

fn seed() -> Report {
    parse_report("seed.md", &seed_source()).unwrap()
}

/// Characters that matter to query strings, Markdown and the parser's own syntax, plus any.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("%".to_owned()),
        Just("%E2%80".to_owned()),
        Just("&".to_owned()),
        Just("=".to_owned()),
        Just(",".to_owned()),
        Just("+".to_owned()),
        Just("theme=".to_owned()),
        Just("speaker=".to_owned()),
        Just("q=".to_owned()),
        Just("view=".to_owned()),
        Just("order=report".to_owned()),
        Just("\n".to_owned()),
        Just("# ".to_owned()),
        Just("## ".to_owned()),
        Just("- ".to_owned()),
        Just("> ".to_owned()),
        Just("---\n".to_owned()),
        Just("{#".to_owned()),
        Just("<".to_owned()),
        Just("`".to_owned()),
        Just("1. ".to_owned()),
        any::<String>(),
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}

/// Text full of what folding changes: accented and special Latin letters, combining accents
/// (alone, stacked and at the start), letters whose lowercase is longer, and any characters.
fn accented_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[eEaAsSiIdDtT ]",
        "[\\u{300}-\\u{36F}]{1,3}",
        "[\\u{C0}-\\u{24F}\\u{1E00}-\\u{1EFF}]",
        "[İẞŉǅΣσς’—]",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(pieces, 0..24).prop_map(|parts| parts.concat())
}

/// Text as reports hold it, made of pieces that mean something to Markdown, HTML or GFM, line
/// breaks, and any printable characters.
fn markdown_hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        prop::sample::select(vec![
            "#",
            "## ",
            " #",
            "- ",
            "+ ",
            "* ",
            "=",
            "===",
            "---",
            "> ",
            "1. ",
            "2) ",
            ": ",
            "_",
            "__",
            "*",
            "`",
            "```",
            "~~",
            "~~~",
            "<",
            "</b>",
            "<img src=x onerror=alert(1)>",
            "<https://x.example>",
            "&amp;",
            "&#10;",
            "[",
            "]",
            "](javascript:alert(1))",
            "[[w]]",
            "![i](x)",
            "[^1]",
            "\\",
            "|",
            "| --- |",
            "$x$",
            "^s^",
            "{#id}",
            "www.x.example",
            "!",
            ".",
            "\n",
            "\r",
            "\t",
            "  ",
            "    ",
        ])
        .prop_map(str::to_owned),
        "[^\\p{Cc}]{0,8}",
    ];
    proptest::collection::vec(pieces, 0..24).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn the_url_parser_never_panics_and_keeps_to_the_report(search in tricky_text()) {
        let report = seed();
        let state = parse_search(&search, &report);
        prop_assert!(state.query.themes().iter().all(|&t| t < report.themes.len()));
        prop_assert!(state.query.speakers().iter().all(|&s| s < report.speakers.len()));
        // What it read, written back and read again, is the same.
        let again = parse_search(&to_search(state.view, &state.query, &report), &report);
        prop_assert_eq!(again.query.themes(), state.query.themes());
        prop_assert_eq!(again.query.speakers(), state.query.speakers());
        prop_assert_eq!(again.query.text().trim(), state.query.text().trim());
        prop_assert_eq!(again.view, state.view);
        prop_assert_eq!(again.query.order(), state.query.order());
    }

    #[test]
    fn every_query_round_trips_through_the_url(
        themes in proptest::collection::vec(0usize..4, 0..6),
        speakers in proptest::collection::vec(0usize..6, 0..8),
        text in "[^\\s]([^\\u{0}]{0,30}[^\\s])?|",
        view in 0usize..4,
        order in 0usize..2,
    ) {
        let report = seed();
        // Without a search (or one of only invisible characters) there is nothing to order:
        // the order read back is the default.
        let query = Query::new(themes, speakers).with_text(&text);
        let order = if query.text().is_empty() { Order::default() } else { Order::ALL[order] };
        let query = query.with_order(order);
        let view = View::ALL[view];
        let state = parse_search(&to_search(view, &query, &report), &report);
        prop_assert_eq!(state.query, query);
        prop_assert_eq!(state.view, view);
        prop_assert!(state.ignored.is_empty());
    }

    #[test]
    fn the_report_parser_never_panics_on_any_text(source in tricky_text()) {
        let _ = parse_report("fuzz.md", &source);
    }

    #[test]
    fn the_report_parser_never_panics_on_damaged_copies_of_the_seed(
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), 0usize..40, tricky_text()), 1..6)
    ) {
        let mut source = seed_source();
        for (at, remove, insert) in edits {
            let mut start = at.index(source.len() + 1);
            while !source.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + remove).min(source.len());
            while !source.is_char_boundary(end) {
                end += 1;
            }
            source.replace_range(start..end, &insert);
        }
        if let Err(diagnostics) = parse_report("fuzz.md", &source) {
            prop_assert!(!diagnostics.is_empty());
            for diagnostic in diagnostics {
                prop_assert!(diagnostic.line >= 1 && diagnostic.column >= 1);
            }
        }
    }

    #[test]
    fn highlights_stay_inside_the_text_on_character_boundaries(text in any::<String>(), search in any::<String>()) {
        let terms = Terms::parse(&search);
        let mut last_end = 0;
        for range in terms.highlights(&text) {
            prop_assert!(range.start >= last_end && range.start < range.end && range.end <= text.len());
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            last_end = range.end;
        }
    }

    #[test]
    fn folding_twice_is_folding_once(text in prop_oneof![accented_text(), any::<String>()]) {
        let folded = fold(&text);
        prop_assert_eq!(fold(&folded), folded);
    }

    #[test]
    fn highlights_keep_letters_whole_with_their_accents(text in accented_text(), search in accented_text()) {
        let is_accent = |c: char| ('\u{300}'..='\u{36F}').contains(&c);
        let terms = Terms::parse(&search);
        let mut last_end = 0;
        for range in terms.highlights(&text) {
            prop_assert!(range.start >= last_end && range.start < range.end && range.end <= text.len());
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            prop_assert!(!text[range.clone()].starts_with(is_accent), "{:?} in {:?}", range, text);
            prop_assert!(!text[range.end..].starts_with(is_accent), "{:?} in {:?}", range, text);
            last_end = range.end;
        }
    }

    #[test]
    fn searching_as_one_types_finds_what_a_fresh_search_finds(
        typed in proptest::collection::vec("[a-z ]{0,3}|[A-Za-zé’]{1,6}| ?(money|trafficking|victims|the|ecat|\\u{2019})", 1..12),
        speaker in 0usize..6,
    ) {
        let report = seed();
        let finder = Finder::new(&report);
        let mut text = String::new();
        for (step, piece) in typed.iter().enumerate() {
            // Typing on, and every third step deleting back to half, as readers do.
            if step % 3 == 2 {
                let half = text.chars().count() / 2;
                text = text.chars().take(half).collect();
            } else {
                text.push_str(piece);
            }
            let order = if step % 4 == 3 { Order::Report } else { Order::Relevance };
            let query = Query::default().with_text(&text).with_speaker(speaker, step % 2 == 0).with_order(order);
            let first = finder.first_results(&query, 4);
            let answer = finder.results_and_counts(&query);
            prop_assert_eq!(&answer, &Finder::new(&report).results_and_counts(&query), "{:?}", text);
            let shown = answer.0;
            prop_assert_eq!(&first[..], &shown[..shown.len().min(4)], "{:?}", text);
            let mut in_report_order = shown.clone();
            in_report_order.sort_unstable();
            prop_assert_eq!(in_report_order, finder.results(&query), "{:?}", text);
        }
    }

    #[test]
    fn escaped_text_renders_as_the_same_text_with_no_markup(text in markdown_hostile_text()) {
        let expected = rendered::as_one_line(&text);
        for (markdown, kind) in [(format!("{}\n", one_line(&text)), "p"), (format!("## {}\n", one_line(&text)), "h2")] {
            let shown = rendered::render(&markdown);
            prop_assert!(shown.links.is_empty() && shown.markup.is_empty(), "{:?} gave {:?}", markdown, shown);
            if expected.is_empty() {
                prop_assert!(shown.blocks.iter().all(|(_, text)| text.is_empty()), "{:?}", shown);
            } else {
                prop_assert_eq!(shown.blocks, vec![(kind.to_owned(), expected.clone())], "{:?}", markdown);
            }
        }
        let lines: Vec<String> = text.split(['\n', '\r']).map(rendered::as_one_line).filter(|l| !l.is_empty()).collect();
        let quoted = rendered::render(&line_by_line(&text, "> "));
        prop_assert!(quoted.links.is_empty() && quoted.markup.is_empty(), "{:?}", quoted);
        if !lines.is_empty() {
            prop_assert_eq!(quoted.blocks, vec![("> p".to_owned(), lines.join("\n"))]);
        }
    }
}
