//! Spanish strings of the lifetime view.

pub const STRINGS: &[(&str, &str)] = &[];
