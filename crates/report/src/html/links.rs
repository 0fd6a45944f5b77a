//! The in-app addresses of views, queries and anchors, relative to the page.

use crate::model::Report;
use crate::query::Query;
use crate::texts::Texts;
use crate::url::{View, in_report, to_search, with_lang};

/// Makes the page's own addresses for one report: `?view=…&theme=…#anchor`, led by
/// `report=NAME` on a site with several reports, and ending with `lang=LL` when the page's link
/// named the language; with the interface's words in the reader's language.
#[derive(Clone, Copy)]
pub struct Links<'r> {
    pub report: &'r Report,
    /// The report's file name, on a site with several reports.
    pub slug: Option<&'r str>,
    /// The interface's words.
    pub texts: &'r Texts,
    /// The language the page's link named (`lang=`), which every link keeps.
    pub lang: Option<&'r str>,
}

impl<'r> Links<'r> {
    /// The links of a site's only report, in `texts`' language, with a link that named none.
    pub fn of(report: &'r Report, texts: &'r Texts) -> Self {
        Self {
            report,
            slug: None,
            texts,
            lang: None,
        }
    }

    /// The report's language, for the `lang` of its words: `None` when the interface speaks it.
    pub fn report_lang(&self) -> Option<&str> {
        let language = self.report.meta.language.as_str();
        (language != self.texts.lang()).then_some(language)
    }

    /// The direction of the report's words, for their `dir` (see [`Meta::writing_direction`]).
    ///
    /// [`Meta::writing_direction`]: crate::model::Meta::writing_direction
    pub fn report_dir(&self) -> &'static str {
        self.report.meta.writing_direction()
    }

    /// The query string of a view and query (empty for the findings with no filter).
    pub fn search(&self, view: View, query: &Query) -> String {
        let search = to_search(view, query, self.report);
        let search = match self.slug {
            Some(slug) => in_report(slug, &search),
            None => search,
        };
        with_lang(search, self.lang)
    }

    /// The relative address of a view, query and optional anchor: for `href`s.
    pub fn href(&self, view: View, query: &Query, anchor: Option<&str>) -> String {
        let mut href = self.search(view, query);
        if href.is_empty() {
            href.push_str("./");
        }
        if let Some(anchor) = anchor {
            href.push('#');
            href.push_str(anchor);
        }
        href
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::report;

    #[test]
    fn addresses_are_relative_and_lead_with_the_report_on_a_site_of_several() {
        let report = report(&["lamps"], &["ada"], Vec::new());
        let texts = Texts::english();
        let alone = Links::of(&report, &texts);
        assert_eq!(alone.href(View::Findings, &Query::default(), None), "./");
        assert_eq!(
            alone.href(View::Findings, &Query::default(), Some("finding-a")),
            "./#finding-a"
        );
        assert_eq!(
            alone.href(View::Report, &Query::default(), Some("passage-a")),
            "?view=report#passage-a"
        );
        let among = Links {
            slug: Some("minimal"),
            lang: Some("fr"),
            ..Links::of(&report, &texts)
        };
        assert_eq!(
            among.href(View::Findings, &Query::default(), None),
            "?report=minimal&lang=fr"
        );
        assert_eq!(
            among.href(View::Speakers, &Query::default(), None),
            "?report=minimal&view=speakers&lang=fr"
        );
    }
}
