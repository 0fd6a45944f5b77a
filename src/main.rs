//! The report viewer in the browser: loads the site's data the address asks for and mounts the
//! app, or says why it cannot.

mod app;
mod browser;
mod components;
mod data;
mod fatal;
mod history;
mod library;
mod viewer;

/// The allocator: talc, smaller and faster in WebAssembly than the standard one.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    fatal::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        match data::load().await {
            Ok(loaded) => app::mount(loaded),
            Err(data::Problem::NotLoaded(why)) => {
                fatal::show(&format!("The report’s data could not be loaded ({why})."))
            }
            Err(data::Problem::Damaged(why)) => fatal::show(&format!(
                "The report’s data in this copy of the site is damaged ({why})."
            )),
        }
    });
}
