//! Opening the 100,000-row CRM export of the browser benchmark as an import session: the
//! reading as it was (decode, sniff by reading the whole table, read the table again, suggest
//! a mapping), the reading now at once, and the reading in slices of some rows with the
//! longest slice (the page yields between slices), then the suggestion that ends it; then the
//! check of every row as the page's "Check rows" runs it.
//! Run with `cargo run --release --example bench_import [rows]`.

use std::time::{Duration, Instant};
use value_pyramid::i18n::choice_labels;
use value_pyramid::io::csv_import::{read_table, sniff};
use value_pyramid::io::encoding::TextFile;
use value_pyramid::io::import_session::{
    CustomerCheckInput, CustomerImport, ImportKind, ImportSession, RowCheck,
};

#[path = "shared/crm_csv.rs"]
mod crm_csv;
use crm_csv::customer_csv;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// The fastest of `n` runs of `f`.
fn best(n: usize, mut f: impl FnMut() -> Duration) -> Duration {
    (0..n).map(|_| f()).min().unwrap_or_default()
}

/// What the page's check converts between two looks at the clock (app/import/mod.rs).
const CHECK_CHUNK_ROWS: usize = 2_000;

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let bytes = customer_csv(rows);
    println!("== CRM export, {rows} rows, {} bytes", bytes.len());
    let old = best(3, || {
        let t0 = Instant::now();
        let file = TextFile::new(&bytes);
        let options = sniff(file.text());
        let table = read_table(file.text(), &options);
        let mut kind = CustomerImport::default();
        if let Ok(table) = &table {
            let mapping = kind.suggest(table, options.decimal);
            kind.read(table, &mapping, options.decimal);
        }
        let _ = std::hint::black_box((file, table, kind));
        t0.elapsed()
    });
    println!(
        "   as it was (sniff reads the table, then it is read again): {}",
        ms(old)
    );
    let at_once = best(3, || {
        let t0 = Instant::now();
        let s = ImportSession::new("c.csv".into(), &bytes, CustomerImport::default());
        std::hint::black_box(s);
        t0.elapsed()
    });
    println!("   now, at once: {}", ms(at_once));
    for slice in [500, 2_000, 8_000] {
        let t0 = Instant::now();
        let mut reading = ImportSession::start("c.csv".into(), &bytes, CustomerImport::default());
        let (mut longest, mut slices) = (Duration::ZERO, 0);
        loop {
            let s0 = Instant::now();
            let finished = reading.advance(slice);
            longest = longest.max(s0.elapsed());
            slices += 1;
            if finished {
                break;
            }
        }
        let s0 = Instant::now();
        let session = reading.finish();
        let suggest = s0.elapsed();
        println!(
            "   {slice} rows a slice: {slices} slices, longest {}, then the suggestion {}; total {} ({} rows)",
            ms(longest),
            ms(suggest),
            ms(t0.elapsed()),
            session.table.as_ref().map_or(0, |t| t.rows.len())
        );
    }
    check(&bytes);
}

/// The page's "Check rows": the check started from the session, every row checked a chunk at
/// a time, and the converter's results moved into the report (`Report::from` moves them and
/// drops the rest).
fn check(bytes: &[u8]) {
    let session = ImportSession::new("c.csv".into(), bytes, CustomerImport::default());
    let labels = choice_labels().clone();
    let mut good = 0;
    let time = best(5, || {
        let input = CustomerCheckInput {
            taken_ids: Default::default(),
            labels: labels.clone(),
        };
        let t0 = Instant::now();
        let Some(mut converter) = session.start_check(input) else {
            return Duration::ZERO;
        };
        while !converter.next_chunk(CHECK_CHUNK_ROWS).finished() {}
        let report = (
            std::mem::take(&mut converter.good),
            std::mem::take(&mut converter.problems),
            std::mem::take(&mut converter.held_totals),
        );
        // `Report::from` drops what the report does not keep (the converter's table).
        drop(converter);
        let elapsed = t0.elapsed();
        good = report.0.len();
        // Dropped outside the timing: the page keeps the report until the import.
        drop(std::hint::black_box(report));
        elapsed
    });
    let cells: usize = session.table.as_ref().map_or(0, |t| {
        t.rows
            .iter()
            .map(|r| {
                std::mem::size_of_val(r)
                    + r.cells.capacity() * std::mem::size_of::<String>()
                    + r.cells.iter().map(String::capacity).sum::<usize>()
            })
            .sum()
    });
    println!(
        "   check of every row ({CHECK_CHUNK_ROWS} a chunk, best of 5): {} ({good} good rows; the table's rows hold {:.1} MB)",
        ms(time),
        cells as f64 / 1e6
    );
}
