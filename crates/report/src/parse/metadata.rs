//! The metadata block at the top of a report: `Title:`, `Date:` and the other `Key: value` lines.

use super::keys::Keys;
use super::problem::Problem;
use crate::date::IsoDate;
use crate::model::Meta;

const KEYS: Keys<8> = Keys {
    names: [
        "Title",
        "Event",
        "Date",
        "Place",
        "Author",
        "Author role",
        "Publisher",
        "Source",
    ],
    listed: "Title, Event, Date, Place, Author, Author role, Publisher and Source",
};
const REQUIRED: [&str; 5] = ["Title", "Date", "Place", "Author", "Publisher"];

/// Reads the metadata block's text, which starts at source offset `at`.
pub(super) fn metadata(text: &str, at: usize, problems: &mut Vec<(usize, Problem)>) -> Option<Meta> {
    let read = KEYS.read(text, at, problems);
    if let Some((date, date_at)) = &read.values[KEYS.slot("Date")]
        && let Err(error) = IsoDate::parse(date)
    {
        problems.push((*date_at, Problem::BadDate(error)));
    }
    if !read.require(&KEYS, &REQUIRED, problems) {
        return None;
    }
    let [title, event, date, place, author, author_role, publisher, source] =
        read.values.map(|value| value.map(|(text, _)| text));
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
    })
}
