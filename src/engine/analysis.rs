//! One pass over a list: everything the page shows, from acquisition cost to the prospect list.
//!
//! [`analyse`] sorts the customers once by id (so results do not depend on input order),
//! computes every per-customer figure, then every list-level view. Invalid settings never
//! stop it: a number that cannot be used is replaced by its default and reported in
//! [`Analysis::warnings`]; a view that cannot be built holds a typed error instead.

use super::acquisition::{self, AcquisitionSummary};
use super::churn::{self, ChurnComparison, ChurnSummary};
use super::cohort::{self, CohortError, CohortTable, RetentionGain};
use super::concentration::{self, Concentration};
use super::delivered::{self, CustomerDelivered, DeliveredSummary, WalletShare, WalletSummary};
use super::icp::{self, IcpError, MarketCheck};
use super::keeping::{self, Keeping};
use super::lifecycle::{self, LifetimeProfit, LifetimeProfitInput, StageRow};
use super::list_figures::{self, ListFigures, NoListFigures};
use super::market::{self, MarketRow};
use super::measured_churn::{self, ChurnInForce, MeasuredChurn};
use super::model::{Customer, Status};
use super::numbers::{self, NumberSpec};
use super::numeric::{ratio, DiscountRate, PackedScores, Ranking, Rankings, Rate};
use super::pareto::{self, Pareto};
use super::profiles::{self, BottomTierReview, MigrationCandidate, TierProfile};
use super::profit::{self, Profit};
use super::prospects::{self, ProspectList};
use super::relationship::{self, LifetimeView};
use super::retention::{self, LtvSegment, RetentionPlan};
use super::seed_checks::{self, SeedChecks};
use super::service_cost::{self, ServiceCostSummary};
use super::settings::{
    CohortSettings, Figures, IcpSettings, RatingCuts, ScoreBasis, Settings, TargetRanking,
    TierCuts, WeightedPyramid,
};
use super::shares::{ListMoney, ListSplits};
use super::targets::{self, Targets};
use super::tiers::{
    self, BaseMetrics, Cut, DroppedIndicator, ScorecardResult, Segmentation, TierError, Tiering,
};
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

/// Something the user should know about the data or the settings; the analysis still ran.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// A setting could not be used; its default was used instead.
    SettingReplaced {
        /// Setting name.
        setting: &'static str,
        /// Value given, as text (it may not be a number).
        given: String,
        /// Value used.
        used: f64,
    },
    /// Customers without a usable revenue: not rated by revenue or profit; their costs still
    /// count in the totals.
    RevenueMissing {
        /// Count.
        count: usize,
    },
    /// Customers whose revenue, purchases and order value disagree.
    RevenueDisagrees {
        /// Count.
        count: usize,
    },
    /// Customers whose revenue is above their whole category spend: their share of wallet is
    /// above 100 % (kept, not capped); one of the two figures is wrong.
    SpendBelowRevenue {
        /// Count.
        count: usize,
    },
    /// Customers without a usable margin, counted at 100 %.
    MarginAssumed {
        /// Count.
        count: usize,
    },
    /// Ids used more than once (rankings then depend on list order for them).
    DuplicateIds {
        /// Entries sharing an id with an earlier one, count.
        count: usize,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::SettingReplaced { setting, given, used } => write!(
                f,
                "The setting \"{setting}\" cannot be {given}; {used} was used instead."
            ),
            Warning::RevenueMissing { count } => write!(
                f,
                "{count} customers have no revenue: they are not rated by revenue or profit (no rank, tier or Pareto place); only their costs count in the totals."
            ),
            Warning::RevenueDisagrees { count } => write!(
                f,
                "For {count} customers the revenue does not equal purchases × order value; the revenue given is used."
            ),
            Warning::SpendBelowRevenue { count } => write!(
                f,
                "For {count} customers the revenue is above their whole spend in the category; their share of wallet is above 100 %."
            ),
            Warning::MarginAssumed { count } => write!(
                f,
                "{count} customers have no gross margin; 100 % is assumed for them."
            ),
            Warning::DuplicateIds { count } => write!(
                f,
                "{count} entries repeat an id already used; give every entry its own id."
            ),
        }
    }
}

/// Every figure of one customer. Money per year unless stated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CustomerResult {
    /// Position in the input list.
    pub input_index: usize,
    /// Profit and its inputs.
    pub profit: Profit,
    /// Whether revenue, purchases and order value disagree.
    pub revenue_disagrees: bool,
    /// Relationship value, money per year: (explicit + implicit value) − (explicit + implicit
    /// cost). Its parts are [`relationship::relationship_value`] of the customer and `profit`
    /// (made when asked rather than held in each of 100,000 rows).
    pub relationship_value: f64,
    /// Relationship score, −1 to 1.
    pub relationship_score: f64,
    /// Individual LTV, money (discounted per the settings).
    pub ltv: f64,
    /// Lifetime profit = (base + cross-sell profit + cost savings + referral value) −
    /// (acquisition cost + price discounts + negative-referral damage), money (undiscounted).
    pub lifetime_profit: LifetimeProfit,
    /// Rank by revenue, 1 = largest; `None` when the revenue is unknown (not rated).
    pub revenue_rank: Option<usize>,
    /// Rank by profit, 1 = largest; `None` when the revenue is unknown (not rated).
    pub profit_rank: Option<usize>,
    /// Pyramid band (0 = large potential); `None` when the pyramid could not be built or the
    /// customer has no score for its basis (not rated).
    pub tier: Option<usize>,
    /// Rating band (0 = best); `None` when ratings could not be built or the customer is not
    /// rated.
    pub rating: Option<usize>,
    /// Final scorecard score, 0–100 (`None` when not rated).
    pub scorecard: Option<f64>,
    /// ICP fit, 0–100.
    pub fit: Option<f64>,
    /// Among the capacity-limited targets.
    pub target: bool,
    /// Revenue share at or above the concentration threshold.
    pub concentration_risk: bool,
    /// LTV segment of the retention plan; `None` when the revenue is unknown (not rated).
    pub ltv_segment: Option<LtvSegment>,
    // The customer's side (delivered value; share of wallet and profit growth are made when
    // asked: `wallet_in`, `Analysis::profit_growth`)
    /// Delivered value to the customer and whether it marks a churn risk, in the unit of
    /// [`Settings::delivered_scale`]; `None` when the customer gives no component (boxed: most
    /// rows have none, and 80 bytes in each of 100,000 rows is memory every pass reads).
    pub delivered: Option<Box<CustomerDelivered>>,
}

impl CustomerResult {
    /// The customer's id in `entries`, the list analysed (empty if it is not that list): rows
    /// hold no copy of it, which 100,000 rows would make and free at every analysis.
    pub fn id_in<'a>(&self, entries: &'a [Customer]) -> &'a str {
        entries.get(self.input_index).map_or("", |c| c.id.as_str())
    }

    /// The customer's share of wallet and room to grow, from its entry in `entries` (the list
    /// analysed); `None` without a revenue or a category spend. Its `above_spend` flags the
    /// category spend field (revenue above the whole wallet).
    pub fn wallet_in(&self, entries: &[Customer]) -> Option<WalletShare> {
        entries
            .get(self.input_index)
            .and_then(delivered::customer_wallet)
    }

    /// The customer's name in `entries`, the list analysed (empty if it is not that list).
    pub fn name_in<'a>(&self, entries: &'a [Customer]) -> &'a str {
        entries
            .get(self.input_index)
            .map_or("", |c| c.name.as_str())
    }

    /// A row with the customer's money figures; the stages after them fill in the rest.
    fn with_money(
        input_index: usize,
        profit: Profit,
        relationship_value: f64,
        ltv: f64,
        lifetime_profit: LifetimeProfit,
    ) -> CustomerResult {
        CustomerResult {
            input_index,
            profit,
            revenue_disagrees: false,
            relationship_value,
            relationship_score: 0.0,
            ltv,
            lifetime_profit,
            revenue_rank: None,
            profit_rank: None,
            tier: None,
            rating: None,
            scorecard: None,
            fit: None,
            target: false,
            concentration_risk: false,
            ltv_segment: None,
            delivered: None,
        }
    }
}

// The stages read a row's money figures where it stands, rather than from columns of their own.
impl AsRef<Profit> for CustomerResult {
    fn as_ref(&self) -> &Profit {
        &self.profit
    }
}

/// A weighted pyramid's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeightedPyramidResult {
    /// Its name.
    pub name: String,
    /// Its three tiers on the composite; `tiering.assignment` is each customer's band.
    pub tiering: Tiering,
    /// Composite per customer, 0–1, indexed like [`Analysis::customers`]; `None` for a
    /// customer with none of its indicators. A column here rather than a vector in every row:
    /// 100,000 rows' own vectors cost their headers and allocations for a few numbers each.
    pub composites: Vec<Option<f64>>,
    /// Indicators left out (nobody has them, or they do not vary); their weight is shared.
    pub dropped: Vec<DroppedIndicator>,
    /// Customers scored on only some of the indicators kept, in list order.
    pub partial: Vec<usize>,
}

/// The scorecard with its ratings-ready scores.
pub type ScorecardOutcome = Result<ScorecardResult, TierError>;

/// Everything the page shows for one list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Settings as used, after replacing unusable numbers.
    pub settings_used: Settings,
    /// Data and settings warnings.
    pub warnings: Vec<Warning>,
    /// Customers analysed (entries with status customer), count.
    pub customer_count: usize,
    /// Prospects, count.
    pub prospect_count: usize,
    /// Per customer, sorted by id; every index elsewhere in the analysis points into this.
    pub customers: Vec<CustomerResult>,
    /// Totals: revenue, profit, relationship value (money per year), LTV (money).
    pub totals: Totals,
    /// Acquisition cost: average CAC (spend ÷ new customers, money per customer) and CAC per
    /// channel.
    pub acquisition: AcquisitionSummary,
    /// Cost to serve: yearly service cost ÷ customers served, money per customer per year, and
    /// how it is handed out.
    pub service_cost: ServiceCostSummary,
    /// Capacity-limited targets: the best customers with a positive relationship value, as
    /// many as the company can serve.
    pub targets: Targets,
    /// 80/20 analysis of revenue.
    pub revenue_pareto: Pareto,
    /// 80/20 analysis of profit (shares of the positive profits).
    pub profit_pareto: Pareto,
    /// Concentration risk: customers at or above the revenue-share threshold, HHI.
    pub concentration: Concentration,
    /// The three-tier value pyramid.
    pub pyramid: Result<Tiering, TierError>,
    /// Ratings (A–D, 1–5 or 1–10).
    pub rating: Result<Tiering, TierError>,
    /// Single-indicator segmentation.
    pub segmentation: Result<Segmentation, TierError>,
    /// Weighted pyramids, in settings order.
    pub weighted_pyramids: Vec<Result<WeightedPyramidResult, TierError>>,
    /// The scorecard (final score 0–100).
    pub scorecard: ScorecardOutcome,
    /// Profile of each pyramid tier (empty when the pyramid failed).
    pub tier_profiles: Vec<TierProfile>,
    /// Bottom-tier review: its profile and the suggestion to stop spending on it.
    pub bottom_tier: Option<BottomTierReview>,
    /// Customers with negative profit, most negative first (those without a revenue are
    /// not rated, so not among them).
    pub negative_profit: Vec<usize>,
    /// Migration plan on the pyramid: customers just below a cut point and what each must
    /// gain to move up.
    pub migration: Vec<MigrationCandidate>,
    /// Why ideal-customer fit scores are missing, if they are.
    pub icp_error: Option<IcpError>,
    /// Market reality of the ideal customer profile: addressable customers = market size ×
    /// share matching (when a market size is entered).
    pub market_check: Option<MarketCheck>,
    /// Customers, prospects, revenue and profit per market type.
    pub markets: Vec<MarketRow>,
    /// The list's churn in force (measured from the former customers when the list measures
    /// it, else the typed-in rate: see `churn_in_force`) and its consequences: group lifetime =
    /// 1 ÷ churn, customers to win each year = churn × base.
    pub churn: ChurnSummary,
    /// Comparison with the benchmark churn, when set.
    pub churn_comparison: Option<ChurnComparison>,
    /// Churn measured from the list's former customers, overall and per market type,
    /// channel and size band.
    pub measured_churn: MeasuredChurn,
    /// The churn the lifetimes use: the list's and each segment's, with where it came from
    /// (measured segment, measured overall, typed segment, typed); each customer's is in its
    /// lifetime view.
    pub churn_in_force: ChurnInForce,
    /// Keeping against replacing: cost per retained customer, cost of churn and of
    /// replacing the customers lost.
    pub keeping: Keeping,
    /// Customers and annual profit per lifecycle stage (an inverted U when healthy).
    pub stages: Vec<StageRow>,
    /// The list's figures for the lifetime calculators and the cohort table, or why there are none.
    pub list_figures: Result<ListFigures, NoListFigures>,
    /// Retention budget by LTV segment.
    pub retention: RetentionPlan,
    /// Qualified prospects ranked by likeness to the top tier and ideal-customer fit.
    pub prospects: ProspectList,
    // The customer's side (delivered value, share of wallet, the seed's checks), growth
    /// Delivered value over the list: churn risks, their profit, high profit resting
    /// on low delivered value, averages per market type.
    pub delivered: DeliveredSummary,
    /// Share of wallet over the list: revenue-weighted share and total room to grow.
    pub wallet: WalletSummary,
    /// The seed's checks: the shape of profit over the lifecycle stages, and where
    /// profit per customer peaks by size band and by revenue quartile.
    pub seed_checks: SeedChecks,
    /// What an edit of a few customers takes on instead of working it out again
    /// ([`reanalyse_changed`]).
    #[serde(skip)]
    kept: Kept,
}

/// What an [`Analysis`] keeps for the next one besides what it shows. It says nothing about
/// the list, so two analyses are equal whatever they keep.
#[derive(Clone, Default)]
struct Kept {
    /// Input positions of the customers in the canonical order (the rows' `input_index`):
    /// read here, an edit finds its customers without a pass over 100,000 rows.
    order: Vec<usize>,
    /// Their ids, in the same order: an edit tells whether it changed a customer's id.
    ids: IdsInOrder,
    /// The rankings of the customers made on the way (after a change of the pyramid's cuts,
    /// those the earlier analysis kept, the ones the pyramid's stage asked for put back in
    /// place). Each holds the scores it ranks and is used again only for scores that differ in
    /// few places, so it is never out of date, only unused.
    rankings: Vec<Ranking>,
    /// Per customer (canonical order), the money figures the rows do not hold.
    ltvs_before_acquisition: Vec<f64>,
    lifetime_inputs: LifetimeInputs,
    /// The indicator columns read from the customers' own entries (named indicators,
    /// purchases, order value, size, age); the others are read again anyway.
    columns: Option<tiers::IndicatorColumns>,
    /// The customers' attribute values the profiles counted.
    attributes: Option<profiles::CustomerAttributes>,
    /// The scales each weighted pyramid's composite was made with (settings order; `None`
    /// where the pyramid has no result), and the scorecard's.
    composite_scales: Vec<Option<tiers::CompositeScales>>,
    scorecard_scales: Option<tiers::ScorecardScales>,
    /// The scales of the columns those weigh, and who holds their ends.
    composite_ends: tiers::ScaleEnds,
    /// The scales the relationship scores were made with, and per customer whether it holds
    /// an end of one.
    relationship_scales: Option<(relationship::ScoreScales, Vec<bool>)>,
}

/// Ids as one text and where each ends: the rows do not each hold a copy of the customer's id
/// (100,000 strings made and freed by every analysis), yet an edit still finds what the id was.
#[derive(Clone, Default)]
struct IdsInOrder {
    text: String,
    ends: Vec<usize>,
}

impl IdsInOrder {
    fn new(ids: &[&str]) -> IdsInOrder {
        let mut text = String::with_capacity(ids.iter().map(|id| id.len()).sum());
        let ends = ids
            .iter()
            .map(|id| {
                text.push_str(id);
                text.len()
            })
            .collect();
        IdsInOrder { text, ends }
    }

    fn get(&self, k: usize) -> Option<&str> {
        let end = *self.ends.get(k)?;
        let start = k.checked_sub(1).map_or(0, |j| self.ends[j]);
        self.text.get(start..end)
    }
}

impl PartialEq for Kept {
    fn eq(&self, _: &Kept) -> bool {
        true
    }
}

// Columns of 100,000 figures in a debug print would drown whatever else is printed.
impl fmt::Debug for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Kept")
            .field("rankings", &self.rankings)
            .finish_non_exhaustive()
    }
}

/// The cohort lifetime-value table as shown, built from the list's figures or the stored
/// inputs. Kept apart from [`Analysis`] because its inputs are edited often and concern no
/// customer: see [`cohort_view`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CohortView {
    /// The inputs of the table shown (the list's, the example or the user's).
    pub inputs: CohortSettings,
    /// Which figures `inputs` are.
    pub shown: Figures,
    /// Which figures the stored inputs ask for (`shown` differs when the list cannot supply
    /// them).
    pub requested: Figures,
    /// Why the list's figures are not in the table when they were asked for.
    pub missing: Option<NoListFigures>,
    /// Per year, customers, revenue, costs, discounted profit and LTV per customer won
    /// (money).
    pub table: Result<CohortTable, CohortError>,
    /// Final LTV gained per percentage point of extra retention, money per customer won.
    pub retention_gain: Result<RetentionGain, CohortError>,
}

/// The cohort table for the stored inputs and the list's figures (`Analysis::list_figures`).
/// It reads no customer, so the page keeps it in a memo of its own and editing the table
/// does not analyse the list again.
pub fn cohort_view(
    stored: &CohortSettings,
    figures: &Result<ListFigures, NoListFigures>,
) -> CohortView {
    let (inputs, shown, missing) = list_figures::cohort_shown(stored, figures);
    CohortView {
        table: cohort::build(&inputs),
        retention_gain: cohort::retention_gain(&inputs),
        inputs,
        shown,
        requested: stored.requested(),
        missing,
    }
}

/// The settings [`analyse`] reads: all but the cohort table's inputs, which only
/// [`cohort_view`] reads. Two settings with the same `analysed_settings` give the same
/// analysis, so the page analyses again only when these (or the customers) change.
pub fn analysed_settings(settings: &Settings) -> Settings {
    Settings {
        cohort: CohortSettings::default(),
        ..settings.clone()
    }
}

/// List totals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Totals {
    /// Revenue, money per year.
    pub revenue: f64,
    /// Profit, money per year.
    pub profit: f64,
    /// Relationship value, money per year.
    pub relationship_value: f64,
    /// Sum of individual LTVs, money.
    pub ltv: f64,
    /// Customers with negative relationship value, count.
    pub negative_value_customers: usize,
}

/// Replaces unusable numeric settings by their defaults, reporting each replacement.
pub fn sanitise(settings: &Settings) -> (Settings, Vec<Warning>) {
    let d = Settings::default();
    let mut s = settings.clone();
    let mut w = Vec::new();
    let mut fix = |name: &'static str, value: &mut f64, spec: NumberSpec, default: f64| {
        if !spec.contains(*value) {
            w.push(Warning::SettingReplaced {
                setting: name,
                given: value.to_string(),
                used: default,
            });
            *value = default;
        }
    };
    fix(
        "discount rate",
        &mut s.discount_rate,
        numbers::DISCOUNT_RATE,
        d.discount_rate,
    );
    fix(
        "churn rate",
        &mut s.churn_rate,
        numbers::CHURN_RATE,
        d.churn_rate,
    );
    fix(
        "life expectancy",
        &mut s.life_expectancy,
        numbers::LIFE_EXPECTANCY,
        d.life_expectancy,
    );
    fix(
        "longest lifetime",
        &mut s.max_lifetime_years,
        numbers::MAX_LIFETIME,
        d.max_lifetime_years,
    );
    fix(
        "concentration threshold",
        &mut s.concentration_threshold,
        numbers::TOP_SHARE,
        d.concentration_threshold,
    );
    fix(
        "hourly rate",
        &mut s.hourly_rate,
        numbers::HOURLY_RATE,
        d.hourly_rate,
    );
    fix(
        "top share",
        &mut s.pareto_top_share,
        numbers::TOP_SHARE,
        d.pareto_top_share,
    );
    fix(
        "value share",
        &mut s.pareto_value_share,
        numbers::TOP_SHARE,
        d.pareto_value_share,
    );
    fix(
        "retention budget",
        &mut s.retention_budget,
        numbers::RETENTION_BUDGET,
        0.0,
    );
    fix(
        "fit threshold",
        &mut s.icp.match_threshold,
        numbers::FIT_THRESHOLD,
        d.icp.match_threshold,
    );
    fix(
        "delivered low share",
        &mut s.delivered_low_share,
        numbers::DELIVERED_LOW_SHARE,
        d.delivered_low_share,
    );
    if let Some(b) = s.benchmark_churn_rate {
        if !numbers::CHURN_RATE.contains(b) {
            w.push(Warning::SettingReplaced {
                setting: "benchmark churn rate",
                given: b.to_string(),
                used: 0.0,
            });
            s.benchmark_churn_rate = None;
        }
    }
    let bad: Vec<_> = s
        .segment_churn
        .iter()
        .filter(|(_, v)| !numbers::CHURN_RATE.contains(**v))
        .map(|(k, v)| (*k, *v))
        .collect();
    for (k, v) in bad {
        w.push(Warning::SettingReplaced {
            setting: "segment churn rate",
            given: v.to_string(),
            used: s.churn_rate,
        });
        s.segment_churn.remove(&k);
    }
    // The churn year, sales closed and the cost-to-serve benchmark: optional numbers that cannot be used are dropped
    // (the year measured falls back to the latest loss, the others to "not given").
    let mut optional = |name: &'static str, value: Option<f64>, spec: NumberSpec| {
        let bad = value.is_some_and(|v| !spec.contains(v));
        if let (true, Some(v)) = (bad, value) {
            w.push(Warning::SettingReplaced {
                setting: name,
                given: v.to_string(),
                used: 0.0,
            });
        }
        bad
    };
    if optional(
        "churn year",
        s.churn_year.map(f64::from),
        numbers::ANALYSIS_YEAR,
    ) {
        s.churn_year = None;
    }
    if optional(
        "sales closed",
        s.sales_closed.map(|v| v as f64),
        numbers::CUSTOMER_COUNT,
    ) {
        s.sales_closed = None;
    }
    if optional(
        "service cost benchmark",
        s.service_cost_benchmark,
        numbers::LINE_AMOUNT,
    ) {
        s.service_cost_benchmark = None;
    }
    if !numbers::CUSTOMER_COUNT.contains(s.churn_min_at_start as f64) {
        w.push(Warning::SettingReplaced {
            setting: "churn minimum at start",
            given: s.churn_min_at_start.to_string(),
            used: d.churn_min_at_start as f64,
        });
        s.churn_min_at_start = d.churn_min_at_start;
    }
    // A growth of −100 % or less would make later profits vanish or change sign; such a
    // stage grows 0 (as a stage not listed does).
    let bad: Vec<_> = s
        .stage_growth
        .iter()
        .filter(|(_, v)| !numbers::PROFIT_GROWTH.contains(**v))
        .map(|(k, v)| (*k, *v))
        .collect();
    for (k, v) in bad {
        w.push(Warning::SettingReplaced {
            setting: "stage growth",
            given: v.to_string(),
            used: 0.0,
        });
        s.stage_growth.remove(&k);
    }
    (s, w)
}

/// Analyses a list in one pass. `entries` may mix customers and prospects.
pub fn analyse(entries: &[Customer], settings: &Settings) -> Analysis {
    analyse_marked(entries, settings, &mut |_| {})
}

/// [`analyse`], calling `mark` with each stage's name as that stage ends, so a native benchmark
/// can time the stages without the engine reading a clock (there is none in the browser's wasm).
pub fn analyse_marked(
    entries: &[Customer],
    settings: &Settings,
    mark: &mut dyn FnMut(&'static str),
) -> Analysis {
    at_once(analyse_from(entries, settings, &mut going_on(mark), None))
}

/// Where an analysis in steps stands when it calls its step hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A stage ended: its name, as the benchmarks print it.
    Ended(&'static str),
    /// A long stage pauses in its midst (halfway through the pass that reads each customer's
    /// scores and indicators, and after each weighted pyramid).
    Midway,
}

/// What the step hook of [`analyse_in_steps`] hands back as a stage ends: the analysis goes on
/// once it is ready. A page yields to the browser there, so that no task holds it for the
/// whole analysis of a large list.
pub type StepEnd = Pin<Box<dyn Future<Output = ()>>>;

/// How many stages a full analysis has: the step hook of [`analyse_in_steps`] is called this
/// many times with [`Step::Ended`], so a page can show how far it has come.
pub const ANALYSIS_STAGES: usize = 15;

/// [`analyse`] in steps: `step` is called as each of the [`ANALYSIS_STAGES`] stages ends and
/// where a long stage pauses, and the analysis goes on when the future it returns is ready.
/// Dropping the returned future between two steps abandons the analysis; nothing else is
/// changed by it.
pub async fn analyse_in_steps(
    entries: &[Customer],
    settings: &Settings,
    step: &mut dyn FnMut(Step) -> StepEnd,
) -> Analysis {
    analyse_from(entries, settings, step, None).await
}

/// A step hook that calls `mark` as each stage ends and goes straight on.
fn going_on(mark: &mut dyn FnMut(&'static str)) -> impl FnMut(Step) -> StepEnd + use<'_> {
    move |step| {
        if let Step::Ended(stage) = step {
            mark(stage);
        }
        Box::pin(std::future::ready(()))
    }
}

/// The output of an analysis whose steps never wait (see [`going_on`]): it is ready at its first
/// poll, so no executor is needed.
fn at_once<T>(work: impl Future<Output = T>) -> T {
    let mut work = pin!(work);
    match work.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(done) => done,
        Poll::Pending => unreachable!("an analysis whose steps never wait is done at once"),
    }
}

/// What an analysis of an earlier state of the list hands the next one when no edit changed a
/// customer's id or status: the customers' order by id, the rankings it made, the named
/// indicators' columns, its result rows and the money figures they hold.
struct Earlier {
    /// Input positions of the customers in the canonical order.
    idx: Vec<usize>,
    /// Their ids (unchanged by the edit).
    ids: IdsInOrder,
    /// Entries sharing an id with an earlier one, count.
    duplicates: usize,
    rankings: Vec<Ranking>,
    columns: Option<tiers::IndicatorColumns>,
    attributes: Option<profiles::CustomerAttributes>,
    /// Per customer, whether it was edited.
    edited: Vec<bool>,
    /// The earlier result rows, filled in again where their figures changed.
    rows: Vec<CustomerResult>,
    money: EarlierMoney,
    scores: EarlierScores,
    prospects: prospects::EarlierProspects,
}

/// The weighted pyramids and the scorecard of an earlier analysis with the scales they were
/// made with: while the scales stay the same, only the customers whose indicators changed are
/// scored again.
struct EarlierScores {
    weighted: Vec<Result<WeightedPyramidResult, TierError>>,
    composite_scales: Vec<Option<tiers::CompositeScales>>,
    scorecard: ScorecardOutcome,
    scorecard_scales: Option<tiers::ScorecardScales>,
    composite_ends: tiers::ScaleEnds,
    relationship_scales: Option<(relationship::ScoreScales, Vec<bool>)>,
}

/// The per-customer money figures of an earlier analysis and what they were computed from:
/// the settings they read (see `money_settings`) and the allocations of acquisition and
/// service cost (which an edit of one customer's costs, channel or date can move for every
/// other). When those are the same, the customers not edited keep their figures.
struct EarlierMoney {
    settings: Settings,
    acquisition: AcquisitionSummary,
    service_cost: ServiceCostSummary,
    /// The churn the lifetimes used: the former customers feed it, so an edit of one of
    /// them can move every customer's lifetime.
    churn_in_force: ChurnInForce,
    ltvs_before_acquisition: Vec<f64>,
    lifetime_inputs: LifetimeInputs,
}

/// [`LifetimeInputs`] read in order.
struct InputsInOrder<'a> {
    base: &'a [f64],
    fuller: std::iter::Peekable<std::slice::Iter<'a, (usize, LifetimeProfitInput)>>,
}

impl InputsInOrder<'_> {
    /// Customer `i`'s input, given its acquisition cost: every customer is read, in order.
    fn input(&mut self, i: usize, acquisition_cost: f64) -> LifetimeProfitInput {
        match self.fuller.next_if(|(j, _)| *j == i) {
            Some(&(_, input)) => input,
            None => LifetimeInputs::plain(self.base[i], acquisition_cost),
        }
    }
}

/// The inputs of each customer's lifetime profit (canonical order), as the list's figures sum
/// them: each one's base profit, and the whole input of the customers whose entries give more
/// (cross-sell profit, savings, referrals, discounts), which few lists have. 8 bytes a
/// customer where the whole input is 56, without reading every customer's entries again.
#[derive(Clone, Default)]
struct LifetimeInputs {
    base: Vec<f64>,
    /// (position, input), by position.
    fuller: Vec<(usize, LifetimeProfitInput)>,
}

impl LifetimeInputs {
    fn with_capacity(n: usize) -> LifetimeInputs {
        LifetimeInputs {
            base: Vec::with_capacity(n),
            fuller: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.base.len()
    }

    /// The input of a customer whose entry gives nothing more than its base profit and its
    /// acquisition cost.
    fn plain(base_profit: f64, acquisition_cost: f64) -> LifetimeProfitInput {
        LifetimeProfitInput {
            base_profit,
            acquisition_cost,
            ..LifetimeProfitInput::default()
        }
    }

    /// Whether `input` is [`Self::plain`], bit for bit (a part of `-0.0` is not plain: a sum
    /// over the list would keep its sign).
    fn is_plain(input: &LifetimeProfitInput) -> bool {
        let bits = |i: &LifetimeProfitInput| {
            [
                i.cross_sell_profit,
                i.cost_savings,
                i.referral_value,
                i.price_discounts,
                i.negative_referral_damage,
            ]
            .map(f64::to_bits)
        };
        bits(input) == bits(&LifetimeProfitInput::default())
    }

    /// Adds the next customer's input.
    fn push(&mut self, input: LifetimeProfitInput) {
        if !Self::is_plain(&input) {
            self.fuller.push((self.base.len(), input));
        }
        self.base.push(input.base_profit);
    }

    /// Puts customer `k`'s input in place of the one held.
    fn set(&mut self, k: usize, input: LifetimeProfitInput) {
        self.base[k] = input.base_profit;
        match (
            self.fuller.binary_search_by_key(&k, |(j, _)| *j),
            Self::is_plain(&input),
        ) {
            (Ok(at), false) => self.fuller[at].1 = input,
            (Ok(at), true) => {
                self.fuller.remove(at);
            }
            (Err(at), false) => self.fuller.insert(at, (k, input)),
            (Err(_), true) => {}
        }
    }

    /// The inputs read in order, customer after customer.
    fn in_order(&self) -> InputsInOrder<'_> {
        InputsInOrder {
            base: &self.base,
            fuller: self.fuller.iter().peekable(),
        }
    }

    /// The bytes held (capacity counted).
    fn heap_bytes(&self) -> usize {
        self.base.capacity() * size_of::<f64>()
            + self.fuller.capacity() * size_of::<(usize, LifetimeProfitInput)>()
    }
}

/// Debug text compares numbers bit for bit where `==` would take `-0.0` for `0.0`, and the
/// settings and summaries are small.
fn same_debug<T: fmt::Debug>(a: &T, b: &T) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

/// An acquisition summary without what [`AcquisitionSummary::attach_ltv`] adds, which no
/// customer's figures read.
fn before_ltv(a: &AcquisitionSummary) -> AcquisitionSummary {
    let mut a = a.clone();
    a.average_ltv = None;
    a.ltv_to_cac = None;
    for c in &mut a.channels {
        c.average_ltv = None;
        c.ltv_to_cac = None;
    }
    a
}

/// [`analyse_in_steps`], taking the canonical order and the rankings to move customers in from
/// `earlier` when given.
async fn analyse_from(
    entries: &[Customer],
    settings: &Settings,
    step: &mut dyn FnMut(Step) -> StepEnd,
    mut earlier: Option<Earlier>,
) -> Analysis {
    let (s, mut warnings) = sanitise(settings);
    let d = DiscountRate::new(s.discount_rate).unwrap_or(DiscountRate::ZERO);
    let earlier_prospects = earlier.as_mut().map(|e| std::mem::take(&mut e.prospects));

    // The result rows are made (or, after an edit, taken from the earlier analysis) with the
    // per-customer money figures, and the later stages fill in the rest: the figures are never
    // held twice, in a column and in the rows, nor the earlier rows beside new ones.
    let (
        (idx, earlier_ids),
        duplicates,
        earlier_rankings,
        earlier_columns,
        earlier_edited,
        mut rows,
        earlier_money,
    ) = match earlier {
        Some(e) => (
            (e.idx, Some(e.ids)),
            e.duplicates,
            e.rankings,
            (e.columns, e.attributes),
            Some(e.edited),
            e.rows,
            Some((e.money, e.scores)),
        ),
        None => {
            let (idx, duplicates) = order_by_id(entries);
            (
                (idx, None),
                duplicates,
                Vec::new(),
                (None, None),
                None,
                Vec::new(),
                None,
            )
        }
    };
    let (earlier_money, mut earlier_scores) = earlier_money.unzip();
    let (earlier_columns, earlier_attributes) = earlier_columns;
    // One read of each entry for both.
    let (custs, ids): (Vec<&Customer>, Vec<&str>) = idx
        .iter()
        .map(|&i| (&entries[i], entries[i].id.as_str()))
        .unzip();
    let n = custs.len();
    let ids_in_order = earlier_ids.unwrap_or_else(|| IdsInOrder::new(&ids));
    step(Step::Ended("order by id")).await;

    let mut acq = acquisition::summarise(entries, &s);
    let svc = service_cost::summarise(entries, &s);
    let avg_service = svc.share;
    // Measured once for the list: every customer's lifetime reads the table.
    let measured = measured_churn::measure(entries, &s);
    let churn_force = ChurnInForce::new(&measured, &s);
    let mut earlier_money = earlier_money.filter(|e| {
        same_debug(&money_settings(&e.settings), &money_settings(&s))
            && same_debug(&before_ltv(&e.acquisition), &before_ltv(&acq))
            && same_debug(&e.service_cost, &svc)
            && same_debug(&e.churn_in_force, &churn_force)
    });
    step(Step::Ended("acquisition and service cost")).await;

    // Per-customer money figures, into the rows.
    rows.reserve_exact(n.saturating_sub(rows.len()));
    // LTV of the same years before acquisition cost: what LTV : CAC divides (dividing an LTV
    // that already had CAC taken off would count it twice) and a prospect's expected value,
    // against which its own CAC is set once.
    // While the rows not edited keep their figures, the earlier columns are taken and the
    // edited rows' places written over, rather than copied beside the earlier ones.
    let kept_money = earlier_edited.as_deref().filter(|_| {
        earlier_money
            .as_ref()
            .is_some_and(|e| e.lifetime_inputs.len() == n && e.ltvs_before_acquisition.len() == n)
    });
    let (mut ltvs_before_acquisition, mut lifetime_inputs) =
        match (kept_money, earlier_money.as_mut()) {
            (Some(_), Some(e)) => (
                std::mem::take(&mut e.ltvs_before_acquisition),
                std::mem::take(&mut e.lifetime_inputs),
            ),
            _ => (Vec::with_capacity(n), LifetimeInputs::with_capacity(n)),
        };
    for (k, c) in custs.iter().enumerate() {
        if kept_money.is_some_and(|edited| !edited[k]) {
            // The row keeps its figures.
            continue;
        }
        let (remaining, _) = relationship::remaining_lifetime(c, &s, &churn_force);
        let years = remaining.capped(s.max_lifetime_years);
        let p = profit::customer_profit(c, &s, avg_service, &acq, years);
        let rv = relationship::relationship_value(c, &p, s.hourly_rate);
        let growth = profit::profit_growth(c, &s);
        let (before, l) = profit::lifetime_values(&p, years, growth, d, s.discount_convention);
        let recurring = p.gross_profit - p.service_cost;
        let lp_input = lifecycle::input_for(c, recurring * years, p.acquisition_cost);
        let lp = lifecycle::lifetime_profit(&lp_input);
        if kept_money.is_some() {
            lifetime_inputs.set(k, lp_input);
            ltvs_before_acquisition[k] = before;
        } else {
            lifetime_inputs.push(lp_input);
            ltvs_before_acquisition.push(before);
        }
        let row = match rows.get_mut(k) {
            Some(row) => {
                row.profit = p;
                row.relationship_value = rv.value;
                row.ltv = l;
                row.lifetime_profit = lp;
                row
            }
            None => {
                rows.push(CustomerResult::with_money(idx[k], p, rv.value, l, lp));
                rows.last_mut().expect("the row just made")
            }
        };
        // The customer's side (delivered value, share of wallet) reads the entry and the
        // settings alone, so it is kept and redone with the money figures.
        row.delivered = delivered::customer_delivered(
            delivered::delivered_of(c, &s),
            s.delivered_scale,
            s.delivered_low_share,
        )
        .map(Box::new);
    }
    step(Step::Ended("per-customer money")).await;
    let weights = relationship::normalised_weights(s.weights, s.company_stage);
    // The earlier scales and which customers held an end of one, while the customers not
    // edited keep their money figures (and so their normalised values).
    let earlier_relationship = match (&earlier_money, &earlier_edited) {
        (Some(_), Some(edited)) => earlier_scores
            .as_mut()
            .and_then(|e| e.relationship_scales.take())
            .filter(|(_, ends)| ends.len() == n)
            .map(|(k, ends)| (&edited[..], k, ends)),
        _ => None,
    };
    // When no edited customer held an end of a scale, nor holds one now, a scan of the list
    // would give the earlier scales again, bit for bit: it is spared.
    let parts =
        |i: usize| relationship::relationship_value(custs[i], &rows[i].profit, s.hourly_rate);
    let unmoved = earlier_relationship.as_ref().and_then(|(edited, k, ends)| {
        let inside = (0..n)
            .filter(|&i| edited[i])
            .all(|i| !ends[i] && k.strictly_inside(custs[i], &parts(i)));
        (k.with_weights(weights) && inside).then_some(*k)
    });
    let relationship_scales = unmoved
        .unwrap_or_else(|| relationship::ScoreScales::over(&custs, (0..n).map(parts), weights));
    // A customer not edited, whose money figures were kept, keeps the score its row holds
    // while the scales are the same bit for bit: it is what they give it again.
    let (kept_scores, mut relationship_ends): (Option<&[bool]>, Vec<bool>) =
        match earlier_relationship {
            Some((edited, k, ends)) if k.same_bits(&relationship_scales) => (Some(edited), ends),
            _ => (None, vec![false; n]),
        };
    // The customers whose figures are worked out again: every one, unless the money figures
    // of those not edited were kept (then only the edited ones).
    let redone: Option<Vec<usize>> = match (&earlier_money, &earlier_edited) {
        (Some(_), Some(edited)) => Some((0..n).filter(|&i| edited[i]).collect()),
        _ => None,
    };
    // The earlier composites and scorecard are patched for the edited customers alone (see
    // `changed` below); with none to patch them for (the settings changed, or too many were
    // edited) they are let go now, not held through the pass beside the figures it makes.
    let patch_limit = (n / 8).max(8);
    // The money settings alike, the composites and the scorecard are patched only while their
    // own settings are unchanged too (a new weight scores every customer again).
    let composed_alike = earlier_money.as_ref().is_some_and(|e| {
        same_debug(
            &(&e.settings.weighted_pyramids, &e.settings.scorecard),
            &(&s.weighted_pyramids, &s.scorecard),
        )
    });
    let mut earlier_scores = earlier_scores
        .filter(|_| composed_alike && redone.as_ref().is_some_and(|at| at.len() <= patch_limit));
    // One pass over the rows makes every column the stages read, the indicator columns of the
    // weighted pyramids, the scorecard and segmentation among them (each indicator read once
    // for all of them), from each customer's metrics as they are worked out: the metrics (88
    // bytes a customer) are never held for the whole list.
    let earlier_columns = earlier_columns.filter(|_| earlier_edited.is_some());
    let mut columns = tiers::ColumnsBuilder::new(wanted_indicators(&s), n, earlier_columns);
    let mut revenue = Vec::with_capacity(n);
    let mut profit_v = Vec::with_capacity(n);
    let mut service = Vec::with_capacity(n);
    let mut rated: Vec<bool> = Vec::with_capacity(n);
    // The list's figures for the calculators read the same rows: summed here, in list order.
    let mut list_sums = list_figures::ListSums::new();
    // The columns' splits, which the tiers, profiles, markets and concentration share out.
    let mut splits = ListSplits::default();
    let (mut missing_revenue, mut disagree, mut margin_assumed) = (0, 0, 0);
    // The few rows with a delivered value or a share of wallet, for their summaries.
    let (mut delivered_at, mut wallet_at) = (Vec::new(), Vec::new());
    let mut inputs_in_order = lifetime_inputs.in_order();
    for (i, row) in rows.iter_mut().enumerate() {
        let edited = earlier_edited.as_ref().is_none_or(|edited| edited[i]);
        let figures_kept = earlier_money.is_some() && !edited;
        let score = match kept_scores {
            Some(e) if !e[i] => row.relationship_score,
            _ => {
                let parts = relationship::relationship_value(custs[i], &row.profit, s.hourly_rate);
                relationship_ends[i] = relationship_scales.at_an_end(custs[i], &parts);
                relationship_scales.score(custs[i], &parts)
            }
        };
        // A row not edited already says whether its entry's revenue disagrees.
        if edited {
            row.revenue_disagrees = custs[i].revenue_disagrees();
        }
        let p = &row.profit;
        list_sums.add(custs[i], p, inputs_in_order.input(i, p.acquisition_cost));
        let known = p.revenue_known;
        rated.push(known);
        missing_revenue += usize::from(!known);
        disagree += usize::from(row.revenue_disagrees);
        margin_assumed += usize::from(!p.margin_known);
        let m = metrics_of(row, score);
        // A fit reads the customer and its own figures (no list-wide score such as the
        // relationship score), so a row whose money figures were kept keeps its fit: read in
        // this pass rather than in one more over 100,000 rows.
        if !figures_kept {
            row.fit = icp::fit(&s.icp.criteria, custs[i], &m).ok();
        }
        columns.add(custs[i], &m, edited);
        if row.delivered.is_some() {
            delivered_at.push(i);
        }
        if delivered::customer_wallet(custs[i]).is_some() {
            wallet_at.push(i);
        }
        revenue.push(p.revenue);
        profit_v.push(p.profit);
        service.push(p.service_cost);
        splits.add(p.revenue, p.profit, p.service_cost);
        row.relationship_score = score;
        // The pass reads every indicator of every customer too: it pauses halfway.
        if i + 1 == n / 2 {
            step(Step::Midway).await;
        }
    }
    acq.attach_ltv(
        custs
            .iter()
            .zip(&ltvs_before_acquisition)
            .map(|(c, l)| (c.channel, *l)),
    );

    if missing_revenue > 0 {
        warnings.push(Warning::RevenueMissing {
            count: missing_revenue,
        });
    }
    if disagree > 0 {
        warnings.push(Warning::RevenueDisagrees { count: disagree });
    }
    if margin_assumed > 0 {
        warnings.push(Warning::MarginAssumed {
            count: margin_assumed,
        });
    }
    if duplicates > 0 {
        warnings.push(Warning::DuplicateIds { count: duplicates });
    }
    step(Step::Ended("scores and metrics")).await;

    // Rankings: a customer without a revenue has neither a revenue nor a profit to rank (its
    // costs alone would make it the worst), so it is not rated and comes after the rated ones.
    // Later stages ranking the same scores (the pyramid and ratings on profit, segmentation by
    // revenue) take these orders instead of sorting again.
    let mut rankings = Rankings::after(&ids, earlier_rankings);
    // The rated scores are made from the rows where a stage reads them, and let go after:
    // held from the pass to the last stage, these and the other columns made the peak of
    // an edit's analysis (WebAssembly memory, once grown, is never given back).
    let revenue_scores = rated_scores(&rows, |r| r.profit.revenue);
    let profit_scores = rated_scores(&rows, |r| r.profit.profit);
    let revenue_order = rankings.rank(&revenue_scores, false).to_vec();
    let profit_order = rankings.rank(&profit_scores, false).to_vec();
    // The ranks are read by the rows alone (and the seed checks, from them): put there now
    // rather than held as columns through every later stage (the columns held at once make
    // the analysis's peak).
    for (r, &i) in revenue_order.iter().enumerate() {
        rows[i].revenue_rank = revenue_scores[i].map(|_| r + 1);
    }
    for (r, &i) in profit_order.iter().enumerate() {
        rows[i].profit_rank = profit_scores[i].map(|_| r + 1);
    }
    drop((revenue_scores, profit_scores));
    step(Step::Ended("revenue and profit ranks")).await;

    let (revenue_pareto, profit_pareto, concentration) = shares_stage(
        &Ranked {
            revenue_order: &revenue_order,
            profit_order: &profit_order,
            revenue: &revenue,
            profit: &profit_v,
            service: &service,
            rated: &rated,
            splits: &splits,
        },
        &s,
    );
    drop(revenue_order);
    step(Step::Ended("pareto and concentration")).await;

    // Targets.
    let targets = targets_stage(&rows, &mut rankings, &s);
    step(Step::Ended("targets")).await;

    // Weighted pyramids and scorecard.
    let money = tiers::MoneyColumns::with_splits(&revenue, &profit_v, &splits);
    let names: Vec<String> = s.weighted_pyramids.iter().map(|p| p.name.clone()).collect();
    // Each indicator is read once for all of them and segmentation.
    let columns = columns.finish();
    // With the settings and the money figures kept from the earlier rows, every indicator of
    // a customer not edited (read from its entry or from those figures) is the one the earlier
    // composites read, bit for bit: those are patched for the edited customers alone, unless
    // they are more than an eighth of the list, which a full pass serves better.
    let changed: Option<&Vec<usize>> = redone.as_ref().filter(|at| at.len() <= patch_limit);
    // Whether the edit leaves every composite's and the scorecard's scales as they were (see
    // `tiers::ScaleEnds`): then they are taken over, and the ends found for them kept.
    let (scales_hold, held_ends) = match (&mut earlier_scores, changed) {
        (Some(e), Some(changed)) => {
            let hold = e.composite_ends.keep_through(
                &s.weighted_pyramids,
                &s.scorecard,
                &columns,
                &e.composite_scales,
                e.scorecard_scales.as_ref(),
                changed,
            );
            (hold, hold.then(|| std::mem::take(&mut e.composite_ends)))
        }
        _ => (false, None),
    };
    let (mut earlier_composites, earlier_scorecard) = match earlier_scores {
        Some(e) => {
            let composites: Vec<_> = e
                .weighted
                .into_iter()
                .zip(e.composite_scales)
                .map(|(r, scales)| match (r, scales) {
                    (Ok(r), Some(scales)) => Some((
                        tiers::Composite {
                            scores: r.composites,
                            dropped: r.dropped,
                            partial: r.partial,
                        },
                        scales,
                    )),
                    _ => None,
                })
                .collect();
            (composites, Some((e.scorecard, e.scorecard_scales)))
        }
        None => (Vec::new(), None),
    };
    let mut composite_scales = Vec::with_capacity(s.weighted_pyramids.len());
    // The composites of pyramids that could not be tiered (their cuts are wrong) are still
    // a basis for the pyramid and the ratings; the others are in their results.
    let mut untiered: Vec<Untiered> = Vec::new();
    let mut weigh = |k: usize, wp: &WeightedPyramid| {
        let cols: Vec<&PackedScores> = wp
            .components
            .iter()
            .map(|c| columns.column(&c.indicator))
            .collect();
        let earlier = earlier_composites.get_mut(k).and_then(Option::take);
        let made = match (earlier, &changed) {
            (Some((comp, scales)), Some(changed)) => tiers::composite_after(
                &wp.components,
                &cols,
                n,
                comp,
                &scales,
                changed,
                scales_hold,
            ),
            _ => tiers::composite_scaled(&wp.components, &cols, n),
        };
        let (comp, scales) = match made {
            Ok(made) => made,
            Err(e) => {
                composite_scales.push(None);
                untiered.push(Some(Err(e.clone())));
                return Err(e);
            }
        };
        let tiering = tiers::tiering_ranked(
            &comp.scores,
            &mut rankings,
            tiers::pyramid_labels(),
            tier_cut(&wp.cuts),
            format!("composite \"{}\"", wp.name),
            &money,
        );
        match tiering {
            Ok(tiering) => {
                composite_scales.push(Some(scales));
                untiered.push(None);
                Ok(WeightedPyramidResult {
                    name: wp.name.clone(),
                    tiering,
                    composites: comp.scores,
                    dropped: comp.dropped,
                    partial: comp.partial,
                })
            }
            Err(e) => {
                composite_scales.push(None);
                untiered.push(Some(Ok(comp.scores)));
                Err(e)
            }
        }
    };
    // Each pyramid composes and ranks every customer: an analysis in steps pauses after each.
    let mut weighted: Vec<Result<WeightedPyramidResult, TierError>> =
        Vec::with_capacity(s.weighted_pyramids.len());
    for (k, wp) in s.weighted_pyramids.iter().enumerate() {
        weighted.push(weigh(k, wp));
        step(Step::Midway).await;
    }
    let (scorecard, scorecard_scales) = match (earlier_scorecard, &changed) {
        (Some((Ok(r), Some(scales))), Some(changed)) => {
            tiers::scorecard_after(&s.scorecard, &columns, n, r, &scales, changed, scales_hold)
        }
        _ => tiers::scorecard_scaled(&s.scorecard, &columns, n),
    };
    let composite_ends = held_ends.unwrap_or_else(|| {
        tiers::ScaleEnds::find(
            &s.weighted_pyramids,
            &s.scorecard,
            &columns,
            &composite_scales,
            scorecard_scales.as_ref(),
            n,
        )
    });
    // From here on only segmentation reads the columns (and the next edit those it takes).
    let columns = columns.keeping(s.segmentation.iter().take(3).map(|w| &w.indicator));
    step(Step::Ended("weighted pyramids and scorecard")).await;

    let bases = Bases {
        rows: &rows,
        weighted: &weighted,
        untiered: &untiered,
        scorecard: &scorecard,
    };
    let (pyramid_scores, pyramid) = pyramid_stage(&bases, &mut rankings, &s, &names, &money);
    // Rated on the pyramid's basis (as by default), the rating reads the pyramid's scores
    // rather than a second copy of them.
    let rating_scores = (s.rating.basis != s.pyramid.basis).then(|| bases.scores(s.rating.basis));
    let rating = match &rating_scores {
        Some(own) => own.as_deref(),
        None => pyramid_scores.as_deref(),
    }
    .map_err(Clone::clone)
    .and_then(|sc| {
        let cut = match &s.rating.cuts {
            RatingCuts::DefaultShares => Cut::RankShares(s.rating.scale.default_shares()),
            RatingCuts::RankShares(v) => Cut::RankShares(v.clone()),
            RatingCuts::Thresholds(v) => Cut::Thresholds(v.clone()),
        };
        tiers::tiering_ranked(
            sc,
            &mut rankings,
            s.rating.scale.labels(),
            cut,
            tiers::basis_label(s.rating.basis, &names),
            &money,
        )
    });
    drop(rating_scores);
    let segmentation = segmentation_stage(&s, &columns, &mut rankings, n, &money);
    // Each column goes once its last stage is done, as above.
    let columns = columns.into_named();
    step(Step::Ended("pyramid, rating, segmentation")).await;

    // Profiles, review, migration.
    let earlier_attributes = match (earlier_attributes, &earlier_edited) {
        (Some(a), Some(edited)) => Some((a, &edited[..])),
        _ => None,
    };
    let (tier_profiles, bottom_tier, migration, attributes) = profiles_stage(
        &custs,
        earlier_attributes,
        (&pyramid, &pyramid_scores),
        &mut rankings,
        &ListMoney {
            revenue: &revenue,
            profit: &profit_v,
            service_cost: &service,
            splits,
        },
        &rows,
        &s,
    );
    let negative_profit = losses_in(&profit_order, &profit_v, &rated);
    drop(pyramid_scores);
    drop(service);
    step(Step::Ended("profiles and migration")).await;

    // ICP fit for customers and prospects.
    let icp_probe = icp::fit(&s.icp.criteria, &Customer::default(), &zero_metrics());
    let icp_error = icp_probe.err();
    // The prospects are found, and their fit worked out, once for the market check and
    // their ranking: each look along the entries reads 100,000 customers to find them.
    let prospect_fits = prospect_fits(entries, &s);
    let market_check = market_check_stage(rows.iter().map(|r| r.fit), &prospect_fits, &s);
    let prospects_n = prospect_fits.len();

    let markets = market::breakdown_with_prospects(
        &custs,
        &revenue,
        &profit_v,
        (&splits.revenue, &splits.profit),
        prospect_fits.iter().map(|&(i, _)| &entries[i]),
    );
    step(Step::Ended("icp fit and markets")).await;

    // Churn: the list's in force (measured when the list measures it, else typed).
    let churn_rate = Rate::new(churn_force.list.rate).unwrap_or(Rate::ZERO);
    let churn = churn::summarise(churn_rate, n as f64);
    let churn_comparison = churn_comparison_stage(churn, n, &acq, &s);

    let stages = lifecycle::by_stage(&custs, &profit_v);
    let list_figures = list_sums.figures(n, &s, acq.average_cac.clone().ok(), churn_rate);
    let keeping = keeping::keeping(
        &s.retention_lines,
        keeping::kept_and_lost(&measured, &churn_force, n),
        acq.average_ltv,
        acq.average_cac.clone().ok(),
    );
    let ltv_scores = rated_scores(&rows, |r| r.ltv);
    let retention = retention::plan_ordered(
        &custs,
        &ltv_scores,
        rankings.rank(&ltv_scores, false),
        s.retention_budget,
    );
    drop(ltv_scores);
    step(Step::Ended("churn, stages, cohort, retention")).await;

    // The customer's side, worked out with the money figures: the rows that have one.
    let delivered_summary = delivered::summarise(
        &custs,
        sparse(n, &delivered_at, |i| rows[i].delivered.as_deref()),
        &profit_v,
        &rated,
        &profit_order,
        s.delivered_scale,
    );
    let wallet = delivered::wallet_summary(
        &custs,
        sparse(n, &wallet_at, |i| delivered::customer_wallet(custs[i])),
    );
    if !wallet.above_spend.is_empty() {
        warnings.push(Warning::SpendBelowRevenue {
            count: wallet.above_spend.len(),
        });
    }
    let revenue_ranks = rows.iter().map(|r| r.revenue_rank);
    let seed_checks = seed_checks::seed_checks(&stages, &custs, &profit_v, revenue_ranks);
    step(Step::Ended("delivered value, wallet, seed checks")).await;

    let prospects = prospects_stage(
        entries,
        &prospect_fits,
        (&ltvs_before_acquisition, &pyramid, &tier_profiles),
        &acq,
        earlier_prospects,
    );
    step(Step::Ended("prospects")).await;

    // What the next edit of a few customers starts from (see `reanalyse_changed`).
    let mut kept = Kept {
        order: Vec::new(),
        ids: ids_in_order,
        rankings: rankings.into_made(),
        ltvs_before_acquisition,
        lifetime_inputs,
        columns: Some(columns),
        attributes,
        composite_scales,
        scorecard_scales,
        composite_ends,
        relationship_scales: Some((relationship_scales, relationship_ends)),
    };
    // The last columns only the stages read go before the rows are filled in (each earlier
    // one went after its last stage: the columns held at once make the analysis's peak).
    drop((profit_order, rated));

    let concentrated = marked(n, concentration.flagged.iter().map(|f| f.index));
    let is_target = marked(n, targets.targets.iter().copied());
    // The rows' own totals are summed in the pass that fills them in, in the same order as a
    // sum over the rows, rather than in two more passes over 100,000 rows of half a kilobyte.
    let mut ltv_total: f64 = std::iter::empty::<f64>().sum();
    let mut relationship_total: f64 = std::iter::empty::<f64>().sum();
    let mut negative_value_customers = 0;
    for (i, row) in rows.iter_mut().enumerate() {
        ltv_total += row.ltv;
        relationship_total += row.relationship_value;
        negative_value_customers += usize::from(row.relationship_value < 0.0);
        row.input_index = idx[i];
        row.tier = pyramid.as_ref().ok().and_then(|t| t.assignment[i]);
        row.rating = rating.as_ref().ok().and_then(|t| t.assignment[i]);
        row.scorecard = scorecard.as_ref().ok().and_then(|r| r.scores[i]);
        row.target = is_target[i];
        row.concentration_risk = concentrated[i];
        row.ltv_segment = retention.segment_of[i];
    }
    let customers = rows;
    kept.order = idx;

    let totals = Totals {
        revenue: revenue.iter().sum(),
        profit: profit_v.iter().sum(),
        relationship_value: relationship_total,
        ltv: ltv_total,
        negative_value_customers,
    };
    step(Step::Ended("result rows")).await;

    Analysis {
        settings_used: s,
        warnings,
        customer_count: n,
        prospect_count: prospects_n,
        customers,
        totals,
        acquisition: acq,
        service_cost: svc,
        targets,
        revenue_pareto,
        profit_pareto,
        concentration,
        pyramid,
        rating,
        segmentation,
        weighted_pyramids: weighted,
        scorecard,
        tier_profiles,
        bottom_tier,
        negative_profit,
        migration,
        icp_error,
        market_check,
        markets,
        churn,
        churn_comparison,
        measured_churn: measured,
        churn_in_force: churn_force,
        keeping,
        stages,
        list_figures,
        retention,
        prospects,
        delivered: delivered_summary,
        wallet,
        seed_checks,
        kept,
    }
}

/// For each of `n` positions, `at_position(i)` where `i` is one of the increasing `positions`,
/// else `None`: a column of mostly nothing, read without a pass over 100,000 rows.
fn sparse<'p, T>(
    n: usize,
    positions: &'p [usize],
    at_position: impl Fn(usize) -> Option<T> + 'p,
) -> impl Iterator<Item = Option<T>> + 'p {
    let mut next = positions.iter().copied().peekable();
    (0..n).map(move |i| match next.next_if_eq(&i) {
        Some(i) => at_position(i),
        None => None,
    })
}

/// How many entries of a list are customers and how many prospects, as its analysis counts
/// them ([`Analysis::customer_count`], [`Analysis::prospect_count`]), without analysing it: the
/// page shows them beside the list whatever view is open, and a view that shows no analysis
/// (the customer table being typed in) should not wait for one of 100,000 customers.
pub fn entry_counts(entries: &[Customer]) -> (usize, usize) {
    entries.iter().fold((0, 0), |(customers, prospects), c| {
        (
            customers + usize::from(c.is_current()),
            prospects + usize::from(c.is_prospect()),
        )
    })
}

/// Canonical order: by id, then input position. Returns the input positions of the customers
/// in it and how many entries repeat an id used by an earlier one.
fn order_by_id(entries: &[Customer]) -> (Vec<usize>, usize) {
    // One sort of every entry by (id, position) gives both the customers' order (the entries
    // kept in it) and the repeated ids (equal neighbours); the pairs carry the id, so the sort
    // does not reach into each entry.
    let mut by_id: Vec<(&str, usize)> = entries
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    by_id.sort_unstable();
    let duplicates = by_id.windows(2).filter(|w| w[0].0 == w[1].0).count();
    let idx = by_id
        .iter()
        .map(|&(_, i)| i)
        .filter(|&i| entries[i].status == Status::Customer)
        .collect();
    (idx, duplicates)
}

impl Analysis {
    /// The lifetime view of explicit value of a row of this analysis of `entries`: made when
    /// asked (it is one customer's figures and the churn in force) rather than held in each of
    /// 100,000 rows; `None` if `entries` is not the list analysed.
    pub fn lifetime_view(
        &self,
        entries: &[Customer],
        row: &CustomerResult,
    ) -> Option<LifetimeView> {
        let c = entries.get(row.input_index)?;
        Some(relationship::lifetime_view(
            c,
            row.profit.gross_profit,
            &self.settings_used,
            &self.churn_in_force,
        ))
    }

    /// The yearly growth of profit a row's LTV used, fraction: the customer's own, else its
    /// lifecycle stage's, else 0 ([`profit::profit_growth`]); `None` if `entries` is not the
    /// list analysed.
    pub fn profit_growth(&self, entries: &[Customer], row: &CustomerResult) -> Option<f64> {
        let c = entries.get(row.input_index)?;
        Some(profit::profit_growth(c, &self.settings_used))
    }

    /// Net profit a year of each pyramid tier, best tier first: the sum of its customers'
    /// profit, losses included (the overview's "profit by tier"); `None` when the pyramid could
    /// not be built. Customers without a tier (not rated) are in no sum, so the sums and their
    /// profits add up to the list's total profit.
    pub fn profit_by_tier(&self) -> Option<Vec<f64>> {
        let bands = self.pyramid.as_ref().ok()?.bands.len();
        let mut sums = vec![0.0; bands];
        for c in &self.customers {
            if let Some(sum) = c.tier.and_then(|t| sums.get_mut(t)) {
                *sum += c.profit.profit;
            }
        }
        Some(sums)
    }

    /// The row of the customer with this id in `entries`, the list analysed, for tests.
    #[cfg(test)]
    pub(crate) fn row_with_id(&self, entries: &[Customer], id: &str) -> Option<&CustomerResult> {
        self.customers.iter().find(|c| c.id_in(entries) == id)
    }

    /// The bytes each part of what this analysis keeps for the next one holds (capacity
    /// counted), for the memory benchmark: the parts are private, their cost is not.
    pub fn kept_bytes(&self) -> Vec<(&'static str, usize)> {
        let k = &self.kept;
        let vec_bytes = |len: usize, each: usize| len * each;
        vec![
            (
                "order by id",
                vec_bytes(k.order.capacity(), size_of::<usize>()),
            ),
            (
                "ids in order",
                k.ids.text.capacity() + vec_bytes(k.ids.ends.capacity(), size_of::<usize>()),
            ),
            (
                "rankings",
                k.rankings.iter().map(Ranking::heap_bytes).sum::<usize>(),
            ),
            (
                "LTVs before acquisition",
                vec_bytes(k.ltvs_before_acquisition.capacity(), size_of::<f64>()),
            ),
            ("lifetime profit inputs", k.lifetime_inputs.heap_bytes()),
            (
                "indicator columns",
                k.columns
                    .as_ref()
                    .map_or(0, tiers::IndicatorColumns::heap_bytes),
            ),
            (
                "attributes",
                k.attributes
                    .as_ref()
                    .map_or(0, profiles::CustomerAttributes::heap_bytes),
            ),
            ("composite scales' ends", k.composite_ends.heap_bytes()),
            (
                "relationship scales' ends",
                k.relationship_scales
                    .as_ref()
                    .map_or(0, |(_, ends)| ends.capacity()),
            ),
        ]
    }

    /// How many rankings this analysis keeps for the next one.
    pub fn kept_ranking_count(&self) -> usize {
        self.kept.rankings.len()
    }

    /// The rankings kept for the next analysis, for tests to check against fresh ones.
    #[cfg(test)]
    pub(crate) fn kept_rankings(&self) -> &[Ranking] {
        &self.kept.rankings
    }
}

/// The composite of a weighted pyramid that could not be tiered (its own error when it could
/// not be made); `None` for a pyramid tiered, whose composite is in its result.
type Untiered = Option<Result<Vec<Option<f64>>, TierError>>;

/// What each score basis of the pyramid and the ratings reads: a composite or the scorecard
/// is handed out by reference; a score the rows hold is made into the one column ranked (held
/// as a column from the pass to the last stage, every such score made the analysis's peak).
struct Bases<'a> {
    /// The rows, for the scores they hold (revenue, profit and lifetime value of the rated
    /// customers alone; relationship value and score).
    rows: &'a [CustomerResult],
    weighted: &'a [Result<WeightedPyramidResult, TierError>],
    /// The composites of the weighted pyramids that could not be tiered (see the stage).
    untiered: &'a [Untiered],
    scorecard: &'a Result<tiers::ScorecardResult, TierError>,
}

impl<'a> Bases<'a> {
    /// The scores of `basis`, per customer in the canonical order.
    fn scores(&self, basis: ScoreBasis) -> BasisScores<'a> {
        let every = |score: fn(&CustomerResult) -> f64| {
            Cow::Owned(self.rows.iter().map(|r| Some(score(r))).collect())
        };
        let rated = |score: fn(&CustomerResult) -> f64| Cow::Owned(rated_scores(self.rows, score));
        Ok(match basis {
            ScoreBasis::Revenue => rated(|r| r.profit.revenue),
            ScoreBasis::Profit => rated(|r| r.profit.profit),
            ScoreBasis::RelationshipValue => every(|r| r.relationship_value),
            ScoreBasis::RelationshipScore => every(|r| r.relationship_score),
            ScoreBasis::LifetimeValue => rated(|r| r.ltv),
            ScoreBasis::WeightedPyramid(k) => match (self.weighted.get(k), self.untiered.get(k)) {
                (Some(Ok(r)), _) => Cow::Borrowed(&r.composites[..]),
                // The composite's own error (no weights, no data), not a guess.
                (_, Some(Some(Ok(c)))) => Cow::Borrowed(&c[..]),
                (_, Some(Some(Err(e)))) => return Err(e.clone()),
                _ => return Err(TierError::NoSuchPyramid { index: k }),
            },
            ScoreBasis::Scorecard => match self.scorecard {
                Ok(r) => Cow::Borrowed(&r.scores[..]),
                Err(e) => return Err(e.clone()),
            },
        })
    }
}

/// Scores of a basis per customer, or why there are none.
type BasisScores<'a> = Result<Cow<'a, [Option<f64>]>, TierError>;

/// The pyramid's scores (on its basis) and its tiering.
fn pyramid_stage<'a>(
    bases: &Bases<'a>,
    rankings: &mut Rankings,
    s: &Settings,
    names: &[String],
    money: &tiers::MoneyColumns,
) -> (BasisScores<'a>, Result<Tiering, TierError>) {
    let scores = bases.scores(s.pyramid.basis);
    let pyramid = scores.as_ref().map_err(Clone::clone).and_then(|sc| {
        tiers::tiering_ranked(
            sc,
            rankings,
            tiers::pyramid_labels(),
            tier_cut(&s.pyramid.cuts),
            tiers::basis_label(s.pyramid.basis, names),
            money,
        )
    });
    (scores, pyramid)
}

/// The indicators whose columns the stages read: the weighted pyramids', the scorecard's and
/// the segmentation's.
fn wanted_indicators(s: &Settings) -> impl Iterator<Item = &crate::engine::settings::Indicator> {
    s.weighted_pyramids
        .iter()
        .flat_map(|p| p.components.iter())
        .chain(s.scorecard.aspects.iter().flat_map(|a| a.indicators.iter()))
        .chain(s.segmentation.iter().take(3))
        .map(|c| &c.indicator)
}

/// A customer's figures as its indicators read them, from its row and relationship `score`.
fn metrics_of(row: &CustomerResult, score: f64) -> BaseMetrics {
    let p = &row.profit;
    let known = p.revenue_known;
    BaseMetrics {
        revenue: known.then_some(p.revenue),
        profit: known.then_some(p.profit),
        margin: p.margin_known.then_some(p.margin),
        service_cost: p.service_cost,
        relationship_value: row.relationship_value,
        relationship_score: score,
        lifetime_value: known.then_some(row.ltv),
    }
}

/// The single-indicator segmentation, in groups of the pyramid's shares when it is cut by
/// shares of the customers.
fn segmentation_stage(
    s: &Settings,
    columns: &tiers::IndicatorColumns,
    rankings: &mut Rankings,
    n: usize,
    money: &tiers::MoneyColumns,
) -> Result<Segmentation, TierError> {
    let shares = match s.pyramid.cuts {
        TierCuts::RankShares { top, middle } => [top, middle, (1.0 - top - middle).max(0.0)],
        TierCuts::Thresholds { .. } => [0.2, 0.3, 0.5],
    };
    tiers::segmentation_ranked(&s.segmentation, columns, rankings, n, shares, money)
}

/// Each pyramid tier's profile, the bottom tier's review and the migration plan, with the
/// customers' attributes the profiles counted (for the next analysis).
#[allow(clippy::too_many_arguments)]
fn profiles_stage(
    custs: &[&Customer],
    earlier_attributes: Option<(profiles::CustomerAttributes, &[bool])>,
    (pyramid, pyramid_scores): (&Result<Tiering, TierError>, &BasisScores),
    rankings: &mut Rankings,
    money: &ListMoney,
    rows: &[CustomerResult],
    s: &Settings,
) -> (
    Vec<TierProfile>,
    Option<BottomTierReview>,
    Vec<MigrationCandidate>,
    Option<profiles::CustomerAttributes>,
) {
    let (Ok(t), Ok(sc)) = (pyramid, pyramid_scores) else {
        return (Vec::new(), None, Vec::new(), None);
    };
    let (p, attributes) = profiles::profiles_after(
        custs,
        earlier_attributes,
        &t.assignment,
        &t.rule.labels,
        money,
    );
    let review = profiles::bottom_tier_review(&p, &t.assignment, money.profit);
    let basis = s.pyramid.basis;
    let order = rankings.rank(sc, false);
    let mut migration =
        profiles::migration(t, order, sc, s.migration_candidates, |i, gap| match basis {
            ScoreBasis::Revenue => Some(gap),
            ScoreBasis::Profit | ScoreBasis::RelationshipValue => {
                let margin = rows[i].profit.margin;
                (margin > 0.0).then(|| gap / margin)
            }
            _ => None,
        });
    for m in &mut migration {
        m.room_to_grow = delivered::customer_wallet(custs[m.index]).map(|w| w.room_to_grow);
    }
    (p, review, migration, attributes)
}

/// A prospect's expected value: the average LTV before acquisition cost of the pyramid tier it
/// resembles, and of the list. Each tier's sum and count, and the list's, in one pass (each
/// still adds in list order).
fn expected_values(
    ltvs_before_acquisition: &[f64],
    pyramid: &Result<Tiering, TierError>,
    tiers: usize,
) -> prospects::ExpectedValues {
    let mut per_tier = vec![(0.0, 0usize); tiers];
    let mut list = (0.0, 0usize);
    let assignment = pyramid.as_ref().map_or(&[][..], |t| &t.assignment[..]);
    for (i, v) in ltvs_before_acquisition.iter().enumerate() {
        list = (list.0 + v, list.1 + 1);
        if let Some(tier) = assignment
            .get(i)
            .copied()
            .flatten()
            .and_then(|b| per_tier.get_mut(b))
        {
            *tier = (tier.0 + v, tier.1 + 1);
        }
    }
    let mean = |(sum, count): (f64, usize)| ratio(sum, count as f64);
    prospects::ExpectedValues {
        per_tier: per_tier.into_iter().map(mean).collect(),
        list: mean(list),
    }
}

/// The listed prospects ranked by the tier they resemble, each valued at that tier's
/// expected value (from the customers' LTVs before acquisition cost, the pyramid and its
/// tiers' profiles), taking over what `earlier` ranked where the profiles are the same.
fn prospects_stage(
    entries: &[Customer],
    fits: &[(usize, Option<icp::FitScore>)],
    (ltvs_before_acquisition, pyramid, tier_profiles): (
        &[f64],
        &Result<Tiering, TierError>,
        &[TierProfile],
    ),
    acquisition: &AcquisitionSummary,
    earlier: Option<prospects::EarlierProspects>,
) -> prospects::ProspectList {
    let values = expected_values(ltvs_before_acquisition, pyramid, tier_profiles.len());
    let at: Vec<usize> = fits.iter().map(|&(i, _)| i).collect();
    prospects::rank_listed_prospects(
        entries,
        &at,
        tier_profiles,
        &values,
        acquisition,
        |k, _, _| fits.get(k).and_then(|&(_, f)| f),
        earlier,
    )
}

/// A score of each row for the customers with a revenue, who are rated; `None` for the others
/// (their costs alone would rank them).
fn rated_scores(
    rows: &[CustomerResult],
    score: impl Fn(&CustomerResult) -> f64,
) -> Vec<Option<f64>> {
    rows.iter()
        .map(|r| r.profit.revenue_known.then(|| score(r)))
        .collect()
}

/// `profiles::negative_profit(profit)` restricted to the `rated` customers, read from
/// `order`, their ranking by profit, instead of sorted again. Ties in it go by id, then by
/// position, which in the canonical order is by position alone; the losses come last, so
/// reversed they are most negative first, and each tie is reversed back.
fn losses_in(order: &[usize], profit: &[f64], rated: &[bool]) -> Vec<usize> {
    let mut losses: Vec<usize> = order
        .iter()
        .rev()
        .copied()
        .filter(|&i| rated[i] && profit[i] < 0.0)
        .collect();
    for tie in losses.chunk_by_mut(|&a, &b| profit[a].to_bits() == profit[b].to_bits()) {
        tie.reverse();
    }
    losses
}

/// One flag per customer of `n`, set for the customers a stage names (targets, concentration
/// risks), as the result rows hold them.
fn marked(n: usize, indices: impl Iterator<Item = usize>) -> Vec<bool> {
    let mut flags = vec![false; n];
    for i in indices {
        flags[i] = true;
    }
    flags
}

/// What the 80/20 split and the concentration risk read of the per-customer figures: values
/// in the canonical (id) order, and the rankings as positions in it, the rated customers first.
struct Ranked<'a> {
    revenue_order: &'a [usize],
    profit_order: &'a [usize],
    revenue: &'a [f64],
    profit: &'a [f64],
    service: &'a [f64],
    /// Has a revenue, so takes part in the rankings.
    rated: &'a [bool],
    /// The splits of `revenue`, `profit` and `service`.
    splits: &'a ListSplits,
}

/// Pareto of revenue and of profit, over the rated customers, and the concentration risk.
fn shares_stage(r: &Ranked, s: &Settings) -> (Pareto, Pareto, Concentration) {
    let sorted = |order: &[usize], v: &[f64]| {
        order
            .iter()
            .filter(|&&i| r.rated[i])
            .map(|&i| v[i])
            .collect::<Vec<f64>>()
    };
    let revenue_pareto = pareto::analyse_sorted(
        &sorted(r.revenue_order, r.revenue),
        s.pareto_top_share,
        s.pareto_value_share,
    );
    let profit_pareto = pareto::analyse_sorted(
        &sorted(r.profit_order, r.profit),
        s.pareto_top_share,
        s.pareto_value_share,
    );
    let big: Vec<usize> = r
        .revenue_order
        .iter()
        .take(revenue_pareto.top_count)
        .copied()
        .collect();
    let concentration = concentration::analyse_split(
        r.revenue,
        r.service,
        r.profit,
        r.splits,
        &big,
        s.concentration_threshold,
    );
    (revenue_pareto, profit_pareto, concentration)
}

/// The capacity-limited targets: the best customers by relationship value (money or score)
/// among those whose relationship value is positive.
fn targets_stage(rows: &[CustomerResult], rankings: &mut Rankings, s: &Settings) -> Targets {
    let score = |row: &CustomerResult| match s.target_ranking {
        TargetRanking::Money => row.relationship_value,
        TargetRanking::Score => row.relationship_score,
    };
    let target_rank: Vec<Option<f64>> = rows.iter().map(|r| Some(score(r))).collect();
    let positive: Vec<bool> = rows.iter().map(|r| r.relationship_value > 0.0).collect();
    targets::select_ordered(rankings.rank(&target_rank, false), &positive, s.capacity)
}

/// The list's churn against the benchmark firm's, when one is set.
fn churn_comparison_stage(
    churn: ChurnSummary,
    n: usize,
    acq: &AcquisitionSummary,
    s: &Settings,
) -> Option<ChurnComparison> {
    s.benchmark_churn_rate
        .and_then(|b| Rate::new(b).ok())
        .map(|b| {
            churn::compare(
                churn,
                churn::summarise(b, n as f64),
                acq.average_cac.clone().ok(),
            )
        })
}

/// The prospects of `entries`, in input order: each one's position and its fit with the ideal
/// customer profile, when it can be worked out.
fn prospect_fits(entries: &[Customer], s: &Settings) -> Vec<(usize, Option<icp::FitScore>)> {
    entries
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_prospect())
        .map(|(i, c)| (i, icp::prospect_fit(&s.icp.criteria, c).ok()))
        .collect()
}

/// The market reality of the ideal customer profile, from the share of customers and
/// prospects (see [`prospect_fits`]) that match it.
fn market_check_stage(
    fits: impl ExactSizeIterator<Item = Option<f64>>,
    prospect_fits: &[(usize, Option<icp::FitScore>)],
    s: &Settings,
) -> Option<MarketCheck> {
    let threshold = s.icp.match_threshold;
    let customers = fits.len();
    let mut matching = fits.filter(|f| f.is_some_and(|v| v >= threshold)).count();
    matching += prospect_fits
        .iter()
        .filter(|(_, f)| f.is_some_and(|f| f.score >= threshold))
        .count();
    icp::market_check(
        &s.icp.market,
        ratio(matching as f64, (customers + prospect_fits.len()) as f64),
    )
}

/// Settings that [`reanalyse`] applies to an earlier analysis of the same customers without
/// going through every customer's figures again: each touches one stage fed by figures the
/// analysis already holds.
fn light_settings(s: &Settings) -> Settings {
    let d = Settings::default();
    Settings {
        pareto_top_share: d.pareto_top_share,
        pareto_value_share: d.pareto_value_share,
        concentration_threshold: d.concentration_threshold,
        capacity: d.capacity,
        target_ranking: d.target_ranking,
        benchmark_churn_rate: d.benchmark_churn_rate,
        retention_budget: d.retention_budget,
        icp: IcpSettings {
            market: d.icp.market,
            ..s.icp.clone()
        },
        ..s.clone()
    }
}

/// The rows' revenues, profits and costs to serve, each a column in the canonical order.
fn money_columns(rows: &[CustomerResult]) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let column = |f: fn(&Profit) -> f64| rows.iter().map(|c| f(&c.profit)).collect::<Vec<_>>();
    (
        column(|p| p.revenue),
        column(|p| p.profit),
        column(|p| p.service_cost),
    )
}

/// `s` with the pyramid's cuts set aside: two settings alike under it differ at most in those.
fn without_pyramid_cuts(s: &Settings) -> Settings {
    let mut s = light_settings(s);
    s.pyramid.cuts = TierCuts::default();
    s
}

/// Whether the settings `s` differ from those of `previous` in the pyramid's cuts and, at
/// most, settings of single stages, and `previous` holds what [`recut_pyramid`] redoes the
/// pyramid from: the order of its customers, and the pyramid's scores (those of a weighted
/// pyramid that could not be tiered are not held).
fn recut_possible(previous: &Analysis, s: &Settings) -> bool {
    if without_pyramid_cuts(s) != without_pyramid_cuts(&previous.settings_used) {
        return false;
    }
    let basis_held = match previous.settings_used.pyramid.basis {
        ScoreBasis::WeightedPyramid(k) => {
            !matches!(previous.weighted_pyramids.get(k), Some(Err(_)))
        }
        _ => true,
    };
    basis_held && previous.kept.order.len() == previous.customers.len()
}

/// `previous` with the pyramid cut by `s.pyramid.cuts`, the only setting that changed (beside
/// those of single stages, which the caller redoes): the pyramid's tiers, and what reads them
/// (the segmentation's shares, the tiers' profiles, the migration plan, the prospects' expected
/// values, each row's tier), from the rankings, columns and figures `previous` holds. No
/// customer's money figures and no other stage are worked out again (only the segmentation's
/// columns read from those figures), and the pyramid's and the segmentation's rankings are
/// moved from the earlier ones, not sorted: their scores are those ranked before (a
/// segmentation that failed before its ranking, with cuts that could not share a list out, is
/// sorted).
fn recut_pyramid(mut a: Analysis, entries: &[Customer], s: &Settings) -> Analysis {
    let n = a.customers.len();
    let custs: Vec<&Customer> = a.kept.order.iter().map(|&i| &entries[i]).collect();
    let ids: Vec<&str> = custs.iter().map(|c| c.id.as_str()).collect();
    let rows = &a.customers;
    let (revenue, profit, service) = money_columns(rows);
    let splits = ListSplits::of(&revenue, &profit, &service);
    let money = tiers::MoneyColumns::with_splits(&revenue, &profit, &splits);
    let mut rankings = Rankings::after(&ids, std::mem::take(&mut a.kept.rankings));
    let names: Vec<String> = s.weighted_pyramids.iter().map(|p| p.name.clone()).collect();
    let bases = Bases {
        rows,
        weighted: &a.weighted_pyramids,
        untiered: &[],
        scorecard: &a.scorecard,
    };
    let (pyramid_scores, pyramid) = pyramid_stage(&bases, &mut rankings, s, &names, &money);
    // The segmentation's columns, from the named ones the analysis keeps and each row's
    // figures, and the other kept columns taken over, so that the next analysis keeps what it
    // kept: the weighted pyramids' and the scorecard's others are not made again.
    let segmented: Vec<&crate::engine::settings::Indicator> = s
        .segmentation
        .iter()
        .take(3)
        .map(|w| &w.indicator)
        .collect();
    let wanted =
        wanted_indicators(s).filter(|i| tiers::read_from_entry(i) || segmented.contains(i));
    let mut columns = tiers::ColumnsBuilder::new(wanted, n, a.kept.columns.take());
    for (c, row) in custs.iter().zip(rows) {
        columns.add(c, &metrics_of(row, row.relationship_score), false);
    }
    let columns = columns.finish();
    let segmentation = segmentation_stage(s, &columns, &mut rankings, n, &money);
    let unedited = vec![false; n];
    let (tier_profiles, bottom_tier, migration, attributes) = profiles_stage(
        &custs,
        a.kept.attributes.take().map(|at| (at, &unedited[..])),
        (&pyramid, &pyramid_scores),
        &mut rankings,
        &ListMoney {
            revenue: &revenue,
            profit: &profit,
            service_cost: &service,
            splits,
        },
        rows,
        s,
    );
    drop(pyramid_scores);
    let earlier_prospects = prospects::EarlierProspects {
        profiles: std::mem::take(&mut a.tier_profiles),
        list: std::mem::take(&mut a.prospects),
        edited: Vec::new(),
    };
    a.prospects = prospects_stage(
        entries,
        &prospect_fits(entries, s),
        (&a.kept.ltvs_before_acquisition, &pyramid, &tier_profiles),
        &a.acquisition,
        Some(earlier_prospects),
    );
    a.kept.rankings = rankings.into_earlier_places();
    a.kept.columns = Some(columns.into_named());
    a.kept.attributes = attributes;
    for (row, tier) in a.customers.iter_mut().zip(
        pyramid
            .as_ref()
            .ok()
            .map(|t| &t.assignment)
            .into_iter()
            .flatten()
            .copied()
            .chain(std::iter::repeat(None)),
    ) {
        row.tier = tier;
    }
    a.pyramid = pyramid;
    a.segmentation = segmentation;
    a.tier_profiles = tier_profiles;
    a.bottom_tier = bottom_tier;
    a.migration = migration;
    a
}

/// `s` without the settings that no customer's money figures, relationship score or fit
/// read: those of the tiers (the pyramid's and the ratings' bases and cuts, the weighted
/// pyramids, the scorecard, the segmentation, the migration candidates) and of the single
/// stages ([`light_settings`]). Settings alike under it give every customer the same figures,
/// so a change of a tier's share keeps them rather than working out 100,000 customers again.
fn money_settings(s: &Settings) -> Settings {
    let d = Settings::default();
    Settings {
        pyramid: d.pyramid,
        rating: d.rating,
        segmentation: d.segmentation,
        weighted_pyramids: d.weighted_pyramids,
        scorecard: d.scorecard,
        migration_candidates: d.migration_candidates,
        ..light_settings(s)
    }
}

/// The analysis of `entries` under `settings`, given `previous`, an analysis of the same
/// entries (the caller knows: the page compares the customers' revision). When only settings
/// of single stages changed (80/20 shares, concentration threshold, capacity and what targets
/// are ranked by, the benchmark churn, the retention budget, the market of the ideal customer
/// profile), those stages are redone on the figures `previous`
/// holds, in time linear in the customers and without their per-customer figures; when the
/// pyramid's cuts changed too, or alone, the pyramid's stage and what reads its tiers are
/// redone the same way, from the ranking it was cut on (see `recut_pyramid`); otherwise
/// every stage is, from `previous`'s order by id and rankings (no customer is sorted by id
/// again, and a ranking whose scores the settings leave alone is not sorted again), and with
/// every customer's money figures kept when only settings of the tiers changed. Either way
/// the result equals `analyse(entries, settings)`.
pub fn reanalyse(mut previous: Analysis, entries: &[Customer], settings: &Settings) -> Analysis {
    let (s, mut warnings) = sanitise(settings);
    if light_settings(&s) != light_settings(&previous.settings_used) {
        if recut_possible(&previous, &s) {
            previous = recut_pyramid(previous, entries, &s);
        } else {
            // Every stage, from the earlier rows, order and rankings reused in place: two
            // analyses of 100,000 customers are never held at once.
            return reanalyse_changed(previous, entries, settings, &[]);
        }
    }
    // The settings are small; an owned copy spares re-borrowing them around each stage.
    let old = std::mem::replace(&mut previous.settings_used, s.clone());
    let s = &s;
    let n = previous.customers.len();
    if (
        old.pareto_top_share,
        old.pareto_value_share,
        old.concentration_threshold,
    ) != (
        s.pareto_top_share,
        s.pareto_value_share,
        s.concentration_threshold,
    ) {
        let rows = &previous.customers;
        // The rankings as analyse made them: rated customers by rank, then the unrated ones
        // in the canonical order.
        let order_of = |rank: fn(&CustomerResult) -> Option<usize>| {
            let mut order = vec![usize::MAX; n];
            let mut unrated = Vec::new();
            for (i, c) in rows.iter().enumerate() {
                match rank(c) {
                    Some(r) => order[r - 1] = i,
                    None => unrated.push(i),
                }
            }
            order.truncate(n - unrated.len());
            order.extend(unrated);
            order
        };
        let revenue_order = order_of(|c| c.revenue_rank);
        let profit_order = order_of(|c| c.profit_rank);
        let (revenue, profit, service) = money_columns(rows);
        let (revenue_pareto, profit_pareto, concentration) = shares_stage(
            &Ranked {
                revenue_order: &revenue_order,
                profit_order: &profit_order,
                revenue: &revenue,
                profit: &profit,
                service: &service,
                splits: &ListSplits::of(&revenue, &profit, &service),
                rated: &rows
                    .iter()
                    .map(|c| c.profit.revenue_known)
                    .collect::<Vec<_>>(),
            },
            s,
        );
        let flagged = marked(n, concentration.flagged.iter().map(|f| f.index));
        for (c, f) in previous.customers.iter_mut().zip(flagged) {
            c.concentration_risk = f;
        }
        previous.revenue_pareto = revenue_pareto;
        previous.profit_pareto = profit_pareto;
        previous.concentration = concentration;
    }
    if (old.capacity, old.target_ranking) != (s.capacity, s.target_ranking) {
        let rows = &previous.customers;
        let ids: Vec<&str> = rows
            .iter()
            .map(|c| entries[c.input_index].id.as_str())
            .collect();
        let targets = targets_stage(rows, &mut Rankings::new(&ids), s);
        let chosen = marked(n, targets.targets.iter().copied());
        for (c, t) in previous.customers.iter_mut().zip(chosen) {
            c.target = t;
        }
        previous.targets = targets;
    }
    if old.benchmark_churn_rate != s.benchmark_churn_rate {
        previous.churn_comparison =
            churn_comparison_stage(previous.churn, n, &previous.acquisition, s);
        if let Ok(f) = &mut previous.list_figures {
            f.benchmark_churn = list_figures::benchmark_churn(s);
        }
    }
    if old.retention_budget != s.retention_budget {
        let rows = &previous.customers;
        let customers: Vec<&Customer> = rows.iter().map(|c| &entries[c.input_index]).collect();
        let ids: Vec<&str> = customers.iter().map(|c| c.id.as_str()).collect();
        let rated_ltvs: Vec<Option<f64>> = rows
            .iter()
            .map(|c| c.profit.revenue_known.then_some(c.ltv))
            .collect();
        let plan = retention::plan(&customers, &rated_ltvs, &ids, s.retention_budget);
        for (c, segment) in previous.customers.iter_mut().zip(&plan.segment_of) {
            c.ltv_segment = *segment;
        }
        previous.retention = plan;
    }
    if old.icp.market != s.icp.market {
        let fits = previous.customers.iter().map(|c| c.fit);
        previous.market_check = market_check_stage(fits, &prospect_fits(entries, s), s);
    }
    // Warnings about the data stay; those about the settings are the new settings' own.
    previous
        .warnings
        .retain(|w| !matches!(w, Warning::SettingReplaced { .. }));
    warnings.append(&mut previous.warnings);
    previous.warnings = warnings;
    previous
}

/// The analysis of `entries` under `settings`, given `previous`, an analysis of the same list
/// before the entries at the positions `changed` were edited (as
/// [`Revised::changed_since`](crate::lists::Revised::changed_since) names them; same length).
/// When no edit changed a customer's id or whether an entry is a customer, the customers keep
/// their order by id, every ranking `previous` made is updated by moving the customers whose
/// scores changed instead of sorting the list again, the customers not edited keep their
/// named indicators' values, and their money figures when the settings those read (see
/// `money_settings`) and the allocations of acquisition and service cost are unchanged (else
/// those are worked out again for every customer); otherwise this is
/// [`analyse`]. The list-level stages (totals, tiers, profiles, Pareto curve, …) are still
/// built again in a pass over every customer. Either way the result equals
/// `analyse(entries, settings)`.
pub fn reanalyse_changed(
    previous: Analysis,
    entries: &[Customer],
    settings: &Settings,
    changed: &[usize],
) -> Analysis {
    reanalyse_changed_marked(previous, entries, settings, changed, &mut |_| {})
}

/// [`reanalyse_changed`], calling `mark` as each stage ends, as [`analyse_marked`] does.
pub fn reanalyse_changed_marked(
    previous: Analysis,
    entries: &[Customer],
    settings: &Settings,
    changed: &[usize],
    mark: &mut dyn FnMut(&'static str),
) -> Analysis {
    at_once(reanalyse_changed_in_steps(
        previous,
        entries,
        settings,
        changed,
        &mut going_on(mark),
    ))
}

/// [`reanalyse_changed`] calling `step` as each stage ends and going on when the future it
/// hands back is ready, as [`analyse_in_steps`] does: a page makes the analysis of an edit in
/// the background, a stage a task. A change of settings alone is redone at once when it feeds
/// single stages or is of the pyramid's cuts (see [`reanalyse`]); any other is made in steps,
/// from the earlier order by id and rankings.
pub async fn reanalyse_changed_in_steps(
    previous: Analysis,
    entries: &[Customer],
    settings: &Settings,
    changed: &[usize],
    step: &mut dyn FnMut(Step) -> StepEnd,
) -> Analysis {
    if changed.is_empty() {
        let s = sanitise(settings).0;
        if light_settings(&s) == light_settings(&previous.settings_used)
            || recut_possible(&previous, &s)
        {
            return reanalyse(previous, entries, settings);
        }
    }
    // Other settings change figures of every customer (or, those of the tiers, every
    // customer's tiers), but not their order by id, nor the rankings to move them in (with no
    // customer edited, those whose scores the settings leave alone stay where they are).
    let earlier = earlier_order(previous, entries, changed);
    analyse_from(entries, settings, step, earlier).await
}

/// The canonical order and rankings of `previous`, when they still hold for `entries`, which
/// differ from the entries `previous` analysed only at the positions `changed`.
fn earlier_order(previous: Analysis, entries: &[Customer], changed: &[usize]) -> Option<Earlier> {
    let mut changed = changed.to_vec();
    changed.sort_unstable();
    changed.dedup();
    if changed.last().is_some_and(|&p| p >= entries.len()) {
        return None;
    }
    // Where each changed entry stood among the customers, if it was one.
    let idx = previous.kept.order;
    if idx.len() != previous.customers.len() {
        return None;
    }
    let mut place = vec![None; changed.len()];
    for (k, i) in idx.iter().enumerate() {
        if *i >= entries.len() {
            return None;
        }
        if let Ok(j) = changed.binary_search(i) {
            place[j] = Some(k);
        }
    }
    let mut other_changed = false;
    for (&p, k) in changed.iter().zip(&place) {
        let now = &entries[p];
        match k {
            Some(k) => {
                if now.status != Status::Customer
                    || previous.kept.ids.get(*k) != Some(now.id.as_str())
                {
                    return None;
                }
            }
            None if now.status == Status::Customer => return None,
            None => other_changed = true,
        }
    }
    // A prospect's id counts among the repeated ids, and the analysis does not hold it.
    let duplicates = if other_changed {
        repeated_ids(entries)
    } else {
        previous
            .warnings
            .iter()
            .find_map(|w| match w {
                Warning::DuplicateIds { count } => Some(*count),
                _ => None,
            })
            .unwrap_or(0)
    };
    let mut edited = vec![false; previous.customers.len()];
    for k in place.into_iter().flatten() {
        edited[k] = true;
    }
    Some(Earlier {
        idx,
        ids: previous.kept.ids,
        duplicates,
        rankings: previous.kept.rankings,
        columns: previous.kept.columns,
        attributes: previous.kept.attributes,
        edited,
        rows: previous.customers,
        scores: EarlierScores {
            weighted: previous.weighted_pyramids,
            composite_scales: previous.kept.composite_scales,
            scorecard: previous.scorecard,
            scorecard_scales: previous.kept.scorecard_scales,
            composite_ends: previous.kept.composite_ends,
            relationship_scales: previous.kept.relationship_scales,
        },
        prospects: prospects::EarlierProspects {
            profiles: previous.tier_profiles,
            list: previous.prospects,
            edited: changed,
        },
        money: EarlierMoney {
            settings: previous.settings_used,
            acquisition: previous.acquisition,
            service_cost: previous.service_cost,
            churn_in_force: previous.churn_in_force,
            ltvs_before_acquisition: previous.kept.ltvs_before_acquisition,
            lifetime_inputs: previous.kept.lifetime_inputs,
        },
    })
}

/// Entries sharing an id with an earlier one, count: the entries less the distinct ids.
fn repeated_ids(entries: &[Customer]) -> usize {
    let distinct: std::collections::HashSet<&str> = entries.iter().map(|c| c.id.as_str()).collect();
    entries.len() - distinct.len()
}

fn tier_cut(cuts: &TierCuts) -> Cut {
    match *cuts {
        TierCuts::RankShares { top, middle } => {
            Cut::RankShares(vec![top, middle, 1.0 - top - middle])
        }
        TierCuts::Thresholds { top, middle } => Cut::Thresholds(vec![top, middle]),
    }
}

fn zero_metrics() -> BaseMetrics {
    BaseMetrics {
        revenue: None,
        profit: None,
        margin: None,
        service_cost: 0.0,
        relationship_value: 0.0,
        relationship_score: 0.0,
        lifetime_value: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::shares::Losses;

    use proptest::prelude::*;

    proptest! {
        /// The inputs held read back, in order, as the whole inputs they were given, bit for
        /// bit, after any of them are put in place again (parts of `0.0` and `-0.0` included).
        #[test]
        fn lifetime_inputs_read_back_what_they_were_given(
            given in prop::collection::vec(arb_lifetime_input(), 0..60),
            sets in prop::collection::vec((any::<usize>(), arb_lifetime_input()), 0..12),
        ) {
            let mut held = LifetimeInputs::with_capacity(given.len());
            for input in &given {
                held.push(*input);
            }
            let mut expected = given.clone();
            for (at, input) in sets.into_iter().filter(|_| !given.is_empty()) {
                let k = at % given.len();
                held.set(k, input);
                expected[k] = input;
            }
            prop_assert_eq!(held.len(), expected.len());
            let mut read = held.in_order();
            for (i, e) in expected.iter().enumerate() {
                let got = read.input(i, e.acquisition_cost);
                prop_assert_eq!(format!("{got:?}"), format!("{e:?}"));
            }
        }
    }

    fn arb_lifetime_input() -> impl Strategy<Value = LifetimeProfitInput> {
        let part = || prop_oneof![3 => Just(0.0), 1 => Just(-0.0), 2 => -1e4..1e4f64];
        (
            -1e6..1e6f64,
            part(),
            part(),
            part(),
            0.0..1e3f64,
            part(),
            part(),
        )
            .prop_map(
                |(base, cross, savings, referral, acquisition, discounts, damage)| {
                    LifetimeProfitInput {
                        base_profit: base,
                        cross_sell_profit: cross,
                        cost_savings: savings,
                        referral_value: referral,
                        acquisition_cost: acquisition,
                        price_discounts: discounts,
                        negative_referral_damage: damage,
                    }
                },
            )
    }

    proptest! {
        /// The losses read from the ranking by profit are those a sort of the profits gives.
        #[test]
        fn losses_read_from_the_ranking_equal_sorted_ones(
            rows in proptest::collection::vec(
                (prop_oneof![
                    (-3i32..3).prop_map(f64::from),
                    Just(-0.0),
                    -1e6f64..1e6,
                ], any::<bool>()),
                0..60,
            ),
        ) {
            let profit: Vec<f64> = rows.iter().map(|r| r.0).collect();
            let rated: Vec<bool> = rows.iter().map(|r| r.1).collect();
            let scores: Vec<Option<f64>> =
                rows.iter().map(|&(p, r)| r.then_some(p)).collect();
            let ids: Vec<String> = (0..rows.len()).map(|i| format!("{i:03}")).collect();
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let order = crate::engine::numeric::rank(&scores, &ids, false);
            let mut sorted = profiles::negative_profit(&profit);
            sorted.retain(|&i| rated[i]);
            prop_assert_eq!(losses_in(&order, &profit, &rated), sorted);
        }
    }

    /// The growth worked example through the whole analysis: profit 1,000 growing 10 % a
    /// year for 3 years at 8 %, first year undiscounted → 3,055.90 (CENTS). The customer's
    /// own growth wins over its stage's; editing it changes its LTV, incrementally too.
    #[test]
    fn growth_reaches_the_lifetime_value_and_an_edit_of_it_counts() {
        use crate::engine::model::LifecycleStage;
        use crate::engine::tolerance::CENTS;
        let customer = |id: &str| Customer {
            id: id.into(),
            revenue_per_year: Figure::of(1_000.0),
            gross_margin: Figure::of(1.0),
            service_cost: Figure::of(0.0),
            acquisition_cost: Figure::of(0.0),
            lifecycle_stage: Some(LifecycleStage::Stability),
            ..Default::default()
        };
        let mut list = vec![customer("A"), customer("B")];
        list[0].profit_growth = Figure::of(0.1);
        // Churn 0: every lifetime is the longest one counted, 3 years.
        let mut settings = Settings {
            churn_rate: 0.0,
            max_lifetime_years: 3.0,
            discount_rate: 0.08,
            ..Settings::default()
        };
        let a = analyse(&list, &settings);
        assert!(
            (a.customers[0].ltv - 3_055.90).abs() < CENTS,
            "{}",
            a.customers[0].ltv
        );
        assert_eq!(a.profit_growth(&list, &a.customers[0]), Some(0.1));
        // B has no growth: 1,000 + 1,000 ÷ 1.08 + 1,000 ÷ 1.08² = 2,783.26.
        assert!(
            (a.customers[1].ltv - 2_783.26).abs() < CENTS,
            "{}",
            a.customers[1].ltv
        );
        // Its stage's growth reaches it; A keeps its own.
        settings.stage_growth.insert(LifecycleStage::Stability, 0.1);
        settings.stage_growth.insert(LifecycleStage::Decline, -1.0);
        let b = analyse(&list, &settings);
        assert!((b.customers[1].ltv - 3_055.90).abs() < CENTS);
        assert_eq!(b.customers[0].ltv, a.customers[0].ltv);
        // −100 % is no growth: dropped with a note.
        assert!(b.warnings.contains(&Warning::SettingReplaced {
            setting: "stage growth",
            given: "-1".into(),
            used: 0.0,
        }));
        assert!(!b
            .settings_used
            .stage_growth
            .contains_key(&LifecycleStage::Decline));
        // LTV : CAC reads the grown figure too (before acquisition, which is 0 here).
        let average = (b.customers[0].ltv + b.customers[1].ltv) / 2.0;
        assert!((b.acquisition.average_ltv.unwrap() - average).abs() < CENTS);
        // Editing A's growth to 20 %: 1,000 + 1,200 ÷ 1.08 + 1,440 ÷ 1.08² = 3,345.68.
        let mut edited = list.clone();
        edited[0].profit_growth = Figure::of(0.2);
        let again = reanalyse_changed(b, &edited, &settings, &[0]);
        assert!((again.customers[0].ltv - 3_345.68).abs() < CENTS);
        assert_eq!(again, analyse(&edited, &settings));
    }

    #[test]
    fn a_market_types_delivered_value_stands_in_for_customers_without_their_own() {
        use crate::engine::model::MarketType;
        use crate::engine::tolerance::EXACT;
        let customer = |id: &str, market| Customer {
            id: id.into(),
            revenue_per_year: Figure::of(1_000.0),
            market_type: Some(market),
            ..Default::default()
        };
        let mut own = customer("own", MarketType::Producer);
        own.delivered.product = Some(900.0);
        own.delivered.price = Some(1_000.0);
        let list = vec![
            own,
            customer("segment", MarketType::Producer),
            customer("other", MarketType::Consumer),
        ];
        let mut settings = Settings::default();
        // The worked example, for the producers as a whole: 850 − 750 = 100.
        settings
            .segment_delivered
            .insert(MarketType::Producer, delivered::tests::example());
        let a = analyse(&list, &settings);
        let of = |id: &str| {
            a.row_with_id(&list, id)
                .and_then(|c| c.delivered.as_ref())
                .and_then(|d| d.delivered)
        };
        // Its own wins; the segment's fills in; a market type without one gives none.
        assert_eq!(of("own"), Some(-100.0));
        assert!((of("segment").unwrap() - 100.0).abs() <= EXACT);
        assert_eq!(of("other"), None);
        assert_eq!(a.delivered.customers, 2);
    }

    /// The customer's side through the analysis: delivered value, share of wallet (also as
    /// an indicator and in the migration plan) and the seed's checks.
    #[test]
    fn the_customers_side_is_in_the_analysis() {
        use crate::engine::delivered::DeliveredComponent;
        use crate::engine::model::{DeliveredValue, LifecycleStage, SizeBand};
        use crate::engine::seed_checks::{MostProfitable, StageShape};
        use crate::engine::settings::{DeliveredScale, Indicator, WeightedIndicator};
        use crate::engine::tolerance::{CENTS, EXACT};
        let customer = |id: &str, revenue: f64, stage, size| Customer {
            id: id.into(),
            revenue_per_year: Figure::of(revenue),
            gross_margin: Figure::of(1.0),
            service_cost: Figure::of(0.0),
            acquisition_cost: Figure::of(0.0),
            lifecycle_stage: Some(stage),
            size_band: Some(size),
            ..Default::default()
        };
        use LifecycleStage::*;
        let mut list = vec![
            customer("A", 3_000.0, Stability, SizeBand::Medium),
            customer("B", 1_000.0, Formation, SizeBand::Small),
            customer("C", 2_000.0, Decline, SizeBand::Large),
            customer("D", 500.0, Exploration, SizeBand::Micro),
        ];
        list[0].category_spend = Figure::of(12_000.0);
        list[2].category_spend = Figure::of(1_500.0);
        list[0].delivered = delivered::tests::example().into();
        list[1].delivered = DeliveredValue {
            product: Some(100.0),
            price: Some(120.0),
            ..Default::default()
        }
        .into();
        let mut settings = Settings::default();
        settings.weighted_pyramids[0].components =
            vec![WeightedIndicator::new(Indicator::ShareOfWallet, 1.0)];
        let a = analyse(&list, &settings);
        // Delivered value 100 for A (no risk at 10 %), −20 for B (a risk).
        let d = a.customers[0].delivered.as_ref().unwrap();
        assert!((d.delivered.unwrap() - 100.0).abs() < EXACT);
        assert!(!d.churn_risk);
        assert!(a.customers[1].delivered.as_ref().unwrap().churn_risk);
        assert_eq!(a.customers[2].delivered, None);
        assert_eq!(a.delivered.at_risk, vec![1]);
        assert!((a.delivered.at_risk_profit - 1_000.0).abs() < CENTS);
        // B's 1,000 is third of four: not in the top quarter (A's 3,000 alone).
        assert_eq!(a.delivered.top_quarter_profit, Some(3_000.0));
        assert!(a.delivered.high_profit_at_risk.is_empty());
        // Share of wallet: A 3,000 of 12,000 → 25 %, room 9,000; C above its spend.
        let w = a.customers[0].wallet_in(&list).unwrap();
        assert!((w.share - 0.25).abs() < EXACT);
        assert!((w.room_to_grow - 9_000.0).abs() < CENTS);
        assert!(a.customers[2].wallet_in(&list).unwrap().above_spend);
        assert_eq!(a.wallet.above_spend, vec![2]);
        assert!(a
            .warnings
            .contains(&Warning::SpendBelowRevenue { count: 1 }));
        assert!((a.wallet.average_share.unwrap() - 5_000.0 / 13_500.0).abs() < EXACT);
        assert!((a.wallet.total_room_to_grow - 9_000.0).abs() < CENTS);
        // As an indicator: A 0.25 and C 1.333 are scored, B and D are not.
        let wp = a.weighted_pyramids[0].as_ref().unwrap();
        assert_eq!(wp.tiering.not_rated, vec![1, 3]);
        // Profit by stage 500, 1,000, 3,000, 2,000: an inverted U peaking in stability.
        assert_eq!(
            a.seed_checks.stage_shape,
            StageShape::InvertedU { peak: Stability }
        );
        // Medium (A, 3,000) beats large (C, 2,000): the middle wins, by revenue the top.
        assert_eq!(
            a.seed_checks.size_peak,
            MostProfitable::Middle {
                group: SizeBand::Medium
            }
        );
        assert_eq!(a.seed_checks.revenue_peak, MostProfitable::Biggest);
        // Each migration candidate carries its room to grow.
        assert!(!a.migration.is_empty());
        for m in &a.migration {
            let room = a.customers[m.index]
                .wallet_in(&list)
                .map(|w| w.room_to_grow);
            assert_eq!(m.room_to_grow, room);
        }
        assert!(
            a.migration.iter().any(|m| m.room_to_grow.is_some()),
            "{:?}",
            a.migration
        );
        // Scores above 10 are left out and named when the list scores.
        settings.delivered_scale = DeliveredScale::Score;
        let s = analyse(&list, &settings);
        let d = s.customers[0].delivered.as_ref().unwrap();
        assert_eq!(d.delivered, None);
        assert_eq!(d.out_of_scale.len(), 8);
        assert!(d.out_of_scale.contains(&DeliveredComponent::Risk));
        assert_eq!(s.delivered.out_of_scale, 2);
    }

    /// Each of the pyramid's and the rating's bases read from the rows tiers the column of the
    /// rows it names, whichever basis the other uses (the rating reuses the pyramid's scores
    /// only on the same basis), and the targets rank by the relationship value or score as
    /// set: each checked against [`tiers::tiering`] and [`targets::select`] on the rows' own
    /// figures, on a list where every basis orders the customers differently. The seed checks'
    /// revenue quartiles and the market check's estimated share are pinned on the same list.
    #[test]
    fn every_basis_tiers_rates_and_targets_the_column_it_names() {
        use crate::engine::model::{Figure, LifecycleStage};
        use crate::engine::settings::{IcpCriterion, IcpTest, Indicator};
        // Revenue, margin, service cost, growth, brand score: made so that no two bases give
        // the same order (checked below); G and J have no revenue and so no rating by money.
        type Figures = (&'static str, Option<f64>, f64, f64, f64, f64);
        let figures: [Figures; 10] = [
            ("A", Some(9_000.0), 0.20, 300.0, 0.00, 1.0),
            ("B", Some(4_000.0), 0.60, 200.0, 0.30, 2.0),
            ("C", Some(7_000.0), 0.10, 900.0, 0.10, 5.0),
            ("D", Some(1_500.0), 0.90, 50.0, 0.50, 3.0),
            ("E", Some(2_500.0), 0.50, 1_500.0, 0.00, 4.0),
            ("F", Some(6_000.0), 0.40, 100.0, -0.20, 1.0),
            ("G", None, 0.50, 400.0, 0.00, 5.0),
            ("H", Some(3_000.0), 0.70, 0.0, 0.20, 2.0),
            ("I", Some(500.0), 0.30, 600.0, 0.40, 5.0),
            ("J", None, 0.50, 0.0, 0.00, 0.0),
        ];
        let list: Vec<Customer> = figures
            .iter()
            .map(|&(id, revenue, margin, service, growth, brand)| Customer {
                id: id.into(),
                revenue_per_year: revenue.into(),
                gross_margin: Figure::of(margin),
                service_cost: Figure::of(service),
                acquisition_cost: Figure::of(0.0),
                profit_growth: Figure::of(growth),
                brand_score: Figure::of(brand),
                brand_value: Figure::of(brand * 250.0),
                lifecycle_stage: Some(LifecycleStage::Stability),
                ..Default::default()
            })
            .collect();
        let bases = [
            ScoreBasis::Revenue,
            ScoreBasis::Profit,
            ScoreBasis::RelationshipValue,
            ScoreBasis::RelationshipScore,
            ScoreBasis::LifetimeValue,
        ];
        let base = analyse(&list, &Settings::default());
        let rows = &base.customers;
        let ids: Vec<&str> = rows.iter().map(|r| r.id_in(&list)).collect();
        let revenue: Vec<f64> = rows.iter().map(|r| r.profit.revenue).collect();
        let profit: Vec<f64> = rows.iter().map(|r| r.profit.profit).collect();
        let column = |basis: ScoreBasis| -> Vec<Option<f64>> {
            rows.iter()
                .map(|r| {
                    let known = r.profit.revenue_known;
                    match basis {
                        ScoreBasis::Revenue => known.then_some(r.profit.revenue),
                        ScoreBasis::Profit => known.then_some(r.profit.profit),
                        ScoreBasis::RelationshipValue => Some(r.relationship_value),
                        ScoreBasis::RelationshipScore => Some(r.relationship_score),
                        ScoreBasis::LifetimeValue => known.then_some(r.ltv),
                        _ => unreachable!("bases read from the rows only"),
                    }
                })
                .collect()
        };
        let order = |basis: ScoreBasis| crate::engine::numeric::rank(&column(basis), &ids, false);
        for (k, a) in bases.iter().enumerate() {
            for b in &bases[k + 1..] {
                assert_ne!(order(*a), order(*b), "{a:?} and {b:?} order alike");
            }
        }
        let tiered = |basis: ScoreBasis, labels: Vec<String>, cut: Cut| {
            tiers::tiering(
                &column(basis),
                &ids,
                labels,
                cut,
                String::new(),
                &revenue,
                &profit,
            )
            .unwrap()
            .assignment
        };
        // The bands each basis gives under the pyramid's cuts and the rating's (the settings
        // below change neither).
        let defaults = Settings::default();
        let pyramid_bands_of = |basis| {
            let cut = tier_cut(&defaults.pyramid.cuts);
            tiered(basis, tiers::pyramid_labels(), cut)
        };
        let rating_bands_of = |basis| {
            let cut = Cut::RankShares(defaults.rating.scale.default_shares());
            tiered(basis, defaults.rating.scale.labels(), cut)
        };
        // And band them differently, so that a basis read for another would show.
        for (k, a) in bases.iter().enumerate() {
            for b in &bases[k + 1..] {
                assert_ne!(
                    pyramid_bands_of(*a),
                    pyramid_bands_of(*b),
                    "{a:?} and {b:?} band alike"
                );
                assert_ne!(
                    rating_bands_of(*a),
                    rating_bands_of(*b),
                    "{a:?} and {b:?} rate alike"
                );
            }
        }
        for pyramid in bases {
            for rating in bases {
                for ranking in [TargetRanking::Money, TargetRanking::Score] {
                    let mut s = Settings::default();
                    s.pyramid.basis = pyramid;
                    s.rating.basis = rating;
                    s.target_ranking = ranking;
                    s.capacity = 4;
                    let a = analyse(&list, &s);
                    let case = format!("pyramid {pyramid:?}, rating {rating:?}, {ranking:?}");
                    // The same customers in the same order whatever the settings.
                    let ids_now: Vec<&str> = a.customers.iter().map(|r| r.id_in(&list)).collect();
                    assert_eq!(ids_now, ids);
                    let pyramid_bands = pyramid_bands_of(pyramid);
                    assert_eq!(
                        a.pyramid.as_ref().unwrap().assignment,
                        pyramid_bands,
                        "{case}"
                    );
                    let rating_bands = rating_bands_of(rating);
                    assert_eq!(
                        a.rating.as_ref().unwrap().assignment,
                        rating_bands,
                        "{case}"
                    );
                    let tiers_in_rows: Vec<_> = a.customers.iter().map(|r| r.tier).collect();
                    let ratings_in_rows: Vec<_> = a.customers.iter().map(|r| r.rating).collect();
                    assert_eq!(
                        (tiers_in_rows, ratings_in_rows),
                        (pyramid_bands, rating_bands)
                    );
                    let by = |r: &CustomerResult| match ranking {
                        TargetRanking::Money => r.relationship_value,
                        TargetRanking::Score => r.relationship_score,
                    };
                    let ranked: Vec<Option<f64>> = rows.iter().map(|r| Some(by(r))).collect();
                    let positive: Vec<bool> =
                        rows.iter().map(|r| r.relationship_value > 0.0).collect();
                    let expected = targets::select(&ranked, &positive, &ids, 4);
                    assert_eq!(a.targets, expected, "{case}");
                    let flagged: Vec<usize> =
                        (0..rows.len()).filter(|&i| a.customers[i].target).collect();
                    let mut chosen = expected.targets.clone();
                    chosen.sort_unstable();
                    assert_eq!(flagged, chosen, "{case}");
                }
            }
        }
        // The seed checks group the rated customers by their rank by revenue, by hand: A 9,000
        // and C 7,000; F 6,000 and B 4,000; H 3,000 and E 2,500; D 1,500 and I 500.
        let profit_of = |group: &[&str]| -> f64 {
            group
                .iter()
                .map(|id| profit[ids.iter().position(|i| i == id).unwrap()])
                .sum()
        };
        let quartiles = [["A", "C"], ["F", "B"], ["H", "E"], ["D", "I"]];
        for (row, group) in base.seed_checks.by_revenue.iter().zip(quartiles) {
            assert_eq!((row.customers, row.total_profit), (2, profit_of(&group)));
        }
        // The market check's share estimated from the customers and prospects that fit: a
        // revenue of at least 3,000 is A, B, C, F and H of the ten customers, and one prospect
        // of two, 6 of 12.
        let mut with_prospects = list.clone();
        for (id, revenue) in [("P1", 5_000.0), ("P2", 100.0)] {
            with_prospects.push(Customer {
                id: id.into(),
                status: Status::Prospect,
                revenue_per_year: Figure::of(revenue),
                ..Default::default()
            });
        }
        let mut s = Settings::default();
        s.icp.criteria = vec![IcpCriterion {
            name: "big enough".into(),
            area: Default::default(),
            weight: 1.0,
            test: IcpTest::AtLeast {
                indicator: Indicator::Revenue,
                min: 3_000.0,
            },
        }];
        s.icp.market.market_size = Some(1_000.0);
        let check = analyse(&with_prospects, &s).market_check.unwrap();
        assert!(check.share_estimated);
        assert_eq!(check.share_matching, 0.5);
    }

    /// A customer without a revenue is not rated by revenue or profit: its costs alone would
    /// make it the worst customer (issue 12, point 7).
    #[test]
    fn a_customer_without_revenue_is_not_rated_by_revenue_or_profit() {
        let customer = |id: &str, revenue: Option<f64>, service: f64| Customer {
            id: id.into(),
            revenue_per_year: revenue.into(),
            gross_margin: Figure::of(1.0),
            service_cost: Figure::of(service),
            ..Default::default()
        };
        // Margin 100 %, no acquisition cost: profit = revenue − service.
        // A 500 − 100 = 400; B 300 − 350 = −50; C no revenue, service 54,140.90; D 200 − 0 = 200.
        let list = vec![
            customer("A", Some(500.0), 100.0),
            customer("B", Some(300.0), 350.0),
            customer("C", None, 54_140.90),
            customer("D", Some(200.0), 0.0),
        ];
        let mut settings = Settings::default();
        settings.pyramid.basis = ScoreBasis::Profit;
        settings.rating.basis = ScoreBasis::Revenue;
        let a = analyse(&list, &settings);
        let by_id = |id: &str| {
            a.customers
                .iter()
                .position(|c| c.id_in(&list) == id)
                .unwrap()
        };
        let (b, c) = (by_id("B"), by_id("C"));
        assert_eq!(
            a.customers[c].profit.profit, -54_140.90,
            "its costs are known"
        );

        // Revenue 500 > 300 > 200; profit 400 > 200 > −50; C has neither rank.
        let ranks: Vec<(Option<usize>, Option<usize>)> = ["A", "B", "C", "D"]
            .iter()
            .map(|id| {
                let r = &a.customers[by_id(id)];
                (r.revenue_rank, r.profit_rank)
            })
            .collect();
        assert_eq!(
            ranks,
            vec![
                (Some(1), Some(1)),
                (Some(2), Some(3)),
                (None, None),
                (Some(3), Some(2))
            ]
        );
        // Not a money loser, in no profit tier, no revenue rating; B is the only loss.
        assert_eq!(a.negative_profit, vec![b]);
        assert_eq!(a.customers[c].tier, None);
        assert_eq!(a.customers[c].rating, None);
        assert_eq!(a.pyramid.as_ref().unwrap().not_rated, vec![c]);
        // Profit Pareto over A, D, B: positive 400 + 200 = 600, net 550, one loss of −50
        // (with C it would have been −54,190.90 by 2).
        assert_eq!(a.profit_pareto.count, 3);
        assert_eq!(
            (a.profit_pareto.positive_total, a.profit_pareto.total),
            (600.0, 550.0)
        );
        assert_eq!(
            a.profit_pareto.losses,
            Losses {
                sum: -50.0,
                count: 1
            }
        );
        // Revenue Pareto over the 3 rated: 500 + 300 + 200 = 1,000.
        assert_eq!(
            (a.revenue_pareto.count, a.revenue_pareto.total),
            (3, 1_000.0)
        );
        // Said in the warnings, with the count.
        assert!(a.warnings.contains(&Warning::RevenueMissing { count: 1 }));
        // The totals still carry C's costs: 400 − 50 − 54,140.90 + 200 = −53,590.90
        // (tolerance 1e-6 for the sum's rounding).
        assert!((a.totals.profit - -53_590.90).abs() < 1e-6);
        // Lifetime value is profit over the years: unknown too, so C is not rated by it.
        settings.pyramid.basis = ScoreBasis::LifetimeValue;
        let by_ltv = analyse(&list, &settings);
        assert_eq!(by_ltv.pyramid.as_ref().unwrap().not_rated, vec![c]);
        // The results export leaves its ranks empty.
        let row = &crate::engine::results::rows(&a, &list)[c];
        assert_eq!((row.revenue_rank, row.profit_rank), (None, None));
    }
}
