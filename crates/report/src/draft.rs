//! A new report's first draft from its published text, metadata guessed where the text gives it.

use crate::date::IsoDate;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// What could be guessed of a report from its text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Guess {
    pub title: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
}

/// Whether a line reads as a title rather than a sentence: it does not end as sentences do.
fn is_title_like(line: &str) -> bool {
    !line.ends_with(['.', '!', '?', ',', ';', ':'])
}

/// The title: of the first five short lines before the text's first long one (a page's heading
/// and the event's name come first), the longest that reads as a title, else the longest; a
/// Markdown text's first `# ` heading.
fn title(text: &str) -> Option<String> {
    let lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    if let Some(heading) = lines.clone().find_map(|line| line.strip_prefix("# ")) {
        return Some(heading.trim().to_owned());
    }
    let first: Vec<&str> = lines
        .take_while(|line| line.chars().count() <= 150)
        .take(5)
        .collect();
    let length = |line: &&&str| line.chars().count();
    first
        .iter()
        .filter(|line| is_title_like(line))
        .max_by_key(length)
        .or_else(|| first.iter().max_by_key(length))
        .map(|line| line.trim_start_matches('#').trim().to_owned())
}

/// The number of a day, as in "27", "27th" or "1st".
fn day(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    (word.len() >= 3)
        .then(|| MONTHS.iter().position(|m| m.starts_with(&word)))
        .flatten()
        .map(|i| i as u32 + 1)
}

/// The first date of a line ("27 November 2014", "27th November, 2014", "November 27, 2014" or
/// "2014-11-27") as `YYYY-MM-DD`, with the byte where it starts.
fn date(line: &str) -> Option<(usize, String)> {
    let mut words = Vec::new();
    for (at, word) in line
        .split_inclusive(|c: char| c.is_whitespace() || c == ',')
        .scan(0, |at, piece| {
            let start = *at;
            *at += piece.len();
            Some((start, piece))
        })
    {
        let word = word.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | '(' | ')'));
        if !word.is_empty() {
            words.push((at, word));
        }
    }
    let iso = |y: &str, m: u32, d: u32| {
        let text = format!("{y}-{m:02}-{d:02}");
        IsoDate::parse(&text).ok().map(|_| text)
    };
    for (i, &(at, word)) in words.iter().enumerate() {
        if IsoDate::parse(word).is_ok() {
            return Some((at, word.to_owned()));
        }
        let next = |k: usize| words.get(i + k).map(|(_, w)| *w).unwrap_or("");
        let year = |w: &str| (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then_some(w.to_owned());
        let found = match (day(word), month(word)) {
            (Some(d), _) => month(next(1)).zip(year(next(2))).and_then(|(m, y)| iso(&y, m, d)),
            (None, Some(m)) => day(next(1)).zip(year(next(2))).and_then(|(d, y)| iso(&y, m, d)),
            _ => None,
        };
        if let Some(found) = found {
            return Some((at, found));
        }
    }
    None
}

/// The place: the capitalised words after the last "in" before the date, on its line.
fn place(before_date: &str) -> Option<String> {
    let (_, after) = before_date.rsplit_once(" in ")?;
    let words: Vec<&str> = after
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';']))
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .take(3)
        .collect();
    (!words.is_empty() && after.trim_start().starts_with(words[0])).then(|| words.join(" "))
}

/// Guesses a report's title, date and place from its text; the date (and the place before it)
/// from the first line that gives a date.
pub fn guess(text: &str) -> Guess {
    let mut guess = Guess {
        title: title(text),
        ..Guess::default()
    };
    if let Some((line, (at, date))) = text
        .lines()
        .find_map(|line| date(line).map(|found| (line, found)))
    {
        guess.place = place(&line[..at]);
        guess.date = Some(date);
    }
    guess
}

/// The source text as a `# Report` section: a Markdown text's `# ` headings become `## ` (the
/// format's sections are the only `# ` headings); in a plain text, lines lose their indent (which
/// Markdown would read as code) and what would read as a heading, a rule or HTML is escaped.
pub fn narrative(text: &str, markdown: bool) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.lines() {
        if markdown {
            if line.starts_with("# ") {
                out.push('#');
            }
            out.push_str(line);
        } else {
            let line = line.trim();
            let rule = line.len() >= 3 && line.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ' | '='));
            if line.starts_with('#') || rule {
                out.push('\\');
            }
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '<'
                    && chars
                        .peek()
                        .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'))
                {
                    out.push('\\');
                }
                out.push(c);
            }
        }
        out.push('\n');
    }
    out.trim_end().to_owned() + "\n"
}

/// The new report: the metadata to fill (guessed values given, the rest left empty for the
/// checker to list; the optional keys commented out), the three sections each with a commented
/// example, and the text.
pub fn draft(text: &str, markdown: bool) -> String {
    let guess = guess(text);
    let value = |v: &Option<String>| v.as_deref().map(|v| format!(" {v}")).unwrap_or_default();
    format!(
        "---\nTitle:{}\nDate:{}\nPlace:{}\nAuthor:\nPublisher:\n# Optional: remove the `# ` to use them. Language is a tag such as fr or pt-BR (en if left out).\n# Author role:\n# Source:\n# Language:\n---\n\n{}\n# Report\n\n{}",
        value(&guess.title),
        value(&guess.date),
        value(&guess.place),
        include_str!("draft-sections.md"),
        narrative(text, markdown),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_the_usual_ways() {
        for (line, expected) in [
            ("on Thursday, 27th November 2014, where", "2014-11-27"),
            ("on 27 November 2014", "2014-11-27"),
            ("on November 27, 2014", "2014-11-27"),
            ("Brussels, 1 Dec. 2014", "2014-12-01"),
            ("held on 2014-11-27.", "2014-11-27"),
        ] {
            assert_eq!(date(line).map(|(_, d)| d).as_deref(), Some(expected), "{line}");
        }
        for line in ["in 2014", "31 February 2014", "May we meet", "27 November"] {
            assert_eq!(date(line), None, "{line}");
        }
    }

    #[test]
    fn places_come_after_in_before_the_date() {
        assert_eq!(
            place("Delegates attended the Symposium in Brussels, on Thursday, ").as_deref(),
            Some("Brussels")
        );
        assert_eq!(
            place("the meeting held in New York City on ").as_deref(),
            Some("New York City")
        );
        assert_eq!(place("in the spring of "), None);
        assert_eq!(place("Meeting on "), None);
    }

    #[test]
    fn titles_are_the_longest_of_the_first_short_lines_or_the_first_heading() {
        let text = "2022 Assembly\n\n\n5th Annual International Symposium\n\nA long paragraph follows.";
        assert_eq!(title(text).as_deref(), Some("5th Annual International Symposium"));
        assert_eq!(
            title("Intro\n\n# The Title\n\nText").as_deref(),
            Some("The Title")
        );
        assert_eq!(title(""), None);
    }

    #[test]
    fn titles_are_lines_that_read_as_titles_rather_than_sentences() {
        let text = "Annual Meeting of Lighthouse Keepers
                    Report of the meeting held in Port Imaginary on 14 February 2031.

                    The keepers met at the harbour.";
        assert_eq!(
            title(text).as_deref(),
            Some("Annual Meeting of Lighthouse Keepers")
        );
        assert_eq!(
            title(
                "The keepers met.
They talked about the lamps at length."
            )
            .as_deref(),
            Some("They talked about the lamps at length."),
            "with no line like a title, the longest"
        );
    }

    #[test]
    fn plain_text_cannot_read_as_headings_rules_code_or_html() {
        assert_eq!(
            narrative("# not a heading\n---\n    indented\na <b>bold</b> a<3\n", false),
            "\\# not a heading\n\\---\nindented\na \\<b>bold\\</b> a<3\n"
        );
        assert_eq!(
            narrative("# Heading\n## Sub\ntext", true),
            "## Heading\n## Sub\ntext\n"
        );
    }
}
