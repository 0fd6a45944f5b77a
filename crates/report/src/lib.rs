//! The report viewer's pure core: the report model, its Markdown format, filtering and URL state,
//! and the library of a site of several reports.
//!
//! Nothing here touches the web. The `parse` feature adds the Markdown parser and validator that
//! run at build time (and in `check-reports`); the viewer ships only the model, the filter and
//! the URL format.
//!
//! ```
//! # #[cfg(feature = "parse")] {
//! let source = include_str!("../../../tests/fixtures/valid/minimal.md");
//! let report = report::parse_report("minimal.md", source).expect("a valid report");
//! let finder = report::Finder::new(&report);
//! let query = report::Query::default().with_text("storms");
//! assert_eq!(finder.results(&query).len(), 1);
//! # }
//! ```
//!
//! The search forgives: a word also finds its other forms (the Snowball English [`stem()`]:
//! "keeper" finds "Keepers'"), a word of 5 letters or more that matches nothing is corrected to
//! the report's nearest words ([`edit_distance`], [`allowed_edits`]), and a search lists the
//! best matches first unless the reader asks for the report's [`Order`]:
//! [`Finder::results_and_counts`] and [`Finder::first_results`] follow [`Query::order`],
//! [`Finder::results`] keeps the report's order, [`Finder::terms`] tells what was corrected
//! ([`Terms::corrections`]) and what [`Terms::highlights`] marks, and
//! [`Finder::respellings`] offers the report's nearest words when nothing shows.
//!
//! ```
//! # #[cfg(feature = "parse")] {
//! # let source = include_str!("../../../tests/fixtures/valid/minimal.md");
//! # let report = report::parse_report("minimal.md", source).expect("a valid report");
//! let finder = report::Finder::new(&report);
//! // The speaker named "Keepers' circle" before the one whose role is keeper.
//! let query = report::Query::default().with_text("keeper");
//! assert_eq!(finder.results_and_counts(&query).0, [1, 0]);
//! let in_order = query.with_order(report::Order::Report);
//! assert_eq!(finder.results_and_counts(&in_order).0, [0, 1]);
//! // "Also showing results for lenses".
//! let terms = finder.terms(&report::Query::default().with_text("Lensses"));
//! let correction = terms.corrections().next().expect("a correction");
//! assert_eq!((correction.typed, correction.instead), ("lensses", &["lenses".to_owned()][..]));
//! # }
//! ```

/// Whether this build reads what a long report ships apart (the `apart` feature): the
/// long-report app's does, the report app's folds that code away.
pub(crate) const APART: bool = cfg!(feature = "apart");

mod bidi;
mod catalogue;
mod date;
#[cfg(feature = "parse")]
pub mod draft;
mod edits;
mod export;
mod finder;
pub mod html;
mod latin;
mod library;
pub mod markdown_text;
mod model;
mod numbers;
mod query;
mod relevance;
mod search;
mod shipped;
mod site;
mod slug;
mod sort;
mod stem;
#[cfg(feature = "parse")]
pub mod synthetic;
#[cfg(test)]
mod testing;
mod texts;
mod url;
mod vocabulary;
mod word_ids;

#[cfg(feature = "parse")]
mod parse;

pub use catalogue::{Catalogue, Listed, data_file, fingerprint, newest_first, page_files};
#[cfg(feature = "parse")]
pub use catalogue::{LanguageFile, ReportFile, SiteFiles};
pub use date::{DateError, IsoDate};
pub use edits::{allowed_edits, edit_distance};
pub use export::{citation, csv, describe_filters, markdown, permalink};
pub use finder::{FacetCounts, Filter, Finder, INSTEAD, RESPELLINGS, Respelling, Suggestion, Wanted};
pub use library::{
    FacetValue, LibraryFacets, LibraryFinder, LibraryQuery, LibrarySort, LibraryState, Matches,
    ReportMatches, library_count, library_facets, parse_library_search, search_count, search_reports, shown,
    to_library_search, year_of,
};
pub use model::{
    Block, Finding, FindingKind, FindingText, Inline, Location, Meta, Report, Speaker, SpeakerKind, Theme,
};
pub use query::{Order, Query};
pub use search::{Correction, SEARCH_CHARS, SEARCH_WORDS, Terms, fold, usable_search};
#[cfg(feature = "parse")]
pub use shipped::TextBytes;
pub use shipped::{
    FINDINGS_PER_PART, NARRATIVE_APART_BYTES, NarrativeApart, ReportData, TEXTS_APART_BYTES, TextFiles,
};
pub use site::Site;
pub use slug::slug;
pub use stem::stem;
pub use texts::{ENGLISH, Key, Plural, Texts, entries, for_scripts, forms, key, keys};
pub use url::{
    Ignored, LISTED, UrlState, View, in_report, language_code, parse_search, shortened, to_search, with_lang,
};
pub use vocabulary::{Postings, SHARD_BYTES, WordList};

#[cfg(feature = "parse")]
pub use parse::{
    Diagnostic, LISTED_PROBLEMS, SITE_FILE, parse_files, parse_folder, parse_report, parse_site,
    parse_site_file, problem_lines, read_text, report_files,
};
