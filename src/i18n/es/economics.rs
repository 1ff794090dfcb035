//! Spanish strings of the economics view.

pub const STRINGS: &[(&str, &str)] = &[];
