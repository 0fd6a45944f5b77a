//! Small reports built in code, for the core's unit tests.

use crate::catalogue::{Catalogue, Listed};
use crate::model::{Finding, FindingKind, FindingText, Meta, Report, Speaker, SpeakerKind, Theme};

/// A finding under `themes` by `speaker`, with an id made from its heading.
pub(crate) fn finding(heading: &str, themes: &[usize], speaker: usize) -> Finding {
    Finding {
        id: heading.to_lowercase().replace(' ', "-"),
        kind: FindingKind::Observation,
        themes: themes.to_vec(),
        speaker,
        locations: Vec::new(),
        text: FindingText {
            heading: heading.into(),
            summary: String::new(),
            passage: String::new(),
        }
        .into(),
    }
}

/// A catalogue of the default site listing reports given as (name, title, date, place), in
/// that order and with no findings.
pub(crate) fn catalogue(reports: &[(&str, &str, &str, &str)]) -> Catalogue {
    Catalogue {
        site: crate::site::Site::default(),
        reports: reports
            .iter()
            .map(|&(name, title, date, place)| {
                let mut report = report(&[], &[], Vec::new());
                report.meta.title = title.into();
                report.meta.date = date.into();
                report.meta.place = place.into();
                Listed::of(name, &report)
            })
            .collect(),
    }
}

/// A report with these themes and speakers (ids are their names in lowercase) and findings.
pub(crate) fn report(themes: &[&str], speakers: &[&str], findings: Vec<Finding>) -> Report {
    Report {
        meta: Meta {
            title: String::new(),
            event: String::new(),
            language: String::from("en"),
            date: String::new(),
            place: String::new(),
            author: String::new(),
            author_role: None,
            publisher: String::new(),
            source: None,
        },
        themes: themes
            .iter()
            .map(|name| Theme {
                id: name.to_lowercase(),
                name: (*name).into(),
                short: (*name).into(),
            })
            .collect(),
        speakers: speakers
            .iter()
            .map(|name| Speaker {
                id: name.to_lowercase(),
                kind: SpeakerKind::Person,
                name: (*name).into(),
                title: None,
                role: None,
                affiliation: None,
            })
            .collect(),
        findings,
        narrative: Vec::new(),
    }
}
