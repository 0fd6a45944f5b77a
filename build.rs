//! Parses and validates `reports/*.md` at build time and bundles them, as JSON, into the app.
//!
//! A report that breaks the format stops the build with every problem as
//! `reports/FILE.md:LINE:COL: what is wrong`, so no half-built site is ever produced.

use std::path::PathBuf;

/// Where the reports are: `reports/`, unless `REPORT_VIEWER_REPORTS` names another folder.
const FOLDER_VARIABLE: &str = "REPORT_VIEWER_REPORTS";

fn main() {
    let folder = PathBuf::from(std::env::var_os(FOLDER_VARIABLE).unwrap_or_else(|| "reports".into()));
    let folder = folder.as_path();
    println!("cargo::rerun-if-env-changed={FOLDER_VARIABLE}");
    println!("cargo::rerun-if-changed={}", folder.display());
    match report::parse_folder(folder) {
        Ok(reports) => {
            let json = serde_json::to_string(&reports).expect("a parsed report always serializes");
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(out.join("reports.json"), json).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            for error in &errors {
                println!("cargo::error={error}");
            }
        }
    }
}
