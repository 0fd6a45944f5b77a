//! `docs/format.md` kept true to the checker: its examples parse as it says, and its list of
//! messages matches those the fixtures and the parser's source give.

mod doc_check;

use std::fs;
use std::path::{Path, PathBuf};

use doc_check::blocks::{Fenced, fenced};
use doc_check::literals::{fixed_parts, literals};
use doc_check::template::{Template, message};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn doc() -> String {
    fs::read_to_string(repo_root().join("docs/format.md")).unwrap()
}

/// The files of a folder with this extension, in name order.
fn files(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == extension))
        .collect();
    paths.sort();
    paths
}

/// Every documented message: each line of the `text message` blocks.
fn templates(blocks: &[Fenced]) -> Vec<Template> {
    let templates: Vec<Template> = blocks
        .iter()
        .filter(|block| block.info == "text message")
        .flat_map(|block| block.text.lines().map(Template::new))
        .collect();
    assert!(
        templates.len() > 30,
        "the messages are documented in `text message` blocks"
    );
    templates
}

/// Every located problem the fixtures expect and the document's examples show, with where.
fn given_problems(blocks: &[Fenced]) -> Vec<(String, String)> {
    let root = repo_root();
    let mut given = Vec::new();
    for folder in ["tests/fixtures/invalid", "tests/fixtures/site/invalid"] {
        for path in files(&root.join(folder), "expected") {
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            let text = fs::read_to_string(&path).unwrap();
            given.extend(text.lines().map(|line| (name.clone(), line.to_owned())));
        }
    }
    for block in blocks.iter().filter(|block| block.info == "text errors") {
        let name = format!("docs/format.md:{}", block.line);
        given.extend(block.text.lines().map(|line| (name.clone(), line.to_owned())));
    }
    given
}

#[test]
fn every_problem_the_fixtures_give_is_documented() {
    let blocks = fenced(&doc());
    let templates = templates(&blocks);
    let undocumented: Vec<String> = given_problems(&blocks)
        .into_iter()
        .filter(|(_, line)| {
            let text = message(line).unwrap_or_else(|| panic!("not located: {line}"));
            !templates.iter().any(|template| template.matches(text))
        })
        .map(|(file, line)| format!("{file}: {line}"))
        .collect();
    assert!(
        undocumented.is_empty(),
        "messages missing from docs/format.md:\n{}",
        undocumented.join("\n")
    );
}

#[test]
fn every_documented_message_is_given_by_a_fixture_or_an_example() {
    let blocks = fenced(&doc());
    let given = given_problems(&blocks);
    let unseen: Vec<String> = templates(&blocks)
        .into_iter()
        .filter(|template| {
            !given
                .iter()
                .any(|(_, line)| message(line).is_some_and(|text| template.matches(text)))
        })
        .map(|template| template.text)
        .collect();
    assert!(
        unseen.is_empty(),
        "documented messages no fixture or example gives:\n{}",
        unseen.join("\n")
    );
}

#[test]
fn every_message_text_in_the_parsers_source_is_documented() {
    let doc = doc().split_whitespace().collect::<Vec<_>>().join(" ");
    let src = repo_root().join("crates/report/src");
    let mut sources = files(&src.join("parse"), "rs");
    sources.push(src.join("date.rs"));
    let mut missing = Vec::new();
    for path in sources {
        for literal in literals(&fs::read_to_string(&path).unwrap()) {
            for part in fixed_parts(&literal) {
                let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
                if part.contains(' ') && !doc.contains(&part) {
                    missing.push(format!("{}: {part:?}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in docs/format.md:\n{}",
        missing.join("\n")
    );
}

/// The problems a broken example gives, one a line, as `.expected` files write them.
fn problems(info: &str, text: &str) -> String {
    let result = match info {
        "markdown broken-report" => report::parse_report("report.md", text).map(|_| ()),
        _ => report::parse_site("reports/_site.md", text).map(|_| ()),
    };
    match result {
        Ok(()) => String::from("(parsed without error)\n"),
        Err(diagnostics) => diagnostics.iter().map(|d| format!("{d}\n")).collect(),
    }
}

#[test]
fn complete_examples_parse() {
    let blocks = fenced(&doc());
    let mut checked = 0;
    for block in &blocks {
        let result = match block.info.as_str() {
            "markdown report" => report::parse_report("report.md", &block.text).map(|_| ()),
            "markdown site" => report::parse_site("reports/_site.md", &block.text).map(|_| ()),
            _ => continue,
        };
        checked += 1;
        if let Err(diagnostics) = result {
            let listed: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            panic!("docs/format.md:{}:\n{}", block.line, listed.join("\n"));
        }
    }
    assert!(checked >= 2, "a complete report and site file are shown");
}

#[test]
fn broken_examples_give_exactly_the_problems_shown_under_them() {
    let blocks = fenced(&doc());
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for (index, block) in blocks.iter().enumerate() {
        let is_broken = block.info.starts_with("markdown broken-");
        let errors = blocks.get(index + 1).filter(|next| next.info == "text errors");
        if block.info == "text errors" {
            let after_broken = index > 0 && blocks[index - 1].info.starts_with("markdown broken-");
            assert!(
                after_broken,
                "docs/format.md:{}: errors of no example",
                block.line
            );
        }
        if !is_broken {
            continue;
        }
        let errors = errors.unwrap_or_else(|| panic!("docs/format.md:{}: no `text errors`", block.line));
        checked += 1;
        let actual = problems(&block.info, &block.text);
        if actual != errors.text {
            mismatches.push(format!(
                "docs/format.md:{}:\n--- shown\n{}--- actual\n{actual}",
                block.line, errors.text
            ));
        }
    }
    assert!(checked >= 2, "broken examples are shown");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_example_in_the_readme_is_a_valid_report() {
    let readme = fs::read_to_string(repo_root().join("README.md")).unwrap();
    let section = &readme[readme
        .find("### The format")
        .expect("the README sums up the format")..];
    let section = &section[..section.find("\n### The site file").unwrap_or(section.len())];
    assert!(
        section.contains("(docs/format.md)"),
        "the README links to the full format"
    );
    let example = fenced(section)
        .into_iter()
        .find(|block| block.info == "markdown")
        .expect("the README shows a report");
    if let Err(diagnostics) = report::parse_report("README.md", &example.text) {
        let listed: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        panic!("{}", listed.join("\n"));
    }
}
