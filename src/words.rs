//! The interface's words in the reader's language: English, compiled in, or the translation
//! `public/boot.js` chose (from the address's `lang=`, else the browser's languages) and
//! started fetching with the report's data.

use std::sync::OnceLock;

use gloo::utils::window;
use js_sys::Reflect;
use report::Texts;
use report::html::{Markup, language_switcher};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The page's words, the language its address named (kept by every link) and the languages the
/// site offers (code and name), once read.
struct Words {
    texts: Texts,
    named: Option<String>,
    languages: Vec<(String, String)>,
}

static WORDS: OnceLock<Words> = OnceLock::new();

fn words() -> &'static Words {
    WORDS.get_or_init(|| Words {
        texts: Texts::english(),
        named: None,
        languages: Vec::new(),
    })
}

/// The page's words: English until [`load`] has read the chosen language.
pub fn texts() -> &'static Texts {
    &words().texts
}

/// The language the address named (`lang=`), when the site has it: every link keeps it.
pub fn named() -> Option<&'static str> {
    words().named.as_deref()
}

/// The language switcher, for the footer: nothing on a site that offers one language.
pub fn switcher() -> Markup {
    let languages = &words().languages;
    if languages.len() < 2 {
        return Markup::default();
    }
    language_switcher(texts(), languages)
}

/// The code and name of each language `reportViewerData.languages` lists.
fn languages(listed: &JsValue) -> Vec<(String, String)> {
    let text = |entry: &JsValue, key: &str| Reflect::get(entry, &JsValue::from_str(key)).ok()?.as_string();
    js_sys::Array::from(listed)
        .iter()
        .filter_map(|entry| Some((text(&entry, "lang")?, text(&entry, "name")?)))
        .collect()
}

/// Reads the language `public/boot.js` chose (`reportViewerData.lang`, its file's text in
/// `reportViewerData.texts`, and whether the address named it): English when it is English or
/// its file could not be fetched, which leaves the page readable.
pub async fn load() {
    let data = Reflect::get(&window(), &JsValue::from_str("reportViewerData")).unwrap_or_default();
    let field = |key: &str| Reflect::get(&data, &JsValue::from_str(key)).unwrap_or_default();
    let lang = field("lang").as_string().unwrap_or_else(|| String::from("en"));
    let named = field("named").is_truthy().then(|| lang.clone());
    let promise = field("texts");
    let file = if promise.is_undefined() {
        None
    } else {
        JsFuture::from(js_sys::Promise::from(promise))
            .await
            .ok()
            .and_then(|text| text.as_string())
    };
    let texts = match file {
        Some(file) => Texts::shipped(&lang, &file),
        None => Texts::english(),
    };
    if let Some(root) = gloo::utils::document().document_element() {
        root.set_attribute("lang", texts.lang()).ok();
    }
    let named = named.filter(|lang| lang == texts.lang());
    let languages = languages(&field("languages"));
    WORDS
        .set(Words {
            texts,
            named,
            languages,
        })
        .ok();
}
