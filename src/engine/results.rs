//! The results export: one row per customer with its figures and the inputs they came from.
//! The app's io layer writes it as CSV with [`HEADERS`] as the first line.

use super::analysis::{analyse, Analysis};
use super::model::Customer;
use super::retention::LtvSegment;
use super::settings::Settings;
use serde::Serialize;

/// Column headers, in the order of [`ResultRow::cells`]. Money in the list's currency; rates
/// are fractions.
pub const HEADERS: [&str; 29] = [
    "id",
    "name",
    "revenue_per_year",
    "revenue_known",
    "gross_margin",
    "margin_assumed",
    "gross_profit",
    "service_cost",
    "service_cost_source",
    "acquisition_cost",
    "acquisition_source",
    "acquisition_charged",
    "profit",
    "revenue_rank",
    "profit_rank",
    "relationship_value",
    "relationship_score",
    "negative_value",
    "remaining_years",
    "lifetime_view",
    "lifespan_ceiling",
    "lifetime_value",
    "tier",
    "rating",
    "scorecard_score",
    "fit",
    "target",
    "ltv_segment",
    "segment",
];

/// One exported row. Money per year unless stated; `None` is written as an empty cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultRow {
    /// Customer id.
    pub id: String,
    /// Customer name.
    pub name: String,
    /// Revenue used (0 when unknown).
    pub revenue: f64,
    /// Whether revenue was known.
    pub revenue_known: bool,
    /// Gross margin used, fraction.
    pub margin: f64,
    /// Whether 100 % was assumed.
    pub margin_assumed: bool,
    /// Revenue × margin.
    pub gross_profit: f64,
    /// Service cost used.
    pub service_cost: f64,
    /// "own", "average" or "unknown".
    pub service_cost_source: &'static str,
    /// Full acquisition cost, money once.
    pub acquisition_cost: f64,
    /// "own", "channel", "average" or "unknown".
    pub acquisition_source: &'static str,
    /// Acquisition cost charged to the period.
    pub acquisition_charged: f64,
    /// Annual profit.
    pub profit: f64,
    /// 1 = largest revenue.
    pub revenue_rank: usize,
    /// 1 = largest profit.
    pub profit_rank: usize,
    /// Relationship value, money per year.
    pub relationship_value: f64,
    /// Relationship score, −1 to 1.
    pub relationship_score: f64,
    /// Negative relationship value.
    pub negative_value: bool,
    /// Expected remaining years, loyalty counted: Σ (1 − churn)^t over the lifespan, years
    /// (capped at the horizon).
    pub remaining_years: f64,
    /// Expected years × explicit value, money (undiscounted).
    pub lifetime_view: f64,
    /// (Life expectancy − age) × explicit value, money (undiscounted): the ceiling, loyalty
    /// left aside; empty without an age (organisations).
    pub lifespan_ceiling: Option<f64>,
    /// Individual LTV, money (discounted).
    pub lifetime_value: f64,
    /// Pyramid tier label.
    pub tier: Option<String>,
    /// Rating label.
    pub rating: Option<String>,
    /// Scorecard score, 0–100.
    pub scorecard: Option<f64>,
    /// ICP fit, 0–100.
    pub fit: Option<f64>,
    /// Among the capacity-limited targets.
    pub target: bool,
    /// "high", "medium", "low" or "negative".
    pub ltv_segment: &'static str,
    /// Single-indicator segmentation: a level per chosen indicator, e.g. "high/low" (empty
    /// when no indicator is chosen).
    pub segment: String,
}

impl ResultRow {
    /// The row as text cells in [`HEADERS`] order (numbers with full precision, booleans as
    /// "yes"/"no", unknown as empty). Formatting for people is the app's job.
    pub fn cells(&self) -> Vec<String> {
        let num = |x: f64| x.to_string();
        let opt = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
        let yn = |b: bool| if b { "yes" } else { "no" }.to_string();
        vec![
            self.id.clone(),
            self.name.clone(),
            num(self.revenue),
            yn(self.revenue_known),
            num(self.margin),
            yn(self.margin_assumed),
            num(self.gross_profit),
            num(self.service_cost),
            self.service_cost_source.into(),
            num(self.acquisition_cost),
            self.acquisition_source.into(),
            num(self.acquisition_charged),
            num(self.profit),
            self.revenue_rank.to_string(),
            self.profit_rank.to_string(),
            num(self.relationship_value),
            num(self.relationship_score),
            yn(self.negative_value),
            num(self.remaining_years),
            num(self.lifetime_view),
            opt(self.lifespan_ceiling),
            num(self.lifetime_value),
            self.tier.clone().unwrap_or_default(),
            self.rating.clone().unwrap_or_default(),
            opt(self.scorecard),
            opt(self.fit),
            yn(self.target),
            self.ltv_segment.into(),
            self.segment.clone(),
        ]
    }
}

fn segment_label(s: LtvSegment) -> &'static str {
    match s {
        LtvSegment::High => "high",
        LtvSegment::Medium => "medium",
        LtvSegment::Low => "low",
        LtvSegment::Negative => "negative",
    }
}

/// Rows of an existing analysis, in its customer order (by id).
pub fn rows(analysis: &Analysis) -> Vec<ResultRow> {
    let tier_labels = analysis.pyramid.as_ref().ok().map(|t| &t.rule.labels);
    let rating_labels = analysis.rating.as_ref().ok().map(|t| &t.rule.labels);
    let segment_levels = analysis.segmentation.as_ref().ok().map(|s| &s.levels);
    analysis
        .customers
        .iter()
        .enumerate()
        .map(|(i, c)| ResultRow {
            id: c.id.clone(),
            name: c.name.clone(),
            revenue: c.profit.revenue,
            revenue_known: c.profit.revenue_known,
            margin: c.profit.margin,
            margin_assumed: !c.profit.margin_known,
            gross_profit: c.profit.gross_profit,
            service_cost: c.profit.service_cost,
            service_cost_source: c.profit.service_cost_source.label(),
            acquisition_cost: c.profit.acquisition_cost,
            acquisition_source: c.profit.acquisition_source.label(),
            acquisition_charged: c.profit.acquisition_charged,
            profit: c.profit.profit,
            revenue_rank: c.revenue_rank,
            profit_rank: c.profit_rank,
            relationship_value: c.relationship.value,
            relationship_score: c.relationship_score,
            negative_value: c.relationship.negative,
            remaining_years: c.lifetime.years_counted,
            lifetime_view: c.lifetime.value,
            lifespan_ceiling: c.lifetime.ceiling,
            lifetime_value: c.ltv,
            tier: c
                .tier
                .and_then(|t| tier_labels.and_then(|l| l.get(t)).cloned()),
            rating: c
                .rating
                .and_then(|r| rating_labels.and_then(|l| l.get(r)).cloned()),
            scorecard: c.scorecard,
            fit: c.fit,
            target: c.target,
            ltv_segment: segment_label(c.ltv_segment),
            segment: segment_levels
                .and_then(|l| l.get(i))
                .map(|levels| {
                    levels
                        .iter()
                        .map(|l| l.label())
                        .collect::<Vec<_>>()
                        .join("/")
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// Analyses the list and returns its result rows (use [`rows`] when an analysis exists).
pub fn results_table(customers: &[Customer], settings: &Settings) -> Vec<ResultRow> {
    rows(&analyse(customers, settings))
}
