//! The reports bundled into the app at build time (see `build.rs`), decoded once at start-up.

use report::Report;

const BUNDLE: &str = include_str!(concat!(env!("OUT_DIR"), "/reports.json"));

/// The report this site shows, decoded from the bundle and kept for the life of the page.
pub fn bundled_report() -> Result<&'static Report, String> {
    let reports: Vec<(String, Report)> = serde_json::from_str(BUNDLE).map_err(|e| e.to_string())?;
    let (_, report) = reports.into_iter().next().ok_or("the bundle holds no report")?;
    Ok(Box::leak(Box::new(report)))
}
