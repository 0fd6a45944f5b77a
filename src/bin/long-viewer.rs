//! The long-report app: a report's page, as `report-viewer` draws it, for a report whose findings'
//! words or narrative ship apart (built with the `texts-apart` feature; public/boot.js loads it
//! for such a report).

fn main() {
    report_viewer::start_report();
}
