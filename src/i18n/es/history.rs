//! Spanish strings of the history view.

pub const STRINGS: &[(&str, &str)] = &[];
