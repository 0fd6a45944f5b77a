//! No report can give two elements of the page the same id: every view of a report whose ids
//! look like each other's parts and like the page's own ids, drawn together, has no id twice.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use maud::html;
use report::html::contract::ids;
use report::html::{self, FindingsSection, Links};
use report::{Finder, Query, Terms, View};

fn fixture() -> report::Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/colliding-ids.md");
    let source = fs::read_to_string(path).unwrap();
    report::parse_report("colliding-ids.md", &source).unwrap_or_else(|d| panic!("{d:?}"))
}

/// Every view the page can show, in the page's frame, with the one id of `index.html` itself.
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
    let cards = html::finding_list(&links, &results, &query, &Terms::default(), html::Cite::OnOpen);
    let section = html::findings_section(&FindingsSection::unfiltered(
        &texts,
        results.len(),
        &cards,
        results.len(),
    ));
    let searched = finder.results(&Query::default().with_text(query.text()));
    let blocks = &report.narrative;
    let table = html::OverviewTable::new(report, finder.matrix(&query), &searched);
    let views = html! {
        (html::findings_layout(&html::filter_panel(&texts, report, &counts, &query, true), &section))
        (html::speakers_section(&texts))
        (html::speakers(&links, 0..report.speakers.len()))
        (html::overview_section(&html::overview(&links, &query, &table, &searched)))
        (table.rows(&links, &query, 0..report.speakers.len()))
        (html::narrative_section(&texts, links.report_lang(), links.report_dir()))
        (html::narrative(&links, blocks, 0..blocks.len(), &html::Passages::of(report, blocks.len()), &|_| Query::default()))
    };
    let footer = html::footer(&texts, report, "https://example.org/", "abcd", "2031-04-01");
    let page = html::report_frame(&links, View::Findings, &query, &views, Some(&footer));
    format!("<div id=\"{}\">{}</div>", ids::APP, page.0)
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
