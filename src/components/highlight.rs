//! Text with the words of the current search marked.

use leptos::prelude::*;
use report::Terms;

/// `text`, with every match of `terms` in a `<mark>`; follows the search as it changes.
pub fn highlighted(text: &'static str, terms: Memo<Terms>) -> impl IntoView {
    move || {
        let ranges = terms.with(|terms| terms.highlights(text));
        let mut pieces = Vec::with_capacity(ranges.len() * 2 + 1);
        let mut at = 0;
        for range in ranges {
            if range.start > at {
                pieces.push(text[at..range.start].into_any());
            }
            pieces.push(view! { <mark class="hit">{&text[range.clone()]}</mark> }.into_any());
            at = range.end;
        }
        if at < text.len() {
            pieces.push(text[at..].into_any());
        }
        pieces
    }
}
