//! The findings view's section: the search box, the result count, the chips, notices and help,
//! the export bar, and the list with its "Show earlier" and "Show more". One source for the app
//! and for the page prerendered at build time; the app then updates each part in place, found
//! by its class, and wires the buttons by their `data-do` (see [`contract`](super::contract)).

use std::ops::Range;

use const_format::concatcp;

use super::contract::{Action, attr, class, ids};
use super::{Part, push_all};
use crate::numbers::grouped;
use crate::search::{SEARCH_CHARS, SEARCH_WORDS};
use crate::url::Ignored;

/// What the findings section shows.
pub struct FindingsSection<'a> {
    /// How many findings the filters and search let through, of `total`.
    pub shown: usize,
    pub total: usize,
    /// The filters in words, for print.
    pub filters: &'a str,
    /// The chips of the active filters, the notices and the help when nothing matches (HTML).
    pub chips: &'a str,
    pub notices: &'a str,
    pub help: &'a str,
    /// The drawn cards (HTML), how many results come before them and how many after.
    pub cards: &'a str,
    pub before: usize,
    pub after: usize,
}

/// The result count: "Showing 12 of 10,000 findings".
pub fn status(shown: usize, total: usize) -> String {
    format!("Showing {} of {} findings", grouped(shown), grouped(total))
}

/// Appends an opening tag written up to its last class, `hidden` or not: `<p class="show-more hidden">`.
fn open(out: &mut String, tag_and_class: &str, hidden: bool) {
    out.push_str(tag_and_class);
    out.push_str(if hidden {
        concatcp!(" ", class::HIDDEN.name, "\">")
    } else {
        "\">"
    });
}

/// A button of the findings section that does `action`, its label to follow.
macro_rules! action_button {
    ($class:literal, $action:expr) => {
        concatcp!(
            "<button type=\"button\" class=\"",
            $class,
            "\" ",
            attr::DO,
            "=\"",
            ($action.as_str()),
            "\">"
        )
    };
}

/// Appends the inside of the findings `<section>`.
pub fn findings_section(out: &mut String, section: &FindingsSection<'_>) {
    let none = section.shown == 0;
    push_all(
        out,
        &[
            Part::Markup("<search class=\"search\">"),
            Part::Markup(SEARCH_BOX),
            Part::Markup(concatcp!(
                "</search><div class=\"findings-bar\"><h2 id=\"findings-heading\">Findings</h2><p class=\"",
                class::STATUS.name,
                "\" role=\"status\">"
            )),
            Part::Markup(&status(section.shown, section.total)),
            Part::Markup(concatcp!(
                "</p></div><p class=\"print-only ",
                class::PRINT_FILTERS.name,
                "\">Filters: "
            )),
            Part::Text(section.filters),
            Part::Markup(concatcp!("</p><div class=\"", class::ACTIVE_FILTERS.name, "\">")),
            Part::Markup(section.chips),
            Part::Markup(concatcp!("</div><div class=\"", class::NOTICES.name, "\">")),
            Part::Markup(section.notices),
            Part::Markup("</div>"),
        ],
    );
    open(out, concatcp!("<div class=\"", class::EMPTY.name), !none);
    push_all(out, &[Part::Markup(section.help), Part::Markup("</div>")]);
    open(out, concatcp!("<div class=\"", class::EXPORT_BAR.name), none);
    out.push_str(concatcp!(
        "<span class=\"export-label\">Keep these findings:</span>",
        action_button!("action", Action::Csv),
        "Download CSV</button>",
        action_button!("action", Action::Markdown),
        "Download Markdown</button>",
        action_button!("action", Action::Print),
        "Print</button></div>"
    ));
    open(
        out,
        concatcp!("<p class=\"", class::SHOW_EARLIER.name),
        section.before == 0,
    );
    push_all(
        out,
        &[
            Part::Markup(action_button!("button button-quiet", Action::Earlier)),
            Part::Markup(&show_earlier(section.before)),
            Part::Markup(concatcp!(
                "</button></p><ol class=\"",
                class::FINDING_LIST.name,
                "\">"
            )),
            Part::Markup(section.cards),
            Part::Markup("</ol>"),
        ],
    );
    open(
        out,
        concatcp!("<p class=\"", class::SHOW_MORE.name),
        section.after == 0,
    );
    push_all(
        out,
        &[
            Part::Markup(action_button!("button button-quiet", Action::More)),
            Part::Markup(&show_more(section.after)),
            Part::Markup("</button></p>"),
        ],
    );
}

/// The inside of the search box (`<search class="search">`).
pub const SEARCH_BOX: &str = concatcp!(
    "<label for=\"",
    ids::SEARCH,
    "\" class=\"search-label\">Search the findings</label><div class=\"search-field\">\
    <input id=\"",
    ids::SEARCH,
    "\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"Words, names or themes\" aria-keyshortcuts=\"/\">\
    </div><p class=\"search-hint\">Matches every word, ignoring case and accents.<span class=\"search-key-hint\"> Press <kbd>/</kbd> to search.</span></p>"
);

/// The words of the button that draws more of a long list, with `hidden` findings not drawn.
pub fn show_more(hidden: usize) -> String {
    format!(
        "Show {} more of the {} not yet shown",
        hidden.min(PAGE),
        grouped(hidden)
    )
}

/// The words of the button that draws the findings before those drawn (`before` of them), when
/// a link to a finding far down a long list opened it there.
pub fn show_earlier(before: usize) -> String {
    format!(
        "Show {} earlier of the {} before these",
        before.min(PAGE),
        grouped(before)
    )
}

/// The notices of what an opening link asked for that could not be used (nothing if none):
/// the values the `holder` ("this report", "this library") does not have, and a search cut to
/// its usable part.
pub fn ignored_notice(ignored: &Ignored, holder: &str) -> String {
    let mut html = String::new();
    if !ignored.listed.is_empty() {
        let more = match ignored.more {
            0 => String::new(),
            n => format!(" and {} more", grouped(n)),
        };
        push_all(
            &mut html,
            &[
                Part::Markup("<p class=\"notice\">This link asked for things "),
                Part::Markup(holder),
                Part::Markup(" does not have, so they were left out: "),
                Part::Text(&ignored.listed.join(", ")),
                Part::Text(&more),
                Part::Markup(".</p>"),
            ],
        );
    }
    if ignored.search_cut {
        html.push_str(&format!(
            "<p class=\"notice\">This link\u{2019}s search was too long, so only its first {SEARCH_WORDS} words, and at most {SEARCH_CHARS} characters, were used.</p>"
        ));
    }
    html
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
        assert_eq!(show_earlier(9500), "Show 10 earlier of the 9,500 before these");
        assert_eq!(show_earlier(4), "Show 4 earlier of the 4 before these");
    }

    #[test]
    fn the_notice_lists_a_few_values_counts_the_rest_and_says_the_search_was_cut() {
        assert_eq!(ignored_notice(&Ignored::default(), "this report"), "");
        let ignored = Ignored {
            listed: vec!["theme \u{201c}<b>\u{201d}".into()],
            more: 2995,
            search_cut: true,
        };
        assert_eq!(
            ignored_notice(&ignored, "this report"),
            "<p class=\"notice\">This link asked for things this report does not have, so they were left out: \
             theme \u{201c}&lt;b&gt;\u{201d} and 2,995 more.</p>\
             <p class=\"notice\">This link\u{2019}s search was too long, so only its first 32 words, and at most 400 characters, were used.</p>"
        );
    }

    #[test]
    fn the_section_as_first_drawn_hides_what_it_does_not_need() {
        let mut out = String::new();
        let section = FindingsSection {
            shown: 0,
            total: 1000,
            filters: "theme: <A>",
            chips: "",
            notices: "",
            help: "<p>Drop the search</p>",
            cards: "",
            before: 0,
            after: 0,
        };
        findings_section(&mut out, &section);
        for part in [
            "<p class=\"status\" role=\"status\">Showing 0 of 1,000 findings</p>",
            "Filters: theme: &lt;A&gt;</p>",
            "<div class=\"empty\"><p>Drop the search</p></div><div class=\"export-bar hidden\">",
            "<p class=\"show-earlier hidden\"><button type=\"button\" class=\"button button-quiet\" data-do=\"earlier\">",
            "<ol class=\"finding-list\"></ol><p class=\"show-more hidden\">",
        ] {
            assert!(out.contains(part), "{part}\nin {out}");
        }
    }
}
