//! Plainly fictional reports of any size, and libraries of them, for benchmarks and load tests.

mod even;
mod language;
mod library;
mod people;
mod prose;
mod random;
mod realistic;
mod setting;

pub use even::markdown;
pub use library::{library, write_library};

/// How a generated report's text and shares are shaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Varied prose from a made-up language of thousands of words drawn Zipf-like, sentences and
    /// passages of varied length, a few speakers saying most: text that compresses as real text does.
    Realistic,
    /// The first generator's output, byte for byte ([`markdown`]): 24 words, every speaker and
    /// finding alike; it compresses far better than real reports.
    Even,
}

impl Shape {
    /// The shape named `realistic` or `even`.
    pub fn named(name: &str) -> Option<Self> {
        match name {
            "realistic" => Some(Self::Realistic),
            "even" => Some(Self::Even),
            _ => None,
        }
    }

    /// How many speakers and themes a report of this shape has unless told.
    pub fn default_speakers_and_themes(self) -> (usize, usize) {
        match self {
            Self::Realistic => (300, 12),
            Self::Even => (200, 20),
        }
    }

    /// A report of this shape with `findings` findings (at least 1), `speakers` and `themes`
    /// (each at least 1), the same every time for the same numbers.
    pub fn markdown(self, findings: usize, speakers: usize, themes: usize) -> String {
        let (findings, speakers, themes) = (findings.max(1), speakers.max(1), themes.max(1));
        match self {
            Self::Even => markdown(findings, speakers, themes),
            Self::Realistic => {
                let seed = (findings as u64) << 32 ^ (speakers as u64) << 16 ^ themes as u64;
                realistic::report(seed, findings, speakers, themes).1
            }
        }
    }
}

#[cfg(test)]
mod tests;
