//! The site's data, loaded as the page starts: `index.html` lists the data files (written at
//! build time, see the core's `site` command), `public/boot.js` has chosen the one the address
//! needs and started fetching it (`reportViewerData`), and this decodes and checks it: the report
//! asked for (by the report's app), or the catalogue (by the library's).

use gloo::utils::window;
use js_sys::Reflect;
use report::{
    Catalogue, Finder, FindingText, NarrativeApart, Postings, Report, ReportData, TextFiles, WordList, key,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::fatal;
use crate::words::texts;

/// The version and build day of the site's data, for the footer.
pub struct DataInfo {
    pub version: String,
    pub built: String,
}

/// A report's page once its data is in: the report, with its name on a site of several (it then
/// leads every address).
pub struct LoadedReport {
    pub report: &'static Report,
    pub name: Option<&'static str>,
    /// The data file of the report's narrative, when it ships apart (fetched when first shown).
    pub narrative_file: Option<&'static str>,
    /// The data files of its findings' texts, when they ship apart (see `crate::texts_apart`).
    pub texts: Option<&'static TextFiles>,
    pub info: DataInfo,
}

/// The library's page once its data is in: the catalogue, the data file of each report (by
/// name), and the report name the address asked for that the site does not have.
pub struct LoadedLibrary {
    pub catalogue: &'static Catalogue,
    pub files: Vec<(String, String)>,
    pub unknown: Option<String>,
    pub info: DataInfo,
}

/// Why the data could not be shown, in words for the reader.
pub enum Problem {
    /// A file could not be fetched (offline on a first visit, a failed request).
    NotLoaded(String),
    /// A file came but cannot be read.
    Damaged(String),
}

impl Problem {
    /// What went wrong, for a message that says what could not be done.
    pub fn why(&self) -> &str {
        match self {
            Self::NotLoaded(why) | Self::Damaged(why) => why,
        }
    }

    /// Tells the reader, in place of the page, with a way on.
    pub fn show(&self) {
        let (key, why) = match self {
            Self::NotLoaded(why) => (key::APP_DATA_FAILED, why),
            Self::Damaged(why) => (key::APP_DATA_DAMAGED, why),
        };
        fatal::show(&texts().fill(key, &[("why", why)]));
    }
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

/// The fields `public/boot.js` gives the app (`reportViewerData`): the data files it chose and
/// started fetching, and how to fetch others.
fn boot_data() -> Result<JsValue, Problem> {
    Reflect::get(&window(), &JsValue::from_str("reportViewerData"))
        .ok()
        .filter(JsValue::is_object)
        .ok_or_else(|| Problem::Damaged(String::from("the page lists no data files")))
}

/// Fetches a data file of the site (with `public/boot.js`'s `reportViewerData.load`).
async fn fetch_bytes(path: &str) -> Result<Vec<u8>, Problem> {
    let load = Reflect::get(&boot_data()?, &JsValue::from_str("load"))
        .ok()
        .and_then(|load| load.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| Problem::Damaged(String::from("the page cannot fetch data files")))?;
    let promise = load
        .call1(&JsValue::NULL, &JsValue::from_str(path))
        .map_err(|_| Problem::NotLoaded(path.to_owned()))?;
    bytes(path, promise).await
}

/// Decodes a report's data file and checks the cross-references it can (see
/// [`ReportData::check`]).
fn report_data(path: &str, bytes: &[u8]) -> Result<ReportData, Problem> {
    let data: ReportData = decode(path, bytes)?;
    data.check()
        .map_err(|e| Problem::Damaged(format!("{path}: {e}")))?;
    Ok(data)
}

/// Fetches a report's data file, decodes it and checks its cross-references, with its findings'
/// texts if they ship apart (a search across reports reads them all).
pub async fn fetch_report(path: &str) -> Result<Report, Problem> {
    let data = report_data(path, &fetch_bytes(path).await?)?;
    if let Some(texts) = &data.texts {
        let count = data.report.findings.len();
        fetch_texts(&data.report, 0..count, &texts.whole()).await?;
    }
    Ok(data.report)
}

/// What of a long report ships apart in a data file of its own (see `report::TextFiles`).
pub enum Apart {
    /// The texts of these findings (a part's or the whole's).
    Texts(std::ops::Range<usize>),
    /// The report's words, for its finder.
    Words(&'static Finder<'static>),
    /// A shard of their occurrences, for the report's finder.
    Shard(&'static Finder<'static>, usize),
}

/// Fetches the texts of `report`'s findings `findings`, which ship apart in the data file
/// `path` (a part's or the whole's), and gives the findings their texts.
pub async fn fetch_texts(
    report: &Report,
    findings: std::ops::Range<usize>,
    path: &str,
) -> Result<(), Problem> {
    let texts: Vec<FindingText> = decode(path, &fetch_bytes(path).await?)?;
    report
        .fill_texts(findings, texts)
        .map_err(|e| Problem::Damaged(format!("{path}: {e}")))
}

/// Fetches `what` of `report`, which ships apart in the data file `path`, and gives it to the
/// report's findings or finder (one future for every file apart: each shape of future costs the
/// wasm its own copy).
pub async fn fetch_apart(report: &Report, what: Apart, path: &str) -> Result<(), Problem> {
    let filled = match what {
        Apart::Texts(findings) => return fetch_texts(report, findings, path).await,
        Apart::Words(finder) => {
            let words: WordList = decode(path, &fetch_bytes(path).await?)?;
            finder.take_words(words)
        }
        Apart::Shard(finder, shard) => {
            let postings: Postings = decode(path, &fetch_bytes(path).await?)?;
            finder.fill_shard(shard, postings)
        }
    };
    filled.map_err(|e| Problem::Damaged(format!("{path}: {e}")))
}

/// Fetches the narrative of `report` that ships apart, in the data file `path`, with the
/// findings' locations, and checks every finding's passage against it.
pub async fn fetch_narrative(report: &Report, path: &str) -> Result<NarrativeApart, Problem> {
    let narrative: NarrativeApart = decode(path, &fetch_bytes(path).await?)?;
    narrative
        .check(report)
        .map_err(|e| Problem::Damaged(format!("{path}: {e}")))?;
    Ok(narrative)
}

/// The name and data file of each report of the site, as `public/boot.js` lists them.
fn report_files(data: &JsValue) -> Vec<(String, String)> {
    let listed = Reflect::get(data, &JsValue::from_str("reports")).unwrap_or_default();
    js_sys::Array::from(&listed)
        .iter()
        .filter_map(|entry| Some((text(&entry, "name")?, text(&entry, "file")?)))
        .collect()
}

/// Decodes a data file, naming it when it cannot be read (postcard's own words for why, in
/// English and about its encoding, would tell a reader nothing more).
fn decode<T: serde::de::DeserializeOwned>(path: &str, bytes: &[u8]) -> Result<T, Problem> {
    postcard::from_bytes(bytes).map_err(|_| Problem::Damaged(path.to_owned()))
}

/// The data file `public/boot.js` chose from the site's list and started fetching (see
/// `reportViewerData`): its fields, the site's version and build day, its path and its bytes.
async fn chosen() -> Result<(JsValue, DataInfo, String, Vec<u8>), Problem> {
    let data = boot_data()?;
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
    Ok((data, info, path, bytes))
}

/// Loads the report the address names (or the site's only one), checked for broken
/// cross-references before it is shown.
pub async fn load_report() -> Result<LoadedReport, Problem> {
    let (data, info, path, bytes) = chosen().await?;
    let name = text(&data, "name").unwrap_or_default();
    let ReportData {
        report,
        narrative_file,
        texts,
    } = report_data(&path, &bytes)?;
    // What ships apart is fetched by the long-report app only (public/boot.js loads it for them).
    if (texts.is_some() || narrative_file.is_some()) && !crate::texts_apart::APART {
        return Err(Problem::Damaged(format!("{path}: parts of it ship apart")));
    }
    Ok(LoadedReport {
        report: Box::leak(Box::new(report)),
        name: (!name.is_empty()).then(|| &*String::leak(name)),
        narrative_file: narrative_file.map(|file| &*String::leak(file)),
        texts: texts.map(|files| &*Box::leak(Box::new(files))),
        info,
    })
}

/// Loads the library's catalogue.
pub async fn load_library() -> Result<LoadedLibrary, Problem> {
    let (data, info, path, bytes) = chosen().await?;
    let catalogue: Catalogue = decode(&path, &bytes)?;
    Ok(LoadedLibrary {
        catalogue: Box::leak(Box::new(catalogue)),
        files: report_files(&data),
        unknown: text(&data, "unknown"),
        info,
    })
}
