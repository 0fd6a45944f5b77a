//! No report can give two elements of the page the same id: every view of a report whose ids
//! look like each other's parts and like the page's own ids, drawn together, has no id twice.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use report::html::contract::ids;
use report::html::{self, FindingsSection, Links};
use report::{Finder, Query, Terms, View};

fn fixture() -> report::Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/colliding-ids.md");
    let source = fs::read_to_string(path).unwrap();
    report::parse_report("colliding-ids.md", &source).unwrap_or_else(|d| panic!("{d:?}"))
}

/// Every view the page can show, with the ids the app draws itself.
fn every_view(report: &report::Report) -> String {
    let texts = report::Texts::english();
    let links = Links {
        report,
        slug: None,
        texts: &texts,
        lang: None,
    };
    let finder = Finder::new(report);
    let query = Query::default();
    let (results, counts) = finder.results_and_counts(&query);
    let mut page = String::new();
    // The ids the app's own views draw; the core's HTML draws the rest of `ids::FIXED`.
    for id in [ids::APP, ids::MAIN, ids::SPEAKERS_HEADING, ids::NARRATIVE_HEADING] {
        page.push_str(&format!("<div id=\"{id}\"></div>"));
    }
    page.push_str(&html::masthead(&links).0);
    page.push_str(&html::tabs(&links, View::Findings, &query).0);
    page.push_str(&html::filter_panel(&texts, report, &counts, &query, true).0);
    let cards = html::finding_list(&links, &results, &query, &Terms::default(), html::Cite::OnOpen);
    let empty = html::Markup::default();
    let section = FindingsSection {
        texts: &texts,
        shown: results.len(),
        total: results.len(),
        filters: "none",
        chips: &empty,
        notices: &empty,
        help: &empty,
        cards: &cards,
        before: 0,
        after: 0,
    };
    page.push_str(&html::findings_section(&section).0);
    page.push_str(&html::speakers(&links).0);
    let searched = finder.results(&Query::default().with_text(query.text()));
    page.push_str(&html::overview(&links, &query, &finder.matrix(&query), &searched).0);
    page.push_str(&html::narrative(&links, &|_| Query::default()).0);
    page.push_str(&html::footer(&texts, report, "https://example.org/", "abcd", "2031-04-01").0);
    page
}

#[test]
fn no_two_elements_of_any_view_share_an_id() {
    let report = fixture();
    let page = every_view(&report);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for part in page.split(" id=\"").skip(1) {
        let id = part.split('"').next().unwrap_or_default();
        *seen.entry(id).or_default() += 1;
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "ids drawn more than once: {twice:?}");
    for id in ids::FIXED {
        assert!(seen.contains_key(id), "{id} is drawn");
    }
    for id in [
        "finding-fine",
        "finding-fine-heading",
        "speaker-x-name",
        "speaker-facets",
        "finding-search",
    ] {
        assert!(seen.contains_key(id), "{id} is drawn");
    }
}
