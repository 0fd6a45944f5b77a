//! The reports bundled into the app at build time (see `build.rs`), decoded once at start-up.

use report::{Bundle, Report};

const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.postcard"));

/// What the page shows: one report, and the version and build day of the data it comes from.
pub struct Loaded {
    pub report: &'static Report,
    pub version: String,
    pub built: String,
}

/// Decodes the bundle; the report is kept for the life of the page.
pub fn bundled_report() -> Result<Loaded, String> {
    let bundle: Bundle = postcard::from_bytes(BUNDLE).map_err(|e| e.to_string())?;
    let (_, report) = bundle
        .reports
        .into_iter()
        .next()
        .ok_or("the bundle holds no report")?;
    Ok(Loaded {
        report: Box::leak(Box::new(report)),
        version: bundle.version,
        built: bundle.built,
    })
}
