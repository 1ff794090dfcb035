//! Tiếng Việt: pyramid.

pub const STRINGS: &[(&str, &str)] = &[];
