//! The translation files: complete, with the plural forms each language needs; and counts,
//! numbers and dates as each language writes them.

use super::*;

/// Every translation file, by language code.
fn files() -> Vec<(String, String)> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut files: Vec<(String, String)> = std::fs::read_dir(folder)
        .expect("the locales folder")
        .map(|entry| entry.expect("a file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let lang = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            (lang, std::fs::read_to_string(&path).expect("readable"))
        })
        .collect();
    files.sort();
    files
}

fn texts(lang: &str) -> Texts {
    let (_, file) = files()
        .into_iter()
        .find(|(l, _)| l == lang)
        .expect("a file for the language");
    Texts::new(lang, &file)
}

#[test]
fn every_language_has_every_string_and_no_other_with_the_plural_forms_it_needs() {
    let files = files();
    assert!(
        files.len() >= 8,
        "{:?}",
        files.iter().map(|(l, _)| l).collect::<Vec<_>>()
    );
    for (lang, file) in &files {
        let expected = keys(lang);
        let mut keys: Vec<&str> = entries(file).map(|(key, _)| key).collect();
        let mut seen = std::collections::HashSet::new();
        let doubled: Vec<&&str> = keys.iter().filter(|key| !seen.insert(**key)).collect();
        assert!(doubled.is_empty(), "{lang}.txt gives these twice: {doubled:?}");
        keys.sort_unstable();
        let missing: Vec<&String> = expected
            .iter()
            .filter(|k| keys.binary_search(&k.as_str()).is_err())
            .collect();
        let extra: Vec<&&str> = keys
            .iter()
            .filter(|k| expected.binary_search(&k.to_string()).is_err())
            .collect();
        assert!(missing.is_empty(), "{lang}.txt lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.txt has strings English does not, or plural forms {lang} does not use: {extra:?}"
        );
        for (key, value) in entries(file) {
            assert!(!value.is_empty(), "{lang}.txt: {key} is empty");
        }
    }
}

#[test]
fn every_placeholder_of_a_string_is_english_s() {
    let english: std::collections::HashMap<&str, &str> = entries(ENGLISH).collect();
    for (lang, file) in files() {
        for (key, value) in entries(&file) {
            let counted = forms(&lang)
                .iter()
                .find_map(|form| key.strip_suffix(&format!(".{form}")));
            let english_key = counted.map_or_else(|| key.to_owned(), |base| format!("{base}.other"));
            let wanted = placeholders(english.get(english_key.as_str()).copied().unwrap_or_default());
            let mut given = placeholders(value);
            // A form for one may say "the finding" rather than `{count}`.
            if !given.contains(&"count") && wanted.contains(&"count") && key.ends_with(".one") {
                given.push("count");
                given.sort_unstable();
            }
            assert_eq!(given, wanted, "{lang}.txt: {key} = {value}");
        }
    }
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

#[test]
fn counts_take_the_form_cldr_gives_them() {
    let cases: [(&str, [&str; 8]); 4] = [
        (
            "en",
            [
                "other", "one", "other", "other", "other", "other", "other", "other",
            ],
        ),
        (
            "fr",
            ["one", "one", "other", "other", "other", "other", "other", "many"],
        ),
        (
            "es",
            [
                "other", "one", "other", "other", "other", "other", "other", "many",
            ],
        ),
        (
            "pl",
            ["many", "one", "few", "many", "many", "few", "many", "many"],
        ),
    ];
    for (lang, forms) in cases {
        let plural = Plural::of(lang);
        assert_eq!(
            [0, 1, 2, 5, 12, 22, 112, 1_000_000].map(|n| plural.form(n)),
            forms,
            "{lang}"
        );
    }
    assert_eq!(Plural::of("pt"), Plural::of("fr"));
    assert_eq!(Plural::of("de").form(1), "one");
}

#[test]
fn counts_are_written_in_the_reader_s_words() {
    let [en, fr, pl] = ["en", "fr", "pl"].map(texts);
    assert_eq!(en.count(key::FINDINGS_COUNT, 1, &[]), "1 finding");
    assert_eq!(en.count(key::FINDINGS_COUNT, 10_000, &[]), "10,000 findings");
    assert_eq!(fr.count(key::FINDINGS_COUNT, 0, &[]), "0 constat");
    assert_eq!(fr.count(key::FINDINGS_COUNT, 2, &[]), "2 constats");
    assert_eq!(pl.count(key::FINDINGS_COUNT, 1, &[]), "1 ustalenie");
    assert_eq!(pl.count(key::FINDINGS_COUNT, 3, &[]), "3 ustalenia");
    assert_eq!(pl.count(key::FINDINGS_COUNT, 5, &[]), "5 ustaleń");
    assert_eq!(pl.count(key::FINDINGS_COUNT, 22, &[]), "22 ustalenia");
}

#[test]
fn numbers_follow_the_language() {
    let wanted = [
        ("en", ["999", "1,000", "10,000", "1,234,567"]),
        (
            "fr",
            ["999", "1\u{202f}000", "10\u{202f}000", "1\u{202f}234\u{202f}567"],
        ),
        ("de", ["999", "1.000", "10.000", "1.234.567"]),
        ("es", ["999", "1000", "10.000", "1.234.567"]),
        ("it", ["999", "1000", "10.000", "1.234.567"]),
        ("pt", ["999", "1.000", "10.000", "1.234.567"]),
        ("pl", ["999", "1000", "10\u{a0}000", "1\u{a0}234\u{a0}567"]),
        ("nl", ["999", "1.000", "10.000", "1.234.567"]),
    ];
    for (lang, numbers) in wanted {
        let texts = texts(lang);
        assert_eq!(
            [999, 1000, 10_000, 1_234_567].map(|n| texts.number(n)),
            numbers,
            "{lang}"
        );
    }
}

#[test]
fn dates_follow_the_language() {
    let wanted = [
        ("en", "27 November 2014", "Thursday, 27 November 2014"),
        ("fr", "27 novembre 2014", "jeudi 27 novembre 2014"),
        ("de", "27. November 2014", "Donnerstag, 27. November 2014"),
        ("es", "27 de noviembre de 2014", "jueves, 27 de noviembre de 2014"),
        ("it", "27 novembre 2014", "giovedì 27 novembre 2014"),
        (
            "pt",
            "27 de novembro de 2014",
            "quinta-feira, 27 de novembro de 2014",
        ),
        ("pl", "27 listopada 2014", "czwartek, 27 listopada 2014"),
        ("nl", "27 november 2014", "donderdag 27 november 2014"),
    ];
    for (lang, day, long) in wanted {
        let texts = texts(lang);
        assert_eq!(
            (
                texts.date("2014-11-27").as_str(),
                texts.long_date("2014-11-27").as_str()
            ),
            (day, long)
        );
    }
    assert_eq!(Texts::english().date("2014-13-27"), "2014-13-27");
    assert_eq!(
        Texts::english().long_date("2024-02-29"),
        "Thursday, 29 February 2024"
    );
}

#[test]
fn placeholders_are_filled_and_markup_is_escaped_around_them() {
    let en = Texts::english();
    assert_eq!(
        en.fill(key::CHIPS_THEME, &[("name", "<Law>")]),
        "Theme: <Law>",
        "plain text is escaped where it is rendered"
    );
    let key = maud::html! { kbd { "/" } };
    assert_eq!(
        en.markup(key::FINDINGS_KEY_HINT, &[("key", key)]).into_string(),
        "Press <kbd>/</kbd> to search."
    );
}

#[test]
fn a_shipped_file_has_the_strings_in_key_order_and_the_scripts_keys() {
    for (lang, file) in files() {
        let texts = Texts::new(&lang, &file);
        let shipped = texts.to_shipped();
        let read = Texts::shipped(&lang, &shipped);
        for (at, (name, _)) in key::KEYS.iter().enumerate() {
            let wanted = if name.starts_with("built.") {
                ""
            } else {
                texts.text(Key(at))
            };
            assert_eq!(read.text(Key(at)), wanted, "{lang}: {name}");
        }
        assert!(shipped.contains("\nboot.try-again="), "{lang}");
        assert!(!shipped.contains("findings.search="), "{lang}");
    }
    assert_eq!(Texts::shipped("fr", "too short"), Texts::english());
}
