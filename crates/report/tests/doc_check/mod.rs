//! Reading `docs/format.md` for its tests: its fenced blocks, its message templates, and the
//! message texts written in the parser's source.

pub mod blocks;
pub mod literals;
pub mod template;
