//! The metadata block at the top of a report: `Title:`, `Date:` and the other `Key: value` lines.

use super::keys::Keys;
use super::problem::Problem;
use crate::date::IsoDate;
use crate::model::Meta;

const KEYS: Keys<9> = Keys {
    names: [
        "Title",
        "Event",
        "Date",
        "Place",
        "Author",
        "Author role",
        "Publisher",
        "Source",
        "Language",
    ],
    listed: "Title, Event, Date, Place, Author, Author role, Publisher, Source and Language",
};

/// Whether `tag` is a language tag as `lang` attributes take it: a language of 2 or 3 letters,
/// then parts of letters and digits after hyphens (`en`, `pt-BR`, `sr-Latn`).
pub(super) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}
const REQUIRED: [&str; 5] = ["Title", "Date", "Place", "Author", "Publisher"];

/// Reads the metadata block's text, which starts at source offset `at`.
pub(super) fn metadata(text: &str, at: usize, problems: &mut Vec<(usize, Problem)>) -> Option<Meta> {
    let read = KEYS.read(text, at, problems);
    if let Some((date, date_at)) = &read.values[KEYS.slot("Date")]
        && let Err(error) = IsoDate::parse(date)
    {
        problems.push((*date_at, Problem::BadDate(error)));
    }
    if let Some((tag, tag_at)) = &read.values[KEYS.slot("Language")]
        && !is_language_tag(tag)
    {
        problems.push((*tag_at, Problem::BadLanguage(tag.clone())));
    }
    if !read.require(&KEYS, &REQUIRED, problems) {
        return None;
    }
    let [
        title,
        event,
        date,
        place,
        author,
        author_role,
        publisher,
        source,
        language,
    ] = read.values.map(|value| value.map(|(text, _)| text));
    let title = title.unwrap_or_default();
    let date = date.unwrap_or_default();
    Some(Meta {
        event: event.unwrap_or_else(|| title.clone()),
        title,
        date,
        place: place.unwrap_or_default(),
        author: author.unwrap_or_default(),
        author_role,
        publisher: publisher.unwrap_or_default(),
        source,
        language: language.unwrap_or_else(|| String::from("en")),
    })
}
