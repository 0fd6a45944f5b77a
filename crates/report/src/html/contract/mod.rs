//! The contract between the core's markup and the app: every `data-` name, class and id the app
//! finds the markup's parts by, written once here and used by both sides.
//!
//! The markup splices these ids, classes and values into its templates; the app looks parts up
//! by them and never by their position. The `data-` attributes' names are written in the
//! templates themselves (maud splices an attribute's value, never its name), so its test
//! (`drawn.rs`) draws the views and finds each name where the app looks for it.

#[cfg(test)]
mod drawn;
pub mod ids;

/// The `data-` attributes that wire the markup to the app, and their selectors.
pub mod attr {
    use const_format::concatcp;

    /// On an in-app link: the app follows it without reloading the page.
    pub const NAV: &str = "data-nav";
    pub const NAV_LINK: &str = concatcp!("a[", NAV, "]");
    /// On a button: the in-app address it leads to (a chip, a suggestion).
    pub const GO: &str = "data-go";
    pub const GO_BUTTON: &str = concatcp!("[", GO, "]");
    /// On a button of the findings section: the [`Action`](super::Action) it does.
    pub const DO: &str = "data-do";
    pub const DO_BUTTON: &str = concatcp!("[", DO, "]");
    /// On a finding card's copy button: what it copies, a [`ToCopy`](super::ToCopy).
    pub const COPY: &str = "data-copy";
    pub const COPY_BUTTON: &str = concatcp!("[", COPY, "]");
    /// On a finding card's "Cite", which shows and hides its citation.
    pub const CITE_BUTTON: &str = "[data-cite]";
    /// On the button that folds and unfolds a long list of speakers.
    pub const FOLD: &str = "data-fold";
    pub const FOLD_BUTTON: &str = concatcp!("[", FOLD, "]");
}

/// A class the app finds a part by: its name in the markup, and its selector.
pub struct Class {
    pub name: &'static str,
    pub selector: &'static str,
}

/// Defines classes, each with the selector `.NAME`.
macro_rules! classes {
    ($($(#[$doc:meta])* $konst:ident = $name:literal;)*) => {
        $($(#[$doc])* pub const $konst: Class = Class { name: $name, selector: concat!(".", $name) };)*
        /// Every class of the contract.
        pub const ALL: &[Class] = &[$($konst),*];
    };
}

/// The classes the app finds parts by, or sets.
pub mod class {
    use super::Class;

    classes! {
        /// The findings view's `<section>` and the filters' `<aside>`.
        FINDINGS = "findings";
        FILTERS = "filters";
        /// The overview's `<section>` and its table's rows, the report's marked text in the
        /// Report view, and the speakers' cards in the Speakers view.
        OVERVIEW = "overview";
        OVERVIEW_ROWS = "overview-rows";
        NARRATIVE_TEXT = "narrative-text";
        SPEAKER_GRID = "speaker-grid";
        /// The parts of the findings section the app keeps in step.
        STATUS = "status";
        SEARCH_NOTE = "search-note";
        PRINT_FILTERS = "print-filters";
        ACTIVE_FILTERS = "active-filters";
        NOTICES = "notices";
        EMPTY = "empty";
        EXPORT_BAR = "export-bar";
        SHOW_EARLIER = "show-earlier";
        FINDING_LIST = "finding-list";
        SHOW_MORE = "show-more";
        /// A part not shown.
        HIDDEN = "hidden";
        /// The filter panel's "N filters on", a facet row's count, and a folded list.
        FILTERS_ACTIVE = "filters-active";
        FACET_COUNT = "facet-count";
        FOLDED = "folded";
        /// A finding card, its citation's panel and text, and its live region.
        FINDING = "finding";
        /// A finding card drawn while its words are on their way.
        PENDING = "pending";
        CITE_BODY = "cite-body";
        CITE_TEXT = "cite-text";
        ACTION_FEEDBACK = "action-feedback";
        /// A chip of the active filters, which removes itself.
        CHIP = "chip";
        /// The tab of the current view, and the light/dark switch.
        CURRENT = "current";
        THEME_TOGGLE = "theme-toggle";
        /// The library's `<main>`, its list and its filters.
        LIBRARY = "library";
        LIBRARY_RESULTS = "library-results";
        LIBRARY_FILTERS = "library-filters";
    }
}

/// The selector that reaches a part through its parent: the library's result count.
pub const LIBRARY_STATUS: &str =
    const_format::concatcp!(class::LIBRARY.selector, " > ", class::STATUS.selector);

/// What a button of the findings section does: its `data-do`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Csv,
    Markdown,
    Print,
    Earlier,
    More,
}

impl Action {
    pub const ALL: [Action; 5] = [Self::Csv, Self::Markdown, Self::Print, Self::Earlier, Self::More];

    /// Its `data-do` value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Markdown => "md",
            Self::Print => "print",
            Self::Earlier => "earlier",
            Self::More => "more",
        }
    }

    /// The action a `data-do` value names.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|action| action.as_str() == value)
    }
}

/// What a finding card's copy button copies: its `data-copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToCopy {
    Link,
    Citation,
}

impl ToCopy {
    pub const ALL: [ToCopy; 2] = [Self::Link, Self::Citation];

    /// Its `data-copy` value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Link => "link",
            Self::Citation => "citation",
        }
    }

    /// What a `data-copy` value names.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|what| what.as_str() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_reads_back_as_itself() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        for what in ToCopy::ALL {
            assert_eq!(ToCopy::parse(what.as_str()), Some(what));
        }
        assert_eq!(Action::parse("save-offline"), None);
        assert_eq!(attr::DO_BUTTON, "[data-do]");
        assert_eq!(class::FINDING_LIST.selector, ".finding-list");
    }
}
