use super::*;
use crate::engine::model::DateOrder;
use crate::io::csv_import::{ColumnTarget, Converter};
use crate::io::fields::Field;
use crate::io::purchase_log::{LogConverter, LogField, LogKind};
use crate::lists::ChoiceMemory;

const CUSTOMERS: &str = "name;revenue;region;score\n\
    Anna;1200;North;4\n\
    Bao;zwölf;South;5\n\
    Chen;800;;6\n\
    Dana;950;East;x\n\
    Emil;300;West;2\n";

const PURCHASES: &str = "customer_id,order_date,amount\n\
    a,2024-01-03,10\n\
    b,2024-01-04,12.5\n\
    a,2024-02-01,oops\n\
    c,not a date,7\n\
    b,2024-03-09,3\n\
    c,2024-03-10,8\n";

fn customers() -> ImportSession<CustomerImport> {
    ImportSession::new(
        "crm.csv".into(),
        CUSTOMERS.as_bytes(),
        CustomerImport::new(ChoiceMemory::default()),
    )
}

fn purchases() -> ImportSession<LogImport> {
    ImportSession::for_log("log.csv".into(), PURCHASES.as_bytes())
}

/// Runs a check to its end in chunks of `rows`.
fn run<C: RowCheck>(mut check: C, rows: usize) -> C {
    while !check.next_chunk(rows).finished() {}
    check
}

fn customer_outcome(c: &Converter) -> (Vec<String>, Vec<(usize, String)>, usize) {
    (
        c.good.iter().map(|c| c.name.clone()).collect(),
        c.problems
            .iter()
            .map(|p| (p.line, p.expected.clone()))
            .collect(),
        c.bad_rows,
    )
}

fn log_outcome(c: &LogConverter) -> (usize, Vec<(usize, String)>, usize) {
    (
        c.purchases.len(),
        c.problems
            .iter()
            .map(|p| (p.line, p.expected.clone()))
            .collect(),
        c.bad_rows,
    )
}

#[test]
fn customer_columns_are_suggested_from_the_header() {
    let s = customers();
    assert_eq!(
        s.options.delimiter,
        crate::io::csv_import::Delimiter::Semicolon
    );
    assert_eq!(s.header(), ["name", "revenue", "region", "score"]);
    assert_eq!(
        s.mapping(),
        [
            ColumnTarget::Field(Field::Name),
            ColumnTarget::Field(Field::RevenuePerYear),
            ColumnTarget::Field(Field::Region),
            ColumnTarget::Custom("score".into()),
        ]
    );
    assert_eq!(s.preview(2).len(), 2);
    assert!(s.problems().is_empty());
    assert!(s.ready());
}

#[test]
fn log_columns_are_suggested_from_the_header_and_a_summary_is_recognised() {
    let s = purchases();
    assert_eq!(s.kind.log_kind, LogKind::Purchases);
    assert_eq!(
        s.mapping(),
        [
            Some(LogField::Id),
            Some(LogField::Date),
            Some(LogField::Amount)
        ]
    );
    assert_eq!(s.kind.date_order.order, DateOrder::YearMonthDay);
    let summary = "customer_id,frequency,recency,T,monetary_value\na,1,2,3,4\n";
    let s = ImportSession::for_log("rfm.csv".into(), summary.as_bytes());
    assert_eq!(s.kind.log_kind, LogKind::Summary);
    assert!(s.ready());
}

#[test]
fn a_field_mapped_twice_or_not_at_all_is_a_typed_problem() {
    let mut s = customers();
    s.set_target(2, ColumnTarget::Field(Field::Name));
    assert_eq!(s.problems(), [MappingProblem::Twice(Field::Name)]);
    assert!(!s.ready());
    assert!(s.start_check(CustomerCheckInput::default()).is_none());
    s.set_target(0, ColumnTarget::Ignore);
    s.set_target(2, ColumnTarget::Ignore);
    assert_eq!(s.problems(), [MappingProblem::Missing(Field::Name)]);

    let mut s = purchases();
    s.set_target(0, Some(LogField::Amount));
    assert_eq!(
        s.problems(),
        [
            MappingProblem::Twice(LogField::Amount),
            MappingProblem::Missing(LogField::Id)
        ]
    );
    s.set_target(0, Some(LogField::Id));
    assert!(s.problems().is_empty());
}

#[test]
fn remapping_follows_the_date_column_and_a_new_kind_suggests_afresh() {
    let text = "id;day;amount\na;03.01.2024;1\nb;25.01.2024;2\n";
    let mut s = ImportSession::for_log("log.csv".into(), text.as_bytes());
    assert_eq!(s.kind.date_order.order, DateOrder::DayMonthYear);
    s.set_target(1, None);
    assert_eq!(s.kind.date_order.order, DateOrder::YearMonthDay);
    s.set_target(1, Some(LogField::Date));
    assert_eq!(s.kind.date_order.order, DateOrder::DayMonthYear);
    // A column past the table is not a column.
    s.set_target(9, Some(LogField::Date));
    assert_eq!(s.mapping().len(), 3);
    s.set_kind(LogImport::new(LogKind::Summary));
    assert_eq!(s.mapping(), [Some(LogField::Id), None, None]);
    assert_eq!(
        s.problems().first(),
        Some(&MappingProblem::Missing(LogField::Frequency))
    );
}

#[test]
fn a_check_in_chunks_finds_what_a_check_at_once_finds() {
    let s = customers();
    let start = || s.start_check(CustomerCheckInput::default()).unwrap();
    let at_once = run(start(), usize::MAX);
    assert_eq!(at_once.bad_rows, 1);
    for rows in [1, 2, 3] {
        assert_eq!(
            customer_outcome(&run(start(), rows)),
            customer_outcome(&at_once)
        );
    }

    let s = purchases();
    let at_once = run(s.start_check(()).unwrap(), usize::MAX);
    assert_eq!(at_once.bad_rows, 2);
    let chunked = run(s.start_check(()).unwrap(), 1);
    assert_eq!(log_outcome(&chunked), log_outcome(&at_once));
}

#[test]
fn a_check_cancelled_midway_and_started_again_checks_every_row() {
    let s = purchases();
    let mut check = s.start_check(()).unwrap();
    assert_eq!(check.progress(), Progress { done: 0, total: 6 });
    assert_eq!(check.next_chunk(4), Progress { done: 4, total: 6 });
    assert!(!check.progress().finished());
    // Cancelling drops the check; what it found so far is not kept.
    drop(check);
    let again = run(s.start_check(()).unwrap(), 4);
    let at_once = run(s.start_check(()).unwrap(), usize::MAX);
    assert_eq!(again.progress(), Progress { done: 6, total: 6 });
    assert_eq!(log_outcome(&again), log_outcome(&at_once));

    // A check that is only paused goes on where it stopped.
    let mut paused = customers()
        .start_check(CustomerCheckInput::default())
        .unwrap();
    paused.next_chunk(2);
    let resumed = run(paused, 2);
    let whole = run(
        customers()
            .start_check(CustomerCheckInput::default())
            .unwrap(),
        usize::MAX,
    );
    assert_eq!(customer_outcome(&resumed), customer_outcome(&whole));
}

#[test]
fn a_corrected_cell_is_read_at_the_next_check_and_a_new_read_forgets_it() {
    let mut s = customers();
    let check = |s: &ImportSession<CustomerImport>| {
        run(
            s.start_check(CustomerCheckInput::default()).unwrap(),
            usize::MAX,
        )
    };
    let before = check(&s);
    let p = before.problems[0].clone();
    assert_eq!((p.line, p.column_index), (3, Some(1)));
    s.fix_cell(p.line, 1, "12.5".into());
    // The same text again is not a correction.
    s.fix_cell(p.line, 1, "12.5".into());
    assert_eq!(s.fixed_cells, 1);
    assert_eq!(check(&s).bad_rows, before.bad_rows - 1);
    s.set_options(s.options);
    assert_eq!(s.fixed_cells, 0);
    assert_eq!(check(&s).bad_rows, before.bad_rows);
}

#[test]
fn a_check_shares_the_table_and_a_correction_meanwhile_copies_it() {
    let mut s = customers();
    let check = s.start_check(CustomerCheckInput::default()).unwrap();
    let table = |s: &ImportSession<CustomerImport>| Arc::clone(s.table.as_ref().unwrap());
    // The check holds the session's rows, not a copy of them.
    assert_eq!(Arc::strong_count(&table(&s)), 3);
    let before = table(&s);
    s.fix_cell(3, 1, "12.5".into());
    // The session's table is now its own, corrected; the check reads the rows it started on.
    assert!(!Arc::ptr_eq(&before, &table(&s)));
    assert_eq!(before.rows[1].cells[1], "zwölf");
    assert_eq!(table(&s).rows[1].cells[1], "12.5");
    assert_eq!(run(check, usize::MAX).bad_rows, 1);
    drop(before);
    // With no check holding it, a correction changes the table in place.
    let alone = Arc::as_ptr(&table(&s));
    s.fix_cell(4, 2, "Centre".into());
    assert_eq!(Arc::as_ptr(&table(&s)), alone);
    assert_eq!(
        run(s.start_check(CustomerCheckInput::default()).unwrap(), 2).bad_rows,
        0
    );
    assert_eq!(s.fixed_cells, 2);
}

#[test]
fn a_mapping_problem_is_told_at_the_column_where_it_is_mended() {
    // An id column whose name is not recognised stays unmapped: the missing id is told there.
    let text = "kunden_nr;fecha;importe\na;2024-01-03;1\nb;2024-01-25;2\n";
    let mut s = ImportSession::for_log("log.csv".into(), text.as_bytes());
    assert_eq!(
        s.mapping(),
        [None, Some(LogField::Date), Some(LogField::Amount)]
    );
    assert_eq!(
        s.problem_column(),
        Some((0, MappingProblem::Missing(LogField::Id)))
    );
    // A field mapped twice is told at its later column.
    s.set_target(0, Some(LogField::Amount));
    assert_eq!(
        s.problem_column(),
        Some((2, MappingProblem::Twice(LogField::Amount)))
    );
    // Every column fills a field and one is missing: the first column.
    s.set_target(0, Some(LogField::Id));
    s.set_target(2, Some(LogField::Quantity));
    assert_eq!(
        s.problem_column(),
        Some((0, MappingProblem::Missing(LogField::Amount)))
    );
    s.set_target(2, Some(LogField::Amount));
    assert_eq!(s.problem_column(), None);

    // A customer list without a name column: told at the first column that fills no field.
    let text = "id,firma,revenue\n1,A,100\n2,B,200\n";
    let s = ImportSession::new("c.csv".into(), text.as_bytes(), CustomerImport::default());
    assert_eq!(
        s.problem_column(),
        Some((1, MappingProblem::Missing(Field::Name)))
    );
}

/// A session made as it was before files could be read in slices: decoded, sniffed (a read of
/// the whole text), read again with the options sniffed, a mapping suggested.
fn read_at_once<K: ImportKind>(bytes: &[u8], kind: K) -> ImportSession<K> {
    let file = TextFile::new(bytes);
    let options = crate::io::csv_import::sniff(file.text());
    let mut s = ImportSession {
        file_name: "f.csv".into(),
        file,
        options,
        kind,
        table: Err(ReadError::Empty),
        mapping: Vec::new(),
        fixed_cells: 0,
    };
    s.reread();
    s
}

/// Reads `bytes` `rows` at a time, checking that the progress only grows.
fn read_in_slices<K: ImportKind>(bytes: &[u8], kind: K, rows: usize) -> ImportSession<K> {
    let mut reading = ImportSession::start("f.csv".into(), bytes, kind);
    let mut last = reading.progress();
    while !reading.advance(rows) {
        let now = reading.progress();
        assert!(
            now.done >= last.done && now.rows >= last.rows,
            "{last:?} → {now:?}"
        );
        assert!(now.done <= now.total);
        last = now;
    }
    let end = reading.progress();
    assert_eq!(end.done, end.total);
    let s = reading.finish();
    assert_eq!(end.rows, s.table.as_ref().map_or(0, |t| t.rows.len()));
    s
}

/// Files of every shape the reading meets: delimiters, header or not, byte-order marks,
/// decimal commas, legacy and UTF-16 encodings, broken bytes, quoted line breaks, blank and
/// unreadable files, and one long enough to cross the reader's buffers.
fn files_to_read() -> Vec<Vec<u8>> {
    let mut files: Vec<Vec<u8>> = vec![
        CUSTOMERS.as_bytes().to_vec(),
        PURCHASES.as_bytes().to_vec(),
        "\u{feff}name;revenue;since\nÄnna;1.200,50;2020-01-02\nBø;3,75;2021-03-04\n"
            .as_bytes()
            .to_vec(),
        b"name;city;revenue\nJos\xe9;M\xe1laga;12,5\nRen\xe9e;N\xeemes;3,25\n".to_vec(),
        "00001 19970101 1 11.77\n\n00002   19970112 2 22.5\r\n00001 19970201 1 3\n"
            .as_bytes()
            .to_vec(),
        b"customer,amount\n\"x,1\n2,3\n".to_vec(),
        b"name,note\r\n\"Ann\",\"two\r\nlines\"\r\n\r\nBo,x\r\n".to_vec(),
        b"name,revenue\nAnn\xff,1\nB\xc3\xa9a,2\nC\xc3\xa9,3\nD\xc3\xa9,4\n".to_vec(),
        b"".to_vec(),
        b"\n \n".to_vec(),
        b"1;2\n3;4\n".to_vec(),
    ];
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "name\trevenue\nZoë\t12\nÅsa\t7\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    files.push(utf16);
    let mut long = String::from("customer_id;order_date;amount;note\n");
    for i in 0..400 {
        long.push_str(&format!(
            "c{:03};2024-{:02}-{:02};{},{:02};\"Grüße, {i}\"\n",
            i % 37,
            1 + i % 12,
            1 + i % 28,
            i * 3,
            i % 100
        ));
    }
    files.push(long.into_bytes());
    files
}

#[test]
fn a_file_read_in_slices_is_the_file_read_at_once() {
    for bytes in files_to_read() {
        let customers = || CustomerImport::new(ChoiceMemory::default());
        let log = || LogImport::new(LogKind::Purchases);
        let at_once = read_at_once(&bytes, customers());
        assert_eq!(
            ImportSession::new("f.csv".into(), &bytes, customers()),
            at_once
        );
        let log_at_once = read_at_once(&bytes, log());
        for rows in [1, 2, 3, 7, 64, 1000, usize::MAX] {
            let text = String::from_utf8_lossy(&bytes);
            assert_eq!(
                read_in_slices(&bytes, customers(), rows),
                at_once,
                "{text:?}, {rows} rows a slice"
            );
            assert_eq!(
                read_in_slices(&bytes, log(), rows),
                log_at_once,
                "{text:?} as a log, {rows} rows a slice"
            );
        }
    }
}

#[test]
fn a_log_read_in_slices_becomes_a_summary_as_one_read_at_once() {
    let summary = "customer;frequency;recency;T;monetary_value\na;2;30;40;12,5\nb;0;0;20;0\n";
    let at_once = ImportSession::for_log("f.csv".into(), summary.as_bytes());
    assert_eq!(at_once.kind.log_kind, LogKind::Summary);
    let mut reading = ImportSession::start_log("f.csv".into(), summary.as_bytes());
    while !reading.advance(1) {}
    assert_eq!(reading.finish().as_summary_if_named(), at_once);
    // Set as a summary by the old way, with a read of the table again.
    let mut again = read_at_once(summary.as_bytes(), LogImport::new(LogKind::Purchases));
    again.set_kind(LogImport::new(LogKind::Summary));
    assert_eq!(again, at_once);
}
