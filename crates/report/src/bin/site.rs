//! Writes the site's data and its first page into a built site: `site REPORTS SITE` (run by the
//! build's post-build hook on Trunk's staging folder). It reads and checks every report of the
//! folder REPORTS, and writes into SITE each report's data file and, on a site of several, the
//! catalogue the library lists (postcard, with content-hashed names under `data/`; a long
//! report's narrative in a file of its own, see `report::ReportData`; with the site's
//! title and introduction from `REPORTS/_site.md`, if there is one), and into `SITE/index.html`
//! the page as first drawn and the list of those files. A report or site file that breaks the
//! format stops it with every problem.

use report::key;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use report::{
    Catalogue, IsoDate, LanguageFile, Listed, ReportData, ReportFile, Site, SiteFiles, TextBytes, TextFiles,
    Texts, data_file, fingerprint, html, page_files,
};

/// The day of the build, `YYYY-MM-DD`: from `SOURCE_DATE_EPOCH` when set (reproducible builds),
/// else today.
fn build_day() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    IsoDate::from_unix_days(seconds.div_euclid(86_400)).to_string()
}

/// Writes `bytes` as a data file of the site named after `name`; gives its path in the site.
fn write_data(site: &Path, name: &str, bytes: &[u8]) -> Result<String, String> {
    let file = data_file(name, bytes);
    write_file(site, &file, bytes)?;
    Ok(file)
}

/// Writes `bytes` at the path `file` of the site, making its folder if need be.
fn write_file(site: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let path = site.join(file);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes the findings' texts of report `name`, which ship apart: whole and in parts, and its
/// words and their shards (each named after bytes the report's data file names, so its bytes
/// stand for theirs in the data's fingerprint).
fn write_texts(site: &Path, name: &str, bytes: &TextBytes) -> Result<TextFiles, String> {
    let files = TextFiles::named(name, bytes);
    write_file(site, &files.whole(), &bytes.whole)?;
    for (part, part_bytes) in bytes.parts.iter().enumerate() {
        write_file(site, &files.part_file(part), part_bytes)?;
    }
    write_file(site, &files.words_file(), &bytes.words)?;
    for (shard, shard_bytes) in bytes.shards.iter().enumerate() {
        write_file(site, &files.shard_file(shard), shard_bytes)?;
    }
    Ok(files)
}

/// The interface's translation files (`crates/report/locales/LL.txt`), by language code.
fn translations() -> Result<Vec<(String, String)>, String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let entries = std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(lang) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .filter(|_| path.extension().is_some_and(|e| e == "txt"))
        else {
            continue;
        };
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push((lang.to_owned(), text));
    }
    files.sort();
    Ok(files)
}

/// Writes each language's strings as a data file (`Texts::to_shipped`), and gives the list of
/// languages, and the words of the site's language `lang` that the page's scripts say before any
/// translation is fetched.
fn write_languages(site: &Path, lang: &str) -> Result<(Vec<LanguageFile>, BTreeMap<String, String>), String> {
    let mut languages = Vec::new();
    let mut words = BTreeMap::new();
    for (code, text) in translations()? {
        let texts = Texts::new(&code, &text);
        if code == lang {
            words = texts
                .for_scripts()
                .map(|(key, value)| (key.to_owned(), value.to_owned()))
                .collect();
        }
        languages.push(LanguageFile {
            name: texts.text(key::LANGUAGE_NAME).to_owned(),
            file: write_data(site, &format!("lang-{code}"), texts.to_shipped().as_bytes())?,
            lang: code,
        });
    }
    if words.is_empty() {
        return Err(format!(
            "the site's language `{lang}` has no translation file in crates/report/locales"
        ));
    }
    Ok((languages, words))
}

fn write_site(about: Site, reports: &mut [(String, report::Report)], site: &Path) -> Result<String, String> {
    // The interface's files are named by language alone: `pt-BR` speaks `pt`.
    let site_language = about
        .language
        .split('-')
        .next()
        .unwrap_or("en")
        .to_ascii_lowercase();
    report::newest_first(reports);
    let mut every_byte = Vec::new();
    let mut files = Vec::new();
    // A site of one report opens on it; on a site of several each report has its own page too.
    let names: Vec<&str> = reports.iter().map(|(name, _)| name.as_str()).collect();
    let pages = if reports.len() > 1 {
        page_files(&names)
    } else {
        Vec::new()
    };
    for (at, (name, report)) in reports.iter().enumerate() {
        let split = ReportData::split(report).map_err(|e| e.to_string())?;
        let narrative_file = match split.narrative {
            Some(bytes) => {
                every_byte.extend_from_slice(&bytes);
                Some(write_data(site, &format!("{name}-text"), &bytes)?)
            }
            None => None,
        };
        let texts = match split.texts {
            Some(bytes) => {
                every_byte.extend_from_slice(&bytes.whole);
                Some(write_texts(site, name, &bytes)?)
            }
            None => None,
        };
        let data = ReportData {
            report: split.report,
            narrative_file: narrative_file.clone(),
            texts: texts.clone(),
        };
        let bytes = postcard::to_allocvec(&data).map_err(|e| e.to_string())?;
        every_byte.extend_from_slice(&bytes);
        files.push(ReportFile {
            name: name.clone(),
            file: write_data(site, name, &bytes)?,
            narrative: narrative_file,
            texts: texts.map(|t| t.whole()),
            page: pages.get(at).cloned(),
        });
    }
    // A site of one report opens on it: only a site of several has a library to list.
    let catalogue = (reports.len() > 1).then(|| Catalogue {
        site: about,
        reports: reports
            .iter()
            .map(|(name, report)| Listed::of(name, report))
            .collect(),
    });
    let catalogue_file = match &catalogue {
        Some(catalogue) => {
            let bytes = postcard::to_allocvec(catalogue).map_err(|e| e.to_string())?;
            every_byte.extend_from_slice(&bytes);
            Some(write_data(site, "catalogue", &bytes)?)
        }
        None => None,
    };
    let lang = site_language;
    let (languages, words) = write_languages(site, &lang)?;
    // The page made at build time is in the site's language.
    let texts = Texts::new(
        &lang,
        &translations()?
            .into_iter()
            .find(|(code, _)| *code == lang)
            .map(|(_, text)| text)
            .unwrap_or_default(),
    );
    let site_files = SiteFiles {
        version: fingerprint(&every_byte),
        built: build_day(),
        catalogue: catalogue_file,
        reports: files,
        lang,
        languages,
        words,
    };
    let index = site.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let json = site_files.to_json();
    let write_page = |file: &str, page: &html::Prerendered| {
        let path = site.join(file);
        html::inject(&template, page)
            .and_then(|text| html::inject_site_files(&text, &json))
            .and_then(|text| std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display())))
    };
    for ((name, report), file) in reports.iter().zip(&pages) {
        write_page(file, &html::prerender_report_page(&texts, name, report))?;
    }
    if let Some(catalogue) = catalogue.as_ref().filter(|c| c.reports.len() > html::FIRST_CARDS) {
        write_page(
            html::LIBRARY_PAGE,
            &html::prerender_library(&texts, catalogue, &pages, true),
        )?;
    }
    let page = match (&catalogue, &reports[..]) {
        (Some(catalogue), _) => html::prerender_library(&texts, catalogue, &pages, false),
        (None, [(_, report)]) => html::prerender_report(&texts, report),
        (None, _) => return Err(String::from("no reports")),
    };
    write_page("index.html", &page)?;
    Ok(format!(
        "{}: prerendered \u{201c}{}\u{201d}; data of {} report(s), version {}",
        index.display(),
        page.title,
        reports.len(),
        site_files.version
    ))
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [folder, site] = args.as_slice() else {
        eprintln!("usage: site REPORTS SITE");
        return ExitCode::FAILURE;
    };
    // Every problem of the site file and of the reports, at once.
    let (about, mut reports) = match (report::parse_site_file(folder), report::parse_folder(folder)) {
        (Ok(about), Ok(reports)) => (about.unwrap_or_default(), reports),
        (about, reports) => {
            let errors: Vec<String> = about.err().into_iter().chain(reports.err()).flatten().collect();
            for line in report::problem_lines(&errors) {
                eprintln!("{line}");
            }
            return ExitCode::FAILURE;
        }
    };
    match write_site(about, &mut reports, site) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("site: {error}");
            ExitCode::FAILURE
        }
    }
}
