//! The filter panel: a checkbox per theme and speaker with the count each would show. The app
//! draws it once from this text and then updates the boxes and counts in place, so a box keeps
//! the keyboard focus while the reader works through them. A long list of speakers is folded
//! after its first few, behind a button that shows them all.

use crate::texts::key;
use maud::{Markup, html};

use super::contract::{class, ids};
use super::finding::swatch;
use crate::finder::FacetCounts;
use crate::model::Report;
use crate::query::Query;
use crate::texts::Texts;

/// The inside of a facet's count: the number, and the word for screen readers.
fn facet_count(texts: &Texts, count: usize) -> Markup {
    html! { (texts.number(count)) span class="visually-hidden" { (facet_count_word(texts, count)) } }
}

/// What a facet's count says after its number to a screen reader (" findings"), in the form
/// `count` takes: the app changes it alone when a count changes its form.
pub fn facet_count_word(texts: &Texts, count: usize) -> String {
    format!(" {}", texts.count(key::FINDINGS_VISUALLY, count, &[]))
}

/// How many speakers a folded list shows (and any chosen after them).
pub const FOLD_AFTER: usize = 12;

/// Whether a list of `speakers` is folded at first: only when it would hide more than a few.
pub fn folds(speakers: usize) -> bool {
    speakers > FOLD_AFTER + 3
}

/// Whether the row of speaker `index` is hidden while the list is folded: it comes after the
/// first [`FOLD_AFTER`] and is not chosen.
pub fn folded_row(speakers: usize, index: usize, checked: bool) -> bool {
    folds(speakers) && index >= FOLD_AFTER && !checked
}

/// The class of a facet's row: greyed when choosing it would show nothing, and marked when a
/// folded list hides it.
pub fn facet_class(count: usize, checked: bool, folded: bool) -> &'static str {
    match (count == 0 && !checked, folded) {
        (false, false) => "facet",
        (true, false) => "facet facet-empty",
        (false, true) => "facet facet-folded",
        (true, true) => "facet facet-empty facet-folded",
    }
}

/// What the button under a list of `speakers` says: fold it, or show all of it.
pub fn fold_label(texts: &Texts, speakers: usize, folded: bool) -> String {
    if folded {
        texts.fill(key::FILTERS_SHOW_ALL, &[("count", &texts.number(speakers))])
    } else {
        texts.text(key::FILTERS_SHOW_FEWER).to_owned()
    }
}

/// How many filters are on, in words.
pub fn filters_on(texts: &Texts, active: usize) -> String {
    texts.count(key::FILTERS_ON, active, &[])
}

/// A checkbox row's state: chosen or not, its count, and whether a folded list hides it.
struct Row<'a> {
    name: &'a str,
    index: usize,
    value: &'a str,
    count: usize,
    checked: bool,
    folded: bool,
}

/// One checkbox row, `id="facet-NAME-INDEX"`, with its label.
fn facet(texts: &Texts, row: Row<'_>, label: Markup) -> Markup {
    let Row {
        name,
        index,
        value,
        count,
        checked,
        folded,
    } = row;
    html! {
        label class=(facet_class(count, checked, folded)) id=(ids::facet_row(name, index)) {
            input type="checkbox" name=(name) value=(value) checked[checked];
            span class="facet-label" { (label) }
            span class=(class::FACET_COUNT.name) { (facet_count(texts, count)) }
        }
    }
}

/// The inside of the filters' `<aside>`: the panel (`open` or not) with a checkbox for
/// every theme and speaker, checked as in `query`, and the count each would show.
pub fn filter_panel(
    texts: &Texts,
    report: &Report,
    counts: &FacetCounts,
    query: &Query,
    open: bool,
) -> Markup {
    // The report's words are marked with its language when the interface speaks another.
    let lang = (report.meta.language != texts.lang()).then_some(report.meta.language.as_str());
    let dir = report.meta.writing_direction();
    let active = query.themes().len() + query.speakers().len();
    let speakers = report.speakers.len();
    let theme_row = |t: usize| Row {
        name: "theme",
        index: t,
        value: &report.themes[t].id,
        count: counts.themes[t],
        checked: query.themes().contains(&t),
        folded: false,
    };
    let speaker_row = |s: usize| {
        let checked = query.speakers().contains(&s);
        Row {
            name: "speaker",
            index: s,
            value: &report.speakers[s].id,
            count: counts.speakers[s],
            checked,
            folded: folded_row(speakers, s, checked),
        }
    };
    // In a form that asks the browser not to keep its boxes' states: the address keeps them,
    // and a browser that records every box with each history entry (Chromium does) spends
    // milliseconds doing it for each click.
    html! {
        form autocomplete="off" { details class="filters-panel" open[open] {
            summary {
                h2 id=(ids::FILTERS_HEADING) { (texts.text(key::FILTERS_HEADING)) }
                span class={ (class::FILTERS_ACTIVE.name) @if active == 0 { " " (class::HIDDEN.name) } } {
                    (filters_on(texts, active))
                }
            }
            fieldset {
                legend { (texts.text(key::FILTERS_THEMES)) }
                @for (t, theme) in report.themes.iter().enumerate() {
                    (facet(texts, theme_row(t), html! {
                        span class={ "swatch theme-" (swatch(t)) } aria-hidden="true" {}
                        span lang=[lang] dir=(dir) { (theme.name) }
                    }))
                }
            }
            fieldset id=(ids::SPEAKER_FACETS) class=[folds(speakers).then_some(class::FOLDED.name)] {
                legend { (texts.text(key::FILTERS_SPEAKERS)) }
                @for (s, speaker) in report.speakers.iter().enumerate() {
                    (facet(texts, speaker_row(s), html! {
                        span class="speaker-name" lang=[lang] dir=(dir) { (speaker.display_name()) }
                        span class="speaker-detail" dir=(dir) { (speaker.detail(texts)) }
                    }))
                }
                @if folds(speakers) {
                    button type="button" class="button button-quiet fold" aria-controls=(ids::SPEAKER_FACETS)
                        aria-expanded="false" data-fold { (fold_label(texts, speakers, true)) }
                }
            }
            p class="filters-help" { (texts.text(key::FILTERS_HELP)) }
        } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::report;

    /// The filter panel of a report with `speakers` speakers and no findings, `query` applied.
    fn panel(speakers: usize, query: &Query) -> String {
        let names: Vec<String> = (0..speakers).map(|s| format!("S{s}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let report = report(&["Theme"], &names, Vec::new());
        let counts = FacetCounts {
            themes: vec![0],
            speakers: vec![0; speakers],
        };
        filter_panel(&Texts::english(), &report, &counts, query, true).into_string()
    }

    fn row_classes(panel: &str) -> Vec<&str> {
        panel
            .split("<label class=\"")
            .skip(2)
            .map(|row| row.split('"').next().unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_long_list_of_speakers_is_folded_after_the_first_few() {
        let html = panel(16, &Query::default());
        let classes = row_classes(&html);
        assert_eq!(classes.len(), 16);
        assert!(classes[..FOLD_AFTER].iter().all(|c| *c == "facet facet-empty"));
        assert!(
            classes[FOLD_AFTER..]
                .iter()
                .all(|c| *c == "facet facet-empty facet-folded")
        );
        assert!(html.contains("<fieldset id=\"facets-speakers\" class=\"folded\">"));
        assert!(html.contains("aria-expanded=\"false\" data-fold>Show all 16 speakers</button></fieldset>"));
    }

    #[test]
    fn a_list_that_would_hide_only_a_few_is_not_folded() {
        let html = panel(15, &Query::default());
        assert!(row_classes(&html).iter().all(|c| *c == "facet facet-empty"));
        assert!(html.contains("<fieldset id=\"facets-speakers\"><legend>"));
        assert!(!html.contains("data-fold"));
    }

    #[test]
    fn a_chosen_speaker_is_shown_in_a_folded_list() {
        let query = Query::default().with_speaker(14, true);
        let html = panel(20, &query);
        assert_eq!(
            row_classes(&html)[FOLD_AFTER..],
            [
                "facet facet-empty facet-folded",
                "facet facet-empty facet-folded",
                "facet",
                "facet facet-empty facet-folded",
                "facet facet-empty facet-folded",
                "facet facet-empty facet-folded",
                "facet facet-empty facet-folded",
                "facet facet-empty facet-folded",
            ]
        );
    }

    #[test]
    fn the_boxes_are_in_a_form_whose_states_the_browser_does_not_keep() {
        let html = panel(3, &Query::default());
        assert!(html.starts_with("<form autocomplete=\"off\"><details class=\"filters-panel\" open>"));
        assert!(html.ends_with("</details></form>"));
        assert_eq!(html.matches("<form").count(), 1);
    }

    #[test]
    fn the_fold_button_says_what_it_will_do() {
        let texts = Texts::english();
        assert_eq!(fold_label(&texts, 200, true), "Show all 200 speakers");
        assert_eq!(fold_label(&texts, 200, false), "Show fewer speakers");
    }
}
