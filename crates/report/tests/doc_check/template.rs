//! Message templates: a message as documented, with `{…}` standing for what comes from the file.

/// What a `{…}` part of a template stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Hole {
    /// `{n}`: a number, its digits grouped by commas.
    Number,
    /// `{text}`, `{list}` and `{block}`: any text, quotes and backticks included.
    Any,
    /// Any other name (`{id}`, `{key}`, `{word}` …): text without a backtick, which ends it.
    Plain,
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Literal(String),
    Hole(Hole),
}

/// A documented message, to be matched against whole messages.
#[derive(Debug)]
pub struct Template {
    pub text: String,
    pieces: Vec<Piece>,
}

impl Template {
    pub fn new(text: &str) -> Self {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}').expect("a `{` without its `}`");
            if open > 0 {
                pieces.push(Piece::Literal(rest[..open].to_owned()));
            }
            pieces.push(Piece::Hole(match &rest[open + 1..close] {
                "n" => Hole::Number,
                "text" | "list" | "block" => Hole::Any,
                _ => Hole::Plain,
            }));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Literal(rest.to_owned()));
        }
        Self {
            text: text.to_owned(),
            pieces,
        }
    }

    /// Whether the whole of `message` is this template with its holes filled.
    pub fn matches(&self, message: &str) -> bool {
        matches_from(&self.pieces, message)
    }
}

fn fills(hole: Hole, text: &str) -> bool {
    match hole {
        Hole::Number => !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == ','),
        Hole::Any => true,
        Hole::Plain => !text.contains('`'),
    }
}

/// Matches pieces against the whole of `text`, a hole taking as much as the rest allows.
fn matches_from(pieces: &[Piece], text: &str) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Literal(literal), rest)) => text
            .strip_prefix(literal.as_str())
            .is_some_and(|after| matches_from(rest, after)),
        Some((Piece::Hole(hole), rest)) => text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .any(|end| fills(*hole, &text[..end]) && matches_from(rest, &text[end..])),
    }
}

/// The message of a located problem, `FILE:LINE:COL: message`, without its location.
pub fn message(line: &str) -> Option<&str> {
    let bytes = line.as_bytes();
    (0..line.len()).find_map(|colon| {
        let digits = |from: usize| bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
        if bytes[colon] != b':' {
            return None;
        }
        let line_digits = digits(colon + 1);
        let second = colon + 1 + line_digits;
        if line_digits == 0 || bytes.get(second) != Some(&b':') {
            return None;
        }
        let column_digits = digits(second + 1);
        let after = second + 1 + column_digits;
        let located = column_digits > 0 && line[after..].starts_with(": ");
        located.then(|| &line[after + 2..])
    })
}

#[test]
fn templates_match_whole_messages_only() {
    let template = Template::new("unknown theme `{id}`; did you mean `{id}`?");
    assert!(template.matches("unknown theme `tide`; did you mean `tides`?"));
    assert!(!template.matches("unknown theme `tide`; did you mean `tides`? The themes are `tides`"));
    assert!(!template.matches("unknown theme `a` `b`; did you mean `tides`?"));
    let numbers = Template::new("at line {n}, column {n}: “{text}”");
    assert!(numbers.matches("at line 1,200, column 3: “`a` ‘b’”"));
    assert!(!numbers.matches("at line x, column 3: “a”"));
    assert_eq!(message("a/b.md:12:3: it: 1:2: x"), Some("it: 1:2: x"));
    assert_eq!(message("no location: here"), None);
}
