//! The overview: how many findings each speaker gave under each theme, as a table whose cells
//! open the findings they count, with totals drawn as bars.

use super::contract::attr;
use super::finding::swatch;
use super::{Links, Part, push_all};
use crate::numbers::{counted, grouped};
use crate::query::Query;
use crate::url::View;
use const_format::concatcp;

/// Appends a bar of `value` out of `max`, as a small inline SVG.
fn bar(out: &mut String, value: usize, max: usize) {
    // Whole units keep float formatting out of the wasm.
    let width = (60 * value).checked_div(max).unwrap_or(0).to_string();
    push_all(
        out,
        &[
            Part::Markup(
                "<svg class=\"bar\" viewBox=\"0 0 60 8\" width=\"60\" height=\"8\" aria-hidden=\"true\" focusable=\"false\">\
             <rect class=\"bar-track\" x=\"0\" y=\"0\" width=\"60\" height=\"8\" rx=\"2\"></rect>\
             <rect class=\"bar-fill\" x=\"0\" y=\"0\" width=\"",
            ),
            Part::Markup(&width),
            Part::Markup("\" height=\"8\" rx=\"2\"></rect></svg>"),
        ],
    );
}

/// How strongly a cell of `count` is shaded, 0 (none) to 4, against the largest cell `max`.
fn level(count: usize, max: usize) -> usize {
    match count {
        0 => 0,
        n => 1 + (3 * n).div_ceil(max.max(1)).min(3),
    }
}

/// Appends the overview (the inside of its `<section>`) of the findings `query`'s search lets
/// through (`searched`), whatever its facets: a lede, the theme × speaker table (`matrix`, as
/// `Finder::matrix` counts it) with totals, and a link to all findings.
pub fn overview(out: &mut String, links: &Links, query: &Query, matrix: &[Vec<usize>], searched: &[usize]) {
    let report = links.report;
    let distinct = grouped(searched.len());
    let text = query.text().trim();
    out.push_str(
        "<h2 id=\"overview-heading\">Overview</h2>\
         <p class=\"lede\">Findings by theme and speaker. A finding filed under two themes counts under both. \
         Choose a number to read those findings.",
    );
    if !text.is_empty() {
        push_all(
            out,
            &[
                Part::Markup(" Counting only the "),
                Part::Markup(&distinct),
                Part::Markup(" findings that match the search \u{201c}"),
                Part::Text(text),
                Part::Markup("\u{201d}."),
            ],
        );
    }
    out.push_str(
        "</p><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table of findings by theme and speaker\">\
         <table class=\"matrix\"><caption class=\"visually-hidden\">Number of findings by theme (rows) and speaker (columns)</caption>\
         <thead><tr><th scope=\"col\">Theme</th>",
    );
    for speaker in &report.speakers {
        push_all(
            out,
            &[
                Part::Markup("<th scope=\"col\"><span>"),
                Part::Text(&speaker.display_name()),
                Part::Markup("</span></th>"),
            ],
        );
    }
    out.push_str("<th scope=\"col\">All speakers</th></tr></thead><tbody>");
    let max = matrix.iter().flatten().copied().max().unwrap_or(0);
    let totals: Vec<usize> = matrix.iter().map(|row| row.iter().sum()).collect();
    let max_total = totals.iter().copied().max().unwrap_or(0);
    for (t, theme) in report.themes.iter().enumerate() {
        push_all(
            out,
            &[
                Part::Markup("<tr><th scope=\"row\"><span class=\"swatch theme-"),
                Part::Markup(swatch(t)),
                Part::Markup("\" aria-hidden=\"true\"></span><span title=\""),
                Part::Text(&theme.name),
                Part::Markup("\">"),
                Part::Text(&theme.short),
                Part::Markup("</span></th>"),
            ],
        );
        for (s, speaker) in report.speakers.iter().enumerate() {
            let count = matrix[t][s];
            let label = format!(
                "{} by {} on {}",
                counted(count, "finding", "findings"),
                speaker.display_name(),
                theme.short
            );
            push_all(
                out,
                &[
                    Part::Markup("<td class=\"cell level-"),
                    Part::Markup(&level(count, max).to_string()),
                    Part::Markup(concatcp!("\"><a ", attr::NAV, " href=\"")),
                    Part::Text(&links.href(View::Findings, &query.with_only(t, s), None)),
                    Part::Markup("\" aria-label=\""),
                    Part::Text(&label),
                    Part::Markup("\">"),
                    Part::Markup(&grouped(count)),
                    Part::Markup("</a></td>"),
                ],
            );
        }
        push_all(
            out,
            &[
                Part::Markup("<td class=\"total\"><span class=\"total-number\">"),
                Part::Markup(&grouped(totals[t])),
                Part::Markup("</span>"),
            ],
        );
        bar(out, totals[t], max_total);
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody><tfoot><tr><th scope=\"row\">All themes</th>");
    for s in 0..report.speakers.len() {
        let total = searched
            .iter()
            .filter(|&&f| report.findings[f].speaker == s)
            .count();
        push_all(
            out,
            &[
                Part::Markup("<td class=\"total\">"),
                Part::Markup(&grouped(total)),
                Part::Markup("</td>"),
            ],
        );
    }
    push_all(
        out,
        &[
            Part::Markup("<td class=\"total\">"),
            Part::Markup(&distinct),
            Part::Markup(concatcp!(
                "</td></tr></tfoot></table></div><p class=\"overview-note\"><a ",
                attr::NAV,
                " href=\""
            )),
            Part::Text(&links.href(View::Findings, &Query::default(), None)),
            Part::Markup("\">See all "),
            Part::Markup(&grouped(report.findings.len())),
            Part::Markup(" findings</a></p>"),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::level;

    #[test]
    fn cells_are_shaded_in_four_steps_against_the_largest() {
        assert_eq!([0, 1, 2, 3, 4, 6].map(|n| level(n, 6)), [0, 2, 2, 3, 3, 4]);
        assert_eq!(level(1, 1), 4);
        assert_eq!(level(0, 0), 0);
    }
}
