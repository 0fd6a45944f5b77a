//! The report's own text, block by block, each block an anchor findings link to.

use leptos::prelude::*;
use report::{Block, Inline, Report};

fn inlines(runs: &'static [Inline]) -> impl IntoView + use<> {
    runs.iter()
        .map(|run| match run {
            Inline::Text {
                text,
                em: true,
                strong: true,
            } => view! { <strong><em>{text.as_str()}</em></strong> }.into_any(),
            Inline::Text {
                text,
                em: true,
                strong: false,
            } => view! { <em>{text.as_str()}</em> }.into_any(),
            Inline::Text {
                text,
                em: false,
                strong: true,
            } => view! { <strong>{text.as_str()}</strong> }.into_any(),
            Inline::Text { text, .. } => text.as_str().into_any(),
            Inline::Link { text, href } => view! { <a href=href.as_str()>{text.as_str()}</a> }.into_any(),
            Inline::Break => view! { <br /> }.into_any(),
        })
        .collect_view()
}

fn block(index: usize, block: &'static Block) -> AnyView {
    let id = format!("context-{index}");
    match block {
        Block::Heading { text, .. } => view! { <h3 id=id>{text.as_str()}</h3> }.into_any(),
        Block::Paragraph(runs) => view! { <p id=id>{inlines(runs)}</p> }.into_any(),
        Block::List {
            start: Some(start),
            items,
        } => view! {
            <ol id=id start=*start>
                {items.iter().map(|item| view! { <li>{inlines(item)}</li> }).collect_view()}
            </ol>
        }
        .into_any(),
        Block::List { start: None, items } => view! {
            <ul id=id>
                {items.iter().map(|item| view! { <li>{inlines(item)}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}

#[component]
pub fn Narrative(report: &'static Report) -> impl IntoView {
    view! {
        <section class="narrative" aria-labelledby="narrative-heading">
            <h2 id="narrative-heading">"The full report"</h2>
            <div class="narrative-text">
                {report.narrative.iter().enumerate().map(|(i, b)| block(i, b)).collect_view()}
            </div>
        </section>
    }
}
