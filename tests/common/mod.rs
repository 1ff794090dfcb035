//! Loads the CDNOW sample for the accuracy tests.
//!
//! Looked up in `$VP_DATA_DIR`, then `<crate root>/../shared/data` (beside the project), then
//! `<crate root>/.cache/data` (where scripts/test-data.sh puts it). A missing file fails the
//! test with a message, never a silent pass.

#![allow(dead_code)]

use chrono::NaiveDate;
use std::path::PathBuf;
use value_pyramid::engine::btyd::rfm::{summarize, Purchase, RfmSummary, TimeUnit};

pub const FILE: &str = "CDNOW_sample.txt";

pub fn data_path() -> PathBuf {
    data_file(FILE)
}

/// The full CDNOW log (23,570 customers, with a header line) that ships beside the sample.
pub const MASTER: &str = "CDNOW_master.txt";

/// `name` in the first data folder that holds it; a missing file fails the test.
pub fn data_file(name: &str) -> PathBuf {
    let mut tried = Vec::new();
    let mut candidates = Vec::new();
    if let Ok(dir) = std::env::var("VP_DATA_DIR") {
        candidates.push(PathBuf::from(dir));
    }
    candidates.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    candidates.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".cache/data"));
    for dir in candidates {
        let p = dir.join(name);
        if p.is_file() {
            return p;
        }
        tried.push(p.display().to_string());
    }
    panic!(
        "{name} not found; set VP_DATA_DIR to the folder holding it. Tried: {}",
        tried.join(", ")
    );
}

/// Rows of CDNOW_sample.txt: customer id, second id, date YYYYMMDD, CDs, dollars.
pub fn load() -> Vec<Purchase> {
    let path = data_path();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            let f: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(
                f.len(),
                5,
                "line {} of {FILE} has {} fields",
                i + 1,
                f.len()
            );
            Purchase {
                customer_id: f[0].to_string(),
                date: NaiveDate::parse_from_str(f[2], "%Y%m%d")
                    .unwrap_or_else(|e| panic!("line {}: bad date {}: {e}", i + 1, f[2])),
                amount: f[4]
                    .parse()
                    .unwrap_or_else(|e| panic!("line {}: bad amount {}: {e}", i + 1, f[4])),
            }
        })
        .collect()
}

pub fn calibration_end() -> NaiveDate {
    NaiveDate::from_ymd_opt(1997, 9, 30).unwrap()
}

pub fn summary_weeks() -> RfmSummary {
    summarize(&load(), calibration_end(), None, TimeUnit::Weeks).unwrap()
}
