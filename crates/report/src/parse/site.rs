//! The site file, `reports/_site.md`: a metadata block with the site's title and publisher, then
//! its introduction in a few paragraphs.

use std::path::Path;

use super::blocks::{Blocks, Node};
use super::keys::Keys;
use super::narrative::normalize_space;
use super::problem::Problem;
use super::{Diagnostic, located, source};
use crate::model::Inline;
use crate::site::Site;

/// The site file's name in the reports' folder. Files whose names start with `_` are never
/// reports.
pub const SITE_FILE: &str = "_site.md";

const KEYS: Keys<4> = Keys {
    names: ["Title", "Publisher", "Publisher link", "Language"],
    listed: "Title, Publisher, Publisher link and Language",
};

/// Where the introduction's blocks stand, as problems name it.
const INTRODUCTION: &str = "the site's introduction; it is a few paragraphs";

/// Whether `link` is an absolute http(s) address with a host, and nothing a page could trip on.
fn is_web_address(link: &str) -> bool {
    let lower = link.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.starts_with(['/', '?', '#']) && !rest.is_empty())
        && !link.contains(|c: char| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`' | '\\')
        })
}

/// A problem the Markdown reader found, as it is worded for the site file; `None` for those
/// that only repeat one already given (the list or quote they stand in is reported).
fn for_site(problem: Problem) -> Option<Problem> {
    match problem {
        Problem::Unsupported(what) => Some(Problem::NotInSite(what)),
        Problem::UnexpectedBlock(what, _) => {
            Some(Problem::UnexpectedBlock(what, "the middle of the site file"))
        }
        Problem::NestedList | Problem::NestedTooDeep => None,
        other => Some(other),
    }
}

/// Parses and checks the site file. `path` is only used to name the file in diagnostics, which
/// come sorted by position, all of them at once.
pub fn parse_site(path: &str, source: &str) -> Result<Site, Vec<Diagnostic>> {
    let source = &*source::normalize(source);
    let mut problems = Vec::new();
    let mut paragraphs: Vec<Vec<Inline>> = Vec::new();
    let mut plain: Vec<String> = Vec::new();
    let mut blocks = Blocks::new(source);
    for node in blocks.by_ref() {
        let (what, at) = match node {
            Node::Paragraph { inlines, text, .. } => {
                paragraphs.push(inlines);
                plain.push(normalize_space(&text.plain));
                continue;
            }
            Node::Heading { at, .. } => ("heading", at),
            Node::List { at, .. } => ("list", at),
            Node::Quote { at, .. } => ("`> ` quote", at),
        };
        problems.push((at, Problem::UnexpectedBlock(what, INTRODUCTION)));
    }
    let (metadata, found) = blocks.finish();
    problems.extend(
        found
            .into_iter()
            .filter_map(|(at, problem)| Some((at, for_site(problem)?))),
    );
    let Some((text, at)) = metadata else {
        problems.push((0, Problem::MissingSiteMetadata));
        return Err(located(path, source, problems));
    };
    let read = KEYS.read(&text, at, &mut problems);
    if let Some((link, link_at)) = &read.values[KEYS.slot("Publisher link")]
        && !is_web_address(link)
    {
        problems.push((*link_at, Problem::BadPublisherLink(link.clone())));
    }
    if let Some((tag, tag_at)) = &read.values[KEYS.slot("Language")]
        && !super::metadata::is_language_tag(tag)
    {
        problems.push((*tag_at, Problem::BadLanguage(tag.clone())));
    }
    let complete = read.require(&KEYS, &["Title"], &mut problems);
    if !complete || !problems.is_empty() {
        return Err(located(path, source, problems));
    }
    let [title, publisher, publisher_link, language] = read.values.map(|value| value.map(|(text, _)| text));
    let introduction_html = crate::html::prose::paragraphs(&paragraphs);
    Ok(Site {
        title: title.unwrap_or_default(),
        publisher,
        publisher_link,
        language: language.unwrap_or_else(|| String::from("en")),
        introduction_html,
        introduction_text: plain.join(" "),
    })
}

/// Reads and checks `FOLDER/_site.md`: `None` when the folder has none; the error lists every
/// problem, as `FILE:LINE:COL: what is wrong`.
pub fn parse_site_file(folder: &Path) -> Result<Option<Site>, Vec<String>> {
    let path = folder.join(SITE_FILE);
    let name = path.display().to_string();
    let source = match std::fs::read(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(vec![format!("{name}: cannot read the file: {e}")]),
        Ok(bytes) => super::encoding::decode(&name, bytes).map_err(|error| vec![error])?,
    };
    parse_site(&name, &source)
        .map(Some)
        .map_err(|diagnostics| diagnostics.iter().map(Diagnostic::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(source: &str) -> Vec<String> {
        match parse_site("_site.md", source) {
            Ok(site) => panic!("parsed: {site:?}"),
            Err(diagnostics) => diagnostics.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn a_site_file_gives_its_title_publisher_and_introduction() {
        let site = parse_site(
            "_site.md",
            "\u{feff}---\r\ntitle: Reports of the Harbour\r\nLanguage: pt-BR\r\nPublisher: Harbour Press\r\nPUBLISHER LINK: https://harbour.example/\r\n---\r\n\r\nAll our *reports*,\r\nwith [sources](https://x.example/a?b=1&c=2).\r\n\r\nA second & last paragraph.\r\n",
        )
        .unwrap_or_else(|d| panic!("{d:?}"));
        assert_eq!(
            site,
            Site {
                title: "Reports of the Harbour".into(),
                publisher: Some("Harbour Press".into()),
                publisher_link: Some("https://harbour.example/".into()),
                language: "pt-BR".into(),
                introduction_html: "<p>All our <em>reports</em>, with <a href=\"https://x.example/a?b=1&amp;c=2\">sources</a>.</p><p>A second &amp; last paragraph.</p>".into(),
                introduction_text: "All our reports, with sources. A second & last paragraph.".into(),
            }
        );
    }

    #[test]
    fn only_a_title_is_needed() {
        let site = parse_site("_site.md", "---\nTitle: Reports\n---\n").unwrap_or_else(|d| panic!("{d:?}"));
        assert_eq!(site, Site::default());
    }

    #[test]
    fn publisher_links_are_absolute_web_addresses() {
        for link in ["https://x.org", "HTTP://x.org/a?b#c", "https://x.org:8080/"] {
            assert!(is_web_address(link), "{link}");
        }
        for link in [
            "x.org",
            "/about",
            "https://",
            "https:///x",
            "mailto:a@b.c",
            "javascript:alert(1)",
            "https://x.org/a b",
            "https://x.org/\"onclick",
            "ftp://x.org",
        ] {
            assert!(!is_web_address(link), "{link}");
        }
    }

    #[test]
    fn a_file_without_a_metadata_block_says_how_to_start() {
        assert_eq!(
            messages("Just an introduction.\n"),
            [
                "_site.md:1:1: the site file must start with a metadata block: a line `---`, a line `Title: …`, and a closing `---`"
            ]
        );
    }

    #[test]
    fn a_folder_without_a_site_file_has_none() {
        let folder = std::env::temp_dir().join(format!("report-site-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        assert_eq!(parse_site_file(&folder), Ok(None));
        std::fs::write(folder.join(SITE_FILE), "---\nTitle: Ours\n---\n").unwrap();
        assert_eq!(
            parse_site_file(&folder).map(|site| site.map(|s| s.title)),
            Ok(Some("Ours".into()))
        );
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
