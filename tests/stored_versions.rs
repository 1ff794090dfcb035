//! Every stored format the page has written loads, keeps its meaning when saved again, and
//! reloads identically (issue 13 point 4). Fixtures: tests/fixtures/stored/, one per version
//! of the stored documents; schema 1 is the first, written before lists carried a revision and
//! the words said at import.

use value_pyramid::engine::model::{Channel, Status};
use value_pyramid::io::store::{MemoryStore, Persistence, INDEX_KEY, LIST_KEY_PREFIX};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/stored/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn schema1_store() -> MemoryStore {
    let mut store = MemoryStore::default();
    store
        .items
        .insert(INDEX_KEY.into(), fixture("schema1-index.json"));
    for id in ["list-1", "list-2"] {
        store.items.insert(
            format!("{LIST_KEY_PREFIX}{id}"),
            fixture(&format!("schema1-{id}.json")),
        );
    }
    store
}

#[test]
fn schema_1_loads_with_its_meaning() {
    let loaded = Persistence::new(schema1_store()).load();
    assert!(loaded.unreadable.is_empty() && loaded.error.is_none());
    assert_eq!(loaded.view, "pyramid");
    let w = &loaded.workspace;
    assert_eq!(w.current, "list-2");
    let demo = w.get("list-1").unwrap();
    assert!(demo.is_demo);
    assert_eq!(demo.customers.len(), 2);
    assert_eq!(demo.customers[0].revenue_per_year.get(), Some(455.04));
    assert_eq!(demo.customers[0].indicators["growth"], -0.08);
    assert_eq!(demo.customers[1].status, Status::Prospect);
    assert_eq!(demo.customers[1].custom["industry"], "manufacturing");
    let kunden = w.get("list-2").unwrap();
    assert_eq!(kunden.settings.currency, "VND");
    assert_eq!(kunden.settings.churn_rate, 0.1);
    assert_eq!(kunden.settings.life_expectancy, 75.0);
    assert_eq!(kunden.customers[0].channel, Some(Channel::TradeShow));
    assert_eq!(kunden.customers[0].gross_margin.get(), Some(0.39));
    // Fields the schema-1 documents did not have take their defaults.
    assert!(kunden.choice_words.is_empty());
}

#[test]
fn schema_1_saved_again_reloads_identically() {
    let mut first = Persistence::new(schema1_store());
    let loaded = first.load();
    first.save_all(&loaded.workspace, &loaded.view).unwrap();
    let resaved = first.store.clone();
    // The saved documents are of the current shape: a revision, and the index unchanged.
    assert!(resaved.items[&format!("{LIST_KEY_PREFIX}list-1")].contains("\"revision\":1"));
    let again = Persistence::new(resaved).load();
    assert_eq!(again.workspace, loaded.workspace);
    assert_eq!(again.view, loaded.view);
}
