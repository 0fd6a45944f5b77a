//! The speakers: who each one is, as the report gives it, and their findings.

use super::contract::attr;
use super::{Links, Part, ids, open_card, push_all};
use crate::numbers::counted;
use crate::query::Query;
use crate::url::View;
use const_format::concatcp;

/// Appends a card per speaker: kind, name, title, role and affiliation as the report gives
/// them, and links to their findings.
pub fn speakers(out: &mut String, links: &Links) {
    let report = links.report;
    for (s, speaker) in report.speakers.iter().enumerate() {
        open_card(
            out,
            "speaker-card",
            &ids::speaker(&speaker.id),
            &ids::speaker_name(&speaker.id),
            speaker.kind.label(),
        );
        push_all(
            out,
            &[
                Part::Text(&speaker.display_name()),
                Part::Markup("</h3><dl class=\"speaker-facts\">"),
            ],
        );
        for (label, value) in [
            ("Title", &speaker.title),
            ("Role", &speaker.role),
            ("Affiliation", &speaker.affiliation),
        ] {
            if let Some(value) = value {
                push_all(
                    out,
                    &[
                        Part::Markup("<dt>"),
                        Part::Markup(label),
                        Part::Markup("</dt><dd>"),
                        Part::Text(value),
                        Part::Markup("</dd>"),
                    ],
                );
            }
        }
        out.push_str("</dl><ul class=\"speaker-findings\">");
        let filtered = Query::default().with_speaker(s, true);
        let mut count = 0;
        for finding in report.findings.iter().filter(|f| f.speaker == s) {
            count += 1;
            let href = links.href(View::Findings, &filtered, Some(&ids::finding(&finding.id)));
            push_all(
                out,
                &[
                    Part::Markup(concatcp!("<li><a ", attr::NAV, " href=\"")),
                    Part::Text(&href),
                    Part::Markup("\">"),
                    Part::Text(&finding.heading),
                    Part::Markup("</a><span class=\"speaker-finding-kind\"> · "),
                    Part::Text(finding.kind.label()),
                    Part::Markup("</span></li>"),
                ],
            );
        }
        let all = format!("Show {} with sources", counted(count, "finding", "findings"));
        push_all(
            out,
            &[
                Part::Markup(concatcp!("</ul><a class=\"action\" ", attr::NAV, " href=\"")),
                Part::Text(&links.href(View::Findings, &filtered, None)),
                Part::Markup("\">"),
                Part::Text(&all),
                Part::Markup("</a></article>"),
            ],
        );
    }
}
