//! The viewer's page code, shared by its two apps: `report-viewer` (a report's page, src/main.rs)
//! and `library-viewer` (the library's page, src/bin/library-viewer.rs). public/boot.js loads the
//! one the address needs, so a reader of one report never downloads the library's code.

mod app;
mod browser;
mod components;
mod data;
mod fatal;
mod history;
mod library;
mod viewer;
mod words;

/// The allocator: talc, smaller and faster in WebAssembly than the standard one.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Loads the report the address names (or the site's only one) and mounts its page, or says why
/// it cannot.
pub fn start_report() {
    fatal::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        words::load().await;
        match data::load_report().await {
            Ok(loaded) => app::mount(loaded),
            Err(problem) => problem.show(),
        }
    });
}

/// Loads the library's catalogue and mounts its page, or says why it cannot.
pub fn start_library() {
    fatal::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        words::load().await;
        match data::load_library().await {
            Ok(loaded) => library::mount(loaded),
            Err(problem) => problem.show(),
        }
    });
}
