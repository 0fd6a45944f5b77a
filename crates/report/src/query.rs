//! What the reader has asked for: chosen themes, chosen speakers, a search and the order of the findings, as a plain value.

use crate::search::{Terms, invisible};

/// How the findings that show are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Best match first when there is a search (see `Finder::results_and_counts`), the report's
    /// order when there is none: the default.
    #[default]
    Relevance,
    /// The report's order, even when there is a search.
    Report,
}

impl Order {
    /// Both orders, the default first.
    pub const ALL: [Order; 2] = [Self::Relevance, Self::Report];

    /// The word for the order in links (`order=report`).
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Relevance => "relevance",
            Self::Report => "report",
        }
    }

    /// The key of the choice's label in the translation files.
    pub fn label_key(self) -> crate::texts::Key {
        match self {
            Self::Relevance => crate::texts::key::ORDER_RELEVANCE,
            Self::Report => crate::texts::key::ORDER_REPORT,
        }
    }
}

/// Chosen themes and speakers (indexes into the report, sorted), the search text and the order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    themes: Vec<usize>,
    speakers: Vec<usize>,
    text: String,
    order: Order,
}

fn sorted(values: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut values: Vec<usize> = values.into_iter().collect();
    crate::sort::sort_small_by_key(&mut values, |&v| v);
    values.dedup();
    values
}

fn toggle(values: &mut Vec<usize>, value: usize, chosen: bool) {
    match (values.binary_search(&value), chosen) {
        (Err(at), true) => values.insert(at, value),
        (Ok(at), false) => {
            values.remove(at);
        }
        _ => {}
    }
}

impl Query {
    /// A query with exactly these themes and speakers chosen, and no search.
    pub fn new(themes: impl IntoIterator<Item = usize>, speakers: impl IntoIterator<Item = usize>) -> Self {
        Self {
            themes: sorted(themes),
            speakers: sorted(speakers),
            ..Self::default()
        }
    }

    /// The chosen themes, sorted.
    pub fn themes(&self) -> &[usize] {
        &self.themes
    }

    /// The chosen speakers, sorted.
    pub fn speakers(&self) -> &[usize] {
        &self.speakers
    }

    /// The search text, as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The order the reader chose (which applies only to a search: see [`Self::ranked`]).
    pub fn order(&self) -> Order {
        self.order
    }

    /// Whether the findings show best match first: a search with words (see [`Terms::parse`]),
    /// and the reader has not asked for the report's order.
    pub fn ranked(&self) -> bool {
        self.order == Order::Relevance && !Terms::parse(&self.text).is_empty()
    }

    /// True when nothing is chosen and nothing searched, so every finding shows.
    pub fn is_empty(&self) -> bool {
        self.themes.is_empty() && self.speakers.is_empty() && self.text.trim().is_empty()
    }

    /// The same query with `theme` chosen or not.
    pub fn with_theme(&self, theme: usize, chosen: bool) -> Self {
        let mut next = self.clone();
        toggle(&mut next.themes, theme, chosen);
        next
    }

    /// The same query with `speaker` chosen or not.
    pub fn with_speaker(&self, speaker: usize, chosen: bool) -> Self {
        let mut next = self.clone();
        toggle(&mut next.speakers, speaker, chosen);
        next
    }

    /// The same query searching for `text` instead: as typed, unless nothing of it shows (a
    /// zero-width space, say), which is no search: then only its spaces are kept, as typed.
    pub fn with_text(&self, text: &str) -> Self {
        let shows = text.chars().any(|c| !c.is_whitespace() && !invisible(c));
        Self {
            text: if shows {
                text.to_owned()
            } else {
                text.replace(invisible, "")
            },
            ..self.clone()
        }
    }

    /// The same query with the findings in `order`.
    pub fn with_order(&self, order: Order) -> Self {
        Self {
            order,
            ..self.clone()
        }
    }

    /// The same search with exactly one theme and one speaker chosen (a cell of the overview).
    pub fn with_only(&self, theme: usize, speaker: usize) -> Self {
        Self {
            themes: vec![theme],
            speakers: vec![speaker],
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_keeps_choices_sorted_and_unique() {
        let query = Query::default()
            .with_theme(2, true)
            .with_theme(0, true)
            .with_theme(2, true);
        assert_eq!(query.themes(), &[0, 2]);
        assert_eq!(query.with_theme(0, false).themes(), &[2]);
        assert_eq!(query.with_theme(1, false), query);
        assert_eq!(
            Query::new([3, 1, 3], [2, 2]),
            Query::default()
                .with_theme(1, true)
                .with_theme(3, true)
                .with_speaker(2, true)
        );
        assert_eq!(query.with_speaker(1, true).speakers(), &[1]);
    }

    #[test]
    fn blank_search_text_is_no_search() {
        assert!(Query::default().with_text("   ").is_empty());
        assert!(!Query::default().with_text("money").is_empty());
        let cell = Query::new([0, 1], [2]).with_text("money").with_only(3, 4);
        assert_eq!(
            (cell.themes(), cell.speakers(), cell.text()),
            (&[3][..], &[4][..], "money")
        );
    }

    #[test]
    fn a_search_of_only_invisible_characters_is_no_search() {
        let invisible = Query::default().with_text("\u{200B}\u{AD}\u{2060}\u{FEFF}");
        assert_eq!(invisible, Query::default());
        assert!(invisible.is_empty());
        let spaced = Query::default().with_text(" \u{200B} ");
        assert_eq!(spaced.text(), "  ", "the spaces typed stay in the field");
        assert!(spaced.is_empty() && !spaced.ranked());
        let hidden = Query::default().with_text("traf\u{200B}ficking");
        assert_eq!(hidden.text(), "traf\u{200B}ficking", "kept as typed");
        assert!(hidden.ranked());
    }

    #[test]
    fn a_search_ranks_unless_the_report_order_is_asked_for() {
        let searched = Query::new([1], []).with_text("money");
        assert!(searched.ranked());
        assert_eq!(searched.order(), Order::Relevance);
        let in_report_order = searched.with_order(Order::Report);
        assert!(!in_report_order.ranked());
        assert_eq!(
            in_report_order.with_text("tides").order(),
            Order::Report,
            "the choice stays"
        );
        assert_eq!(in_report_order.with_only(0, 0).order(), Order::Report);
        assert!(!Query::new([1], []).ranked(), "nothing to rank without a search");
        assert!(
            !Query::default().with_text(" ,, ").ranked(),
            "nor with a search of no words"
        );
        assert!(
            searched
                .with_order(Order::Report)
                .with_order(Order::Relevance)
                .ranked()
        );
    }
}
