//! Tiers: the three-tier value pyramid, ratings (A–D, 1–5, 1–10),
//! single-indicator segmentation, weighted pyramids and the four-aspect scorecard.
//!
//! Every tiering ranks customers once (higher first unless "lower is better", ties by id) and
//! cuts the ranking by rank shares (sizes are rounded cumulative shares of the customers with a
//! score) or by score thresholds. Band 0 is always the best.
//!
//! Ties and unknowns: customers with equal scores (exactly equal numbers) always
//! land in the same band: a rank-share cut that would split a tie moves down so the whole tie
//! goes to the higher band (so all-equal scores all land in the top band). Customers without a
//! score are in no band: they are "not rated" and listed apart.

use super::delivered::share_of_wallet;
use super::model::{Customer, SizeBand};
use super::numeric::{
    band_sizes, bit_set, ratio, usable, MinMax, PackedScores, Rankings, ScoreColumn, NO_SCORES,
};
use super::settings::{Indicator, ScoreBasis, Scorecard, WeightedIndicator, WeightedPyramid};
use super::shares::{ListSplits, Losses, Split};
use serde::Serialize;
use std::fmt;

/// Why a tiering could not be made.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub enum TierError {
    /// The basis names a weighted pyramid that does not exist.
    NoSuchPyramid {
        /// Position asked for, 0-based.
        index: usize,
    },
    /// Rank shares are negative, not numbers, sum to zero, or do not match the labels.
    BadShares,
    /// Thresholds are not numbers, not descending, or not one fewer than the labels.
    BadThresholds,
    /// A composite has no indicator with a positive weight.
    NoWeights,
    /// Every weighted indicator was left out (no customer has it, or it does not vary), so the
    /// composite has no data to rank on and there are no tiers; listed in component order.
    NoData {
        /// The indicators left out, with why.
        dropped: Vec<DroppedIndicator>,
    },
}

impl fmt::Display for TierError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TierError::NoSuchPyramid { index } => write!(
                f,
                "Weighted pyramid number {} does not exist; choose another basis.",
                index + 1
            ),
            TierError::BadShares => write!(
                f,
                "The tier shares must be zero or more, one per tier, and add up to more than zero."
            ),
            TierError::BadThresholds => write!(
                f,
                "The thresholds must be numbers from highest to lowest, one fewer than the tiers."
            ),
            TierError::NoWeights => write!(f, "Give at least one indicator a weight above zero."),
            TierError::NoData { .. } => write!(
                f,
                "No weighted indicator has values that tell customers apart: no data, no tiers."
            ),
        }
    }
}

impl std::error::Error for TierError {}

/// Per-customer figures the indicators read, computed before any tiering. Money per year
/// unless stated.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BaseMetrics {
    /// Revenue per year when known.
    pub revenue: Option<f64>,
    /// Annual profit; `None` when the revenue is unknown (its costs alone would make it look
    /// like a loss, so the customer is not rated by profit).
    pub profit: Option<f64>,
    /// Gross margin, fraction; `None` when the list does not give it (profit then assumes
    /// 100 %, but as an indicator the margin stays unknown, never its best value).
    pub margin: Option<f64>,
    /// Service cost used.
    pub service_cost: f64,
    /// Relationship value, money.
    pub relationship_value: f64,
    /// Relationship score, −1 to 1.
    pub relationship_score: f64,
    /// Individual lifetime value, money; `None` when the revenue is unknown (like profit, it
    /// would be the costs alone).
    pub lifetime_value: Option<f64>,
}

/// Size band as a number: micro 1, small 2, medium 3, large 4.
pub fn size_number(band: SizeBand) -> f64 {
    match band {
        SizeBand::Micro => 1.0,
        SizeBand::Small => 2.0,
        SizeBand::Medium => 3.0,
        SizeBand::Large => 4.0,
    }
}

/// The value of an indicator for one customer, in the indicator's unit; `None` when unknown.
pub fn indicator_value(indicator: &Indicator, c: &Customer, m: &BaseMetrics) -> Option<f64> {
    let v = match indicator {
        Indicator::Revenue => m.revenue,
        Indicator::Profit => m.profit,
        Indicator::PurchaseFrequency => c.purchases_per_year.get(),
        Indicator::AverageOrderValue => c.average_order_value.get(),
        Indicator::GrossMargin => m.margin,
        Indicator::ServiceCost => Some(m.service_cost),
        Indicator::RelationshipValue => Some(m.relationship_value),
        Indicator::LifetimeValue => m.lifetime_value,
        Indicator::SizeBand => c.size_band.map(size_number),
        Indicator::Age => c.age.map(f64::from),
        Indicator::ShareOfWallet => m
            .revenue
            .zip(c.category_spend.get())
            .and_then(|(r, s)| share_of_wallet(r, s))
            .map(|w| w.share),
        Indicator::Named(name) => c.indicators.get(name.as_str()).copied(),
    };
    usable(v)
}

/// A short English label of a score basis.
pub fn basis_label(basis: ScoreBasis, pyramid_names: &[String]) -> String {
    match basis {
        ScoreBasis::Revenue => "revenue".into(),
        ScoreBasis::Profit => "profit".into(),
        ScoreBasis::RelationshipValue => "relationship value".into(),
        ScoreBasis::RelationshipScore => "relationship score".into(),
        ScoreBasis::LifetimeValue => "lifetime value".into(),
        ScoreBasis::WeightedPyramid(i) => match pyramid_names.get(i) {
            Some(n) => format!("weighted pyramid \"{n}\""),
            None => format!("weighted pyramid {}", i + 1),
        },
        ScoreBasis::Scorecard => "scorecard score".into(),
    }
}

/// How bands were cut.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cut {
    /// Rank shares, best band first, normalised to sum 1.
    RankShares(Vec<f64>),
    /// Lowest score of every band but the last, descending.
    Thresholds(Vec<f64>),
}

/// The rule in force, shown beside the tiers or ratings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierRule {
    /// What is ranked ("profit").
    pub basis: String,
    /// Band labels, best first.
    pub labels: Vec<String>,
    /// The cut.
    pub cut: Cut,
    /// Customers placed in a higher band than the rank shares alone would give, because they
    /// tie with the last customer of that band (always 0 with thresholds, which never split
    /// a tie).
    pub moved_up: usize,
    /// Customers without a score, in no band.
    pub not_rated: usize,
    /// The rule in plain English.
    pub description: String,
}

fn percent(x: f64) -> String {
    let p = x * 100.0;
    if (p - p.round()).abs() < 1e-9 {
        format!("{p:.0} %")
    } else {
        format!("{p:.1} %")
    }
}

impl TierRule {
    /// Builds the rule and its English description.
    pub fn new(
        basis: String,
        labels: Vec<String>,
        cut: Cut,
        moved_up: usize,
        not_rated: usize,
    ) -> TierRule {
        let parts: Vec<String> = match &cut {
            Cut::RankShares(shares) => labels
                .iter()
                .zip(shares)
                .enumerate()
                .map(|(k, (l, s))| {
                    let place = if k == 0 {
                        "top"
                    } else if k + 1 == labels.len() {
                        "last"
                    } else {
                        "next"
                    };
                    format!("{l} = {place} {}", percent(*s))
                })
                .collect(),
            Cut::Thresholds(t) => labels
                .iter()
                .enumerate()
                .map(|(k, l)| match t.get(k) {
                    Some(v) => format!("{l} = {v} or more"),
                    None => match t.last() {
                        Some(v) => format!("{l} = below {v}"),
                        None => format!("{l} = everyone"),
                    },
                })
                .collect(),
        };
        let how = match cut {
            Cut::RankShares(_) => "ranked",
            Cut::Thresholds(_) => "by threshold",
        };
        let mut description = format!("By {basis}, {how}: {}.", parts.join(", "));
        if matches!(cut, Cut::RankShares(_)) {
            description.push_str(
                " Equal scores share a band: a cut that would split a tie moves so the whole tie goes to the higher band",
            );
            if moved_up > 0 {
                description.push_str(&format!(" ({moved_up} moved up)"));
            }
            description.push('.');
        }
        if not_rated > 0 {
            description.push_str(&format!(
                " {not_rated} without a score are not rated (in no band)."
            ));
        }
        TierRule {
            basis,
            labels,
            cut,
            moved_up,
            not_rated,
            description,
        }
    }
}

/// Count and shares of one band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    /// Label ("A", "Large potential").
    pub label: String,
    /// Customers in the band.
    pub count: usize,
    /// Share of customers, fraction.
    pub customer_share: f64,
    /// Share of total revenue, fraction (revenue below zero counts as 0); `None` when no
    /// customer has revenue.
    pub revenue_share: Option<f64>,
    /// Share of the profit of every profitable customer held by the band's profitable
    /// customers, fraction (never negative: losses are stated apart); `None` when nobody makes
    /// a profit.
    pub profit_share: Option<f64>,
    /// The band's customers who lose money, and how much (stated beside the profit share).
    pub losses: Losses,
    /// Lowest known score in the band.
    pub min_score: Option<f64>,
    /// Highest known score in the band.
    pub max_score: Option<f64>,
}

/// A list cut into bands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tiering {
    /// The rule in force.
    pub rule: TierRule,
    /// Bands, best first.
    pub bands: Vec<Band>,
    /// Band of each customer (0 = best), parallel to the analysed list; `None` for a customer
    /// without a score (not rated).
    pub assignment: Vec<Option<usize>>,
    /// For every band but the last: the score a customer of the band below must reach to move
    /// up (the band's lowest score, or its threshold); `None` for an empty band. Reaching the
    /// band's lowest score is enough, because equal scores share a band.
    pub cut_scores: Vec<Option<f64>>,
    /// Customers without a score for the basis, in list order: listed apart as "not rated".
    pub not_rated: Vec<usize>,
}

/// Bands of customers ranked best first with known `ranked` scores, cut by `shares`, so that
/// equal scores share a band: every customer takes the band the rounded rank shares give the
/// first customer of its tie. Moving a cut down to the end of a tie is the same thing said
/// another way. Returns the band per rank position and how many customers moved up. The
/// tierings walk the ranking instead ([`tie_safe_walk`]); this plainer form checks them.
#[cfg(test)]
fn tie_safe_bands(ranked: &[f64], shares: &[f64]) -> Option<(Vec<usize>, usize)> {
    let sizes = band_sizes(ranked.len(), shares)?;
    let plain: Vec<usize> = sizes
        .iter()
        .enumerate()
        .flat_map(|(band, size)| std::iter::repeat_n(band, *size))
        .collect();
    let mut bands = plain.clone();
    for p in 1..ranked.len() {
        if ranked[p] == ranked[p - 1] {
            bands[p] = bands[p - 1];
        }
    }
    let moved = bands.iter().zip(&plain).filter(|(b, p)| b != p).count();
    Some((bands, moved))
}

/// [`tie_safe_bands`] of the customers `order` ranks (best first, those without a score
/// last), handing `put` each customer with a score and its band, without a column of the
/// scores ranked or of the bands: returns how many moved up.
fn tie_safe_walk(
    order: &[usize],
    scores: &[Option<f64>],
    shares: &[f64],
    mut put: impl FnMut(usize, usize),
) -> Option<usize> {
    let rated = order.iter().take_while(|&&i| scores[i].is_some()).count();
    let sizes = band_sizes(rated, shares)?;
    // The band the rounded rank shares alone give the next position, and how many places it
    // has left.
    let (mut plain, mut left) = (0, sizes.first().copied().unwrap_or(0));
    let mut previous: Option<(f64, usize)> = None;
    let mut moved = 0;
    for &i in &order[..rated] {
        while left == 0 && plain + 1 < sizes.len() {
            plain += 1;
            left = sizes[plain];
        }
        left = left.saturating_sub(1);
        let Some(x) = scores[i] else { break };
        let band = match previous {
            Some((p, b)) if p == x => b,
            _ => plain,
        };
        moved += usize::from(band != plain);
        put(i, band);
        previous = Some((x, band));
    }
    Some(moved)
}

/// The revenue and profit of each customer (parallel to the scores tiered) and their splits
/// over the whole list, which every tiering shares out: summed once for all the tierings of
/// an analysis rather than once each.
#[derive(Debug, Clone, Copy)]
pub struct MoneyColumns<'a> {
    /// Revenue per customer.
    pub revenue: &'a [f64],
    /// Profit per customer.
    pub profit: &'a [f64],
    total_revenue: Split,
    total_profit: Split,
}

impl<'a> MoneyColumns<'a> {
    /// The columns with their splits.
    pub fn new(revenue: &'a [f64], profit: &'a [f64]) -> MoneyColumns<'a> {
        MoneyColumns {
            revenue,
            profit,
            total_revenue: Split::of(revenue),
            total_profit: Split::of(profit),
        }
    }

    /// The columns, given their splits: `splits` must be those of these two columns (its
    /// service cost is not read).
    pub fn with_splits(
        revenue: &'a [f64],
        profit: &'a [f64],
        splits: &ListSplits,
    ) -> MoneyColumns<'a> {
        MoneyColumns {
            revenue,
            profit,
            total_revenue: splits.revenue,
            total_profit: splits.profit,
        }
    }
}

/// Cuts scored customers into bands and sums revenue and profit per band.
///
/// `scores`, `ids`, `revenue` and `profit` are parallel. Shares must have one entry per label
/// and apply to the customers with a score; thresholds one fewer than the labels, descending.
/// Customers without a score are in no band (see [`Tiering::not_rated`]); shares of customers,
/// revenue and profit stay shares of the whole list.
pub fn tiering(
    scores: &[Option<f64>],
    ids: &[&str],
    labels: Vec<String>,
    cut: Cut,
    basis: String,
    revenue: &[f64],
    profit: &[f64],
) -> Result<Tiering, TierError> {
    tiering_ranked(
        scores,
        &mut Rankings::new(ids),
        labels,
        cut,
        basis,
        &MoneyColumns::new(revenue, profit),
    )
}

/// [`tiering`], taking the ranking of `scores` from `rankings` (the list's ids with the
/// rankings other stages already made), so scores ranked before are not sorted again.
pub fn tiering_ranked(
    scores: &[Option<f64>],
    rankings: &mut Rankings<'_>,
    labels: Vec<String>,
    cut: Cut,
    basis: String,
    money: &MoneyColumns<'_>,
) -> Result<Tiering, TierError> {
    let MoneyColumns {
        revenue,
        profit,
        total_revenue,
        total_profit,
    } = *money;
    let n = scores.len();
    let bands_n = labels.len();
    // Borrowed, not copied: the customers from best to worst are the ranking's, which the
    // analysis keeps (a copy in each of the half-dozen tierings was 100,000 places each).
    let order = rankings.rank(scores, false);
    let mut assignment: Vec<Option<usize>> = vec![None; n];
    let mut moved_up = 0;
    let cut = match cut {
        Cut::RankShares(shares) => {
            if shares.len() != bands_n {
                return Err(TierError::BadShares);
            }
            moved_up = tie_safe_walk(order, scores, &shares, |i, band| {
                assignment[i] = Some(band);
            })
            .ok_or(TierError::BadShares)?;
            let total: f64 = shares.iter().sum();
            Cut::RankShares(shares.iter().map(|s| s / total).collect())
        }
        Cut::Thresholds(t) => {
            let ok = t.len() + 1 == bands_n
                && t.iter().all(|v| v.is_finite())
                && t.windows(2).all(|w| w[0] >= w[1]);
            if !ok {
                return Err(TierError::BadThresholds);
            }
            for (a, s) in assignment.iter_mut().zip(scores) {
                *a = s.map(|v| t.iter().position(|th| v >= *th).unwrap_or(t.len()));
            }
            Cut::Thresholds(t)
        }
    };
    let not_rated: Vec<usize> = (0..n).filter(|&i| assignment[i].is_none()).collect();
    let mut bands: Vec<Band> = labels
        .iter()
        .map(|l| Band {
            label: l.clone(),
            count: 0,
            customer_share: 0.0,
            revenue_share: None,
            profit_share: None,
            losses: Losses::default(),
            min_score: None,
            max_score: None,
        })
        .collect();
    let mut rev = vec![Split::default(); bands_n];
    let mut pro = vec![Split::default(); bands_n];
    for (i, b) in assignment.iter().enumerate() {
        let Some(b) = *b else { continue };
        let band = &mut bands[b];
        band.count += 1;
        rev[b].add(revenue.get(i).copied().unwrap_or(0.0));
        pro[b].add(profit.get(i).copied().unwrap_or(0.0));
        if let Some(s) = scores[i] {
            band.min_score = Some(band.min_score.map_or(s, |m| m.min(s)));
            band.max_score = Some(band.max_score.map_or(s, |m| m.max(s)));
        }
    }
    for (k, band) in bands.iter_mut().enumerate() {
        band.customer_share = ratio(band.count as f64, n as f64);
        band.revenue_share = rev[k].share_of(&total_revenue);
        band.profit_share = pro[k].share_of(&total_profit);
        band.losses = pro[k].losses;
    }
    let cut_scores = (0..bands_n.saturating_sub(1))
        .map(|k| match &cut {
            Cut::Thresholds(t) => t.get(k).copied(),
            Cut::RankShares(_) => bands[k].min_score,
        })
        .collect();
    Ok(Tiering {
        rule: TierRule::new(basis, labels, cut, moved_up, not_rated.len()),
        bands,
        assignment,
        cut_scores,
        not_rated,
    })
}

/// Labels of the three-tier pyramid, best first.
pub fn pyramid_labels() -> Vec<String> {
    vec![
        "Large potential".into(),
        "Medium potential".into(),
        "Small potential".into(),
    ]
}

/// Why an indicator was left out of a weighted pyramid or a scorecard aspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// No customer in the list has a value.
    NoValues,
    /// Every customer who has a value has the same one (or only one customer has it): the
    /// min–max scale does not exist and the indicator cannot tell customers apart.
    NoSpread,
}

/// An indicator left out, its weight shared among the others in proportion to theirs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DroppedIndicator {
    /// Position among the components, 0-based.
    pub position: usize,
    /// The indicator.
    pub indicator: Indicator,
    /// Its weight as entered.
    pub weight: f64,
    /// Why.
    pub reason: DropReason,
}

/// A weighted composite over a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Composite {
    /// Composite per customer, 0–1; `None` (not rated) for a customer without a value on any
    /// indicator kept.
    pub scores: Vec<Option<f64>>,
    /// Indicators left out, in component order.
    pub dropped: Vec<DroppedIndicator>,
    /// Customers scored on some but not all of the indicators kept, in list order.
    pub partial: Vec<usize>,
}

/// Σ wₖ xₖ ÷ Σ wₖ over the columns k a customer has a value in: a customer missing some
/// columns is scored on the ones it has, their weights scaled up to sum 1 (the same as giving
/// each missing value the customer's own weighted average). `None` when it has none. Weights
/// must be finite and ≥ 0; a column of weight 0 is ignored. Also returns the customers who
/// missed some, but not all, of the weighted columns. Column k of `table` is the k-th column
/// weighted.
fn known_weighted_mean(
    weights: &[f64],
    table: &PerCustomer<Option<f64>>,
) -> (Vec<Option<f64>>, Vec<usize>) {
    let used = used_weights(weights);
    let mut means = ColumnMeans::new(table.customers);
    for &(w, k) in &used {
        means.add_column(w, table.column(k), Some);
    }
    means.finish(used.len())
}

/// [`mean_at`] of every customer of a list, worked out a column at a time: each customer's
/// terms are added in the order `mean_at` adds them, from the same start, so the bits are the
/// same, while 100,000 customers cost one tight loop per column rather than a call per value.
struct ColumnMeans {
    sum: Vec<f64>,
    weight: Vec<f64>,
    known: Vec<u32>,
}

impl ColumnMeans {
    fn new(n: usize) -> ColumnMeans {
        ColumnMeans {
            sum: vec![0.0; n],
            weight: vec![0.0; n],
            known: vec![0; n],
        }
    }

    /// Adds the next column weighted `w`: `value` turns a customer's entry into its term,
    /// `None` leaving the customer out of this column (as a customer past the column's end).
    fn add_column(
        &mut self,
        w: f64,
        column: impl IntoIterator<Item = Option<f64>>,
        value: impl Fn(f64) -> Option<f64>,
    ) {
        // Read through `for_each`, which a packed column runs a word of scores at a time; a
        // column longer than the list is read no further than the list.
        let (sums, weights, counts) = (&mut self.sum, &mut self.weight, &mut self.known);
        column.into_iter().enumerate().for_each(|(i, v)| {
            if let (Some(x), Some(sum)) = (v.and_then(&value), sums.get_mut(i)) {
                *sum += w * x;
                weights[i] += w;
                counts[i] += 1;
            }
        });
    }

    /// Each customer's mean, and the customers who missed some but not all of the `used`
    /// columns.
    fn finish(self, used: usize) -> (Vec<Option<f64>>, Vec<usize>) {
        let mut partial = Vec::new();
        let scores = self
            .sum
            .iter()
            .zip(&self.weight)
            .zip(&self.known)
            .enumerate()
            .map(|(i, ((sum, weight), known))| {
                if *known > 0 && (*known as usize) < used {
                    partial.push(i);
                }
                (*weight > 0.0).then(|| sum / weight)
            })
            .collect();
        (scores, partial)
    }
}

/// The (weight, column) pairs of the columns weighted above 0.
fn used_weights(weights: &[f64]) -> Vec<(f64, usize)> {
    weights
        .iter()
        .enumerate()
        .filter(|(_, w)| **w > 0.0)
        .map(|(k, w)| (*w, k))
        .collect()
}

/// One customer's [`known_weighted_mean`] over the `used` columns, `value(k)` its value in
/// column k, and whether it missed some but not all of them: one function for the whole list
/// and for the few customers an edit changed, so both give the same bits.
fn mean_at(used: &[(f64, usize)], value: impl Fn(usize) -> Option<f64>) -> (Option<f64>, bool) {
    let (mut sum, mut weight, mut known) = (0.0, 0.0, 0);
    for &(w, k) in used {
        if let Some(x) = value(k) {
            sum += w * x;
            weight += w;
            known += 1;
        }
    }
    (
        (weight > 0.0).then(|| sum / weight),
        known > 0 && known < used.len(),
    )
}

/// Moves `i` into or out of the sorted list `partial`.
fn mark_partial(partial: &mut Vec<usize>, i: usize, is: bool) {
    match (partial.binary_search(&i), is) {
        (Ok(at), false) => {
            partial.remove(at);
        }
        (Err(at), true) => partial.insert(at, i),
        _ => {}
    }
}

/// What a composite's scores depend on besides each customer's own values: the weights as
/// used (an indicator left out weighs 0) and the min–max scale of each indicator weighted. A
/// customer whose values are unchanged keeps its composite bit for bit while these are the
/// same, which is what lets an edit of a few customers score only them again.
#[derive(Debug, Clone)]
pub struct CompositeScales {
    /// (weight, component) of the components weighted above 0.
    used: Vec<(f64, usize)>,
    /// Per component, its scale and whether lower is better.
    scales: Vec<(MinMax, bool)>,
}

impl CompositeScales {
    /// Customer `i`'s composite from the columns `values`, and whether it was scored on some
    /// but not all of the indicators weighted.
    fn score<V: ScoreColumn>(&self, values: &[V], i: usize) -> (Option<f64>, bool) {
        mean_at(&self.used, |k| {
            let (mm, lower) = self.scales[k];
            values
                .get(k)
                .and_then(|v| v.at(i))
                .and_then(usable)
                .map(|x| mm.apply(x, lower))
        })
    }

    /// Every customer's composite from the columns `values` (`n` customers), and the
    /// customers scored on some but not all of the indicators weighted: [`Self::score`] of
    /// each, to the bit.
    fn score_every<V: ScoreColumn>(
        &self,
        values: &[V],
        n: usize,
    ) -> (Vec<Option<f64>>, Vec<usize>) {
        let mut means = ColumnMeans::new(n);
        for &(w, k) in &self.used {
            let (mm, lower) = self.scales[k];
            let term = |x| usable(Some(x)).map(|x| mm.apply(x, lower));
            match values.get(k) {
                Some(column) => means.add_column(w, column.scores(), term),
                None => means.add_column(w, std::iter::empty(), term),
            }
        }
        means.finish(self.used.len())
    }

    /// Whether every customer is scored the same way under both, bit for bit.
    fn same(&self, other: &CompositeScales) -> bool {
        self.used.len() == other.used.len()
            && self.used.iter().zip(&other.used).all(|(a, b)| {
                a.0.to_bits() == b.0.to_bits()
                    && a.1 == b.1
                    && match (self.scales.get(a.1), other.scales.get(b.1)) {
                        (Some(x), Some(y)) => x.0.same_bits(&y.0) && x.1 == y.1,
                        _ => false,
                    }
            })
    }
}

/// The scales of a [`composite`] and the indicators it leaves out.
fn composite_scales<V: ScoreColumn>(
    components: &[WeightedIndicator],
    values: &[V],
) -> Result<(CompositeScales, Vec<DroppedIndicator>), TierError> {
    let weight = |w: f64| if w.is_finite() && w > 0.0 { w } else { 0.0 };
    if components.iter().all(|c| weight(c.weight) == 0.0) {
        return Err(TierError::NoWeights);
    }
    let mut dropped = Vec::new();
    let mut weights = Vec::with_capacity(components.len());
    let mut scales = Vec::with_capacity(components.len());
    for (k, comp) in components.iter().enumerate() {
        let (first, spread, scale) = match values.get(k) {
            Some(column) => {
                let mut known = column.scores().filter_map(usable);
                let first = known.next();
                let spread = first.is_some_and(|f| known.any(|v| v != f));
                (first, spread, MinMax::over(column.scores()))
            }
            None => (None, false, MinMax::over(std::iter::empty())),
        };
        let w = weight(comp.weight);
        if w > 0.0 && !spread {
            dropped.push(DroppedIndicator {
                position: k,
                indicator: comp.indicator.clone(),
                weight: comp.weight,
                reason: if first.is_none() {
                    DropReason::NoValues
                } else {
                    DropReason::NoSpread
                },
            });
        }
        weights.push(if spread { w } else { 0.0 });
        scales.push((scale, comp.lower_is_better));
    }
    if weights.iter().all(|w| *w == 0.0) {
        return Err(TierError::NoData { dropped });
    }
    Ok((
        CompositeScales {
            used: used_weights(&weights),
            scales,
        },
        dropped,
    ))
}

/// Composite = Σ wₖ × min–max normalised indicatorₖ ÷ Σ wₖ, so it lies in [0, 1]; "lower is
/// better" indicators are turned round. An indicator no customer has, or whose known values
/// are all equal, is left out and its weight shared among the others (reported in
/// [`Composite::dropped`]). An unknown value is unknown, never scored: the customer is scored
/// on the indicators it has (its known indicators, their weights scaled to add to 1) and is not rated when it has none.
/// `values[k][i]` is indicator k of customer i.
///
/// # Errors
/// [`TierError::NoWeights`] when no indicator has a positive weight; [`TierError::NoData`]
/// when every weighted indicator is left out: nobody could be scored, and tiers cut from no
/// scores would be empty ranges ("0.000 to 0.000"), not a pyramid.
pub fn composite<V: ScoreColumn>(
    components: &[WeightedIndicator],
    values: &[V],
    n: usize,
) -> Result<Composite, TierError> {
    composite_scaled(components, values, n).map(|(c, _)| c)
}

/// [`composite`] with the scales it was made with, for [`composite_after`].
pub fn composite_scaled<V: ScoreColumn>(
    components: &[WeightedIndicator],
    values: &[V],
    n: usize,
) -> Result<(Composite, CompositeScales), TierError> {
    let (scales, dropped) = composite_scales(components, values)?;
    Ok(scored_on(scales, dropped, values, n))
}

/// The composite of every customer on `scales` (the indicators `dropped` left out), with them.
fn scored_on<V: ScoreColumn>(
    scales: CompositeScales,
    dropped: Vec<DroppedIndicator>,
    values: &[V],
    n: usize,
) -> (Composite, CompositeScales) {
    let (scores, partial) = scales.score_every(values, n);
    (
        Composite {
            scores,
            dropped,
            partial,
        },
        scales,
    )
}

/// [`composite_scaled`] of a list whose values differ from those `earlier` was made of
/// (with `earlier_scales`, the same components, as many customers) only for the customers
/// `changed`. The scales are found again (a pass over each column), unless `scales_hold`
/// ([`ScaleEnds::keep_through`]: the edit cannot have moved them); when they are the same,
/// only those customers are scored again and the others keep their composite, which is then
/// the one a full pass gives. Otherwise every customer is scored.
pub fn composite_after<V: ScoreColumn>(
    components: &[WeightedIndicator],
    values: &[V],
    n: usize,
    mut earlier: Composite,
    earlier_scales: &CompositeScales,
    changed: &[usize],
    scales_hold: bool,
) -> Result<(Composite, CompositeScales), TierError> {
    let (scales, dropped) = if scales_hold {
        (earlier_scales.clone(), std::mem::take(&mut earlier.dropped))
    } else {
        composite_scales(components, values)?
    };
    if !scales.same(earlier_scales) || earlier.scores.len() != n {
        // Every customer scored again, on the scales just found; the earlier scores are let
        // go first, not held beside the new ones.
        drop(earlier);
        return Ok(scored_on(scales, dropped, values, n));
    }
    let Composite {
        mut scores,
        mut partial,
        ..
    } = earlier;
    for &i in changed.iter().filter(|&&i| i < n) {
        let (score, part) = scales.score(values, i);
        scores[i] = score;
        mark_partial(&mut partial, i, part);
    }
    Ok((
        Composite {
            scores,
            dropped,
            partial,
        },
        scales,
    ))
}

/// Values of an indicator for a list.
pub fn indicator_column(
    indicator: &Indicator,
    customers: &[&Customer],
    metrics: &[BaseMetrics],
) -> PackedScores {
    customers
        .iter()
        .zip(metrics)
        .map(|(c, m)| indicator_value(indicator, c, m))
        .collect()
}

/// The columns of the indicators a list's weighted pyramids, scorecard and segmentation use,
/// each read once and shared by every use: named indicators are read from each customer's map
/// in one merge of its (sorted) entries with the (sorted) names wanted, not looked up by string
/// once per use.
///
/// Each column is packed ([`PackedScores`], half the size of `Option<f64>`s): at 100,000
/// customers a dozen columns are held at the analysis's peak, and the named ones are kept for
/// the next edit.
#[derive(Clone, Default, PartialEq)]
pub struct IndicatorColumns {
    columns: Vec<(Indicator, PackedScores)>,
}

// 100,000 scores a column in a debug print would drown whatever else is printed.
impl fmt::Debug for IndicatorColumns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.columns.iter().map(|(i, c)| (i, c.len())))
            .finish()
    }
}

/// [`IndicatorColumns`] made a customer at a time, by the pass over the list that works out
/// each customer's metrics: the metrics (88 bytes a customer) are then never held as a column
/// of their own until the indicator columns are read from them.
pub struct ColumnsBuilder<'i> {
    /// Each indicator wanted, once, in the order of first use.
    distinct: Vec<&'i Indicator>,
    /// Their columns, in the same order.
    columns: Vec<PackedScores>,
    /// Per column, whether it was taken from an earlier state of the list (then only the
    /// customers edited are read again).
    taken: Vec<bool>,
    /// The named indicators read by a merge with each customer's sorted entries, by name,
    /// with their column.
    names: Vec<(&'i str, usize)>,
    /// Customers added so far.
    added: usize,
}

impl<'i> ColumnsBuilder<'i> {
    /// The columns of `wanted` for a list of `n` customers. `earlier`: the columns of an
    /// earlier state of the same list (the same customers in the same places), whose columns
    /// read from the customers' own entries are taken and read again only for the customers
    /// added as edited (see [`IndicatorColumns::after`]).
    pub fn new(
        wanted: impl IntoIterator<Item = &'i Indicator>,
        n: usize,
        earlier: Option<IndicatorColumns>,
    ) -> ColumnsBuilder<'i> {
        let distinct = distinct_indicators(wanted);
        let mut earlier = earlier.unwrap_or_default();
        let (columns, taken): (Vec<PackedScores>, Vec<bool>) = distinct
            .iter()
            .map(|ind| {
                let kept = read_from_entry(ind)
                    .then(|| {
                        earlier
                            .columns
                            .iter_mut()
                            .find(|(i, c)| i == *ind && c.len() == n)
                    })
                    .flatten()
                    .map(|(_, c)| std::mem::take(c));
                match kept {
                    Some(column) => (column, true),
                    None => (PackedScores::with_capacity(n), false),
                }
            })
            .unzip();
        let mut names: Vec<(&str, usize)> = distinct
            .iter()
            .enumerate()
            .filter(|(k, _)| !taken[*k])
            .filter_map(|(k, ind)| match ind {
                Indicator::Named(name) => Some((name.as_str(), k)),
                _ => None,
            })
            .collect();
        names.sort_unstable();
        ColumnsBuilder {
            distinct,
            columns,
            taken,
            names,
            added: 0,
        }
    }

    /// Reads the next customer, with its metrics; `edited` says whether it changed since the
    /// earlier state (read only for the columns taken from it).
    pub fn add(&mut self, c: &Customer, m: &BaseMetrics, edited: bool) {
        let i = self.added;
        self.added += 1;
        if !self.names.is_empty() {
            let mut entries = c.indicators.iter().peekable();
            for &(name, k) in &self.names {
                let mut value = None;
                while let Some((key, v)) = entries.peek() {
                    match key.as_str().cmp(name) {
                        std::cmp::Ordering::Less => {
                            entries.next();
                        }
                        std::cmp::Ordering::Equal => {
                            value = Some(**v);
                            entries.next();
                            break;
                        }
                        std::cmp::Ordering::Greater => break,
                    }
                }
                self.columns[k].push(usable(value));
            }
        }
        for (k, ind) in self.distinct.iter().enumerate() {
            if self.taken[k] {
                if edited && i < self.columns[k].len() {
                    self.columns[k].set(i, indicator_value(ind, c, m));
                }
            } else if !matches!(ind, Indicator::Named(_)) {
                self.columns[k].push(indicator_value(ind, c, m));
            }
        }
    }

    /// The columns, once every customer was added.
    pub fn finish(self) -> IndicatorColumns {
        IndicatorColumns {
            columns: self
                .distinct
                .into_iter()
                .cloned()
                .zip(self.columns)
                .collect(),
        }
    }
}

/// Whether [`indicator_value`] reads the indicator from the customer's own entry alone, never
/// from figures worked out over the list.
pub(crate) fn read_from_entry(indicator: &Indicator) -> bool {
    matches!(
        indicator,
        Indicator::Named(_)
            | Indicator::PurchaseFrequency
            | Indicator::AverageOrderValue
            | Indicator::SizeBand
            | Indicator::Age
    )
}

/// Each indicator of `wanted` once, in the order of first use (a handful: a linear search).
fn distinct_indicators<'i>(wanted: impl IntoIterator<Item = &'i Indicator>) -> Vec<&'i Indicator> {
    let mut distinct: Vec<&Indicator> = Vec::new();
    for ind in wanted {
        if !distinct.contains(&ind) {
            distinct.push(ind);
        }
    }
    distinct
}

impl IndicatorColumns {
    /// Reads every distinct indicator of `wanted` for the list; each column equals
    /// [`indicator_column`] of its indicator.
    pub fn new<'i>(
        wanted: impl IntoIterator<Item = &'i Indicator>,
        customers: &[&Customer],
        metrics: &[BaseMetrics],
    ) -> IndicatorColumns {
        let mut columns = ColumnsBuilder::new(wanted, customers.len(), None);
        for (c, m) in customers.iter().zip(metrics) {
            columns.add(c, m, true);
        }
        columns.finish()
    }

    /// [`IndicatorColumns::new`] for a list whose customers are the same, in the same places,
    /// as those `earlier` was read from, except those `edited`: the column of an indicator read
    /// from the customer's own entry (a named one, purchases, order value, size, age) is taken
    /// from `earlier` and read again only for them, since it depends on nothing else. The
    /// other columns read figures that an edit of one customer can change for every other
    /// (service cost shared, min–max scores), so they are read again.
    pub fn after<'i>(
        wanted: impl IntoIterator<Item = &'i Indicator>,
        customers: &[&Customer],
        metrics: &[BaseMetrics],
        earlier: IndicatorColumns,
        edited: &[bool],
    ) -> IndicatorColumns {
        let mut columns = ColumnsBuilder::new(wanted, customers.len(), Some(earlier));
        for (i, (c, m)) in customers.iter().zip(metrics).enumerate() {
            columns.add(c, m, edited.get(i).copied().unwrap_or(false));
        }
        columns.finish()
    }

    /// The columns of `wanted`, and those read from the customers' own entries (which an
    /// edit takes over): the others are let go as soon as no stage reads them, for the
    /// columns held at once make an analysis's peak memory.
    pub fn keeping<'i>(
        mut self,
        wanted: impl IntoIterator<Item = &'i Indicator>,
    ) -> IndicatorColumns {
        let wanted: Vec<&Indicator> = wanted.into_iter().collect();
        self.columns
            .retain(|(i, _)| read_from_entry(i) || wanted.contains(&i));
        self
    }

    /// The columns read from the customers' own entries alone: what
    /// [`IndicatorColumns::after`] takes on.
    pub fn into_named(mut self) -> IndicatorColumns {
        self.columns.retain(|(i, _)| read_from_entry(i));
        self
    }

    /// The bytes its columns hold (capacity counted).
    pub fn heap_bytes(&self) -> usize {
        self.columns.iter().map(|(_, c)| c.heap_bytes()).sum()
    }

    /// The column of `indicator`, when it was wanted.
    pub fn get(&self, indicator: &Indicator) -> Option<&PackedScores> {
        self.columns
            .iter()
            .find(|(i, _)| i == indicator)
            .map(|(_, c)| c)
    }

    /// The column of `indicator`; empty (every customer unknown) when it was not wanted.
    pub fn column(&self, indicator: &Indicator) -> &PackedScores {
        self.get(indicator).unwrap_or(&NO_SCORES)
    }
}

/// Levels of single-indicator segmentation, best first.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Top share of the ranking.
    High,
    /// Middle share.
    Medium,
    /// The rest.
    Low,
    /// No value for the indicator: not ranked.
    Unknown,
}

impl Level {
    fn from_band(b: usize) -> Level {
        match b {
            0 => Level::High,
            1 => Level::Medium,
            _ => Level::Low,
        }
    }
}

/// One combination of levels and its weight in the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// Level per chosen indicator.
    pub levels: Vec<Level>,
    /// Customers in it.
    pub count: usize,
    /// Share of revenue, fraction; `None` when no customer has revenue.
    pub revenue_share: Option<f64>,
    /// Share of the profit of every profitable customer, fraction (never negative); `None`
    /// when nobody makes a profit.
    pub profit_share: Option<f64>,
    /// Its customers who lose money, and how much.
    pub losses: Losses,
}

/// Single-indicator segmentation on one to three indicators.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segmentation {
    /// The indicators used (at most three).
    pub indicators: Vec<WeightedIndicator>,
    /// Level per indicator for every customer (`[customer][indicator]`), parallel to the
    /// analysed list.
    pub levels: PerCustomer<Level>,
    /// Non-empty segments, largest first (ties by levels).
    pub segments: Vec<Segment>,
    /// Rank shares of the high, medium and low levels, fractions.
    pub shares: [f64; 3],
}

/// Cuts each chosen indicator into high / medium / low by `shares` (top, middle, rest) of the
/// customers who have it, equal values sharing a level as in every tiering; a customer without
/// the indicator is at level "unknown" for it. Then counts the combinations.
pub fn segmentation(
    chosen: &[WeightedIndicator],
    customers: &[&Customer],
    metrics: &[BaseMetrics],
    ids: &[&str],
    shares: [f64; 3],
    revenue: &[f64],
    profit: &[f64],
) -> Result<Segmentation, TierError> {
    let columns = IndicatorColumns::new(
        chosen.iter().take(3).map(|c| &c.indicator),
        customers,
        metrics,
    );
    segmentation_ranked(
        chosen,
        &columns,
        &mut Rankings::new(ids),
        customers.len(),
        shares,
        &MoneyColumns::new(revenue, profit),
    )
}

/// [`segmentation`] of a list of `n` customers, reading the indicators from `columns` (which
/// must hold the first three chosen) and their rankings from `rankings`.
pub fn segmentation_ranked(
    chosen: &[WeightedIndicator],
    columns: &IndicatorColumns,
    rankings: &mut Rankings<'_>,
    n: usize,
    shares: [f64; 3],
    money: &MoneyColumns<'_>,
) -> Result<Segmentation, TierError> {
    let MoneyColumns {
        revenue,
        profit,
        total_revenue,
        total_profit,
    } = *money;
    let chosen: Vec<WeightedIndicator> = chosen.iter().take(3).cloned().collect();
    band_sizes(n, &shares).ok_or(TierError::BadShares)?;
    let mut level_columns = Vec::with_capacity(chosen.len());
    for ind in &chosen {
        // Unpacked for the ranking, one indicator at a time.
        let col = match columns.get(&ind.indicator) {
            Some(c) if c.len() == n => c.to_vec(),
            _ => vec![None; n],
        };
        let order = rankings.rank(&col, ind.lower_is_better);
        let mut level = vec![Level::Unknown; n];
        tie_safe_walk(order, &col, &shares, |i, band| {
            level[i] = Level::from_band(band)
        })
        .ok_or(TierError::BadShares)?;
        level_columns.push(level);
    }
    let levels = PerCustomer::from_columns(n, &level_columns);
    // A combination of at most three levels of four is one number below 64, the first level
    // most significant, so counting by it keeps the order of the level lists without cloning
    // one for every customer.
    let code = |l: &[Level]| l.iter().fold(0usize, |c, v| c * 4 + *v as usize);
    let mut groups = vec![(0usize, Split::default(), Split::default()); 1 << (2 * chosen.len())];
    let mut first = vec![usize::MAX; groups.len()];
    for (i, l) in levels.iter().enumerate() {
        let k = code(l);
        let e = &mut groups[k];
        if e.0 == 0 {
            first[k] = i;
        }
        e.0 += 1;
        e.1.add(revenue.get(i).copied().unwrap_or(0.0));
        e.2.add(profit.get(i).copied().unwrap_or(0.0));
    }
    let mut segments: Vec<Segment> = groups
        .into_iter()
        .zip(first)
        .filter(|((count, _, _), _)| *count > 0)
        .map(|((count, r, p), i)| Segment {
            levels: levels[i].to_vec(),
            count,
            revenue_share: r.share_of(&total_revenue),
            profit_share: p.share_of(&total_profit),
            losses: p.losses,
        })
        .collect();
    segments.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.levels.cmp(&b.levels)));
    Ok(Segmentation {
        indicators: chosen,
        levels,
        segments,
        shares,
    })
}

/// Scorecard results: aspect scores and the final score, 0–100.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScorecardResult {
    /// Aspect names.
    pub aspects: Vec<String>,
    /// Aspect weights as used: normalised to sum 1 over the aspects kept, 0 for an aspect
    /// left out or weighted 0.
    pub weights: Vec<f64>,
    /// Aspect weights as entered.
    pub entered_weights: Vec<f64>,
    /// Aspects with a weight that no customer has a score on (every indicator left out):
    /// left out, their weight shared among the others.
    pub dropped_aspects: Vec<usize>,
    /// Indicators left out of each aspect, parallel to the aspects.
    pub dropped_indicators: Vec<Vec<DroppedIndicator>>,
    /// Aspect scores per customer, 0–100 (`[customer][aspect]`); `None` when the customer
    /// has none of the aspect's indicators kept, or the aspect is left out.
    pub aspect_scores: AspectScores,
    /// Final score per customer = weighted average of the aspects it has a score on, 0–100;
    /// `None` (not rated) when it has none.
    pub scores: Vec<Option<f64>>,
    /// Customers scored without some indicator or aspect kept (weights of the rest scaled
    /// up), in list order.
    pub partial: Vec<usize>,
}

/// A value per customer and per column (an aspect, an indicator): `[customer][column]`, held
/// in one array of customers × columns instead of a vector per customer (a hundred thousand
/// small vectors made and freed by every analysis); serialised as the nested lists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PerCustomer<T> {
    customers: usize,
    columns: usize,
    values: Vec<T>,
}

/// The aspect scores of every customer (`[customer][aspect]`).
pub type AspectScores = PerCustomer<Option<f64>>;

impl<T: Copy> PerCustomer<T> {
    /// The table of `customers` rows made of `columns`, each a value per customer in list
    /// order.
    fn from_columns(customers: usize, columns: &[Vec<T>]) -> PerCustomer<T> {
        PerCustomer {
            customers,
            columns: columns.len(),
            values: (0..customers)
                .flat_map(|i| columns.iter().map(move |c| c[i]))
                .collect(),
        }
    }
}

impl<T: Copy> PerCustomer<T> {
    /// The table of `customers` rows of `columns` values, each `value`.
    fn filled(customers: usize, columns: usize, value: T) -> PerCustomer<T> {
        PerCustomer {
            customers,
            columns,
            values: vec![value; customers * columns],
        }
    }

    /// Writes column `k` from `values` (one per customer, in list order; those past its end
    /// left as they are).
    fn set_column(&mut self, k: usize, values: impl IntoIterator<Item = T>) {
        if k < self.columns {
            let places = self.values.iter_mut().skip(k).step_by(self.columns);
            for (place, v) in places.zip(values) {
                *place = v;
            }
        }
    }

    /// Column `k`, a value per customer in list order (none when there is no such column).
    fn column(&self, k: usize) -> impl Iterator<Item = T> + '_ {
        let shown = if k < self.columns {
            self.values.len()
        } else {
            0
        };
        self.values[..shown]
            .iter()
            .skip(k)
            .step_by(self.columns.max(1))
            .copied()
    }
}

impl<T> PerCustomer<T> {
    /// The values of customer `i`, in column order.
    pub fn get(&self, i: usize) -> Option<&[T]> {
        (i < self.customers).then(|| &self.values[i * self.columns..(i + 1) * self.columns])
    }

    /// Customers, count.
    pub fn len(&self) -> usize {
        self.customers
    }

    /// Whether there are no customers.
    pub fn is_empty(&self) -> bool {
        self.customers == 0
    }

    /// The customers' values, in list order.
    pub fn iter(&self) -> impl Iterator<Item = &[T]> {
        (0..self.customers).filter_map(|i| self.get(i))
    }
}

impl<T> std::ops::Index<usize> for PerCustomer<T> {
    type Output = [T];

    fn index(&self, i: usize) -> &[T] {
        self.get(i).expect("customer index within the list")
    }
}

impl<T: Serialize> Serialize for PerCustomer<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Scores the list on the scorecard's aspects. Each aspect is a [`composite`] of its
/// indicators (× 100); the final score is the same weighted mean of the aspects a customer has
/// a score on, so a missing aspect is never scored 0 and an aspect nobody has is left out.
pub fn scorecard(
    card: &super::settings::Scorecard,
    customers: &[&Customer],
    metrics: &[BaseMetrics],
) -> Result<ScorecardResult, TierError> {
    let columns = IndicatorColumns::new(
        card.aspects
            .iter()
            .flat_map(|a| a.indicators.iter().map(|i| &i.indicator)),
        customers,
        metrics,
    );
    scorecard_from(card, &columns, customers.len())
}

/// [`scorecard`] of a list of `n` customers, reading the indicators from `table` (which must
/// hold every indicator of the card).
pub fn scorecard_from(
    card: &super::settings::Scorecard,
    table: &IndicatorColumns,
    n: usize,
) -> Result<ScorecardResult, TierError> {
    scorecard_scaled(card, table, n).0
}

/// What a scorecard's scores depend on besides each customer's own values: the scales of
/// each aspect's composite (`None` for an aspect nobody can be scored on) and the aspects'
/// weights as used.
#[derive(Debug, Clone)]
pub struct ScorecardScales {
    aspects: Vec<Option<CompositeScales>>,
    kept_weights: Vec<f64>,
}

fn clean_weight(w: f64) -> f64 {
    if w.is_finite() && w > 0.0 {
        w
    } else {
        0.0
    }
}

/// An aspect's composite scales and the indicators it leaves out, or why it has none.
type AspectScales = Result<(CompositeScales, Vec<DroppedIndicator>), TierError>;

/// Each aspect's [`AspectScales`], from its indicators' `columns` ([`aspect_columns`]).
fn aspect_scales(
    card: &super::settings::Scorecard,
    columns: &[Vec<&PackedScores>],
) -> Vec<AspectScales> {
    card.aspects
        .iter()
        .zip(columns)
        .map(|(aspect, cols)| composite_scales(&aspect.indicators, cols))
        .collect()
}

/// The columns of each aspect's indicators, in the card's order.
fn aspect_columns<'t>(
    card: &super::settings::Scorecard,
    table: &'t IndicatorColumns,
) -> Vec<Vec<&'t PackedScores>> {
    card.aspects
        .iter()
        .map(|aspect| {
            aspect
                .indicators
                .iter()
                .map(|ind| table.column(&ind.indicator))
                .collect()
        })
        .collect()
}

/// [`scorecard_from`] with the scales it was made with (when it could be made), for
/// [`scorecard_after`].
pub fn scorecard_scaled(
    card: &super::settings::Scorecard,
    table: &IndicatorColumns,
    n: usize,
) -> (Result<ScorecardResult, TierError>, Option<ScorecardScales>) {
    let columns = aspect_columns(card, table);
    let scales = aspect_scales(card, &columns);
    scorecard_on(card, &columns, n, scales)
}

/// [`scorecard_scaled`] with each aspect's composite scales (or why it has none) already
/// found from its `indicator_columns`.
fn scorecard_on(
    card: &super::settings::Scorecard,
    indicator_columns: &[Vec<&PackedScores>],
    n: usize,
    scales: Vec<AspectScales>,
) -> (Result<ScorecardResult, TierError>, Option<ScorecardScales>) {
    if card.aspects.iter().all(|a| clean_weight(a.weight) == 0.0) {
        return (Err(TierError::NoWeights), None);
    }
    // The aspects' scores are written straight into the table the result holds, an aspect at
    // a time, rather than made as columns and copied: at 100,000 customers and four aspects
    // the copy was 6.4 MB more at the analysis's peak.
    let mut aspect_scores = PerCustomer::filled(n, card.aspects.len(), None);
    let mut kept_weights = Vec::with_capacity(card.aspects.len());
    let mut aspect_scales = Vec::with_capacity(card.aspects.len());
    let mut dropped_aspects = Vec::new();
    let mut dropped_indicators = Vec::with_capacity(card.aspects.len());
    let mut partial = vec![false; n];
    for (k, ((aspect, cols), found)) in card
        .aspects
        .iter()
        .zip(indicator_columns)
        .zip(scales)
        .enumerate()
    {
        let (scores, dropped) = match found {
            Ok((scales, dropped)) => {
                let (scores, part) = scales.score_every(cols, n);
                for i in part {
                    partial[i] = true;
                }
                aspect_scales.push(Some(scales));
                (scores, dropped)
            }
            Err(TierError::NoData { dropped }) => {
                aspect_scales.push(None);
                (vec![None; n], dropped)
            }
            Err(_) => {
                aspect_scales.push(None);
                (vec![None; n], Vec::new())
            }
        };
        let w = clean_weight(aspect.weight);
        let kept = scores.iter().any(Option::is_some);
        if w > 0.0 && !kept {
            dropped_aspects.push(k);
        }
        kept_weights.push(if kept { w } else { 0.0 });
        aspect_scores.set_column(k, scores.into_iter().map(|s| s.map(|v| v * 100.0)));
        dropped_indicators.push(dropped);
    }
    if kept_weights.iter().all(|w| *w == 0.0) {
        return (
            Err(TierError::NoData {
                dropped: dropped_indicators.concat(),
            }),
            None,
        );
    }
    let (scores, missing) = known_weighted_mean(&kept_weights, &aspect_scores);
    for i in missing {
        partial[i] = true;
    }
    let total: f64 = kept_weights.iter().sum();
    let result = ScorecardResult {
        aspects: card.aspects.iter().map(|a| a.name.clone()).collect(),
        weights: kept_weights.iter().map(|w| ratio(*w, total)).collect(),
        entered_weights: card.aspects.iter().map(|a| a.weight).collect(),
        dropped_aspects,
        dropped_indicators,
        aspect_scores,
        scores,
        partial: (0..n).filter(|&i| partial[i]).collect(),
    };
    let scales = ScorecardScales {
        aspects: aspect_scales,
        kept_weights,
    };
    (Ok(result), Some(scales))
}

/// [`scorecard_scaled`] of a list whose indicator values differ from those `earlier` was
/// made of (with `earlier_scales`, the same card, as many customers) only for the customers
/// `changed`. When every aspect's scales and the aspects kept are the same, only those
/// customers are scored again and the others keep their scores, which are then those a full
/// pass gives; otherwise the whole card is scored again. With `scales_hold`
/// ([`ScaleEnds::keep_through`]) the aspects' scales are taken over instead of found again.
pub fn scorecard_after(
    card: &super::settings::Scorecard,
    table: &IndicatorColumns,
    n: usize,
    mut earlier: ScorecardResult,
    earlier_scales: &ScorecardScales,
    changed: &[usize],
    scales_hold: bool,
) -> (Result<ScorecardResult, TierError>, Option<ScorecardScales>) {
    let columns = aspect_columns(card, table);
    let held = scales_hold
        && earlier_scales.aspects.len() == card.aspects.len()
        && earlier.dropped_indicators.len() == card.aspects.len();
    // An aspect without scales had no indicator with a spread, or no weight (its scales held,
    // that is still so): what it left out is what it left out before.
    let found = if held {
        earlier_scales
            .aspects
            .iter()
            .zip(std::mem::take(&mut earlier.dropped_indicators))
            .map(|(scales, dropped)| match scales {
                Some(scales) => Ok((scales.clone(), dropped)),
                None => Err(TierError::NoData { dropped }),
            })
            .collect()
    } else {
        aspect_scales(card, &columns)
    };
    let same = found.len() == earlier_scales.aspects.len()
        && found
            .iter()
            .zip(&earlier_scales.aspects)
            .all(|pair| match pair {
                (Ok((a, _)), Some(b)) => a.same(b),
                (Err(_), None) => true,
                _ => false,
            });
    let na = found.len();
    if !same
        || earlier.aspect_scores.customers != n
        || earlier.aspect_scores.columns != na
        || earlier.scores.len() != n
    {
        // Every customer scored again, on the scales just found; the earlier scores are let
        // go first, not held beside the new ones.
        drop(earlier);
        return scorecard_on(card, &columns, n, found);
    }
    let mut aspects = Vec::with_capacity(na);
    let mut dropped_indicators = Vec::with_capacity(na);
    for f in found {
        let (scales, dropped) = match f {
            Ok((scales, dropped)) => (Some(scales), dropped),
            Err(TierError::NoData { dropped }) => (None, dropped),
            Err(_) => (None, Vec::new()),
        };
        aspects.push(scales);
        dropped_indicators.push(dropped);
    }
    let used = used_weights(&earlier_scales.kept_weights);
    let mut r = earlier;
    for &i in changed.iter().filter(|&&i| i < n) {
        let mut part = false;
        for (k, scales) in aspects.iter().enumerate() {
            r.aspect_scores.values[i * na + k] = scales.as_ref().and_then(|scales| {
                let (score, p) = scales.score(&columns[k], i);
                part |= p;
                score.map(|v| v * 100.0)
            });
        }
        let row = &r.aspect_scores.values[i * na..(i + 1) * na];
        let (score, missing) = mean_at(&used, |k| row[k]);
        r.scores[i] = score;
        mark_partial(&mut r.partial, i, part || missing);
    }
    // An aspect is kept while anyone has a score on it: the edits may have taken the last
    // ones away, or given the first.
    let kept_weights: Vec<f64> = card
        .aspects
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let kept = (0..n).any(|i| r.aspect_scores.values[i * na + k].is_some());
            if kept {
                clean_weight(a.weight)
            } else {
                0.0
            }
        })
        .collect();
    let same_kept = kept_weights.len() == earlier_scales.kept_weights.len()
        && kept_weights
            .iter()
            .zip(&earlier_scales.kept_weights)
            .all(|(a, b)| a.to_bits() == b.to_bits());
    if !same_kept {
        drop(r);
        return scorecard_scaled(card, table, n);
    }
    r.dropped_indicators = dropped_indicators;
    let scales = ScorecardScales {
        aspects,
        kept_weights,
    };
    (Ok(r), Some(scales))
}

/// The min–max scale of each column the weighted pyramids' composites and the scorecard's
/// aspects weigh, with which customers hold each of its ends, so that an edit that cannot move
/// any scale takes them over instead of finding them again (a pass over each of a dozen columns
/// of 100,000 values). A scale stays the same, bit for bit, while each of its ends is still
/// held by a customer (the edited ones that held it, or now hold it, counted) and no new value
/// lies beyond it; so does which indicators have a spread, and so what a composite leaves out.
#[derive(Debug, Clone, Default)]
pub struct ScaleEnds {
    columns: Vec<ColumnEnds>,
}

#[derive(Debug, Clone)]
struct ColumnEnds {
    indicator: Indicator,
    scale: MinMax,
    /// Whether any finite value was scanned: a scale over none is (0, 0) too.
    any: bool,
    low: EndHolders,
    high: EndHolders,
}

/// The customers whose value is at one end of a scale.
#[derive(Debug, Clone, Default)]
struct EndHolders {
    /// A bit per customer.
    bits: Vec<u64>,
    count: usize,
    /// Whether a holder's value is the end in value but not in bits (a `-0.0` at a `0.0`
    /// end), which the scale's scan may or may not have kept: then no holder of it may leave.
    mixed: bool,
}

impl EndHolders {
    fn holds(&self, i: usize) -> bool {
        bit_set(&self.bits, i)
    }

    fn set(&mut self, i: usize, on: bool) {
        if let Some(w) = self.bits.get_mut(i / 64) {
            let bit = 1u64 << (i % 64);
            if on && *w & bit == 0 {
                *w |= bit;
                self.count += 1;
            } else if !on && *w & bit != 0 {
                *w &= !bit;
                self.count -= 1;
            }
        }
    }
}

/// Every indicator the weighted pyramids and the scorecard weigh, once, in settings order.
fn weighed_indicators<'s>(
    pyramids: &'s [WeightedPyramid],
    card: &'s Scorecard,
) -> Vec<&'s Indicator> {
    distinct_indicators(
        pyramids
            .iter()
            .flat_map(|p| p.components.iter())
            .chain(card.aspects.iter().flat_map(|a| a.indicators.iter()))
            .map(|c| &c.indicator),
    )
}

/// The scale of each component of the composites and aspects that have scales (`composites`,
/// the weighted pyramids' in settings order, and `scorecard`'s), by its indicator; `None` when
/// a part's scales do not match its components.
fn made_scales<'s>(
    pyramids: &'s [WeightedPyramid],
    card: &'s Scorecard,
    composites: &[Option<CompositeScales>],
    scorecard: Option<&ScorecardScales>,
) -> Option<Vec<(&'s Indicator, MinMax)>> {
    let aspects = scorecard.map_or(&[][..], |s| &s.aspects[..]);
    let parts = pyramids
        .iter()
        .map(|p| &p.components)
        .zip(composites)
        .chain(card.aspects.iter().map(|a| &a.indicators).zip(aspects));
    let mut made = Vec::new();
    for (components, scales) in parts {
        let Some(scales) = scales else { continue };
        if scales.scales.len() != components.len() {
            return None;
        }
        made.extend(
            components
                .iter()
                .zip(&scales.scales)
                .map(|(c, (mm, _))| (&c.indicator, *mm)),
        );
    }
    Some(made)
}

impl ScaleEnds {
    /// The scales of the columns `table` (of `n` customers) that `pyramids` and `card` weigh,
    /// and who holds their ends: a pass over each column for its ends, and one for its scale
    /// unless `composites` or `scorecard` (the scales just made) have it.
    pub fn find(
        pyramids: &[WeightedPyramid],
        card: &Scorecard,
        table: &IndicatorColumns,
        composites: &[Option<CompositeScales>],
        scorecard: Option<&ScorecardScales>,
        n: usize,
    ) -> ScaleEnds {
        // Scales that do not match their components are not taken: each column is scanned.
        let made = made_scales(pyramids, card, composites, scorecard).unwrap_or_default();
        let mut columns = Vec::new();
        for indicator in weighed_indicators(pyramids, card) {
            let column = table.column(indicator);
            if column.count() != n {
                return ScaleEnds::default();
            }
            // The scale a composite found over this column is the column's (`composite_scales`).
            let scale = made
                .iter()
                .find(|(i, _)| *i == indicator)
                .map_or_else(|| MinMax::over(column.scores()), |(_, mm)| *mm);
            let (lo, hi) = (scale.min_value(), scale.max_value());
            let words = n.div_ceil(64);
            let mut low = EndHolders {
                bits: vec![0; words],
                ..EndHolders::default()
            };
            let mut high = low.clone();
            let mut any = false;
            column.scores().enumerate().for_each(|(i, v)| {
                let Some(v) = v.filter(|v| v.is_finite()) else {
                    return;
                };
                any = true;
                for (end, holders) in [(lo, &mut low), (hi, &mut high)] {
                    if v == end {
                        holders.set(i, true);
                        holders.mixed |= v.to_bits() != end.to_bits();
                    }
                }
            });
            columns.push(ColumnEnds {
                indicator: indicator.clone(),
                scale,
                any,
                low,
                high,
            });
        }
        ScaleEnds { columns }
    }

    /// Whether an edit of the customers `changed` (ascending, each once; their new values in
    /// `table`) leaves every scale as it was, and if so the ends brought up to the edit. The
    /// weighted pyramids' and the scorecard's scales of the earlier analysis (`composites`,
    /// `scorecard`) must be those found with these ends: the settings are the same.
    ///
    /// A column holds when its ends are within the usable magnitude and, the edited customers
    /// counted with their new values, each end is still held by someone, every new value lies
    /// between the ends (at an end only with the end's bits) and no holder of an end whose
    /// holders differ in their bits left it; or when it had no value and still has none.
    pub fn keep_through(
        &mut self,
        pyramids: &[WeightedPyramid],
        card: &Scorecard,
        table: &IndicatorColumns,
        composites: &[Option<CompositeScales>],
        scorecard: Option<&ScorecardScales>,
        changed: &[usize],
    ) -> bool {
        let indicators = weighed_indicators(pyramids, card);
        if indicators.len() != self.columns.len()
            || indicators
                .iter()
                .zip(&self.columns)
                .any(|(i, c)| **i != c.indicator)
        {
            return false;
        }
        // The scales the composites and aspects were made with are the columns' own (a part
        // without scales, or a scorecard without, is made afresh whatever this answers).
        let Some(made) = made_scales(pyramids, card, composites, scorecard) else {
            return false;
        };
        let same = made.iter().all(|(indicator, mm)| {
            self.columns
                .iter()
                .find(|e| e.indicator == **indicator)
                .is_some_and(|e| e.scale.same_bits(mm))
        });
        if !same {
            return false;
        }
        let holds = self.columns.iter().all(|e| {
            let column = table.column(&e.indicator);
            e.holds_through(column, changed)
        });
        if holds {
            for e in &mut self.columns {
                let column = table.column(&e.indicator);
                let (lo, hi) = (e.scale.min_value(), e.scale.max_value());
                for &i in changed {
                    let v = column.at(i).filter(|v| v.is_finite());
                    e.low.set(i, v.is_some_and(|v| v == lo));
                    e.high.set(i, v.is_some_and(|v| v == hi));
                }
            }
        }
        holds
    }

    /// What it holds in memory, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.columns
            .iter()
            .map(|e| (e.low.bits.capacity() + e.high.bits.capacity()) * 8)
            .sum()
    }
}

impl ColumnEnds {
    /// Whether this column's scale stays the same with the new values `column` of the
    /// customers `changed` (see [`ScaleEnds::keep_through`]).
    fn holds_through(&self, column: &PackedScores, changed: &[usize]) -> bool {
        let n = self.low.bits.len() * 64;
        if column.count() > n || changed.iter().any(|&i| i >= column.count()) {
            return false;
        }
        let new = |i: usize| column.at(i).filter(|v| v.is_finite());
        if !self.any {
            return changed.iter().all(|&i| new(i).is_none());
        }
        let (lo, hi) = (self.scale.min_value(), self.scale.max_value());
        if usable(lo).is_none() || usable(hi).is_none() {
            return false;
        }
        let (mut low, mut high) = (self.low.count, self.high.count);
        for &i in changed {
            for (holders, left) in [(&self.low, &mut low), (&self.high, &mut high)] {
                if holders.holds(i) {
                    if holders.mixed {
                        return false;
                    }
                    *left -= 1;
                }
            }
            if let Some(v) = new(i) {
                if v == lo || v == hi {
                    if v.to_bits() != lo.to_bits() && v.to_bits() != hi.to_bits() {
                        return false;
                    }
                    low += usize::from(v.to_bits() == lo.to_bits());
                    high += usize::from(v.to_bits() == hi.to_bits());
                } else if !(lo < v && v < hi) {
                    return false;
                }
            }
        }
        low >= 1 && high >= 1
    }
}

/// Customers whose score falls in one band of the 0–100 scale.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ScoreBin {
    /// Lowest score of the band (included).
    pub from: f64,
    /// Highest score of the band (excluded, except 100 in the last band).
    pub to: f64,
    /// Customers in the band.
    pub count: usize,
}

/// Distribution of 0–100 scores (the scorecard's) over `bins` equal bands: [0, w), [w, 2w), …,
/// [100 − w, 100]. Scores outside 0–100 count in the first or last band; unknown and
/// non-finite scores are left out. No bands when `bins` is 0.
pub fn score_distribution(scores: &[Option<f64>], bins: usize) -> Vec<ScoreBin> {
    if bins == 0 {
        return Vec::new();
    }
    let width = 100.0 / bins as f64;
    let mut out: Vec<ScoreBin> = (0..bins)
        .map(|k| ScoreBin {
            from: k as f64 * width,
            to: (k + 1) as f64 * width,
            count: 0,
        })
        .collect();
    for s in scores.iter().flatten().filter(|s| s.is_finite()) {
        let k = ((s / width).floor().max(0.0) as usize).min(bins - 1);
        out[k].count += 1;
    }
    out
}

/// Positions of the `k` highest known scores, best first (ties by id, then by position, as
/// every ranking here); customers without a score are not listed. `id_of` gives a position's
/// id. One pass keeping the best `k` so far: the view that shows the top ten of 100,000
/// sorted them all (and read every id) each time it opened; an id is read only where a
/// score ties with one kept.
pub fn top_scored<'a>(
    scores: &[Option<f64>],
    id_of: impl Fn(usize) -> &'a str,
    k: usize,
) -> Vec<usize> {
    // Whether position `a` (score `x`) comes before position `b` (score `y`).
    let before = |x: f64, a: usize, y: f64, b: usize| {
        y.total_cmp(&x)
            .then_with(|| id_of(a).cmp(id_of(b)))
            .then_with(|| a.cmp(&b))
            .is_lt()
    };
    if k == 0 {
        return Vec::new();
    }
    let mut best: Vec<(f64, usize)> = Vec::with_capacity(k.saturating_add(1).min(scores.len()));
    for (i, s) in scores.iter().enumerate() {
        let Some(x) = usable(*s) else {
            continue;
        };
        if best.len() == k && best.last().is_some_and(|&(y, b)| !before(x, i, y, b)) {
            continue;
        }
        let at = best.partition_point(|&(y, b)| before(y, b, x, i));
        best.insert(at, (x, i));
        best.truncate(k);
    }
    best.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::super::numeric::rank;
    use super::super::settings::{Scorecard, ScorecardAspect};
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::tolerance::EXACT;
    use proptest::prelude::*;

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("{i:05}")).collect()
    }

    #[test]
    fn default_pyramid_and_ratings() {
        let idv = ids(100);
        let idr: Vec<&str> = idv.iter().map(|s| s.as_str()).collect();
        let scores: Vec<Option<f64>> = (0..100).map(|i| Some(i as f64)).collect();
        let rev: Vec<f64> = (0..100).map(|i| i as f64).collect();
        let t = tiering(
            &scores,
            &idr,
            pyramid_labels(),
            Cut::RankShares(vec![0.2, 0.3, 0.5]),
            "profit".into(),
            &rev,
            &rev,
        )
        .unwrap();
        let counts: Vec<usize> = t.bands.iter().map(|b| b.count).collect();
        assert_eq!(counts, vec![20, 30, 50]);
        assert_eq!(t.assignment[99], Some(0));
        assert_eq!(t.assignment[0], Some(2));
        assert_eq!(t.cut_scores, vec![Some(80.0), Some(50.0)]);
        assert_eq!(
            t.rule.description,
            "By profit, ranked: Large potential = top 20 %, Medium potential = next 30 %, Small potential = last 50 %. Equal scores share a band: a cut that would split a tie moves so the whole tie goes to the higher band."
        );
        let r = tiering(
            &scores,
            &idr,
            super::super::settings::RatingScale::AToD.labels(),
            Cut::RankShares(vec![0.2, 0.3, 0.3, 0.2]),
            "profit".into(),
            &rev,
            &rev,
        )
        .unwrap();
        assert_eq!(
            r.bands.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![20, 30, 30, 20]
        );
        let th = tiering(
            &scores,
            &idr,
            vec!["A".into(), "B".into()],
            Cut::Thresholds(vec![90.0]),
            "profit".into(),
            &rev,
            &rev,
        )
        .unwrap();
        assert_eq!(th.bands[0].count, 10);
        assert_eq!(
            th.rule.description,
            "By profit, by threshold: A = 90 or more, B = below 90."
        );
        assert_eq!(
            tiering(
                &scores,
                &idr,
                vec!["A".into(), "B".into()],
                Cut::Thresholds(vec![1.0, 2.0]),
                "p".into(),
                &rev,
                &rev
            )
            .err(),
            Some(TierError::BadThresholds)
        );
    }

    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(|s| s.as_str()).collect()
    }

    fn cut(scores: &[Option<f64>], labels: Vec<String>, cut: Cut) -> Tiering {
        let idv = ids(scores.len());
        let zeros = vec![0.0; scores.len()];
        tiering(scores, &refs(&idv), labels, cut, "p".into(), &zeros, &zeros).unwrap()
    }

    fn counts(t: &Tiering) -> Vec<usize> {
        t.bands.iter().map(|b| b.count).collect()
    }

    fn a_to_d() -> Vec<String> {
        super::super::settings::RatingScale::AToD.labels()
    }

    #[test]
    fn all_equal_scores_all_go_to_the_top_band() {
        let scores = vec![Some(5.0); 5];
        // Pyramid 20/30/50 of 5 would be 1 / 2 / 2 (boundaries round(1.0) = 1, round(2.5) = 3);
        // the five equal scores are one tie, which goes whole to the top band: 5 / 0 / 0, and
        // 4 customers moved up.
        let p = cut(
            &scores,
            pyramid_labels(),
            Cut::RankShares(vec![0.2, 0.3, 0.5]),
        );
        assert_eq!(counts(&p), vec![5, 0, 0]);
        assert_eq!(p.rule.moved_up, 4);
        assert!(p.assignment.iter().all(|a| *a == Some(0)));
        // The top band's lowest score is 5; the empty middle band has none.
        assert_eq!(p.cut_scores, vec![Some(5.0), None]);
        assert!(p.rule.description.ends_with(
            "Equal scores share a band: a cut that would split a tie moves so the whole tie goes to the higher band (4 moved up)."
        ));
        // Ratings A–D 20/30/30/20 of 5: 1 / 2 / 1 / 1 by shares, 5 / 0 / 0 / 0 with the tie.
        let r = cut(&scores, a_to_d(), Cut::RankShares(vec![0.2, 0.3, 0.3, 0.2]));
        assert_eq!(counts(&r), vec![5, 0, 0, 0]);
        // Nobody to move up: every customer is in the top band already.
        let order = rank(&scores, &refs(&ids(scores.len())), false);
        let m = super::super::profiles::migration(&p, &order, &scores, 10, |_, g| Some(g));
        assert!(m.is_empty());
    }

    #[test]
    fn a_tie_at_a_rating_cut_goes_whole_to_the_higher_rating() {
        // 10 customers; the 2nd and 3rd best tie at 90. A–D 20/30/30/20 gives 2 / 3 / 3 / 2 by
        // rank, which would put one 90 in A and the other in B; both go to A instead:
        //   A = 100, 90, 90 (3)   B = 80, 70 (2)   C = 60, 50, 40 (3)   D = 30, 20 (2).
        let scores: Vec<Option<f64>> =
            [100.0, 90.0, 90.0, 80.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0]
                .iter()
                .map(|v| Some(*v))
                .collect();
        let r = cut(&scores, a_to_d(), Cut::RankShares(vec![0.2, 0.3, 0.3, 0.2]));
        assert_eq!(counts(&r), vec![3, 2, 3, 2]);
        assert_eq!(r.assignment[1], Some(0));
        assert_eq!(r.assignment[2], Some(0));
        assert_eq!(r.rule.moved_up, 1);
        // Lowest score of A, B, C: 90, 70, 40.
        assert_eq!(r.cut_scores, vec![Some(90.0), Some(70.0), Some(40.0)]);

        // The same list in the pyramid (20/30/50 = 2 / 3 / 5 by rank): the tie goes to the top,
        // 3 / 2 / 5. Migration: the best of the middle tier (80) needs the top's lowest score,
        // 90: a gap of 90 − 80 = 10. Without the tie rule the second 90 would have been listed
        // with a gap of 0.
        let p = cut(
            &scores,
            pyramid_labels(),
            Cut::RankShares(vec![0.2, 0.3, 0.5]),
        );
        assert_eq!(counts(&p), vec![3, 2, 5]);
        let order = rank(&scores, &refs(&ids(scores.len())), false);
        let m = super::super::profiles::migration(&p, &order, &scores, 10, |_, g| Some(g));
        assert_eq!((m[0].index, m[0].score_gap), (3, 10.0));
        // Middle tier's lowest is 70; the best of the bottom (60) needs 70 − 60 = 10.
        let first_bottom = m.iter().find(|c| c.from_band == 2).unwrap();
        assert_eq!((first_bottom.index, first_bottom.score_gap), (5, 10.0));
        assert!(m.iter().all(|c| c.score_gap > 0.0));
    }

    #[test]
    fn customers_without_a_score_are_not_rated() {
        // a: unknown, b: unknown, c: 1. Only c is ranked; 20/30/50 of 1 rated customer puts it
        // in the middle (boundaries round(0.2) = 0 and round(0.5) = 1); a and b are in no band.
        let scores = [None, None, Some(1.0)];
        let p = cut(
            &scores,
            pyramid_labels(),
            Cut::RankShares(vec![0.2, 0.3, 0.5]),
        );
        assert_eq!(p.assignment, vec![None, None, Some(1)]);
        assert_eq!(p.not_rated, vec![0, 1]);
        assert_eq!(counts(&p), vec![0, 1, 0]);
        // Shares stay shares of the whole list: 1 of 3 customers.
        assert!((p.bands[1].customer_share - 1.0 / 3.0).abs() < EXACT);
        assert!(p
            .rule
            .description
            .ends_with("2 without a score are not rated (in no band)."));
        // Thresholds: 10 ≥ 8 → A, 5 < 8 → B, unknown → not rated.
        let t = cut(
            &[Some(10.0), None, Some(5.0)],
            vec!["A".into(), "B".into()],
            Cut::Thresholds(vec![8.0]),
        );
        assert_eq!(t.assignment, vec![Some(0), None, Some(1)]);
        assert_eq!((counts(&t), t.not_rated.clone()), (vec![1, 1], vec![1]));
        // Nobody scored: nobody rated, no error.
        let none = cut(
            &[None, None],
            pyramid_labels(),
            Cut::RankShares(vec![0.2, 0.3, 0.5]),
        );
        assert_eq!(counts(&none), vec![0, 0, 0]);
        assert_eq!(none.not_rated, vec![0, 1]);
    }

    fn metrics(
        revenue: Option<f64>,
        profit: f64,
        margin: Option<f64>,
        service: f64,
    ) -> BaseMetrics {
        BaseMetrics {
            revenue,
            profit: Some(profit),
            margin,
            service_cost: service,
            relationship_value: 0.0,
            relationship_score: 0.0,
            lifetime_value: Some(0.0),
        }
    }

    #[test]
    fn an_unknown_margin_is_unknown_not_100_percent() {
        let c = Customer::default();
        let m = metrics(Some(100.0), 100.0, None, 0.0);
        assert_eq!(indicator_value(&Indicator::GrossMargin, &c, &m), None);
        // Margins 50 %, unknown, 20 %; pyramid on gross margin only: 0.5 → 1, 0.2 → 0, and the
        // customer without a margin is not rated (it used to score 1, the best).
        let list: Vec<Customer> = [Some(0.5), None, Some(0.2)]
            .iter()
            .enumerate()
            .map(|(i, g)| Customer {
                id: format!("c{i}"),
                revenue_per_year: Figure::of(100.0),
                gross_margin: (*g).into(),
                ..Default::default()
            })
            .collect();
        let s = super::super::settings::Settings {
            weighted_pyramids: vec![super::super::settings::WeightedPyramid {
                name: "Margin".into(),
                components: vec![WeightedIndicator::new(Indicator::GrossMargin, 1.0)],
                cuts: Default::default(),
            }],
            ..Default::default()
        };
        let a = super::super::analysis::analyse(&list, &s);
        let w = a.weighted_pyramids[0].as_ref().unwrap();
        assert_eq!(w.composites, vec![Some(1.0), None, Some(0.0)]);
        assert_eq!(w.tiering.not_rated, vec![1]);
        assert_eq!(w.tiering.assignment[1], None);
    }

    #[test]
    fn an_indicator_nobody_has_drops_out_and_its_weight_is_shared() {
        // Satisfaction (weight 0.2): nobody has it. Profit (0.8): 10, 20, 30 → 0, 0.5, 1. The
        // weight 0.2 is shared, so the composite is profit's alone and the best customer scores 1
        // (it used to be capped at 0.8).
        let comps = vec![
            WeightedIndicator::new(Indicator::Named("satisfaction".into()), 0.2),
            WeightedIndicator::new(Indicator::Profit, 0.8),
        ];
        let values = vec![vec![None; 3], vec![Some(10.0), Some(20.0), Some(30.0)]];
        let c = composite(&comps, &values, 3).unwrap();
        assert_eq!(c.scores, vec![Some(0.0), Some(0.5), Some(1.0)]);
        assert_eq!(
            c.dropped,
            vec![DroppedIndicator {
                position: 0,
                indicator: Indicator::Named("satisfaction".into()),
                weight: 0.2,
                reason: DropReason::NoValues,
            }]
        );
        assert!(c.partial.is_empty());
        // An indicator whose known values are all equal cannot tell customers apart: dropped.
        let flat = vec![vec![Some(4.0), None, Some(4.0)], values[1].clone()];
        let c = composite(&comps, &flat, 3).unwrap();
        assert_eq!(c.dropped[0].reason, DropReason::NoSpread);
        assert_eq!(c.scores, vec![Some(0.0), Some(0.5), Some(1.0)]);
    }

    /// Issue 12 point 8: a weighted pyramid whose indicators no customer has (or that do not
    /// vary) has no data: a typed error naming them, never tiers cut from nothing.
    #[test]
    fn a_composite_with_every_indicator_left_out_has_no_data() {
        let comps = vec![
            WeightedIndicator::new(Indicator::Named("satisfaction".into()), 0.4),
            WeightedIndicator::new(Indicator::Named("referrals".into()), 0.6),
            // Weight 0 takes no part: not reported as left out.
            WeightedIndicator::new(Indicator::Profit, 0.0),
        ];
        // Satisfaction: nobody has it. Referrals: 2 and 2, no spread. Profit varies but
        // weighs 0.
        let values = vec![
            vec![None; 3],
            vec![Some(2.0), None, Some(2.0)],
            vec![Some(1.0), Some(2.0), Some(3.0)],
        ];
        let e = composite(&comps, &values, 3).unwrap_err();
        assert_eq!(
            e,
            TierError::NoData {
                dropped: vec![
                    DroppedIndicator {
                        position: 0,
                        indicator: Indicator::Named("satisfaction".into()),
                        weight: 0.4,
                        reason: DropReason::NoValues,
                    },
                    DroppedIndicator {
                        position: 1,
                        indicator: Indicator::Named("referrals".into()),
                        weight: 0.6,
                        reason: DropReason::NoSpread,
                    },
                ]
            }
        );
        // One indicator with a spread is enough: referrals 2 and 4 → 0 and 1.
        let values = vec![
            vec![None; 3],
            vec![Some(2.0), None, Some(4.0)],
            values[2].clone(),
        ];
        let c = composite(&comps, &values, 3).unwrap();
        assert_eq!(c.scores, vec![Some(0.0), None, Some(1.0)]);
    }

    /// Through the whole analysis: a pyramid ranked on such a weighted pyramid has no tiers and
    /// says why, with the same error; the scorecard whose every aspect has no data says so too.
    #[test]
    fn ranking_by_a_weighted_pyramid_without_data_gives_no_tiers() {
        use super::super::settings::{Settings, WeightedPyramid};
        let list: Vec<Customer> = (1..=6)
            .map(|i| Customer {
                id: format!("C{i}"),
                revenue_per_year: Figure::of(1_000.0 * f64::from(i)),
                ..Default::default()
            })
            .collect();
        let mut s = Settings {
            weighted_pyramids: vec![WeightedPyramid {
                name: "Loyalty".into(),
                components: vec![WeightedIndicator::new(Indicator::Named("nps".into()), 1.0)],
                ..Default::default()
            }],
            ..Default::default()
        };
        s.pyramid.basis = ScoreBasis::WeightedPyramid(0);
        let a = super::super::analysis::analyse(&list, &s);
        let no_data = TierError::NoData {
            dropped: vec![DroppedIndicator {
                position: 0,
                indicator: Indicator::Named("nps".into()),
                weight: 1.0,
                reason: DropReason::NoValues,
            }],
        };
        assert_eq!(a.weighted_pyramids[0].as_ref().unwrap_err(), &no_data);
        assert_eq!(a.pyramid.as_ref().unwrap_err(), &no_data);
        assert!(a.tier_profiles.is_empty());

        s.scorecard.aspects = vec![aspect(
            "Loyalty",
            1.0,
            vec![WeightedIndicator::new(Indicator::Named("nps".into()), 1.0)],
        )];
        s.pyramid.basis = ScoreBasis::Scorecard;
        let a = super::super::analysis::analyse(&list, &s);
        assert_eq!(a.scorecard.as_ref().unwrap_err(), &no_data);
        assert_eq!(a.pyramid.as_ref().unwrap_err(), &no_data);
    }

    #[test]
    fn a_customer_missing_an_indicator_is_scored_on_the_ones_it_has() {
        // A (weight 3): 0, 100, 50 → 0, 1, 0.5. B (weight 1): 10, unknown, 20 → 0, —, 1.
        //   c0 = (3 × 0 + 1 × 0) ÷ 4 = 0
        //   c1 = (3 × 1) ÷ 3 = 1          (B unknown: A's weight scaled up to 1)
        //   c2 = (3 × 0.5 + 1 × 1) ÷ 4 = 0.625
        // c3 has neither: not rated.
        let comps = vec![
            WeightedIndicator::new(Indicator::Revenue, 3.0),
            WeightedIndicator::new(Indicator::Profit, 1.0),
        ];
        let values = vec![
            vec![Some(0.0), Some(100.0), Some(50.0), None],
            vec![Some(10.0), None, Some(20.0), None],
        ];
        let c = composite(&comps, &values, 4).unwrap();
        assert_eq!(c.scores, vec![Some(0.0), Some(1.0), Some(0.625), None]);
        assert_eq!(c.partial, vec![1]);
    }

    fn aspect(name: &str, weight: f64, indicators: Vec<WeightedIndicator>) -> ScorecardAspect {
        ScorecardAspect {
            name: name.into(),
            weight,
            indicators,
        }
    }

    #[test]
    fn scorecard_shares_the_weight_of_an_aspect_nobody_has() {
        let list: Vec<Customer> = (0..3)
            .map(|i| Customer {
                id: format!("c{i}"),
                ..Default::default()
            })
            .collect();
        let custs: Vec<&Customer> = list.iter().collect();
        let ms: Vec<BaseMetrics> = [10.0, 20.0, 30.0]
            .iter()
            .map(|p| metrics(None, *p, None, 0.0))
            .collect();
        let card = Scorecard {
            aspects: vec![
                aspect(
                    "Financial",
                    0.5,
                    vec![WeightedIndicator::new(Indicator::Profit, 1.0)],
                ),
                aspect(
                    "Service",
                    0.5,
                    vec![WeightedIndicator::new(
                        Indicator::Named("satisfaction".into()),
                        1.0,
                    )],
                ),
            ],
        };
        // Nobody has satisfaction: Service is left out and Financial carries the whole weight.
        // Profit 10, 20, 30 → 0, 50, 100; not capped at 50.
        let r = scorecard(&card, &custs, &ms).unwrap();
        assert_eq!(r.dropped_aspects, vec![1]);
        assert_eq!(r.weights, vec![1.0, 0.0]);
        assert_eq!(r.scores, vec![Some(0.0), Some(50.0), Some(100.0)]);
        assert_eq!(r.aspect_scores[0], vec![Some(0.0), None]);

        // Satisfaction 1 and 5 for c0 and c1, unknown for c2: Service 0, 100, —.
        //   c0 = 0.5 × 0 + 0.5 × 0 = 0;  c1 = 0.5 × 50 + 0.5 × 100 = 75;
        //   c2 = 100 on Financial alone (weight scaled up from 0.5 to 1), and said (partial).
        let mut list = list;
        list[0].indicators.insert("satisfaction".into(), 1.0);
        list[1].indicators.insert("satisfaction".into(), 5.0);
        let custs: Vec<&Customer> = list.iter().collect();
        let r = scorecard(&card, &custs, &ms).unwrap();
        assert!(r.dropped_aspects.is_empty());
        assert_eq!(r.scores, vec![Some(0.0), Some(75.0), Some(100.0)]);
        assert_eq!(r.partial, vec![2]);
    }

    #[test]
    fn default_scorecard_without_satisfaction_reaches_100() {
        // Two customers, only profit, margin, revenue and service cost known; c1 is best on
        // all four (service cost: lower is better). Every other indicator drops out (nobody
        // has it) and the Customer aspect with it, so c1 scores exactly 100 and c0 0. Before,
        // the missing indicators counted 0 and c1 was capped at (aspect weights 0.3, 0.2, 0.25,
        // 0.25; Financial 0.6 + 0.2 of 1, Sales 0.5, Customer 0, Service 0.3)
        // 100 × (0.3 × 0.8 + 0.2 × 0.5 + 0.25 × 0 + 0.25 × 0.3) = 41.5.
        let list = [Customer::default(), Customer::default()];
        let custs: Vec<&Customer> = list.iter().collect();
        let ms = [
            metrics(Some(100.0), 10.0, Some(0.2), 50.0),
            metrics(Some(200.0), 90.0, Some(0.6), 10.0),
        ];
        let r = scorecard(&Scorecard::default(), &custs, &ms).unwrap();
        assert_eq!(r.scores, vec![Some(0.0), Some(100.0)]);
        assert_eq!(r.dropped_aspects, vec![2]);
        let service: Vec<&Indicator> = r.dropped_indicators[3]
            .iter()
            .map(|d| &d.indicator)
            .collect();
        assert_eq!(
            service,
            vec![
                &Indicator::Named("satisfaction".into()),
                &Indicator::Named("cooperation".into())
            ]
        );
    }

    #[test]
    fn segmentation_keeps_ties_together_and_unknowns_apart() {
        // Revenue 50, 50, 10, unknown; shares 20/30/50 of the 3 known: boundaries round(0.6) = 1
        // and round(1.5) = 2, so by rank 50 | 50 | 10; the tie goes whole to the top.
        let list: Vec<Customer> = (0..4)
            .map(|i| Customer {
                id: format!("c{i}"),
                ..Default::default()
            })
            .collect();
        let custs: Vec<&Customer> = list.iter().collect();
        let ms: Vec<BaseMetrics> = [Some(50.0), Some(50.0), Some(10.0), None]
            .iter()
            .map(|r| metrics(*r, 0.0, None, 0.0))
            .collect();
        let idv: Vec<String> = list.iter().map(|c| c.id.clone()).collect();
        let seg = segmentation(
            &[WeightedIndicator::new(Indicator::Revenue, 1.0)],
            &custs,
            &ms,
            &refs(&idv),
            [0.2, 0.3, 0.5],
            &[0.0; 4],
            &[0.0; 4],
        )
        .unwrap();
        let levels: Vec<Level> = seg.levels.iter().map(|l| l[0]).collect();
        assert_eq!(
            levels,
            vec![Level::High, Level::High, Level::Low, Level::Unknown]
        );
    }

    fn arb_scores() -> impl Strategy<Value = Vec<Option<f64>>> {
        // Few distinct values, so that ties are common; unknowns among them.
        prop::collection::vec(prop::option::of((0u8..6).prop_map(f64::from)), 0..40)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn equal_scores_share_a_band_and_unknowns_are_never_banded(
            scores in arb_scores(),
            shares in prop::collection::vec(0.0f64..1.0, 3),
            high in 0.0f64..6.0,
            low in 0.0f64..6.0,
        ) {
            let (high, low) = if high >= low { (high, low) } else { (low, high) };
            let scale = |s: super::super::settings::RatingScale| (s.labels(), Cut::RankShares(s.default_shares()));
            let mut schemes = vec![
                (pyramid_labels(), Cut::RankShares(vec![0.2, 0.3, 0.5])),
                scale(super::super::settings::RatingScale::AToD),
                scale(super::super::settings::RatingScale::OneToFive),
                scale(super::super::settings::RatingScale::OneToTen),
                (pyramid_labels(), Cut::Thresholds(vec![high, low])),
            ];
            if shares.iter().sum::<f64>() > 0.0 {
                schemes.push((pyramid_labels(), Cut::RankShares(shares.clone())));
            }
            for (labels, c) in schemes {
                let t = cut(&scores, labels, c);
                prop_assert_eq!(counts(&t).iter().sum::<usize>() + t.not_rated.len(), scores.len());
                for i in 0..scores.len() {
                    prop_assert_eq!(scores[i].is_none(), t.assignment[i].is_none());
                    for j in 0..scores.len() {
                        if let (Some(x), Some(y)) = (scores[i], scores[j]) {
                            // Equal scores, equal band; a higher score is never in a worse band.
                            if x == y {
                                prop_assert_eq!(t.assignment[i], t.assignment[j]);
                            }
                            if x > y {
                                prop_assert!(t.assignment[i] <= t.assignment[j]);
                            }
                        }
                    }
                }
                // Reaching a band's cut score is enough: nobody below has it.
                for (k, cs) in t.cut_scores.iter().enumerate() {
                    if let Some(cs) = cs {
                        for (band, score) in t.assignment.iter().zip(&scores) {
                            if band.is_some_and(|b| b > k) {
                                prop_assert!(score.is_some_and(|s| s < *cs));
                            }
                        }
                    }
                }
            }
        }
    }

    /// A customer with some of the names `pool` offers, as indicators with values that may be
    /// unusable, and some built-in fields.
    fn arb_customer() -> impl Strategy<Value = (Customer, BaseMetrics)> {
        let value = prop_oneof![
            (-3i32..3).prop_map(f64::from),
            proptest::num::f64::ANY,
            Just(2e15),
        ];
        (
            prop::collection::btree_map(prop::sample::select(NAME_POOL.to_vec()), value, 0..6),
            prop::option::of(0.0f64..100.0),
            prop::option::of(-50.0f64..50.0),
            prop::option::of(0u32..90),
        )
            .prop_map(|(named, purchases, profit, age)| {
                let c = Customer {
                    indicators: named.into_iter().map(|(k, v)| (k.into(), v)).collect(),
                    purchases_per_year: purchases.into(),
                    age,
                    ..Default::default()
                };
                let m = BaseMetrics {
                    revenue: profit.map(|p| p * 2.0),
                    profit,
                    margin: None,
                    service_cost: 1.0,
                    relationship_value: 0.0,
                    relationship_score: 0.0,
                    lifetime_value: profit,
                };
                (c, m)
            })
    }

    const NAME_POOL: [&str; 6] = ["a", "b", "growth", "nps", "outlook", "zeta"];

    proptest! {
        /// The top `k` kept in one pass are the first `k` known scores of the full ranking:
        /// scores from a few values so that ties reach the kept ones, unknown and unusable
        /// scores (never listed), −0.0 beside 0.0, ids that may repeat (then the position
        /// decides).
        #[test]
        fn the_top_scored_are_the_head_of_the_ranking(
            rows in prop::collection::vec(
                (
                    prop_oneof![
                        (-2i32..3).prop_map(|v| Some(f64::from(v))),
                        Just(Some(-0.0)),
                        Just(Some(f64::NAN)),
                        Just(Some(f64::INFINITY)),
                        Just(None),
                    ],
                    prop::sample::select(vec!["a", "b", "c", "d", "e"]),
                ),
                0..40,
            ),
            k in 0usize..12,
        ) {
            let scores: Vec<Option<f64>> = rows.iter().map(|r| r.0).collect();
            let ids: Vec<&str> = rows.iter().map(|r| r.1).collect();
            let known: Vec<Option<f64>> = scores.iter().map(|s| usable(*s)).collect();
            let mut expected = rank(&known, &ids, false);
            expected.retain(|&i| known[i].is_some());
            expected.truncate(k);
            prop_assert_eq!(top_scored(&scores, |i| ids[i], k), expected);
        }
    }

    proptest! {
        /// Every column read once for all uses equals the column read customer by customer,
        /// whatever names customers have, in whatever order and repetition they are wanted.
        #[test]
        fn shared_indicator_columns_equal_the_per_customer_lookup(
            list in prop::collection::vec(arb_customer(), 0..30),
            wanted in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(NAME_POOL.to_vec())
                        .prop_map(|n| Indicator::Named(n.to_string())),
                    Just(Indicator::Named("nobody".into())),
                    prop::sample::select(Indicator::BUILT_IN.to_vec()),
                ],
                0..10,
            ),
            others in prop::collection::vec(arb_customer(), 0..30),
            flips in prop::collection::vec(any::<bool>(), 0..30),
        ) {
            let customers: Vec<&Customer> = list.iter().map(|(c, _)| c).collect();
            let metrics: Vec<BaseMetrics> = list.iter().map(|(_, m)| *m).collect();
            let table = IndicatorColumns::new(&wanted, &customers, &metrics);
            // Taken on from an earlier state of the list in which the customers edited since
            // were others, and read again for those alone, the columns are the same.
            let edited: Vec<bool> = (0..list.len())
                .map(|i| i < others.len() && flips.get(i).copied().unwrap_or(false))
                .collect();
            let earlier_state = |i: usize| if edited[i] { &others[i] } else { &list[i] };
            let before: Vec<&Customer> = (0..list.len()).map(|i| &earlier_state(i).0).collect();
            let before_metrics: Vec<BaseMetrics> =
                (0..list.len()).map(|i| earlier_state(i).1).collect();
            let earlier = IndicatorColumns::new(&wanted, &before, &before_metrics).into_named();
            let taken_on = IndicatorColumns::after(&wanted, &customers, &metrics, earlier, &edited);
            prop_assert!(taken_on == table, "{taken_on:?} against {table:?}");
            for ind in &wanted {
                let fresh: Vec<Option<f64>> = customers
                    .iter()
                    .zip(&metrics)
                    .map(|(c, m)| indicator_value(ind, c, m))
                    .collect();
                let shared = table.get(ind).expect("every wanted indicator has a column");
                // Compared bit for bit: NaN never reaches a column, but -0.0 may.
                let bits = |v: &[Option<f64>]| v.iter().map(|x| x.map(f64::to_bits)).collect::<Vec<_>>();
                prop_assert_eq!(bits(&shared.to_vec()), bits(&fresh));
                prop_assert_eq!(bits(&indicator_column(ind, &customers, &metrics).to_vec()), bits(&fresh));
            }
        }
    }

    proptest! {
        /// The walk along a ranking gives each customer the band the column of bands gives its
        /// place, and as many moved up: scores drawn from a few so that ties cross the cuts,
        /// some customers without a score, shares that may be bad.
        #[test]
        fn walking_the_ranking_gives_the_tie_safe_bands(
            scores in prop::collection::vec(prop::option::of(prop::sample::select(vec![-1.0, 0.0, -0.0, 2.0, 3.0])), 0..30),
            shares in prop::collection::vec(prop::sample::select(vec![0.0, 0.2, 0.3, 0.5, -0.1]), 1..4),
        ) {
            let ids: Vec<String> = (0..scores.len()).map(|i| format!("id{i:02}")).collect();
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let order = rank(&scores, &ids, false);
            let ranked: Vec<f64> = order.iter().map_while(|&i| scores[i]).collect();
            let mut walked = vec![None; scores.len()];
            let moved = tie_safe_walk(&order, &scores, &shares, |i, b| walked[i] = Some(b));
            match tie_safe_bands(&ranked, &shares) {
                Some((bands, moved_up)) => {
                    prop_assert_eq!(moved, Some(moved_up));
                    let mut expected = vec![None; scores.len()];
                    for (&i, b) in order.iter().zip(bands) {
                        expected[i] = Some(b);
                    }
                    prop_assert_eq!(walked, expected);
                }
                None => prop_assert_eq!(moved, None),
            }
        }
    }

    proptest! {
        /// The flat aspect scores read and serialise as the vector per customer they replace.
        #[test]
        fn flat_aspect_scores_read_as_nested_lists(
            nested in (0usize..4).prop_flat_map(|a| prop::collection::vec(
                prop::collection::vec(prop::option::of(0.0f64..100.0), a),
                0..8,
            )),
        ) {
            let flat = AspectScores {
                customers: nested.len(),
                columns: nested.first().map_or(0, Vec::len),
                values: nested.concat(),
            };
            prop_assert_eq!(flat.len(), nested.len());
            for (i, row) in nested.iter().enumerate() {
                prop_assert_eq!(flat.get(i), Some(&row[..]));
            }
            prop_assert_eq!(flat.get(nested.len()), None);
            prop_assert_eq!(
                serde_json::to_string(&flat).unwrap(),
                serde_json::to_string(&nested).unwrap()
            );
        }
    }

    #[test]
    fn band_shares_never_negative_and_losses_stated() {
        // Profits 100, 50, −30, −20 ranked into two bands of two: top {100, 50}, bottom
        // {−20, −30}. Positive sum 150: top 150 ÷ 150 = 100 %, bottom 0 ÷ 150 = 0 % with
        // losses −50 by 2 (the signed rule gave 150 ÷ 100 = 150 % and −50 ÷ 100 = −50 %).
        let idv = ids(4);
        let idr: Vec<&str> = idv.iter().map(|s| s.as_str()).collect();
        let profit = [100.0, 50.0, -30.0, -20.0];
        let scores: Vec<Option<f64>> = profit.iter().map(|p| Some(*p)).collect();
        let t = tiering(
            &scores,
            &idr,
            vec!["A".into(), "B".into()],
            Cut::RankShares(vec![0.5, 0.5]),
            "profit".into(),
            &[10.0, 10.0, 10.0, 10.0],
            &profit,
        )
        .unwrap();
        assert_eq!(t.bands[0].profit_share, Some(1.0));
        assert_eq!(t.bands[1].profit_share, Some(0.0));
        assert_eq!(t.bands[0].losses, Losses::default());
        assert_eq!(
            t.bands[1].losses,
            Losses {
                sum: -50.0,
                count: 2
            }
        );
        assert_eq!(t.bands[0].revenue_share, Some(0.5));
        // Nobody profits: no share, said in words on the page.
        let t = tiering(
            &scores,
            &idr,
            vec!["A".into(), "B".into()],
            Cut::RankShares(vec![0.5, 0.5]),
            "profit".into(),
            &[0.0; 4],
            &[-1.0; 4],
        )
        .unwrap();
        assert!(t
            .bands
            .iter()
            .all(|b| b.profit_share.is_none() && b.revenue_share.is_none()));
    }

    #[test]
    fn composite_inverts_lower_is_better() {
        let comps = vec![
            WeightedIndicator::new(Indicator::Revenue, 3.0),
            WeightedIndicator::lower(Indicator::Named("collection_days".into()), 1.0),
        ];
        let values = vec![vec![Some(0.0), Some(100.0)], vec![Some(10.0), Some(90.0)]];
        let c = composite(&comps, &values, 2).unwrap().scores;
        // Customer 0: revenue 0 → 0, days 10 (best) → 1: (3 × 0 + 1 × 1) ÷ 4 = 0.25.
        assert!((c[0].unwrap() - 0.25).abs() < EXACT);
        // Customer 1: revenue 100 → 1, days 90 (worst) → 0: (3 × 1 + 1 × 0) ÷ 4 = 0.75.
        assert!((c[1].unwrap() - 0.75).abs() < EXACT);
        assert_eq!(
            composite::<Vec<Option<f64>>>(&[], &[], 2),
            Err(TierError::NoWeights)
        );
    }

    #[test]
    fn score_distribution_and_top() {
        let scores = [0.0, 9.99, 10.0, 55.0, 100.0, 120.0, -3.0, f64::NAN].map(Some);
        let d = score_distribution(&scores, 10);
        assert_eq!(d.len(), 10);
        assert_eq!(d[0].count, 3); // 0, 9.99 and −3
        assert_eq!(d[1].count, 1);
        assert_eq!(d[5].count, 1);
        assert_eq!(d[9].count, 2); // 100 and 120
        assert_eq!((d[9].from, d[9].to), (90.0, 100.0));
        assert!(score_distribution(&scores, 0).is_empty());
        let ids = ["a", "b", "c", "d"];
        let id = |i: usize| ids[i];
        assert_eq!(
            top_scored(&[5.0, 80.0, 80.0, 1.0].map(Some), id, 3),
            vec![1, 2, 0]
        );
        assert_eq!(top_scored(&[Some(5.0)], id, 3), vec![0]);
        // Unknown scores are never listed, even when fewer than k are known.
        assert_eq!(top_scored(&[None, Some(1.0), None], id, 3), vec![1]);
        assert_eq!(top_scored(&[Some(1.0)], id, 0), Vec::<usize>::new());
        assert_eq!(score_distribution(&[None, Some(50.0)], 2)[1].count, 1);
    }
}
