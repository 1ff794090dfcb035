//! Prints the per-customer summary the purchase-history page computes from a purchase log, as
//! the CSV its summary export writes (customer_id, frequency, recency, T, monetary_value, …).
//! `scripts/warehouse_sql_check.py` compares it with the SQL of docs/warehouse-summary.md run on
//! the same log, so the documented query and the page can never disagree unseen.
//!
//! Usage: `cargo run --example log_summary -- LOG_FILE CALIBRATION_END days|weeks|months`
//! (CALIBRATION_END as YYYY-MM-DD). The file is read as the page reads it: decoded, delimiter
//! and header sniffed, columns mapped as the page suggests, every row checked; a bad row stops
//! it with the problems listed, since a summary of part of the log would prove nothing.

use std::process::ExitCode;
use value_pyramid::engine::btyd::rfm::{summarize, TimeUnit};
use value_pyramid::engine::model::parse_date;
use value_pyramid::io::csv_import::{read_table, sniff};
use value_pyramid::io::encoding::decode;
use value_pyramid::io::purchase_log::{
    check_log_mapping, suggest_log_mapping, summary_csv, LogConverter, LogKind,
};

fn run(args: &[String]) -> Result<String, String> {
    let [path, end, unit] = args else {
        return Err(
            "usage: log_summary LOG_FILE CALIBRATION_END(YYYY-MM-DD) days|weeks|months".into(),
        );
    };
    let end = parse_date(end).ok_or_else(|| format!("not a date: {end}"))?;
    let unit = match unit.as_str() {
        "days" => TimeUnit::Days,
        "weeks" => TimeUnit::Weeks,
        "months" => TimeUnit::Months,
        other => return Err(format!("unit must be days, weeks or months, not {other}")),
    };
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = decode(&bytes).text;
    let options = sniff(&text);
    let table = read_table(&text, &options).map_err(|e| format!("{path}: {e:?}"))?;
    let mapping = suggest_log_mapping(&table, LogKind::Purchases);
    check_log_mapping(&mapping, LogKind::Purchases)
        .map_err(|e| format!("{path}: the suggested mapping is incomplete: {e:?}"))?;
    let mut converter = LogConverter::new(table, &mapping, LogKind::Purchases, options.decimal)
        .map_err(|e| format!("{path}: {e:?}"))?;
    while !converter.step(10_000) {}
    if !converter.problems.is_empty() {
        return Err(format!("{path}: bad rows: {:?}", converter.problems));
    }
    let summary =
        summarize(&converter.purchases, end, None, unit).map_err(|e| format!("{path}: {e}"))?;
    Ok(summary_csv(&summary))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(csv) => {
            print!("{csv}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("log_summary: {e}");
            ExitCode::FAILURE
        }
    }
}
