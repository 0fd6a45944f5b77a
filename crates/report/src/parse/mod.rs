//! Reads a report's Markdown, checks it, and gives either the report or every problem found.

mod blocks;
mod closest;
mod encoding;
mod entries;
mod fields;
mod indented;
mod keys;
mod metadata;
mod misquote;
mod narrative;
mod nearest;
mod opening;
mod passages;
mod problem;
mod reading;
mod sections;
mod site;
mod source;
mod words;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::Report;
use problem::Problem;
use reading::Read;

pub use encoding::read_text;
pub use site::{SITE_FILE, parse_site, parse_site_file};

/// A problem in a report file, located for its author: `reports/x.md:12:3: what is wrong`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as the caller named it.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, and where it helps, how to put it right.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path, self.line, self.column, self.message)
    }
}

/// Parses and validates one report. `path` is only used to name the file in diagnostics,
/// which come sorted by position, all of them at once.
pub fn parse_report(path: &str, source: &str) -> Result<Report, Vec<Diagnostic>> {
    let source = &*source::normalize(source);
    let mut problems = Vec::new();
    let mut read = Read::default();
    let mut blocks = blocks::Blocks::new(source);
    // Block by block, so that no more than one entry's blocks are held at a time: a report of
    // 100,000 findings is read in a few times its own size.
    for node in blocks.by_ref() {
        read.read_block(node, &mut problems);
    }
    let (metadata, found) = blocks.finish();
    problems.extend(found);
    let (themes, speakers, findings, narrative) = read.finish(source, source.trim_end().len(), &mut problems);
    if let Some((problem, alone)) = opening::broken_opening(source, &metadata) {
        if alone {
            problems.clear();
        }
        problems.retain(|(at, problem)| !opening::follows_from_unclosed(*at, problem));
        problems.push((0, problem));
        return Err(located(path, source, problems));
    }
    let meta = match &metadata {
        Some((text, at)) => metadata::metadata(text, *at, &mut problems),
        None => {
            problems.push((0, Problem::MissingMetadata));
            None
        }
    };

    match meta {
        Some(meta) if problems.is_empty() => Ok(Report {
            meta,
            themes,
            speakers,
            findings,
            narrative: narrative.blocks,
        }),
        _ => Err(located(path, source, problems)),
    }
}

/// The problems found in `source` (the text as read, normalized), sorted by position and located
/// in the file named `path`.
fn located(path: &str, source: &str, mut problems: Vec<(usize, Problem)>) -> Vec<Diagnostic> {
    problems.sort_by_key(|(at, _)| *at);
    let lines = source::Lines::new(source);
    problems
        .into_iter()
        .map(|(at, problem)| {
            let (line, column) = lines.locate(at);
            Diagnostic {
                path: path.to_owned(),
                line,
                column,
                message: problem::Worded {
                    problem: &problem,
                    lines: &lines,
                }
                .to_string(),
            }
        })
        .collect()
}

/// The report files of a folder: its `*.md` files, in name order, but for those whose names start
/// with `_` (such as the site file, [`SITE_FILE`]) or `.` (hidden files, such as the lock files
/// Emacs leaves, `.#x.md`), which are never reports.
pub fn report_files(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let listing = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: cannot read the folder: {e}", folder.display()))?;
    let mut paths: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|path| {
            !path
                .file_name()
                .is_some_and(|name| matches!(name.as_encoded_bytes().first(), Some(b'_' | b'.')))
        })
        .collect();
    paths.sort();
    Ok(paths)
}

/// Reads and checks report files. Each report comes with its file stem; the error lists every
/// problem of every file.
pub fn parse_files(paths: &[PathBuf]) -> Result<Vec<(String, Report)>, Vec<String>> {
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        match read_text(path) {
            Err(error) => errors.push(error),
            Ok(source) => match parse_report(&name, &source) {
                Ok(report) => {
                    let stem = path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    reports.push((stem, report));
                }
                Err(diagnostics) => errors.extend(diagnostics.iter().map(Diagnostic::to_string)),
            },
        }
    }
    if errors.is_empty() {
        Ok(reports)
    } else {
        Err(errors)
    }
}

/// How many problems a run prints before it only counts the rest, as compilers stop listing.
pub const LISTED_PROBLEMS: usize = 100;

/// The lines that report `problems`: the first [`LISTED_PROBLEMS`] as they are, then one line
/// counting the rest ("… and 12,345 more problems").
pub fn problem_lines(problems: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = problems.iter().take(LISTED_PROBLEMS).cloned().collect();
    match problems.len().saturating_sub(LISTED_PROBLEMS) {
        0 => {}
        1 => lines.push(String::from("… and 1 more problem")),
        more => lines.push(format!("… and {} more problems", crate::numbers::grouped(more))),
    }
    lines
}

/// Reads and checks every report of a folder; a folder with none is an error.
pub fn parse_folder(folder: &Path) -> Result<Vec<(String, Report)>, Vec<String>> {
    let paths = report_files(folder).map_err(|e| vec![e])?;
    if paths.is_empty() {
        return Err(vec![format!(
            "{}: no reports (*.md files) found",
            folder.display()
        )]);
    }
    parse_files(&paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_print_the_first_hundred_problems_and_count_the_rest() {
        let problems: Vec<String> = (1..=12_445).map(|i| format!("x.md:{i}:1: problem {i}")).collect();
        let lines = problem_lines(&problems);
        assert_eq!(lines.len(), 101);
        assert_eq!(lines[..100], problems[..100]);
        assert_eq!(lines[100], "… and 12,345 more problems");
        assert_eq!(problem_lines(&problems[..101])[100], "… and 1 more problem");
        assert_eq!(problem_lines(&problems[..100]), problems[..100]);
    }
}
