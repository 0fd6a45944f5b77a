//! Checks every report in a folder (default `reports/`) without building the site.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let folder = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("reports"), PathBuf::from);
    match report::parse_folder(&folder) {
        Ok(reports) => {
            for (name, report) in &reports {
                println!(
                    "{}/{name}.md: ok: {} findings, {} themes, {} speakers",
                    folder.display(),
                    report.findings.len(),
                    report.themes.len(),
                    report.speakers.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!(
                "{} problem{} found",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
            ExitCode::FAILURE
        }
    }
}
