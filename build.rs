//! Parses and validates `reports/*.md` at build time and bundles them into the app (postcard).
//!
//! A report that breaks the format stops the build with its problems as
//! `reports/FILE.md:LINE:COL: what is wrong` (the first 100, then how many more), so no
//! half-built site is ever produced.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use report::{Bundle, IsoDate};

/// Where the reports are: `reports/`, unless `REPORT_VIEWER_REPORTS` names another folder.
const FOLDER_VARIABLE: &str = "REPORT_VIEWER_REPORTS";

/// The day of the build: from `SOURCE_DATE_EPOCH` when set (reproducible builds), else today.
fn build_day() -> IsoDate {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    IsoDate::from_unix_days(seconds.div_euclid(86_400))
}

fn main() {
    let folder = PathBuf::from(std::env::var_os(FOLDER_VARIABLE).unwrap_or_else(|| "reports".into()));
    println!("cargo::rerun-if-env-changed={FOLDER_VARIABLE}");
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo::rerun-if-changed={}", folder.display());
    match report::parse_folder(&folder) {
        Ok(reports) => {
            let data = postcard::to_allocvec(&reports).expect("a parsed report always serializes");
            let bundle = Bundle::new(reports, build_day().day_month_year(), &data);
            let bytes = postcard::to_allocvec(&bundle).expect("a bundle always serializes");
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(out.join("bundle.postcard"), bytes).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            for line in report::problem_lines(&errors) {
                println!("cargo::error={line}");
            }
        }
    }
}
