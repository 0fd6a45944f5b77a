//! The findings view's section: the search box, the result count, the chips, notices and help,
//! the export bar, and the list with its "Show earlier" and "Show more". One source for the app
//! and for the page prerendered at build time; the app then updates each part in place, found
//! by its class, and wires the buttons by their `data-do` (see [`contract`](super::contract)).

use crate::texts::{Key, key};
use std::ops::Range;

use maud::{Markup, Render, html};

use super::Links;
use super::contract::{Action, Class, class, ids};
use crate::query::{Order, Query};
use crate::search::Terms;
use crate::search::{SEARCH_CHARS, SEARCH_WORDS};
use crate::texts::Texts;
use crate::url::{Ignored, View};

/// What the findings section shows.
pub struct FindingsSection<'a> {
    /// The interface's words.
    pub texts: &'a Texts,
    /// How many findings the filters and search let through, of `total`.
    pub shown: usize,
    /// What the status says instead of the count while a search waits for the findings' words
    /// (a long report's ship apart): that they are loading, or why they could not be.
    pub waiting: Option<&'a str>,
    pub total: usize,
    /// The filters in words, for print.
    pub filters: &'a str,
    /// The chips of the active filters, what the search did (see [`search_note`]), the notices
    /// and the help when nothing matches.
    pub chips: &'a Markup,
    pub note: &'a Markup,
    pub notices: &'a Markup,
    pub help: &'a Markup,
    /// The drawn cards, how many results come before them and how many after.
    pub cards: &'a Markup,
    pub before: usize,
    pub after: usize,
}

/// An empty fragment, for the parts of a section that show nothing.
static NOTHING: Markup = maud::PreEscaped(String::new());

impl<'a> FindingsSection<'a> {
    /// The section as a page opens, with no filter or search: all `total` findings shown, of
    /// which `cards` draws the first `drawn`.
    pub fn unfiltered(texts: &'a Texts, total: usize, cards: &'a Markup, drawn: usize) -> Self {
        Self {
            texts,
            shown: total,
            waiting: None,
            total,
            filters: texts.text(key::EXPORT_NONE),
            chips: &NOTHING,
            note: &NOTHING,
            notices: &NOTHING,
            help: &NOTHING,
            cards,
            before: 0,
            after: total - drawn,
        }
    }
}

/// The result count: "Showing 12 of 10,000 findings".
pub fn status(texts: &Texts, shown: usize, total: usize) -> String {
    texts.count(key::FINDINGS_STATUS, total, &[("shown", &texts.number(shown))])
}

/// The value of a `class` attribute: a part's class, and `hidden` if it is.
fn hidden_if(part: Class, hidden: bool) -> Markup {
    html! { (part.name) @if hidden { " " (class::HIDDEN.name) } }
}

/// A button of the findings section that does `action`.
fn action_button(class: &str, action: Action, label: impl Render) -> Markup {
    html! { button type="button" class=(class) data-do=(action.as_str()) { (label) } }
}

/// The inside of the findings `<section>`.
pub fn findings_section(section: &FindingsSection<'_>) -> Markup {
    let (none, texts) = (section.shown == 0, section.texts);
    let status_line = match section.waiting {
        Some(waiting) => waiting.to_owned(),
        None => status(texts, section.shown, section.total),
    };
    html! {
        search class="search" { (search_box(texts)) }
        div class="findings-bar" {
            h2 id=(ids::FINDINGS_HEADING) { (texts.text(key::VIEW_FINDINGS)) }
            p class=(class::STATUS.name) role="status" { (status_line) }
        }
        p class={ "print-only " (class::PRINT_FILTERS.name) } {
            (texts.fill(key::FINDINGS_PRINT_FILTERS, &[("filters", section.filters)]))
        }
        div class=(class::ACTIVE_FILTERS.name) { (section.chips) }
        div class=(class::SEARCH_NOTE.name) { (section.note) }
        div class=(class::NOTICES.name) { (section.notices) }
        div class=(hidden_if(class::EMPTY, !none || section.waiting.is_some())) { (section.help) }
        div class=(hidden_if(class::EXPORT_BAR, none)) {
            span class="export-label" { (texts.text(key::FINDINGS_KEEP)) }
            (action_button("action", Action::Csv, texts.text(key::FINDINGS_CSV)))
            (action_button("action", Action::Markdown, texts.text(key::FINDINGS_MARKDOWN)))
            (action_button("action", Action::Print, texts.text(key::FINDINGS_PRINT)))
        }
        p class=(hidden_if(class::SHOW_EARLIER, section.before == 0)) {
            (action_button("button button-quiet", Action::Earlier, show_earlier(texts, section.before)))
        }
        ol class=(class::FINDING_LIST.name) { (section.cards) }
        p class=(hidden_if(class::SHOW_MORE, section.after == 0)) {
            (action_button("button button-quiet", Action::More, show_more(texts, section.after)))
        }
    }
}

/// The inside of the search box (`<search class="search">`).
fn search_box(texts: &Texts) -> Markup {
    html! {
        label for=(ids::SEARCH) class="search-label" { (texts.text(key::FINDINGS_SEARCH)) }
        div class="search-field" {
            input id=(ids::SEARCH) type="search" autocomplete="off" spellcheck="false"
                placeholder=(texts.text(key::FINDINGS_PLACEHOLDER)) aria-keyshortcuts="/";
        }
        p class="search-hint" {
            (texts.text(key::FINDINGS_HINT))
            span class="search-key-hint" {
                " " (texts.markup(key::FINDINGS_KEY_HINT, &[("key", html! { kbd { "/" } })]))
            }
        }
    }
}

/// What a search did, under the result count: the words matched in place of ones the report
/// does not have ("Also showing results for *trafficking*"), and, when more than one finding
/// shows, links to order them by best match or as in the report. Nothing without a search.
pub fn search_note(links: &Links, query: &Query, terms: &Terms, shown: usize) -> Markup {
    if query.text().trim().is_empty() {
        return Markup::default();
    }
    let instead: Vec<&str> = terms
        .corrections()
        .flat_map(|correction| correction.instead.iter().map(String::as_str))
        .collect();
    let texts = links.texts;
    let words = html! {
        @for (at, word) in instead.iter().enumerate() {
            @if at + 1 == instead.len() && at > 0 {
                " " (texts.text(key::SEARCH_AND)) " "
            } @else if at > 0 {
                (texts.text(key::SEARCH_COMMA)) " "
            }
            em { (word) }
        }
    };
    let orders = html! {
        @for (at, order) in Order::ALL.into_iter().enumerate() {
            @if at > 0 { " \u{b7} " }
            @if order == query.order() {
                a data-nav href=(links.href(View::Findings, query, None)) aria-current="true" {
                    (texts.text(order.label_key()))
                }
            } @else {
                a data-nav href=(links.href(View::Findings, &query.with_order(order), None)) {
                    (texts.text(order.label_key()))
                }
            }
        }
    };
    html! {
        @if !instead.is_empty() {
            p class="corrections" { (texts.markup(key::SEARCH_ALSO, &[("words", words)])) }
        }
        @if shown > 1 {
            p class="order" { (texts.markup(key::SEARCH_ORDER, &[("orders", orders)])) }
        }
    }
}

/// The words of the button that draws more of a long list, with `hidden` findings not drawn.
pub fn show_more(texts: &Texts, hidden: usize) -> String {
    let page = texts.number(hidden.min(PAGE));
    texts.fill(
        key::FINDINGS_MORE,
        &[("page", &page), ("hidden", &texts.number(hidden))],
    )
}

/// The words of the button that draws the findings before those drawn (`before` of them), when
/// a link to a finding far down a long list opened it there.
pub fn show_earlier(texts: &Texts, before: usize) -> String {
    let page = texts.number(before.min(PAGE));
    texts.fill(
        key::FINDINGS_EARLIER,
        &[("page", &page), ("before", &texts.number(before))],
    )
}

/// The notices of what an opening link asked for that could not be used (nothing if none):
/// the values the `holder` (the key of "this report", "this library") does not have, and a
/// search cut to its usable part.
pub fn ignored_notice(texts: &Texts, ignored: &Ignored, holder: Key) -> Markup {
    let listed = ignored.listed.join(", ");
    let values = match ignored.more {
        0 => listed,
        n => texts.fill(
            key::NOTICE_IGNORED_MORE,
            &[("values", &listed), ("count", &texts.number(n))],
        ),
    };
    html! {
        @if !ignored.listed.is_empty() {
            p class="notice" {
                (texts.fill(key::NOTICE_IGNORED, &[("holder", texts.text(holder)), ("values", &values)]))
            }
        }
        @if ignored.search_cut {
            p class="notice" {
                (texts.fill(key::NOTICE_SEARCH_CUT, &[
                    ("words", &texts.number(SEARCH_WORDS)),
                    ("chars", &texts.number(SEARCH_CHARS)),
                ]))
            }
        }
    }
}

/// How many findings a long list draws at first, and adds with each "Show more": a few screens
/// on any device, few enough that a click or keystroke redraws them within a frame.
pub const PAGE: usize = 10;

/// Lists of up to this many findings are drawn whole, with no "Show more".
pub const WHOLE: usize = 30;

/// Which of `results` findings a list draws when those in `asked` have been asked for: all of
/// a short list, else the part of `asked` there is.
pub fn drawn(results: usize, asked: &Range<usize>) -> Range<usize> {
    if results <= WHOLE {
        0..results
    } else {
        asked.start.min(results)..asked.end.min(results)
    }
}

/// The findings a list asks for first: the page holding the one at `linked` (a finding the
/// address names), else the first page. A link to a finding far down a long list so opens at
/// once, with "Show earlier" above it.
pub fn first_asked(linked: Option<usize>) -> Range<usize> {
    let start = linked.map_or(0, |at| at / PAGE * PAGE);
    start..start + PAGE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finder::Finder;
    use crate::testing::{finding, report};

    #[test]
    fn a_search_says_which_words_it_matched_instead_and_offers_both_orders() {
        let report = report(
            &["Theme"],
            &["Ana"],
            vec![
                finding("Trafficking and recruitment", &[0], 0),
                finding("Recruitment online", &[0], 0),
            ],
        );
        let texts = Texts::english();
        let links = Links::of(&report, &texts);
        let query = Query::default().with_text("recruitmnet");
        let terms = Finder::new(&report).terms(&query);
        assert_eq!(
            search_note(&links, &query, &terms, 2).into_string(),
            "<p class=\"corrections\">Also showing results for <em>recruitment</em>.</p>\
             <p class=\"order\">Order: <a data-nav href=\"?q=recruitmnet\" aria-current=\"true\">Best match first</a> \u{b7} \
             <a data-nav href=\"?q=recruitmnet&amp;order=report\">Report order</a></p>"
        );
        assert_eq!(
            search_note(&links, &query, &terms, 1).into_string(),
            "<p class=\"corrections\">Also showing results for <em>recruitment</em>.</p>"
        );
        let plain = Query::default().with_text("online");
        assert_eq!(
            search_note(&links, &plain, &Finder::new(&report).terms(&plain), 1).into_string(),
            ""
        );
        assert_eq!(
            search_note(&links, &Query::default(), &Terms::default(), 2).into_string(),
            ""
        );
    }

    #[test]
    fn short_lists_are_drawn_whole_and_long_ones_a_page_at_a_time() {
        let first = first_asked(None);
        assert_eq!(
            [0, 21, 30, 31, 1000].map(|n| drawn(n, &first)),
            [0..0, 0..21, 0..30, 0..10, 0..10]
        );
        assert_eq!(drawn(1000, &(0..3 * PAGE)), 0..30);
        assert_eq!(drawn(35, &(0..100)), 0..35);
    }

    #[test]
    fn a_link_to_a_finding_far_down_opens_the_page_that_holds_it() {
        assert_eq!(first_asked(Some(9500)), 9500..9510);
        assert_eq!(first_asked(Some(9509)), 9500..9510);
        assert_eq!(first_asked(Some(3)), 0..10);
        assert_eq!(drawn(9505, &first_asked(Some(9504))), 9500..9505);
        assert_eq!(drawn(25, &first_asked(Some(24))), 0..25);
        let texts = Texts::english();
        assert_eq!(
            show_earlier(&texts, 9500),
            "Show 10 earlier of the 9,500 before these"
        );
        assert_eq!(show_earlier(&texts, 4), "Show 4 earlier of the 4 before these");
    }

    #[test]
    fn the_notice_lists_a_few_values_counts_the_rest_and_says_the_search_was_cut() {
        let texts = Texts::english();
        assert_eq!(
            ignored_notice(&texts, &Ignored::default(), key::NOTICE_THIS_REPORT).into_string(),
            ""
        );
        let ignored = Ignored {
            listed: vec!["theme \u{201c}<b>\u{201d}".into()],
            more: 2995,
            search_cut: true,
        };
        assert_eq!(
            ignored_notice(&texts, &ignored, key::NOTICE_THIS_REPORT).into_string(),
            "<p class=\"notice\">This link asked for things this report does not have, so they were left out: \
             theme \u{201c}&lt;b&gt;\u{201d} and 2,995 more.</p>\
             <p class=\"notice\">This link\u{2019}s search was too long, so only its first 32 words, and at most 400 characters, were used.</p>"
        );
    }

    #[test]
    fn the_section_as_first_drawn_hides_what_it_does_not_need() {
        let empty = Markup::default();
        let texts = Texts::english();
        let section = FindingsSection {
            texts: &texts,
            shown: 0,
            waiting: None,
            total: 1000,
            filters: "theme: <A>",
            chips: &empty,
            note: &empty,
            notices: &empty,
            help: &html! { p { "Drop the search" } },
            cards: &empty,
            before: 0,
            after: 0,
        };
        let out = findings_section(&section).into_string();
        for part in [
            "<p class=\"status\" role=\"status\">Showing 0 of 1,000 findings</p>",
            "Filters: theme: &lt;A&gt;</p>",
            "<div class=\"empty\"><p>Drop the search</p></div><div class=\"export-bar hidden\">",
            "<p class=\"show-earlier hidden\"><button type=\"button\" class=\"button button-quiet\" data-do=\"earlier\">",
            "<ol class=\"finding-list\"></ol><p class=\"show-more hidden\">",
        ] {
            assert!(out.contains(part), "{part}\nin {out}");
        }
        let waiting = FindingsSection {
            waiting: Some("Loading the findings’ words…"),
            ..section
        };
        let out = findings_section(&waiting).into_string();
        for part in [
            "<p class=\"status\" role=\"status\">Loading the findings’ words…</p>",
            "<div class=\"empty hidden\"><p>Drop the search</p></div><div class=\"export-bar hidden\">",
        ] {
            assert!(out.contains(part), "{part}\nin {out}");
        }
    }
}
