//! The site's data, loaded as the page starts: `index.html` lists the data files (written at
//! build time, see the core's `site` command), `public/boot.js` has chosen the one the address
//! needs and started fetching it (`reportViewerData`), and this decodes and checks it: the report
//! asked for, or the catalogue for the library.

use gloo::utils::window;
use js_sys::Reflect;
use report::{Catalogue, Report};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The version and build day of the site's data, for the footer.
pub struct DataInfo {
    pub version: String,
    pub built: String,
}

/// What the page shows once its data is in.
pub enum Loaded {
    /// One report, with its name on a site of several (it then leads every address).
    Report {
        report: &'static Report,
        name: Option<&'static str>,
        info: DataInfo,
    },
    /// The library, the data file of each of its reports (by name), and the report name the
    /// address asked for that the site does not have.
    Library {
        catalogue: &'static Catalogue,
        files: Vec<(String, String)>,
        unknown: Option<String>,
        info: DataInfo,
    },
}

/// Why the data could not be shown, in words for the reader.
pub enum Problem {
    /// A file could not be fetched (offline on a first visit, a failed request).
    NotLoaded(String),
    /// A file came but cannot be read.
    Damaged(String),
}

/// A text field of `reportViewerData`, if it has one.
fn text(data: &JsValue, key: &str) -> Option<String> {
    Reflect::get(data, &JsValue::from_str(key)).ok()?.as_string()
}

/// The bytes of the data file whose download `public/boot.js` started, from `promise`.
async fn bytes(path: &str, promise: JsValue) -> Result<Vec<u8>, Problem> {
    let buffer = JsFuture::from(js_sys::Promise::from(promise))
        .await
        .map_err(|error| {
            let why = error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            Problem::NotLoaded(format!("{path}: {why}"))
        })?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches a report's data file, decodes it and checks its cross-references.
pub async fn fetch_report(path: &str) -> Result<Report, Problem> {
    let failed = |why: String| Problem::NotLoaded(format!("{path}: {why}"));
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(path))
        .await
        .map_err(|_| failed(String::from("not loaded")))?
        .unchecked_into();
    if !response.ok() {
        return Err(failed(format!("HTTP {}", response.status())));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| failed(String::from("not read")))?;
    let report: Report = decode(path, &bytes(path, buffer.into()).await?)?;
    report
        .check_references()
        .map_err(|e| Problem::Damaged(format!("{path}: {e}")))?;
    Ok(report)
}

/// The name and data file of each report of the site, as `public/boot.js` lists them.
fn report_files(data: &JsValue) -> Vec<(String, String)> {
    let listed = Reflect::get(data, &JsValue::from_str("reports")).unwrap_or_default();
    js_sys::Array::from(&listed)
        .iter()
        .filter_map(|entry| Some((text(&entry, "name")?, text(&entry, "file")?)))
        .collect()
}

/// Decodes a data file, naming it when it cannot be read.
fn decode<T: serde::de::DeserializeOwned>(path: &str, bytes: &[u8]) -> Result<T, Problem> {
    postcard::from_bytes(bytes).map_err(|e| Problem::Damaged(format!("{path}: {e}")))
}

/// Loads what the address asks for, as `public/boot.js` chose it from the site's list of data
/// files: the report it names (or the site's only one), else the library. A report is checked
/// for broken cross-references before it is shown.
pub async fn load() -> Result<Loaded, Problem> {
    let data = Reflect::get(&window(), &JsValue::from_str("reportViewerData"))
        .ok()
        .filter(JsValue::is_object)
        .ok_or_else(|| Problem::Damaged(String::from("the page lists no data files")))?;
    let field = |key| {
        text(&data, key).ok_or_else(|| Problem::Damaged(format!("the list of data files has no {key}")))
    };
    let info = DataInfo {
        version: field("version")?,
        built: field("built")?,
    };
    let path = field("path")?;
    let promise = Reflect::get(&data, &JsValue::from_str("bytes")).unwrap_or_default();
    let bytes = bytes(&path, promise).await?;
    match text(&data, "name") {
        Some(name) => {
            let report: Report = decode(&path, &bytes)?;
            report
                .check_references()
                .map_err(|e| Problem::Damaged(format!("{path}: {e}")))?;
            Ok(Loaded::Report {
                report: Box::leak(Box::new(report)),
                name: (!name.is_empty()).then(|| &*String::leak(name)),
                info,
            })
        }
        None => {
            let catalogue: Catalogue = decode(&path, &bytes)?;
            Ok(Loaded::Library {
                catalogue: Box::leak(Box::new(catalogue)),
                files: report_files(&data),
                unknown: text(&data, "unknown"),
                info,
            })
        }
    }
}
