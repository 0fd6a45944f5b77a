//! Markdown as a reader's renderer shows it: the text of each heading and paragraph, the links,
//! and every other piece of markup, with CommonMark, GFM and pulldown-cmark's extensions on.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What a Markdown document renders as.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Each heading and paragraph as `("h2", text)` or `("p", text)` (`"> p"` inside a quote),
    /// with soft breaks as spaces and hard breaks as `\n`.
    pub blocks: Vec<(String, String)>,
    /// The address of every link.
    pub links: Vec<String>,
    /// Every other element or inline markup, by name (`Emphasis`, `Html`, `List`…).
    pub markup: Vec<String>,
}

/// Every syntax extension a reader's renderer might have, but smart punctuation (which changes
/// quotes, not markup).
fn options() -> Options {
    (Options::all() - Options::ENABLE_SMART_PUNCTUATION - Options::ENABLE_OLD_FOOTNOTES)
        | Options::ENABLE_FOOTNOTES
}

/// Renders `markdown`.
pub fn render(markdown: &str) -> Rendered {
    let mut rendered = Rendered::default();
    let mut quotes = 0;
    let mut open: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => open = Some((format!("{level}"), String::new())),
            Event::Start(Tag::Paragraph) => {
                open = Some((format!("{}p", "> ".repeat(quotes)), String::new()));
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph) => rendered.blocks.extend(open.take()),
            Event::Start(Tag::BlockQuote(None)) => quotes += 1,
            Event::End(TagEnd::BlockQuote(None)) => quotes -= 1,
            Event::Start(Tag::Link { dest_url, .. }) => rendered.links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {}
            Event::Text(text) => open.as_mut().expect("text in a block").1.push_str(&text),
            Event::SoftBreak => open.as_mut().expect("a break in a block").1.push(' '),
            Event::HardBreak => open.as_mut().expect("a break in a block").1.push('\n'),
            Event::Start(tag) => rendered.markup.push(format!("{tag:?}")),
            Event::End(_) => {}
            other => rendered.markup.push(format!("{other:?}")),
        }
    }
    rendered
}

/// Text as a single-line place in Markdown shows it: its lines, trimmed, joined by spaces.
pub fn as_one_line(text: &str) -> String {
    let lines: Vec<&str> = text
        .split(['\n', '\r'])
        .map(|line| line.trim_matches([' ', '\t']))
        .filter(|line| !line.is_empty())
        .collect();
    lines.join(" ")
}
