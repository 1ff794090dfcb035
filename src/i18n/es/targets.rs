//! Spanish strings of the targets view.

pub const STRINGS: &[(&str, &str)] = &[];
