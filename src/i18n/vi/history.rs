//! Tiếng Việt: history.

pub const STRINGS: &[(&str, &str)] = &[];
