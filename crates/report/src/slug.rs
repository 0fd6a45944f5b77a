//! Names for links and files made from text: lowercase ASCII letters, digits and hyphens.

/// "Ieke Vries" → "ieke-vries": the id an entry gets when its heading gives none, and the
/// name of files made from a title.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
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
        assert_eq!(slug("Chloé Brière, Ph.D."), "chlo-bri-re-ph-d");
        assert_eq!(slug("…"), "");
    }
}
