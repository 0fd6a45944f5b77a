//! Checks reports without building the site: `check-reports [FILE.md | FOLDER]...` (default `reports`).
//! Prints the problems as `FILE:LINE:COL: what is wrong` (the first 100, then how many more) and
//! exits non-zero if there are any.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if args.is_empty() {
        args.push(PathBuf::from("reports"));
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for arg in &args {
        if Path::is_dir(arg) {
            match report::report_files(arg) {
                Ok(found) if found.is_empty() => {
                    errors.push(format!("{}: no reports (*.md files) found", arg.display()))
                }
                Ok(found) => files.extend(found),
                Err(error) => errors.push(error),
            }
        } else {
            files.push(arg.clone());
        }
    }
    match report::parse_files(&files) {
        Ok(reports) => {
            for ((_, report), path) in reports.iter().zip(&files) {
                println!(
                    "{}: ok: {} findings, {} themes, {} speakers",
                    path.display(),
                    report.findings.len(),
                    report.themes.len(),
                    report.speakers.len()
                );
            }
        }
        Err(found) => errors.extend(found),
    }
    if errors.is_empty() {
        return ExitCode::SUCCESS;
    }
    for line in report::problem_lines(&errors) {
        eprintln!("{line}");
    }
    eprintln!(
        "{} problem{} found",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    ExitCode::FAILURE
}
