//! The speakers: who each one is, as the report gives it, and their findings.

use std::ops::Range;

use crate::texts::key;
use maud::{Markup, html};

use super::{Links, card, ids, within};
use crate::query::Query;
use crate::url::View;

/// A card for each speaker of `range` (of the report's speakers, in its order): kind, name,
/// title, role and affiliation as the report gives them, and links to their findings.
pub fn speakers(links: &Links, range: Range<usize>) -> Markup {
    html! {
        @for s in within(range, links.report.speakers.len()) {
            (speaker_card(links, s))
        }
    }
}

/// The card of speaker number `s`.
fn speaker_card(links: &Links, s: usize) -> Markup {
    let (report, texts) = (links.report, links.texts);
    let speaker = &report.speakers[s];
    let filtered = Query::default().with_speaker(s, true);
    let findings: Vec<_> = report.findings.iter().filter(|f| f.speaker == s).collect();
    let all = texts.count(key::SPEAKERS_ALL, findings.len(), &[]);
    let facts = [
        (key::SPEAKERS_TITLE, &speaker.title),
        (key::SPEAKERS_ROLE, &speaker.role),
        (key::SPEAKERS_AFFILIATION, &speaker.affiliation),
    ];
    let body = html! {
        dl class="speaker-facts" {
            @for (label, value) in facts {
                @if let Some(value) = value {
                    dt { (texts.text(label)) }
                    dd lang=[links.report_lang()] dir=(links.report_dir()) { (value) }
                }
            }
        }
        ul class="speaker-findings" {
            @for finding in &findings {
                li {
                    a data-nav href=(links.href(View::Findings, &filtered, Some(&ids::finding(&finding.id))))
                        lang=[links.report_lang()] dir=(links.report_dir()) {
                        (finding.heading())
                    }
                    span class="speaker-finding-kind" { " · " (texts.text(finding.kind.label_key())) }
                }
            }
        }
        a class="action" data-nav href=(links.href(View::Findings, &filtered, None)) { (all) }
    };
    card(
        "speaker-card",
        (&ids::speaker(&speaker.id), &ids::speaker_name(&speaker.id)),
        texts.text(speaker.kind.label_key()),
        html! { span lang=[links.report_lang()] dir=(links.report_dir()) { (speaker.display_name()) } },
        body,
    )
}
