//! One finding as an article: heading, summary, speaker, themes, the passage it comes from, and
//! ways to read it in context, link to it and cite it.

use super::contract::{ToCopy, attr, class};
use super::{Links, Part, escape_into, ids, open_card, push_all};
use crate::export::{citation, permalink};
use crate::model::Report;
use crate::query::Query;
use crate::search::Terms;
use crate::url::View;
use const_format::concatcp;

/// Appends `text` with every match of `terms` in a `<mark class="hit">`.
pub fn highlighted(out: &mut String, text: &str, terms: &Terms) {
    let mut at = 0;
    for range in terms.highlights(text) {
        escape_into(out, &text[at..range.start]);
        push_all(
            out,
            &[
                Part::Markup("<mark class=\"hit\">"),
                Part::Text(&text[range.clone()]),
                Part::Markup("</mark>"),
            ],
        );
        at = range.end;
    }
    escape_into(out, &text[at..]);
}

/// How a card's citation, under "Cite", is drawn.
#[derive(Clone, Copy)]
pub enum Cite<'a> {
    /// Left for the app to write when the reader opens "Cite": it knows the page's address.
    OnOpen,
    /// Written now, ending with the finding's permalink on the page at this address.
    At(&'a str),
    /// Written now without an address: a page made at build time does not know where it will
    /// be served.
    WithoutAddress,
}

/// Appends finding number `index` of `links.report` as an `<article>`, its words matching `terms`
/// marked. "Read in context" keeps `query`.
pub fn finding_card(out: &mut String, links: &Links, index: usize, query: &Query, terms: &Terms, cite: Cite) {
    let report: &Report = links.report;
    let finding = &report.findings[index];
    let speaker = &report.speakers[finding.speaker];
    let id = finding.id.as_str();
    open_card(
        out,
        "finding",
        &ids::finding(id),
        &ids::finding_heading(id),
        finding.kind.label(),
    );
    highlighted(out, &finding.heading, terms);
    out.push_str("</h3>");
    for paragraph in finding.summary.split("\n\n") {
        out.push_str("<p class=\"summary\">");
        highlighted(out, paragraph, terms);
        out.push_str("</p>");
    }
    out.push_str("<p class=\"speaker\"><span class=\"speaker-name\">");
    if let Some(title) = &speaker.title {
        escape_into(out, title);
        out.push(' ');
    }
    highlighted(out, &speaker.name, terms);
    push_all(
        out,
        &[
            Part::Markup("</span><span class=\"speaker-detail\">"),
            Part::Text(&speaker.detail()),
            Part::Markup("</span></p><ul class=\"theme-labels\" aria-label=\"Themes\">"),
        ],
    );
    for &t in &finding.themes {
        let theme = &report.themes[t];
        push_all(
            out,
            &[
                Part::Markup("<li class=\"theme-label\" title=\""),
                Part::Text(&theme.name),
                Part::Markup("\"><span class=\"swatch theme-"),
                Part::Markup(swatch(t)),
                Part::Markup("\" aria-hidden=\"true\"></span>"),
                Part::Text(&theme.short),
                Part::Markup("</li>"),
            ],
        );
    }
    out.push_str("</ul><figure class=\"passage\"><blockquote><p>");
    highlighted(out, &finding.passage, terms);
    let context = links.href(View::Report, query, Some(&ids::passage(id)));
    let cite = match cite {
        Cite::OnOpen => String::new(),
        Cite::At(base) => citation(report, Some(finding), &permalink(base, finding)),
        Cite::WithoutAddress => citation(report, Some(finding), "").trim_end().to_owned(),
    };
    push_all(
        out,
        &[
            Part::Markup(concatcp!(
                "</p></blockquote><figcaption>From the report</figcaption></figure><div class=\"finding-actions\"><a class=\"action\" ",
                attr::NAV,
                " href=\""
            )),
            Part::Text(&context),
            Part::Markup(concatcp!(
                "\">Read in context</a><button type=\"button\" class=\"action\" ",
                attr::COPY,
                "=\"",
                ToCopy::Link.as_str(),
                "\">Copy link</button>\
             <details class=\"",
                class::CITE.name,
                "\"><summary class=\"action\">Cite</summary><div class=\"cite-body\"><p class=\"",
                class::CITE_TEXT.name,
                "\">"
            )),
            Part::Text(&cite),
            Part::Markup(concatcp!(
                "</p><button type=\"button\" class=\"button button-quiet\" ",
                attr::COPY,
                "=\"",
                ToCopy::Citation.as_str(),
                "\">Copy citation</button></div></details>\
             <span class=\"",
                class::ACTION_FEEDBACK.name,
                "\" role=\"status\"></span></div></article>"
            )),
        ],
    );
}

/// Appends `indexes`' findings as list items of cards (see [`finding_card`]).
pub fn finding_list(
    out: &mut String,
    links: &Links,
    indexes: &[usize],
    query: &Query,
    terms: &Terms,
    cite: Cite,
) {
    for &index in indexes {
        out.push_str("<li>");
        finding_card(out, links, index, query, terms, cite);
        out.push_str("</li>");
    }
}

/// The palette entry of theme number `theme`: the palette has six colours, used in turn.
pub(super) fn swatch(theme: usize) -> &'static str {
    ["0", "1", "2", "3", "4", "5"][theme % 6]
}
