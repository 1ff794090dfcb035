//! Tiếng Việt: economics.

pub const STRINGS: &[(&str, &str)] = &[];
