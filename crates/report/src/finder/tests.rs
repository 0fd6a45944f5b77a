//! The finder's tests: filters, facet counts, the matrix and the filters to drop.

use super::*;
use crate::query::Order;
use crate::testing::finding;

/// Three themes, three speakers, five findings.
fn report() -> Report {
    crate::testing::report(
        &["Tides", "Boats", "Lamps"],
        &["Ada", "Bo", "Cy"],
        vec![
            finding("Tides rise", &[0], 0),
            finding("Tides and boats", &[0, 1], 1),
            finding("Boats leak", &[1], 0),
            finding("Lamps dim", &[2], 2),
            finding("Boats need lamps", &[1, 2], 1),
        ],
    )
}

#[test]
fn an_empty_query_shows_everything() {
    let report = report();
    assert_eq!(Finder::new(&report).results(&Query::default()), [0, 1, 2, 3, 4]);
}

#[test]
fn filtering_alone_does_without_the_words_and_the_first_search_lists_them() {
    let report = report();
    let finder = Finder::new(&report);
    let filtered = Query::new([1], [0, 1]).with_order(Order::Relevance);
    assert_eq!(finder.results_and_counts(&filtered).0, [1, 2, 4]);
    assert_eq!(finder.first_results(&filtered, 2), [1, 2]);
    assert_eq!(finder.matrix(&filtered)[1], [1, 2, 0]);
    assert_eq!(finder.suggestions(&Query::new([2], [0])).len(), 2);
    assert!(!finder.is_prepared(), "no search, no words listed");
    assert_eq!(finder.results(&filtered.with_text("lamps")), [4]);
    assert!(finder.is_prepared());
    let prepared = Finder::new(&report);
    prepared.prepare();
    assert!(prepared.is_prepared());
    assert_eq!(prepared.results(&Query::default().with_text("boat")), [1, 2, 4]);
}

#[test]
fn a_search_waits_for_every_findings_text_and_filtering_does_not() {
    let whole = report();
    let mut apart = whole.clone();
    let texts: Vec<_> = apart
        .findings
        .iter_mut()
        .map(|f| f.text.take().unwrap())
        .collect();
    let finder = Finder::new(&apart);
    let filtered = Query::new([1], [0, 1]);
    let searched = filtered.clone().with_order(Order::Relevance).with_text("boats");
    assert_eq!(finder.results_and_counts(&filtered).0, [1, 2, 4]);
    assert!(!finder.searchable());
    assert_eq!(finder.results_and_counts(&searched).0, Vec::<usize>::new());
    assert_eq!(finder.first_results(&searched, 2), Vec::<usize>::new());
    assert!(finder.respellings(&searched).is_empty());
    assert!(!finder.is_prepared(), "no index made of missing words");

    // Some words come: still not searchable; then the rest, and the same search is run anew.
    apart.fill_texts(0..2, texts[..2].to_vec()).unwrap();
    assert!(!finder.searchable());
    apart.fill_texts(2..5, texts[2..].to_vec()).unwrap();
    assert!(finder.searchable());
    let expected = Finder::new(&whole).results_and_counts(&searched);
    assert_eq!(finder.results_and_counts(&searched), expected);
    assert_eq!(expected.0, [1, 2, 4]);
}

#[test]
fn themes_combine_with_or_speakers_with_or_and_facets_with_and() {
    let report = report();
    let finder = Finder::new(&report);
    assert_eq!(finder.results(&Query::new([0], [])), [0, 1]);
    assert_eq!(finder.results(&Query::new([0, 2], [])), [0, 1, 3, 4]);
    assert_eq!(finder.results(&Query::new([], [0, 2])), [0, 2, 3]);
    assert_eq!(finder.results(&Query::new([1], [0])), [2]);
    assert_eq!(finder.results(&Query::new([1, 2], [1, 2])), [1, 3, 4]);
    assert_eq!(finder.results(&Query::new([0], [2])), Vec::<usize>::new());
}

#[test]
fn search_matches_heading_speaker_and_theme_names_and_combines_with_facets() {
    let report = report();
    let finder = Finder::new(&report);
    assert_eq!(finder.results(&Query::default().with_text("LAMPS")), [3, 4]);
    assert_eq!(
        finder.results(&Query::default().with_text("bo")),
        [1, 2, 4],
        "speaker Bo or theme Boats"
    );
    assert_eq!(finder.results(&Query::new([], [1]).with_text("lamps")), [4]);
    assert_eq!(finder.results(&Query::default().with_text("tides ada")), [0]);
    assert_eq!(
        finder.results(&Query::default().with_text("nothing")),
        Vec::<usize>::new()
    );
}

#[test]
fn facet_counts_follow_the_other_facet_and_the_search() {
    let report = report();
    let finder = Finder::new(&report);
    let all = finder.facet_counts(&Query::default());
    assert_eq!((all.themes, all.speakers), (vec![2, 3, 2], vec![2, 2, 1]));
    let boats = finder.facet_counts(&Query::new([1], []));
    assert_eq!((boats.themes, boats.speakers), (vec![2, 3, 2], vec![1, 2, 0]));
    let boats_bo = finder.facet_counts(&Query::new([1], [1]));
    assert_eq!(
        (boats_bo.themes, boats_bo.speakers),
        (vec![1, 2, 1], vec![1, 2, 0])
    );
    let lamps_text = finder.facet_counts(&Query::new([], [1]).with_text("lamps"));
    assert_eq!(
        (lamps_text.themes, lamps_text.speakers),
        (vec![0, 1, 1], vec![0, 1, 1])
    );
}

#[test]
fn one_pass_gives_the_same_results_and_counts_as_two() {
    let report = report();
    let finder = Finder::new(&report);
    for query in [
        Query::default(),
        Query::new([1], [1]),
        Query::new([0, 2], [])
            .with_text("boats")
            .with_order(Order::Report),
    ] {
        assert_eq!(
            finder.results_and_counts(&query),
            (finder.results(&query), finder.facet_counts(&query))
        );
    }
}

#[test]
fn the_matrix_counts_themes_by_speaker_under_the_search() {
    let report = report();
    let finder = Finder::new(&report);
    assert_eq!(
        finder.matrix(&Query::new([0], [2])),
        [[1, 1, 0], [1, 2, 0], [0, 1, 1]]
    );
    assert_eq!(
        finder.matrix(&Query::default().with_text("boats")),
        [[0, 1, 0], [1, 2, 0], [0, 1, 0]]
    );
}

#[test]
fn with_no_results_it_suggests_each_filter_to_drop_with_its_count() {
    let report = report();
    let finder = Finder::new(&report);
    let query = Query::new([0], [2]).with_text("tides");
    assert_eq!(finder.results(&query), Vec::<usize>::new());
    let suggestions = finder.suggestions(&query);
    assert_eq!(
        suggestions,
        [Suggestion {
            drop: Filter::Speaker(2),
            gives: 2
        }],
        "dropping the theme alone gives none"
    );
    assert_eq!(finder.results(&suggestions[0].apply(&query)), [0, 1]);

    let lamps_by_ada = Query::new([2], [0]);
    assert_eq!(
        finder.suggestions(&lamps_by_ada),
        [
            Suggestion {
                drop: Filter::Theme(2),
                gives: 2
            },
            Suggestion {
                drop: Filter::Speaker(0),
                gives: 2
            }
        ]
    );
    let searched = Query::new([], [2]).with_text("boats");
    assert_eq!(
        finder.suggestions(&searched),
        [
            Suggestion {
                drop: Filter::Speaker(2),
                gives: 3
            },
            Suggestion {
                drop: Filter::Search,
                gives: 1
            }
        ]
    );
    assert!(
        finder.suggestions(&Query::new([0], [])).is_empty(),
        "nothing to suggest when findings show"
    );
}
