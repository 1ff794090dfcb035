//! Spanish strings of the pareto view.

pub const STRINGS: &[(&str, &str)] = &[];
