//! Site files under `tests/fixtures/site`: valid ones parse, each invalid one gives exactly the
//! diagnostics in its `.expected` file, and a folder's site file is never read as a report.

mod fixture_files;

use std::fs;

use fixture_files::{check_expected, check_valid, repo_root};

#[test]
fn every_invalid_site_file_gives_exactly_its_expected_diagnostics() {
    check_expected("tests/fixtures/site/invalid", report::parse_site);
}

#[test]
fn every_valid_site_file_parses() {
    check_valid("tests/fixtures/site/valid", report::parse_site);
}

#[test]
fn the_full_site_file_reads_as_written() {
    let path = repo_root().join("tests/fixtures/site/valid/full.md");
    let site = report::parse_site("full.md", &fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(site.title, "Harbour Forum Reports (a fictional test site)");
    assert_eq!(site.publisher.as_deref(), Some("Fixture Press"));
    assert_eq!(
        site.publisher_link.as_deref(),
        Some("https://fixture-press.example/about?lang=en&x=1")
    );
    assert_eq!(
        site.introduction_html.as_str(),
        "<p>Accounts of the <em>fictional</em> Harbour Forum, each with its <strong>findings</strong> \
         by theme and speaker, and the passages they come from.</p>\
         <p>Write to <a href=\"mailto:editors@fixture-press.example\">editors@fixture-press.example</a> \
         or read <a href=\"https://forum.example/\">the forum's page</a>. \
         Each report's text is the publisher's.<br>A hard break, &amp; an ampersand.</p>"
    );
    assert_eq!(
        site.introduction_text,
        "Accounts of the fictional Harbour Forum, each with its findings by theme and speaker, and the \
         passages they come from. Write to editors@fixture-press.example or read the forum's page. \
         Each report's text is the publisher's. A hard break, & an ampersand."
    );
}

#[test]
fn a_folders_site_file_is_read_and_never_taken_for_a_report() {
    let folder = repo_root().join("tests/fixtures/site/folder");
    let names: Vec<String> = report::report_files(&folder)
        .unwrap()
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["harbour.md"]);
    let reports = report::parse_folder(&folder).unwrap();
    assert_eq!(reports.len(), 1);
    let site = report::parse_site_file(&folder).unwrap().expect("a site file");
    assert_eq!(site.title, "Harbour Reports");
    assert_eq!(site.introduction_text, "Reports of the fictional harbour.");
    assert_eq!(
        report::parse_site_file(&repo_root().join("tests/fixtures/valid")),
        Ok(None),
        "a folder without a site file has the default site"
    );
}

#[test]
fn a_broken_site_file_is_named_as_the_folder_gives_it() {
    let folder = std::env::temp_dir().join(format!("report-site-fixture-{}", std::process::id()));
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("_site.md"), "---\nTitle: x\nColour: blue\n---\n").unwrap();
    let problems = report::parse_site_file(&folder).unwrap_err();
    fs::remove_dir_all(&folder).unwrap();
    assert_eq!(
        problems,
        [format!(
            "{}:3:1: unknown metadata key `Colour`; the keys are Title, Publisher, Publisher link and Language",
            folder.join("_site.md").display()
        )]
    );
}

#[test]
fn the_example_in_the_readme_is_a_valid_site_file() {
    let readme = fs::read_to_string(repo_root().join("README.md")).unwrap();
    let section = &readme[readme
        .find("### The site file")
        .expect("the README documents the site file")..];
    let start = section.find("```markdown\n").unwrap() + "```markdown\n".len();
    let example = &section[start..start + section[start..].find("```\n").unwrap()];
    let site = report::parse_site("README.md", example).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(site.title, "Reports of the Network");
    assert_eq!(
        site.publisher_link.as_deref(),
        Some("https://network.example.org/")
    );
}
