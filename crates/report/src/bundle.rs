//! What the build bundles into the app: the reports, the data's version and the day it was built.

use serde::{Deserialize, Serialize};

use crate::model::Report;

/// Everything the site shows, made by `build.rs` and decoded by the app at start-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    /// A fingerprint of the reports' data: it changes whenever any report does.
    pub version: String,
    /// The day the data was bundled, in words: "29 November 2026".
    pub built: String,
    /// The reports, each with the file stem it came from.
    pub reports: Vec<(String, Report)>,
}

impl Bundle {
    /// Bundles reports, [`newest_first`], made on the day `built`, with the fingerprint of their
    /// data as its version.
    pub fn new(mut reports: Vec<(String, Report)>, built: String, data: &[u8]) -> Self {
        newest_first(&mut reports);
        Self {
            version: fingerprint(data),
            built,
            reports,
        }
    }
}

/// Puts reports in the library's order: newest first (ISO dates order as text); reports of one
/// day keep their order.
pub fn newest_first(reports: &mut [(String, Report)]) {
    reports.sort_by(|a, b| b.1.meta.date.cmp(&a.1.meta.date));
}

/// A short, stable fingerprint of some bytes: 64-bit FNV-1a, as 8 hex digits of its high half.
pub fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{:08x}", hash >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_differ_for_different_data() {
        assert_eq!(fingerprint(b""), "cbf29ce4");
        assert_eq!(fingerprint(b"a"), fingerprint(b"a"));
        assert_ne!(fingerprint(b"report one"), fingerprint(b"report two"));
        assert_eq!(fingerprint(b"a").len(), 8);
    }
}
