//! The report's reading parts as HTML text: one source for the app and for the page
//! prerendered at build time.
//!
//! The app sets these as `innerHTML` (far less wasm than building each element) and finds and
//! wires their parts by the names of [`contract`]. Every text and attribute value is escaped here.

mod chips;
pub mod contract;
mod filter_panel;
mod finding;
mod findings;
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
    FOLD_AFTER, facet_class, facet_count, filter_panel, filters_on, fold_label, folded_row, folds,
};
pub use finding::{Cite, finding_card, finding_list, highlighted};
pub use findings::{
    FindingsSection, PAGE, SEARCH_BOX, WHOLE, drawn, findings_section, first_asked, ignored_notice,
    show_earlier, show_more, status,
};
pub use library::{LIBRARY_SEARCH, Listing, MATCHES_SHOWN, library_filters, library_listing, library_page};

pub use links::Links;
pub use masthead::{build_info, footer, masthead};
pub use narrative::narrative;
pub use overview::overview;
pub use page::{
    FIRST_CARDS, LIBRARY_PAGE, Prerendered, SITE_FILES_ID, inject, inject_site_files, prerender_library,
    prerender_report, prerender_report_page,
};
pub use speakers::speakers;
pub use tabs::tabs;

/// Appends `text` to `out` with `& < > " '` escaped: safe in text and in quoted attributes.
pub fn escape_into(out: &mut String, text: &str) {
    let mut from = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[from..at]);
        out.push_str(entity);
        from = at + 1;
    }
    out.push_str(&text[from..]);
}

/// Appends pieces of markup and escaped text in order: `Part::Markup` as is, `Part::Text` escaped.
fn push_all(out: &mut String, parts: &[Part<'_>]) {
    for part in parts {
        match part {
            Part::Markup(markup) => out.push_str(markup),
            Part::Text(text) => escape_into(out, text),
        }
    }
}

/// Opens a card, `<article class="CLASS" id="ID">`, named by its `<h3 id="HEADING_ID">` under
/// a line saying what `kind` of thing it is; the heading is left open for its text.
fn open_card(out: &mut String, class: &str, id: &str, heading_id: &str, kind: &str) {
    push_all(
        out,
        &[
            Part::Markup("<article class=\""),
            Part::Markup(class),
            Part::Markup("\" id=\""),
            Part::Text(id),
            Part::Markup("\" aria-labelledby=\""),
            Part::Text(heading_id),
            Part::Markup("\"><p class=\"finding-kind\">"),
            Part::Text(kind),
            Part::Markup("</p><h3 id=\""),
            Part::Text(heading_id),
            Part::Markup("\">"),
        ],
    );
}

/// A piece of HTML being written: trusted markup, or text to escape.
enum Part<'a> {
    Markup(&'a str),
    Text(&'a str),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape(text: &str) -> String {
        let mut out = String::new();
        escape_into(&mut out, text);
        out
    }

    #[test]
    fn escapes_what_could_open_a_tag_or_close_an_attribute() {
        assert_eq!(
            escape(r#"<b title='x'>"A & B"</b>"#),
            "&lt;b title=&#39;x&#39;&gt;&quot;A &amp; B&quot;&lt;/b&gt;"
        );
        assert_eq!(escape("Brussels · “quoted” — é"), "Brussels · “quoted” — é");
        assert_eq!(escape(""), "");
    }
}
