//! Names for links and files made from text: lowercase ASCII letters, digits and hyphens.

use crate::search::fold;

/// "Ieke Vries" → "ieke-vries", "Chloé Brière" → "chloe-briere": the text [`fold`]ed as search
/// folds it, each run of anything but ASCII letters and digits made one hyphen. The id an entry
/// gets when its heading gives none, and the name of files made from a title.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_ascii_letters_and_digits() {
        assert_eq!(slug("Ieke Vries"), "ieke-vries");
        assert_eq!(
            slug("  ECAT (European Communities against Trafficking) "),
            "ecat-european-communities-against-trafficking"
        );
        assert_eq!(slug("…"), "");
    }

    #[test]
    fn slugs_spell_accented_and_special_letters_plainly() {
        assert_eq!(slug("Chloé Brière, Ph.D."), "chloe-briere-ph-d");
        assert_eq!(slug("Chloe\u{301} Brie\u{300}re"), "chloe-briere");
        assert_eq!(slug("Ștefania Țurcanu"), "stefania-turcanu");
        assert_eq!(slug("Þórunn Guðmundsdóttir"), "thorunn-gudmundsdottir");
        assert_eq!(slug("Łódź — İstanbul ’25"), "lodz-istanbul-25");
        assert_eq!(slug("Ἀθῆναι Москва"), "");
    }
}
