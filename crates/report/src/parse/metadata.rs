//! The metadata block at the top of a report: `Title:`, `Date:` and the other `Key: value` lines.

use super::problem::Problem;
use crate::date::IsoDate;
use crate::model::Meta;

const KEYS: [&str; 8] = [
    "Title",
    "Event",
    "Date",
    "Place",
    "Author",
    "Author role",
    "Publisher",
    "Source",
];
const REQUIRED: [&str; 5] = ["Title", "Date", "Place", "Author", "Publisher"];

/// Reads the metadata block's text, which starts at source offset `at`.
pub(super) fn metadata(text: &str, at: usize, problems: &mut Vec<(usize, Problem)>) -> Option<Meta> {
    let mut values: [Option<String>; KEYS.len()] = Default::default();
    let mut seen = [false; KEYS.len()];
    let mut line_at = at;
    for line in text.split_inclusive('\n') {
        let this_line_at = line_at;
        line_at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let Some((key, value)) = trimmed.split_once(':') else {
            problems.push((this_line_at + indent, Problem::MetadataLine));
            continue;
        };
        let key = key.trim();
        let value = value.trim();
        let Some(slot) = KEYS.iter().position(|k| k.eq_ignore_ascii_case(key)) else {
            problems.push((this_line_at + indent, Problem::UnknownMetadataKey(key.to_owned())));
            continue;
        };
        if std::mem::replace(&mut seen[slot], true) {
            problems.push((
                this_line_at + indent,
                Problem::DuplicateMetadataKey(KEYS[slot].to_owned()),
            ));
        } else if value.is_empty() {
            problems.push((this_line_at + indent, Problem::EmptyValue(KEYS[slot].to_owned())));
        } else {
            let value_at = this_line_at + line.find(value).unwrap_or(indent);
            if KEYS[slot] == "Date"
                && let Err(error) = IsoDate::parse(value)
            {
                problems.push((value_at, Problem::BadDate(error)));
            }
            values[slot] = Some(value.to_owned());
        }
    }
    let mut missing = false;
    for key in REQUIRED {
        let slot = KEYS.iter().position(|k| *k == key).unwrap_or_default();
        if values[slot].is_none() {
            if !seen[slot] {
                problems.push((0, Problem::MissingMetadataKey(key)));
            }
            missing = true;
        }
    }
    if missing {
        return None;
    }
    let [title, event, date, place, author, author_role, publisher, source] = values;
    let title = title.unwrap_or_default();
    let date = date.unwrap_or_default();
    // A date that cannot be read has been reported; the words are then the date as written.
    let day = IsoDate::parse(&date).ok();
    Some(Meta {
        event: event.unwrap_or_else(|| title.clone()),
        title,
        date_long: day.map_or_else(|| date.clone(), IsoDate::long_form),
        date_cited: day.map_or_else(|| date.clone(), IsoDate::day_month_year),
        date,
        place: place.unwrap_or_default(),
        author: author.unwrap_or_default(),
        author_role,
        publisher: publisher.unwrap_or_default(),
        source,
    })
}
