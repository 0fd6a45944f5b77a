//! Fictional reports for benchmarks and load tests: one printed, or a library of them written.
//!
//! `synthetic-report [--shape realistic|even] FINDINGS [SPEAKERS] [THEMES] > reports/synthetic.md`:
//! realistic (the default; 300 speakers, 12 themes unless told) is varied prose, a few speakers
//! saying most; even (200 and 20) is the first generator's output byte for byte. Same numbers,
//! same report. `synthetic-report --library N DIR` writes N different reports as
//! `DIR/report-YEAR-PLACE.md` (5 to 80 findings, 2012–2031), refusing a DIR with `.md` files.

use std::path::Path;
use std::process::ExitCode;

use report::synthetic::{Shape, write_library};

const USAGE: &str = "usage: synthetic-report [--shape realistic|even] FINDINGS [SPEAKERS] [THEMES]
       synthetic-report --library N DIR
One report to stdout (SPEAKERS and THEMES default to 300 and 12 realistic, 200 and 20 even),
or N different reports written into DIR, which must hold no .md files yet.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match args.as_slice() {
        ["--library", count, folder] => library(count, folder),
        ["--shape", shape, rest @ ..] => match Shape::named(shape) {
            Some(shape) => one(shape, rest),
            None => Err(format!("unknown shape `{shape}`: realistic or even")),
        },
        rest => one(Shape::Realistic, rest),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("synthetic-report: {message}\n{USAGE}");
            ExitCode::FAILURE
        }
    }
}

/// Prints one report of `shape` sized by `FINDINGS [SPEAKERS] [THEMES]`.
fn one(shape: Shape, numbers: &[&str]) -> Result<(), String> {
    let numbers: Vec<usize> = numbers
        .iter()
        .map(|n| n.parse().map_err(|_| format!("not a number: `{n}`")))
        .collect::<Result<_, _>>()?;
    let (speakers, themes) = shape.default_speakers_and_themes();
    match numbers.as_slice() {
        [findings, rest @ ..] if rest.len() <= 2 && *findings > 0 => {
            let speakers = rest.first().copied().unwrap_or(speakers);
            let themes = rest.get(1).copied().unwrap_or(themes);
            print!("{}", shape.markdown(*findings, speakers, themes));
            Ok(())
        }
        _ => Err(String::from(
            "give FINDINGS (at least 1), then SPEAKERS and THEMES if wanted",
        )),
    }
}

/// Writes `count` different reports into `folder`.
fn library(count: &str, folder: &str) -> Result<(), String> {
    let count: usize = count
        .parse()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("not a number of reports: `{count}`"))?;
    let written = write_library(count, Path::new(folder))?;
    eprintln!("synthetic-report: wrote {} reports into {folder}", written.len());
    Ok(())
}
