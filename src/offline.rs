//! Offline support in the page: registers the service worker (`sw.js`), asks it to save the
//! site's reports once the page is interactive and says in the footer how many are saved (with a
//! button that saves the rest on a metered connection), checks for new deployments and, when one
//! is waiting, offers in the page's `.update-banner` to reload into it with the filters kept.
//! Plain DOM work on markup the page already has: nothing here is drawn by Leptos.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use gloo::utils::{document, window};
use js_sys::Reflect;
use report::html::{Saved, ids, offline_note};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

use crate::history;

/// How often an open tab asks the server whether a new version was deployed.
const UPDATE_CHECK_MILLIS: u32 = 15 * 60 * 1000;

/// The offer of a new version, in the page's `.update-banner`.
const OFFER: &str = "<p>A new version is available — <button type=\"button\" class=\"button\" data-reload>Reload</button></p>";

/// What the reader is told about offline use: how many reports are saved, as the service worker
/// last said, and whether the reader asked to save them all (on a metered connection).
#[derive(Clone, Copy, Default)]
struct OfflineStatus {
    saved: Saved,
    asked: bool,
}

thread_local! {
    static STATUS: Cell<OfflineStatus> = Cell::new(OfflineStatus::default());
}

/// Writes the footer's word on offline use (`#offline-badge`) as `status` has it.
fn show(status: OfflineStatus) {
    STATUS.set(status);
    let mut note = String::new();
    offline_note(&mut note, status.saved, status.asked);
    if let Some(badge) = document().get_element_by_id(ids::OFFLINE_BADGE) {
        badge.set_class_name(if note.is_empty() {
            "offline-badge hidden"
        } else {
            "offline-badge"
        });
        badge.set_inner_html(&note);
    }
}

fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let supported = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

/// Starts offline support, once the page (with its footer and `.update-banner`) is drawn; does
/// nothing where the browser has no service workers (or the page is not served over http(s)).
pub fn start() {
    if let Some(container) = service_workers() {
        wasm_bindgen_futures::spawn_local(register(container));
        listen_for_buttons();
    }
}

/// The update banner's Reload, and the footer's "Save … for offline" (offered on a metered
/// connection), which saves every report. One listener for the page's life.
fn listen_for_buttons() {
    EventListener::new(&document(), "click", move |event| {
        let Some(target) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let on = |selector: &str| target.closest(selector).ok().flatten().is_some();
        if on("[data-reload]") {
            reload_into_update();
        } else if on("[data-do=save-offline]") {
            show(OfflineStatus {
                asked: true,
                ..STATUS.get()
            });
            ask_to_save(true);
        }
    })
    .forget();
}

async fn register(container: ServiceWorkerContainer) {
    let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
        return;
    };
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    watch_for_updates(&container, &registration);
    listen_for_saved(&container);
    if let Ok(ready) = container.ready()
        && JsFuture::from(ready).await.is_ok()
    {
        ask_to_save(false);
    }
}

/// Says in the footer how many reports are saved, each time the service worker tells.
fn listen_for_saved(container: &ServiceWorkerContainer) {
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
            show(OfflineStatus {
                saved: Saved {
                    saved: saved as usize,
                    total: total as usize,
                    bytes: bytes as usize,
                    metered,
                },
                ..STATUS.get()
            });
        }
    })
    .forget();
}

/// Asks the active service worker to save the reports it lacks: those it can have for free, or,
/// with `all`, every one (the reader asked, on a metered connection).
fn ask_to_save(all: bool) {
    let Some(container) = service_workers() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
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
fn offer_if_waiting(container: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration) {
    if registration.waiting().is_some()
        && container.controller().is_some()
        && let Some(banner) = document().query_selector(".update-banner").ok().flatten()
    {
        banner.set_inner_html(OFFER);
    }
}

fn watch_for_updates(container: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration) {
    offer_if_waiting(container, registration);
    let (watched, watcher) = (registration.clone(), container.clone());
    EventListener::new(registration, "updatefound", move |_| {
        let Some(installing) = watched.installing() else {
            return;
        };
        let (registration, container) = (watched.clone(), watcher.clone());
        EventListener::new(&installing, "statechange", move |_| {
            offer_if_waiting(&container, &registration);
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
                wasm_bindgen_futures::spawn_local(async move {
                    // An unreachable server just means no news: offline is expected.
                    let _ = JsFuture::from(promise).await;
                    // Also catches a version that finished installing before anyone listened.
                    offer_if_waiting(&container, &registration);
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
fn reload_into_update() {
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
    wasm_bindgen_futures::spawn_local(async move {
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
