//! English strings of the purchase-history view.

pub const STRINGS: &[(&str, &str)] = &[];
