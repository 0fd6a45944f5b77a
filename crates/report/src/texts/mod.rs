//! The interface's words in the reader's language, from one translation file per language.
//!
//! A translation file (`crates/report/locales/LL.txt`) has one `key = value` line per string,
//! `#` comments and blank lines; values hold placeholders `{name}`, and a count's forms are
//! `key.one`, `key.few`, `key.many`, `key.other`, those of the language's [`Plural`] rule.
//! The code names each string by a [`Key`] constant of [`key`], its place in English's list
//! (written by `build.rs`), so the app carries no key names. English is compiled in; the site
//! ships each language as a data file, fetched only when chosen (see [`Texts::to_shipped`]).

mod plural;

use maud::{Markup, PreEscaped, Render};

use crate::date::IsoDate;

pub use plural::{Plural, forms};

/// A string of the interface: its place in English's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(usize);

/// Every string's [`Key`], named after its key in the files: `findings.count` is
/// `key::FINDINGS_COUNT`.
pub mod key {
    use super::Key;
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// English's translation file, the one every other is checked against.
pub const ENGLISH: &str = include_str!("../../locales/en.txt");

/// One language's strings, in the order of [`key::KEYS`] (a count's forms joined by tabs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    lang: String,
    values: Vec<String>,
    plural: Plural,
}

/// The `key = value` lines of a translation file, in its order: comments and blank lines skipped,
/// the value kept whole but for the spaces around `=` (a no-break space is part of it).
pub fn entries(file: &str) -> impl Iterator<Item = (&str, &str)> {
    file.lines()
        .map(|line| line.trim_matches([' ', '\t', '\r']))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.trim_matches([' ', '\t']), value.trim_matches([' ', '\t'])))
}

/// The keys a language's translation file has, sorted: English's, each count's forms those the
/// language's plural rule needs.
pub fn keys(lang: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (key, counted) in key::KEYS {
        if counted {
            keys.extend(forms(lang).iter().map(|form| format!("{key}.{form}")));
        } else {
            keys.push(key.to_owned());
        }
    }
    keys.sort_unstable();
    keys
}

/// Whether `public/boot.js` and `public/offline.js` read the string of `key`: they say it before
/// the app has started, or without it. Shipped files keep these strings' keys.
pub fn for_scripts(key: &str) -> bool {
    key.starts_with("boot.") || key.starts_with("offline.")
}

impl Texts {
    /// The strings of language `lang` from its translation file; a string it lacks is its key
    /// (the completeness test makes sure none is missing).
    pub fn new(lang: &str, file: &str) -> Self {
        let given: std::collections::HashMap<&str, &str> = entries(file).collect();
        let value = |key: String| given.get(key.as_str()).map_or(key.clone(), |v| (*v).to_owned());
        let values = key::KEYS
            .iter()
            .map(|&(key, counted)| {
                if counted {
                    let forms: Vec<String> = forms(lang)
                        .iter()
                        .map(|form| value(format!("{key}.{form}")))
                        .collect();
                    forms.join("\t")
                } else {
                    value(key.to_owned())
                }
            })
            .collect();
        Self::of(lang, values)
    }

    fn of(lang: &str, values: Vec<String>) -> Self {
        Self {
            lang: lang.to_owned(),
            values,
            plural: Plural::of(lang),
        }
    }

    /// The strings of language `lang` from its shipped file ([`Texts::to_shipped`]); English when
    /// the file does not have a line per string.
    pub fn shipped(lang: &str, file: &str) -> Self {
        let values: Vec<String> = file
            .split('\n')
            .map(|line| match line.split_once('=') {
                Some((key, value)) if for_scripts(key) => value.to_owned(),
                _ => line.to_owned(),
            })
            .collect();
        if values.len() != key::KEYS.len() + 1 {
            return Self::english();
        }
        Self::of(lang, values)
    }

    /// The language's shipped file: a line per string in the order of [`key::KEYS`], a count's
    /// forms joined by tabs, without the keys (a third of the compressed size) but for the
    /// strings the page's scripts read ([`for_scripts`]: `key=value`), and blank for those only
    /// the build uses (`built.`).
    pub fn to_shipped(&self) -> String {
        let mut out = String::new();
        for ((key, _), value) in key::KEYS.iter().zip(&self.values) {
            if for_scripts(key) {
                out.push_str(key);
                out.push('=');
            }
            if !key.starts_with("built.") {
                out.push_str(value);
            }
            out.push('\n');
        }
        out
    }

    /// The strings the page's scripts read ([`for_scripts`]), by key (a count's forms joined by
    /// tabs, in the order of [`Plural::forms`]).
    pub fn for_scripts(&self) -> impl Iterator<Item = (&'static str, &str)> {
        key::KEYS
            .iter()
            .zip(&self.values)
            .filter(|((key, _), _)| for_scripts(key))
            .map(|((key, _), value)| (*key, value.as_str()))
    }

    /// English: in the app, its strings as `build.rs` wrote them (none of the scripts' or the
    /// build's); with the `parse` feature, every one.
    pub fn english() -> Self {
        #[cfg(feature = "parse")]
        return Self::new("en", ENGLISH);
        #[cfg(not(feature = "parse"))]
        Self::of(
            "en",
            include_str!(concat!(env!("OUT_DIR"), "/en.txt"))
                .lines()
                .map(str::to_owned)
                .collect(),
        )
    }

    /// The language's code, as `lang` attributes and links give it: "en", "fr".
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The string of `key`.
    pub fn text(&self, key: Key) -> &str {
        self.values.get(key.0).map_or("", String::as_str)
    }

    /// The string of `key` with each `{name}` of `args` replaced by its value.
    pub fn fill(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }

    /// The form of the count `key` for `count`, with `{count}` the number as the language writes
    /// it and the other `args` filled in.
    pub fn count(&self, key: Key, count: usize, args: &[(&str, &str)]) -> String {
        let number = self.number(count);
        let form = self
            .text(key)
            .split('\t')
            .nth(self.plural.index(count))
            .unwrap_or_default();
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(args);
        fill(form, &all)
    }

    /// The string of `key` as markup, its text escaped, with each `{name}` of `args` replaced by
    /// ready-made markup.
    pub fn markup(&self, key: Key, args: &[(&str, Markup)]) -> Markup {
        let mut out = String::new();
        fill_into(
            self.text(key),
            args,
            &mut out,
            |text, out| text.render_to(out),
            |value, out| {
                value.render_to(out);
            },
        );
        PreEscaped(out)
    }

    /// A count as the language writes it: "10,000", "10 000", "10.000".
    pub fn number(&self, count: usize) -> String {
        let from = self.text(key::NUMBER_GROUP_FROM).parse().unwrap_or(4);
        crate::numbers::grouped_by(count, self.text(key::NUMBER_GROUP), from)
    }

    /// A day in words from its `YYYY-MM-DD`: "27 November 2014", "27 novembre 2014"; the text
    /// as it is when it is no such date.
    pub fn date(&self, iso: &str) -> String {
        match IsoDate::parse(iso) {
            Ok(day) => self.day(day),
            Err(_) => iso.to_owned(),
        }
    }

    /// A day in words with its weekday: "Thursday, 27 November 2014".
    pub fn long_date(&self, iso: &str) -> String {
        match IsoDate::parse(iso) {
            Ok(day) => {
                // The weekdays follow Monday in the files, as the months follow January.
                let weekday = self.text(Key(key::WEEKDAY_1.0 + day.weekday() - 1));
                self.fill(key::DATE_LONG, &[("weekday", weekday), ("date", &self.day(day))])
            }
            Err(_) => iso.to_owned(),
        }
    }

    fn day(&self, day: IsoDate) -> String {
        let (year, month, date) = day.parts();
        let month = self.text(Key(key::MONTH_1.0 + usize::from(month) - 1));
        self.fill(
            key::DATE_DAY,
            &[
                ("day", &date.to_string()),
                ("month", month),
                ("year", &year.to_string()),
            ],
        )
    }
}

/// `template` with each `{name}` of `args` replaced by its value.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::new();
    fill_into(
        template,
        args,
        &mut out,
        |text, out| out.push_str(text),
        |value, out| {
            out.push_str(value);
        },
    );
    out
}

/// Writes `template` into `out`, text through `text` and each `{name}` through `value` with its
/// value in `args` (left as it is when `args` has none).
fn fill_into<V>(
    template: &str,
    args: &[(&str, V)],
    out: &mut String,
    text: impl Fn(&str, &mut String),
    value: impl Fn(&V, &mut String),
) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        text(&rest[..open], out);
        match args.iter().find(|(name, _)| *name == &rest[open + 1..close]) {
            Some((_, found)) => value(found, out),
            None => text(&rest[open..=close], out),
        }
        rest = &rest[close + 1..];
    }
    text(rest, out);
}

#[cfg(test)]
mod tests;
