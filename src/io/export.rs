//! Export of a list: CSV for spreadsheets, JSON for a faithful copy.

use crate::engine::model::Customer;
use crate::io::fields::Field;
use crate::io::number::write_number;
use std::collections::BTreeSet;

/// Excel and LibreOffice expect the byte-order mark to read UTF-8 correctly.
pub const BOM: &str = "\u{feff}";

/// Protects a cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return
/// at the start) by putting an apostrophe before it; plain numbers such as -5 stay numbers.
pub fn neutralise(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let plain_number = cell.parse::<f64>().is_ok_and(f64::is_finite);
    if risky && !plain_number {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Writes rows as CSV with a BOM, every cell neutralised.
pub fn write_csv(header: &[String], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing into a Vec cannot fail for I/O reasons; a failure here would be a bug in csv.
    let mut write = |cells: Vec<String>| {
        let _ = writer.write_record(cells.iter().map(|c| neutralise(c)));
    };
    write(header.to_vec());
    rows.for_each(&mut write);
    let bytes = writer.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

/// The customers as CSV: every field, then one column per indicator and custom attribute in use.
pub fn customers_csv(customers: &[Customer]) -> String {
    let indicators: BTreeSet<&String> =
        customers.iter().flat_map(|c| c.indicators.keys()).collect();
    let custom: BTreeSet<&String> = customers.iter().flat_map(|c| c.custom.keys()).collect();
    let header: Vec<String> = Field::ALL
        .iter()
        .map(|f| f.key().to_string())
        .chain(indicators.iter().map(|k| format!("indicator:{k}")))
        .chain(custom.iter().map(|k| format!("custom:{k}")))
        .collect();
    let rows = customers.iter().map(|c| {
        Field::ALL
            .iter()
            .map(|f| f.get(c))
            .chain(indicators.iter().map(|k| {
                c.indicators
                    .get(*k)
                    .map(|v| write_number(*v))
                    .unwrap_or_default()
            }))
            .chain(
                custom
                    .iter()
                    .map(|k| c.custom.get(*k).cloned().unwrap_or_default()),
            )
            .collect()
    });
    write_csv(&header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_formulas_but_not_numbers() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1+1"), "'+1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("-5"), "-5");
        assert_eq!(neutralise("-0.25"), "-0.25");
        assert_eq!(neutralise("Acme"), "Acme");
    }

    #[test]
    fn starts_with_bom_and_quotes_delimiters() {
        let csv = write_csv(
            &["a".into(), "b".into()],
            std::iter::once(vec!["x,y".into(), "=1".into()]),
        );
        assert_eq!(csv, "\u{feff}a,b\n\"x,y\",'=1\n");
    }
}
