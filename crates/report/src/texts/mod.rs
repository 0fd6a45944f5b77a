//! The interface's words in the reader's language, from one translation file per language.
//!
//! A translation file (`crates/report/locales/LL.txt`) has one `key = value` line per string,
//! `#` comments and blank lines; values hold placeholders `{name}`, and a count's forms are
//! `key.one`, `key.few`, `key.many`, `key.other`, those of the language's [`plural`] rule.
//! English is compiled in; the site ships each language as a data file, fetched only when
//! chosen: its strings in the order of its [`keys`], one a line, without the keys (which cost a
//! third of the compressed size) but for those the page's scripts read ([`for_scripts`]), and
//! without those only the build uses (`built.`).

mod plural;

use maud::{Markup, PreEscaped, Render};

use crate::date::IsoDate;

pub use plural::{Plural, forms};

/// English, the language of the code and the one every other file is checked against, without
/// its comments; in the app, without the strings only the page's scripts and the build use
/// (see `build.rs`).
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

/// One language's strings, sorted by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    lang: String,
    entries: Vec<(String, String)>,
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

/// The keys a language's file has, sorted: English's, each count's forms replaced by those the
/// language's plural rule needs.
pub fn keys(lang: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (key, _) in entries(ENGLISH) {
        match key.strip_suffix(".one").or_else(|| key.strip_suffix(".other")) {
            Some(base) => keys.extend(forms(lang).iter().map(|form| format!("{base}.{form}"))),
            None => keys.push(key.to_owned()),
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Whether `public/boot.js` and `public/offline.js` read the string of `key`: they say it before
/// the app has started, or without it. Shipped files keep these strings' keys.
pub fn for_scripts(key: &str) -> bool {
    key.starts_with("boot.") || key.starts_with("offline.")
}

/// Whether a shipped file gives the string of `key` without its key: those the app reads.
fn shipped_bare(key: &str) -> bool {
    !for_scripts(key) && !key.starts_with("built.")
}

impl Texts {
    /// The strings of language `lang` from its shipped file (see the module's documentation);
    /// English when the file does not have the language's strings, one a line.
    pub fn shipped(lang: &str, file: &str) -> Self {
        let keys: Vec<String> = keys(lang).into_iter().filter(|key| shipped_bare(key)).collect();
        let (for_scripts, lines): (Vec<&str>, Vec<&str>) = file
            .lines()
            .partition(|line| line.split_once('=').is_some_and(|(key, _)| for_scripts(key)));
        if lines.len() != keys.len() {
            return Self::english();
        }
        let mut entries: Vec<(String, String)> = keys
            .into_iter()
            .zip(lines.into_iter().map(str::to_owned))
            .collect();
        entries.extend(
            for_scripts
                .iter()
                .filter_map(|line| line.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned())),
        );
        crate::sort::sort_by_key_unstable(&mut entries, |(key, _)| key.clone());
        Self {
            lang: lang.to_owned(),
            entries,
            plural: Plural::of(lang),
        }
    }

    /// The language's shipped file, from its translation file: see [`Texts::shipped`].
    pub fn to_shipped(&self) -> String {
        let mut out = String::new();
        for (key, value) in &self.entries {
            if key.starts_with("built.") {
                continue;
            }
            if for_scripts(key) {
                out.push_str(key);
                out.push('=');
            }
            out.push_str(value);
            out.push('\n');
        }
        out
    }

    /// The strings of language `lang` from its translation file (or a shipped one).
    pub fn new(lang: &str, file: &str) -> Self {
        let mut entries: Vec<(String, String)> = Vec::new();
        for (key, value) in self::entries(file) {
            match entries.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
                Ok(at) => entries[at].1 = value.to_owned(),
                Err(at) => entries.insert(at, (key.to_owned(), value.to_owned())),
            }
        }
        Self {
            lang: lang.to_owned(),
            entries,
            plural: Plural::of(lang),
        }
    }

    /// English.
    pub fn english() -> Self {
        Self::new("en", ENGLISH)
    }

    /// The language's code, as `lang` attributes and links give it: "en", "fr".
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The string of `key`; the key itself when the file lacks it (the completeness test makes
    /// sure none does).
    pub fn text<'a>(&'a self, key: &'a str) -> &'a str {
        match self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
            Ok(at) => &self.entries[at].1,
            Err(_) => key,
        }
    }

    /// The string of `key` with each `{name}` of `args` replaced by its value.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut out = String::new();
        fill_into(
            self.text(key),
            args,
            &mut out,
            |text, out| out.push_str(text),
            |value, out| {
                out.push_str(value);
            },
        );
        out
    }

    /// The form of `key` for `count` (`key.one`, `key.other`…), with `{count}` the number as the
    /// language writes it and the other `args` filled in.
    pub fn count(&self, key: &str, count: usize, args: &[(&str, &str)]) -> String {
        let number = self.number(count);
        let form = format!("{key}.{}", self.plural.form(count));
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(args);
        self.fill(&form, &all)
    }

    /// The string of `key` as markup, its text escaped, with each `{name}` of `args` replaced by
    /// ready-made markup.
    pub fn markup(&self, key: &str, args: &[(&str, Markup)]) -> Markup {
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
        let from = self.text("number.group-from").parse().unwrap_or(4);
        crate::numbers::grouped_by(count, self.text("number.group"), from)
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
                let weekday = format!("weekday.{}", day.weekday());
                self.fill(
                    "date.long",
                    &[("weekday", self.text(&weekday)), ("date", &self.day(day))],
                )
            }
            Err(_) => iso.to_owned(),
        }
    }

    fn day(&self, day: IsoDate) -> String {
        let (year, month, date) = day.parts();
        let month = format!("month.{month}");
        self.fill(
            "date.day",
            &[
                ("day", &date.to_string()),
                ("month", self.text(&month)),
                ("year", &year.to_string()),
            ],
        )
    }
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
