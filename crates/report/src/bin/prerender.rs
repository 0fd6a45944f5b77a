//! Writes the page as first drawn into a built `index.html`: `prerender FOLDER INDEX_HTML`
//! (run by the build's post-build hook, after build.rs has checked the same reports).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [folder, index] = args.as_slice() else {
        eprintln!("usage: prerender FOLDER INDEX_HTML");
        return ExitCode::FAILURE;
    };
    let mut reports = match report::parse_folder(folder) {
        Ok(reports) => reports,
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            return ExitCode::FAILURE;
        }
    };
    report::newest_first(&mut reports);
    let page = report::html::prerender(&reports);
    let written = std::fs::read_to_string(index)
        .map_err(|e| format!("{}: {e}", index.display()))
        .and_then(|html| report::html::inject(&html, &page))
        .and_then(|html| std::fs::write(index, html).map_err(|e| format!("{}: {e}", index.display())));
    match written {
        Ok(()) => {
            println!(
                "{}: prerendered \u{201c}{}\u{201d} ({} bytes)",
                index.display(),
                page.title,
                page.body.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
