//! Tiers (DOMAIN.md §7): the three-tier value pyramid, ratings (A–D, 1–5, 1–10),
//! single-indicator segmentation, weighted pyramids and the four-aspect scorecard.
//!
//! Every tiering ranks customers once (higher first unless "lower is better", unknown last,
//! ties by id) and cuts the ranking by rank shares (sizes are rounded cumulative shares, so
//! they always add up to the list size) or by score thresholds. Band 0 is always the best.

use super::model::{Customer, SizeBand};
use super::numeric::{band_sizes, rank, ratio, usable, MinMax};
use super::settings::{Indicator, ScoreBasis, WeightedIndicator};
use super::shares::{Losses, Split};
use serde::Serialize;
use std::collections::BTreeMap;
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
    /// Annual profit.
    pub profit: f64,
    /// Gross margin used, fraction.
    pub margin: f64,
    /// Service cost used.
    pub service_cost: f64,
    /// Relationship value, money.
    pub relationship_value: f64,
    /// Relationship score, −1 to 1.
    pub relationship_score: f64,
    /// Individual lifetime value, money.
    pub lifetime_value: f64,
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
        Indicator::Profit => Some(m.profit),
        Indicator::PurchaseFrequency => c.purchases_per_year,
        Indicator::AverageOrderValue => c.average_order_value,
        Indicator::GrossMargin => Some(m.margin),
        Indicator::ServiceCost => Some(m.service_cost),
        Indicator::RelationshipValue => Some(m.relationship_value),
        Indicator::LifetimeValue => Some(m.lifetime_value),
        Indicator::SizeBand => c.size_band.map(size_number),
        Indicator::Age => c.age.map(f64::from),
        Indicator::Named(name) => c.indicators.get(name).copied(),
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
    pub fn new(basis: String, labels: Vec<String>, cut: Cut) -> TierRule {
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
        let description = format!("By {basis}, {how}: {}.", parts.join(", "));
        TierRule {
            basis,
            labels,
            cut,
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
    /// customers, fraction (never negative, DOMAIN.md §6); `None` when nobody makes a profit.
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
    /// Band of each customer (0 = best), parallel to the analysed list.
    pub assignment: Vec<usize>,
    /// Customers from best to worst.
    pub order: Vec<usize>,
    /// For every band but the last: the score a customer of the band below must reach to move
    /// up (the band's lowest score, or its threshold); `None` for an empty band.
    pub cut_scores: Vec<Option<f64>>,
}

/// Cuts scored customers into bands and sums revenue and profit per band.
///
/// `scores`, `ids`, `revenue` and `profit` are parallel. Shares must have one entry per label;
/// thresholds one fewer than the labels, descending.
pub fn tiering(
    scores: &[Option<f64>],
    ids: &[&str],
    labels: Vec<String>,
    cut: Cut,
    basis: String,
    revenue: &[f64],
    profit: &[f64],
) -> Result<Tiering, TierError> {
    let n = scores.len();
    let bands_n = labels.len();
    let order = rank(scores, ids, false);
    let mut assignment = vec![bands_n.saturating_sub(1); n];
    let cut = match cut {
        Cut::RankShares(shares) => {
            if shares.len() != bands_n {
                return Err(TierError::BadShares);
            }
            let sizes = band_sizes(n, &shares).ok_or(TierError::BadShares)?;
            let mut pos = 0;
            for (band, size) in sizes.iter().enumerate() {
                for &i in &order[pos..pos + size] {
                    assignment[i] = band;
                }
                pos += size;
            }
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
            for (i, s) in scores.iter().enumerate() {
                assignment[i] = match s {
                    Some(v) => t.iter().position(|th| *v >= *th).unwrap_or(t.len()),
                    None => t.len(),
                };
            }
            Cut::Thresholds(t)
        }
    };
    let total_revenue = Split::of(revenue);
    let total_profit = Split::of(profit);
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
    for (i, &b) in assignment.iter().enumerate() {
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
        rule: TierRule::new(basis, labels, cut),
        bands,
        assignment,
        order,
        cut_scores,
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

/// Composite = Σ w_k × min–max normalised indicator_k with weights normalised to sum 1, so
/// it lies in [0, 1]. "Lower is better" indicators are inverted. An unknown value contributes
/// 0 (unknown earns nothing). `values[k][i]` is indicator k of customer i.
pub fn composite(
    components: &[WeightedIndicator],
    values: &[Vec<Option<f64>>],
    n: usize,
) -> Result<Vec<f64>, TierError> {
    let weight = |w: f64| if w.is_finite() && w > 0.0 { w } else { 0.0 };
    let total: f64 = components.iter().map(|c| weight(c.weight)).sum();
    if total <= 0.0 {
        return Err(TierError::NoWeights);
    }
    let mut out = vec![0.0; n];
    for (comp, vals) in components.iter().zip(values) {
        let w = weight(comp.weight) / total;
        if w == 0.0 {
            continue;
        }
        let mm = MinMax::over(vals.iter().copied());
        for (o, v) in out.iter_mut().zip(vals) {
            if let Some(v) = v {
                *o += w * mm.apply(*v, comp.lower_is_better);
            }
        }
    }
    Ok(out)
}

/// Values of an indicator for a list.
pub fn indicator_column(
    indicator: &Indicator,
    customers: &[&Customer],
    metrics: &[BaseMetrics],
) -> Vec<Option<f64>> {
    customers
        .iter()
        .zip(metrics)
        .map(|(c, m)| indicator_value(indicator, c, m))
        .collect()
}

/// Levels of single-indicator segmentation, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Top share of the ranking.
    High,
    /// Middle share.
    Medium,
    /// The rest (and unknown values).
    Low,
}

impl Level {
    fn from_band(b: usize) -> Level {
        match b {
            0 => Level::High,
            1 => Level::Medium,
            _ => Level::Low,
        }
    }

    /// English word.
    pub fn label(self) -> &'static str {
        match self {
            Level::High => "high",
            Level::Medium => "medium",
            Level::Low => "low",
        }
    }
}

/// One combination of levels and its weight in the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// Level per chosen indicator.
    pub levels: Vec<Level>,
    /// English label ("high revenue / low growth").
    pub label: String,
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
    /// Level per indicator for every customer, parallel to the analysed list.
    pub levels: Vec<Vec<Level>>,
    /// Non-empty segments, largest first (ties by levels).
    pub segments: Vec<Segment>,
    /// Rank shares of the high, medium and low levels, fractions.
    pub shares: [f64; 3],
}

/// Cuts each chosen indicator into high / medium / low by `shares` (top, middle, rest) and
/// counts the combinations.
pub fn segmentation(
    chosen: &[WeightedIndicator],
    customers: &[&Customer],
    metrics: &[BaseMetrics],
    ids: &[&str],
    shares: [f64; 3],
    revenue: &[f64],
    profit: &[f64],
) -> Result<Segmentation, TierError> {
    let chosen: Vec<WeightedIndicator> = chosen.iter().take(3).cloned().collect();
    let n = customers.len();
    let sizes = band_sizes(n, &shares).ok_or(TierError::BadShares)?;
    let mut levels = vec![Vec::with_capacity(chosen.len()); n];
    for ind in &chosen {
        let col = indicator_column(&ind.indicator, customers, metrics);
        let order = rank(&col, ids, ind.lower_is_better);
        let mut pos = 0;
        for (band, size) in sizes.iter().enumerate() {
            for &i in &order[pos..pos + size] {
                // Unknown values cannot be high or medium.
                let b = if col[i].is_some() { band } else { 2 };
                levels[i].push(Level::from_band(b));
            }
            pos += size;
        }
    }
    let total_revenue = Split::of(revenue);
    let total_profit = Split::of(profit);
    let mut groups: BTreeMap<Vec<Level>, (usize, Split, Split)> = BTreeMap::new();
    for (i, l) in levels.iter().enumerate() {
        let e = groups
            .entry(l.clone())
            .or_insert((0, Split::default(), Split::default()));
        e.0 += 1;
        e.1.add(revenue.get(i).copied().unwrap_or(0.0));
        e.2.add(profit.get(i).copied().unwrap_or(0.0));
    }
    let mut segments: Vec<Segment> = groups
        .into_iter()
        .map(|(lv, (count, r, p))| Segment {
            label: lv
                .iter()
                .zip(&chosen)
                .map(|(l, ind)| format!("{} {}", l.label(), ind.indicator.label()))
                .collect::<Vec<_>>()
                .join(" / "),
            levels: lv,
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
    /// Aspect weights normalised to sum 1.
    pub weights: Vec<f64>,
    /// Aspect scores per customer, 0–100 (`[customer][aspect]`); an aspect without usable
    /// weights scores 0.
    pub aspect_scores: Vec<Vec<f64>>,
    /// Final score per customer = weighted average of the aspects, 0–100.
    pub scores: Vec<f64>,
}

/// Scores the list on the scorecard's aspects.
pub fn scorecard(
    card: &super::settings::Scorecard,
    customers: &[&Customer],
    metrics: &[BaseMetrics],
) -> Result<ScorecardResult, TierError> {
    let n = customers.len();
    let clean = |w: f64| if w.is_finite() && w > 0.0 { w } else { 0.0 };
    let total: f64 = card.aspects.iter().map(|a| clean(a.weight)).sum();
    if total <= 0.0 {
        return Err(TierError::NoWeights);
    }
    let weights: Vec<f64> = card
        .aspects
        .iter()
        .map(|a| clean(a.weight) / total)
        .collect();
    let mut aspect_scores = vec![Vec::with_capacity(card.aspects.len()); n];
    let mut scores = vec![0.0; n];
    for (aspect, w) in card.aspects.iter().zip(&weights) {
        let cols: Vec<Vec<Option<f64>>> = aspect
            .indicators
            .iter()
            .map(|ind| indicator_column(&ind.indicator, customers, metrics))
            .collect();
        let comp = composite(&aspect.indicators, &cols, n).unwrap_or_else(|_| vec![0.0; n]);
        for i in 0..n {
            aspect_scores[i].push(comp[i] * 100.0);
            scores[i] += w * comp[i] * 100.0;
        }
    }
    Ok(ScorecardResult {
        aspects: card.aspects.iter().map(|a| a.name.clone()).collect(),
        weights,
        aspect_scores,
        scores,
    })
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
/// [100 − w, 100]. Scores outside 0–100 count in the first or last band; non-finite scores are
/// left out. No bands when `bins` is 0.
pub fn score_distribution(scores: &[f64], bins: usize) -> Vec<ScoreBin> {
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
    for s in scores.iter().filter(|s| s.is_finite()) {
        let k = ((s / width).floor().max(0.0) as usize).min(bins - 1);
        out[k].count += 1;
    }
    out
}

/// Positions of the `k` highest scores, best first (ties by id, as every ranking here).
pub fn top_scored(scores: &[f64], ids: &[&str], k: usize) -> Vec<usize> {
    let known: Vec<Option<f64>> = scores.iter().map(|s| usable(Some(*s))).collect();
    let mut order = rank(&known, ids, false);
    order.truncate(k);
    order
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::*;

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
        assert_eq!(t.assignment[99], 0);
        assert_eq!(t.assignment[0], 2);
        assert_eq!(t.cut_scores, vec![Some(80.0), Some(50.0)]);
        assert_eq!(
            t.rule.description,
            "By profit, ranked: Large potential = top 20 %, Medium potential = next 30 %, Small potential = last 50 %."
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
        let c = composite(&comps, &values, 2).unwrap();
        assert!((c[0] - 0.25).abs() < 1e-12);
        assert!((c[1] - 0.75).abs() < 1e-12);
        assert_eq!(composite(&[], &[], 2), Err(TierError::NoWeights));
    }

    #[test]
    fn score_distribution_and_top() {
        let scores = [0.0, 9.99, 10.0, 55.0, 100.0, 120.0, -3.0, f64::NAN];
        let d = score_distribution(&scores, 10);
        assert_eq!(d.len(), 10);
        assert_eq!(d[0].count, 3); // 0, 9.99 and −3
        assert_eq!(d[1].count, 1);
        assert_eq!(d[5].count, 1);
        assert_eq!(d[9].count, 2); // 100 and 120
        assert_eq!((d[9].from, d[9].to), (90.0, 100.0));
        assert!(score_distribution(&scores, 0).is_empty());
        let ids = ["a", "b", "c", "d"];
        assert_eq!(top_scored(&[5.0, 80.0, 80.0, 1.0], &ids, 3), vec![1, 2, 0]);
        assert_eq!(top_scored(&[5.0], &["a"], 3), vec![0]);
    }
}
