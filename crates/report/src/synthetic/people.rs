//! A fictional report's speakers: people with varied titles, roles and affiliations, bodies and groups.

use std::fmt::Write;

use super::language::Language;
use super::random::Random;
use super::setting::ROLES;

const TITLES: [&str; 6] = ["Ms.", "Mr.", "Dr.", "Prof.", "Mx.", "Sr."];
const GROUPS: [&str; 6] = [
    "delegates",
    "participants",
    "members",
    "panel",
    "working group",
    "volunteers",
];

/// An affiliation: a made-up body of one of several sorts.
fn affiliation(random: &mut Random, language: &Language) -> String {
    let name = language.name(random);
    match random.below(6) {
        0 => format!("the {name} Institute"),
        1 => format!("the University of {name}"),
        2 => format!("the Office of the {name} Rapporteur"),
        3 => format!("the Centre for {}", language.title(random, 2)),
        4 => format!("{name} Legal Aid"),
        _ => format!("the {name} {} Foundation", language.name(random)),
    }
}

/// Writes the `# Speakers` section's entries `s0`, `s1` …; gives back how the prose names each.
pub(super) fn speakers(
    random: &mut Random,
    language: &Language,
    count: usize,
    out: &mut String,
) -> Vec<String> {
    let mut mentions = Vec::with_capacity(count);
    for s in 0..count {
        let roll = random.unit();
        if roll < 0.8 {
            let mut name = format!("{} {}", language.name(random), language.name(random));
            if random.chance(0.1) {
                let _ = write!(name, "-{}", language.name(random));
            }
            let _ = write!(out, "## {name} {{#s{s}}}\n\n- Kind: person\n");
            let mut mention = name;
            if random.chance(0.7) {
                let title = random.pick(&TITLES);
                let _ = writeln!(out, "- Title: {title}");
                mention = format!("{title} {mention}");
            }
            if random.chance(0.75) {
                let _ = writeln!(out, "- Role: {}", random.pick(&ROLES));
            }
            if random.chance(0.65) {
                let _ = writeln!(out, "- Affiliation: {}", affiliation(random, language));
            }
            mentions.push(mention);
        } else if roll < 0.92 {
            let name = affiliation(random, language);
            let name = name.strip_prefix("the ").unwrap_or(&name).to_owned();
            let _ = write!(out, "## {name} {{#s{s}}}\n\n- Kind: organisation\n");
            mentions.push(format!("the {name}"));
        } else {
            let name = format!("{} {}", language.name(random), random.pick(&GROUPS));
            let _ = write!(out, "## {name} {{#s{s}}}\n\n- Kind: group\n");
            mentions.push(format!("the {name}"));
        }
        out.push('\n');
    }
    mentions
}
