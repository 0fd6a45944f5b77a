//! The library's app: the site's reports, their filters and a search across them.

fn main() {
    report_viewer::start_library();
}
