//! The overview: how many findings each speaker gave under each theme, as a table whose cells
//! open the findings they count, with totals drawn as bars.

use leptos::prelude::*;
use report::{Query, View};

use super::theme_class;
use crate::viewer::{Entry, Viewer, follow};

/// A bar of `value` out of `max`, as a small inline SVG.
fn bar(value: usize, max: usize) -> impl IntoView {
    // Whole units keep float formatting out of the wasm.
    let width = (60 * value).checked_div(max).unwrap_or(0);
    view! {
        <svg class="bar" viewBox="0 0 60 8" width="60" height="8" aria-hidden="true" focusable="false">
            <rect class="bar-track" x="0" y="0" width="60" height="8" rx="2" />
            <rect class="bar-fill" x="0" y="0" width=width.to_string() height="8" rx="2" />
        </svg>
    }
}

#[component]
pub fn OverviewView() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let report = viewer.report;
    let query = Memo::new(move |_| viewer.query());
    let matrix = Memo::new(move |_| query.with(|q| viewer.finder.matrix(q)));
    let searching = move || !query.with(|q| q.text().trim().is_empty());
    // The findings the search lets through, whatever the facets: what the table counts.
    let searched =
        Memo::new(move |_| query.with(|q| viewer.finder.results(&Query::default().with_text(q.text()))));

    let cell = move |theme: usize, speaker: usize| {
        let count = move || matrix.with(|m| m[theme][speaker]);
        let max = move || matrix.with(|m| m.iter().flatten().copied().max().unwrap_or(0));
        let target = move || query.with(|q| q.with_only(theme, speaker));
        let label = move || {
            let n = count();
            format!(
                "{} findings by {} on {}",
                n,
                report.speakers[speaker].display_name(),
                report.themes[theme].short
            )
            .replacen("1 findings", "1 finding", usize::from(n == 1))
        };
        let level = move || match (count(), max()) {
            (0, _) => 0,
            (n, m) => 1 + (3 * n).div_ceil(m.max(1)).min(3),
        };
        view! {
            <td class=move || format!("cell level-{}", level())>
                <a
                    href=move || viewer.href(View::Findings, &target(), None)
                    aria-label=label
                    on:click=move |ev| follow(&ev, || viewer.go(View::Findings, target(), None, Entry::Push))
                >
                    {count}
                </a>
            </td>
        }
    };

    let rows = report
        .themes
        .iter()
        .enumerate()
        .map(|(t, theme)| {
            let total = move || matrix.with(|m| m[t].iter().sum::<usize>());
            let max_total =
                move || matrix.with(|m| m.iter().map(|row| row.iter().sum::<usize>()).max().unwrap_or(0));
            let cells = (0..report.speakers.len()).map(|s| cell(t, s)).collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <span class=theme_class(t) aria-hidden="true"></span>
                        <span title=theme.name.as_str()>{theme.short.as_str()}</span>
                    </th>
                    {cells}
                    <td class="total">
                        <span class="total-number">{total}</span>
                        {move || bar(total(), max_total())}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let speaker_totals = (0..report.speakers.len())
        .map(|s| {
            let report = viewer.report;
            let total = move || {
                searched.with(|found| found.iter().filter(|&&f| report.findings[f].speaker == s).count())
            };
            view! { <td class="total">{total}</td> }
        })
        .collect_view();
    let headers = report
        .speakers
        .iter()
        .map(|speaker| view! { <th scope="col"><span>{speaker.display_name()}</span></th> })
        .collect_view();
    let distinct = move || searched.with(Vec::len);

    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">"Overview"</h2>
            <p class="lede">
                "Findings by theme and speaker. A finding filed under two themes counts under both. Choose a number to read those findings."
                <Show when=searching>
                    " Counting only the "
                    {distinct}
                    " findings that match the search \u{201c}"
                    {move || query.with(|q| q.text().trim().to_owned())}
                    "\u{201d}."
                </Show>
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Table of findings by theme and speaker">
                <table class="matrix">
                    <caption class="visually-hidden">"Number of findings by theme (rows) and speaker (columns)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Theme"</th>
                            {headers}
                            <th scope="col">"All speakers"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">"All themes"</th>
                            {speaker_totals}
                            <td class="total">{distinct}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <p class="overview-note">
                <a
                    href=move || viewer.href(View::Findings, &Query::default(), None)
                    on:click=move |ev| follow(&ev, || viewer.go(View::Findings, Query::default(), None, Entry::Push))
                >
                    "See all " {report.findings.len()} " findings"
                </a>
            </p>
        </section>
    }
}
