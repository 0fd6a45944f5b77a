//! The footer's word on offline use: how many of the site's reports are saved on this device,
//! and, on a metered connection, what saving the rest would cost.

use crate::numbers::grouped;

/// How many of the site's reports the service worker has saved, as it last said.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Saved {
    pub saved: usize,
    pub total: usize,
    /// What the files still to save weigh, in bytes.
    pub bytes: usize,
    /// The connection is metered, so the rest waits for the reader to ask.
    pub metered: bool,
}

/// A size as a reader weighs it: "340 KB", "1.2 MB".
pub fn size(bytes: usize) -> String {
    let kb = bytes.div_ceil(1000);
    if kb < 1000 {
        format!("{kb} KB")
    } else {
        format!("{}.{} MB", kb / 1000, kb % 1000 / 100)
    }
}

/// Appends the inside of the footer's `#offline-badge`: nothing until something is saved; on a
/// site of one report "Available offline"; else how many are saved or being saved, and on a
/// metered connection (unless the reader `asked` already) a button to save the rest.
pub fn offline_note(out: &mut String, saved: Saved, asked: bool) {
    let Saved {
        saved,
        total,
        bytes,
        metered,
    } = saved;
    if total <= 1 {
        if saved == total && total == 1 {
            out.push_str("Available offline");
        }
        return;
    }
    let count = format!("{} of {} reports", grouped(saved), grouped(total));
    if saved == total {
        out.push_str("Available offline: ");
        out.push_str(&count);
    } else if metered && !asked {
        let rest = total - saved;
        out.push_str(&format!(
            "Available offline: {count} <button type=\"button\" class=\"link-button\" data-do=\"save-offline\">Save {} for offline ({})</button>",
            if rest == 1 { String::from("the other one") } else { format!("the other {}", grouped(rest)) },
            size(bytes)
        ));
    } else {
        out.push_str("Saving for offline: ");
        out.push_str(&count);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(saved: usize, total: usize, metered: bool, asked: bool) -> String {
        let mut out = String::new();
        offline_note(
            &mut out,
            Saved {
                saved,
                total,
                bytes: 1_234_567,
                metered,
            },
            asked,
        );
        out
    }

    #[test]
    fn sizes_read_as_kilobytes_or_megabytes() {
        assert_eq!(
            [0, 1, 999, 1000, 340_200, 999_999].map(size),
            ["0 KB", "1 KB", "1 KB", "1 KB", "341 KB", "1.0 MB"]
        );
        assert_eq!(
            [1_000_001, 1_234_567, 45_600_000].map(size),
            ["1.0 MB", "1.2 MB", "45.6 MB"]
        );
    }

    #[test]
    fn a_site_of_one_report_says_only_that_it_is_available_offline() {
        assert_eq!(note(0, 1, false, false), "");
        assert_eq!(note(1, 1, true, false), "Available offline");
    }

    #[test]
    fn a_library_counts_the_saved_reports() {
        assert_eq!(note(30, 30, false, false), "Available offline: 30 of 30 reports");
        assert_eq!(
            note(12, 1_030, false, false),
            "Saving for offline: 12 of 1,030 reports"
        );
        assert_eq!(note(12, 30, true, true), "Saving for offline: 12 of 30 reports");
    }

    #[test]
    fn a_metered_connection_offers_the_rest_with_its_cost() {
        assert_eq!(
            note(1, 30, true, false),
            "Available offline: 1 of 30 reports <button type=\"button\" class=\"link-button\" data-do=\"save-offline\">Save the other 29 for offline (1.2 MB)</button>"
        );
        assert!(note(29, 30, true, false).contains(">Save the other one for offline (1.2 MB)<"));
    }
}
