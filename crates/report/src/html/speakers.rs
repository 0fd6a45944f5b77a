//! The speakers: who each one is, as the report gives it, and their findings.

use maud::{Markup, html};

use super::{Links, card, ids};
use crate::numbers::counted;
use crate::query::Query;
use crate::url::View;

/// A card per speaker: kind, name, title, role and affiliation as the report gives them, and
/// links to their findings.
pub fn speakers(links: &Links) -> Markup {
    html! {
        @for s in 0..links.report.speakers.len() {
            (speaker_card(links, s))
        }
    }
}

/// The card of speaker number `s`.
fn speaker_card(links: &Links, s: usize) -> Markup {
    let report = links.report;
    let speaker = &report.speakers[s];
    let filtered = Query::default().with_speaker(s, true);
    let findings: Vec<_> = report.findings.iter().filter(|f| f.speaker == s).collect();
    let all = format!(
        "Show {} with sources",
        counted(findings.len(), "finding", "findings")
    );
    let facts = [
        ("Title", &speaker.title),
        ("Role", &speaker.role),
        ("Affiliation", &speaker.affiliation),
    ];
    let body = html! {
        dl class="speaker-facts" {
            @for (label, value) in facts {
                @if let Some(value) = value {
                    dt { (label) }
                    dd { (value) }
                }
            }
        }
        ul class="speaker-findings" {
            @for finding in &findings {
                li {
                    a data-nav href=(links.href(View::Findings, &filtered, Some(&ids::finding(&finding.id)))) {
                        (finding.heading)
                    }
                    span class="speaker-finding-kind" { " · " (finding.kind.label()) }
                }
            }
        }
        a class="action" data-nav href=(links.href(View::Findings, &filtered, None)) { (all) }
    };
    card(
        "speaker-card",
        (&ids::speaker(&speaker.id), &ids::speaker_name(&speaker.id)),
        speaker.kind.label(),
        html! { (speaker.display_name()) },
        body,
    )
}
