//! Opening the 100,000-row CRM export of the browser benchmark as an import session: the
//! reading as it was (decode, sniff by reading the whole table, read the table again, suggest
//! a mapping), the reading now at once, and the reading in slices of some rows with the
//! longest slice (the page yields between slices), then the suggestion that ends it.
//! Run with `cargo run --release --example bench_import [rows]`.

use std::time::{Duration, Instant};
use value_pyramid::io::csv_import::{read_table, sniff};
use value_pyramid::io::encoding::TextFile;
use value_pyramid::io::import_session::{CustomerImport, ImportKind, ImportSession};

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
}
