//! What the build writes beside the app for it to load: each report as its own data file with a
//! content-hashed name, and the catalogue of them all that the library lists.

use serde::{Deserialize, Serialize};

use crate::model::{Meta, Report};
use crate::site::Site;

/// The site and its reports as the library lists them, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    /// What `reports/_site.md` says of the site; [`Site::default`] when there is no such file.
    pub site: Site,
    pub reports: Vec<Listed>,
}

/// One report as the library lists it: its name (the file's, as `?report=NAME` gives it), its
/// metadata and how much it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    pub name: String,
    pub meta: Meta,
    pub findings: usize,
    pub themes: usize,
    pub speakers: usize,
}

impl Listed {
    /// How the library lists `report`, read from the file named `name`.
    pub fn of(name: &str, report: &Report) -> Self {
        Self {
            name: name.to_owned(),
            meta: report.meta.clone(),
            findings: report.findings.len(),
            themes: report.themes.len(),
            speakers: report.speakers.len(),
        }
    }
}

/// What `index.html` tells the page about the site's data, as JSON in its
/// `<script type="application/json" id="site-files">` (see `public/boot.js`, which starts loading
/// what the address asks for, and `src/data.rs`): the version and build day of the data, the
/// catalogue's file and each report's.
#[cfg(feature = "parse")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteFiles {
    /// A fingerprint of every report's data: it changes whenever any report does.
    pub version: String,
    /// The day the data was written, `YYYY-MM-DD` (the page writes it in words).
    pub built: String,
    /// The catalogue's data file, on a site of several reports (a site of one opens on it).
    pub catalogue: Option<String>,
    /// Each report's name and data file, newest first.
    pub reports: Vec<ReportFile>,
    /// The site's language, the interface's when the reader's is not offered.
    pub lang: String,
    /// Every language the interface is offered in, by code.
    pub languages: Vec<LanguageFile>,
    /// The words `public/boot.js` and `public/offline.js` say in the site's language (`boot.`
    /// and `offline.` keys), before any translation is fetched.
    pub words: std::collections::BTreeMap<String, String>,
}

/// A language the interface is offered in: its code, its name in itself, and the data file of
/// its strings (`key=value` lines), fetched when a reader chooses it.
#[cfg(feature = "parse")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageFile {
    pub lang: String,
    pub name: String,
    pub file: String,
}

/// A report's name (`?report=NAME`), the path of its data file (and of its narrative's, when that
/// ships apart) and, on a site of several, of its own page (see [`page_files`]).
#[cfg(feature = "parse")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportFile {
    pub name: String,
    pub file: String,
    /// The data file of the report's narrative, when it ships apart (see [`crate::ReportData`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative: Option<String>,
    /// The data file of its findings' texts, whole, when they ship apart (see
    /// [`crate::TextFiles`]): the service worker keeps it for reading offline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub texts: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

/// The own pages of reports on a site of several, for readers without JavaScript (the library
/// links to them; with JavaScript each opens as `?report=NAME`): `report-SLUG.html` beside
/// `index.html`, made unique with `-2`, `-3`… where two names share a slug.
pub fn page_files(names: &[&str]) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    names
        .iter()
        .map(|name| {
            let slug = crate::slug::slug(name);
            let stem = if slug.is_empty() {
                String::from("report")
            } else {
                slug
            };
            let page = (1..)
                .map(|n| {
                    if n == 1 {
                        format!("report-{stem}.html")
                    } else {
                        format!("report-{stem}-{n}.html")
                    }
                })
                .find(|page| !taken.contains(page))
                .expect("some number is free");
            taken.insert(page.clone());
            page
        })
        .collect()
}

#[cfg(feature = "parse")]
impl SiteFiles {
    /// The JSON to put in the page: `<` written as `\u003c`, so no text can close the script.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .expect("site files always serialize")
            .replace('<', "\\u003c")
    }
}

/// Puts reports in the library's order: newest first (ISO dates order as text); reports of one
/// day keep their order.
pub fn newest_first(reports: &mut [(String, Report)]) {
    reports.sort_by(|a, b| b.1.meta.date.cmp(&a.1.meta.date));
}

/// 64-bit FNV-1a of some bytes.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A short, stable fingerprint of some bytes: 8 hex digits, for people to compare versions.
pub fn fingerprint(bytes: &[u8]) -> String {
    format!("{:08x}", fnv1a(bytes) >> 32)
}

/// The path in the built site of a data file holding `bytes`, named after `name`: it changes
/// exactly when the bytes do, so it can be cached for ever (`data/renate-brussels-2014-…bin`).
pub fn data_file(name: &str, bytes: &[u8]) -> String {
    let stem = crate::slug::slug(name);
    let stem = if stem.is_empty() { "report" } else { &stem };
    format!("data/{stem}-{:016x}.bin", fnv1a(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_differ_for_different_data() {
        assert_eq!(fingerprint(b""), "cbf29ce4");
        assert_eq!(fingerprint(b"a"), fingerprint(b"a"));
        assert_ne!(fingerprint(b"report one"), fingerprint(b"report two"));
        assert_eq!(fingerprint(b"a").len(), 8);
    }

    #[test]
    fn the_site_files_json_cannot_close_its_script() {
        let files = SiteFiles {
            version: String::from("abcd1234"),
            built: String::from("2026-11-29"),
            catalogue: Some(String::from("data/catalogue-0.bin")),
            reports: vec![ReportFile {
                name: String::from("</script><b>\"x\""),
                file: String::from("data/x.bin"),
                narrative: None,
                texts: None,
                page: None,
            }],
            lang: String::from("en"),
            languages: Vec::new(),
            words: [(String::from("boot.x"), String::from("</b>"))].into(),
        };
        assert_eq!(
            files.to_json(),
            r#"{"version":"abcd1234","built":"2026-11-29","catalogue":"data/catalogue-0.bin","reports":[{"name":"\u003c/script>\u003cb>\"x\"","file":"data/x.bin"}],"lang":"en","languages":[],"words":{"boot.x":"\u003c/b>"}}"#
        );
    }

    #[test]
    fn report_pages_are_named_after_their_reports_and_never_twice_the_same() {
        assert_eq!(
            page_files(&[
                "renate-brussels-2014",
                "Renate Brussels 2014",
                "…",
                "index",
                "renate-brussels-2014-2"
            ]),
            [
                "report-renate-brussels-2014.html",
                "report-renate-brussels-2014-2.html",
                "report-report.html",
                "report-index.html",
                "report-renate-brussels-2014-2-2.html",
            ]
        );
    }

    #[test]
    fn data_files_are_named_after_the_report_and_their_bytes() {
        assert_eq!(
            data_file("renate-brussels-2014", b""),
            "data/renate-brussels-2014-cbf29ce484222325.bin"
        );
        assert_ne!(data_file("a", b"one"), data_file("a", b"two"));
        assert_eq!(
            data_file("Brüssel 2014 (draft)", b"").len(),
            "data/brussel-2014-draft-".len() + 20
        );
        assert!(data_file("…", b"").starts_with("data/report-"));
    }
}
