//! The speakers: who each one is, as the report gives it, and their findings (cards are HTML
//! from the core).

use leptos::prelude::*;
use report::html::speakers;

use crate::viewer::Viewer;

#[component]
pub fn SpeakersView() -> impl IntoView {
    let viewer = expect_context::<Viewer>();
    let mut cards = String::new();
    speakers(&mut cards, &viewer.links());
    view! {
        <section class="speakers" aria-labelledby="speakers-heading">
            <h2 id="speakers-heading">"Speakers"</h2>
            <p class="lede">"Who spoke, as the report names them, and the points each made. Groups are the delegates speaking together."</p>
            <div class="speaker-grid" inner_html=cards></div>
        </section>
    }
}
