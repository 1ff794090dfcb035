//! Tiếng Việt: prospects.

pub const STRINGS: &[(&str, &str)] = &[];
