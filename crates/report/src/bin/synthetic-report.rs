//! Prints a fictional report of any size in the report format, for benchmarks and load tests:
//! `synthetic-report FINDINGS [SPEAKERS] [THEMES] > reports/synthetic.md` (defaults 200 and 20).

use std::process::ExitCode;

fn main() -> ExitCode {
    let numbers: Result<Vec<usize>, _> = std::env::args().skip(1).map(|a| a.parse::<usize>()).collect();
    match numbers.as_deref() {
        Ok([findings, rest @ ..]) if rest.len() <= 2 && *findings > 0 => {
            let speakers = rest.first().copied().unwrap_or(200).max(1);
            let themes = rest.get(1).copied().unwrap_or(20).max(1);
            print!("{}", report::synthetic::markdown(*findings, speakers, themes));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: synthetic-report FINDINGS [SPEAKERS] [THEMES]");
            ExitCode::FAILURE
        }
    }
}
