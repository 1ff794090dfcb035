//! Times saving a list of 1,000, 10,000 and 100,000 generated customers through the store, as
//! the page does after each change: the first save (every customer written), a save after a
//! settings edit (the customers' text reused), and a save after one customer was edited in the
//! table (`Revised::edit`: one piece of 1,000 customers written again), against writing the
//! whole list again. Minimum of 5 runs each. Run with `cargo run --release --example bench_store`.

use std::collections::HashMap;
use std::time::Instant;
use value_pyramid::engine::model::Figure;
use value_pyramid::io::store::{DocText, MemoryStore, Persistence, Store, StoreError};
use value_pyramid::lists::CustomerList;

/// A memory store that keeps each list's revision as it is written, as the page's IndexedDB
/// store does (the test store reads it back out of the document).
#[derive(Default)]
struct PageLikeStore {
    texts: MemoryStore,
    revisions: HashMap<String, u64>,
}

impl Store for PageLikeStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.texts.read(key)
    }
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.texts.write(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.revisions.remove(key);
        self.texts.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.texts.keys()
    }
    fn revision(&self, key: &str) -> Result<Option<u64>, StoreError> {
        Ok(self.revisions.get(key).copied())
    }
    fn write_list(&mut self, key: &str, value: DocText, revision: u64) -> Result<(), StoreError> {
        self.revisions.insert(key.to_string(), revision);
        // The page copies the parts into one JavaScript string for IndexedDB, as joining does.
        self.texts.items.insert(key.to_string(), value.joined());
        Ok(())
    }
}

#[path = "../benches/support/generated_list.rs"]
mod generated_list;
use generated_list::{generate, settings};

const RUNS: usize = 5;

fn main() {
    for customers in [1_000, 10_000, 100_000] {
        bench(customers);
    }
}

fn min_ms(mut run: impl FnMut()) -> f64 {
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .fold(f64::INFINITY, f64::min)
}

fn bench(customers: usize) {
    let mut list = CustomerList::new("bench".into(), "Bench".into());
    list.append(generate(customers));
    list.settings = settings();
    let mut store = Persistence::new(PageLikeStore::default());
    let first = min_ms(|| {
        // A new revision each run, so each save writes every customer.
        list.customers.as_mut_slice();
        store.save_list(&list).expect("saved");
    });
    let settings_edit = min_ms(|| {
        list.settings.capacity += 1;
        store.save_list(&list).expect("saved");
    });
    let mut k = 0;
    let one_customer = min_ms(|| {
        k += 7_919;
        let at = k % list.customers.len();
        let customer = list.customers.edit(at).expect("there");
        customer.revenue_per_year =
            Figure::of(customer.revenue_per_year.get().unwrap_or(0.0) + 1.0);
        store.save_list(&list).expect("saved");
    });
    let chars = store
        .store
        .texts
        .items
        .values()
        .map(String::len)
        .max()
        .unwrap_or(0);
    println!(
        "{customers} customers ({chars} characters stored): every customer written {first:.2} ms, \
         settings edited {settings_edit:.2} ms, one customer edited {one_customer:.2} ms (min of {RUNS})"
    );
}
