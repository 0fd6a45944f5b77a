//! The fenced blocks of a Markdown document, each with its info string and the line it opens at.

/// A fenced block: its info string (such as `markdown report`), its text and its opening line.
pub struct Fenced {
    pub info: String,
    pub text: String,
    pub line: usize,
}

/// Every block fenced with three backticks, in order. Fences are not nested in the document.
pub fn fenced(document: &str) -> Vec<Fenced> {
    let mut blocks = Vec::new();
    let mut open: Option<Fenced> = None;
    for (index, line) in document.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Fenced {
                    info: info.trim().to_owned(),
                    text: String::new(),
                    line: index + 1,
                })
            }
            (Some(_), Some("")) => blocks.extend(open.take()),
            (Some(block), _) => {
                block.text.push_str(line);
                block.text.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "a fenced block is never closed");
    blocks
}
