//! The importers under arbitrary input: bytes and strings that no file should hold must give
//! an error or a report, never a panic, and never a NaN, an infinity or an out-of-range value
//! in what is kept. Then one file of hostile cells (formulas, HTML, a 1 MB cell, NaN, inf,
//! exponents, negative and huge values), each refused with its line, column, rule and text or
//! kept as plain text.

use proptest::prelude::*;
use std::collections::HashSet;
use value_pyramid::engine::btyd::rfm::{summarize, TimeUnit, MAX_AMOUNT};
use value_pyramid::engine::keys::VariantArray;
use value_pyramid::engine::model::{guess_date_order, parse_date_as, Customer, Date, DateOrder};
use value_pyramid::io::csv_import::{
    read_table, sniff, suggest_mapping, ColumnTarget, Converter, CsvOptions, Delimiter, Readings,
    RowProblem,
};
use value_pyramid::io::demo::demo_list;
use value_pyramid::io::encoding::{decode, decode_as, TextEncoding, TextFile};
use value_pyramid::io::fields::{CellReading, Field, MAX_TEXT_CHARS, MAX_VALUE};
use value_pyramid::io::number::{parse_number, DecimalSeparator};
use value_pyramid::io::purchase_log::{
    default_calibration_end, suggest_date_order, suggest_log_mapping, summary_from_rows,
    LogConverter, LogKind, MAX_TIME,
};
use value_pyramid::io::store::{list_from_json, list_to_json};

/// Text that looks like a CSV often enough to reach the converters: delimiters, quotes, line
/// ends, digits, signs, separators, letters of several scripts, and the odd control character.
fn csv_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(vec![
                ",", ";", "\t", " ", "\"", "\n", "\r\n", "\r", ".", "-", "+", "%", "€", "'", "=",
                "/", ":", "T", "Z", "e", "E", "NaN", "inf", "é", "Ж", "合", "ễ", "\u{feff}",
                "\u{0}", "\u{fffd}",
            ])
            .prop_map(str::to_string),
            4 => "[0-9]{1,6}",
            2 => "[a-zA-Z_]{1,8}",
            1 => any::<String>(),
        ],
        0..200,
    )
    .prop_map(|pieces| pieces.concat())
}

fn finite_customer(c: &Customer) -> bool {
    [
        c.revenue_per_year,
        c.purchases_per_year,
        c.average_order_value,
        c.gross_margin,
        c.acquisition_cost,
        c.service_cost,
        c.market_share_value,
        c.market_share_score,
        c.brand_value,
        c.brand_score,
        c.implicit_cost_hours,
    ]
    .into_iter()
    .filter_map(|f| f.get())
    .chain(c.indicators.values().copied())
    .all(|v| v.is_finite() && v.abs() <= MAX_VALUE)
}

/// Every column mapped (the first to the name, the others through every field, indicator and
/// free attribute in turn), so every cell reader sees every cell.
fn map_everything(width: usize) -> Vec<ColumnTarget> {
    let others = Field::VARIANTS
        .iter()
        .copied()
        .filter(|f| *f != Field::Name)
        .map(ColumnTarget::Field)
        .chain([
            ColumnTarget::Indicator("x".into()),
            ColumnTarget::Custom("y".into()),
        ])
        .collect::<Vec<_>>();
    (0..width)
        .map(|i| match i {
            0 => ColumnTarget::Field(Field::Name),
            _ => others[(i - 1) % others.len()].clone(),
        })
        .collect()
}

/// Decode → sniff → read_table → suggest_mapping → Converter, as the page runs them, with the
/// suggested mapping and with every column mapped; checks what is kept.
fn customer_import(text: &str, order: DateOrder) {
    let options = sniff(text);
    for options in [
        options,
        CsvOptions {
            delimiter: Delimiter::Whitespace,
            has_header: !options.has_header,
            decimal: DecimalSeparator::Comma,
        },
    ] {
        let Ok(table) = read_table(text, &options) else {
            continue;
        };
        let mut readings = Readings::plain(options.decimal);
        for i in 0..table.columns.len() {
            readings.date_orders.insert(i, order);
        }
        for mapping in [
            suggest_mapping(&table, options.decimal),
            map_everything(table.columns.len()),
        ] {
            if let Ok(mut c) =
                Converter::new(table.clone(), mapping, readings.clone(), HashSet::new())
            {
                while !c.step(7) {}
                assert!(c.good.iter().all(finite_customer));
                assert!(c
                    .good
                    .iter()
                    .all(|c| !c.name.is_empty() && c.name.chars().count() <= MAX_TEXT_CHARS));
                assert!(c.problems.iter().all(|p| p.found.chars().count() <= 201));
                assert!(c.good.len() + c.bad_rows + c.held_totals.len() == table.rows.len());
            }
        }
    }
}

/// The purchase-log and summary importers with the suggested mapping and with the fields of
/// the kind laid over the columns in order, then the summary the models are fitted on.
fn log_import(text: &str, order: DateOrder) {
    let options = sniff(text);
    let Ok(table) = read_table(text, &options) else {
        return;
    };
    for &kind in LogKind::VARIANTS {
        let laid: Vec<_> = (0..table.columns.len())
            .map(|i| kind.fields().get(i).copied())
            .collect();
        for mapping in [suggest_log_mapping(&table, kind), laid] {
            let _ = suggest_date_order(&table, &mapping);
            let Ok(c) = LogConverter::new(table.clone(), &mapping, kind, options.decimal) else {
                continue;
            };
            let mut c = c.with_date_order(order);
            while !c.step(5) {}
            assert!(c
                .purchases
                .iter()
                .all(|p| p.amount.is_finite() && (0.0..=MAX_AMOUNT).contains(&p.amount)));
            assert!(c.summary.iter().all(|s| s.recency.is_finite()
                && s.age.is_finite()
                && (0.0..=MAX_TIME).contains(&s.age)
                && s.recency <= s.age
                && s.monetary.is_none_or(f64::is_finite)));
            if let Some(end) = default_calibration_end(&c.purchases) {
                for unit in [TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months] {
                    let _ = summarize(&c.purchases, end, None, unit);
                }
            }
            let end = Date::from_ymd_opt(2024, 1, 1).unwrap_or_default();
            for unit in [TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months] {
                let s = summary_from_rows(&c.summary, unit, end);
                assert_eq!(s.customers.len(), c.summary.len());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_decode_and_import_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let decoded = decode(&bytes);
        prop_assert!(decoded.replaced <= bytes.len());
        let mut file = TextFile::new(&bytes);
        for e in file.choices() {
            file.set_encoding(e);
            prop_assert_eq!(file.decoded.encoding, e);
        }
        customer_import(&decoded.text, DateOrder::DayMonthYear);
        log_import(&decoded.text, DateOrder::MonthDayYear);
    }

    #[test]
    fn csv_like_text_imports_without_panic(text in csv_like(), order in prop::sample::select(DateOrder::VARIANTS.to_vec())) {
        customer_import(&text, order);
        log_import(&text, order);
    }

    #[test]
    fn utf8_text_decodes_to_itself(text in any::<String>()) {
        let d = decode(text.as_bytes());
        // Valid UTF-8 (without a mark of another encoding) reads back as written.
        if !text.starts_with('\u{feff}') {
            prop_assert_eq!(d.encoding, TextEncoding::UTF_8);
            prop_assert_eq!(d.text, text.clone());
            prop_assert_eq!(d.replaced, 0);
        }
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        prop_assert_eq!(decode_as(&le, TextEncoding::UTF_16LE).text, text);
    }

    #[test]
    fn numbers_are_finite_or_refused(text in prop_oneof![any::<String>(), "[-+ .,0-9e%€$]{0,30}"]) {
        for decimal in [DecimalSeparator::Point, DecimalSeparator::Comma] {
            if let Some(n) = parse_number(&text, decimal) {
                prop_assert!(n.value.is_finite(), "{text:?} read as {}", n.value);
            }
        }
    }

    #[test]
    fn dates_never_panic_and_every_field_keeps_finite_values(text in prop_oneof![any::<String>(), "[0-9/.: TZ+-]{0,30}"]) {
        for &order in DateOrder::VARIANTS {
            let _ = parse_date_as(&text, order);
            let mut c = Customer::default();
            let reading = CellReading { date_order: order, ..CellReading::plain(DecimalSeparator::Comma) };
            for &field in Field::VARIANTS {
                let _ = field.apply_as(&mut c, &text, &reading);
            }
            prop_assert!(finite_customer(&c));
        }
        let _ = guess_date_order([text.as_str(), text.as_str()]);
    }

    #[test]
    fn written_dates_read_back_in_their_order(
        y in 1i32..=9999, m in 1u32..=12, d in 1u32..=28, h in 0u32..24, min in 0u32..60, s in 0u32..60,
    ) {
        let Some(date) = Date::from_ymd_opt(y, m, d) else { return Ok(()) };
        let cases = [
            (format!("{y:04}-{m:02}-{d:02}"), DateOrder::YearMonthDay),
            (format!("{y:04}{m:02}{d:02}"), DateOrder::YearMonthDay),
            (format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}Z"), DateOrder::MonthDayYear),
            (format!("{y:04}/{m}/{d} {h}:{min:02}"), DateOrder::DayMonthYear),
            (format!("{d}.{m}.{y:04}"), DateOrder::YearMonthDay),
            (format!("{d:02}/{m:02}/{y:04} {h:02}:{min:02}:{s:02}"), DateOrder::DayMonthYear),
            (format!("{m}/{d}/{y:04} {}:{min:02} PM", h % 12 + 1), DateOrder::MonthDayYear),
        ];
        for (text, order) in cases {
            prop_assert_eq!(parse_date_as(&text, order), Some(date), "{}", text);
        }
    }

    #[test]
    fn json_lists_never_panic_and_keep_finite_values(
        text in any::<String>(),
        cut in 0usize..20_000,
        insert in "[-0-9eE.,:{}\\[\\]\"a-z]{0,12}",
    ) {
        let _ = list_from_json(&text);
        // A real export with a piece cut out and something else put in.
        let json = list_to_json(&demo_list("demo", "Demo"));
        let at = json.char_indices().map(|(i, _)| i).nth(cut % json.chars().count()).unwrap_or(0);
        let end = json[at..].char_indices().nth(5).map_or(json.len(), |(i, _)| at + i);
        let damaged = format!("{}{}{}", &json[..at], insert, &json[end..]);
        if let Ok(list) = list_from_json(&damaged) {
            prop_assert!(list.customers.iter().all(|c| c.revenue_per_year.get().is_none_or(f64::is_finite)));
        }
    }
}

fn problems_of(c: &Converter) -> Vec<(usize, String, String, String)> {
    c.problems
        .iter()
        .map(|p: &RowProblem| {
            (
                p.line,
                p.column.clone(),
                p.expected.clone(),
                p.found.clone(),
            )
        })
        .collect()
}

#[test]
fn hostile_cells_are_kept_as_text_or_refused_at_their_cell() {
    let long = "A".repeat(1 << 20);
    let text = format!(
        "name;revenue;growth;note\n\
         =1+1;10;1;=HYPERLINK(\"http://x\")\n\
         +cmd|' /C calc'!A0;20;2;+1\n\
         -2+3;30;3;-1\n\
         @SUM(A1:A9);40;4;@x\n\
         <script>alert(1)</script>;50;5;<img src=x onerror=alert(1)>\n\
         <b>Bold</b> & Co;60;6;ok\n\
         Nan;NaN;inf;\n\
         Inf;inf;-inf;\n\
         Big exponent;1e999;1E5;\n\
         Exponent;1e5;2e-3;\n\
         Negative;-5;-5;\n\
         Huge;1000000000000000000000;1000000000000000000000;\n\
         Long note;70;7;{long}\n\
         {long};80;8;\n"
    );
    let options = sniff(&text);
    assert_eq!(options.delimiter, Delimiter::Semicolon);
    assert!(options.has_header);
    let table = read_table(&text, &options).unwrap();
    let mapping = vec![
        ColumnTarget::Field(Field::Name),
        ColumnTarget::Field(Field::RevenuePerYear),
        ColumnTarget::Indicator("growth".into()),
        ColumnTarget::Custom("note".into()),
    ];
    let mut c = Converter::new(
        table,
        mapping,
        Readings::plain(options.decimal),
        HashSet::new(),
    )
    .unwrap();
    while !c.step(3) {}
    // Formulas, HTML and script are names like any other: stored as the text they are (the
    // page puts them in text nodes, the CSV export neutralises the formulas).
    let names: Vec<&str> = c.good.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A9)",
            "<script>alert(1)</script>",
            "<b>Bold</b> & Co",
        ]
    );
    assert_eq!(c.good[4].custom["note"], "<img src=x onerror=alert(1)>");
    assert_eq!(c.good[0].custom["note"], "=HYPERLINK(\"http://x\")");
    let cut = |s: &str| format!("{}…", &s[..200]);
    let want: Vec<(usize, String, String, String)> = [
        (8, "revenue", "rule.money", "NaN"),
        (8, "growth", "rule.indicator", "inf"),
        (9, "revenue", "rule.money", "inf"),
        (9, "growth", "rule.indicator", "-inf"),
        (10, "revenue", "rule.money", "1e999"),
        (10, "growth", "rule.indicator", "1E5"),
        (11, "revenue", "rule.money", "1e5"),
        (11, "growth", "rule.indicator", "2e-3"),
        (12, "revenue", "rule.money", "-5"),
        (13, "revenue", "rule.money", "1000000000000000000000"),
        (13, "growth", "rule.indicator", "1000000000000000000000"),
        (14, "note", "rule.custom_text", &cut(&long)),
        (15, "name", "rule.text_required", &cut(&long)),
    ]
    .iter()
    .map(|(l, col, e, f)| (*l, col.to_string(), e.to_string(), f.to_string()))
    .collect();
    assert_eq!(problems_of(&c), want);
    assert_eq!(c.bad_rows, 8);
    // The one line that is 1 MB long is read whole, and refused at its cell.
    assert_eq!(c.good.len() + c.bad_rows, 14);
}
