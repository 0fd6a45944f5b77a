//! Libraries of different fictional reports: each its own seed, setting, size and language.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::random::Random;
use super::realistic;
use crate::slug::slug;

/// `count` different fictional reports in the realistic shape, each with a unique file name
/// such as `report-2019-northvale` (without `.md`): 5 to 80 findings, 2 to 12 themes.
pub fn library(count: usize) -> Vec<(String, String)> {
    let mut names = HashSet::with_capacity(count);
    (0..count as u64)
        .map(|i| {
            let seed = 0x5eed_0000 + i * 7919;
            let mut sizes = Random::new(!seed);
            let findings = (5.0 * 16f64.powf(sizes.unit())).round() as usize;
            let speakers = sizes.between(2, 3 + findings / 3);
            let themes = sizes.between(2, (2 + findings / 5).min(12));
            let (setting, markdown) = realistic::report(seed, findings, speakers, themes);
            let base = format!("report-{}-{}", setting.year, slug(setting.place));
            let mut name = base.clone();
            for n in 2.. {
                if names.insert(name.clone()) {
                    break;
                }
                name = format!("{base}-{n}");
            }
            (name, markdown)
        })
        .collect()
}

/// Writes [`library`]`(count)` into `folder` as `NAME.md` files, making the folder if need be;
/// refuses a folder that already holds `.md` files. Gives back the files written.
pub fn write_library(count: usize, folder: &Path) -> Result<Vec<PathBuf>, String> {
    if folder.exists() {
        let found = crate::report_files(folder)?;
        if let Some(first) = found.first() {
            return Err(format!(
                "{}: already holds reports ({} .md files, such as {}); give an empty or new folder",
                folder.display(),
                found.len(),
                first.display()
            ));
        }
    } else {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("{}: cannot make the folder: {e}", folder.display()))?;
    }
    library(count)
        .into_iter()
        .map(|(name, markdown)| {
            let path = folder.join(format!("{name}.md"));
            std::fs::write(&path, markdown).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
            Ok(path)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a text, lowercase, without the punctuation around them.
    fn words(text: &str) -> HashSet<String> {
        text.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn a_library_holds_valid_reports_that_differ_in_title_size_and_words() {
        let library = library(30);
        assert_eq!(library, super::library(30));
        let reports: Vec<_> = library
            .iter()
            .map(|(name, source)| {
                crate::parse_report(name, source).unwrap_or_else(|d| panic!("{name}: {d:?}"))
            })
            .collect();
        let names: HashSet<_> = library.iter().map(|(name, _)| name).collect();
        let titles: HashSet<_> = reports.iter().map(|r| &r.meta.title).collect();
        let sizes: HashSet<_> = reports.iter().map(|r| r.findings.len()).collect();
        let years: HashSet<_> = reports.iter().map(|r| &r.meta.date[..4]).collect();
        let places: HashSet<_> = reports.iter().map(|r| &r.meta.place).collect();
        assert_eq!((names.len(), titles.len()), (30, 30));
        assert!(
            sizes.len() >= 15 && sizes.iter().all(|n| (5..=80).contains(n)),
            "{sizes:?}"
        );
        assert!(years.len() >= 10 && places.len() >= 8, "{years:?} {places:?}");
        assert!(reports.iter().all(|r| r.meta.title.contains("fictional")));
        let vocabularies: Vec<_> = library.iter().map(|(_, source)| words(source)).collect();
        for (a, report) in reports.iter().enumerate() {
            let summary = words(report.findings[0].summary());
            for (b, vocabulary) in vocabularies.iter().enumerate().filter(|(b, _)| *b != a) {
                let shared = summary.iter().filter(|w| vocabulary.contains(*w)).count();
                assert!(
                    2 * shared < summary.len(),
                    "report {a}'s first summary shares {shared} words with report {b}"
                );
            }
        }
    }

    #[test]
    fn a_library_is_written_into_a_new_folder_but_never_over_reports() {
        let folder = std::env::temp_dir().join(format!("synthetic-library-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        let mut written = write_library(3, &folder).expect("a new folder");
        written.sort();
        assert_eq!(crate::report_files(&folder), Ok(written));
        let refused = write_library(3, &folder).expect_err("a folder with reports");
        assert!(refused.contains("already holds reports"), "{refused}");
        std::fs::remove_dir_all(&folder).expect("the test's folder");
    }
}
