//! Spanish strings of the pyramid view.

pub const STRINGS: &[(&str, &str)] = &[];
