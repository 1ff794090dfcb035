//! Tiếng Việt: pareto.

pub const STRINGS: &[(&str, &str)] = &[];
