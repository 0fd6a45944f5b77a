//! The views of the report as tabs of links, so each view has its own address, and the switch
//! between light and dark.

use super::contract::{attr, class};
use super::{Links, Part, ids, push_all};
use crate::query::Query;
use crate::url::View;
use const_format::concatcp;

/// The attributes that mark the tab of the current view.
const CURRENT_TAB: &str = concatcp!(" aria-current=\"page\" class=\"", class::CURRENT.name, "\"");

/// Appends the inside of the tabs' `<nav>`: a link per view (`id="tab-KEYWORD"`, `current`
/// marked, each keeping `query`) and the light/dark switch.
pub fn tabs(out: &mut String, links: &Links, current: View, query: &Query) {
    out.push_str("<div class=\"tabs-inner\"><ul>");
    for view in View::ALL {
        push_all(
            out,
            &[
                Part::Markup("<li><a id=\""),
                Part::Markup(&ids::tab(view.keyword())),
                Part::Markup(concatcp!("\" ", attr::NAV, " href=\"")),
                Part::Text(&links.href(view, query, None)),
                Part::Markup("\""),
                Part::Markup(if view == current { CURRENT_TAB } else { "" }),
                Part::Markup(">"),
                Part::Markup(view.label()),
                Part::Markup("</a></li>"),
            ],
        );
    }
    out.push_str(concatcp!(
        "</ul><button type=\"button\" class=\"",
        class::THEME_TOGGLE.name,
        "\" aria-pressed=\"false\"><span aria-hidden=\"true\" class=\"theme-toggle-icon\"></span>\
         <span class=\"theme-toggle-text\">Dark mode</span></button></div>"
    ));
}
