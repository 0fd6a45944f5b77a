//! The speakers: who each one is, as the report gives it, and their findings.

use leptos::prelude::*;
use report::{Query, View};

use crate::viewer::{Entry, Viewer, follow};

#[component]
pub fn SpeakersView() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let report = viewer.report;
    let cards = report
        .speakers
        .iter()
        .enumerate()
        .map(|(s, speaker)| {
            let theirs: Vec<usize> = (0..report.findings.len()).filter(|&f| report.findings[f].speaker == s).collect();
            let filtered = Query::default().with_speaker(s, true);
            let all_href = viewer.href(View::Findings, &filtered, None);
            let show_all = filtered.clone();
            let count = theirs.len();
            let facts = [("Title", &speaker.title), ("Role", &speaker.role), ("Affiliation", &speaker.affiliation)]
                .into_iter()
                .filter_map(|(label, value)| value.as_deref().map(|v| view! { <dt>{label}</dt><dd>{v}</dd> }))
                .collect_view();
            let list = theirs
                .into_iter()
                .map(|f| {
                    let finding = &report.findings[f];
                    let anchor = format!("finding-{}", finding.id);
                    let href = viewer.href(View::Findings, &filtered, Some(&anchor));
                    let filtered = filtered.clone();
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| follow(&ev, || viewer.go(View::Findings, filtered.clone(), Some(&anchor), Entry::Push))
                            >
                                {finding.heading.as_str()}
                            </a>
                            <span class="speaker-finding-kind">" · " {finding.kind.label()}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <article class="speaker-card" id=format!("speaker-{}", speaker.id) aria-labelledby=format!("speaker-{}-name", speaker.id)>
                    <p class="finding-kind">{speaker.kind.label()}</p>
                    <h3 id=format!("speaker-{}-name", speaker.id)>{speaker.display_name()}</h3>
                    <dl class="speaker-facts">{facts}</dl>
                    <ul class="speaker-findings">{list}</ul>
                    <a
                        class="action"
                        href=all_href
                        on:click=move |ev| follow(&ev, || viewer.go(View::Findings, show_all.clone(), None, Entry::Push))
                    >
                        {format!("Show {count} finding{} with sources", if count == 1 { "" } else { "s" })}
                    </a>
                </article>
            }
        })
        .collect_view();
    view! {
        <section class="speakers" aria-labelledby="speakers-heading">
            <h2 id="speakers-heading">"Speakers"</h2>
            <p class="lede">"Who spoke, as the report names them, and the points each made. Groups are the delegates speaking together."</p>
            <div class="speaker-grid">{cards}</div>
        </section>
    }
}
