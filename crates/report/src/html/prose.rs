//! Plain prose as HTML: emphasis, links and line breaks, every text escaped.

use super::{Part, push_all};
#[cfg(feature = "parse")]
use crate::model::Inline;

/// Appends `text` in the emphasis it has in the source.
pub(super) fn styled(out: &mut String, text: &str, em: bool, strong: bool) {
    let (open, close) = match (em, strong) {
        (true, true) => ("<strong><em>", "</em></strong>"),
        (true, false) => ("<em>", "</em>"),
        (false, true) => ("<strong>", "</strong>"),
        (false, false) => ("", ""),
    };
    push_all(out, &[Part::Markup(open), Part::Text(text), Part::Markup(close)]);
}

/// Appends each run of inline content as a `<p>` paragraph. Links are written as the parser
/// let them through (http(s), mailto or relative addresses).
#[cfg(feature = "parse")]
pub(crate) fn paragraphs(out: &mut String, paragraphs: &[Vec<Inline>]) {
    for runs in paragraphs {
        out.push_str("<p>");
        for run in runs {
            match run {
                Inline::Text { text, em, strong } => styled(out, text, *em, *strong),
                Inline::Link { text, href } => push_all(
                    out,
                    &[
                        Part::Markup("<a href=\""),
                        Part::Text(href),
                        Part::Markup("\">"),
                        Part::Text(text),
                        Part::Markup("</a>"),
                    ],
                ),
                Inline::Break => out.push_str("<br>"),
            }
        }
        out.push_str("</p>");
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_keep_emphasis_links_and_breaks_and_escape_every_text() {
        let text = |text: &str, em, strong| Inline::Text {
            text: text.into(),
            em,
            strong,
        };
        let mut out = String::new();
        paragraphs(
            &mut out,
            &[
                vec![
                    text("A <b> & ", false, false),
                    text("b", true, false),
                    text("c", true, true),
                    Inline::Break,
                    Inline::Link {
                        text: "x\"".into(),
                        href: "https://x.org/?a=1&b=\"".into(),
                    },
                ],
                vec![text("two", false, true)],
            ],
        );
        assert_eq!(
            out,
            "<p>A &lt;b&gt; &amp; <em>b</em><strong><em>c</em></strong><br>\
             <a href=\"https://x.org/?a=1&amp;b=&quot;\">x&quot;</a></p><p><strong>two</strong></p>"
        );
    }
}
