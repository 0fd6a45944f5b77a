//! Which files of a reports folder are read as reports: `*.md` files, but for the site file,
//! drafts named `_…` and hidden files such as editors' lock files; never editors' backups.

use std::fs;
use std::path::PathBuf;

/// A fresh empty folder for one test.
fn folder(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("report-folder-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&folder);
    fs::create_dir_all(&folder).unwrap();
    folder
}

#[test]
fn only_visible_md_files_not_starting_with_an_underscore_are_reports() {
    let folder = folder("names");
    let report = fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/minimal.md"),
    )
    .unwrap();
    for name in [
        "harbour.md",
        "_draft.md",
        ".hidden.md",
        "harbour.md~",
        "#harbour.md#",
    ] {
        fs::write(folder.join(name), &report).unwrap();
    }
    // Emacs marks a file with unsaved edits by a link to nowhere, `.#NAME`.
    std::os::unix::fs::symlink("/nonexistent", folder.join(".#harbour.md")).unwrap();
    let names: Vec<String> = report::report_files(&folder)
        .unwrap()
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let parsed = report::parse_folder(&folder).map(|reports| reports.len());
    fs::remove_dir_all(&folder).unwrap();
    assert_eq!(names, ["harbour.md"]);
    assert_eq!(parsed, Ok(1));
}
