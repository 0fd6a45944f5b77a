//! The `Key: value` lines of a metadata block between `---` lines, read for a report or the site.

use super::problem::Problem;

/// The keys a metadata block may hold, and how the format lists them to its author.
pub(super) struct Keys<const N: usize> {
    pub names: [&'static str; N],
    pub listed: &'static str,
}

/// What a metadata block gave: each key's value with its source offset, and which keys were
/// written at all (a key given with no value is written, though it has none).
pub(super) struct Values<const N: usize> {
    pub values: [Option<(String, usize)>; N],
    seen: [bool; N],
}

impl<const N: usize> Keys<N> {
    /// Reads the block's text, which starts at source offset `at`.
    pub fn read(&self, text: &str, at: usize, problems: &mut Vec<(usize, Problem)>) -> Values<N> {
        let mut read = Values {
            values: std::array::from_fn(|_| None),
            seen: [false; N],
        };
        let mut line_at = at;
        for line in text.split_inclusive('\n') {
            let this_line_at = line_at;
            line_at += line.len();
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let key_at = this_line_at + line.len() - line.trim_start().len();
            let Some((key, value)) = trimmed.split_once(':') else {
                problems.push((key_at, Problem::MetadataLine));
                continue;
            };
            let (key, value) = (key.trim(), value.trim());
            let Some(slot) = self.names.iter().position(|k| k.eq_ignore_ascii_case(key)) else {
                problems.push((key_at, Problem::UnknownMetadataKey(key.to_owned(), self.listed)));
                continue;
            };
            let name = self.names[slot];
            if std::mem::replace(&mut read.seen[slot], true) {
                problems.push((key_at, Problem::DuplicateMetadataKey(name.to_owned())));
            } else if value.is_empty() {
                problems.push((key_at, Problem::EmptyValue(name.to_owned())));
            } else {
                let value_at = this_line_at + line.find(value).unwrap_or(key_at - this_line_at);
                read.values[slot] = Some((value.to_owned(), value_at));
            }
        }
        read
    }

    /// Where `name` stands among the keys.
    pub fn slot(&self, name: &str) -> usize {
        self.names.iter().position(|k| *k == name).unwrap_or_default()
    }
}

impl<const N: usize> Values<N> {
    /// Whether every key of `required` has a value; a key never written is reported missing
    /// (at the file's start), one written without a value has been reported already.
    pub fn require(
        &self,
        keys: &Keys<N>,
        required: &[&'static str],
        problems: &mut Vec<(usize, Problem)>,
    ) -> bool {
        let mut complete = true;
        for &name in required {
            let slot = keys.slot(name);
            if self.values[slot].is_none() {
                if !self.seen[slot] {
                    problems.push((0, Problem::MissingMetadataKey(name)));
                }
                complete = false;
            }
        }
        complete
    }
}
