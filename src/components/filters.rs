//! The theme and speaker filters: native checkboxes with the count each would show.

use leptos::prelude::*;
use report::{FacetCounts, Query};

use super::{speaker_detail, theme_class};
use crate::viewer::{Entry, Viewer};

/// Whether the filter panel starts open: always on wide screens, closed on phones.
fn starts_open() -> bool {
    gloo::utils::window()
        .match_media("(min-width: 60rem)")
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// One checkbox row: the control, its label, and how many findings it would show.
#[component]
fn Facet(
    name: &'static str,
    value: &'static str,
    checked: Signal<bool>,
    count: Signal<usize>,
    on_toggle: Callback<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <label class="facet" class:facet-empty=move || count.get() == 0 && !checked.get()>
            <input
                type="checkbox"
                name=name
                value=value
                prop:checked=checked
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
            />
            <span class="facet-label">{children()}</span>
            <span class="facet-count">
                {move || count.get()}
                <span class="visually-hidden">{move || if count.get() == 1 { " finding" } else { " findings" }}</span>
            </span>
        </label>
    }
}

#[component]
pub fn Filters(query: Memo<Query>, counts: Memo<FacetCounts>) -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let report = viewer.report;
    let choose = move |next: Query| viewer.set_query(next, Entry::Push);
    let active = move || query.with(|q| q.themes().len() + q.speakers().len());
    let themes = report
        .themes
        .iter()
        .enumerate()
        .map(|(i, theme)| {
            view! {
                <Facet
                    name="theme"
                    value=theme.id.as_str()
                    checked=Signal::derive(move || query.with(|q| q.themes().contains(&i)))
                    count=Signal::derive(move || counts.with(|c| c.themes[i]))
                    on_toggle=Callback::new(move |on| choose(query.get_untracked().with_theme(i, on)))
                >
                    <span class=theme_class(i) aria-hidden="true"></span>
                    {theme.name.as_str()}
                </Facet>
            }
        })
        .collect_view();
    let speakers = report
        .speakers
        .iter()
        .enumerate()
        .map(|(i, speaker)| {
            view! {
                <Facet
                    name="speaker"
                    value=speaker.id.as_str()
                    checked=Signal::derive(move || query.with(|q| q.speakers().contains(&i)))
                    count=Signal::derive(move || counts.with(|c| c.speakers[i]))
                    on_toggle=Callback::new(move |on| choose(query.get_untracked().with_speaker(i, on)))
                >
                    <span class="speaker-name">{speaker.display_name()}</span>
                    <span class="speaker-detail">{speaker_detail(speaker)}</span>
                </Facet>
            }
        })
        .collect_view();

    view! {
        <aside class="filters" aria-labelledby="filters-heading">
            <details class="filters-panel" open=starts_open()>
                <summary>
                    <h2 id="filters-heading">"Filter findings"</h2>
                    <span class="filters-active" class:hidden=move || active() == 0>
                        {move || match active() {
                            1 => "1 filter on".to_owned(),
                            n => format!("{n} filters on"),
                        }}
                    </span>
                </summary>
                <fieldset>
                    <legend>"Themes"</legend>
                    {themes}
                </fieldset>
                <fieldset>
                    <legend>"Speakers"</legend>
                    {speakers}
                </fieldset>
                <p class="filters-help">"Findings match any chosen theme and any chosen speaker."</p>
            </details>
        </aside>
    }
}
