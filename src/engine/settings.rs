//! Settings every calculation reads; saved with each list. Every "default" number here is a
//! starting value the user may edit, not a constant of the method.

use super::model::{Channel, DeliveredValue, LifecycleStage, MarketType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the company stands; sets the weights of the relationship score: a startup needs money
/// first, a growing firm market share, a mature firm its brand.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum CompanyStage {
    /// Young company: explicit value first.
    #[default]
    Startup,
    /// Growing company: market-share value first.
    Growth,
    /// Mature company: brand value first.
    Mature,
}

/// Weights of explicit value, market-share value and brand value in the relationship score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StageWeights {
    /// Weight of explicit (money) value.
    pub explicit: f64,
    /// Weight of market-share value.
    pub share: f64,
    /// Weight of brand / reputation value.
    pub brand: f64,
}

impl CompanyStage {
    /// The preset weights (explicit / share / brand, before normalising to sum 1): startup
    /// 0.7 / 0.2 / 0.1, growth 0.4 / 0.45 / 0.15, mature 0.4 / 0.2 / 0.4.
    pub fn preset(self) -> StageWeights {
        let (explicit, share, brand) = match self {
            CompanyStage::Startup => (0.7, 0.2, 0.1),
            CompanyStage::Growth => (0.4, 0.45, 0.15),
            CompanyStage::Mature => (0.4, 0.2, 0.4),
        };
        StageWeights {
            explicit,
            share,
            brand,
        }
    }
}

/// When a customer's one-off acquisition cost (money) counts against its annual profit: all in
/// the year it was won, or spread evenly over its expected lifetime.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AcquisitionCharge {
    /// All of it in the year the customer was won.
    #[default]
    YearWon,
    /// Spread evenly over the customer's expected lifetime.
    SpreadOverLifetime,
}

/// When discounting starts: year t is divided by (1 + d)^(t−1) (first year undiscounted, as
/// the cohort table does) or by (1 + d)^t (every year discounted, end-of-year cash flows).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DiscountConvention {
    /// profit_t ÷ (1 + d)^(t−1): the first year is not discounted.
    #[default]
    FirstYearUndiscounted,
    /// profit_t ÷ (1 + d)^t: every year is discounted, the first one too.
    EndOfYear,
}

/// Kinds of outreach spend: what money spent to win new customers went on.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum SpendKind {
    /// Salaries and costs of sales staff.
    SalesStaff,
    /// Letters, catalogues, leaflets.
    DirectMail,
    /// Web site, online campaigns.
    WebOnline,
    /// Press, TV, radio.
    Advertising,
    /// Trade shows and conferences.
    TradeShows,
    /// Anything else.
    #[default]
    Other,
}

/// One named line of outreach spend in the period, money. When it paid for one channel, the
/// channel is named so that the channel's CAC can be computed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SpendLine {
    /// Label shown to the user ("Autumn fair").
    pub name: String,
    /// What kind of spend it is.
    pub kind: SpendKind,
    /// Amount spent in the period, money.
    pub amount: f64,
    /// The channel this spend paid for, if one.
    pub channel: Option<Channel>,
}

/// Kinds of cost to serve: what the yearly money spent on serving customers went on.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ServiceCostKind {
    /// Salaries of contract or account staff.
    ContractStaff,
    /// Project managers.
    ProjectManagers,
    /// Delivering the product or service.
    Delivery,
    /// Anything else.
    #[default]
    Other,
}

/// One named line of yearly service cost, money per year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CostLine {
    /// Label shown to the user.
    pub name: String,
    /// What kind of cost it is.
    pub kind: ServiceCostKind,
    /// Amount in the year, money.
    pub amount: f64,
}

/// A measure that can be ranked and cut into tiers or ratings; higher is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ScoreBasis {
    /// Revenue per year, money.
    Revenue,
    /// Annual profit = revenue × margin − service cost − acquisition cost charged, money per
    /// year.
    #[default]
    Profit,
    /// Relationship value in money = (explicit + implicit value) − (explicit + implicit cost),
    /// money per year.
    RelationshipValue,
    /// Relationship score: stage-weighted min–max normalised values minus normalised cost,
    /// dimensionless, about −1 to 1.
    RelationshipScore,
    /// Individual lifetime value: discounted profit over the expected relationship, money.
    LifetimeValue,
    /// Composite of the weighted pyramid with this position in
    /// [`Settings::weighted_pyramids`], 0–1.
    WeightedPyramid(usize),
    /// Final scorecard score: weighted average of the aspects' scores, 0–100.
    Scorecard,
}

/// A number read from a customer for segmentation, weighted pyramids, scorecards and ICP tests.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Indicator {
    /// Revenue per year, money.
    Revenue,
    /// Annual profit, money per year.
    Profit,
    /// Purchases per year, count.
    PurchaseFrequency,
    /// Average order value, money per purchase.
    AverageOrderValue,
    /// Gross margin, fraction (profit uses 1 when it is unknown; as an indicator it stays
    /// unknown).
    GrossMargin,
    /// Service cost used for the customer, money per year.
    ServiceCost,
    /// Relationship value, money per year.
    RelationshipValue,
    /// Individual lifetime value, money.
    LifetimeValue,
    /// Size band as 1 (micro) to 4 (large).
    SizeBand,
    /// Age in years.
    Age,
    /// Share of wallet: revenue ÷ the customer's category spend, fraction; higher is
    /// better.
    ShareOfWallet,
    /// An entry of `Customer::indicators` by name (growth, satisfaction, collection_days, …).
    Named(String),
}

impl Indicator {
    /// The indicators read from the list's own fields, in the order the page offers them.
    pub const BUILT_IN: [Indicator; 11] = [
        Indicator::Revenue,
        Indicator::Profit,
        Indicator::PurchaseFrequency,
        Indicator::AverageOrderValue,
        Indicator::GrossMargin,
        Indicator::ServiceCost,
        Indicator::RelationshipValue,
        Indicator::LifetimeValue,
        Indicator::SizeBand,
        Indicator::Age,
        Indicator::ShareOfWallet,
    ];

    /// Stable key: the stored name of a built-in indicator ("purchase_frequency"), and
    /// `named:<name>` for an indicator of the user's own.
    pub fn key(&self) -> String {
        match self {
            Indicator::Named(name) => format!("named:{name}"),
            built_in => <&'static str>::from(built_in).to_string(),
        }
    }

    /// The indicator with this key, if any.
    pub fn from_key(key: &str) -> Option<Indicator> {
        if let Some(name) = key.strip_prefix("named:") {
            return Some(Indicator::Named(name.to_string()));
        }
        Indicator::BUILT_IN
            .into_iter()
            .find(|i| <&'static str>::from(i) == key)
    }
}

/// An indicator with its weight and direction inside a composite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightedIndicator {
    /// What is measured.
    pub indicator: Indicator,
    /// Relative weight (weights of one composite are normalised to sum 1; negative counts as 0).
    pub weight: f64,
    /// True for indicators where less is better (collection days, service cost): the
    /// normalised scale is turned round.
    pub lower_is_better: bool,
}

impl WeightedIndicator {
    /// A higher-is-better indicator with a weight.
    pub fn new(indicator: Indicator, weight: f64) -> Self {
        WeightedIndicator {
            indicator,
            weight,
            lower_is_better: false,
        }
    }

    /// A lower-is-better indicator with a weight.
    pub fn lower(indicator: Indicator, weight: f64) -> Self {
        WeightedIndicator {
            indicator,
            weight,
            lower_is_better: true,
        }
    }
}

/// How a ranked list is cut into the three tiers of the pyramid (best first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierCuts {
    /// Shares of the ranked list for large, medium and small potential (normalised to sum 1).
    RankShares {
        /// Share of customers in the top tier.
        top: f64,
        /// Share of customers in the middle tier; the rest are in the bottom tier.
        middle: f64,
    },
    /// Score thresholds: at or above `top` → top tier, at or above `middle` → middle tier.
    Thresholds {
        /// Lowest score of the top tier, in the basis's unit.
        top: f64,
        /// Lowest score of the middle tier, in the basis's unit.
        middle: f64,
    },
}

impl Default for TierCuts {
    fn default() -> Self {
        TierCuts::RankShares {
            top: 0.2,
            middle: 0.3,
        }
    }
}

/// The three-tier value pyramid: large / medium / small potential, cut by rank share or by
/// value thresholds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PyramidSettings {
    /// The measure ranked.
    pub basis: ScoreBasis,
    /// How the ranking is cut.
    pub cuts: TierCuts,
}

/// Rating scales. The best rating comes first: A, or the highest number.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RatingScale {
    /// A (best) to D.
    #[default]
    AToD,
    /// 5 (best) to 1.
    OneToFive,
    /// 10 (best) to 1.
    OneToTen,
}

impl RatingScale {
    /// Labels from best to worst.
    pub fn labels(self) -> Vec<String> {
        match self {
            RatingScale::AToD => ["A", "B", "C", "D"].iter().map(|s| s.to_string()).collect(),
            RatingScale::OneToFive => (1..=5).rev().map(|n| n.to_string()).collect(),
            RatingScale::OneToTen => (1..=10).rev().map(|n| n.to_string()).collect(),
        }
    }

    /// Default rank shares, best first: 20/30/30/20 for A–D, equal shares otherwise.
    pub fn default_shares(self) -> Vec<f64> {
        match self {
            RatingScale::AToD => vec![0.2, 0.3, 0.3, 0.2],
            RatingScale::OneToFive => vec![0.2; 5],
            RatingScale::OneToTen => vec![0.1; 10],
        }
    }
}

/// How a ranked list is cut into ratings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RatingCuts {
    /// The scale's default rank shares.
    #[default]
    DefaultShares,
    /// Rank shares per rating, best first (one per label; normalised to sum 1).
    RankShares(Vec<f64>),
    /// Lowest score of each rating but the last, best first and descending.
    Thresholds(Vec<f64>),
}

/// Ratings: a chosen score cut into bands by rank share (A top 20 %, B next 30 %, C next
/// 30 %, D last 20 % by default) or by score thresholds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RatingSettings {
    /// Which labels.
    pub scale: RatingScale,
    /// The measure rated.
    pub basis: ScoreBasis,
    /// How the ranking is cut.
    pub cuts: RatingCuts,
}

/// A weighted pyramid: composite = Σ weight × min–max normalised indicator (each 0–1,
/// "lower is better" indicators inverted), so the composite is 0–1 once weights sum to 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct WeightedPyramid {
    /// Name shown to the user ("Profit value").
    pub name: String,
    /// The weighted indicators.
    pub components: Vec<WeightedIndicator>,
    /// How the composite ranking is cut into three tiers.
    pub cuts: TierCuts,
}

/// One aspect of the scorecard (e.g. actual value, customer potential): a weighted set of
/// indicators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ScorecardAspect {
    /// Name shown to the user ("Financial").
    pub name: String,
    /// Weight of the aspect in the final score (normalised over aspects).
    pub weight: f64,
    /// The aspect's weighted indicators.
    pub indicators: Vec<WeightedIndicator>,
}

/// The scorecard: by default four aspects (financial and sales indicators for actual value;
/// customer and service indicators for potential value), whose weighted average is the final
/// score, 0–100. Any number of aspects is accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scorecard {
    /// Aspects; the defaults are financial and sales (actual value), customer and service
    /// (potential value).
    pub aspects: Vec<ScorecardAspect>,
}

impl Default for Scorecard {
    fn default() -> Self {
        use Indicator::*;
        let named = |n: &str| Named(n.to_string());
        Scorecard {
            aspects: vec![
                ScorecardAspect {
                    name: "Financial".into(),
                    weight: 0.3,
                    indicators: vec![
                        WeightedIndicator::new(Profit, 0.6),
                        WeightedIndicator::new(GrossMargin, 0.2),
                        WeightedIndicator::lower(named("collection_days"), 0.2),
                    ],
                },
                ScorecardAspect {
                    name: "Sales".into(),
                    weight: 0.2,
                    indicators: vec![
                        WeightedIndicator::new(Revenue, 0.5),
                        WeightedIndicator::new(PurchaseFrequency, 0.3),
                        WeightedIndicator::new(AverageOrderValue, 0.2),
                    ],
                },
                ScorecardAspect {
                    name: "Customer".into(),
                    weight: 0.25,
                    indicators: vec![
                        WeightedIndicator::new(named("growth"), 0.5),
                        WeightedIndicator::new(SizeBand, 0.25),
                        WeightedIndicator::new(named("outlook"), 0.25),
                    ],
                },
                ScorecardAspect {
                    name: "Service".into(),
                    weight: 0.25,
                    indicators: vec![
                        WeightedIndicator::new(named("satisfaction"), 0.4),
                        WeightedIndicator::new(named("cooperation"), 0.3),
                        WeightedIndicator::lower(ServiceCost, 0.3),
                    ],
                },
            ],
        }
    }
}

/// Areas of ideal-customer criteria: the customer itself and its fit with us. Market reality
/// is not tested per customer; it lives in [`MarketReality`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum IcpArea {
    /// The customer itself: age, income, education, credit; size, type, decision process.
    #[default]
    Customer,
    /// Fit with us: service level needed against what we can give, profit of serving.
    Fit,
}

/// A test one customer passes or fails. Unknown data fails the test. Its kind without the
/// figures is an [`IcpTestKind`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, strum::EnumDiscriminants)]
#[serde(rename_all = "snake_case")]
#[strum_discriminants(
    name(IcpTestKind),
    derive(strum::IntoStaticStr, strum::VariantArray),
    strum(serialize_all = "snake_case")
)]
pub enum IcpTest {
    /// The indicator is at least this value.
    AtLeast {
        /// What is measured.
        indicator: Indicator,
        /// Smallest passing value, in the indicator's unit.
        min: f64,
    },
    /// The indicator is at most this value.
    AtMost {
        /// What is measured.
        indicator: Indicator,
        /// Largest passing value, in the indicator's unit.
        max: f64,
    },
    /// The indicator lies in [min, max].
    Between {
        /// What is measured.
        indicator: Indicator,
        /// Smallest passing value.
        min: f64,
        /// Largest passing value.
        max: f64,
    },
    /// The market type is one of these.
    MarketTypeIn(Vec<MarketType>),
    /// The size band is one of these (1 micro … 4 large is also available as an indicator).
    SizeBandIn(Vec<super::model::SizeBand>),
    /// The region is one of these (exact text).
    RegionIn(Vec<String>),
    /// A custom attribute has one of these values (exact text).
    AttributeIn {
        /// Name of the custom attribute.
        key: String,
        /// Passing values.
        values: Vec<String>,
    },
}

/// One weighted criterion of the ideal customer profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IcpCriterion {
    /// Label shown to the user ("Needs no more service than we give").
    pub name: String,
    /// Area of the criterion.
    pub area: IcpArea,
    /// Relative weight (negative counts as 0).
    pub weight: f64,
    /// The test.
    pub test: IcpTest,
}

/// Market-reality inputs of the ICP: how many such customers the target market holds and how
/// many competitors chase them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MarketReality {
    /// Organisations or people in the target market, count; unknown → no market check.
    pub market_size: Option<f64>,
    /// Share of the market that matches the profile; unknown → estimated from the list as the
    /// share of entries whose fit reaches [`IcpSettings::match_threshold`].
    pub share_matching: Option<f64>,
    /// Competitors chasing the same customers, count.
    pub competitors: u32,
    /// Fewer addressable customers than this → "too small" warning.
    pub min_addressable: f64,
    /// Fewer addressable customers per firm (competitors and us) than this → "too contested".
    pub min_per_competitor: f64,
}

impl Default for MarketReality {
    fn default() -> Self {
        MarketReality {
            market_size: None,
            share_matching: None,
            competitors: 0,
            min_addressable: 100.0,
            min_per_competitor: 10.0,
        }
    }
}

/// The ideal customer profile: weighted criteria whose met share is a customer's fit score
/// (0–100), and the market-reality inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpSettings {
    /// Criteria of areas 1 and 2.
    pub criteria: Vec<IcpCriterion>,
    /// Fit score (0–100) from which an entry counts as matching the profile.
    pub match_threshold: f64,
    /// Area 3.
    pub market: MarketReality,
}

impl Default for IcpSettings {
    fn default() -> Self {
        IcpSettings {
            criteria: vec![IcpCriterion {
                name: "Serving them is profitable".into(),
                area: IcpArea::Fit,
                weight: 1.0,
                test: IcpTest::AtLeast {
                    indicator: Indicator::Profit,
                    min: 0.0,
                },
            }],
            match_threshold: 70.0,
            market: MarketReality::default(),
        }
    }
}

/// How the cohort table's discount factor D_t = (1 + i × rf)^(t−1) is used: exact, or rounded
/// to two decimals as Hughes prints it (LTV 52.78 against 52.70 on his example).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum FactorRounding {
    /// The exact factor (1.3456).
    #[default]
    Exact,
    /// Rounded to two decimals before dividing (1.35), as Hughes prints it.
    TwoDecimals,
}

/// Inputs of one year of the cohort table; every cell is editable.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CohortYearInput {
    /// Share of this year's customers still buying next year, fraction.
    pub retention: f64,
    /// Orders per customer in the year, count.
    pub orders_per_customer: f64,
    /// Average order value, money.
    pub average_order_value: f64,
    /// Cost of sales as a fraction of revenue.
    pub cost_rate: f64,
    /// Marketing cost per customer in the year, money (acquisition cost in year 1).
    pub marketing_per_customer: f64,
}

/// Which figures a lifetime calculator (churn, LTV, lifetime by age, closed forms) or the
/// cohort table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figures {
    /// Figures derived from the open list and its settings (the worked example when the list
    /// cannot supply them).
    List,
    /// The seeds' worked example.
    Example,
    /// Figures the user typed.
    Own,
}

/// The cohort table's inputs: cohort size, interest rate and risk factor, and one row of
/// inputs per year. The figures stored are Hughes's worked example
/// until the user edits the table; which figures the table shows is [`CohortSettings::shown`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CohortSettings {
    /// Which figures the table shows: the list's, the example or the stored ones (`Own`).
    /// `None` (lists saved before the choice existed, and new lists) reads as `Own` when the
    /// stored figures differ from the example, else `List`: see [`CohortSettings::requested`].
    pub shown: Option<Figures>,
    /// Customers won in year 1, count.
    pub cohort_size: f64,
    /// Yearly interest rate i, fraction.
    pub interest_rate: f64,
    /// Risk factor rf multiplying the interest rate, ≥ 0.
    pub risk_factor: f64,
    /// Exact or rounded discount factor.
    pub rounding: FactorRounding,
    /// One entry per year, year 1 first; any number of years.
    pub years: Vec<CohortYearInput>,
}

impl Default for CohortSettings {
    fn default() -> Self {
        let year = |retention, orders, value, cost, marketing| CohortYearInput {
            retention,
            orders_per_customer: orders,
            average_order_value: value,
            cost_rate: cost,
            marketing_per_customer: marketing,
        };
        CohortSettings {
            shown: None,
            cohort_size: 100_000.0,
            interest_rate: 0.08,
            risk_factor: 2.0,
            rounding: FactorRounding::Exact,
            years: vec![
                year(0.6, 1.8, 90.0, 0.7, 55.0),
                year(0.7, 2.5, 95.0, 0.65, 20.0),
                year(0.8, 3.0, 100.0, 0.65, 20.0),
            ],
        }
    }
}

impl CohortSettings {
    /// Whether the figures (size, interest, risk, years) are those of Hughes's example; the
    /// rounding of the factor and the choice of figures are not compared.
    pub fn has_example_figures(&self) -> bool {
        let e = CohortSettings::default();
        self.cohort_size == e.cohort_size
            && self.interest_rate == e.interest_rate
            && self.risk_factor == e.risk_factor
            && self.years == e.years
    }

    /// The figures asked for: [`CohortSettings::shown`] when set; otherwise the stored
    /// figures when the user has edited them (they differ from the example), else the list's.
    pub fn requested(&self) -> Figures {
        self.shown.unwrap_or(if self.has_example_figures() {
            Figures::List
        } else {
            Figures::Own
        })
    }
}

/// What "relationship value" ranks the capacity-limited targets by.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum TargetRanking {
    /// Relationship value in money.
    #[default]
    Money,
    /// The stage-weighted relationship score.
    Score,
}

/// An attribute that cuts the list into segments whose churn is measured apart.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ChurnDimension {
    /// Consumer, producer, intermediary, government, international.
    #[default]
    MarketType,
    /// The channel the customer came through.
    Channel,
    /// Micro, small, medium, large.
    SizeBand,
}

/// The three levels of retention the seed describes, from the loosest tie to the tightest.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RetentionLevel {
    /// Price incentives, rewards for frequent or steady buying, satisfaction guarantees.
    #[default]
    Financial,
    /// Personal, individual service; customer clubs.
    Social,
    /// Ties that make leaving costly: shared systems, integration, added financial and social
    /// benefits.
    Structural,
}

/// One named line of retention spend in the year, money, with the level it works on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RetentionLine {
    /// Label shown to the user ("Loyalty card").
    pub name: String,
    /// The level of tie it builds.
    pub level: RetentionLevel,
    /// Amount spent in the year, money.
    pub amount: f64,
}

/// What the average acquisition cost divides the outreach spend by (both are offered, the one
/// in force is said).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum CacDenominator {
    /// New customers won in the period.
    #[default]
    NewCustomers,
    /// Sales closed in the period ([`Settings::sales_closed`]), as one of the source articles does.
    SalesClosed,
}

/// The names the defaults give (scorecard aspects, weighted pyramids, the first ideal-customer
/// criterion), in English as stored, each with the key of its text in the page's languages: a
/// name left as it was is shown in the reader's language, a name of the user's own as typed.
pub const DEFAULT_NAMES: [(&str, &str); 7] = [
    ("Financial", "names.financial"),
    ("Sales", "names.sales"),
    ("Customer", "names.customer"),
    ("Service", "names.service"),
    ("Serving them is profitable", "names.profitable"),
    ("Profit value", "names.profit_value"),
    ("Potential value", "names.potential_value"),
];

/// The settings of one list. Every field has a default, so older documents load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// ISO 4217 code of the list's currency.
    pub currency: String,
    /// Where the company stands; chooses the preset relationship-score weights.
    pub company_stage: CompanyStage,
    /// Relationship-score weights; start from the stage preset and may be edited.
    pub weights: StageWeights,
    /// When acquisition cost counts against profit.
    pub acquisition_charge: AcquisitionCharge,
    /// Yearly discount rate as a fraction.
    pub discount_rate: f64,
    /// Whether the first year is discounted.
    pub discount_convention: DiscountConvention,
    /// Life expectancy in years (default 80): a person's remaining lifespan is this − age.
    pub life_expectancy: f64,
    /// How many customers the company can serve well, count: the number of targets.
    pub capacity: usize,
    /// Revenue share at or above which a customer is a concentration risk, fraction (0.25:
    /// losing them loses a quarter of the business).
    pub concentration_threshold: f64,
    /// Price of one hour of implicit cost, money per hour.
    pub hourly_rate: f64,
    /// Yearly churn, fraction, used where a customer's own expected relationship is needed
    /// (group lifetime = 1 ÷ churn years) when the list does not measure its churn from former
    /// customers and the customer's market type has no churn of its own.
    pub churn_rate: f64,

    /// Year whose profit is computed. With [`AcquisitionCharge::YearWon`], only customers whose
    /// first purchase falls in it carry their acquisition cost; `None` uses the latest year of
    /// first purchase in the list. Customers without that date are not charged
    /// to the year.
    pub analysis_year: Option<i32>,
    /// Named outreach spend lines of the period, money; their sum ÷ new customers is the
    /// average CAC.
    pub spend_lines: Vec<SpendLine>,
    /// New customers won in the period, count; `None` → counted from the list (customers whose
    /// first purchase falls in the analysis year; the whole list when nobody has a date).
    pub new_customers: Option<u64>,
    /// Named yearly service cost lines, money per year; their sum ÷ customers served is the
    /// average cost to serve.
    pub service_cost_lines: Vec<CostLine>,
    /// Customers served in the year, count; `None` → the customers in the list.
    pub customers_served: Option<u64>,
    /// Yearly churn per market type, fraction; overrides `churn_rate` for that segment when the
    /// list does not measure its churn from former customers.
    pub segment_churn: BTreeMap<MarketType, f64>,
    /// Horizon in years used when a lifetime is unbounded (churn 0) and as the longest lifetime
    /// any money figure counts.
    pub max_lifetime_years: f64,
    /// Yearly churn of a firm to compare with, fraction.
    pub benchmark_churn_rate: Option<f64>,
    /// What the capacity-limited targets are ranked by.
    pub target_ranking: TargetRanking,
    /// Top share of customers of the 80/20 check (0.2).
    pub pareto_top_share: f64,
    /// Value share whose smallest customer share is reported (0.8).
    pub pareto_value_share: f64,
    /// The value pyramid.
    pub pyramid: PyramidSettings,
    /// Ratings.
    pub rating: RatingSettings,
    /// One to three indicators for single-indicator segmentation (more are ignored).
    pub segmentation: Vec<WeightedIndicator>,
    /// Weighted pyramids shown side by side.
    pub weighted_pyramids: Vec<WeightedPyramid>,
    /// The four-aspect scorecard.
    pub scorecard: Scorecard,
    /// Customers listed just below each cut point in the migration plan, count per cut.
    pub migration_candidates: usize,
    /// Ideal customer profile.
    pub icp: IcpSettings,
    /// Cohort table inputs.
    pub cohort: CohortSettings,
    /// Money available for retention in the year; split between the high- and medium-LTV
    /// segments in proportion to their total LTV.
    pub retention_budget: f64,
    // Keeping customers: churn measured from the list, keeping against replacing, and the CAC
    // denominator and cost-to-serve benchmark.
    /// Year whose churn is measured from the former customers of the list; `None` → the latest
    /// year of a former customer's date of loss.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub churn_year: Option<i32>,
    /// Customers at the start of the year a segment needs before its measured churn is used
    /// for its customers' lifetimes, count (below it the overall measured churn is used).
    pub churn_min_at_start: u64,
    /// Which attribute cuts the measured churn into the segments used for lifetimes.
    pub churn_segments_by: ChurnDimension,
    /// Retention spend of the year, as lines tagged with the level of tie they build.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retention_lines: Vec<RetentionLine>,
    /// What the average acquisition cost is divided by: new customers (default) or sales
    /// closed.
    pub cac_denominator: CacDenominator,
    /// Sales closed in the analysis year, count; the denominator of the average CAC when
    /// [`CacDenominator::SalesClosed`] is chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sales_closed: Option<u64>,
    /// Cost to serve of the industry to compare with (the accountant's figure), money per
    /// customer per year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_cost_benchmark: Option<f64>,
    // The customer's side (delivered value, share of wallet, the seed's checks), growth
    /// Whether the components of a customer's delivered value are money or 0–10 scores.
    pub delivered_scale: DeliveredScale,
    /// Delivered value below this share of the customer's total value marks a churn risk,
    /// fraction (0.1: the customer keeps less than a tenth of what it gets).
    pub delivered_low_share: f64,
    /// Yearly growth of profit by lifecycle stage, fraction above −1; a customer's own
    /// [`crate::engine::model::Customer::profit_growth`] wins, a stage not listed grows 0.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub stage_growth: BTreeMap<LifecycleStage, f64>,
    /// Delivered value entered for a whole market type: the customers of that type without
    /// their own take it (a consultant often knows the segment, not each customer).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub segment_delivered: BTreeMap<MarketType, DeliveredValue>,
}

/// The unit of the components of delivered value.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DeliveredScale {
    /// Money per year, as the customer would price each component.
    #[default]
    Money,
    /// A score from 0 to 10 per component.
    Score,
}

impl DeliveredScale {
    /// Whether a component value is usable on this scale: finite, at least 0, and at most 10
    /// for scores.
    pub fn accepts(self, value: f64) -> bool {
        match self {
            DeliveredScale::Money => value.is_finite() && value >= 0.0,
            DeliveredScale::Score => (0.0..=10.0).contains(&value),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        use Indicator::*;
        Settings {
            currency: "EUR".into(),
            company_stage: CompanyStage::Startup,
            weights: CompanyStage::Startup.preset(),
            acquisition_charge: AcquisitionCharge::YearWon,
            discount_rate: 0.08,
            discount_convention: DiscountConvention::FirstYearUndiscounted,
            life_expectancy: 80.0,
            capacity: 100,
            concentration_threshold: 0.25,
            hourly_rate: 50.0,
            churn_rate: 0.2,
            analysis_year: None,
            spend_lines: Vec::new(),
            new_customers: None,
            service_cost_lines: Vec::new(),
            customers_served: None,
            segment_churn: BTreeMap::new(),
            max_lifetime_years: 100.0,
            benchmark_churn_rate: None,
            target_ranking: TargetRanking::Money,
            pareto_top_share: 0.2,
            pareto_value_share: 0.8,
            pyramid: PyramidSettings::default(),
            rating: RatingSettings::default(),
            segmentation: vec![
                WeightedIndicator::new(Revenue, 1.0),
                WeightedIndicator::new(Profit, 1.0),
            ],
            weighted_pyramids: vec![
                WeightedPyramid {
                    name: "Profit value".into(),
                    components: vec![
                        WeightedIndicator::new(Profit, 0.6),
                        WeightedIndicator::new(Revenue, 0.4),
                    ],
                    cuts: TierCuts::default(),
                },
                WeightedPyramid {
                    name: "Potential value".into(),
                    components: vec![
                        WeightedIndicator::new(Named("growth".into()), 0.5),
                        WeightedIndicator::new(PurchaseFrequency, 0.3),
                        WeightedIndicator::lower(Named("collection_days".into()), 0.2),
                    ],
                    cuts: TierCuts::default(),
                },
            ],
            scorecard: Scorecard::default(),
            migration_candidates: 10,
            icp: IcpSettings::default(),
            cohort: CohortSettings::default(),
            retention_budget: 0.0,
            // Keeping customers: churn measured from the list, keeping against replacing, and the CAC
            // denominator and cost-to-serve benchmark.
            churn_year: None,
            churn_min_at_start: 30,
            churn_segments_by: ChurnDimension::MarketType,
            retention_lines: Vec::new(),
            cac_denominator: CacDenominator::NewCustomers,
            sales_closed: None,
            service_cost_benchmark: None,
            delivered_scale: DeliveredScale::Money,
            delivered_low_share: 0.1,
            stage_growth: BTreeMap::new(),
            segment_delivered: BTreeMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicator_keys_are_the_stored_names_and_read_back() {
        for i in Indicator::BUILT_IN {
            assert_eq!(
                serde_json::to_string(&i).unwrap(),
                format!("\"{}\"", i.key())
            );
            assert_eq!(Indicator::from_key(&i.key()), Some(i));
        }
        let nps = Indicator::Named("nps".into());
        assert_eq!(nps.key(), "named:nps");
        assert_eq!(Indicator::from_key("named:nps"), Some(nps));
        assert_eq!(Indicator::from_key("NPS"), None);
    }
}

#[cfg(test)]
mod default_name_tests {
    use super::*;

    /// Every name the defaults give has its text in the page's languages.
    #[test]
    fn every_default_name_is_listed() {
        let s = Settings::default();
        let names = s
            .scorecard
            .aspects
            .iter()
            .map(|a| a.name.as_str())
            .chain(s.weighted_pyramids.iter().map(|p| p.name.as_str()))
            .chain(s.icp.criteria.iter().map(|c| c.name.as_str()));
        for name in names {
            assert!(DEFAULT_NAMES.iter().any(|(n, _)| *n == name), "{name}");
        }
    }
}
