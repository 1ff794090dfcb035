//! Import of every supported CSV shape, malformed files, and export round trips, through the
//! same public functions the page calls.

use std::collections::HashSet;
use value_pyramid::engine::model::{Channel, Customer, MarketType};
use value_pyramid::io::csv_import::{
    read_table, sniff, suggest_mapping, ColumnTarget, Converter, Delimiter, ReadError, Readings,
    RowProblem,
};
use value_pyramid::io::demo::demo_list;
use value_pyramid::io::encoding::{decode, TextEncoding};
use value_pyramid::io::export::{customers_csv, CsvDialect};
use value_pyramid::io::fields::Field;
use value_pyramid::io::number::DecimalSeparator;
use value_pyramid::io::store::{list_from_json, list_to_json};

/// Runs the whole import as the page does, with the suggested mapping.
fn import(bytes: &[u8]) -> Converter {
    let text = decode(bytes).text;
    let options = sniff(&text);
    let table = read_table(&text, &options).expect("readable");
    let mapping = suggest_mapping(&table, options.decimal);
    let mut converter = Converter::new(
        table,
        mapping,
        Readings::plain(options.decimal),
        HashSet::new(),
    )
    .expect("mapping names the customer");
    while !converter.step(1000) {}
    converter
}

fn revenue_by_name(customers: &[Customer]) -> Vec<(String, Option<f64>)> {
    customers
        .iter()
        .map(|c| (c.name.clone(), c.revenue_per_year.get()))
        .collect()
}

#[test]
fn reads_every_delimiter_encoding_and_decimal_convention() {
    let expected = vec![
        ("Anna Nguyen".to_string(), Some(1234.5)),
        ("Bao Tran".to_string(), Some(99.0)),
    ];
    let files: [&[u8]; 6] = [
        b"name,revenue\nAnna Nguyen,1234.5\nBao Tran,99\n",
        b"\xEF\xBB\xBFname,revenue\r\nAnna Nguyen,\"1,234.5\"\r\nBao Tran,99\r\n",
        b"name;revenue\nAnna Nguyen;1234,5\nBao Tran;99\n",
        b"\xEF\xBB\xBFname;revenue\nAnna Nguyen;1.234,5\nBao Tran;99,0\n",
        b"name\trevenue\nAnna Nguyen\t1234.5\nBao Tran\t99\n",
        b"\n\nname,revenue\n\nAnna Nguyen,1234.5\nBao Tran,99\n\n",
    ];
    for bytes in files {
        let c = import(bytes);
        assert_eq!(
            c.bad_rows,
            0,
            "{:?}: {:?}",
            String::from_utf8_lossy(bytes),
            c.problems
        );
        assert_eq!(
            revenue_by_name(&c.good),
            expected,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn whitespace_file_without_header_needs_a_mapping_from_the_user() {
    let text = "0001 Anna 1997-01-01 11.77\n0002  Bao 1997-01-12   29.33\n";
    let options = sniff(text);
    assert_eq!(options.delimiter, Delimiter::Whitespace);
    assert!(!options.has_header);
    let table = read_table(text, &options).unwrap();
    let mapping = suggest_mapping(&table, options.decimal);
    assert!(
        mapping.iter().all(|m| *m == ColumnTarget::Ignore),
        "never guessed silently"
    );
    let mapping = vec![
        ColumnTarget::Field(Field::Id),
        ColumnTarget::Field(Field::Name),
        ColumnTarget::Field(Field::FirstPurchase),
        ColumnTarget::Field(Field::AverageOrderValue),
    ];
    let mut c = Converter::new(
        table,
        mapping,
        Readings::plain(options.decimal),
        HashSet::new(),
    )
    .unwrap();
    c.step(10);
    assert_eq!(c.good.len(), 2);
    assert_eq!(c.good[1].id, "0002");
    assert_eq!(c.good[1].average_order_value.get(), Some(29.33));
    assert_eq!(
        c.good[1].first_purchase.map(|d| d.to_string()),
        Some("1997-01-12".into())
    );
}

#[test]
fn cdnow_log_reads_as_shipped() {
    let dir = std::env::var("VP_DATA_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data").into());
    let path = format!("{dir}/CDNOW_sample.txt");
    let bytes = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("test data {path} missing ({e}); run scripts/test-data.sh"));
    let decoded = decode(&bytes);
    assert_eq!(decoded.encoding, TextEncoding::UTF_8);
    let text = decoded.text;
    let options = sniff(&text);
    assert_eq!(options.delimiter, Delimiter::Whitespace);
    assert!(!options.has_header);
    let table = read_table(&text, &options).unwrap();
    assert_eq!(table.rows.len(), 6919);
    assert_eq!(table.columns.len(), 5);
}

#[test]
fn bad_rows_are_reported_with_line_column_expected_and_found() {
    let file = "name,revenue,margin,channel,first_purchase\n\
                Anna,100,40 %,referral,2024-01-05\n\
                ,50,,,\n\
                Carmen,-3,2,pigeon,2024-02-30\n\
                Dimitar,70,0.3,Email,\n";
    let c = import(file.as_bytes());
    assert_eq!(c.good.len(), 2);
    assert_eq!(c.good[1].channel, Some(Channel::Email));
    assert_eq!(c.bad_rows, 2);
    let got: Vec<(usize, &str, &str, &str)> = c.problems.iter().map(RowProblem::parts).collect();
    let want = [
        (3, "name", "rule.text_required", ""),
        (4, "revenue", "rule.money", "-3"),
        (4, "margin", "rule.fraction", "2"),
        (4, "channel", "rule.choice", "pigeon"),
        (4, "first_purchase", "rule.date", "2024-02-30"),
    ];
    assert_eq!(got, want);
}

#[test]
fn malformed_files_give_an_error_or_a_report_never_a_panic() {
    let o = |d| value_pyramid::io::csv_import::CsvOptions {
        delimiter: d,
        has_header: true,
        decimal: DecimalSeparator::Point,
    };
    assert_eq!(read_table("", &o(Delimiter::Comma)), Err(ReadError::Empty));
    assert_eq!(
        read_table("\r\n\r\n", &o(Delimiter::Whitespace)),
        Err(ReadError::Empty)
    );
    // Ragged rows: short rows read as empty cells, long rows' extra cells are ignored.
    let c = import(b"name,revenue\nAnna\nBao,5,extra,cells\n");
    assert_eq!(
        revenue_by_name(&c.good),
        vec![("Anna".into(), None), ("Bao".into(), Some(5.0))]
    );
    // Binary garbage decodes in a legacy encoding and then fails the mapping or the rows,
    // visibly.
    let garbage: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
    let decoded = decode(&garbage);
    assert_ne!(decoded.encoding, TextEncoding::UTF_8);
    let text = decoded.text;
    let options = sniff(&text);
    if let Ok(table) = read_table(&text, &options) {
        let _ = suggest_mapping(&table, options.decimal);
    }
}

#[test]
fn csv_export_imports_back_identically() {
    let list = demo_list("demo", "Demo");
    for dialect in [
        CsvDialect::PLAIN,
        CsvDialect::for_decimal(DecimalSeparator::Comma),
    ] {
        let csv = customers_csv(&list.customers, dialect);
        assert!(csv.starts_with('\u{feff}'));
        let c = import(csv.as_bytes());
        assert_eq!(c.bad_rows, 0, "{dialect:?}: {:?}", c.problems.first());
        assert_eq!(c.good, *list.customers, "{dialect:?}");
    }
}

#[test]
fn csv_export_neutralises_formulas_and_reads_them_back() {
    let customers = vec![Customer {
        id: "=1+1".into(),
        name: "@SUM(A1:A9);=cmd".into(),
        region: "-North".into(),
        market_type: Some(MarketType::Government),
        ..Default::default()
    }];
    let csv = customers_csv(&customers, CsvDialect::PLAIN);
    assert!(csv.contains("'=1+1") && csv.contains("'@SUM(A1:A9);'=cmd") && csv.contains("'-North"));
    assert_eq!(import(csv.as_bytes()).good, customers);
}

#[test]
fn json_export_imports_back_identically() {
    let mut list = demo_list("demo", "Demo");
    list.settings.currency = "VND".into();
    list.settings.capacity = 42;
    let again = list_from_json(&list_to_json(&list)).unwrap();
    assert_eq!(again, list);
}
