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
