//! The views of the report as tabs of links, so each view has its own address, and the switch
//! between light and dark.

use crate::texts::key;
use maud::{Markup, html};

use super::Links;
use super::contract::{class, ids};
use crate::query::Query;
use crate::url::View;

/// The inside of the tabs' `<nav>`: a link per view (`id="tab-KEYWORD"`, `current`
/// marked, each keeping `query`) and the light/dark switch.
pub fn tabs(links: &Links, current: View, query: &Query) -> Markup {
    html! {
        div class="tabs-inner" {
            ul {
                @for view in View::ALL {
                    li {
                        a id=(ids::tab(view.keyword())) data-nav href=(links.href(view, query, None))
                            aria-current=[(view == current).then_some("page")]
                            class=[(view == current).then_some(class::CURRENT.name)] { (links.texts.text(view.label_key())) }
                    }
                }
            }
            button type="button" class=(class::THEME_TOGGLE.name) aria-pressed="false" {
                span aria-hidden="true" class="theme-toggle-icon" {}
                span class="theme-toggle-text" { (links.texts.text(key::PAGE_DARK_MODE)) }
            }
        }
    }
}
