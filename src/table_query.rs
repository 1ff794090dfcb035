//! Which customers the table shows, in what order: search, filters and sort, computed once per
//! change over the whole list and paged afterwards, so 100,000 rows cost one sort.

use crate::engine::model::{Customer, MarketType, Status};
use crate::io::fields::Field;
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

impl TableQuery {
    /// Indices into `customers` of the rows to show, in display order. Ties keep list order.
    pub fn rows(&self, customers: &[Customer]) -> Vec<usize> {
        let needle = self.search.trim().to_lowercase();
        let mut rows: Vec<usize> =
            if self.status.is_none() && self.market_type.is_none() && needle.is_empty() {
                // Every row: the table opens this way, and 100,000 customers need not be read
                // to say so.
                (0..customers.len()).collect()
            } else {
                customers
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| self.status.is_none_or(|s| c.status == s))
                    .filter(|(_, c)| self.market_type.is_none_or(|m| c.market_type == m))
                    .filter(|(_, c)| needle.is_empty() || matches_search(c, &needle))
                    .map(|(i, _)| i)
                    .collect()
            };
        if let Some((field, order)) = self.sort {
            let keys: Vec<SortKey> = rows
                .iter()
                .map(|&i| sort_key(&customers[i], field))
                .collect();
            let mut order_of: Vec<usize> = (0..rows.len()).collect();
            order_of.sort_by(|&a, &b| compare(&keys[a], &keys[b], order));
            rows = order_of.into_iter().map(|k| rows[k]).collect();
        }
        rows
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
