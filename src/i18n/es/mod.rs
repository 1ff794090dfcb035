//! Translation (es) of every English table, file for file, key for key.

pub const TABLES: &[&[(&str, &str)]] = &[];
