//! Export of a list: CSV for spreadsheets, JSON for a faithful copy.

use crate::engine::model::Customer;
use crate::engine::results::{ResultRow, HEADERS as RESULT_HEADERS};
use crate::io::fields::Field;
use crate::io::number::write_number;
use std::collections::{BTreeSet, HashMap};

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

/// The engine's per-customer results as CSV, followed by one `indicator:<name>` column per
/// indicator in use (predicted CLV and probability alive among them, when the purchase-history
/// view has added them), matched by customer id.
pub fn results_csv(rows: &[ResultRow], customers: &[Customer]) -> String {
    let indicators: BTreeSet<&String> =
        customers.iter().flat_map(|c| c.indicators.keys()).collect();
    let by_id: HashMap<&str, &Customer> = customers.iter().map(|c| (c.id.as_str(), c)).collect();
    let header: Vec<String> = RESULT_HEADERS
        .iter()
        .map(|h| h.to_string())
        .chain(indicators.iter().map(|k| format!("indicator:{k}")))
        .collect();
    write_csv(
        &header,
        rows.iter().map(|row| {
            let customer = by_id.get(row.id.as_str());
            let mut cells = row.cells();
            cells.extend(indicators.iter().map(|k| {
                customer
                    .and_then(|c| c.indicators.get(*k))
                    .map(|v| write_number(*v))
                    .unwrap_or_default()
            }));
            cells
        }),
    )
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

    #[test]
    fn results_have_one_row_per_customer_and_the_documented_columns() {
        use crate::engine::results::results_table;
        let list = crate::io::demo::demo_list("d", "D");
        let rows = results_table(&list.customers, &list.settings);
        let csv = results_csv(&rows, &list.customers);
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches(BOM).as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(header[..RESULT_HEADERS.len()], RESULT_HEADERS);
        assert_eq!(
            header[RESULT_HEADERS.len()..],
            [
                "indicator:collection_days",
                "indicator:cooperation",
                "indicator:growth",
                "indicator:satisfaction"
            ]
        );
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let customers = list.customers.iter().filter(|c| !c.is_prospect()).count();
        assert_eq!(records.len(), customers);
        let header_index = |name: &str| header.iter().position(|h| h == name).unwrap();
        let profit_column = header_index("profit");
        let growth_column = header.iter().position(|h| h == "indicator:growth").unwrap();
        let id_column = header.iter().position(|h| h == "id").unwrap();
        let segment_column = header.iter().position(|h| h == "segment").unwrap();
        for record in &records {
            // The demo segments by revenue and by profit: one level each.
            let levels: Vec<&str> = record[segment_column].split('/').collect();
            assert_eq!(levels.len(), 2, "{}", &record[segment_column]);
            assert!(levels.iter().all(|l| ["high", "medium", "low"].contains(l)));
            let profit: f64 = record[profit_column].parse().unwrap();
            assert!(profit.is_finite());
            // Money to the cent, the margin to four decimals, whatever the sums gave.
            let decimals = |header: &str| {
                let i = header_index(header);
                record[i].split_once('.').map(|(_, d)| d.len())
            };
            for money in [
                "revenue_per_year",
                "profit",
                "lifetime_value",
                "service_cost",
            ] {
                assert_eq!(decimals(money), Some(2), "{money}: {record:?}");
            }
            assert_eq!(decimals("gross_margin"), Some(4), "{record:?}");
            let customer = list
                .customers
                .iter()
                .find(|c| c.id == record[id_column])
                .unwrap();
            let growth = customer
                .indicators
                .get("growth")
                .map(|v| v.to_string())
                .unwrap_or_default();
            assert_eq!(
                record[growth_column], growth,
                "indicators follow their customer"
            );
        }
    }
}
