//! The page's element ids, in one scheme where no report can make two alike.
//!
//! A report's entries are link targets: `finding-ID`, `speaker-ID` and `passage-ID`, where `ID`
//! is the entry's id (lowercase letters, digits and hyphens, never `_`). A part of an entry adds
//! `_PART` (`finding-ID_heading`), which no entry id can end with. The page's own ids
//! ([`FIXED`]) and numbered ones (`facet-theme-3`, `context-12`, `tab-overview`) never start
//! with an entry's prefix, so none of them can be an entry's either.

/// The prefixes of the ids of a report's entries.
pub const ENTRY_PREFIXES: [&str; 3] = ["finding-", "speaker-", "passage-"];

/// The `<div>` the app draws into.
pub const APP: &str = "app";
/// The page's main content, the skip link's target.
pub const MAIN: &str = "main";
/// The search field.
pub const SEARCH: &str = "search";
/// The headings that name the page's regions.
pub const FILTERS_HEADING: &str = "filters-heading";
pub const FINDINGS_HEADING: &str = "findings-heading";
pub const OVERVIEW_HEADING: &str = "overview-heading";
pub const SPEAKERS_HEADING: &str = "speakers-heading";
pub const NARRATIVE_HEADING: &str = "narrative-heading";
/// The footer's "Available offline".
pub const OFFLINE_BADGE: &str = "offline-badge";
/// The speakers' list in the filter panel, which a long list folds.
pub const SPEAKER_FACETS: &str = "facets-speakers";
/// The overview's table, whose long list of speakers folds the same way.
pub const OVERVIEW_SPEAKERS: &str = "overview-speakers";

/// Every id the page gives itself, whatever the report.
pub const FIXED: [&str; 11] = [
    APP,
    MAIN,
    SEARCH,
    FILTERS_HEADING,
    FINDINGS_HEADING,
    OVERVIEW_HEADING,
    SPEAKERS_HEADING,
    NARRATIVE_HEADING,
    OFFLINE_BADGE,
    SPEAKER_FACETS,
    OVERVIEW_SPEAKERS,
];

/// A finding's card: the target of its permalink, `#finding-ID`.
pub fn finding(id: &str) -> String {
    format!("finding-{id}")
}

/// The id of the finding whose card has the element id `element` (as a permalink's `#finding-ID`
/// names it), if it is one.
pub fn finding_of(element: &str) -> Option<&str> {
    element.strip_prefix("finding-").filter(|id| !id.contains('_'))
}

/// A finding card's heading.
pub fn finding_heading(id: &str) -> String {
    format!("finding-{id}_heading")
}

/// A speaker's card.
pub fn speaker(id: &str) -> String {
    format!("speaker-{id}")
}

/// A speaker card's heading.
pub fn speaker_name(id: &str) -> String {
    format!("speaker-{id}_name")
}

/// Where a finding's passage starts in the report's text: the target of "Read in context".
pub fn passage(id: &str) -> String {
    format!("passage-{id}")
}

/// Block number `index` of the report's text.
pub fn context(index: usize) -> String {
    format!("context-{index}")
}

/// Row number `index` of a facet (`theme` or `speaker`) in the filter panel.
pub fn facet_row(facet: &str, index: usize) -> String {
    format!("facet-{facet}-{index}")
}

/// The tab of a view, by its keyword.
pub fn tab(keyword: &str) -> String {
    format!("tab-{keyword}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_own_ids_never_start_like_an_entrys() {
        let numbered = [facet_row("speaker", 3), context(12), tab("overview")];
        for id in FIXED.iter().copied().chain(numbered.iter().map(String::as_str)) {
            assert!(
                !ENTRY_PREFIXES.iter().any(|prefix| id.starts_with(prefix)),
                "{id}"
            );
        }
    }

    #[test]
    fn an_entrys_parts_cannot_be_another_entry() {
        assert_ne!(finding_heading("fine"), finding("fine-heading"));
        assert_ne!(speaker_name("x"), speaker("x-name"));
        assert_eq!(finding_heading("fine"), "finding-fine_heading");
        assert_eq!(finding_of("finding-fine-heading"), Some("fine-heading"));
        assert_eq!(finding_of("finding-fine_heading"), None);
        assert_eq!(finding_of("speaker-fine"), None);
    }
}
