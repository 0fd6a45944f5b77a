//! The report's reading parts as HTML text: one source for the app and for the page
//! prerendered at build time.
//!
//! The app sets these as `innerHTML` (far less wasm than building each element) and finds and
//! wires their parts by the names of [`contract`].
//!
//! The markup is written with [maud](https://maud.lambda.xyz/)'s `html!`, which checks the nesting
//! at compile time and escapes every spliced value (`& < > "`); a ready-made fragment is a
//! [`Markup`], never a `&str`. Maud rather than hypertext: hypertext's extra check, of element and
//! attribute names, needs definitions of its own for `<search>` and for SVG inside HTML and skips
//! the `data-` names the app relies on anyway (the [`contract`] test checks those), and its
//! rendered fragments cannot be spliced without declaring them raw again; maud's runtime is one
//! escaping loop, and the wasm stays as small as it was with the markup written by hand.

mod chips;
pub mod contract;
mod filter_panel;
mod finding;
mod findings;
mod frame;
mod languages;
mod library;
mod links;
mod masthead;
mod narrative;
mod overview;
mod page;
pub(crate) mod prose;
mod speakers;
mod tabs;

pub use chips::{chips, suggestions};
use contract::ids;
pub use filter_panel::{
    FOLD_AFTER, facet_class, facet_count_word, filter_panel, filters_on, fold_label, folded_row, folds,
};
pub use finding::{Cite, finding_card, finding_items, finding_list, highlighted};
pub use findings::{
    FindingsSection, PAGE, WHOLE, drawn, findings_section, first_asked, ignored_notice, search_note,
    show_earlier, show_more, status,
};
pub use library::{
    LIBRARY_SEARCH, Listing, MATCHES_SHOWN, library_listing, library_notice, library_options, library_page,
};

pub use frame::{findings_layout, narrative_section, overview_section, report_frame, speakers_section};
pub use languages::language_switcher;
pub use links::Links;
pub use masthead::{build_info, footer, masthead};
pub use narrative::{Passages, ShipsApart, narrative, pending_notice};
pub use overview::{OverviewTable, overview};
pub use page::{
    FIRST_CARDS, LIBRARY_PAGE, Prerendered, SITE_FILES_ID, inject, inject_site_files, prerender_library,
    prerender_report, prerender_report_page,
};
pub use prose::ProseHtml;
pub use speakers::speakers;
pub use tabs::tabs;

pub use maud::Markup;
use maud::{PreEscaped, Render, html};

/// Markup built a piece at a time, where one template cannot say it all: only rendered pieces go
/// in, text escaped and markup as it is.
#[derive(Default)]
struct Pieces(String);

impl Pieces {
    fn push(&mut self, piece: impl Render) {
        piece.render_to(&mut self.0);
    }

    fn done(self) -> Markup {
        PreEscaped(self.0)
    }
}

/// Fragments one after the other.
pub fn joined<const N: usize>(fragments: [Markup; N]) -> Markup {
    html! { @for fragment in fragments { (fragment) } }
}

/// A card, `<article class="CLASS" id="ID">`, named by its `<h3 id="HEADING_ID">` under a line
/// saying what `kind` of thing it is, then its `body`.
/// The part of `range` within `0..len`: the items a view drawn in parts asks for that exist.
fn within(range: std::ops::Range<usize>, len: usize) -> std::ops::Range<usize> {
    range.start.min(len)..range.end.min(len)
}

fn card(class: &str, (id, heading_id): (&str, &str), kind: &str, heading: Markup, body: Markup) -> Markup {
    html! {
        article class=(class) id=(id) aria-labelledby=(heading_id) {
            p class="finding-kind" { (kind) }
            h3 id=(heading_id) { (heading) }
            (body)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_in_content_and_in_attributes() {
        let text = r#"<b title='x'>"A & B"</b>"#;
        let markup = html! { p title=(text) { (text) } };
        assert_eq!(
            markup.into_string(),
            "<p title=\"&lt;b title='x'&gt;&quot;A &amp; B&quot;&lt;/b&gt;\">\
             &lt;b title='x'&gt;&quot;A &amp; B&quot;&lt;/b&gt;</p>"
        );
        assert_eq!(
            html! { ("Brussels · “quoted” — é") }.into_string(),
            "Brussels · “quoted” — é"
        );
    }
}
