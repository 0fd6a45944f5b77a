//! The report viewer in the browser: loads the site's data the address asks for and mounts the
//! app, or says why it cannot.

use report::key;

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

fn main() {
    fatal::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        words::load().await;
        let texts = words::texts();
        match data::load().await {
            Ok(loaded) => app::mount(loaded),
            Err(data::Problem::NotLoaded(why)) => {
                fatal::show(&texts.fill(key::APP_DATA_FAILED, &[("why", &why)]))
            }
            Err(data::Problem::Damaged(why)) => {
                fatal::show(&texts.fill(key::APP_DATA_DAMAGED, &[("why", &why)]))
            }
        }
    });
}
