//! A fictional report's front matter: its title, event, date, place, author and publisher.

use std::fmt::Write;

use super::language::Language;
use super::random::Random;

/// Made-up places where the fictional events are held.
const PLACES: [&str; 14] = [
    "Port Alder",
    "Northvale",
    "Kestrel Bay",
    "Old Harrow",
    "Brightwater",
    "Millbrook",
    "Ashford Cross",
    "Greyhaven",
    "Lake Morrow",
    "Sundale",
    "Westmere",
    "Highcliff",
    "Eastwick Green",
    "Riverton",
];
const GATHERINGS: [&str; 12] = [
    "Symposium",
    "Conference",
    "Forum",
    "Assembly",
    "Workshop",
    "Summit",
    "Round Table",
    "Congress",
    "Seminar",
    "Colloquium",
    "Hearing",
    "Consultation",
];
const QUALITIES: [&str; 8] = [
    "Annual",
    "International",
    "Regional",
    "National",
    "Biennial",
    "Open",
    "Joint",
    "Spring",
];
pub(super) const ROLES: [&str; 24] = [
    "researcher",
    "Ph.D. Fellow",
    "programme officer",
    "director",
    "policy adviser",
    "senior lecturer",
    "coordinator",
    "legal counsel",
    "project manager",
    "field worker",
    "chair",
    "rapporteur",
    "spokesperson",
    "social worker",
    "head of unit",
    "chief inspector",
    "board member",
    "founder",
    "deputy director",
    "consultant",
    "professor",
    "analyst",
    "secretary general",
    "trainer",
];

/// The front matter of one fictional report.
pub(super) struct Setting {
    pub year: usize,
    pub place: &'static str,
    front_matter: String,
}

/// "1st", "2nd", "3rd", "4th" … "12th".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl Setting {
    /// A setting in a year from 2012 to 2031, at one of the made-up places, labelled fictional.
    pub fn new(random: &mut Random, language: &Language, seed: u64) -> Self {
        let year = random.between(2012, 2031);
        let place = random.pick(&PLACES);
        let topic_words = random.between(2, 5);
        let topic = language.title(random, topic_words);
        let mut event = String::new();
        if random.chance(0.6) {
            let _ = write!(event, "{} ", ordinal(random.between(1, 12)));
        }
        if random.chance(0.7) {
            let _ = write!(event, "{} ", random.pick(&QUALITIES));
        }
        let _ = write!(event, "{} on {topic}", random.pick(&GATHERINGS));
        let title = match random.below(3) {
            0 => format!("{event} (fictional)"),
            1 => format!("Report of the {event}, {place} (fictional)"),
            _ => {
                let words = random.between(2, 6);
                format!(
                    "{}: notes from the {event} (fictional)",
                    language.title(random, words)
                )
            }
        };
        let author = format!("{} {}", language.name(random), language.name(random));
        let publisher = match random.below(4) {
            0 => format!("{} Press", language.name(random)),
            1 => format!("The {} Network", language.name(random)),
            2 => format!("{} Institute for Public Affairs", language.name(random)),
            _ => format!("{place} Civic Trust"),
        };
        let mut front_matter = format!(
            "---\nTitle: {title}\nEvent: {event}\nDate: {year}-{:02}-{:02}\nPlace: {place}\n\
             Author: {author}\n",
            random.between(1, 12),
            random.between(1, 28),
        );
        if random.chance(0.6) {
            let _ = writeln!(front_matter, "Author role: {}", random.pick(&ROLES));
        }
        let _ = write!(
            front_matter,
            "Publisher: {publisher}\nSource: Fictional, made by synthetic-report (seed {seed}); no such \
             event took place\n---\n\n"
        );
        Self {
            year,
            place,
            front_matter,
        }
    }

    /// The `---` block that opens the report, with the blank line after it.
    pub fn front_matter(&self) -> &str {
        &self.front_matter
    }
}
