//! Plain prose as HTML: emphasis, links and line breaks, every text escaped.

use maud::{Markup, Render, html};
use serde::{Deserialize, Serialize};

#[cfg(feature = "parse")]
use crate::model::Inline;

/// `text` in the emphasis it has in the source.
pub(super) fn styled(text: &str, em: bool, strong: bool) -> Markup {
    html! {
        @match (em, strong) {
            (true, true) => strong { em { (text) } },
            (true, false) => em { (text) },
            (false, true) => strong { (text) },
            (false, false) => (text),
        }
    }
}

/// Prose written as markup at build time and kept in the data (the site's introduction): saved
/// and read as its text, spliced into a page as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProseHtml(String);

impl ProseHtml {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The markup, as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Prose already written, for the core's tests.
#[cfg(test)]
impl From<&str> for ProseHtml {
    fn from(html: &str) -> Self {
        Self(html.to_owned())
    }
}

impl Render for ProseHtml {
    fn render_to(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

/// Each run of inline content as a `<p>` paragraph. Links are written as the parser let them
/// through (http(s), mailto or relative addresses).
#[cfg(feature = "parse")]
pub(crate) fn paragraphs(paragraphs: &[Vec<Inline>]) -> ProseHtml {
    let markup = html! {
        @for runs in paragraphs {
            p {
                @for run in runs {
                    @match run {
                        Inline::Text { text, em, strong } => (styled(text, *em, *strong)),
                        Inline::Link { text, href } => a href=(href) { (text) },
                        Inline::Break => br;,
                    }
                }
            }
        }
    };
    ProseHtml(markup.into_string())
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
        let out = paragraphs(&[
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
        ]);
        assert_eq!(
            out.0,
            "<p>A &lt;b&gt; &amp; <em>b</em><strong><em>c</em></strong><br>\
             <a href=\"https://x.org/?a=1&amp;b=&quot;\">x&quot;</a></p><p><strong>two</strong></p>"
        );
    }
}
