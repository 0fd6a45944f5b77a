//! Offline support in the page: registers the service worker (`sw.js`), asks it to save the
//! site's reports once the page is interactive and says how many are saved, checks for new
//! deployments and, when one is waiting, lets the reader reload into it with the filters kept.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use gloo::utils::{document, window};
use js_sys::Reflect;
use leptos::prelude::*;
use report::html::Saved;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

use crate::history;

/// How often an open tab asks the server whether a new version was deployed.
const UPDATE_CHECK_MILLIS: u32 = 15 * 60 * 1000;

/// What the reader is told about offline use and updates.
#[derive(Clone, Copy)]
pub struct OfflineStatus {
    /// How many of the site's reports are saved for offline use, as the service worker says.
    pub saved: RwSignal<Saved>,
    /// The reader asked to save every report, on a metered connection.
    pub asked: RwSignal<bool>,
    /// A new version is installed and waiting for the reader to reload.
    pub update_waiting: RwSignal<bool>,
}

fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let supported = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

/// Starts offline support; does nothing where the browser has no service workers (or the page
/// is not served over http(s)).
pub fn start() -> OfflineStatus {
    let status = OfflineStatus {
        saved: RwSignal::new(Saved::default()),
        asked: RwSignal::new(false),
        update_waiting: RwSignal::new(false),
    };
    if let Some(container) = service_workers() {
        leptos::task::spawn_local(register(container, status));
        listen_for_save_button(status);
    }
    status
}

/// The footer's "Save … for offline" button, offered on a metered connection, saves every report.
fn listen_for_save_button(status: OfflineStatus) {
    EventListener::new(&document(), "click", move |event| {
        let on_button = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("[data-do=save-offline]").ok().flatten());
        if on_button.is_some() {
            status.asked.set(true);
            ask_to_save(true);
        }
    })
    .forget();
}

async fn register(container: ServiceWorkerContainer, status: OfflineStatus) {
    let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
        return;
    };
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    watch_for_updates(&container, &registration, status);
    listen_for_saved(&container, status);
    if let Ok(ready) = container.ready()
        && JsFuture::from(ready).await.is_ok()
    {
        ask_to_save(false);
    }
}

/// Keeps `status.saved` as the service worker last said it.
fn listen_for_saved(container: &ServiceWorkerContainer, status: OfflineStatus) {
    EventListener::new(container, "message", move |event| {
        let Some(data) = event.dyn_ref::<web_sys::MessageEvent>().map(|event| event.data()) else {
            return;
        };
        let number = |key: &str| {
            Reflect::get(&data, &JsValue::from_str(key))
                .ok()
                .and_then(|value| value.as_f64())
        };
        if let (Some(saved), Some(total), Some(bytes)) = (number("saved"), number("total"), number("bytes")) {
            let metered =
                Reflect::get(&data, &JsValue::from_str("metered")).is_ok_and(|value| value.is_truthy());
            status.saved.set(Saved {
                saved: saved as usize,
                total: total as usize,
                bytes: bytes as usize,
                metered,
            });
        }
    })
    .forget();
}

/// Asks the active service worker to save the reports it lacks: those it can have for free, or,
/// with `all`, every one (the reader asked, on a metered connection).
pub fn ask_to_save(all: bool) {
    let Some(container) = service_workers() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let Ok(ready) = container.ready() else {
            return;
        };
        let active = JsFuture::from(ready).await.ok().and_then(|registration| {
            registration
                .unchecked_into::<ServiceWorkerRegistration>()
                .active()
        });
        if let Some(worker) = active {
            let message = if all { "save-offline-all" } else { "save-offline" };
            worker.post_message(&JsValue::from_str(message)).ok();
        }
    });
}

/// Offers the update when a new version is installed and waiting while another controls the page.
fn offer_if_waiting(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    status: OfflineStatus,
) {
    if registration.waiting().is_some() && container.controller().is_some() {
        status.update_waiting.set(true);
    }
}

fn watch_for_updates(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    status: OfflineStatus,
) {
    offer_if_waiting(container, registration, status);
    let (watched, watcher) = (registration.clone(), container.clone());
    EventListener::new(registration, "updatefound", move |_| {
        let Some(installing) = watched.installing() else {
            return;
        };
        let (registration, container) = (watched.clone(), watcher.clone());
        EventListener::new(&installing, "statechange", move |_| {
            offer_if_waiting(&container, &registration, status);
        })
        .forget();
    })
    .forget();

    let check = {
        let registration = registration.clone();
        let container = container.clone();
        move || {
            if let Ok(promise) = registration.update() {
                let registration = registration.clone();
                let container = container.clone();
                leptos::task::spawn_local(async move {
                    // An unreachable server just means no news: offline is expected.
                    let _ = JsFuture::from(promise).await;
                    // Also catches a version that finished installing before anyone listened.
                    offer_if_waiting(&container, &registration, status);
                });
            }
        }
    };
    Interval::new(UPDATE_CHECK_MILLIS, check.clone()).forget();
    let on_online = check.clone();
    EventListener::new(&window(), "online", move |_| on_online()).forget();
    EventListener::new(&document(), "visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            check();
        }
    })
    .forget();
}

/// Hands control to the waiting version and reloads into it once it has taken over. The
/// address, and so the filters, stay as they are.
pub fn reload_into_update() {
    history::flush();
    let Some(container) = service_workers() else {
        window().location().reload().ok();
        return;
    };
    let reloading = Rc::new(Cell::new(false));
    EventListener::new(&container, "controllerchange", move |_| {
        if !reloading.replace(true) {
            window().location().reload().ok();
        }
    })
    .forget();
    leptos::task::spawn_local(async move {
        let registration = JsFuture::from(container.get_registration())
            .await
            .unwrap_or(JsValue::UNDEFINED);
        let waiting = registration
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|registration| registration.waiting());
        match waiting {
            Some(waiting) => {
                waiting.post_message(&JsValue::from_str("skip-waiting")).ok();
            }
            None => {
                window().location().reload().ok();
            }
        }
    });
}
