//! The generated CRM export the benchmarks share.

/// The CSV the browser benchmark imports (tests/browser/helpers.mjs, `customerCsv`).
pub fn customer_csv(count: usize) -> Vec<u8> {
    let mut text = String::from("customer_id,name,revenue,margin,channel,region");
    for i in 1..=count {
        let revenue = (1000 + ((i * 7919) % 90000)) as f64 / 10.0;
        let margin = 0.2 + (i % 30) as f64 / 100.0;
        let channel = ["referral", "web", "events"][i % 3];
        let region = ["North", "South", "East", "West"][i % 4];
        text.push_str(&format!(
            "\nC{i},Customer {i},{revenue},{margin},{channel},{region}"
        ));
    }
    text.into_bytes()
}
