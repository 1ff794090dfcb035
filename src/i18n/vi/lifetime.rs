//! Tiếng Việt: lifetime.

pub const STRINGS: &[(&str, &str)] = &[];
