//! Parses and validates `reports/*.md` at build time and bundles them, as JSON, into the app.
//!
//! A report that breaks the format stops the build with every problem as
//! `reports/FILE.md:LINE:COL: what is wrong`, so no half-built site is ever produced.

use std::path::{Path, PathBuf};

fn main() {
    let folder = Path::new("reports");
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
