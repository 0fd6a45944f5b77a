//! Which form of a word a count takes, by CLDR's plural rules for whole numbers.

/// A language's plural rule, for whole numbers (CLDR 46, `i` and `v = 0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// English, German, Dutch: one for 1, other for the rest.
    OneOther,
    /// Spanish, Italian: one for 1, many for whole millions, other for the rest.
    OneManyOther,
    /// French, Portuguese: one for 0 and 1, many for whole millions, other for the rest.
    ZeroOneManyOther,
    /// Polish: one for 1, few for 2–4, 22–24… (not 12–14), many for the rest.
    OneFewMany,
}

impl Plural {
    /// The rule of the language `lang`; one/other for a language not listed here.
    pub fn of(lang: &str) -> Self {
        match lang {
            "es" | "it" => Self::OneManyOther,
            "fr" | "pt" => Self::ZeroOneManyOther,
            "pl" => Self::OneFewMany,
            _ => Self::OneOther,
        }
    }

    /// The forms a count takes under this rule, as the translation file's key endings.
    pub fn forms(self) -> &'static [&'static str] {
        match self {
            Self::OneOther => &["one", "other"],
            Self::OneManyOther | Self::ZeroOneManyOther => &["one", "many", "other"],
            Self::OneFewMany => &["one", "few", "many"],
        }
    }

    /// The form `count` takes.
    pub fn form(self, count: usize) -> &'static str {
        let millions = count != 0 && count.is_multiple_of(1_000_000);
        match self {
            Self::OneOther | Self::OneManyOther if count == 1 => "one",
            Self::ZeroOneManyOther if count <= 1 => "one",
            Self::OneManyOther | Self::ZeroOneManyOther if millions => "many",
            Self::OneOther | Self::OneManyOther | Self::ZeroOneManyOther => "other",
            Self::OneFewMany if count == 1 => "one",
            Self::OneFewMany if matches!(count % 10, 2..=4) && !matches!(count % 100, 12..=14) => "few",
            Self::OneFewMany => "many",
        }
    }
}

impl Plural {
    /// The place of the form `count` takes among [`Plural::forms`].
    pub fn index(self, count: usize) -> usize {
        let form = self.form(count);
        self.forms().iter().position(|f| *f == form).unwrap_or(0)
    }
}

/// The forms a count takes in the language `lang`.
pub fn forms(lang: &str) -> &'static [&'static str] {
    Plural::of(lang).forms()
}
