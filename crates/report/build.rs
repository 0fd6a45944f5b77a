//! Reads `locales/en.txt`, the list of the interface's strings, and writes for the core:
//! `keys.rs`, a constant per string (`FINDINGS_COUNT` for `findings.count.one` and `.other`, a
//! count's forms being one string) holding its place in the list, and `KEYS`, their names; and
//! `en.txt`, English's strings in that order, one a line (a count's forms joined by tabs), blank
//! for those only the page's scripts (`boot.`, `offline.`) or the build (`built.`) read. The app
//! so carries neither the keys' names nor the strings it never shows.

use std::fmt::Write;
use std::path::Path;

/// A count's forms, as key endings.
const FORMS: [&str; 4] = ["one", "few", "many", "other"];

fn main() {
    println!("cargo::rerun-if-changed=locales/en.txt");
    let english = std::fs::read_to_string("locales/en.txt").expect("locales/en.txt");
    // Each string's key, with its value (a count's forms in English's order, one and other).
    let mut strings: Vec<(String, Vec<String>)> = Vec::new();
    for line in english.lines().map(str::trim) {
        let Some((key, value)) = line.split_once('=').filter(|_| !line.starts_with('#')) else {
            continue;
        };
        let (key, value) = (key.trim(), value.trim().to_owned());
        let base = FORMS
            .iter()
            .find_map(|form| key.strip_suffix(&format!(".{form}")));
        match (base, strings.last_mut()) {
            (Some(base), Some((last, forms))) if last == base => forms.push(value),
            (Some(base), _) => strings.push((base.to_owned(), vec![value])),
            (None, _) => strings.push((key.to_owned(), vec![value])),
        }
    }
    let mut keys = String::from("// Written by build.rs from locales/en.txt.\n");
    let mut values = String::new();
    for (at, (key, forms)) in strings.iter().enumerate() {
        let name = key.to_uppercase().replace(['.', '-'], "_");
        writeln!(keys, "pub const {name}: Key = Key({at});").expect("a string");
        let only_scripts = ["boot.", "offline.", "built."].iter().any(|p| key.starts_with(p));
        if !only_scripts {
            values.push_str(&forms.join("\t"));
        }
        values.push('\n');
    }
    let names: Vec<String> = strings
        .iter()
        .map(|(key, forms)| format!("({key:?}, {})", forms.len() > 1))
        .collect();
    writeln!(keys, "/// Every string's key, and whether it is a count's forms.").expect("a string");
    writeln!(
        keys,
        "pub const KEYS: [(&str, bool); {}] = [{}];",
        strings.len(),
        names.join(", ")
    )
    .expect("a string");
    let out = std::env::var_os("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("keys.rs"), keys).expect("writable OUT_DIR");
    std::fs::write(Path::new(&out).join("en.txt"), values).expect("writable OUT_DIR");
}
