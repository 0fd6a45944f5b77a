//! The `- Key: value` lists under a theme, speaker or finding heading.

use super::blocks::{Item, Text};
use super::problem::Problem;

/// A field's value, with the means to point at any byte of it in the source.
pub(super) struct Field<'n> {
    pub value: String,
    value_start: usize,
    text: &'n Text,
}

impl Field<'_> {
    /// Source offset of byte `i` of the value.
    pub fn at(&self, i: usize) -> usize {
        self.text.source_offset(self.value_start + i)
    }

    /// The comma-separated parts of the value, each with its source offset.
    pub fn parts(&self) -> Vec<(&str, usize)> {
        let mut parts = Vec::new();
        let mut start = 0;
        for piece in self.value.split(',') {
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let lead = piece.len() - piece.trim_start().len();
                parts.push((trimmed, self.at(start + lead)));
            }
            start += piece.len() + 1;
        }
        parts
    }
}

/// The fields an entry may have: each name with the other spellings accepted for it.
pub(super) struct FieldSpec<const N: usize> {
    pub what: &'static str,
    pub names: [(&'static str, &'static [&'static str]); N],
    pub listed: &'static str,
}

impl<const N: usize> FieldSpec<N> {
    /// Reads the items of a field list; the result has one slot per name in `names`.
    pub fn read<'n>(
        &self,
        items: &'n [Item],
        problems: &mut Vec<(usize, Problem)>,
    ) -> [Option<Field<'n>>; N] {
        let mut fields: [Option<Field<'n>>; N] = std::array::from_fn(|_| None);
        for item in items {
            let plain = &item.text.plain;
            let key_at = if plain.is_empty() {
                item.at
            } else {
                item.text.source_offset(0)
            };
            let Some((key, value)) = plain.split_once(':') else {
                problems.push((key_at, Problem::FieldLine));
                continue;
            };
            let key = key.trim();
            let slot = self.names.iter().position(|(name, aliases)| {
                name.eq_ignore_ascii_case(key) || aliases.iter().any(|a| a.eq_ignore_ascii_case(key))
            });
            let Some(slot) = slot else {
                problems.push((
                    key_at,
                    Problem::UnknownField(self.what, key.to_owned(), self.listed),
                ));
                continue;
            };
            let name = self.names[slot].0;
            let value_start = plain.len() - value.trim_start().len();
            let value = value.trim();
            if fields[slot].is_some() {
                problems.push((key_at, Problem::DuplicateField(name.to_owned())));
            } else if value.is_empty() {
                problems.push((key_at, Problem::EmptyValue(name.to_owned())));
            } else {
                fields[slot] = Some(Field {
                    value: value.to_owned(),
                    value_start,
                    text: &item.text,
                });
            }
        }
        fields
    }
}
