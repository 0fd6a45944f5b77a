//! One finding as an article: heading, summary, speaker, themes and the passage it comes from.

use leptos::prelude::*;
use report::{Finding, Report};

use super::{speaker_detail, theme_class};

#[component]
pub fn FindingCard(report: &'static Report, finding: &'static Finding) -> impl IntoView {
    let speaker = &report.speakers[finding.speaker];
    let heading_id = format!("finding-{}-heading", finding.id);
    let labelled_by = heading_id.clone();
    let themes = finding
        .themes
        .iter()
        .map(|&t| {
            let theme = &report.themes[t];
            view! {
                <li class="theme-label" title=theme.name.as_str()>
                    <span class=theme_class(t) aria-hidden="true"></span>
                    {theme.short.as_str()}
                </li>
            }
        })
        .collect_view();
    let summary = finding
        .summary
        .split("\n\n")
        .map(|p| view! { <p class="summary">{p}</p> })
        .collect_view();
    view! {
        <article class="finding" id=format!("finding-{}", finding.id) aria-labelledby=labelled_by>
            <p class="finding-kind">{finding.kind.label()}</p>
            <h3 id=heading_id>{finding.heading.as_str()}</h3>
            {summary}
            <p class="speaker">
                <span class="speaker-name">{speaker.display_name()}</span>
                <span class="speaker-detail">{speaker_detail(speaker)}</span>
            </p>
            <ul class="theme-labels" aria-label="Themes">
                {themes}
            </ul>
            <figure class="passage">
                <blockquote>
                    <p>{finding.passage.as_str()}</p>
                </blockquote>
                <figcaption>
                    "From the report · "
                    <a href=format!("#context-{}", finding.context_block())>"Read in context"</a>
                </figcaption>
            </figure>
        </article>
    }
}
