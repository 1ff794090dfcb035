//! The pyramid and ratings view: the tier scheme, the tier table, ratings, tier
//! profiles with lift, the bottom-tier review, negative-profit and migration lists, weighted
//! pyramids side by side and the scorecard. Every number comes from `state.analysis`.

mod fields;
mod review;
mod scorecard;
mod segments;
pub(crate) mod tiers;
mod weighted;

use crate::app::state::AppState;
use crate::app::widgets::{losses_text, shown_name, value_share_text, EmptyNote, Fold};
use crate::engine::analysis::Analysis;
use crate::engine::numbers::{self, NumberSpec};
use crate::engine::settings::{Indicator, ScoreBasis, Settings};
use crate::engine::tiers::{Band, Cut, DropReason, DroppedIndicator, TierRule, Tiering};
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

#[component]
pub fn PyramidView() -> impl IntoView {
    let state = expect_context::<AppState>();
    provide_context(weighted::indicator_choices(state));
    let empty = move || state.analysis.with(|a| a.customer_count == 0);
    view! {
        <section class="pyramid-view" aria-labelledby="pyramid-title">
            <h2 id="pyramid-title">{move || t("view.pyramid")}</h2>
            <p>{move || t("pyramid.intro")}</p>
            <Show when=empty>
                <EmptyNote text=move || t("pyramid.empty") />
            </Show>
            <tiers::PyramidSection />
            <Fold key="pyramid-ratings" later=true title="pyramid.rating_title"><tiers::RatingSection /></Fold>
            <Fold key="pyramid-profiles" later=true title="pyramid.profiles_title"><review::ProfilesSection /></Fold>
            <Fold key="pyramid-bottom" later=true title="pyramid.bottom_title"><review::BottomTierSection /></Fold>
            <Fold key="pyramid-negative" later=true title="pyramid.negative_title"><review::NegativeProfitSection /></Fold>
            <Fold key="pyramid-migration" later=true title="pyramid.migration_title"><review::MigrationSection /></Fold>
            <Fold key="pyramid-weighted" later=true title="pyramid.weighted_title"><weighted::WeightedSection /></Fold>
            <Fold key="pyramid-scorecard" later=true title="pyramid.scorecard_title"><scorecard::ScorecardSection /></Fold>
            <Fold key="pyramid-segmentation" later=true title="pyramid.seg_title"><segments::SegmentationSection /></Fold>
        </section>
    }
}

// ---- Score bases -------------------------------------------------------------------------

/// A stable text form of a basis for `<select>` values.
pub(crate) fn basis_key(basis: ScoreBasis) -> String {
    match basis {
        ScoreBasis::Revenue => "revenue".into(),
        ScoreBasis::Profit => "profit".into(),
        ScoreBasis::RelationshipValue => "relationship_value".into(),
        ScoreBasis::RelationshipScore => "relationship_score".into(),
        ScoreBasis::LifetimeValue => "lifetime_value".into(),
        ScoreBasis::WeightedPyramid(k) => format!("weighted:{k}"),
        ScoreBasis::Scorecard => "scorecard".into(),
    }
}

/// The inverse of [`basis_key`]; an unknown key means profit, the default.
pub(crate) fn basis_from_key(key: &str) -> ScoreBasis {
    match key {
        "revenue" => ScoreBasis::Revenue,
        "relationship_value" => ScoreBasis::RelationshipValue,
        "relationship_score" => ScoreBasis::RelationshipScore,
        "lifetime_value" => ScoreBasis::LifetimeValue,
        "scorecard" => ScoreBasis::Scorecard,
        _ => match key.strip_prefix("weighted:").map(str::parse::<usize>) {
            Some(Ok(k)) => ScoreBasis::WeightedPyramid(k),
            _ => ScoreBasis::Profit,
        },
    }
}

/// The basis in words ("profit", "the weighted pyramid “Profit value”").
pub(crate) fn basis_text(basis: ScoreBasis, names: &[String]) -> String {
    match basis {
        ScoreBasis::Revenue => t("pyramid.basis_revenue"),
        ScoreBasis::Profit => t("pyramid.basis_profit"),
        ScoreBasis::RelationshipValue => t("pyramid.basis_relationship_value"),
        ScoreBasis::RelationshipScore => t("pyramid.basis_relationship_score"),
        ScoreBasis::LifetimeValue => t("pyramid.basis_lifetime_value"),
        ScoreBasis::WeightedPyramid(k) => match names.get(k) {
            Some(name) => tf("pyramid.basis_weighted", &[("name", name)]),
            None => tf("pyramid.basis_weighted_n", &[("n", &(k + 1).to_string())]),
        },
        ScoreBasis::Scorecard => t("pyramid.basis_scorecard"),
    }
}

/// Every basis the settings allow, as select choices.
pub(crate) fn basis_choices(settings: &Settings) -> Vec<(String, String)> {
    let names: Vec<String> = pyramid_names(settings);
    let mut out: Vec<ScoreBasis> = vec![
        ScoreBasis::Profit,
        ScoreBasis::Revenue,
        ScoreBasis::RelationshipValue,
        ScoreBasis::RelationshipScore,
        ScoreBasis::LifetimeValue,
    ];
    out.extend((0..names.len()).map(ScoreBasis::WeightedPyramid));
    out.push(ScoreBasis::Scorecard);
    out.into_iter()
        .map(|b| (basis_key(b), basis_text(b, &names)))
        .collect()
}

/// Names of the weighted pyramids, in settings order.
pub(crate) fn pyramid_names(settings: &Settings) -> Vec<String> {
    settings
        .weighted_pyramids
        .iter()
        .map(|p| shown_name(&p.name))
        .collect()
}

/// The unit a basis is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScoreUnit {
    /// Money a year (revenue, profit, relationship value).
    MoneyPerYear,
    /// Money (lifetime value).
    Money,
    /// Relationship score, about −1 to 1.
    RelationshipScore,
    /// Composite of a weighted pyramid, 0 to 1.
    Composite,
    /// Scorecard score, 0 to 100.
    Scorecard,
}

pub(crate) fn basis_unit(basis: ScoreBasis) -> ScoreUnit {
    match basis {
        ScoreBasis::Revenue | ScoreBasis::Profit | ScoreBasis::RelationshipValue => {
            ScoreUnit::MoneyPerYear
        }
        ScoreBasis::LifetimeValue => ScoreUnit::Money,
        ScoreBasis::RelationshipScore => ScoreUnit::RelationshipScore,
        ScoreBasis::WeightedPyramid(_) => ScoreUnit::Composite,
        ScoreBasis::Scorecard => ScoreUnit::Scorecard,
    }
}

impl ScoreUnit {
    /// The unit in words, shown beside threshold fields.
    pub(crate) fn text(self) -> String {
        match self {
            ScoreUnit::MoneyPerYear => t("pyramid.unit_money_year"),
            ScoreUnit::Money => t("pyramid.unit_money"),
            ScoreUnit::RelationshipScore => t("pyramid.unit_relationship_score"),
            ScoreUnit::Composite => t("pyramid.unit_composite"),
            ScoreUnit::Scorecard => t("pyramid.unit_scorecard"),
        }
    }

    /// What a threshold in this unit may be.
    pub(crate) fn spec(self) -> NumberSpec {
        match self {
            ScoreUnit::MoneyPerYear | ScoreUnit::Money => numbers::THRESHOLD_MONEY,
            ScoreUnit::RelationshipScore => numbers::THRESHOLD_RELATIONSHIP,
            ScoreUnit::Composite => numbers::THRESHOLD_COMPOSITE,
            ScoreUnit::Scorecard => numbers::THRESHOLD_SCORECARD,
        }
    }

    /// Decimals a value in this unit is written with.
    fn decimals(self, currency: &str) -> usize {
        match self {
            ScoreUnit::MoneyPerYear | ScoreUnit::Money => format::minor_units(currency.trim()),
            ScoreUnit::RelationshipScore | ScoreUnit::Composite => 3,
            ScoreUnit::Scorecard => 1,
        }
    }

    /// A score written in this unit.
    pub(crate) fn write(self, value: f64, currency: &str) -> String {
        match self {
            ScoreUnit::MoneyPerYear | ScoreUnit::Money => format::money(value, currency),
            _ => format::number(value, self.decimals(currency)),
        }
    }

    /// An amount above 0 (a gap to close) written rounded up to the last digit shown, and at
    /// least one unit of that digit, so that it never reads as 0 nor as less than is needed.
    pub(crate) fn write_up(self, value: f64, currency: &str) -> String {
        let scale = 10f64.powi(self.decimals(currency) as i32);
        let units = value * scale;
        // A value already on a shown digit (50.00 computed as 5000.000000001 units) is kept.
        let units = if (units - units.round()).abs() < 1e-6 {
            units.round()
        } else {
            units.ceil()
        };
        self.write(units.max(1.0) / scale, currency)
    }
}

/// Currency of the analysed list.
pub(crate) fn currency_of(settings: &Settings) -> &str {
    settings.currency.as_str()
}

// ---- Labels and rules --------------------------------------------------------------------

/// Label of a pyramid tier by position (0 = large potential).
pub(crate) fn tier_label(band: usize) -> String {
    match band {
        0 => t("pyramid.tier_large"),
        1 => t("pyramid.tier_medium"),
        _ => t("pyramid.tier_small"),
    }
}

/// The rule in force in words, from the engine's structured rule. `labels` are the shown band
/// labels (translated); `value` writes a threshold in the basis's unit.
pub(crate) fn rule_sentence(
    rule: &TierRule,
    basis: &str,
    labels: &[String],
    value: impl Fn(f64) -> String,
) -> String {
    let n = labels.len();
    let parts: Vec<String> = match &rule.cut {
        Cut::RankShares(shares) => labels
            .iter()
            .zip(shares)
            .enumerate()
            .map(|(k, (label, share))| {
                let key = if k == 0 {
                    "pyramid.part_top"
                } else if k + 1 == n {
                    "pyramid.part_last"
                } else {
                    "pyramid.part_next"
                };
                tf(key, &[("label", label), ("share", &share_text(*share))])
            })
            .collect(),
        Cut::Thresholds(th) => labels
            .iter()
            .enumerate()
            .map(|(k, label)| match (th.get(k), th.last()) {
                (Some(v), _) if k == 0 => tf(
                    "pyramid.part_at_least",
                    &[("label", label), ("value", &value(*v))],
                ),
                (Some(v), _) => tf(
                    "pyramid.part_between",
                    &[
                        ("label", label),
                        ("low", &value(*v)),
                        ("high", &value(th[k - 1])),
                    ],
                ),
                (None, Some(v)) => tf(
                    "pyramid.part_below",
                    &[("label", label), ("value", &value(*v))],
                ),
                (None, None) => tf("pyramid.part_everyone", &[("label", label)]),
            })
            .collect(),
    };
    let key = match rule.cut {
        Cut::RankShares(_) => "pyramid.rule_ranked",
        Cut::Thresholds(_) => "pyramid.rule_thresholds",
    };
    tf(key, &[("basis", basis), ("parts", &parts.join("; "))])
}

/// The tie rule of a rank-share cut, with how many customers it moved up; `None` for
/// thresholds, which never split equal values.
pub(crate) fn tie_sentence(rule: &TierRule) -> Option<String> {
    match rule.cut {
        Cut::RankShares(_) if rule.moved_up > 0 => Some(format!(
            "{} {}",
            t("pyramid.ties_rule"),
            tf(
                "pyramid.ties_moved",
                &[("count", &format::number(rule.moved_up as f64, 0))]
            )
        )),
        Cut::RankShares(_) => Some(t("pyramid.ties_rule")),
        Cut::Thresholds(_) => None,
    }
}

/// How many not-rated customers are listed by name.
const NOT_RATED_SHOWN: usize = 100;

/// The value pyramid or the ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    Pyramid,
    Rating,
}

/// The customers of the pyramid or the ratings without a score, listed apart from the bands;
/// nothing when every customer is rated or the scheme could not be built.
pub(crate) fn not_rated_block(a: &Analysis, state: &AppState, scheme: Scheme) -> Option<AnyView> {
    let s = &a.settings_used;
    let (tiering, basis, test_id) = match scheme {
        Scheme::Pyramid => (&a.pyramid, s.pyramid.basis, "pyramid-not-rated"),
        Scheme::Rating => (&a.rating, s.rating.basis, "rating-not-rated"),
    };
    let tiering: &Tiering = tiering.as_ref().ok()?;
    let basis = basis_text(basis, &pyramid_names(s));
    let total = tiering.not_rated.len();
    if total == 0 {
        return None;
    }
    let rows: Vec<(String, String)> = tiering
        .not_rated
        .iter()
        .take(NOT_RATED_SHOWN)
        .filter_map(|&i| a.customers.get(i))
        .map(|c| (state.name_of(c), state.id_of(c)))
        .collect();
    let shown = rows.len();
    let count = format::number(total as f64, 0);
    Some(
        view! {
            <div class="not-rated" data-testid=test_id>
                <p>{tf("pyramid.not_rated", &[("count", &count), ("basis", &basis)])}</p>
                <div class="table-scroll">
                    <table class="not-rated">
                        <caption>{move || t("pyramid.not_rated_caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("pyramid.col_customer")}</th>
                                <th scope="col">{move || t("pyramid.col_id")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|(name, id)| view! {
                                <tr><th scope="row">{name}</th><td>{id}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(shown < total).then(|| view! {
                    <p class="note">{tf("pyramid.not_rated_more", &[("shown", &format::count(shown)), ("count", &count)])}</p>
                })}
            </div>
        }
        .into_any(),
    )
}

/// "Satisfaction: no customer has it; its weight 0.4 is shared among the others", for an
/// indicator left out of the composite `owner` (a weighted pyramid or a scorecard aspect).
pub(crate) fn dropped_sentence(owner: &str, d: &DroppedIndicator) -> String {
    let key = match d.reason {
        DropReason::NoValues => "pyramid.dropped_no_values",
        DropReason::NoSpread => "pyramid.dropped_no_spread",
    };
    tf(
        key,
        &[
            ("name", owner),
            ("indicator", &indicator_text(&d.indicator)),
            ("weight", &format::input_number(d.weight)),
        ],
    )
}

/// A share written with one decimal only when it needs one (20 %, 33.3 %).
pub(crate) fn share_text(share: f64) -> String {
    let p = share * 100.0;
    if (p - p.round()).abs() < 1e-9 {
        format::percent(share, 0)
    } else {
        format::percent(share, 1)
    }
}

/// Thresholds that reproduce a rank-share cut: the lowest score of every band but the last
/// (the engine's `cut_scores`); an empty band takes the value above it, and the list stays
/// descending. Used only to prefill the fields when the user switches to thresholds.
pub(crate) fn prefill_thresholds(cut_scores: &[Option<f64>], count: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(count);
    let mut previous: Option<f64> = None;
    for k in 0..count {
        let v = cut_scores
            .get(k)
            .copied()
            .flatten()
            .or(previous)
            .unwrap_or(0.0);
        let v = previous.map_or(v, |p| v.min(p));
        out.push(v);
        previous = Some(v);
    }
    out
}

// ---- Indicators --------------------------------------------------------------------------

/// The indicator in words.
pub(crate) fn indicator_text(indicator: &Indicator) -> String {
    match indicator {
        Indicator::Revenue => t("pyramid.ind_revenue"),
        Indicator::Profit => t("pyramid.ind_profit"),
        Indicator::PurchaseFrequency => t("pyramid.ind_purchase_frequency"),
        Indicator::AverageOrderValue => t("pyramid.ind_average_order_value"),
        Indicator::GrossMargin => t("pyramid.ind_gross_margin"),
        Indicator::ServiceCost => t("pyramid.ind_service_cost"),
        Indicator::RelationshipValue => t("pyramid.ind_relationship_value"),
        Indicator::LifetimeValue => t("pyramid.ind_lifetime_value"),
        Indicator::SizeBand => t("pyramid.ind_size_band"),
        Indicator::Age => t("pyramid.ind_age"),
        Indicator::ShareOfWallet => t("pyramid.ind_share_of_wallet"),
        Indicator::Named(name) => tf("pyramid.ind_named", &[("name", &name.replace('_', " "))]),
    }
}

/// Named indicators the seeds mention; offered even before a list carries them.
pub(crate) const USUAL_NAMED: [&str; 5] = [
    "growth",
    "collection_days",
    "satisfaction",
    "cooperation",
    "outlook",
];

// ---- Band tables -------------------------------------------------------------------------

/// One row of a tier or rating table, already written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BandRow {
    pub label: String,
    pub count: String,
    pub customer_share: String,
    pub revenue_share: String,
    pub profit_share: String,
    pub losses: String,
    pub range: String,
}

impl BandRow {
    pub(crate) fn new(label: String, band: &Band, unit: ScoreUnit, currency: &str) -> BandRow {
        let range = match (band.min_score, band.max_score) {
            (Some(lo), Some(hi)) => tf(
                "pyramid.range",
                &[
                    ("low", &unit.write(lo, currency)),
                    ("high", &unit.write(hi, currency)),
                ],
            ),
            _ => t("pyramid.no_scores"),
        };
        BandRow {
            label,
            count: format::number(band.count as f64, 0),
            customer_share: format::percent(band.customer_share, 1),
            revenue_share: value_share_text(band.revenue_share, 1),
            profit_share: value_share_text(band.profit_share, 1),
            losses: losses_text(&band.losses, currency),
            range,
        }
    }
}

/// A table of bands (tiers or ratings); `first` names the first column.
pub(crate) fn band_table(
    class: &'static str,
    caption: String,
    first: String,
    rows: Vec<BandRow>,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class=format!("bands {class}")>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_count_how")>{move || t("pyramid.col_count")}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_customer_share_how")>{move || t("pyramid.col_customer_share")}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_revenue_share_how")>{move || t("pyramid.col_revenue_share")}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_profit_share_how")>{move || t("pyramid.col_profit_share")}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_losses_how")>{move || t("pyramid.col_losses")}</th>
                        <th scope="col" title=move || t("pyramid.col_range_how")>{move || t("pyramid.col_range")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <th scope="row">{r.label}</th>
                                    <td class="num">{r.count}</td>
                                    <td class="num">{r.customer_share}</td>
                                    <td class="num">{r.revenue_share}</td>
                                    <td class="num">{r.profit_share}</td>
                                    <td class="num">{r.losses}</td>
                                    <td>{r.range}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analysis::analyse;
    use crate::engine::model::Customer;
    use crate::engine::model::Figure;
    use crate::engine::settings::{RatingScale, Settings, TierCuts};

    #[test]
    fn keys_round_trip() {
        for b in [
            ScoreBasis::Revenue,
            ScoreBasis::Profit,
            ScoreBasis::RelationshipValue,
            ScoreBasis::RelationshipScore,
            ScoreBasis::LifetimeValue,
            ScoreBasis::WeightedPyramid(3),
            ScoreBasis::Scorecard,
        ] {
            assert_eq!(basis_from_key(&basis_key(b)), b);
        }
        assert_eq!(
            basis_choices(&Settings::default()).len(),
            8,
            "five bases, two weighted pyramids, the scorecard"
        );
    }

    #[test]
    fn prefilled_thresholds_stay_descending() {
        assert_eq!(
            prefill_thresholds(&[Some(300.0), Some(150.0)], 2),
            vec![300.0, 150.0]
        );
        assert_eq!(
            prefill_thresholds(&[Some(300.0), None, Some(400.0)], 3),
            vec![300.0, 300.0, 300.0]
        );
        assert_eq!(prefill_thresholds(&[], 2), vec![0.0, 0.0]);
    }

    /// The list of the browser test (tests/browser/pyramid.test.mjs), checked natively.
    fn fixture() -> Vec<Customer> {
        let service = [
            100.0, 370.0, 100.0, 100.0, 100.0, 100.0, 60.0, 50.0, 40.0, 80.0,
        ];
        (0..10)
            .map(|i| Customer {
                id: format!("C{:02}", i + 1),
                name: format!("Customer {}", i + 1),
                revenue_per_year: Figure::of(1000.0 - 100.0 * i as f64),
                gross_margin: Figure::of(0.5),
                service_cost: Figure::of(service[i]),
                ..Default::default()
            })
            .collect()
    }

    /// The tie list of the browser test (tests/browser/pyramid.test.mjs, "a tie at a cut"),
    /// checked natively: margin 50 %, own service cost, profit = revenue × 0.5 − service cost.
    ///   C01 1000 × 0.5 − 100 = 400   C02 800 × 0.5 − 100 = 300   C03 700 × 0.5 − 100 = 250
    ///   C04  600 × 0.5 − 100 = 200   C05 180 × 0.5 − 100 = −10   C06 180 × 0.5 − 100 = −10
    ///   C07  160 × 0.5 − 100 = −20   C08 140 × 0.5 − 100 = −30   C09 120 × 0.5 − 100 = −40
    ///   C10 no revenue (counted 0) × 0.5 − 50 = −50
    fn tie_fixture() -> Vec<Customer> {
        let revenue = [
            Some(1000.0),
            Some(800.0),
            Some(700.0),
            Some(600.0),
            Some(180.0),
            Some(180.0),
            Some(160.0),
            Some(140.0),
            Some(120.0),
            None,
        ];
        (0..10)
            .map(|i| Customer {
                id: format!("C{:02}", i + 1),
                name: format!("Customer {}", i + 1),
                revenue_per_year: revenue[i].into(),
                gross_margin: Figure::of(0.5),
                service_cost: Figure::of(if i == 9 { 50.0 } else { 100.0 }),
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn tie_fixture_keeps_the_tie_in_one_tier() {
        let list = tie_fixture();
        let a = analyse(&list, &Settings::default());
        let profits: Vec<f64> = a.customers.iter().map(|c| c.profit.profit).collect();
        assert_eq!(
            profits,
            vec![400.0, 300.0, 250.0, 200.0, -10.0, -10.0, -20.0, -30.0, -40.0, -50.0]
        );
        // C10 has no revenue: its −50 is its service cost alone, so it is not rated by profit
        // (nor listed as losing money). 20/30/50 of the 9 rated by rank = round(1.8) = 2 and
        // round(4.5) = 5 → 2 / 3 / 4 would split C05 and C06 (both −10) between Medium and
        // Small; the tie goes whole to Medium: 2 / 4 / 3, one customer moved up.
        let p = a.pyramid.as_ref().unwrap();
        assert_eq!(
            p.bands.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![2, 4, 3]
        );
        assert_eq!(p.not_rated, vec![9]);
        assert_eq!(a.negative_profit, vec![8, 7, 6, 4, 5]);
        assert_eq!(
            (a.customers[4].tier, a.customers[5].tier),
            (Some(1), Some(1))
        );
        assert_eq!(
            tie_sentence(&p.rule).unwrap(),
            "Customers with equal values always share a tier or rating: where a cut would split a tie, the whole tie goes to the higher one. Customers moved up for this reason: 1."
        );
        // A–D 20/30/30/20 of 9 = round(1.8) = 2, round(4.5) = 5, round(7.2) = 7 → 2 / 3 / 2 / 2
        // by rank splits the same tie between B and C: 2 / 4 / 1 / 2.
        let r = a.rating.as_ref().unwrap();
        assert_eq!(
            r.bands.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![2, 4, 1, 2]
        );
        // Migration: C03 (250) needs the top's lowest, 300: gap 50, revenue 50 ÷ 0.5 = 100.
        // C07 (−20) needs the middle's lowest, −10: gap 10, revenue 20. No gap is 0.
        let first = &a.migration[0];
        assert_eq!(a.customers[first.index].id_in(&list), "C03");
        assert_eq!((first.score_gap, first.revenue_gap), (50.0, Some(100.0)));
        let below = a.migration.iter().find(|m| m.from_band == 2).unwrap();
        assert_eq!(a.customers[below.index].id_in(&list), "C07");
        assert_eq!((below.score_gap, below.revenue_gap), (10.0, Some(20.0)));
        assert!(a.migration.iter().all(|m| m.score_gap > 0.0));
        // Medium's 4 and Small's 3 (C10, not rated, has no tier to leave).
        assert_eq!(a.migration.len(), 4 + 3);

        // By revenue, C10 has none: not rated. 9 ranked, 20/30/50 = round(1.8) = 2 and
        // round(4.5) = 5 → 2 / 3 / 4 by rank, with the tie at 180 (C05, C06) kept in Medium:
        // 2 / 4 / 3.
        let mut s = Settings::default();
        s.pyramid.basis = ScoreBasis::Revenue;
        let a = analyse(&tie_fixture(), &s);
        let p = a.pyramid.as_ref().unwrap();
        assert_eq!(
            p.bands.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![2, 4, 3]
        );
        assert_eq!(p.not_rated, vec![9]);
        assert_eq!(a.customers[9].tier, None);
    }

    #[test]
    fn gaps_are_written_rounded_up_never_as_zero() {
        // 50 is on a shown digit and stays €50.00; 1.1 (stored as 1.100000000000000088…) stays
        // €1.10; 1.101 rounds up to €1.11; 0.001 becomes one cent, never €0.00.
        assert_eq!(ScoreUnit::Money.write_up(50.0, "EUR"), "€50.00");
        assert_eq!(ScoreUnit::Money.write_up(1.1, "EUR"), "€1.10");
        assert_eq!(ScoreUnit::Money.write_up(1.101, "EUR"), "€1.11");
        assert_eq!(ScoreUnit::Money.write_up(0.001, "EUR"), "€0.01");
        // Composite scores show 3 decimals: 0.0004 → 0.001; scorecard 1 decimal: 0.01 → 0.1.
        assert_eq!(ScoreUnit::Composite.write_up(0.0004, "EUR"), "0.001");
        assert_eq!(ScoreUnit::Scorecard.write_up(0.01, "EUR"), "0.1");
    }

    #[test]
    fn default_scorecard_on_the_browser_fixture_says_what_it_left_out() {
        // The list has profit, revenue, one margin for all (50 %) and service cost, nothing
        // else. The Customer aspect (growth, size, outlook) has nothing: left out, its 0.25
        // shared among Financial 0.3, Sales 0.2 and Service 0.25 → 0.3 ÷ 0.75 = 40 %,
        // 0.2 ÷ 0.75 = 26.7 %, 0.25 ÷ 0.75 = 33.3 %.
        let a = analyse(&fixture(), &Settings::default());
        let r = a.scorecard.as_ref().unwrap();
        assert_eq!(r.dropped_aspects, vec![2]);
        let w: Vec<String> = r.weights.iter().map(|w| format::percent(*w, 1)).collect();
        assert_eq!(w, vec!["40.0 %", "26.7 %", "0.0 %", "33.3 %"]);
        assert!(r.scores.iter().all(Option::is_some));
        // Service: satisfaction (0.4) and cooperation (0.3) nobody has; said beside the result.
        let service: Vec<String> = r.dropped_indicators[3]
            .iter()
            .map(|d| dropped_sentence(&r.aspects[3], d))
            .collect();
        assert_eq!(
            service,
            vec![
                "Service — satisfaction (from the list): no customer in the list has it; its weight 0.4 is shared among the other indicators.",
                "Service — cooperation (from the list): no customer in the list has it; its weight 0.3 is shared among the other indicators.",
            ]
        );
        // Financial: every margin is 50 %, so gross margin cannot tell customers apart.
        assert_eq!(
            dropped_sentence(&r.aspects[0], &r.dropped_indicators[0][0]),
            "Financial — gross margin: every customer who has it has the same value, so it cannot tell them apart; its weight 0.2 is shared among the other indicators."
        );
    }

    #[test]
    fn browser_fixture_numbers() {
        let list = fixture();
        let a = analyse(&list, &Settings::default());
        let profits: Vec<f64> = a.customers.iter().map(|c| c.profit.profit).collect();
        assert_eq!(
            profits,
            vec![400.0, 80.0, 300.0, 250.0, 200.0, 150.0, 140.0, 100.0, 60.0, -30.0]
        );
        let p = a.pyramid.as_ref().unwrap();
        let counts: Vec<usize> = p.bands.iter().map(|b| b.count).collect();
        assert_eq!(counts, vec![2, 3, 5]);
        let rev: Vec<String> = p
            .bands
            .iter()
            .map(|b| value_share_text(b.revenue_share, 1))
            .collect();
        assert_eq!(rev, vec!["32.7 %", "32.7 %", "34.5 %"]); // 1800, 1800, 1900 of 5500
        let pro: Vec<String> = p
            .bands
            .iter()
            .map(|b| value_share_text(b.profit_share, 1))
            .collect();
        // Of the profit of the profitable customers, 1,680: 700, 600 and 140 + 100 + 80 + 60
        // = 380 (C10's −30 is a loss, stated apart): 41.7 %, 35.7 %, 22.6 % (the net 1,650
        // gave 42.4 %, 36.4 %, 21.2 %).
        assert_eq!(pro, vec!["41.7 %", "35.7 %", "22.6 %"]);
        let losses: Vec<String> = p
            .bands
            .iter()
            .map(|b| losses_text(&b.losses, "EUR"))
            .collect();
        assert_eq!(losses, vec!["none", "none", "−€30.00 (1 losing money)"]);
        // Segments by revenue and profit (the browser test's table): profit shares of 1,680.
        let seg = a.segmentation.as_ref().unwrap();
        let segs: Vec<(usize, String, String)> = seg
            .segments
            .iter()
            .map(|s| {
                (
                    s.count,
                    value_share_text(s.profit_share, 1),
                    losses_text(&s.losses, "EUR"),
                )
            })
            .collect();
        let expect = [
            (4, "17.9 %", "−€30.00 (1 losing money)"), // 140 + 100 + 60 = 300 of 1,680
            (2, "26.8 %", "none"),                     // 450
            (1, "23.8 %", "none"),                     // 400
            (1, "4.8 %", "none"),                      // 80
            (1, "17.9 %", "none"),                     // 300
            (1, "8.9 %", "none"),                      // 150
        ];
        let expect: Vec<(usize, String, String)> = expect
            .iter()
            .map(|(n, p, l)| (*n, p.to_string(), l.to_string()))
            .collect();
        assert_eq!(segs, expect);
        let r = a.rating.as_ref().unwrap();
        assert_eq!(
            r.bands.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![2, 3, 3, 2]
        );
        assert_eq!(a.negative_profit, vec![9]);
        let first = &a.migration[0];
        assert_eq!(a.customers[first.index].id_in(&list), "C04");
        assert_eq!((first.score_gap, first.revenue_gap), (50.0, Some(100.0)));

        let mut s = Settings::default();
        s.rating.scale = RatingScale::OneToFive;
        let a = analyse(&fixture(), &s);
        let r = a.rating.as_ref().unwrap();
        assert_eq!(
            r.bands.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![2; 5]
        );
        s.pyramid.cuts = TierCuts::Thresholds {
            top: 250.0,
            middle: 100.0,
        };
        let a = analyse(&fixture(), &s);
        let p = a.pyramid.as_ref().unwrap();
        assert_eq!(
            p.bands.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![3, 4, 3]
        );
        let labels: Vec<String> = (0..3).map(tier_label).collect();
        assert_eq!(
            rule_sentence(&p.rule, &t("pyramid.basis_profit"), &labels, |v| {
                format::money(v, "EUR")
            }),
            "By profit, with thresholds: Large potential = €250.00 or more; Medium potential = €100.00 up to below €250.00; Small potential = below €100.00."
        );
    }
}
