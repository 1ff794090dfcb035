//! Tiếng Việt: targets.

pub const STRINGS: &[(&str, &str)] = &[];
