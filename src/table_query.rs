//! Which customers the table shows, in what order: search, filters and sort, computed once per
//! change over the whole list and paged afterwards, so 100,000 rows cost one sort.

use crate::engine::model::{Customer, MarketType, Status};
use crate::engine::numeric::{place_in_key, score_place_key};
use crate::io::fields::Field;
use std::borrow::Cow;
use std::cmp::Ordering;

/// What the user asked the table for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableQuery {
    /// Case-insensitive text looked for in id, name, region and custom attributes.
    pub search: String,
    pub status: Option<Status>,
    /// All market types when `None`; `Some(None)` shows the entries that give none.
    pub market_type: Option<Option<MarketType>>,
    pub sort: Option<(Field, SortOrder)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOrder {
    Ascending,
    Descending,
}

/// Most changed customers [`TableQuery::rows_after`] moves one by one; past them, the whole
/// list is filtered and sorted again.
const MOVED_AT_MOST: usize = 64;

impl TableQuery {
    /// Indices into `customers` of the rows to show, in display order. Ties keep list order.
    pub fn rows(&self, customers: &[Customer]) -> Vec<usize> {
        let needle = self.needle();
        let mut rows: Vec<usize> = if self.shows_everyone(&needle) {
            // Every row: the table opens this way, and 100,000 customers need not be read
            // to say so.
            (0..customers.len()).collect()
        } else {
            customers
                .iter()
                .enumerate()
                .filter(|(_, c)| self.shows(c, &needle))
                .map(|(i, _)| i)
                .collect()
        };
        if let Some((field, order)) = self.sort {
            rows = sorted(customers, rows, field, order);
        }
        rows
    }

    /// [`TableQuery::rows`] of `customers`, given `rows`, what it gave for a list that
    /// differed from `customers` only at the positions `changed` (sorted, no repeats, as
    /// `Revised::changed_since` gives them). The changed customers are taken out and put back
    /// where they belong now, the others keep their places: an edit while the table was sorted
    /// sorted all 100,000 customers again.
    pub fn rows_after(
        &self,
        customers: &[Customer],
        mut rows: Vec<usize>,
        changed: &[usize],
    ) -> Vec<usize> {
        if changed.is_empty() {
            return rows;
        }
        let needle = self.needle();
        if changed.len() > MOVED_AT_MOST || changed.last().is_some_and(|&i| i >= customers.len()) {
            return self.rows(customers);
        }
        if self.shows_everyone(&needle) && self.sort.is_none() {
            // Everyone in list order, whatever changed.
            return if rows.len() == customers.len() {
                rows
            } else {
                self.rows(customers)
            };
        }
        rows.retain(|i| changed.binary_search(i).is_err());
        for &i in changed {
            if !self.shows(&customers[i], &needle) {
                continue;
            }
            // The order `rows` gives: by key, ties in list order.
            let at = match self.sort {
                None => rows.partition_point(|&r| r < i),
                Some((field, order)) => {
                    let key = sort_key(&customers[i], field);
                    rows.partition_point(|&r| {
                        compare(&sort_key(&customers[r], field), &key, order).then(r.cmp(&i))
                            == Ordering::Less
                    })
                }
            };
            rows.insert(at, i);
        }
        rows
    }

    /// The search text as compared: trimmed and lowercase.
    fn needle(&self) -> String {
        self.search.trim().to_lowercase()
    }

    /// Whether no filter and no search leave anyone out.
    fn shows_everyone(&self, needle: &str) -> bool {
        self.status.is_none() && self.market_type.is_none() && needle.is_empty()
    }

    /// Whether the filters and the search (`needle`, see [`TableQuery::needle`]) keep `c`.
    fn shows(&self, c: &Customer, needle: &str) -> bool {
        self.status.is_none_or(|s| c.status == s)
            && self.market_type.is_none_or(|m| c.market_type == m)
            && (needle.is_empty() || matches_search(c, needle))
    }
}

fn matches_search(c: &Customer, needle: &str) -> bool {
    [c.id.as_str(), c.name.as_str(), c.region.as_str()]
        .into_iter()
        .chain(c.custom.values().map(|v| v.as_str()))
        .any(|text| contains_lowercase(text, needle))
}

/// Whether `text`, lowercased, contains `needle` (already lowercase). ASCII text is compared
/// byte by byte without a lowercase copy: each key typed in the search field reads the id,
/// name and region of every customer, and a copy of each was most of its time.
fn contains_lowercase(text: &str, needle: &str) -> bool {
    if !text.is_ascii() {
        return text.to_lowercase().contains(needle);
    }
    // ASCII text lowercases to ASCII, which holds no other character.
    if !needle.is_ascii() {
        return false;
    }
    needle.is_empty()
        || text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// `rows` (in list order) sorted by `field`: as a stable sort by [`compare`] orders them, so
/// by key and, among equal keys, by position.
fn sorted(customers: &[Customer], rows: Vec<usize>, field: Field, order: SortOrder) -> Vec<usize> {
    if u32::try_from(customers.len()).is_ok() {
        // Whether a field holds numbers depends on the field alone.
        if field.number(&Customer::default()).is_none() {
            return sorted_by_text(customers, rows, field, order);
        }
        // Each row one integer: blank last, the number's order (reversed when descending),
        // then the position. Sorting places through a comparison of keys was 20-30 ms of a
        // click at 100,000 customers in the page; integers sort without one.
        let descending = order == SortOrder::Descending;
        let mut keys: Vec<u128> = rows
            .iter()
            .map(|&i| score_place_key(field.number(&customers[i]).flatten(), descending, i as u32))
            .collect();
        keys.sort_unstable();
        return keys.into_iter().map(place_in_key).collect();
    }
    let keys: Vec<SortKey> = rows
        .iter()
        .map(|&i| sort_key(&customers[i], field))
        .collect();
    // Past `u32::MAX` customers (never in the page, whose memory is 32-bit), places do not
    // fit the integer keys: a stable sort of places by the comparison.
    let mut order_of: Vec<usize> = (0..rows.len()).collect();
    order_of.sort_by(|&a, &b| compare(&keys[a], &keys[b], order));
    order_of.into_iter().map(|k| rows[k]).collect()
}

/// Bytes of a text compared at once by [`sorted_by_text`]: 12 bytes and a 32-bit position
/// fill a `u128`.
const CHUNK: usize = 12;

/// [`sorted`] for a text field: as a stable sort by [`compare`] orders the rows, but by
/// integers. Each row's lowercase text is read 12 bytes at a time as one integer with its
/// place: the rows are sorted by the first 12 bytes, then each run of rows that share them by
/// the next 12, and so on (a most-significant-first radix sort). Making a lowercase copy of
/// each of 100,000 names and sorting places by comparing them was 18 ms of a click in the
/// page, its allocations scattered through the WebAssembly memory.
fn sorted_by_text(
    customers: &[Customer],
    rows: Vec<usize>,
    field: Field,
    order: SortOrder,
) -> Vec<usize> {
    debug_assert!(
        u32::try_from(rows.len()).is_ok(),
        "places are kept in 32 bits"
    );
    let descending = order == SortOrder::Descending;
    // ASCII text is read as it is held and lowercased a byte at a time; other text is
    // lowercased once here (a letter may lowercase to more bytes).
    let texts: Vec<Cow<'_, str>> = rows
        .iter()
        .map(|&i| {
            let text = sort_text(&customers[i], field);
            if text.is_ascii() {
                text
            } else {
                Cow::Owned(text.to_lowercase())
            }
        })
        .collect();
    // Empty texts go last whichever the direction, in list order.
    let mut places: Vec<u32> = (0..texts.len() as u32)
        .filter(|&k| !texts[k as usize].is_empty())
        .collect();
    let mut keys: Vec<u128> = Vec::with_capacity(places.len());
    let mut runs = vec![(0, places.len(), 0)];
    while let Some((from, to, at)) = runs.pop() {
        let run = &mut places[from..to];
        if run.iter().all(|&k| texts[k as usize].len() <= at) {
            // Equal but for zero bytes at their ends, which read as the padding past an end:
            // the shorter first ascending, last descending, ties by place.
            run.sort_by_key(|&k| {
                let len = texts[k as usize].len();
                if descending {
                    usize::MAX - len
                } else {
                    len
                }
            });
            continue;
        }
        keys.clear();
        keys.extend(run.iter().map(|&k| {
            let chunk = chunk_at(texts[k as usize].as_bytes(), at);
            // Shifted up by 32 bits, the 96 bits of a chunk lose the high ones `!` sets.
            let chunk = if descending { !chunk } else { chunk };
            chunk << 32 | u128::from(k)
        }));
        keys.sort_unstable();
        for (place, key) in run.iter_mut().zip(&keys) {
            *place = place_in_key(*key) as u32;
        }
        let mut start = from;
        for tie in keys.chunk_by(|a, b| a >> 32 == b >> 32) {
            if tie.len() > 1 {
                runs.push((start, start + tie.len(), at + CHUNK));
            }
            start += tie.len();
        }
    }
    let blanks = (0..texts.len()).filter(|&k| texts[k].is_empty());
    places
        .into_iter()
        .map(|k| rows[k as usize])
        .chain(blanks.map(|k| rows[k]))
        .collect()
}

/// The `CHUNK` bytes of `text` from `at`, ASCII letters lowercased, as one big-endian integer,
/// zeros past the end.
fn chunk_at(text: &[u8], at: usize) -> u128 {
    (at..at + CHUNK).fold(0, |key, i| {
        key << 8 | u128::from(text.get(i).map_or(0, u8::to_ascii_lowercase))
    })
}

/// The text `field` sorts by, as [`Field::get`] writes it, borrowed where the customer holds
/// it as such.
fn sort_text(c: &Customer, field: Field) -> Cow<'_, str> {
    match field {
        Field::Id => Cow::Borrowed(&c.id),
        Field::Name => Cow::Borrowed(&c.name),
        Field::Region => Cow::Borrowed(&c.region),
        _ => Cow::Owned(field.get(c)),
    }
}

enum SortKey {
    Number(Option<f64>),
    Text(String),
}

fn sort_key(c: &Customer, field: Field) -> SortKey {
    // A number field sorts by its number (read without writing it as text), the others by
    // their text.
    match field.number(c) {
        Some(number) => SortKey::Number(number),
        None => SortKey::Text(field.get(c).to_lowercase()),
    }
}

/// Empty values go last whichever the direction, so sorting never hides the filled rows.
fn compare(a: &SortKey, b: &SortKey, order: SortOrder) -> Ordering {
    let flip = |o: Ordering| {
        if order == SortOrder::Descending {
            o.reverse()
        } else {
            o
        }
    };
    match (a, b) {
        (SortKey::Number(Some(x)), SortKey::Number(Some(y))) => flip(x.total_cmp(y)),
        (SortKey::Number(None), SortKey::Number(None)) => Ordering::Equal,
        (SortKey::Number(None), _) => Ordering::Greater,
        (_, SortKey::Number(None)) => Ordering::Less,
        (SortKey::Text(x), SortKey::Text(y)) if x.is_empty() || y.is_empty() => {
            y.is_empty().cmp(&x.is_empty()).reverse()
        }
        (SortKey::Text(x), SortKey::Text(y)) => flip(x.cmp(y)),
        _ => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The search's comparison without a copy says what lowercasing the text says.
        #[test]
        fn searching_without_a_copy_finds_what_lowercasing_finds(
            text in "[a-cA-CßİΣσ -]{0,12}",
            needle in "[a-cA-Cß -]{0,3}",
        ) {
            let needle = needle.to_lowercase();
            proptest::prop_assert_eq!(
                contains_lowercase(&text, &needle),
                text.to_lowercase().contains(&needle)
            );
        }
    }

    /// A small list whose entries share names, regions, revenues and statuses often, some
    /// of them blank, so that ties, blanks and filters all come up.
    fn arb_customer() -> impl proptest::strategy::Strategy<Value = Customer> {
        use proptest::prelude::*;
        (
            prop::sample::select(vec!["Ann", "bob", "Bob", "", "Ådne"]),
            prop::option::of(prop::sample::select(vec![
                -5.0, -0.0, 0.0, 10.0, 10.0, 250.5,
            ])),
            prop::sample::select(vec!["North", "north", "", "South"]),
            prop::sample::select(vec![Status::Customer, Status::Prospect, Status::Former]),
            prop::option::of(prop::sample::select(vec![
                MarketType::Consumer,
                MarketType::Government,
            ])),
        )
            .prop_map(|(name, revenue, region, status, market_type)| Customer {
                id: name.to_lowercase(),
                name: name.into(),
                revenue_per_year: revenue.into(),
                region: region.into(),
                status,
                market_type,
                ..Default::default()
            })
    }

    fn arb_query() -> impl proptest::strategy::Strategy<Value = TableQuery> {
        use proptest::prelude::*;
        (
            prop::sample::select(vec!["", "b", "NORTH", " n ", "zz"]),
            prop::option::of(prop::sample::select(vec![
                Status::Customer,
                Status::Prospect,
            ])),
            prop::option::of(prop::option::of(prop::sample::select(vec![
                MarketType::Consumer,
                MarketType::Government,
            ]))),
            prop::option::of((
                prop::sample::select(vec![Field::Name, Field::RevenuePerYear, Field::Region]),
                prop::sample::select(vec![SortOrder::Ascending, SortOrder::Descending]),
            )),
        )
            .prop_map(|(search, status, market_type, sort)| TableQuery {
                search: search.into(),
                status,
                market_type,
                sort,
            })
    }

    proptest::proptest! {
        /// The rows sorted by integer keys (numbers, and text a chunk at a time) are the
        /// rows a stable sort by the table's comparison gives.
        #[test]
        fn sorted_rows_are_the_stable_sort_by_the_comparison(
            customers in proptest::collection::vec(arb_customer(), 0..30),
            query in arb_query(),
        ) {
            let needle = query.needle();
            let mut reference: Vec<usize> = (0..customers.len())
                .filter(|&i| query.shows(&customers[i], &needle))
                .collect();
            if let Some((field, order)) = query.sort {
                reference.sort_by(|&a, &b| {
                    compare(&sort_key(&customers[a], field), &sort_key(&customers[b], field), order)
                });
            }
            proptest::prop_assert_eq!(query.rows(&customers), reference);
        }
    }

    proptest::proptest! {
        /// Texts sorted a chunk at a time are in the order of a stable sort by the table's
        /// comparison: long texts sharing their first chunks, zero bytes, letters that
        /// lowercase to more bytes, equal and empty texts, both directions.
        #[test]
        fn texts_sorted_a_chunk_at_a_time_are_in_the_comparisons_order(
            names in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::string::string_regex("(Client [0-9] ){0,3}[aAbİß\\x00é ]{0,14}").unwrap(),
                    // Few texts, often equal or equal but for zero bytes at the end.
                    proptest::string::string_regex("(Client 1 ){0,5}[aA\\x00]{0,2}").unwrap(),
                ],
                0..40,
            ),
            descending in proptest::bool::ANY,
            field in proptest::sample::select(vec![
                Field::Name, Field::Id, Field::Region, Field::Status, Field::FirstPurchase,
            ]),
        ) {
            // The texts as id, name and region; a status and a date (or none) drawn from them.
            let customers: Vec<Customer> = names
                .iter()
                .map(|text| Customer {
                    id: text.clone(),
                    name: text.clone(),
                    region: text.as_str().into(),
                    status: [Status::Customer, Status::Prospect, Status::Former][text.len() % 3],
                    first_purchase: (text.len() % 4 != 0)
                        .then(|| chrono::NaiveDate::from_ymd_opt(2020, 1, 1 + (text.len() % 28) as u32))
                        .flatten(),
                    ..Default::default()
                })
                .collect();
            let order = if descending { SortOrder::Descending } else { SortOrder::Ascending };
            let mut reference: Vec<usize> = (0..customers.len()).collect();
            reference.sort_by(|&a, &b| {
                compare(&sort_key(&customers[a], field), &sort_key(&customers[b], field), order)
            });
            let rows = (0..customers.len()).collect();
            proptest::prop_assert_eq!(sorted(&customers, rows, field, order), reference);
        }
    }

    proptest::proptest! {
        /// The rows after an edit of a few customers, moved from the rows before it, are the
        /// rows the query gives the edited list: filters, search, sort, ties and blanks.
        #[test]
        fn rows_moved_after_an_edit_are_the_rows_of_the_edited_list(
            before in proptest::collection::vec(arb_customer(), 1..30),
            edits in proptest::collection::vec((0usize..30, arb_customer()), 0..4),
            query in arb_query(),
        ) {
            let mut after = before.clone();
            let mut changed: Vec<usize> = Vec::new();
            for (at, edited) in edits {
                let at = at % after.len();
                // The id stays: an edit of the table changes a customer's fields.
                after[at] = Customer { id: after[at].id.clone(), ..edited };
                changed.push(at);
            }
            changed.sort_unstable();
            changed.dedup();
            let moved = query.rows_after(&after, query.rows(&before), &changed);
            proptest::prop_assert_eq!(moved, query.rows(&after));
        }
    }

    fn customers() -> Vec<Customer> {
        let make = |name: &str, revenue: Option<f64>, region: &str, status: Status| Customer {
            id: name.to_lowercase(),
            name: name.into(),
            revenue_per_year: revenue.into(),
            region: region.into(),
            status,
            ..Default::default()
        };
        vec![
            make("Bao", Some(200.0), "North", Status::Customer),
            make("Anna", None, "South", Status::Customer),
            make("Carmen", Some(50.0), "north", Status::Prospect),
            make("Dimitar", Some(200.0), "", Status::Customer),
        ]
    }

    #[test]
    fn sorts_numbers_with_blanks_last_and_ties_in_list_order() {
        let c = customers();
        let q = |order| TableQuery {
            sort: Some((Field::RevenuePerYear, order)),
            ..Default::default()
        };
        assert_eq!(q(SortOrder::Ascending).rows(&c), vec![2, 0, 3, 1]);
        assert_eq!(q(SortOrder::Descending).rows(&c), vec![0, 3, 2, 1]);
        let by_region = TableQuery {
            sort: Some((Field::Region, SortOrder::Ascending)),
            ..Default::default()
        };
        assert_eq!(by_region.rows(&c), vec![0, 2, 1, 3]);
    }

    #[test]
    fn searches_and_filters() {
        let c = customers();
        let q = TableQuery {
            search: "NORTH".into(),
            ..Default::default()
        };
        assert_eq!(q.rows(&c), vec![0, 2]);
        let q = TableQuery {
            status: Some(Status::Prospect),
            ..Default::default()
        };
        assert_eq!(q.rows(&c), vec![2]);
        assert_eq!(TableQuery::default().rows(&c), vec![0, 1, 2, 3]);
    }

    #[test]
    fn filters_by_market_type_or_its_absence() {
        let mut c = customers();
        c[1].market_type = Some(MarketType::Government);
        c[3].market_type = Some(MarketType::Consumer);
        let q = |m| TableQuery {
            market_type: Some(m),
            ..Default::default()
        };
        assert_eq!(q(Some(MarketType::Government)).rows(&c), vec![1]);
        assert_eq!(q(Some(MarketType::Consumer)).rows(&c), vec![3]);
        // "Not given": the two entries without one, never counted as consumers.
        assert_eq!(q(None).rows(&c), vec![0, 2]);
    }
}
