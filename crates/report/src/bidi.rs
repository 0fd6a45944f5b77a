//! Right-to-left words (Arabic, Hebrew…) kept apart within a sentence of plain text.

use std::borrow::Cow;

/// Whether `c` is a letter of a script written right to left.
fn right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
            | '\u{FB1D}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}'
            | '\u{1E800}'..='\u{1EFFF}')
}

/// `text` between Unicode's first-strong isolate and its pop (U+2068, U+2069) when it has a
/// letter written right to left, else as it is: in a citation, a place in Arabic followed by
/// ", 12 June 2031" would otherwise pull the comma and the day into its own run ("12 ,تونس").
pub fn isolated(text: &str) -> Cow<'_, str> {
    if text.chars().any(right_to_left) {
        Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::isolated;

    #[test]
    fn only_words_with_right_to_left_letters_are_isolated() {
        assert_eq!(isolated("تونس"), "\u{2068}تونس\u{2069}");
        assert_eq!(isolated("Tel Aviv, תל אביב"), "\u{2068}Tel Aviv, תל אביב\u{2069}");
        assert_eq!(isolated("Genève, 2031"), "Genève, 2031");
        assert_eq!(isolated(""), "");
    }
}
