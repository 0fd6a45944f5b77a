//! Every name of the contract is where the app looks for it in the markup the core draws.

use super::{Action, ToCopy, attr, class, ids};
use crate::finder::Finder;
use crate::html::{
    Cite, FindingsSection, Links, Markup, OverviewTable, finding_list, findings_section, library_listing,
    library_page, overview,
};
use crate::html::{
    chips, filter_panel, narrative_section, overview_section, prerender_report, report_frame,
    speakers_section, tabs,
};
use crate::library::{LibraryFinder, LibraryQuery};
use crate::query::Query;
use crate::search::Terms;
use crate::testing::{catalogue, finding, report};
use crate::url::{View, in_report};
use maud::html;

/// Every class the markup's `class` attributes give, one by one.
fn classes(html: &str) -> Vec<&str> {
    html.split("class=\"")
        .skip(1)
        .flat_map(|rest| rest.split('"').next().unwrap_or("").split(' '))
        .collect()
}

/// The report viewer's markup, with every part the app finds: the tabs, a folding filter panel,
/// the findings section with its hidden parts and both "Show" buttons, chips and cards (one
/// pending).
fn viewer_markup() -> String {
    let speakers: Vec<String> = (0..16).map(|s| format!("S{s}")).collect();
    let speakers: Vec<&str> = speakers.iter().map(String::as_str).collect();
    // The second finding's words are still on their way: its card is drawn pending.
    let mut pending = finding("Two", &[0], 1);
    pending.text = std::sync::OnceLock::new();
    let report = report(&["Theme"], &speakers, vec![finding("One", &[0], 0), pending]);
    let texts = crate::texts::Texts::english();
    let links = Links::of(&report, &texts);
    let query = Query::new([0], [1]).with_text("one");
    let (results, counts) = Finder::new(&report).results_and_counts(&query);
    let chips_html = chips(&links, &query);
    let cards = finding_list(&links, &[0, 1], &query, &Terms::parse("one"), Cite::OnOpen);
    let empty = Markup::default();
    let section = FindingsSection {
        texts: &texts,
        shown: results.len(),
        waiting: None,
        total: 1,
        filters: "",
        chips: &chips_html,
        note: &empty,
        notices: &empty,
        help: &empty,
        cards: &cards,
        before: 1,
        after: 1,
    };
    let mut out = String::new();
    out.push_str(&tabs(&links, View::Findings, &query).0);
    out.push_str(&filter_panel(&texts, &report, &counts, &query, true).0);
    out.push_str(&findings_section(&section).0);
    let table = OverviewTable::new(&report, Finder::new(&report).matrix(&query), &results);
    let overview = overview(&links, &query, &table, &results);
    for (view, main) in [
        (View::Overview, overview_section(&overview)),
        (View::Report, narrative_section(&texts, None, "auto")),
        (View::Speakers, speakers_section(&texts)),
    ] {
        out.push_str(&report_frame(&links, view, &query, &main, Some(&html! { "footer" })).0);
    }
    // The page drawn at build time holds the section and the panel as the app draws them.
    out.push_str(&prerender_report(&texts, &report).body.0);
    out
}

#[test]
fn the_markup_carries_every_name_the_app_looks_for() {
    let viewer = viewer_markup();
    let catalogue = catalogue(&[("a", "Harbours", "2014-01-01", "Brussels")]);
    let query = LibraryQuery::default();
    let texts = crate::texts::Texts::english();
    let listing = library_listing(
        (&texts, None),
        &catalogue,
        &query,
        &LibraryFinder::new(&[]),
        (0, 0),
        |l| in_report(&l.name, ""),
    );
    let library = library_page(&texts, &catalogue, &query, &Markup::default(), &listing, None).into_string();
    let drawn = [viewer.as_str(), library.as_str()].concat();
    let drawn_classes = classes(&drawn);
    for class in class::ALL {
        // `current` and `hidden` are also set by the app; the rest are only found.
        assert!(drawn_classes.contains(&class.name), "class {}", class.name);
    }
    for action in Action::ALL {
        assert!(
            viewer.contains(&format!("{}=\"{}\"", attr::DO, action.as_str())),
            "{action:?}"
        );
    }
    for what in ToCopy::ALL {
        assert!(
            viewer.contains(&format!("{}=\"{}\"", attr::COPY, what.as_str())),
            "{what:?}"
        );
    }
    for name in [attr::NAV, attr::GO] {
        assert!(viewer.contains(&format!(" {name}")), "{name}");
    }
    assert!(viewer.contains(&format!(" {}>", attr::FOLD)));
    assert!(
        viewer.contains(&format!("<a {} href=", attr::NAV))
            || viewer.contains(&format!("\" {} href=", attr::NAV))
    );
    for id in [
        ids::SEARCH,
        ids::SPEAKER_FACETS,
        &ids::tab("overview"),
        &ids::facet_row("speaker", 15),
    ] {
        assert!(viewer.contains(&format!(" id=\"{id}\"")), "id {id}");
    }
    assert!(library.contains(&format!(
        "<main id=\"main\" tabindex=\"-1\" class=\"{}\">",
        class::LIBRARY.name
    )));
    assert!(viewer.contains(&format!("<p class=\"{}\" role=\"status\">", class::STATUS.name)));
    // Each facet row holds its box and its count, found by what they are.
    let row = viewer
        .split(&format!("id=\"{}\"", ids::facet_row("theme", 0)))
        .nth(1)
        .unwrap();
    let row = &row[..row.find("</label>").unwrap()];
    assert!(row.contains("<input type=\"checkbox\""));
    assert!(row.contains(&format!("<span class=\"{}\">", class::FACET_COUNT.name)));
}
