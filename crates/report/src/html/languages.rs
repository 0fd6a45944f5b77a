//! The language switcher: a link per language the site offers, each named in its own language.

use crate::texts::key;
use maud::{Markup, html};

use crate::texts::Texts;

/// The switcher, in the footer: a link per language of `languages` (code and name), the
/// current one marked. Each opens `?lang=CODE`; `public/boot.js` opens the address as it is then
/// (view and filters kept) in that language.
pub fn language_switcher(texts: &Texts, languages: &[(String, String)]) -> Markup {
    html! {
        nav class="languages" aria-label=(texts.text(key::PAGE_LANGUAGES)) {
            ul {
                @for (code, name) in languages {
                    li {
                        a href={ "?lang=" (code) } hreflang=(code) lang=(code) data-lang=(code)
                            aria-current=[(code == texts.lang()).then_some("true")] { (name) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_named_in_itself_and_the_current_one_is_marked() {
        let languages = [("en", "English"), ("fr", "Français")].map(|(c, n)| (c.to_owned(), n.to_owned()));
        assert_eq!(
            language_switcher(&Texts::english(), &languages).into_string(),
            "<nav class=\"languages\" aria-label=\"Language\"><ul>\
             <li><a href=\"?lang=en\" hreflang=\"en\" lang=\"en\" data-lang=\"en\" aria-current=\"true\">English</a></li>\
             <li><a href=\"?lang=fr\" hreflang=\"fr\" lang=\"fr\" data-lang=\"fr\">Français</a></li></ul></nav>"
        );
    }
}
