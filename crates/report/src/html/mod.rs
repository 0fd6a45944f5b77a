//! The report's reading parts as HTML text: one source for the app and for the page
//! prerendered at build time.
//!
//! The app sets these as `innerHTML` (far less wasm than building each element) and wires their
//! links and buttons by the `data-` attributes they carry: `data-nav` on in-app links, `data-go`
//! (an in-app address) on buttons that change the filters, `data-copy` on copy buttons. Every
//! text and attribute value is escaped here.

mod facets;
mod filters;
mod finding;
mod findings;
pub mod ids;
mod links;
mod masthead;
mod narrative;
mod overview;
mod page;
mod speakers;
mod tabs;

pub use facets::{
    FOLD_AFTER, facet_class, facet_count, filter_panel, filters_on, fold_label, folded_row, folds,
};
pub use filters::{chips, suggestions};
pub use finding::{Cite, finding_card, finding_list, highlighted};
pub use findings::{
    FindingsSection, PAGE, SEARCH_BOX, WHOLE, drawn, findings_section, first_asked, ignored_notice,
    show_earlier, show_more, status,
};
pub use links::Links;
pub use masthead::{build_info, footer, library_cards, masthead};
pub use narrative::narrative;
pub use overview::overview;
pub use page::{Prerendered, SITE_FILES_ID, inject, inject_site_files, prerender};
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

/// A count with its noun: "1 finding", "2 findings", "10,000 findings".
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{} {}", grouped(count), if count == 1 { one } else { many })
}

/// A count with its thousands set apart by commas, as English prints them: "10,000".
pub fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
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
    fn counts_take_the_noun_they_need() {
        assert_eq!(counted(1, "finding", "findings"), "1 finding");
        assert_eq!(
            [0, 2].map(|n| counted(n, "theme", "themes")),
            ["0 themes", "2 themes"]
        );
        assert_eq!(counted(10_000, "finding", "findings"), "10,000 findings");
    }

    #[test]
    fn thousands_are_set_apart_by_commas() {
        assert_eq!(
            [0, 7, 999, 1000, 9990, 10_000, 123_456, 1_234_567].map(grouped),
            [
                "0",
                "7",
                "999",
                "1,000",
                "9,990",
                "10,000",
                "123,456",
                "1,234,567"
            ]
        );
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
