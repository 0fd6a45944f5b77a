//! Turns pulldown-cmark's event stream into a small tree of blocks that remember where they stand.

use pulldown_cmark::{
    CodeBlockKind, Event, LinkType, MetadataBlockKind, OffsetIter, Options, Parser, Tag, TagEnd,
};

use super::indented::mistakenly_indented;
use super::problem::Problem;
use crate::model::Inline;

/// How deep block quotes may nest, as other parsers bound their nesting; a report needs two at
/// most. Deeper quotes are reported once and skipped, so no input can exhaust the stack.
pub(super) const MAX_QUOTE_DEPTH: usize = 16;

/// Plain text with a map back to byte offsets of the source, for precise error columns.
#[derive(Debug, Default, Clone)]
pub(super) struct Text {
    pub plain: String,
    map: Vec<(usize, usize)>,
}

impl Text {
    fn push(&mut self, piece: &str, source_at: usize) {
        self.map.push((self.plain.len(), source_at));
        self.plain.push_str(piece);
    }

    /// The source offset of byte `at` of the plain text.
    pub fn source_offset(&self, at: usize) -> usize {
        match self.map.partition_point(|(plain, _)| *plain <= at) {
            0 => 0,
            after => {
                let (plain, source) = self.map[after - 1];
                source + (at - plain)
            }
        }
    }
}

/// A list item: its inline content and its plain text.
#[derive(Debug)]
pub(super) struct Item {
    pub inlines: Vec<Inline>,
    pub text: Text,
    pub at: usize,
}

/// A block of the document, with the source offset `at` where it starts.
#[derive(Debug)]
pub(super) enum Node {
    Heading {
        level: u8,
        text: Text,
        id: Option<(String, usize)>,
        at: usize,
    },
    Paragraph {
        inlines: Vec<Inline>,
        text: Text,
        at: usize,
    },
    List {
        start: Option<u64>,
        items: Vec<Item>,
        at: usize,
    },
    Quote {
        children: Vec<Node>,
        at: usize,
    },
}

impl Node {
    pub fn at(&self) -> usize {
        match self {
            Self::Heading { at, .. }
            | Self::Paragraph { at, .. }
            | Self::List { at, .. }
            | Self::Quote { at, .. } => *at,
        }
    }
}

/// The metadata block's text and the offset it starts at, if the document has one.
pub(super) type Metadata = Option<(String, usize)>;

/// A document read block by block: its top-level blocks come one at a time (it is an
/// [`Iterator`]), so a big report is never held whole as blocks; its metadata block and what was
/// wrong with it are known once every block has been read ([`Blocks::finish`]).
pub(super) struct Blocks<'a> {
    builder: Builder<'a>,
}

impl<'a> Blocks<'a> {
    /// Starts reading Markdown, noting every construct the report format does not allow.
    pub fn new(source: &'a str) -> Self {
        let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_HEADING_ATTRIBUTES;
        Self {
            builder: Builder {
                source,
                events: Parser::new_ext(source, options).into_offset_iter(),
                quote_depth: 0,
                metadata: None,
                problems: Vec::new(),
            },
        }
    }

    /// The metadata block (its text and offset), and the problems found while reading.
    pub fn finish(self) -> (Metadata, Vec<(usize, Problem)>) {
        (self.builder.metadata, self.builder.problems)
    }
}

impl Iterator for Blocks<'_> {
    type Item = Node;

    fn next(&mut self) -> Option<Node> {
        self.builder.next_block()
    }
}

struct Builder<'a> {
    source: &'a str,
    events: OffsetIter<'a>,
    /// How many block quotes enclose the blocks being read.
    quote_depth: usize,
    metadata: Option<(String, usize)>,
    problems: Vec<(usize, Problem)>,
}

/// Inline content being gathered: styled runs, their plain text, and an open link if any.
#[derive(Default)]
struct Inlines {
    runs: Vec<Inline>,
    text: Text,
    em: u32,
    strong: u32,
    link: Option<(String, String)>,
}

impl Inlines {
    /// Gives back the room the text grew into: a big report holds every block at once.
    fn shrink(&mut self) {
        for run in &mut self.runs {
            if let Inline::Text { text, .. } | Inline::Link { text, .. } = run {
                text.shrink_to_fit();
            }
        }
        self.runs.shrink_to_fit();
        self.text.plain.shrink_to_fit();
        self.text.map.shrink_to_fit();
    }

    fn push_text(&mut self, piece: &str, source_at: usize) {
        self.text.push(piece, source_at);
        if let Some((_, words)) = &mut self.link {
            words.push_str(piece);
            return;
        }
        let (em, strong) = (self.em > 0, self.strong > 0);
        match self.runs.last_mut() {
            Some(Inline::Text {
                text,
                em: e,
                strong: s,
            }) if *e == em && *s == strong => text.push_str(piece),
            _ => self.runs.push(Inline::Text {
                text: piece.to_owned(),
                em,
                strong,
            }),
        }
    }
}

fn unsupported_name(tag: &Tag<'_>) -> &'static str {
    match tag {
        Tag::CodeBlock(_) => "code blocks",
        Tag::HtmlBlock => "raw HTML",
        Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell => "tables",
        Tag::Image { .. } => "images",
        Tag::FootnoteDefinition(_) => "footnotes",
        Tag::BlockQuote(_) => "quotes inside lists",
        _ => "this kind of Markdown",
    }
}

fn is_allowed_link(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(scheme, "http" | "https" | "mailto")
        }
        _ => true,
    }
}

impl<'a> Builder<'a> {
    /// Reads blocks until the end of the enclosing container (or of the document).
    fn nodes_until_end(&mut self) -> Vec<Node> {
        std::iter::from_fn(|| self.next_block()).collect()
    }

    /// Reads the next block of the enclosing container; `None` at its end (or the document's).
    fn next_block(&mut self) -> Option<Node> {
        while let Some((event, range)) = self.events.next() {
            let at = range.start;
            let node = match event {
                Event::End(_) => return None,
                Event::Start(Tag::MetadataBlock(kind)) => {
                    self.metadata_block(kind, at);
                    continue;
                }
                Event::Start(Tag::Heading { level, id, .. }) => {
                    let id = id.map(|id| {
                        let id_at = self.source[range.clone()].find("{#").map_or(at, |i| at + i + 2);
                        (id.to_string(), id_at)
                    });
                    let inlines = self.inline_run(false);
                    Node::Heading {
                        level: level as u8,
                        text: inlines.text,
                        id,
                        at,
                    }
                }
                Event::Start(Tag::Paragraph) => {
                    let inlines = self.inline_run(false);
                    Node::Paragraph {
                        inlines: inlines.runs,
                        text: inlines.text,
                        at,
                    }
                }
                Event::Start(Tag::List(start)) => {
                    let mut items = self.list_items();
                    items.shrink_to_fit();
                    Node::List { start, items, at }
                }
                Event::Start(Tag::HtmlBlock) => {
                    // A comment is a note to the author (a template's example): it is skipped.
                    if !self.html_block_is_comment() {
                        self.problems.push((at, Problem::Unsupported("raw HTML")));
                    }
                    continue;
                }
                Event::Start(Tag::BlockQuote(_)) if self.quote_depth == MAX_QUOTE_DEPTH => {
                    self.problems.push((at, Problem::NestedTooDeep));
                    self.skip_rest_of_container();
                    continue;
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    self.quote_depth += 1;
                    let mut children = self.nodes_until_end();
                    children.shrink_to_fit();
                    self.quote_depth -= 1;
                    Node::Quote { children, at }
                }
                Event::Start(Tag::CodeBlock(CodeBlockKind::Indented))
                    if let Some(line_start) = mistakenly_indented(self.source, at) =>
                {
                    self.problems.push((line_start, Problem::IndentedLine));
                    self.skip_rest_of_container();
                    continue;
                }
                Event::Start(tag) => {
                    self.problems
                        .push((at, Problem::Unsupported(unsupported_name(&tag))));
                    self.skip_rest_of_container();
                    continue;
                }
                Event::Rule => {
                    self.problems
                        .push((at, Problem::Unsupported("horizontal rules (`---`, `***`)")));
                    continue;
                }
                Event::Html(_) | Event::InlineHtml(_) => {
                    self.problems.push((at, Problem::Unsupported("raw HTML")));
                    continue;
                }
                _ => continue,
            };
            return Some(node);
        }
        None
    }

    fn metadata_block(&mut self, kind: MetadataBlockKind, at: usize) {
        let mut text = String::new();
        let mut text_at = at;
        for (event, range) in self.events.by_ref() {
            match event {
                Event::Text(piece) => {
                    if text.is_empty() {
                        text_at = range.start;
                    }
                    text.push_str(&piece);
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        if kind == MetadataBlockKind::YamlStyle && at == 0 && self.metadata.is_none() {
            self.metadata = Some((text, text_at));
        } else {
            self.problems.push((
                at,
                Problem::UnexpectedBlock("metadata block", "the middle of a report"),
            ));
        }
    }

    fn list_items(&mut self) -> Vec<Item> {
        let mut items = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::Item) => {
                    let inlines = self.inline_run(true);
                    items.push(Item {
                        inlines: inlines.runs,
                        text: inlines.text,
                        at: range.start,
                    });
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        items
    }

    /// Reads an HTML block to its end: whether it is one comment, `<!-- … -->`, and nothing else.
    fn html_block_is_comment(&mut self) -> bool {
        let mut html = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Html(piece) | Event::Text(piece) => html.push_str(&piece),
                Event::End(_) => break,
                _ => {}
            }
        }
        let html = html.trim();
        html.strip_prefix("<!--")
            .and_then(|rest| rest.strip_suffix("-->"))
            .is_some_and(|inside| !inside.contains("-->"))
    }

    /// Skips events up to and including the end of the container just opened.
    fn skip_rest_of_container(&mut self) {
        let mut depth = 1;
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                break;
            }
        }
    }

    /// Reads inline content up to the end of its container. In a list item (`in_item`), the
    /// paragraphs of a loose item join into one run; other blocks there are reported.
    fn inline_run(&mut self, in_item: bool) -> Inlines {
        let mut inlines = Inlines::default();
        while let Some((event, range)) = self.events.next() {
            let at = range.start;
            match event {
                Event::Text(piece) | Event::Code(piece) => inlines.push_text(&piece, at),
                Event::SoftBreak => inlines.push_text(" ", at),
                Event::HardBreak => {
                    inlines.text.push("\n", at);
                    inlines.runs.push(Inline::Break);
                }
                Event::Start(Tag::Emphasis) => inlines.em += 1,
                Event::End(TagEnd::Emphasis) => inlines.em = inlines.em.saturating_sub(1),
                Event::Start(Tag::Strong) => inlines.strong += 1,
                Event::End(TagEnd::Strong) => inlines.strong = inlines.strong.saturating_sub(1),
                Event::Start(Tag::Link {
                    link_type, dest_url, ..
                }) => {
                    // pulldown-cmark gives an email autolink `<a@b.c>` as its bare address.
                    let href = match link_type {
                        LinkType::Email => format!("mailto:{dest_url}"),
                        _ => dest_url.to_string(),
                    };
                    if !is_allowed_link(&href) {
                        self.problems.push((at, Problem::UnsafeLink(href.clone())));
                    }
                    inlines.link = Some((href, String::new()));
                }
                Event::End(TagEnd::Link) => {
                    if let Some((href, text)) = inlines.link.take() {
                        inlines.runs.push(Inline::Link { text, href });
                    }
                }
                Event::Start(Tag::Paragraph) if in_item && !inlines.text.plain.is_empty() => {
                    inlines.push_text(" ", at);
                }
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) if in_item => {}
                Event::Start(Tag::List(_)) if in_item => {
                    self.problems.push((at, Problem::NestedList));
                    self.skip_rest_of_container();
                }
                Event::Start(tag) => {
                    self.problems
                        .push((at, Problem::Unsupported(unsupported_name(&tag))));
                    self.skip_rest_of_container();
                }
                Event::Html(_) | Event::InlineHtml(_) => {
                    self.problems.push((at, Problem::Unsupported("raw HTML")))
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        inlines.shrink();
        inlines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document's blocks and problems, all read.
    struct Document {
        nodes: Vec<Node>,
        problems: Vec<(usize, Problem)>,
    }

    fn document(source: &str) -> Document {
        let mut blocks = Blocks::new(source);
        let nodes = blocks.by_ref().collect();
        let (_, problems) = blocks.finish();
        Document { nodes, problems }
    }

    #[test]
    fn links_allow_web_mail_and_relative_addresses_only() {
        for href in [
            "https://renate-europe.net",
            "HTTP://x",
            "mailto:a@b.c",
            "other.md",
            "#top",
            "/a:b",
            "?q=a:b",
        ] {
            assert!(is_allowed_link(href), "{href}");
        }
        for href in [
            "javascript:alert(1)",
            " JavaScript:x",
            "data:text/html,x",
            "vbscript:x",
            "file:///etc",
        ] {
            assert!(!is_allowed_link(href), "{href}");
        }
    }

    #[test]
    fn autolinks_go_to_their_web_or_mail_address() {
        let doc = document("Write to <a@b.c> or see <https://x.org/a>.\n");
        let Node::Paragraph { inlines, .. } = &doc.nodes[0] else {
            panic!("expected a paragraph")
        };
        let hrefs: Vec<&str> = inlines
            .iter()
            .filter_map(|run| match run {
                Inline::Link { href, .. } => Some(href.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(hrefs, ["mailto:a@b.c", "https://x.org/a"]);
        assert!(doc.problems.is_empty());
    }

    #[test]
    fn no_nesting_exhausts_a_small_stack() {
        let deep = 100_000;
        let inputs = [
            format!("{}x\n", "> ".repeat(deep)),
            format!("{}x\n", "- ".repeat(deep)),
            format!("{}x\n", "> - 1. ".repeat(deep / 3)),
            format!("{}x{}\n", "*".repeat(deep), "*".repeat(deep)),
            format!("{}x{}\n", "_a ".repeat(deep), " a_".repeat(deep)),
            format!("{}x{}\n", "[".repeat(deep), "](y)".repeat(deep)),
        ];
        let parse_all = move || {
            for input in &inputs {
                let doc = document(input);
                assert!(!doc.problems.is_empty() || !doc.nodes.is_empty());
            }
        };
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(parse_all)
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn quotes_nested_too_deep_are_reported_once_at_the_first_quote_too_many() {
        let doc = document(&format!("{}x\n", "> ".repeat(1000)));
        assert_eq!(doc.problems, [(2 * MAX_QUOTE_DEPTH, Problem::NestedTooDeep)]);
        let mut depth = 0;
        let mut nodes = &doc.nodes;
        while let [Node::Quote { children, .. }] = nodes.as_slice() {
            depth += 1;
            nodes = children;
        }
        assert_eq!(depth, MAX_QUOTE_DEPTH);
    }

    #[test]
    fn html_comments_are_skipped_and_other_html_is_reported() {
        let doc = document("<!--\n## An example {#x}\n-->\n\nText.\n\n<!-- a --> <b>\n\n<div>\n");
        assert_eq!(doc.nodes.len(), 1, "only the paragraph: {:?}", doc.nodes);
        assert_eq!(
            doc.problems,
            [
                (36, Problem::Unsupported("raw HTML")),
                (52, Problem::Unsupported("raw HTML"))
            ]
        );
    }

    #[test]
    fn text_maps_back_to_source_offsets() {
        let doc = document("Intro\n\n- Themes: a, *b*\n");
        let Node::List { items, .. } = &doc.nodes[1] else {
            panic!("expected a list")
        };
        let text = &items[0].text;
        assert_eq!(text.plain, "Themes: a, b");
        assert_eq!(text.source_offset(0), 9);
        assert_eq!(text.source_offset(8), 17);
        assert_eq!(text.source_offset(11), 21);
    }

    #[test]
    fn loose_list_items_join_their_paragraphs_and_nested_lists_are_reported() {
        let doc = document("- Role: one\n\n  two\n- Kind: x\n  - nested\n");
        let Node::List { items, .. } = &doc.nodes[0] else {
            panic!("expected a list")
        };
        assert_eq!(items[0].text.plain, "Role: one two");
        assert_eq!(items[1].text.plain, "Kind: x");
        assert_eq!(
            doc.problems,
            vec![(31, Problem::NestedList)],
            "the nested list starts at its marker"
        );
    }
}
