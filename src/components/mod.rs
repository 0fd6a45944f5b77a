//! The page's parts, each a thin view over the core's data.

mod filters;
mod finding;
mod findings;
mod library;
mod masthead;
mod narrative;
mod overview;
mod search_box;
mod speakers;
mod tabs;
mod theme_toggle;
mod update_banner;

pub use findings::FindingsView;
pub use library::Library;
pub use masthead::{Masthead, SiteFooter};
pub use narrative::ReportView;
pub use overview::OverviewView;
pub use speakers::SpeakersView;
pub use tabs::Tabs;
pub use update_banner::UpdateBanner;

/// Who a speaker is, in a phrase: role and affiliation where known, else their kind.
fn speaker_detail(speaker: &report::Speaker) -> String {
    speaker
        .description()
        .unwrap_or_else(|| speaker.kind.label().to_owned())
}

/// The colour class of a theme's swatch, cycling through the palette.
fn theme_class(theme: usize) -> String {
    format!("swatch theme-{}", theme % 6)
}
