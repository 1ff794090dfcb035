//! Capacity-limited targets: the customers the company can serve well, best first.
//!
//! Customers are ranked by relationship value; the company can serve N well (its capacity);
//! the targets are the top N with a positive value, the others are listed apart.

use super::numeric::rank;
use serde::Serialize;

/// Targets and the rest, as positions in the analysed customer list, best first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Targets {
    /// Capacity, customers.
    pub capacity: usize,
    /// The targets: at most `capacity`, every one with a positive value, best first.
    pub targets: Vec<usize>,
    /// Everyone else, best first.
    pub others: Vec<usize>,
    /// Places left unfilled because too few customers have a positive value, count.
    pub capacity_unused: usize,
}

/// Selects targets. `ranking` orders the customers (higher first, ties by id); `positive`
/// tells whose relationship value (money) is above zero.
///
/// ```
/// # use value_pyramid::engine::targets::select;
/// let t = select(&[Some(3.0), Some(-1.0), Some(5.0)], &[true, false, true], &["a", "b", "c"], 2);
/// assert_eq!(t.targets, vec![2, 0]);
/// ```
pub fn select(
    ranking: &[Option<f64>],
    positive: &[bool],
    ids: &[&str],
    capacity: usize,
) -> Targets {
    select_ordered(&rank(ranking, ids, false), positive, capacity)
}

/// [`select`], given `order`, the ranking of the customers (`rank(ranking, ids, false)`), which
/// the analysis may hold already.
pub fn select_ordered(order: &[usize], positive: &[bool], capacity: usize) -> Targets {
    let mut targets = Vec::with_capacity(capacity.min(order.len()));
    let mut others = Vec::with_capacity(order.len().saturating_sub(capacity));
    for &i in order {
        if targets.len() < capacity && positive.get(i).copied().unwrap_or(false) {
            targets.push(i);
        } else {
            others.push(i);
        }
    }
    Targets {
        capacity,
        capacity_unused: capacity - targets.len(),
        targets,
        others,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_100_of_300() {
        let values: Vec<Option<f64>> = (0..300).map(|i| Some(i as f64 + 1.0)).collect();
        let positive = vec![true; 300];
        let ids: Vec<String> = (0..300).map(|i| format!("{i:03}")).collect();
        let idr: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
        let t = select(&values, &positive, &idr, 100);
        assert_eq!(t.targets.len(), 100);
        assert_eq!(t.others.len(), 200);
        assert!(t.targets.iter().all(|&i| i >= 200));
        assert_eq!(t.capacity_unused, 0);
    }

    #[test]
    fn negative_values_never_targets() {
        let t = select(&[Some(-1.0), Some(0.0)], &[false, false], &["a", "b"], 5);
        assert!(t.targets.is_empty());
        assert_eq!(t.capacity_unused, 5);
        assert_eq!(t.others, vec![1, 0]);
    }
}
