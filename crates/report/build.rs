//! Writes the English strings the app carries: `locales/en.txt` without its comments, and, for
//! the app (built without the `parse` feature), without the strings only the page's scripts
//! (`boot.`, `offline.`) or the build (`built.`) use, which it would carry for nothing.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=locales/en.txt");
    let english = std::fs::read_to_string("locales/en.txt").expect("locales/en.txt");
    let whole = std::env::var_os("CARGO_FEATURE_PARSE").is_some();
    let kept: String = english
        .lines()
        .map(|line| line.trim_matches([' ', '\t', '\r']))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter(|line| {
            whole
                || !["boot.", "offline.", "built."]
                    .iter()
                    .any(|only| line.starts_with(only))
        })
        .map(|line| format!("{line}\n"))
        .collect();
    let out = std::env::var_os("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("en.txt"), kept).expect("writable OUT_DIR");
}
