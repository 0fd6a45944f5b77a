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

#[test]
fn a_report_not_saved_as_utf8_is_located_and_the_fix_named() {
    let folder = folder("encodings");
    fs::write(folder.join("latin-1.md"), b"---\nTitle: Gen\xe8ve\n").unwrap();
    let utf16: Vec<u8> = "\u{feff}---\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    fs::write(folder.join("notepad.md"), utf16).unwrap();
    let problems = report::parse_folder(&folder).unwrap_err();
    fs::remove_dir_all(&folder).unwrap();
    let name = |file: &str| folder.join(file).display().to_string();
    assert_eq!(
        problems,
        [
            format!(
                "{}:2:11: this character is not UTF-8: the file is saved in another encoding, such as Latin-1 or Windows-1252; save it again as UTF-8",
                name("latin-1.md")
            ),
            format!(
                "{}: the file is saved as UTF-16 (which Windows Notepad calls \"Unicode\"); save it again as UTF-8",
                name("notepad.md")
            ),
        ]
    );
}
