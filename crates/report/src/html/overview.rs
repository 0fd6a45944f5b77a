//! The overview: how many findings each speaker gave under each theme, as a table whose cells
//! open the findings they count, with totals drawn as bars.

use crate::texts::key;
use std::cmp::Reverse;
use std::ops::Range;

use maud::{Markup, html};

use super::contract::{class, ids};
use super::filter_panel::{fold_label, folded_row, folds};
use super::finding::swatch;
use super::{Links, within};
use crate::model::Report;
use crate::query::Query;
use crate::sort::sort_by_key_unstable;
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

/// The overview's table worked out once, so that its rows can be drawn in parts: the speaker ×
/// theme counts (`matrix`, as `Finder::matrix` counts them), each speaker's total, the speakers
/// in order (most findings first, ties in report order) and the largest counts.
pub struct OverviewTable {
    matrix: Vec<Vec<usize>>,
    totals: Vec<usize>,
    order: Vec<usize>,
    max: usize,
    max_total: usize,
}

impl OverviewTable {
    /// The table of `report`'s findings that a search lets through (`searched`), with their
    /// speaker × theme counts `matrix`.
    pub fn new(report: &Report, matrix: Vec<Vec<usize>>, searched: &[usize]) -> Self {
        let speakers = report.speakers.len();
        let max = matrix.iter().flatten().copied().max().unwrap_or(0);
        let mut totals = vec![0; speakers];
        for &f in searched {
            totals[report.findings[f].speaker] += 1;
        }
        let max_total = totals.iter().copied().max().unwrap_or(0);
        // Most findings first, ties in report order (the index breaks them: the small heapsort
        // is not stable, and the standard library's sorts cost kilobytes of wasm).
        let mut order: Vec<usize> = (0..speakers).collect();
        sort_by_key_unstable(&mut order, |&s| (Reverse(totals[s]), s));
        Self {
            matrix,
            totals,
            order,
            max,
            max_total,
        }
    }

    /// The rows `range` of the table's body, a speaker each in the table's order, their cells
    /// opening the findings they count under `query`; after the first few of a long list, folded.
    pub fn rows(&self, links: &Links, query: &Query, range: Range<usize>) -> Markup {
        let (report, texts) = (links.report, links.texts);
        let speakers = self.order.len();
        html! {
            @for row in within(range, speakers) {
                @let s = self.order[row];
                @let name = report.speakers[s].display_name();
                tr class=[folded_row(speakers, row, false).then_some("facet-folded")] {
                    th scope="row" lang=[links.report_lang()] dir=(links.report_dir()) { (name) }
                    @for (t, theme) in report.themes.iter().enumerate() {
                        @let count = self.matrix[t][s];
                        @let label = texts.count(
                            key::OVERVIEW_CELL,
                            count,
                            &[("speaker", &name), ("theme", &theme.short)],
                        );
                        td class={ "cell level-" (level(count, self.max)) } {
                            a data-nav href=(links.href(View::Findings, &query.with_only(t, s), None))
                                aria-label=(label) { (texts.number(count)) }
                        }
                    }
                    td class="total" {
                        span class="total-number" { (texts.number(self.totals[s])) }
                        (bar(self.totals[s], self.max_total))
                    }
                }
            }
        }
    }
}

/// The overview (the inside of its `<section>`) of the findings `query`'s search lets through
/// (`searched`), whatever its facets: a lede, the speaker × theme table with totals, its rows to
/// come (see [`OverviewTable::rows`]; a long list folds after the first few), and a link to all
/// findings.
pub fn overview(links: &Links, query: &Query, table: &OverviewTable, searched: &[usize]) -> Markup {
    let (report, texts) = (links.report, links.texts);
    let distinct = texts.number(searched.len());
    let text = query.text().trim();
    let speakers = report.speakers.len();
    let folded = folds(speakers);
    html! {
        h2 id=(ids::OVERVIEW_HEADING) { (texts.text(key::VIEW_OVERVIEW)) }
        p class="lede" {
            (texts.text(key::OVERVIEW_LEDE))
            @if !text.is_empty() {
                " " (texts.count(key::OVERVIEW_SEARCHED, searched.len(), &[("text", text)]))
            }
        }
        div class="table-scroll" tabindex="0" role="region" aria-label=(texts.text(key::OVERVIEW_TABLE)) {
            table id=(ids::OVERVIEW_SPEAKERS) class={ "matrix" @if folded { " folded" } } {
                caption class="visually-hidden" {
                    (texts.text(key::OVERVIEW_CAPTION))
                }
                thead {
                    tr {
                        th scope="col" { (texts.text(key::OVERVIEW_SPEAKER)) }
                        @for (t, theme) in report.themes.iter().enumerate() {
                            th scope="col" {
                                span class={ "swatch theme-" (swatch(t)) } aria-hidden="true" {}
                                span title=(theme.name) lang=[links.report_lang()] dir=(links.report_dir()) { (theme.short) }
                            }
                        }
                        th scope="col" { (texts.text(key::OVERVIEW_ALL_THEMES)) }
                    }
                }
                tbody class=(class::OVERVIEW_ROWS.name) {}
                tfoot {
                    tr {
                        th scope="row" { (texts.text(key::OVERVIEW_ALL_SPEAKERS)) }
                        @for row in &table.matrix {
                            td class="total" { (texts.number(row.iter().sum())) }
                        }
                        td class="total" { (distinct) }
                    }
                }
            }
        }
        @if folded {
            button type="button" class="button button-quiet fold" aria-controls=(ids::OVERVIEW_SPEAKERS)
                aria-expanded="false" data-fold { (fold_label(texts, speakers, true)) }
        }
        p class="overview-note" {
            a data-nav href=(links.href(View::Findings, &Query::default(), None)) {
                (texts.count(key::OVERVIEW_SEE_ALL, report.findings.len(), &[]))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{finding, report};

    /// The overview of a report with themes A and B and `speakers` speakers S0, S1…, where
    /// `findings` gives each finding's themes and speaker.
    fn drawn(speakers: usize, findings: &[(&[usize], usize)], query: &Query) -> String {
        let names: Vec<String> = (0..speakers).map(|s| format!("S{s}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let findings = findings
            .iter()
            .enumerate()
            .map(|(i, &(themes, speaker))| finding(&format!("F{i}"), themes, speaker))
            .collect();
        let report = report(&["A", "B"], &names, findings);
        let texts = crate::texts::Texts::english();
        let links = Links::of(&report, &texts);
        let finder = crate::finder::Finder::new(&report);
        let searched = finder.results(&Query::default().with_text(query.text()));
        let table = OverviewTable::new(&report, finder.matrix(query), &searched);
        let rows = table.rows(&links, query, 0..names.len()).into_string();
        let html = overview(&links, query, &table, &searched).into_string();
        let parts: String = (0..names.len())
            .map(|row| table.rows(&links, query, row..row + 1).into_string())
            .collect();
        assert_eq!(parts, rows, "drawn a row at a time, the same");
        html.replace(
            "<tbody class=\"overview-rows\"></tbody>",
            &format!("<tbody>{rows}</tbody>"),
        )
    }

    /// Where the row of speaker `name` starts in `html`.
    fn row(html: &str, name: &str) -> usize {
        html.find(&format!("<th scope=\"row\" dir=\"auto\">{name}</th>"))
            .unwrap_or_else(|| panic!("no row for {name}"))
    }

    #[test]
    fn speakers_run_down_the_page_most_findings_first_ties_in_report_order() {
        let html = drawn(
            4,
            &[(&[1], 2), (&[0, 1], 3), (&[0], 3), (&[1], 1)],
            &Query::default(),
        );
        let rows: Vec<usize> = ["S3", "S1", "S2", "S0"].iter().map(|n| row(&html, n)).collect();
        assert!(rows.is_sorted(), "{html}");
        assert!(html.contains(
            "<thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\"><span class=\"swatch theme-"
        ));
        assert!(html.contains(
            "<tr><th scope=\"row\" dir=\"auto\">S3</th>\
             <td class=\"cell level-4\"><a data-nav href=\"?theme=a&amp;speaker=s3\" aria-label=\"2 findings by S3 on A\">2</a></td>\
             <td class=\"cell level-3\"><a data-nav href=\"?theme=b&amp;speaker=s3\" aria-label=\"1 finding by S3 on B\">1</a></td>\
             <td class=\"total\"><span class=\"total-number\">2</span>"
        ));
        assert!(html.contains(
            "<tfoot><tr><th scope=\"row\">All speakers</th><td class=\"total\">2</td>\
             <td class=\"total\">3</td><td class=\"total\">4</td></tr></tfoot>"
        ));
        assert!(!html.contains("folded") && !html.contains("data-fold"));
    }

    #[test]
    fn a_long_list_folds_after_the_first_twelve_with_a_button_to_show_all() {
        let html = drawn(20, &[(&[0], 15), (&[0], 15), (&[1], 4)], &Query::default());
        assert!(html.contains("<table id=\"overview-speakers\" class=\"matrix folded\">"));
        let order = [
            "S15", "S4", "S0", "S1", "S2", "S3", "S5", "S6", "S7", "S8", "S9", "S10", "S11",
        ];
        let rows: Vec<usize> = order.iter().map(|n| row(&html, n)).collect();
        assert!(rows.is_sorted());
        // The twelfth row shows, the thirteenth (S11) and after are folded.
        assert!(html.contains("<tr><th scope=\"row\" dir=\"auto\">S10</th>"));
        assert!(html.contains("<tr class=\"facet-folded\"><th scope=\"row\" dir=\"auto\">S11</th>"));
        assert!(html.contains("<tr class=\"facet-folded\"><th scope=\"row\" dir=\"auto\">S19</th>"));
        assert_eq!(html.matches("<tr class=\"facet-folded\">").count(), 8);
        assert!(html.contains(
            "</table></div><button type=\"button\" class=\"button button-quiet fold\" \
             aria-controls=\"overview-speakers\" aria-expanded=\"false\" data-fold>Show all 20 speakers</button>"
        ));
    }

    #[test]
    fn a_search_orders_speakers_by_the_findings_it_lets_through() {
        let html = drawn(
            3,
            &[(&[0], 0), (&[0], 0), (&[0], 2)],
            &Query::default().with_text("f2"),
        );
        assert!(row(&html, "S2") < row(&html, "S0"));
        assert!(row(&html, "S0") < row(&html, "S1"));
    }

    #[test]
    fn cells_are_shaded_in_four_steps_against_the_largest() {
        assert_eq!([0, 1, 2, 3, 4, 6].map(|n| level(n, 6)), [0, 2, 2, 3, 3, 4]);
        assert_eq!(level(1, 1), 4);
        assert_eq!(level(0, 0), 0);
    }
}
