//! The report's header (title, place, date, author) and footer.

use super::{Links, Part, push_all};
use crate::export::citation;
use crate::model::{Meta, Report};

/// Appends the event's name where it differs from the title.
fn event(out: &mut String, meta: &Meta) {
    if meta.event != meta.title {
        push_all(
            out,
            &[
                Part::Markup("<p class=\"event\">"),
                Part::Text(&meta.event),
                Part::Markup("</p>"),
            ],
        );
    }
}

/// Appends the inside of the report's masthead (`.masthead-inner`), with a link to the library
/// on a site of several reports.
pub fn masthead(out: &mut String, links: &Links) {
    let meta = &links.report.meta;
    if links.slug.is_some() {
        out.push_str("<a class=\"library-link\" href=\"./\">All reports</a>");
    }
    push_all(
        out,
        &[
            Part::Markup("<p class=\"publisher\">"),
            Part::Text(&meta.publisher),
            Part::Markup("</p><h1>"),
            Part::Text(&meta.title),
            Part::Markup("</h1>"),
        ],
    );
    event(out, meta);
    push_all(
        out,
        &[
            Part::Markup("<p class=\"when-where\"><span>"),
            Part::Text(&meta.place),
            Part::Markup("</span><span aria-hidden=\"true\"> · </span><time datetime=\""),
            Part::Text(&meta.date),
            Part::Markup("\">"),
            Part::Text(&meta.date_long),
            Part::Markup("</time></p><p class=\"byline\">Reported by <span class=\"byline-author\">"),
            Part::Text(&meta.author),
            Part::Markup("</span>"),
        ],
    );
    if let Some(role) = &meta.author_role {
        push_all(
            out,
            &[
                Part::Markup("<span class=\"byline-role\">, "),
                Part::Text(role),
                Part::Markup("</span>"),
            ],
        );
    }
    out.push_str("</p>");
}

/// Appends whether the site is available offline (`#offline-badge`, shown once it is) and which
/// data it shows: its version and the day it was built (in words: "29 November 2026").
pub fn build_info(out: &mut String, version: &str, built: &str) {
    push_all(
        out,
        &[
            Part::Markup(
                "<p class=\"build-info\"><span class=\"offline-badge hidden\" id=\"offline-badge\"></span>\
             <span>Data version <code>",
            ),
            Part::Text(version),
            Part::Markup("</code>, built "),
            Part::Text(built),
            Part::Markup("</span></p>"),
        ],
    );
}

/// Appends the inside of a report's footer: publisher, source, how to cite it (with `url`), and
/// [`build_info`].
pub fn footer(out: &mut String, report: &Report, url: &str, version: &str, built: &str) {
    let meta = &report.meta;
    push_all(
        out,
        &[
            Part::Markup("<p>Published by "),
            Part::Text(&meta.publisher),
            Part::Markup(
                ". Findings are summaries; each quotes the passage of the report it comes from.</p>",
            ),
        ],
    );
    if let Some(source) = &meta.source {
        push_all(
            out,
            &[
                Part::Markup("<p>Source: "),
                Part::Text(source),
                Part::Markup("</p>"),
            ],
        );
    }
    push_all(
        out,
        &[
            Part::Markup("<p class=\"report-citation\">Cite this report: "),
            Part::Text(&citation(report, None, url)),
            Part::Markup("</p>"),
        ],
    );
    build_info(out, version, built);
}
