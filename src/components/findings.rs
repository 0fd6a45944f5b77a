//! The findings view: search, filters, the live result count, help when nothing matches,
//! export and print, and the list. Drawn once from the core's HTML (`report::html::findings`),
//! then each part kept in step in place.

use gloo::utils::document;
use leptos::prelude::*;
use report::key;
use std::ops::Range;

use report::html::contract::{Action, attr, class, ids};
use report::html::{
    Cite, FindingsSection, Markup, PAGE, WHOLE, chips, drawn, finding_items, findings_layout,
    findings_section, first_asked, ignored_notice, search_note, show_earlier, show_more, status, suggestions,
};
use report::{Query, Wanted, csv, describe_filters, markdown, slug};
use web_sys::Element;

use super::card_list;
use super::filters::filter_panel_view;
use super::search_box::wire_search_box;
use crate::texts_apart::{APART, Whole};
use crate::viewer::Viewer;
use crate::words::texts;
use crate::{browser, history};

/// Where, among the results, the finding named by the address's `#finding-…` stands.
fn linked_position(viewer: &Viewer, results: &[usize]) -> Option<usize> {
    let fragment = history::fragment();
    let id = ids::finding_of(&fragment)?;
    results.iter().position(|&f| viewer.report.findings[f].id == id)
}

/// Brings `settled` to `query` once the frame that answers the change has been painted.
fn settle_after_paint(settled: RwSignal<Query>, query: Memo<Query>) {
    browser::after_paint(move || {
        let Some(now) = query.try_get_untracked() else {
            return;
        };
        if settled.try_with_untracked(|s| *s != now) == Some(true) {
            settled.set(now);
        }
    });
}

/// A file name for exports: the report's title as a slug.
fn export_name(viewer: &Viewer, extension: &str) -> String {
    format!("{}-findings.{extension}", slug(&viewer.report.meta.title))
}

/// The query the total, the facet counts and the help are of: `query` once the frame that
/// answers a keystroke or click has drawn its findings, so it lags `query` by that frame.
fn settled_query(query: Memo<Query>) -> RwSignal<Query> {
    let settled = RwSignal::new(query.get_untracked());
    Effect::watch_sync(
        move || query.track(),
        move |_, _, _| settle_after_paint(settled, query),
        false,
    );
    settled
}

/// The results asked to be drawn: first the page holding the finding at `linked` (one the
/// address names), then the first page again whenever `query` changes.
fn asked_results(query: Memo<Query>, linked: Option<usize>) -> RwSignal<Range<usize>> {
    let asked = RwSignal::new(first_asked(linked));
    Effect::watch_sync(
        move || query.track(),
        move |_, _, _| {
            let first = first_asked(None);
            if asked.with_untracked(|a| *a != first) {
                asked.set(first);
            }
        },
        false,
    );
    asked
}

/// Downloads the findings `query` lets through as CSV or Markdown, once their words are in hand
/// (a long report's ship apart); if they cannot come, says why in the status line.
fn export_when_whole(viewer: Viewer, query: Query, action: Action) {
    viewer.texts.when_whole(move |came| match came {
        Ok(()) => export(viewer, &query, action),
        Err(why) => {
            let status = document().query_selector(class::STATUS.selector).ok().flatten();
            if let Some(status) = status {
                status.set_text_content(Some(&texts().fill(key::TEXTS_FAILED, &[("why", &why)])));
            }
        }
    });
}

/// Downloads the findings `query` lets through as CSV or Markdown.
fn export(viewer: Viewer, query: &Query, action: Action) {
    let (report, shown, base) = (viewer.report, viewer.finder.results(query), viewer.base_url());
    let name = export_name(&viewer, action.as_str());
    match action {
        Action::Csv => browser::download(
            &name,
            "text/csv;charset=utf-8",
            &csv(texts(), report, &shown, &base),
        ),
        _ => browser::download(
            &name,
            "text/markdown;charset=utf-8",
            &markdown(texts(), report, query, &shown, &base),
        ),
    }
}

/// Does what a button of the findings section asks: draw earlier or more, print, or export.
fn act(viewer: Viewer, query: Memo<Query>, asked: RwSignal<Range<usize>>, action: Action) {
    match action {
        Action::Earlier => asked.update(|a| a.start = a.start.saturating_sub(PAGE)),
        Action::More => asked.update(|a| a.end += PAGE),
        Action::Print => browser::print(),
        Action::Csv | Action::Markdown => export_when_whole(viewer, query.get_untracked(), action),
    }
}

/// Draws the findings view: returns its markup, to be put in the page at once, and keeps it in step.
pub fn findings_view(viewer: Viewer) -> Markup {
    let report = viewer.report;
    let query = Memo::new(move |_| viewer.query());
    let settled = settled_query(query);
    // A search waits for a long report's words, which ship apart: what it shows is made again
    // when they come.
    let answer = Memo::new(move |_| {
        viewer.texts.track();
        settled.with(|q| viewer.finder.results_and_counts(q))
    });
    let counts = Memo::new(move |_| answer.with(|(_, counts)| counts.clone()));
    // The words as this report matches them: other forms, and corrections of words it lacks.
    let terms = Memo::new(move |_| {
        viewer.texts.track();
        query.with(|q| viewer.finder.terms(q))
    });
    // What the status says while a search waits for what a long report ships apart (its word
    // list and the shards of occurrences it names, fetched as the search is typed, or every
    // text; fetched again by another search after they could not come), instead of the count.
    let failed_for = APART.then(|| StoredValue::new(None::<String>));
    let waiting = move || {
        if !APART {
            return None;
        }
        let failed_for = failed_for?;
        viewer.texts.track();
        let wanted = query.with(|q| viewer.finder.wanted(q));
        if wanted == Wanted::Nothing {
            return None;
        }
        if let Whole::Failed(why) = viewer.texts.whole() {
            let search = query.with(|q| q.text().to_owned());
            match failed_for.get_value() {
                Some(failed) if failed != search => failed_for.set_value(None),
                _ => {
                    failed_for.set_value(Some(search));
                    return Some(texts().fill(key::TEXTS_FAILED, &[("why", &why)]));
                }
            }
        }
        viewer.texts.fetch_wanted(viewer.finder, wanted);
        Some(texts().text(key::TEXTS_LOADING).to_owned())
    };
    let shown = move || answer.with(|(results, _)| results.len());
    // Long lists are drawn a page at a time, from the page holding a finding the address names.
    let linked = answer.with_untracked(|(results, _)| linked_position(&viewer, results));
    let asked = asked_results(query, linked);
    // Enough results to draw what is asked, or to know the list is short enough to draw whole.
    let first = Memo::new(move |_| {
        viewer.texts.track();
        let enough = asked.with(|a| a.end).max(WHOLE + 1);
        query.with(|q| viewer.finder.first_results(q, enough))
    });
    let drawn_now = move || asked.with(|a| first.with(|f| drawn(f.len(), a)));
    let cards = move || {
        first.with(|f| {
            let shown = &f[drawn_now()];
            viewer
                .texts
                .fetch_parts(shown, move |came| card_list::draw_come(viewer, came));
            let (items, ends) =
                query.with(|q| terms.with(|t| finding_items(&viewer.links(), shown, q, t, Cite::OnOpen)));
            // The findings shown, for drawing whole those drawn pending (the long-report app's).
            (items, ends, if APART { shown.to_vec() } else { Vec::new() })
        })
    };
    let parts = move || {
        let shown = shown();
        let links = viewer.links();
        let chips_html = query.with(|q| chips(&links, q));
        let note = query.with(|q| terms.with(|t| search_note(&links, q, t, shown)));
        // Only when nothing matches: which filter to drop and which words the report has
        // instead (for the query the count is of).
        let finder = viewer.finder;
        let waiting = waiting();
        let help = match shown {
            0 if waiting.is_none() => {
                settled.with(|q| suggestions(&links, q, &finder.suggestions(q), &finder.respellings(q)))
            }
            _ => Markup::default(),
        };
        let drawn = drawn_now();
        Parts {
            shown,
            waiting,
            filters: query.with(|q| describe_filters(texts(), report, q)),
            chips: chips_html,
            note,
            notices: ignored_notice(texts(), &viewer.ignored(), key::NOTICE_THIS_REPORT),
            help,
            cards: cards(),
            before: drawn.start,
            after: shown.saturating_sub(drawn.end),
        }
    };

    // Drawn once from the core's HTML; each run then changes only the parts that changed.
    let drawn = untrack(parts);
    let section = findings_section(&drawn.section(report.findings.len()));
    Effect::new_sync(move |was: Option<Parts>| {
        let now = parts();
        if let Some(part) = document().query_selector(class::FINDINGS.selector).ok().flatten() {
            now.update(
                viewer,
                was.as_ref().unwrap_or(&drawn),
                &part,
                report.findings.len(),
            );
        }
        now
    });
    wire_search_box(viewer);
    browser::listen(&document(), "click", move |event| {
        if browser::target_within(event, class::FINDINGS.selector).is_some()
            && let Some(action) = acted_on(event)
        {
            act(viewer, query, asked, action);
        }
    });
    findings_layout(&filter_panel_view(viewer, query, counts), &section)
}

/// What the parts of the findings section show (see `report::html::FindingsSection`).
struct Parts {
    shown: usize,
    /// What the status says instead of the count while a search waits for the findings' words.
    waiting: Option<String>,
    filters: String,
    chips: Markup,
    note: Markup,
    notices: Markup,
    help: Markup,
    /// The cards' list items, where each ends, and the findings they show.
    cards: (Markup, Vec<usize>, Vec<usize>),
    before: usize,
    after: usize,
}

impl Parts {
    fn section(&self, total: usize) -> FindingsSection<'_> {
        FindingsSection {
            texts: texts(),
            shown: self.shown,
            waiting: self.waiting.as_deref(),
            total,
            filters: &self.filters,
            chips: &self.chips,
            note: &self.note,
            notices: &self.notices,
            help: &self.help,
            cards: &self.cards.0,
            before: self.before,
            after: self.after,
        }
    }

    /// Brings the drawn `section` from `was` to this, touching only the parts that changed.
    fn update(&self, viewer: Viewer, was: &Parts, section: &Element, total: usize) {
        let part = |selector: &str| section.query_selector(selector).ok().flatten();
        let html = |selector: &str, before: &Markup, now: &Markup| {
            if before.0 != now.0
                && let Some(part) = part(selector)
            {
                part.set_inner_html(&now.0);
            }
        };
        // The cards first: their redraw measures the cards and the list as the last frame laid
        // them out, which any change made before it would make the browser lay out again.
        if self.cards.0.0 != was.cards.0.0
            && let Some(list) = part(class::FINDING_LIST.selector)
        {
            card_list::redraw(viewer, &list, &self.cards.0.0, &self.cards.1, &self.cards.2);
        }
        if self.shown != was.shown || self.waiting != was.waiting {
            if let Some(status_line) = part(class::STATUS.selector) {
                let count = || status(texts(), self.shown, total);
                status_line.set_text_content(Some(&self.waiting.clone().unwrap_or_else(count)));
            }
            for (selector, shown) in [
                (class::EMPTY, self.shown == 0 && self.waiting.is_none()),
                (class::EXPORT_BAR, self.shown != 0),
            ] {
                if let Some(part) = part(selector.selector) {
                    show(&part, shown);
                }
            }
        }
        if self.filters != was.filters
            && let Some(print) = part(class::PRINT_FILTERS.selector)
        {
            let line = texts().fill(key::FINDINGS_PRINT_FILTERS, &[("filters", &self.filters)]);
            print.set_text_content(Some(&line));
        }
        html(class::ACTIVE_FILTERS.selector, &was.chips, &self.chips);
        html(class::SEARCH_NOTE.selector, &was.note, &self.note);
        html(class::NOTICES.selector, &was.notices, &self.notices);
        html(class::EMPTY.selector, &was.help, &self.help);
        if self.before != was.before
            && let Some(part) = part(class::SHOW_EARLIER.selector)
        {
            show_button(
                &part,
                (self.before > 0).then(|| show_earlier(texts(), self.before)),
            );
        }
        if self.after != was.after
            && let Some(part) = part(class::SHOW_MORE.selector)
        {
            show_button(&part, (self.after > 0).then(|| show_more(texts(), self.after)));
        }
    }
}

/// The action of the button a click in the findings section was on.
fn acted_on(event: &web_sys::Event) -> Option<Action> {
    Action::parse(&browser::closest(event, attr::DO_BUTTON)?.get_attribute(attr::DO)?)
}

/// Shows or hides a part of the section.
fn show(part: &Element, shown: bool) {
    part.class_list()
        .toggle_with_force(class::HIDDEN.name, !shown)
        .ok();
}

/// Shows a paragraph's button with `label`, or hides it when there is none.
fn show_button(part: &Element, label: Option<String>) {
    show(part, label.is_some());
    if let (Some(label), Some(button)) = (label, part.first_element_child()) {
        button.set_text_content(Some(&label));
    }
}
