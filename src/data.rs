//! The reports bundled into the app at build time (see `build.rs`), decoded once at start-up.

use report::{Bundle, Report};

const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.postcard"));

/// The site's reports (each with its file name), and the version and build day of their data.
pub struct Loaded {
    pub reports: &'static [(String, Report)],
    pub version: String,
    pub built: String,
}

/// Decodes the bundle and checks every report's references; the reports are kept for the life
/// of the page.
pub fn bundled_reports() -> Result<Loaded, String> {
    let bundle: Bundle = postcard::from_bytes(BUNDLE).map_err(|e| e.to_string())?;
    if bundle.reports.is_empty() {
        return Err("the bundle holds no report".into());
    }
    for (_, report) in &bundle.reports {
        report.check_references()?;
    }
    Ok(Loaded {
        reports: Vec::leak(bundle.reports),
        version: bundle.version,
        built: bundle.built,
    })
}
