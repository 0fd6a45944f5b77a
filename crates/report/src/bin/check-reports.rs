//! Checks reports without building the site: `check-reports [FILE.md | FOLDER]...` (default `reports`).
//! A folder's site file (`_site.md`) is checked too, as is a file of that name given alone.
//! Prints the problems as `FILE:LINE:COL: what is wrong` (the first 100, then how many more) and
//! exits non-zero if there are any.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Checks a site file named on its own.
fn check_site_file(path: &Path) -> Result<Option<report::Site>, Vec<String>> {
    let name = path.display().to_string();
    let source = report::read_text(path).map_err(|error| vec![error])?;
    report::parse_site(&name, &source)
        .map(Some)
        .map_err(|diagnostics| diagnostics.iter().map(ToString::to_string).collect())
}

/// Says the site file at `path` is fine, or notes its problems.
fn note_site(path: &Path, checked: Result<Option<report::Site>, Vec<String>>, errors: &mut Vec<String>) {
    match checked {
        Ok(Some(site)) => println!("{}: ok: the site \u{201c}{}\u{201d}", path.display(), site.title),
        Ok(None) => {}
        Err(found) => errors.extend(found),
    }
}

/// "1 finding", "3 findings".
fn counted(count: usize, noun: &str) -> String {
    format!("{count} {noun}{}", if count == 1 { "" } else { "s" })
}

/// "21 findings, 4 themes, 1 speaker".
fn counts(report: &report::Report) -> String {
    format!(
        "{}, {}, {}",
        counted(report.findings.len(), "finding"),
        counted(report.themes.len(), "theme"),
        counted(report.speakers.len(), "speaker")
    )
}

fn main() -> ExitCode {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if args.is_empty() {
        args.push(PathBuf::from("reports"));
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for arg in &args {
        if !arg.is_dir() && arg.file_name().is_some_and(|name| name == report::SITE_FILE) {
            note_site(arg, check_site_file(arg), &mut errors);
            continue;
        }
        if Path::is_dir(arg) {
            note_site(
                &arg.join(report::SITE_FILE),
                report::parse_site_file(arg),
                &mut errors,
            );
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
                println!("{}: ok: {}", path.display(), counts(report));
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
    eprintln!("{} found", counted(errors.len(), "problem"));
    ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_one_are_singular() {
        let source = "---\nTitle: t\nDate: 2030-05-01\nPlace: p\nAuthor: a\nPublisher: p\n---\n\n\
            # Themes\n\n## Tides\n\n# Speakers\n\n## Pat\n- Kind: person\n\n# Findings\n\n\
            ## In {#in}\n- Themes: tides\n- Speaker: pat\n- Kind: observation\n\nSummary.\n\n\
            > The tide came in.\n\n# Report\n\nThe tide came in.\n";
        let report = report::parse_report("x.md", source).unwrap();
        assert_eq!(counts(&report), "1 finding, 1 theme, 1 speaker");
        assert_eq!(counted(0, "problem"), "0 problems");
        assert_eq!(counted(12, "problem"), "12 problems");
    }
}
