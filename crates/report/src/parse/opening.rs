//! A report's opening broken in a way that would otherwise give a cascade of problems: an empty
//! file, or a metadata block that is not closed before the report's sections.

use super::blocks::Metadata;
use super::problem::Problem;
use super::sections::SECTIONS;

/// How the file's opening is broken, if it is: empty, or its metadata block left open; and
/// whether that problem stands alone, every other found only following from it (as when the
/// block runs on into the sections, to a later `---` line).
pub(super) fn broken_opening(source: &str, metadata: &Metadata) -> Option<(Problem, bool)> {
    if source.trim().is_empty() {
        return Some((Problem::EmptyFile, true));
    }
    match metadata {
        None if source.lines().next().is_some_and(|line| line.trim_end() == "---") => {
            Some((Problem::UnclosedMetadata, false))
        }
        Some((text, _)) if text.lines().any(names_a_section) => Some((Problem::UnclosedMetadata, true)),
        _ => None,
    }
}

/// Whether `line` is a section's heading, `# Themes`, as a metadata block never holds one.
fn names_a_section(line: &str) -> bool {
    line.trim().strip_prefix("# ").is_some_and(|name| {
        SECTIONS
            .iter()
            .any(|section| section.eq_ignore_ascii_case(name.trim()))
    })
}

/// Whether `problem`, found in a file whose metadata block is never closed, only follows from it:
/// the opening `---` read as a rule, and the block's lines as text before the first section.
pub(super) fn follows_from_unclosed(at: usize, problem: &Problem) -> bool {
    matches!(problem, Problem::OutsideSection | Problem::MissingMetadata)
        || (at == 0 && matches!(problem, Problem::Unsupported(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_files_and_unclosed_metadata_are_told() {
        assert_eq!(broken_opening(" \n\n", &None), Some((Problem::EmptyFile, true)));
        assert_eq!(
            broken_opening("---\nTitle: x\n\n# Themes\n", &None),
            Some((Problem::UnclosedMetadata, false))
        );
        let swallowed = Some((String::from("Title: x\n\n# Themes\n## Tides\n"), 4));
        assert_eq!(
            broken_opening("---\n…", &swallowed),
            Some((Problem::UnclosedMetadata, true))
        );
        let notes = Some((String::from("Title: x\n# a note\n"), 4));
        assert_eq!(broken_opening("---\n…", &notes), None);
        assert_eq!(broken_opening("# Themes\n", &None), None);
    }
}
