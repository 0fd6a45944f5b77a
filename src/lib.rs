//! The viewer's page code, shared by its three apps: `report-viewer` (a report's page, src/main.rs),
//! `long-viewer` (the same, with the code that fetches what a long report ships apart, its
//! findings' words and narrative: src/bin/long-viewer.rs, built with the `texts-apart` feature) and `library-viewer` (the
//! library's page, src/bin/library-viewer.rs). public/boot.js loads the one the address needs, so
//! a reader of one short report downloads neither the library's code nor the long reports'.

mod app;
mod browser;
mod components;
mod data;
mod fatal;
mod history;
mod library;
mod texts_apart;
mod viewer;
mod words;

/// The allocator: talc, smaller and faster in WebAssembly than the standard one.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Reads the reader's language, then loads the page's data with `load` and draws the page with
/// `mount`, or says why it cannot.
fn start<Loaded: 'static, Loading>(load: fn() -> Loading, mount: fn(Loaded))
where
    Loading: Future<Output = Result<Loaded, data::Problem>> + 'static,
{
    fatal::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async move {
        words::load().await;
        match load().await {
            Ok(loaded) => mount(loaded),
            Err(problem) => problem.show(),
        }
    });
}

/// Loads the report the address names (or the site's only one) and draws its page.
pub fn start_report() {
    start(data::load_report, app::mount);
}

/// Loads the library's catalogue and draws its page.
pub fn start_library() {
    start(data::load_library, library::mount);
}
