//! End-to-end worked examples through [`analyse`] and property tests over random lists.
//! Tolerances: money to the cent (`CENTS`), shares and scores to 1e-9 (`SUMS`).

use super::analysis::{
    analyse, analysed_settings, cohort_view, reanalyse, reanalyse_changed, Analysis,
};
use super::ltv::{closed_form, ltv};
use super::model::{
    Answer, Channel, Customer, Figure, LifecycleStage, MarketType, SizeBand, Status,
};
use super::numeric::{rank, DiscountRate, Rate};
use super::profiles::AttributeValue;
use super::settings::{
    AcquisitionCharge, CacDenominator, ChurnDimension, CompanyStage, CostLine, DeliveredScale,
    DiscountConvention, Figures, IcpCriterion, IcpTest, Indicator, RatingCuts, RetentionLevel,
    RetentionLine, ScoreBasis, Settings, SpendLine, TargetRanking, TierCuts, WeightedIndicator,
    WeightedPyramid,
};
use crate::engine::tolerance::{CENTS, SUMS};
use proptest::prelude::*;
use strum::VariantArray;

fn customer(id: &str) -> Customer {
    Customer {
        id: id.into(),
        ..Default::default()
    }
}

/// Every number in the analysis is finite: Debug prints NaN as `NaN` and infinities as `inf`.
fn assert_all_finite(a: &Analysis) {
    let raw = format!("{a:?}");
    // Drop string literals (texts may legitimately say "NaN"); Debug escapes inner quotes.
    let mut text = String::with_capacity(raw.len());
    let (mut in_string, mut escaped) = (false, false);
    for ch in raw.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == '"' {
                in_string = false;
            }
        } else if ch == '"' {
            in_string = true;
            text.push(' ');
        } else {
            text.push(ch);
        }
    }
    for token in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.')) {
        let t = token.trim_start_matches('-');
        assert!(t != "NaN" && t != "inf", "non-finite number in analysis");
    }
}

#[test]
fn ages_twenty_and_seventy_through_analyse() {
    let mut young = customer("young");
    young.age = Some(20);
    young.revenue_per_year = Figure::of(500.0);
    let mut old = customer("old");
    old.age = Some(70);
    old.revenue_per_year = Figure::of(1_000.0);
    let mut org = customer("org");
    org.size_band = Some(SizeBand::Large);
    org.revenue_per_year = Figure::of(1_000.0);
    let settings = Settings {
        churn_rate: 0.2,
        discount_rate: 0.1,
        discount_convention: DiscountConvention::FirstYearUndiscounted,
        ..Settings::default()
    };
    let list = [young, old, org];
    let a = analyse(&list, &settings);
    let by_id = |id: &str| a.row_with_id(&list, id);
    let (Some(y), Some(o), Some(g)) = (by_id("young"), by_id("old"), by_id("org")) else {
        panic!("customers missing from the analysis");
    };
    let life = |row| a.lifetime_view(&list, row).expect("a row of this list");
    let (y_life, o_life, g_life) = (life(y), life(o), life(g));
    // The seed's ceiling, loyalty left aside: 60 × 500 and 10 × 1,000.
    assert!((y_life.ceiling.unwrap_or(0.0) - 30_000.0).abs() < CENTS);
    assert!((o_life.ceiling.unwrap_or(0.0) - 10_000.0).abs() < CENTS);
    assert_eq!(g_life.ceiling, None);
    // Loyalty counted: (1 − 0.8^10) ÷ 0.2 = 4.463129088 years at 70, (1 − 0.8^60) ÷ 0.2 =
    // 4.999992337522296 at 20, and 1 ÷ 0.2 = 5 for the organisation: one scale.
    assert!((o_life.years_counted - 4.463_129_088).abs() < SUMS);
    assert!((y_life.years_counted - 4.999_992_337_522_296).abs() < SUMS);
    assert!((g_life.years_counted - 5.0).abs() < SUMS);
    // LTV over those years at d = 10 %, first year undiscounted: four whole years
    // 1 + 1/1.1 + 1/1.21 + 1/1.331 = 3.486851991, then the part year 0.463129088 ÷ 1.4641:
    // 1,000 × 3.486851991 + 463.129088 ÷ 1.4641 = 3,486.851991 + 316.323399 = 3,803.175390.
    assert!((o.ltv - 3_803.175_390).abs() < CENTS, "{}", o.ltv);
    // 500 × 3.486851991 + 499.996168761 ÷ 1.4641 = 1,743.425996 + 341.504111 = 2,084.930106.
    assert!((y.ltv - 2_084.930_106).abs() < CENTS, "{}", y.ltv);
    // The organisation: five whole years, 1,000 × (3.486851991 + 1/1.4641) = 4,169.865446.
    assert!((g.ltv - 4_169.865_446).abs() < CENTS, "{}", g.ltv);
    assert!((a.totals.ltv - (y.ltv + o.ltv + g.ltv)).abs() < CENTS);
}

#[test]
fn capacity_100_of_300_through_analyse() {
    let list: Vec<Customer> = (0..300)
        .map(|i| Customer {
            revenue_per_year: Figure::of(100.0 + i as f64),
            ..customer(&format!("{i:03}"))
        })
        .collect();
    let a = analyse(
        &list,
        &Settings {
            capacity: 100,
            ..Settings::default()
        },
    );
    assert_eq!(a.targets.targets.len(), 100);
    assert_eq!(a.targets.others.len(), 200);
    assert!(a
        .targets
        .targets
        .iter()
        .all(|&i| a.customers[i].profit.revenue >= 300.0));
}

#[test]
fn churn_comparison_through_analyse() {
    let list: Vec<Customer> = (0..100).map(|i| customer(&format!("{i:03}"))).collect();
    let settings = Settings {
        churn_rate: 0.2,
        benchmark_churn_rate: Some(0.1),
        spend_lines: vec![SpendLine {
            name: "all".into(),
            amount: 25_000.0,
            ..Default::default()
        }],
        ..Settings::default()
    };
    let a = analyse(&list, &settings);
    assert_eq!(a.churn.lifetime, super::churn::Lifetime::Years(5.0));
    assert!((a.churn.replacement_need - 20.0).abs() < SUMS);
    let c = a
        .churn_comparison
        .as_ref()
        .map(|c| (c.b.replacement_need, c.extra_acquisition_spend));
    let cac = 250.0; // 25,000 ÷ 100 new customers
    assert_eq!(c.map(|c| c.0), Some(10.0));
    assert!((c.and_then(|c| c.1).unwrap_or(0.0) - (20.0 - 10.0) * cac).abs() < CENTS);
}

#[test]
fn hughes_through_analyse() {
    let s = Settings::default();
    let a = analyse(&[], &s);
    let ltvs: Vec<f64> = cohort_view(&s.cohort, &a.list_figures)
        .table
        .as_ref()
        .map(|t| t.rows.iter().map(|r| r.ltv).collect())
        .unwrap_or_default();
    assert_eq!(ltvs.len(), 3);
    for (got, want) in ltvs.iter().zip([-6.40, 26.25, 52.78]) {
        assert!((got - want).abs() < CENTS, "{got} vs {want}");
    }
}

#[test]
fn lookalike_lift_three_through_analyse() {
    // Top tier of 10 customers (by revenue), 6 of them in North; 20 of 100 in North overall.
    let list: Vec<Customer> = (0..100)
        .map(|i| Customer {
            revenue_per_year: Figure::of(1_000.0 - i as f64),
            region: if i < 6 || (10..24).contains(&i) {
                "North".into()
            } else {
                "South".into()
            },
            ..customer(&format!("{i:03}"))
        })
        .collect();
    let mut settings = Settings::default();
    settings.pyramid.basis = ScoreBasis::Revenue;
    settings.pyramid.cuts = TierCuts::RankShares {
        top: 0.1,
        middle: 0.4,
    };
    let mut entries = list;
    entries.push(Customer {
        status: Status::Prospect,
        needs_it: Answer::Yes,
        can_pay: Answer::Yes,
        region: "North".into(),
        ..customer("prospect")
    });
    let a = analyse(&entries, &settings);
    let north = a.tier_profiles[0]
        .attributes
        .iter()
        .find(|x| x.value == AttributeValue::Region("North".into()))
        .map(|x| x.lift);
    assert!((north.unwrap_or(0.0) - 3.0).abs() < SUMS);
    let p = &a.prospects.qualified[0];
    assert!(p
        .explanations
        .iter()
        .any(|e| e.value_in(&entries[p.input_index])
            == Some(AttributeValue::Region("North".into()))
            && (e.lift - 3.0).abs() < SUMS));
    assert_eq!(p.resembled_band, Some(0));
}

/// Edits of one indicator the scorecard weighs, one after another: strictly inside its scale,
/// of one of two customers at an end (the scale stays), of the other (it shrinks), of the one
/// alone at the new end, and beyond the end. After each the analysis is the one a fresh
/// analysis gives.
#[test]
fn scales_move_when_the_customer_holding_an_end_is_edited() {
    let mut list: Vec<Customer> = (0..13)
        .map(|i| {
            let mut c = customer(&format!("c{i:02}"));
            c.revenue_per_year = Figure::of(1_000.0 + 100.0 * f64::from(i));
            c.service_cost = Figure::of(50.0 + 5.0 * f64::from(i % 4));
            // c11 and c12 both at growth's end, 11.
            c.indicators.insert("growth".into(), f64::from(i.min(11)));
            c.indicators.insert("satisfaction".into(), f64::from(i % 5));
            c
        })
        .collect();
    let settings = Settings::default();
    let mut a = analyse(&list, &settings);
    let steps: [(usize, f64); 5] = [
        // Inside (growth 0 to 11).
        (3, 4.5),
        // c11 leaves the end c12 still holds: the scale stays.
        (11, 5.0),
        // c12, the last at 11, leaves it: the scale is 0 to 10 now.
        (12, 6.0),
        // c10 holds the new end 10 alone: moved inside again.
        (10, 2.5),
        // Beyond the end.
        (4, 40.0),
    ];
    for (at, growth) in steps {
        list[at].indicators.insert("growth".into(), growth);
        a = reanalyse_changed(a, &list, &settings, &[at]);
        assert_eq!(
            format!("{a:?}"),
            format!("{:?}", analyse(&list, &settings)),
            "after customer {at}'s growth set to {growth}"
        );
    }
}

#[test]
fn undefined_cases_are_defined() {
    let settings = Settings {
        churn_rate: 0.0,
        new_customers: Some(0),
        spend_lines: vec![SpendLine {
            amount: 1_000.0,
            ..Default::default()
        }],
        ..Settings::default()
    };
    // Empty list.
    let a = analyse(&[], &settings);
    assert_eq!(a.customer_count, 0);
    assert_eq!(a.churn.lifetime, super::churn::Lifetime::Unbounded);
    assert!(a.acquisition.average_cac.is_err());
    assert_all_finite(&a);
    // One customer with nothing known.
    let a = analyse(&[customer("x")], &settings);
    assert_eq!(a.customers.len(), 1);
    assert_all_finite(&a);
    // All equal, negative profit, non-finite inputs and settings.
    let list: Vec<Customer> = (0..5)
        .map(|i| Customer {
            revenue_per_year: Figure::of(100.0),
            service_cost: Figure::of(500.0),
            gross_margin: Figure::of(f64::NEG_INFINITY),
            brand_value: Figure::of(f64::INFINITY),
            ..customer(&i.to_string())
        })
        .collect();
    let bad = Settings {
        discount_rate: f64::NAN,
        life_expectancy: -3.0,
        ..settings
    };
    let a = analyse(&list, &bad);
    assert!(!a.warnings.is_empty());
    assert_eq!(a.negative_profit.len(), 5);
    assert_eq!(a.revenue_pareto.gini, Some(0.0));
    assert_all_finite(&a);
}

fn arb_customer() -> impl Strategy<Value = Customer> {
    (
        (
            prop::option::of(0.0f64..1e6),
            prop::option::of(0.0f64..1.0),
            prop::option::of(0.0f64..5e4),
            prop::option::of(0.0f64..5e3),
            prop::option::of(0u32..100),
            prop::option::of(0usize..4),
        ),
        (
            prop::option::of(0usize..4),
            0usize..4,
            // 5 = no market type given.
            0usize..6,
            prop::option::of(0.0f64..10.0),
            prop::option::of(-0.5f64..1.0),
            prop::option::of(0.0f64..90.0),
            any::<bool>(),
        ),
        // Churn measured from the list: one entry in three a former customer; dates of first purchase and of loss
        // around the years measured (a current customer's date of loss is one won back).
        (
            0u8..3,
            prop::option::of(2021i32..2026),
            prop::option::of(2022i32..2026),
        ),
        // The customer's side and growth of profit.
        (
            prop::option::of(-0.5f64..0.5),
            prop::option::of(0.0f64..2e6),
            prop::option::of(0.0f64..12.0),
            prop::option::of(0.0f64..12.0),
            prop::option::of(0usize..4),
        ),
    )
        .prop_map(
            |(
                (rev, margin, svc, acq, age, size),
                (channel, region, market, brand, growth, days, prospect),
                (former, first, lost),
                (profit_growth, spend, product, price, stage),
            )| {
                let june =
                    |y: Option<i32>| y.and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 6, 1));
                let mut c = Customer {
                    status: if prospect {
                        Status::Prospect
                    } else if former == 0 {
                        Status::Former
                    } else {
                        Status::Customer
                    },
                    first_purchase: june(first),
                    lost_on: june(lost),
                    needs_it: Answer::Yes,
                    can_pay: if region == 0 { Answer::No } else { Answer::Yes },
                    revenue_per_year: rev.into(),
                    gross_margin: margin.into(),
                    service_cost: svc.into(),
                    acquisition_cost: acq.into(),
                    age,
                    size_band: size.map(|s| {
                        [
                            SizeBand::Micro,
                            SizeBand::Small,
                            SizeBand::Medium,
                            SizeBand::Large,
                        ][s]
                    }),
                    channel: channel.map(|k| {
                        [
                            Channel::Referral,
                            Channel::Search,
                            Channel::TradeShow,
                            Channel::Email,
                        ][k]
                    }),
                    region: ["North", "South", "East", ""][region].into(),
                    market_type: [
                        MarketType::Consumer,
                        MarketType::Producer,
                        MarketType::Intermediary,
                        MarketType::Government,
                        MarketType::International,
                    ]
                    .get(market)
                    .copied(),
                    brand_score: brand.into(),
                    // The relationship score's other normalised columns, from draws above.
                    brand_value: brand.filter(|b| *b > 5.0).map(|b| b * 100.0).into(),
                    market_share_score: days.filter(|_| region != 2).map(|d| d / 9.0).into(),
                    implicit_cost_hours: age
                        .filter(|a| a % 3 == 0)
                        .map(|a| f64::from(a) / 4.0)
                        .into(),
                    profit_growth: profit_growth.into(),
                    category_spend: spend.into(),
                    lifecycle_stage: stage.map(|k| LifecycleStage::VARIANTS[k]),
                    ..Default::default()
                };
                c.delivered.product = product;
                c.delivered.price = price;
                if let Some(g) = growth {
                    c.indicators.insert("growth".into(), g);
                }
                if let Some(d) = days {
                    c.indicators.insert("collection_days".into(), d);
                }
                c
            },
        )
}

fn arb_list() -> impl Strategy<Value = Vec<Customer>> {
    prop::collection::vec(arb_customer(), 0..40).prop_map(|mut v| {
        for (i, c) in v.iter_mut().enumerate() {
            c.id = format!("id{i:03}");
        }
        v
    })
}

fn arb_settings() -> impl Strategy<Value = Settings> {
    (
        0.0f64..1.0,
        0.0f64..0.5,
        any::<bool>(),
        0usize..30,
        0.0f64..1e5,
        0usize..3,
        any::<bool>(),
        (
            0u64..6,
            0usize..3,
            prop::option::of(2022i32..2027),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(churn, d, spread, capacity, spend, stage, end, (min, by, year, sales))| Settings {
                churn_min_at_start: min,
                churn_segments_by: [
                    ChurnDimension::MarketType,
                    ChurnDimension::Channel,
                    ChurnDimension::SizeBand,
                ][by],
                churn_year: year,
                retention_lines: vec![RetentionLine {
                    name: "x".into(),
                    level: RetentionLevel::Social,
                    amount: spend / 2.0,
                }],
                cac_denominator: if sales {
                    CacDenominator::SalesClosed
                } else {
                    CacDenominator::NewCustomers
                },
                sales_closed: Some(7),
                service_cost_benchmark: Some(spend / 10.0),
                churn_rate: churn,
                discount_rate: d,
                acquisition_charge: if spread {
                    AcquisitionCharge::SpreadOverLifetime
                } else {
                    AcquisitionCharge::YearWon
                },
                discount_convention: if end {
                    DiscountConvention::EndOfYear
                } else {
                    DiscountConvention::FirstYearUndiscounted
                },
                capacity,
                company_stage: [
                    CompanyStage::Startup,
                    CompanyStage::Growth,
                    CompanyStage::Mature,
                ][stage],
                spend_lines: vec![SpendLine {
                    name: "x".into(),
                    amount: spend,
                    channel: Some(Channel::Search),
                    ..Default::default()
                }],
                benchmark_churn_rate: Some(0.1),
                retention_budget: spend,
                delivered_scale: if end {
                    DeliveredScale::Score
                } else {
                    DeliveredScale::Money
                },
                stage_growth: [
                    (LifecycleStage::Formation, 0.2),
                    (LifecycleStage::Decline, -0.3),
                ]
                .into_iter()
                .take(stage)
                .collect(),
                ..Settings::default()
            },
        )
}

/// Every score basis, the first weighted pyramid's for the pyramids.
const SCORE_BASES: [ScoreBasis; 7] = [
    ScoreBasis::Revenue,
    ScoreBasis::Profit,
    ScoreBasis::RelationshipValue,
    ScoreBasis::RelationshipScore,
    ScoreBasis::LifetimeValue,
    ScoreBasis::WeightedPyramid(0),
    ScoreBasis::Scorecard,
];

/// A point of `list`'s range of the figure `read`, by `k`: inside it (a scale stays), at either
/// end (it stays unless the customer edited held that end alone), beyond it.
fn range_point(list: &[Customer], read: &dyn Fn(&Customer) -> Option<f64>, k: u8) -> f64 {
    let known: Vec<f64> = list.iter().filter_map(read).collect();
    let min = known.iter().copied().fold(f64::INFINITY, f64::min);
    let max = known.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let f = [0.5, 0.0, 1.0, 1.5][usize::from(k)];
    if known.is_empty() {
        f
    } else {
        min + f * (max - min)
    }
}

fn strip_positions(mut a: Analysis) -> Analysis {
    for c in &mut a.customers {
        c.input_index = 0;
    }
    for p in a
        .prospects
        .qualified
        .iter_mut()
        .chain(a.prospects.losing.iter_mut())
        .chain(a.prospects.not_qualified.iter_mut())
    {
        p.input_index = 0;
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The counts shown beside the list without an analysis are the analysis's own.
    #[test]
    fn entry_counts_are_the_analysis_counts(list in arb_list(), settings in arb_settings()) {
        let a = analyse(&list, &settings);
        prop_assert_eq!(
            super::analysis::entry_counts(&list),
            (a.customer_count, a.prospect_count)
        );
    }

    /// An edit of a single stage's settings, applied to the analysis before it, gives what a
    /// full analysis gives, whichever of those settings change and whatever else changes too.
    #[test]
    fn reanalysing_equals_analysing(
        list in arb_list(),
        settings in arb_settings(),
        top in 0.0f64..1.2,
        value in 0.0f64..1.2,
        threshold in 0.0f64..1.2,
        capacity in 0usize..30,
        by_score in any::<bool>(),
        benchmark in prop::option::of(0.0f64..1.2),
        also_churn in any::<bool>(),
        budget in 0.0f64..1e6,
        market in prop::option::of(1.0f64..1e6),
        which in 0u8..64,
    ) {
        let previous = analyse(&list, &settings);
        let mut edited = settings.clone();
        if which & 1 != 0 {
            edited.pareto_top_share = top;
            edited.pareto_value_share = value;
        }
        if which & 2 != 0 {
            edited.concentration_threshold = threshold;
        }
        if which & 4 != 0 {
            edited.capacity = capacity;
            edited.target_ranking = if by_score { TargetRanking::Score } else { TargetRanking::Money };
        }
        if which & 8 != 0 {
            edited.benchmark_churn_rate = benchmark;
        }
        if which & 16 != 0 {
            edited.retention_budget = budget;
        }
        if which & 32 != 0 {
            edited.icp.market.market_size = market;
        }
        if also_churn {
            edited.churn_rate = (settings.churn_rate + 0.1) % 1.0;
        }
        prop_assert_eq!(reanalyse(previous, &list, &edited), analyse(&list, &edited));
    }

    /// An edit of one to three entries, applied to the analysis before it, gives what a full
    /// analysis gives: figures, costs, indicators, dates, channels, statuses and ids (which
    /// leave the earlier order of the customers unusable), values drawn from a few so that
    /// scores tie, and the rankings the result keeps are those a fresh sort gives.
    #[test]
    fn reanalysing_changed_entries_equals_analysing(
        list in arb_list(),
        settings in arb_settings(),
        basis in 0usize..7,
        service in prop::option::of(0.0f64..2e6),
        icp in 0usize..3,
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..33, 0u8..4, any::<bool>()), 1..4),
        third in any::<bool>(),
        bad_cuts in any::<bool>(),
    ) {
        let mut settings = settings;
        // Weighted pyramids and the scorecard are patched for the customers edited while no
        // indicator's min–max scale moves: a third pyramid on figures an edit can move for
        // others (service cost shared, lifetime value) and on the customer's own entry, and
        // the first one untiered (its thresholds are not descending) but still a basis.
        if third {
            settings.weighted_pyramids.push(WeightedPyramid {
                name: "third".into(),
                components: vec![
                    WeightedIndicator::new(Indicator::ShareOfWallet, 0.4),
                    WeightedIndicator::lower(Indicator::ServiceCost, 0.3),
                    WeightedIndicator::new(Indicator::LifetimeValue, 0.2),
                    WeightedIndicator::new(Indicator::Age, 0.1),
                ],
                cuts: TierCuts::default(),
            });
        }
        if bad_cuts {
            settings.weighted_pyramids[0].cuts = TierCuts::Thresholds { top: 0.2, middle: 0.8 };
        }
        // Ideal-customer criteria on the customer's own texts and figures (the customers not
        // edited keep their fit when their money figures are kept).
        let criterion = |test: IcpTest| IcpCriterion {
            name: "test".into(),
            area: Default::default(),
            weight: 1.0,
            test,
        };
        match icp {
            1 => {
                settings.icp.criteria = vec![
                    criterion(IcpTest::RegionIn(vec!["North".into(), "West".into()])),
                    criterion(IcpTest::AtLeast { indicator: Indicator::Named("growth".into()), min: 0.0 }),
                    criterion(IcpTest::AtMost { indicator: Indicator::ServiceCost, max: 1_000.0 }),
                ]
            }
            2 => {
                settings.icp.criteria = vec![
                    criterion(IcpTest::MarketTypeIn(vec![MarketType::Consumer, MarketType::Producer])),
                    criterion(IcpTest::AttributeIn { key: "style".into(), values: vec!["fast".into()] }),
                    criterion(IcpTest::Between { indicator: Indicator::LifetimeValue, min: 0.0, max: 1e5 }),
                ]
            }
            _ => {}
        }
        settings.pyramid.basis = SCORE_BASES[basis];
        // A total to share makes an edit of one customer's own service cost move every other's.
        settings.service_cost_lines = service
            .map(|amount| CostLine { amount, ..Default::default() })
            .into_iter()
            .collect();
        prop_assume!(!list.is_empty());
        let previous = analyse(&list, &settings);
        let mut after = list.clone();
        let mut changed = Vec::new();
        // A point of the list's range of a figure before the edits.
        let range_point = |read: &dyn Fn(&Customer) -> Option<f64>, k: u8| range_point(&list, read, k);
        for (at, what, k, known) in edits {
            let p = at.index(after.len());
            changed.push(p);
            let value = [0.0, 100.0, 2_500.0, -0.0][usize::from(k)];
            let some = |v: f64| known.then_some(v);
            let c = &mut after[p];
            match what {
                0 => c.revenue_per_year = some(value).into(),
                1 => c.gross_margin = some(value / 2_500.0).into(),
                2 => c.service_cost = some(value).into(),
                3 => c.acquisition_cost = some(value).into(),
                4 => {
                    if known {
                        c.indicators.insert("growth".into(), value / 2_500.0);
                    } else {
                        c.indicators.remove("growth");
                    }
                }
                5 => {
                    c.status = if c.status == Status::Customer {
                        Status::Prospect
                    } else {
                        Status::Customer
                    }
                }
                6 => {
                    c.channel = known.then_some(
                        [Channel::Referral, Channel::Search, Channel::TradeShow, Channel::Email]
                            [usize::from(k)],
                    )
                }
                7 => {
                    c.first_purchase = known
                        .then(|| chrono::NaiveDate::from_ymd_opt(2023 + i32::from(k), 6, 1))
                        .flatten()
                }
                8 => c.id = format!("id{:03}", usize::from(k) * 3),
                9 => c.brand_score = some(value / 250.0).into(),
                10 => c.age = known.then_some(20 + u32::from(k) * 10),
                // Attributes the tier profiles count, to values the list may not have had
                // (the profiles of the customers not edited are counted from the earlier ones).
                12 => c.region = ["North", "West", " ", ""][usize::from(k)].into(),
                13 => {
                    if known {
                        c.custom.insert("style".into(), ["fast", "slow", "", "owner"][usize::from(k)].into());
                    } else {
                        c.custom.clear();
                    }
                }
                14 => c.market_type = known.then_some([MarketType::Consumer, MarketType::International, MarketType::Producer, MarketType::Government][usize::from(k)]),
                // Indicators read from the entry alone (their columns are kept for the others).
                15 => c.purchases_per_year = some(value / 100.0).into(),
                16 => {
                    c.size_band = known.then_some(
                        [SizeBand::Micro, SizeBand::Small, SizeBand::Medium, SizeBand::Large]
                            [usize::from(k)],
                    )
                }
                // A former customer's loss moves the churn measured, so every lifetime.
                17 => {
                    c.status = match c.status {
                        Status::Customer => Status::Former,
                        Status::Former => Status::Prospect,
                        Status::Prospect => Status::Customer,
                    }
                }
                18 => {
                    c.lost_on = known
                        .then(|| chrono::NaiveDate::from_ymd_opt(2022 + i32::from(k), 3, 1))
                        .flatten()
                }
                // The customer's side and growth of profit.
                19 => c.profit_growth = some([0.0, 0.1, -0.5, 0.3][usize::from(k)]).into(),
                20 => c.category_spend = some(value * 2.0).into(),
                21 => c.delivered.price = some(value / 250.0),
                22 => c.delivered.product = some(value / 500.0),
                23 => {
                    c.lifecycle_stage = known.then_some(
                        [LifecycleStage::Exploration, LifecycleStage::Formation, LifecycleStage::Stability, LifecycleStage::Decline]
                            [usize::from(k)],
                    )
                }
                24 => c.revenue_per_year = known.then(|| range_point(&|c| c.revenue_per_year.get(), k)).into(),
                25 => {
                    let v = range_point(&|c| c.indicators.get("growth").copied(), k);
                    if known {
                        c.indicators.insert("growth".into(), v);
                    } else {
                        c.indicators.remove("growth");
                    }
                }
                26 => {
                    let v = range_point(&|c| c.indicators.get("collection_days").copied(), k);
                    if known {
                        c.indicators.insert("collection_days".into(), v);
                    } else {
                        c.indicators.remove("collection_days");
                    }
                }
                27 => c.purchases_per_year = known.then(|| range_point(&|c| c.purchases_per_year.get(), k)).into(),
                // The relationship score's normalised columns: inside the list's range (the
                // scales stay and the others keep their scores), at either end, beyond (the
                // scales move and every customer is scored again).
                28 => c.brand_value = known.then(|| range_point(&|c| c.brand_value.get(), k)).into(),
                29 => c.market_share_value = known.then(|| range_point(&|c| c.market_share_value.get(), k)).into(),
                30 => c.market_share_score = known.then(|| range_point(&|c| c.market_share_score.get(), k)).into(),
                31 => c.implicit_cost_hours = known.then(|| range_point(&|c| c.implicit_cost_hours.get(), k)).into(),
                _ => c.name = format!("renamed {k}"),
            }
        }
        let incremental = reanalyse_changed(previous, &after, &settings, &changed);
        let ids: Vec<&str> = incremental.customers.iter().map(|c| c.id_in(&after)).collect();
        for r in incremental.kept_rankings() {
            prop_assert_eq!(r.order(), &rank(&r.scores(), &ids, r.lower_is_better())[..]);
        }
        prop_assert_eq!(incremental, analyse(&after, &settings));
    }

    /// Edits of the customer's side and of what its stages read (delivered value, its
    /// market type's stand-in, category spend, revenue and the LTV it moves, growth, lifecycle
    /// stage, size band, age, purchases), two rounds of them, give what a full analysis gives
    /// bit for bit (debug text tells -0.0 from 0.0): the rows not edited keep their delivered
    /// value, wallet and growth, and the stages after the money figures read them.
    #[test]
    fn editing_the_customers_side_equals_analysing_bit_for_bit(
        list in arb_list(),
        settings in arb_settings(),
        segment in any::<bool>(),
        rounds in prop::collection::vec(
            prop::collection::vec((any::<prop::sample::Index>(), 0u8..12, 0u8..4, any::<bool>()), 1..4),
            1..3,
        ),
    ) {
        prop_assume!(!list.is_empty());
        let mut settings = settings;
        if segment {
            settings.segment_delivered.insert(
                MarketType::Producer,
                crate::engine::model::DeliveredValue {
                    product: Some(9.0),
                    price: Some(4.0),
                    ..Default::default()
                },
            );
        }
        let mut previous = analyse(&list, &settings);
        let mut after = list.clone();
        for edits in rounds {
            let mut changed = Vec::new();
            for (at, what, k, known) in edits {
                let p = at.index(after.len());
                changed.push(p);
                let value = [0.0, 3.0, 2_500.0, -0.0][usize::from(k)];
                let some = |v: f64| known.then_some(v);
                let c = &mut after[p];
                match what {
                    0 => c.delivered.product = some(value),
                    1 => c.delivered.price = some(value / 100.0),
                    2 => c.delivered = crate::engine::model::DeliveredValue::default().into(),
                    3 => c.category_spend = some(value * 2.0).into(),
                    4 => c.revenue_per_year = some(value).into(),
                    5 => c.profit_growth = some([0.0, 0.1, -0.5, 0.3][usize::from(k)]).into(),
                    6 => c.lifecycle_stage = known.then_some(LifecycleStage::VARIANTS[usize::from(k)]),
                    7 => c.size_band = known.then_some(SizeBand::VARIANTS[usize::from(k)]),
                    8 => c.age = known.then_some(20 + u32::from(k) * 10),
                    9 => c.purchases_per_year = some(value / 100.0).into(),
                    10 => c.market_type = known.then_some(MarketType::VARIANTS[usize::from(k)]),
                    _ => c.gross_margin = some(value / 2_500.0).into(),
                }
            }
            let incremental = reanalyse_changed(previous, &after, &settings, &changed);
            let full = analyse(&after, &settings);
            prop_assert_eq!(format!("{incremental:?}"), format!("{full:?}"));
            previous = incremental;
        }
    }

    /// Rounds of edits of the indicators the weighted pyramids and the scorecard weigh, each to
    /// a point inside the list's range, at either end or beyond it as the list then stands,
    /// give what a full analysis gives bit for bit after every round: the composites and the
    /// scorecard patched for the customers edited while their scales stay, scored again when
    /// an edit moves one, edit after edit.
    #[test]
    fn rounds_of_edits_inside_and_at_the_scales_ends_equal_analysing(
        list in arb_list(),
        settings in arb_settings(),
        rounds in prop::collection::vec(
            prop::collection::vec((any::<prop::sample::Index>(), 0u8..5, 0u8..4, any::<bool>()), 1..3),
            1..5,
        ),
    ) {
        prop_assume!(!list.is_empty());
        let mut previous = analyse(&list, &settings);
        let mut after = list;
        for edits in rounds {
            let mut changed = Vec::new();
            for (at, what, k, known) in edits {
                let p = at.index(after.len());
                changed.push(p);
                let read: &dyn Fn(&Customer) -> Option<f64> = match what {
                    0 => &|c: &Customer| c.indicators.get("growth").copied(),
                    1 => &|c: &Customer| c.indicators.get("collection_days").copied(),
                    2 => &|c: &Customer| c.purchases_per_year.get(),
                    3 => &|c: &Customer| c.revenue_per_year.get(),
                    _ => &|c: &Customer| c.age.map(f64::from),
                };
                let v = range_point(&after, read, k);
                let c = &mut after[p];
                match what {
                    0 | 1 => {
                        let name = ["growth", "collection_days"][usize::from(what)];
                        if known {
                            c.indicators.insert(name.into(), v);
                        } else {
                            c.indicators.remove(name);
                        }
                    }
                    2 => c.purchases_per_year = known.then_some(v).into(),
                    3 => c.revenue_per_year = known.then_some(v).into(),
                    _ => c.age = known.then_some(v.round() as u32),
                }
            }
            let incremental = reanalyse_changed(previous, &after, &settings, &changed);
            let full = analyse(&after, &settings);
            prop_assert_eq!(format!("{incremental:?}"), format!("{full:?}"));
            previous = incremental;
        }
    }

    /// The page analyses a list again only when its customers or `analysed_settings` change
    /// (a cohort-table edit only rebuilds the table): that is right only while `analyse`
    /// reads nothing of the settings that `analysed_settings` leaves out.
    #[test]
    fn cohort_inputs_change_no_analysis(
        list in arb_list(),
        settings in arb_settings(),
        size in 1.0f64..1e6,
        retention in 0.0f64..1.0,
        years in 1usize..6,
        shown in 0usize..3,
    ) {
        let mut edited = settings.clone();
        let c = &mut edited.cohort;
        c.cohort_size = size;
        c.years.resize(years, c.years[0]);
        c.years[0].retention = retention;
        c.shown = Some([Figures::List, Figures::Example, Figures::Own][shown]);
        prop_assert_eq!(analysed_settings(&settings), analysed_settings(&edited));
        let mut full = analyse(&list, &edited);
        full.settings_used.cohort = settings.cohort.clone();
        prop_assert_eq!(full, analyse(&list, &settings));
    }

    /// Churn measured from the list: every attribute's segments and its unknown group add up to the list's counts,
    /// nobody is lost who was not there at the start, and every rate is a fraction.
    #[test]
    fn measured_churn_segments_add_up(list in arb_list(), settings in arb_settings()) {
        let a = analyse(&list, &settings);
        let m = &a.measured_churn;
        prop_assert_eq!(m.dimensions.len(), 3);
        let counts = std::iter::once(m.overall).chain(m.dimensions.iter().flat_map(|d| {
            d.segments.iter().map(|s| s.counts).chain(std::iter::once(d.unknown))
        }));
        for c in counts {
            prop_assert!(c.lost <= c.at_start);
            prop_assert_eq!(c.rate.is_some(), c.at_start > 0);
            prop_assert!(c.rate.is_none_or(|r| (0.0..=1.0).contains(&r)));
        }
        for d in &m.dimensions {
            let at_start: u64 = d.segments.iter().map(|s| s.counts.at_start).sum();
            let lost: u64 = d.segments.iter().map(|s| s.counts.lost).sum();
            prop_assert_eq!(at_start + d.unknown.at_start, m.overall.at_start);
            prop_assert_eq!(lost + d.unknown.lost, m.overall.lost);
        }
        prop_assert!(m.undated_at_start <= m.overall.at_start);
        // Every customer's churn in force is a fraction, and its lifetime view says which.
        for c in &a.customers {
            let life = a.lifetime_view(&list, c);
            prop_assert!(life.is_some_and(|l| (0.0..=1.0).contains(&l.churn.rate)));
        }
        prop_assert!((0.0..=1.0).contains(&a.churn_in_force.list.rate));
    }

    #[test]
    fn analysis_invariants(list in arb_list(), settings in arb_settings()) {
        let a = analyse(&list, &settings);
        assert_all_finite(&a);
        let n = a.customer_count;
        for tiering in [a.pyramid.as_ref(), a.rating.as_ref()].into_iter().flatten() {
            let unrated = tiering.not_rated.len();
            prop_assert_eq!(tiering.bands.iter().map(|b| b.count).sum::<usize>() + unrated, n);
            if n > 0 {
                let cs: f64 = tiering.bands.iter().map(|b| b.customer_share).sum();
                prop_assert!((cs + unrated as f64 / n as f64 - 1.0).abs() < SUMS);
            }
            // Shares of positive sums (a loss has no share): bands cover the rated customers, so
            // with nobody left unrated they add up to 1 whenever there is anything to share,
            // whatever the signs.
            if a.totals.revenue > 0.0 && unrated == 0 {
                let rs: f64 = tiering.bands.iter().filter_map(|b| b.revenue_share).sum();
                prop_assert!((rs - 1.0).abs() < SUMS);
            }
            if a.customers.iter().any(|c| c.profit.profit > 0.0) && unrated == 0 {
                let ps: f64 = tiering.bands.iter().filter_map(|b| b.profit_share).sum();
                prop_assert!((ps - 1.0).abs() < SUMS);
            }
        }
        // Profit by tier and the untiered customers' profit make up the list's profit.
        if let Some(by_tier) = a.profit_by_tier() {
            let untiered: f64 = a.customers.iter().filter(|c| c.tier.is_none()).map(|c| c.profit.profit).sum();
            let sum: f64 = by_tier.iter().sum::<f64>() + untiered;
            prop_assert!((sum - a.totals.profit).abs() <= SUMS * a.totals.profit.abs().max(1.0));
            prop_assert_eq!(by_tier.len(), a.pyramid.as_ref().map_or(0, |p| p.bands.len()));
        }
        for w in a.weighted_pyramids.iter().flatten() {
            let unrated = w.tiering.not_rated.len();
            prop_assert_eq!(w.tiering.bands.iter().map(|b| b.count).sum::<usize>() + unrated, n);
        }
        for p in [&a.revenue_pareto, &a.profit_pareto] {
            prop_assert!(p.gini.is_none_or(|g| (0.0..1.0).contains(&g)));
            prop_assert!(p.curve.windows(2).all(|w| w[0].customers <= w[1].customers && w[0].value <= w[1].value + SUMS));
            if p.positive_total > 0.0 {
                let last = p.curve.last().map(|c| (c.customers, c.value));
                prop_assert_eq!(last, Some((1.0, 1.0)));
            }
        }
        // Gaps are gaps: a customer without a revenue has no revenue or profit rank, no
        // Pareto place and is not counted as losing money; the rated hold ranks 1..=k once.
        let rated = a.customers.iter().filter(|c| c.profit.revenue_known).count();
        for c in &a.customers {
            prop_assert_eq!(c.revenue_rank.is_some(), c.profit.revenue_known);
            prop_assert_eq!(c.profit_rank.is_some(), c.profit.revenue_known);
        }
        for ranks in [
            a.customers.iter().filter_map(|c| c.revenue_rank).collect::<Vec<_>>(),
            a.customers.iter().filter_map(|c| c.profit_rank).collect::<Vec<_>>(),
        ] {
            let mut ranks = ranks;
            ranks.sort_unstable();
            prop_assert_eq!(ranks, (1..=rated).collect::<Vec<_>>());
        }
        prop_assert!(a.negative_profit.iter().all(|&i| a.customers[i].profit.revenue_known));
        prop_assert_eq!((a.revenue_pareto.count, a.profit_pareto.count), (rated, rated));
        let market_customers: usize = a.markets.iter().map(|m| m.customers).sum();
        prop_assert_eq!(market_customers, n);
        prop_assert_eq!(a.targets.targets.len() + a.targets.others.len(), n);
        prop_assert!(a.targets.targets.len() <= settings.capacity);
        let rows = super::results::rows(&a, &list);
        prop_assert!(rows.iter().all(|r| r.cells().len() == super::results::HEADERS.len()));
    }

    #[test]
    fn independent_of_input_order(list in arb_list(), settings in arb_settings(), seed in any::<u64>()) {
        let mut shuffled = list.clone();
        // Fisher–Yates with a tiny LCG: deterministic per seed.
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            let j = (state >> 33) as usize % (i + 1);
            shuffled.swap(i, j);
        }
        let a = analyse(&list, &settings);
        let b = analyse(&shuffled, &settings);
        // A result holds its entry's place alone, which the shuffle moves: which prospect
        // stands at each rank is compared by the ids read from each list.
        let ranked_ids = |a: &Analysis, list: &[Customer]| {
            let p = &a.prospects;
            [&p.qualified, &p.losing, &p.not_qualified].map(|results| {
                results
                    .iter()
                    .map(|r| r.id_in(list).to_owned())
                    .collect::<Vec<_>>()
            })
        };
        prop_assert_eq!(ranked_ids(&a, &list), ranked_ids(&b, &shuffled));
        prop_assert_eq!(strip_positions(a), strip_positions(b));
    }

    #[test]
    fn ltv_rises_with_retention_and_falls_with_discount(
        m in 1.0f64..1e4, r1 in 0.0f64..0.95, dr in 0.001f64..0.05, d1 in 0.0f64..0.5, dd in 0.001f64..0.5,
        profits in prop::collection::vec(1.0f64..1e4, 2..30),
    ) {
        let d = DiscountRate::new(d1).unwrap();
        let lo = closed_form(m, Rate::new(r1).unwrap(), d).unwrap();
        let hi = closed_form(m, Rate::new(r1 + dr).unwrap(), d).unwrap();
        prop_assert!(hi > lo);
        let near = ltv(&profits, d, DiscountConvention::FirstYearUndiscounted);
        let far = ltv(&profits, DiscountRate::new(d1 + dd).unwrap(), DiscountConvention::FirstYearUndiscounted);
        prop_assert!(far < near);
        // The cohort too: more retention in year 1 means more customers in profitable later years.
        let mut cohort = super::settings::CohortSettings::default();
        let base = super::cohort::build(&cohort).unwrap().final_ltv;
        cohort.years[0].retention = (cohort.years[0].retention + dr).min(1.0);
        prop_assert!(super::cohort::build(&cohort).unwrap().final_ltv > base);
    }

    #[test]
    fn ranking_stable_under_ties(n in 1usize..50, value in -1e6f64..1e6, seed in any::<u64>()) {
        let ids: Vec<String> = (0..n).map(|i| format!("{:04}", (i as u64 * 7919 + seed) % 10_000)).collect();
        let mut ids = ids;
        ids.sort();
        ids.dedup();
        let refs: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
        let scores = vec![Some(value); refs.len()];
        let order = rank(&scores, &refs, false);
        // Ties keep id order, and ranking twice gives the same order.
        prop_assert_eq!(&order, &(0..refs.len()).collect::<Vec<_>>());
        prop_assert_eq!(order, rank(&scores, &refs, false));
    }
}

/// The worked example of churn measured from the list, through [`analyse`]: 600 consumers (120 lost in 2025) and 400
/// producers (30 lost), each current one with 1,000 a year.
fn churn_example() -> Vec<Customer> {
    let june = |y| chrono::NaiveDate::from_ymd_opt(y, 6, 1);
    let group = |prefix: &'static str, market, n, lost| {
        (0..n).map(move |i| Customer {
            id: format!("{prefix}{i:03}"),
            market_type: Some(market),
            size_band: Some(SizeBand::Small),
            first_purchase: june(2020),
            status: if i < lost {
                Status::Former
            } else {
                Status::Customer
            },
            lost_on: if i < lost { june(2025) } else { None },
            revenue_per_year: Figure::of(1_000.0),
            gross_margin: Figure::of(1.0),
            ..Default::default()
        })
    };
    group("c", MarketType::Consumer, 600, 120)
        .chain(group("p", MarketType::Producer, 400, 30))
        .collect()
}

#[test]
fn measured_churn_sets_every_lifetime_through_analyse() {
    use super::churn::Lifetime;
    use super::measured_churn::ChurnSource;
    let list = churn_example();
    let settings = Settings::default();
    let a = analyse(&list, &settings);
    // Former customers are not analysed: 480 + 370 current customers.
    assert_eq!(a.customer_count, 850);
    assert_eq!(
        (
            a.measured_churn.overall.at_start,
            a.measured_churn.overall.lost
        ),
        (1_000, 150)
    );
    assert_eq!(a.churn_in_force.list.source, ChurnSource::MeasuredOverall);
    assert!((a.churn.churn - 0.15).abs() < SUMS);
    let years = |l: Lifetime| match l {
        Lifetime::Years(y) => y,
        Lifetime::Unbounded => f64::INFINITY,
    };
    let life_of = |a: &Analysis, id: &str| {
        let row = a.row_with_id(&list, id).expect("a customer of the list");
        a.lifetime_view(&list, row).expect("a row of this list")
    };
    let consumer_life = life_of(&a, "c599");
    assert_eq!(consumer_life.churn.source, ChurnSource::MeasuredSegment);
    assert!((years(consumer_life.remaining) - 5.0).abs() < SUMS);
    let producer_life = life_of(&a, "p399");
    assert!((years(producer_life.remaining) - 1.0 / 0.075).abs() < SUMS);
    // The calculators' list figures use the measured churn too.
    assert!((a.list_figures.as_ref().unwrap().churn - 0.15).abs() < SUMS);

    // By size band everyone is small: one segment of 1,000, 15 %.
    let by_size = Settings {
        churn_segments_by: ChurnDimension::SizeBand,
        ..Settings::default()
    };
    let b = analyse(&list, &by_size);
    let consumer_life = life_of(&b, "c599");
    assert!((consumer_life.churn.rate - 0.15).abs() < SUMS);
    assert_eq!(consumer_life.churn.source, ChurnSource::MeasuredSegment);

    // Keeping against replacing: 850 kept and 150 lost, measured; 45,000 → 52.94 a kept
    // customer.
    let keep = Settings {
        retention_lines: vec![
            RetentionLine {
                name: "a".into(),
                level: RetentionLevel::Financial,
                amount: 20_000.0,
            },
            RetentionLine {
                name: "b".into(),
                level: RetentionLevel::Social,
                amount: 15_000.0,
            },
            RetentionLine {
                name: "c".into(),
                level: RetentionLevel::Structural,
                amount: 10_000.0,
            },
        ],
        spend_lines: vec![SpendLine {
            name: "s".into(),
            amount: 340_000.0,
            ..Default::default()
        }],
        ..Settings::default()
    };
    let k = analyse(&list, &keep).keeping;
    assert_eq!(k.counts.source, super::keeping::KeptLostSource::Measured);
    assert_eq!((k.counts.kept, k.counts.lost), (850.0, 150.0));
    assert!((k.cost_per_kept.unwrap() - 52.94).abs() < CENTS);
    // No dates of first purchase in 2025: the whole list of 850 stands for the new customers,
    // 340,000 ÷ 850 = 400 each; replacing 150 costs 60,000.
    assert_eq!(k.cac, Some(400.0));
    assert!((k.cost_of_replacing.unwrap() - 60_000.0).abs() < CENTS);
    assert!(k.cost_of_churn.unwrap() > 0.0);
}

/// An edit of a former customer's date of loss moves the measured churn, so every current
/// customer's lifetime: the incremental analysis must not keep their earlier figures.
#[test]
fn editing_a_former_customer_reanalyses_every_lifetime() {
    let list = churn_example();
    let settings = Settings {
        churn_min_at_start: 1,
        ..Settings::default()
    };
    let previous = analyse(&list, &settings);
    let mut after = list.clone();
    // c000 was lost in 2025; now in 2024, before the year: 999 at the start, 149 lost.
    let p = after.iter().position(|c| c.id == "c000").unwrap();
    after[p].lost_on = chrono::NaiveDate::from_ymd_opt(2024, 6, 1);
    let incremental = reanalyse_changed(previous.clone(), &after, &settings, &[p]);
    let full = analyse(&after, &settings);
    assert_ne!(full.customers[0].ltv, previous.customers[0].ltv);
    assert_eq!(incremental, full);
    // Turning a current customer into a former one too.
    let q = after.iter().position(|c| c.id == "p399").unwrap();
    after[q].status = Status::Former;
    after[q].lost_on = chrono::NaiveDate::from_ymd_opt(2025, 1, 2);
    assert_eq!(
        reanalyse_changed(full, &after, &settings, &[q]),
        analyse(&after, &settings)
    );
}

/// Settings saved before the churn measured and keeping against replacing load with their defaults, and the new ones left empty are not
/// written.
#[test]
fn settings_without_the_keeping_fields_load() {
    let mut old = serde_json::to_value(Settings::default()).unwrap();
    let map = old.as_object_mut().unwrap();
    for key in [
        "churn_year",
        "churn_min_at_start",
        "churn_segments_by",
        "retention_lines",
        "cac_denominator",
        "sales_closed",
        "service_cost_benchmark",
    ] {
        map.remove(key);
    }
    let back: Settings = serde_json::from_value(old).unwrap();
    assert_eq!(back, Settings::default());
    let written = serde_json::to_string(&Settings::default()).unwrap();
    for key in [
        "churn_year",
        "retention_lines",
        "sales_closed",
        "service_cost_benchmark",
    ] {
        assert!(!written.contains(key), "{key}");
    }
    let c: Customer =
        serde_json::from_str(r#"{"id":"a","status":"former","lost_on":"2025-03-01"}"#).unwrap();
    assert_eq!(
        (c.status, c.lost_on),
        (Status::Former, chrono::NaiveDate::from_ymd_opt(2025, 3, 1))
    );
    assert!(!serde_json::to_string(&customer("b"))
        .unwrap()
        .contains("lost_on"));
}

/// Each new setting of the churn measured, keeping, the CAC denominator and the cost-to-serve
/// benchmark changes the analysis, and the analysis of a settings edit equals a fresh one.
#[test]
fn editing_the_keeping_settings_changes_the_analysis() {
    use super::settings::ChurnDimension;
    let list = churn_example();
    let base = Settings {
        spend_lines: vec![SpendLine {
            name: "s".into(),
            amount: 30_000.0,
            ..Default::default()
        }],
        service_cost_lines: vec![CostLine {
            amount: 85_000.0,
            ..Default::default()
        }],
        churn_min_at_start: 500,
        ..Settings::default()
    };
    let edits: [fn(&mut Settings); 6] = [
        |s| s.churn_year = Some(2024),
        |s| s.churn_min_at_start = 30,
        |s| s.churn_segments_by = ChurnDimension::SizeBand,
        |s| {
            s.retention_lines = vec![RetentionLine {
                name: "r".into(),
                level: RetentionLevel::Structural,
                amount: 1_000.0,
            }]
        },
        |s| {
            s.cac_denominator = CacDenominator::SalesClosed;
            s.sales_closed = Some(100);
        },
        |s| s.service_cost_benchmark = Some(90.0),
    ];
    let before = analyse(&list, &base);
    for (k, edit) in edits.iter().enumerate() {
        let mut edited = base.clone();
        edit(&mut edited);
        let full = analyse(&list, &edited);
        let mut shown = full.clone();
        shown.settings_used = before.settings_used.clone();
        assert_ne!(shown, before, "edit {k} changes nothing");
        assert_eq!(reanalyse(before.clone(), &list, &edited), full, "edit {k}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A change of the pyramid's cuts alone (to other shares or to thresholds, with a single
    /// stage's setting beside it or not), on any basis, is redone as the pyramid's stage alone
    /// and gives what a full analysis gives, bit for bit, the rankings it keeps included; an
    /// edit of a few entries after it gives a full analysis's result too.
    #[test]
    fn cutting_the_pyramid_again_equals_analysing(
        list in arb_list(),
        before in arb_settings(),
        basis in 0usize..7,
        shares in (0.0f64..0.7, 0.0f64..0.5),
        thresholds in any::<bool>(),
        capacity in 0usize..5,
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0.0f64..5_000.0), 0..3),
    ) {
        let mut before = before;
        before.pyramid.basis = SCORE_BASES[basis];
        let previous = analyse(&list, &before);
        let mut settings = before;
        let (top, middle) = shares;
        settings.pyramid.cuts = if thresholds {
            TierCuts::Thresholds { top: 1_000.0 * top, middle: 100.0 * middle }
        } else {
            TierCuts::RankShares { top, middle }
        };
        settings.capacity = capacity;
        let full = format!("{:?}", analyse(&list, &settings));
        let recut = reanalyse(previous.clone(), &list, &settings);
        prop_assert_eq!(format!("{recut:?}"), full.clone());
        let at_once = reanalyse_changed(previous, &list, &settings, &[]);
        prop_assert_eq!(format!("{at_once:?}"), full);
        let mut after = list;
        let mut changed = Vec::new();
        if !after.is_empty() {
            for (at, revenue) in edits {
                let p = at.index(after.len());
                changed.push(p);
                after[p].revenue_per_year = Figure::of(revenue);
            }
        }
        let next = reanalyse_changed(recut, &after, &settings, &changed);
        prop_assert_eq!(format!("{next:?}"), format!("{:?}", analyse(&after, &settings)));
    }

    /// Settings changed whole, or a few money settings, or only settings the tiers read (the
    /// pyramid's and the ratings' bases and cuts, a weighted pyramid's weights and indicators,
    /// another weighted pyramid, the scorecard, the segmentation by indicators read from the
    /// entry or from the figures), each of those with or without changes of the relationship
    /// weights and the ideal customer profile's criteria and threshold, with or without edits of a
    /// few entries since the earlier analysis, and with or without a repeated id, give what a
    /// full analysis gives bit for bit: the earlier order by id and rankings are taken over,
    /// and every figure the settings feed is worked out again.
    #[test]
    fn changing_any_settings_with_or_without_edits_equals_analysing(
        list in arb_list(),
        before in arb_settings(),
        after_settings in arb_settings(),
        drawn in 0u8..3,
        repeated_id in any::<bool>(),
        money in (1u8..16, 0.0f64..0.5, 0.0f64..1.0, 1.0f64..60.0),
        heavy in (0u16..1024, 0.05f64..0.6, 0.05f64..0.4, 0usize..7, 0.0f64..1.0),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, 0u8..4, any::<bool>()), 0..3),
    ) {
        let (which, top, middle, basis, weight) = heavy;
        let mut list = list;
        if repeated_id && list.len() > 1 {
            list[1].id = list[0].id.clone();
        }
        // Settings drawn anew; or a few money settings changed that leave the list's
        // acquisition and service cost as they were (the customers' money figures change);
        // or only settings the tiers read (every customer keeps its money figures).
        let mut settings = if drawn == 0 { after_settings } else { before.clone() };
        let (money_which, rate, churn, horizon) = money;
        let money_which = if drawn == 1 { money_which } else { 0 };
        if money_which & 1 != 0 {
            settings.discount_rate = rate;
        }
        if money_which & 2 != 0 {
            settings.churn_rate = churn;
        }
        if money_which & 4 != 0 {
            settings.max_lifetime_years = horizon;
        }
        if money_which & 8 != 0 {
            settings.hourly_rate = horizon;
        }
        if which & 1 != 0 {
            settings.pyramid.cuts = TierCuts::RankShares { top, middle };
        }
        if which & 2 != 0 {
            settings.pyramid.basis = SCORE_BASES[basis];
            settings.rating.basis = SCORE_BASES[6 - basis];
        }
        if which & 4 != 0 {
            settings.rating.cuts = RatingCuts::RankShares(vec![top, middle, 1.0 - top, weight]);
        }
        if which & 8 != 0 {
            settings.weights.explicit = weight;
            settings.weights.brand = 1.0 - weight;
        }
        if which & 16 != 0 {
            if let Some(p) = settings.weighted_pyramids.first_mut() {
                if let Some(c) = p.components.first_mut() {
                    c.weight = weight;
                }
                p.components.push(WeightedIndicator::lower(Indicator::ServiceCost, 1.0 - weight));
                p.cuts = TierCuts::Thresholds { top: 0.5 + middle, middle: top };
            }
        }
        if which & 32 != 0 {
            // Indicators read from the entry (kept for the rows not edited) and from figures.
            settings.segmentation = [
                vec![WeightedIndicator::new(Indicator::Revenue, 1.0)],
                vec![WeightedIndicator::new(Indicator::Named("growth".into()), 1.0)],
                vec![
                    WeightedIndicator::new(Indicator::Age, 0.5),
                    WeightedIndicator::new(Indicator::PurchaseFrequency, 0.5),
                ],
            ][basis % 3]
                .clone();
        }
        if which & 64 != 0 {
            settings.weighted_pyramids.insert(0, WeightedPyramid {
                name: "added".into(),
                components: vec![
                    WeightedIndicator::new(Indicator::Named("collection_days".into()), weight),
                    WeightedIndicator::new(Indicator::LifetimeValue, 1.0 - weight),
                    WeightedIndicator::new(Indicator::SizeBand, 0.2),
                ],
                cuts: TierCuts::default(),
            });
        }
        if which & 128 != 0 {
            if let Some(aspect) = settings.scorecard.aspects.first_mut() {
                aspect.weight = weight + 0.1;
                aspect.indicators.push(WeightedIndicator::new(Indicator::AverageOrderValue, 0.3));
            }
        }
        if which & 256 != 0 {
            let criterion = |test: IcpTest| IcpCriterion {
                name: "test".into(),
                area: Default::default(),
                weight: 1.0,
                test,
            };
            settings.icp.criteria = vec![
                criterion(IcpTest::RegionIn(vec!["North".into()])),
                criterion(IcpTest::AtLeast { indicator: Indicator::Named("growth".into()), min: top }),
                criterion(IcpTest::AtMost { indicator: Indicator::ServiceCost, max: 1_000.0 * weight }),
            ];
        }
        if which & 512 != 0 {
            settings.icp.match_threshold = weight;
        }
        let previous = analyse(&list, &before);
        let mut after = list.clone();
        let mut changed = Vec::new();
        if !after.is_empty() {
            for (at, what, k, known) in edits {
                let p = at.index(after.len());
                changed.push(p);
                let value = [0.0, 3.0, 2_500.0, -0.0][usize::from(k)];
                let c = &mut after[p];
                match what {
                    0 => c.revenue_per_year = known.then_some(value).into(),
                    1 => c.gross_margin = known.then_some(value / 2_500.0).into(),
                    2 => c.age = known.then_some(20 + u32::from(k) * 10),
                    _ => c.purchases_per_year = known.then_some(value / 100.0).into(),
                }
            }
        }
        let full = format!("{:?}", analyse(&after, &settings));
        if changed.is_empty() {
            let again = reanalyse(previous.clone(), &after, &settings);
            prop_assert_eq!(format!("{again:?}"), full.clone());
        }
        let incremental = reanalyse_changed(previous, &after, &settings, &changed);
        prop_assert_eq!(format!("{incremental:?}"), full);
    }
}
