//! The report's app: a report's page, its findings, overview, speakers and text.

fn main() {
    report_viewer::start_report();
}
