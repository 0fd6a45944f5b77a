//! Fixture files for the integration tests: where they are, and the check that each invalid one
//! gives exactly the diagnostics of its `.expected` file.

use std::fmt::Display;
use std::fs;
use std::path::{Path, PathBuf};

/// The repository's folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The files ending `.extension` in the repository's folder `folder`, sorted; at least one.
pub fn fixtures(folder: &str, extension: &str) -> Vec<PathBuf> {
    let folder = repo_root().join(folder);
    let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == extension))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no .{extension} files in {}", folder.display());
    paths
}

/// The path as an author sees it, relative to the repository.
pub fn shown(path: &Path) -> String {
    let relative = path.strip_prefix(repo_root()).unwrap_or(path);
    relative.display().to_string()
}

/// Checks that `parse` gives each `.md` file of `folder` exactly the diagnostics of its
/// `.expected` file, and that every `.expected` file has its `.md` file.
pub fn check_expected<T, D: Display>(folder: &str, parse: impl Fn(&str, &str) -> Result<T, Vec<D>>) {
    let mut mismatches = Vec::new();
    for path in fixtures(folder, "md") {
        let source = fs::read_to_string(&path).unwrap();
        let expected = fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected file", shown(&path)));
        let actual = match parse(&shown(&path), &source) {
            Ok(_) => String::from("(parsed without error)\n"),
            Err(diagnostics) => diagnostics.iter().map(|d| format!("{d}\n")).collect(),
        };
        if actual != expected {
            mismatches.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                shown(&path)
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    for expected in fixtures(folder, "expected") {
        assert!(
            expected.with_extension("md").exists(),
            "{} has no .md file",
            shown(&expected)
        );
    }
}

/// Checks that `parse` accepts every `.md` file of `folder`.
pub fn check_valid<T, D: Display>(folder: &str, parse: impl Fn(&str, &str) -> Result<T, Vec<D>>) {
    for path in fixtures(folder, "md") {
        let source = fs::read_to_string(&path).unwrap();
        if let Err(diagnostics) = parse(&shown(&path), &source) {
            let listed: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            panic!("{}", listed.join("\n"));
        }
    }
}
