//! The results export: one row per customer with its figures and the inputs they came from.
//! The app's io layer writes it as CSV with [`HEADERS`] as the first line.

use super::analysis::Analysis;
use super::model::Customer;
use crate::engine::keys::Keyed;
use serde::Serialize;

/// Column headers, in the order of [`ResultRow::cells`]. Money in the list's currency, to the
/// cent ([`MONEY_DECIMALS`]); the gross margin a fraction and the relationship score (−1 to 1)
/// to [`FRACTION_DECIMALS`]; years, scorecard score and fit (0–100) to [`OTHER_DECIMALS`].
pub const HEADERS: [&str; 36] = [
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
    "churn",
    "churn_source",
    "profit_growth",
    "delivered_value",
    "churn_risk",
    "share_of_wallet",
    "room_to_grow",
];

/// The columns of [`HEADERS`] that hold numbers (the others are words and flags), kept
/// beside it so a new column says what it holds where it is added.
pub const NUMBER_HEADERS: [&str; 22] = [
    "revenue_per_year",
    "gross_margin",
    "gross_profit",
    "service_cost",
    "acquisition_cost",
    "acquisition_charged",
    "profit",
    "revenue_rank",
    "profit_rank",
    "relationship_value",
    "relationship_score",
    "remaining_years",
    "lifetime_view",
    "lifespan_ceiling",
    "lifetime_value",
    "scorecard_score",
    "fit",
    "churn",
    "profit_growth",
    "delivered_value",
    "share_of_wallet",
    "room_to_grow",
];

/// Decimals of money cells: cents.
pub const MONEY_DECIMALS: usize = 2;
/// Decimals of fractions and of the relationship score: a hundredth of a percent.
pub const FRACTION_DECIMALS: usize = 4;
/// Decimals of years and of 0–100 scores.
pub const OTHER_DECIMALS: usize = 2;

/// `value` with `decimals` digits after the point ("" when not finite, never "-0.00"), so a
/// sum such as 60123.580400000006 is written 60123.58.
pub fn fixed(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{value:.decimals$}");
    if text.starts_with('-') && text.bytes().all(|b| matches!(b, b'-' | b'0' | b'.')) {
        text[1..].to_string()
    } else {
        text
    }
}

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
    /// 1 = largest revenue; `None` when the revenue is unknown (not rated).
    pub revenue_rank: Option<usize>,
    /// 1 = largest profit; `None` when the revenue is unknown (not rated).
    pub profit_rank: Option<usize>,
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
    /// Churn a year its lifetime used, fraction.
    pub churn: f64,
    /// Where that churn came from: "measured_segment", "measured_overall", "typed_segment" or
    /// "typed".
    pub churn_source: &'static str,
    /// Yearly growth of profit its lifetime value used, fraction.
    pub profit_growth: f64,
    /// Value to the customer − cost to the customer, in the list's delivered-value unit;
    /// empty when not given.
    pub delivered_value: Option<f64>,
    /// Whether its delivered value marks it as a churn risk.
    pub churn_risk: bool,
    /// Our revenue ÷ its category spend, fraction; empty without a category spend.
    pub share_of_wallet: Option<f64>,
    /// Category spend − our revenue, money; empty without a category spend.
    pub room_to_grow: Option<f64>,
}

impl ResultRow {
    /// The row as text cells in [`HEADERS`] order (numbers with the decimals [`HEADERS`]
    /// states and a point, booleans as "yes"/"no", unknown as empty). Formatting for people is
    /// the app's job.
    pub fn cells(&self) -> Vec<String> {
        let money = |x: f64| fixed(x, MONEY_DECIMALS);
        let fraction = |x: f64| fixed(x, FRACTION_DECIMALS);
        let other = |x: Option<f64>| x.map(|v| fixed(v, OTHER_DECIMALS)).unwrap_or_default();
        let opt = |x: Option<f64>| x.map(money).unwrap_or_default();
        let rank = |r: Option<usize>| r.map(|r| r.to_string()).unwrap_or_default();
        let yn = |b: bool| if b { "yes" } else { "no" }.to_string();
        // Without a revenue the customer is not rated: their profit and value are unknown, not
        // the costs alone.
        let rated = |x: f64| {
            if self.revenue_known {
                money(x)
            } else {
                String::new()
            }
        };
        vec![
            self.id.clone(),
            self.name.clone(),
            rated(self.revenue),
            yn(self.revenue_known),
            fraction(self.margin),
            yn(self.margin_assumed),
            rated(self.gross_profit),
            money(self.service_cost),
            self.service_cost_source.into(),
            money(self.acquisition_cost),
            self.acquisition_source.into(),
            money(self.acquisition_charged),
            rated(self.profit),
            rank(self.revenue_rank),
            rank(self.profit_rank),
            money(self.relationship_value),
            fraction(self.relationship_score),
            yn(self.negative_value),
            other(Some(self.remaining_years)),
            rated(self.lifetime_view),
            opt(self.lifespan_ceiling),
            rated(self.lifetime_value),
            self.tier.clone().unwrap_or_default(),
            self.rating.clone().unwrap_or_default(),
            other(self.scorecard),
            other(self.fit),
            yn(self.target),
            self.ltv_segment.into(),
            self.segment.clone(),
            fraction(self.churn),
            self.churn_source.into(),
            fraction(self.profit_growth),
            self.delivered_value.map(money).unwrap_or_default(),
            yn(self.churn_risk),
            self.share_of_wallet.map(fraction).unwrap_or_default(),
            opt(self.room_to_grow),
        ]
    }
}

/// Rows of an existing analysis of `entries`, in its customer order (by id); a row whose
/// customer `entries` does not hold (another list than the one analysed) is left out.
pub fn rows(analysis: &Analysis, entries: &[Customer]) -> Vec<ResultRow> {
    let tier_labels = analysis.pyramid.as_ref().ok().map(|t| &t.rule.labels);
    let rating_labels = analysis.rating.as_ref().ok().map(|t| &t.rule.labels);
    let segment_levels = analysis.segmentation.as_ref().ok().map(|s| &s.levels);
    analysis
        .customers
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let entry = entries.get(c.input_index)?;
            let life = analysis.lifetime_view(entries, c)?;
            let wallet = c.wallet_in(entries);
            Some(ResultRow {
                id: entry.id.clone(),
                name: entry.name.clone(),
                revenue: c.profit.revenue,
                revenue_known: c.profit.revenue_known,
                margin: c.profit.margin,
                margin_assumed: !c.profit.margin_known,
                gross_profit: c.profit.gross_profit,
                service_cost: c.profit.service_cost,
                service_cost_source: c.profit.service_cost_source.key(),
                acquisition_cost: c.profit.acquisition_cost,
                acquisition_source: c.profit.acquisition_source.key(),
                acquisition_charged: c.profit.acquisition_charged,
                profit: c.profit.profit,
                revenue_rank: c.revenue_rank,
                profit_rank: c.profit_rank,
                relationship_value: c.relationship_value,
                relationship_score: c.relationship_score,
                negative_value: c.relationship_value < 0.0,
                remaining_years: life.years_counted,
                lifetime_view: life.value,
                lifespan_ceiling: life.ceiling,
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
                ltv_segment: c.ltv_segment.map_or("", Keyed::key),
                segment: segment_levels
                    .and_then(|l| l.get(i))
                    .map(|levels| levels.iter().map(|l| l.key()).collect::<Vec<_>>().join("/"))
                    .unwrap_or_default(),
                churn: life.churn.rate,
                churn_source: life.churn.source.into(),
                profit_growth: analysis.profit_growth(entries, c)?,
                delivered_value: c.delivered.as_ref().and_then(|d| d.delivered),
                churn_risk: c.delivered.as_ref().is_some_and(|d| d.churn_risk),
                share_of_wallet: wallet.map(|w| w.share),
                room_to_grow: wallet.map(|w| w.room_to_grow),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_to_the_stated_decimals() {
        // The sum the issue saw: 60123.580400000006 → cents.
        assert_eq!(fixed(60_123.580_400_000_006, 2), "60123.58");
        assert_eq!(fixed(1_234.5, 2), "1234.50");
        // 0.123456 → 0.1235 (the fifth decimal, 5, rounds up the fourth).
        assert_eq!(fixed(0.123_456, 4), "0.1235");
        assert_eq!(fixed(-12.346, 2), "-12.35");
        // A tiny loss rounds to zero without a sign.
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(f64::NAN, 2), "");
        assert_eq!(fixed(f64::INFINITY, 4), "");
    }

    #[test]
    fn cells_write_money_to_the_cent_and_fractions_to_four_decimals() {
        let row = ResultRow {
            id: "C1".into(),
            name: "Acme".into(),
            revenue: 100_000.0 / 3.0,
            revenue_known: true,
            margin: 0.1 + 0.2,
            margin_assumed: false,
            gross_profit: 100_000.0 / 3.0 * 0.3,
            service_cost: 60_123.580_400_000_006,
            service_cost_source: "own",
            acquisition_cost: 0.0,
            acquisition_source: "unknown",
            acquisition_charged: 0.0,
            profit: -26_790.247_066_666_67,
            revenue_rank: Some(1),
            profit_rank: None,
            relationship_value: 2.0 / 3.0,
            relationship_score: -1.0 / 3.0,
            negative_value: false,
            remaining_years: 10.0 / 3.0,
            lifetime_view: 1e6 / 7.0,
            lifespan_ceiling: None,
            lifetime_value: 1e6 / 7.0,
            tier: None,
            rating: None,
            scorecard: Some(200.0 / 3.0),
            fit: None,
            target: false,
            ltv_segment: "low",
            segment: String::new(),
            churn: 0.15,
            churn_source: "measured_overall",
            profit_growth: 0.1,
            delivered_value: Some(100.0),
            churn_risk: false,
            share_of_wallet: Some(0.25),
            room_to_grow: Some(9_000.0),
        };
        let cells = row.cells();
        let cell = |header: &str| {
            let i = HEADERS.iter().position(|h| *h == header).unwrap();
            cells[i].as_str()
        };
        // 100000 / 3 = 33333.333… → 33333.33; × 0.3 = 10000.00 (0.1 + 0.2 = 0.30000000000000004).
        assert_eq!(cell("revenue_per_year"), "33333.33");
        assert_eq!(cell("gross_margin"), "0.3000");
        assert_eq!(cell("gross_profit"), "10000.00");
        assert_eq!(cell("service_cost"), "60123.58");
        assert_eq!(cell("profit"), "-26790.25");
        // 2 / 3 = 0.67 (money); −1 / 3 = −0.3333 (score, four decimals).
        assert_eq!(cell("relationship_value"), "0.67");
        assert_eq!(cell("relationship_score"), "-0.3333");
        // 10 / 3 years = 3.33; 1e6 / 7 = 142857.142857… → 142857.14.
        assert_eq!(cell("remaining_years"), "3.33");
        assert_eq!(cell("lifetime_value"), "142857.14");
        assert_eq!(cell("lifespan_ceiling"), "");
        // 200 / 3 = 66.666… → 66.67.
        assert_eq!(cell("scorecard_score"), "66.67");
        assert_eq!(cell("fit"), "");
        // The keeping columns: the worked examples' 15 % churn, 25 % share and 9,000 room.
        assert_eq!(cell("churn"), "0.1500");
        assert_eq!(cell("churn_source"), "measured_overall");
        assert_eq!(cell("profit_growth"), "0.1000");
        assert_eq!(cell("delivered_value"), "100.00");
        assert_eq!(cell("churn_risk"), "no");
        assert_eq!(cell("share_of_wallet"), "0.2500");
        assert_eq!(cell("room_to_grow"), "9000.00");

        // The same customer without a revenue: no profit or value is written, only costs.
        let unrated = ResultRow {
            revenue_known: false,
            ..row
        }
        .cells();
        let cell = |header: &str| {
            let i = HEADERS.iter().position(|h| *h == header).unwrap();
            unrated[i].as_str()
        };
        for header in [
            "revenue_per_year",
            "gross_profit",
            "profit",
            "lifetime_view",
            "lifetime_value",
        ] {
            assert_eq!(cell(header), "", "{header}");
        }
        assert_eq!(cell("service_cost"), "60123.58");
        assert_eq!(cell("revenue_known"), "no");
    }

    #[test]
    fn every_number_header_is_a_header() {
        for h in NUMBER_HEADERS {
            assert!(HEADERS.contains(&h), "{h}");
        }
    }
}
