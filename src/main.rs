//! The report viewer in the browser: loads the bundled report and mounts the app.

mod app;
mod browser;
mod components;
mod data;
mod fatal;
mod history;
mod offline;
mod viewer;

fn main() {
    fatal::install_panic_hook();
    match data::bundled_reports() {
        Ok(loaded) => app::mount(loaded),
        Err(problem) => fatal::show(&format!(
            "The report’s data in this copy of the site is damaged ({problem})."
        )),
    }
}
