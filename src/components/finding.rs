//! One finding as an article: heading, summary, speaker, themes, the passage it comes from, and
//! ways to read it in context, link to it and cite it.

use leptos::prelude::*;
use report::{Finding, Terms, View, citation, permalink};

use super::highlight::highlighted;
use super::{speaker_detail, theme_class};
use crate::browser;
use crate::viewer::{Entry, Viewer, follow};

/// Copies `text` and says so, briefly, in the card's own live region.
fn copy_with_feedback(text: String, done: &'static str, feedback: RwSignal<&'static str>) {
    leptos::task::spawn_local(async move {
        let copied = browser::copy(&text).await;
        feedback.set(if copied {
            done
        } else {
            "Copying is not allowed here: select the text and copy it"
        });
        gloo::timers::callback::Timeout::new(4000, move || feedback.set("")).forget();
    });
}

#[component]
pub fn FindingCard(finding: &'static Finding, terms: Memo<Terms>) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let report = viewer.report;
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
        .map(|p| view! { <p class="summary">{highlighted(p, terms)}</p> })
        .collect_view();
    let anchor = format!("passage-{}", finding.id);
    let context_href = viewer.href(View::Report, &viewer.query_untracked(), Some(&anchor));
    let feedback = RwSignal::new("");
    let link = move || permalink(&viewer.base_url(), finding);
    let cite = move || citation(report, Some(finding), &link());
    view! {
        <article class="finding" id=format!("finding-{}", finding.id) aria-labelledby=labelled_by>
            <p class="finding-kind">{finding.kind.label()}</p>
            <h3 id=heading_id>{highlighted(&finding.heading, terms)}</h3>
            {summary}
            <p class="speaker">
                <span class="speaker-name">
                    {speaker.title.as_deref().map(|title| format!("{title} "))}
                    {highlighted(speaker.name.as_str(), terms)}
                </span>
                <span class="speaker-detail">{speaker_detail(speaker)}</span>
            </p>
            <ul class="theme-labels" aria-label="Themes">
                {themes}
            </ul>
            <figure class="passage">
                <blockquote>
                    <p>{highlighted(&finding.passage, terms)}</p>
                </blockquote>
                <figcaption>"From the report"</figcaption>
            </figure>
            <div class="finding-actions">
                <a
                    class="action"
                    href=context_href
                    on:click=move |ev| {
                        follow(&ev, || viewer.go(View::Report, viewer.query_untracked(), Some(&anchor), Entry::Push))
                    }
                >
                    "Read in context"
                </a>
                <button
                    type="button"
                    class="action"
                    on:click=move |_| copy_with_feedback(link(), "Link copied", feedback)
                >
                    "Copy link"
                </button>
                <details class="cite">
                    <summary class="action">"Cite"</summary>
                    <div class="cite-body">
                        <p class="cite-text">{cite}</p>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| copy_with_feedback(cite(), "Citation copied", feedback)
                        >
                            "Copy citation"
                        </button>
                    </div>
                </details>
                <span class="action-feedback" role="status">
                    {move || feedback.get()}
                </span>
            </div>
        </article>
    }
}
