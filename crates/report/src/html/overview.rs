//! The overview: how many findings each speaker gave under each theme, as a table whose cells
//! open the findings they count, with totals drawn as bars.

use maud::{Markup, Render, html};

use super::Links;
use super::contract::ids;
use super::finding::swatch;
use crate::numbers::{counted, grouped};
use crate::query::Query;
use crate::url::View;

/// A bar of `value` out of `max`, as a small inline SVG.
fn bar(value: usize, max: usize) -> Markup {
    // Whole units keep float formatting out of the wasm.
    let width = (60 * value).checked_div(max).unwrap_or(0);
    html! {
        svg class="bar" viewBox="0 0 60 8" width="60" height="8" aria-hidden="true" focusable="false" {
            rect class="bar-track" x="0" y="0" width="60" height="8" rx="2" {}
            rect class="bar-fill" x="0" y="0" width=(width) height="8" rx="2" {}
        }
    }
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
    let max = matrix.iter().flatten().copied().max().unwrap_or(0);
    let totals: Vec<usize> = matrix.iter().map(|row| row.iter().sum()).collect();
    let max_total = totals.iter().copied().max().unwrap_or(0);
    let speaker_total = |s: usize| {
        searched
            .iter()
            .filter(|&&f| report.findings[f].speaker == s)
            .count()
    };
    html! {
        h2 id=(ids::OVERVIEW_HEADING) { "Overview" }
        p class="lede" {
            "Findings by theme and speaker. A finding filed under two themes counts under both. \
             Choose a number to read those findings."
            @if !text.is_empty() {
                " Counting only the " (distinct) " findings that match the search \u{201c}" (text) "\u{201d}."
            }
        }
        div class="table-scroll" tabindex="0" role="region" aria-label="Table of findings by theme and speaker" {
            table class="matrix" {
                caption class="visually-hidden" {
                    "Number of findings by theme (rows) and speaker (columns)"
                }
                thead {
                    tr {
                        th scope="col" { "Theme" }
                        @for speaker in &report.speakers {
                            th scope="col" { span { (speaker.display_name()) } }
                        }
                        th scope="col" { "All speakers" }
                    }
                }
                tbody {
                    @for (t, theme) in report.themes.iter().enumerate() {
                        tr {
                            th scope="row" {
                                span class={ "swatch theme-" (swatch(t)) } aria-hidden="true" {}
                                span title=(theme.name) { (theme.short) }
                            }
                            @for (s, speaker) in report.speakers.iter().enumerate() {
                                @let count = matrix[t][s];
                                @let label = format!(
                                    "{} by {} on {}",
                                    counted(count, "finding", "findings"),
                                    speaker.display_name(),
                                    theme.short
                                );
                                td class={ "cell level-" (level(count, max)) } {
                                    a data-nav href=(links.href(View::Findings, &query.with_only(t, s), None))
                                        aria-label=(label) { (grouped(count)) }
                                }
                            }
                            td class="total" {
                                span class="total-number" { (grouped(totals[t])) }
                                (bar(totals[t], max_total))
                            }
                        }
                    }
                }
                tfoot {
                    tr {
                        th scope="row" { "All themes" }
                        @for s in 0..report.speakers.len() {
                            td class="total" { (grouped(speaker_total(s))) }
                        }
                        td class="total" { (distinct) }
                    }
                }
            }
        }
        p class="overview-note" {
            a data-nav href=(links.href(View::Findings, &Query::default(), None)) {
                "See all " (grouped(report.findings.len())) " findings"
            }
        }
    }
    .render_to(out);
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
