//! The site as a whole, as `reports/_site.md` describes it: its title, publisher and introduction.

use serde::{Deserialize, Serialize};

use crate::html::ProseHtml;

/// What the library says about the site it lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    /// The site's title: the library's heading and the page's title.
    pub title: String,
    /// Who publishes the site, if the site file says.
    pub publisher: Option<String>,
    /// The publisher's web address (an absolute http(s) address), if the site file gives one.
    pub publisher_link: Option<String>,
    /// The site's language (`Language:`, `en` by default): the interface's when the reader's is
    /// not offered, and the page's as drawn at build time.
    pub language: String,
    /// The introduction as HTML, written at build time: `<p>` paragraphs with `<em>`, `<strong>`,
    /// `<br>` and `<a href>` links (http(s), mailto or relative), every text escaped. Empty when
    /// there is none.
    pub introduction_html: ProseHtml,
    /// The introduction as plain text on one line, for the page's meta description.
    pub introduction_text: String,
}

impl Default for Site {
    /// The site of a folder with no site file: titled "Reports", and nothing more.
    fn default() -> Self {
        Self {
            title: String::from("Reports"),
            publisher: None,
            publisher_link: None,
            language: String::from("en"),
            introduction_html: ProseHtml::default(),
            introduction_text: String::new(),
        }
    }
}
