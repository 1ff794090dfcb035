//! Spanish strings of the prospects view.

pub const STRINGS: &[(&str, &str)] = &[];
