//! Properties of every share on the page (Pareto, tiers, market types) for arbitrary mixes
//! of signs: each share is finite and in [0, 1], or absent exactly when nothing is above zero;
//! shares of groups covering the list add up to 1; the 80/20 figures agree with the Lorenz
//! curve and with sums computed here independently. Tolerance: 1e-9 on shares (sums of up to a
//! few hundred values of up to 1e6).

use super::analysis::analyse;
use super::concentration::{self, MarginVerdict};
use super::market;
use super::model::{Customer, Figure, MarketType};
use super::pareto::{self, curve_value_at};
use super::profiles;
use super::settings::Settings;
use super::shares::Losses;
use super::tiers::{self, Cut};
use crate::engine::tolerance::{EXACT, SUMS};
use proptest::prelude::*;

fn in_unit(s: f64) -> bool {
    s.is_finite() && (0.0..=1.0).contains(&s)
}

/// A share is in [0, 1], and present exactly when something is above zero.
fn check_share(share: Option<f64>, positive: bool) -> Result<(), TestCaseError> {
    prop_assert_eq!(share.is_some(), positive, "share {:?}", share);
    if let Some(s) = share {
        prop_assert!(in_unit(s), "share {} outside [0, 1]", s);
    }
    Ok(())
}

/// Money values of every sign, with zeros and small ties.
fn values(max_len: usize) -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(
        prop_oneof![
            4 => -1e6f64..1e6,
            1 => Just(0.0),
            2 => (-5i32..6).prop_map(f64::from),
        ],
        0..max_len,
    )
}

fn positive_sum(v: &[f64]) -> f64 {
    v.iter().filter(|x| **x > 0.0).sum()
}

/// The list of the browser test "pareto: a loss-making customer…" (tests/browser/pareto.test.mjs),
/// checked here through the whole analysis: margin 100 %, own service cost, no acquisition
/// spend, so profit = revenue − service cost.
#[test]
fn browser_fixture_with_losses() {
    let rows = [
        ("L1", 400.0, 430.0), // −30
        ("L2", 200.0, 100.0), // 100
        ("L3", 120.0, 70.0),  // 50
        ("L4", 60.0, 80.0),   // −20
        ("L5", 50.0, 50.0),   // 0
    ];
    let list: Vec<Customer> = rows
        .iter()
        .map(|(id, revenue, service)| Customer {
            id: (*id).into(),
            revenue_per_year: Figure::of(*revenue),
            gross_margin: Figure::of(1.0),
            service_cost: Figure::of(*service),
            ..Default::default()
        })
        .collect();
    let a = analyse(&list, &Settings::default());
    let profits: Vec<f64> = a.customers.iter().map(|c| c.profit.profit).collect();
    assert_eq!(profits, vec![-30.0, 100.0, 50.0, -20.0, 0.0]);
    let p = &a.profit_pareto;
    // Positive sum 100 + 50 = 150; losses −30 − 20 = −50 by 2; net 100.
    assert_eq!((p.positive_total, p.total), (150.0, 100.0));
    assert_eq!(
        p.losses,
        Losses {
            sum: -50.0,
            count: 2
        }
    );
    // Top 20 % of 5 = 1 customer (L2, 100): 100 ÷ 150 = 66.7 %; 80 % of 150 = 120 is reached
    // by 100 + 50 = 150: 2 of 5 = 40 %.
    assert!((p.top_share_of_value.unwrap() - 100.0 / 150.0).abs() < SUMS);
    assert_eq!(p.share_of_customers_for_target, Some(0.4));
    // Ascending 0, 0, 0, 50, 100 (losses as 0): (0 × (−4, −2, 0) + 2 × 50 + 4 × 100) ÷ (5 × 150)
    // = 500 ÷ 750 = 0.6667.
    assert!((p.gini.unwrap() - 500.0 / 750.0).abs() < SUMS);
    // Revenue 400, 200, 120, 60, 50 = 830: top 400 ÷ 830 = 48.19 %; 80 % = 664 needs
    // 400 + 200 + 120 = 720: 3 of 5 = 60 %; Gini (−4 × 50 − 2 × 60 + 0 + 2 × 200 + 4 × 400)
    // ÷ (5 × 830) = 1,680 ÷ 4,150 = 0.4048.
    let r = &a.revenue_pareto;
    assert!((r.top_share_of_value.unwrap() - 400.0 / 830.0).abs() < SUMS);
    assert_eq!(r.share_of_customers_for_target, Some(0.6));
    assert!((r.gini.unwrap() - 1_680.0 / 4_150.0).abs() < SUMS);
    assert_eq!(r.losses, Losses::default());
    // Big customer by revenue: L1, service 430 of 730 = 58.9 %, profit share 0 of 150, and it
    // loses 30: the verdict is that big customers lose money.
    let c = &a.concentration;
    assert_eq!(c.big_customers, 1);
    assert!((c.big_service_cost_share.unwrap() - 430.0 / 730.0).abs() < SUMS);
    assert_eq!(c.big_profit_share, Some(0.0));
    assert_eq!(c.big_profit, -30.0);
    assert_eq!(c.verdict, MarginVerdict::LoseMoney);
    assert_eq!(c.flagged.len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn pareto_shares_agree_with_the_curve(
        v in prop_oneof![4 => values(40), 1 => values(700)],
        top in 0.0f64..1.0,
        target in 0.0f64..1.0,
    ) {
        let p = pareto::analyse(&v, top, target);
        let pos = positive_sum(&v);
        let positive = pos > 0.0;
        check_share(p.top_share_of_value, positive)?;
        check_share(p.share_of_customers_for_target, positive)?;
        check_share(p.gini, positive)?;
        prop_assert_eq!(p.curve.is_empty(), !positive);
        prop_assert!(p.curve.iter().all(|c| in_unit(c.customers) && in_unit(c.value)));
        prop_assert!(p.curve.windows(2).all(|w| w[0].customers < w[1].customers && w[0].value <= w[1].value));
        // Losses: independent sum and count.
        let losses: f64 = v.iter().filter(|x| **x < 0.0).sum();
        prop_assert!((p.losses.sum - losses).abs() <= SUMS * losses.abs().max(1.0));
        prop_assert_eq!(p.losses.count, v.iter().filter(|x| **x < 0.0).count());
        if !positive {
            return Ok(());
        }
        let mut sorted = v.clone();
        sorted.sort_by(|a, b| b.total_cmp(a));
        let top_sum = |m: usize| positive_sum(&sorted[..m]) / pos;
        // The top share, computed here from the sums.
        let ts = p.top_share_of_value.unwrap_or(-1.0);
        prop_assert!((ts - top_sum(p.top_count)).abs() < SUMS);
        // The 80/20 point lies on the curve.
        let tp = p.top_point().unwrap();
        prop_assert!((curve_value_at(&p.curve, tp.customers) - tp.value).abs() < EXACT);
        // The target count is the first to reach the target, and a point of the curve.
        let m = p.customers_for_target.unwrap_or(usize::MAX);
        let target = p.value_target;
        if m > 0 {
            prop_assert!(top_sum(m) >= target - SUMS);
            prop_assert!(top_sum(m - 1) < target + SUMS);
            let x = m as f64 / v.len() as f64;
            prop_assert!(p.curve.iter().any(|c| c.customers == x && c.value >= target - 1e-12));
        }
        // The two 80/20 numbers never disagree: the top customers reach the target exactly
        // when the smallest count reaching it is no more than them.
        prop_assert_eq!(ts >= target - 1e-12, m <= p.top_count);
        // Gini = 2 × area under the curve − 1, where the curve holds every customer.
        if v.len() <= pareto::MAX_CURVE_POINTS {
            let area: f64 = p
                .curve
                .windows(2)
                .map(|w| (w[1].customers - w[0].customers) * (w[0].value + w[1].value) / 2.0)
                .sum();
            let g = p.gini.unwrap_or(-1.0);
            prop_assert!((g - (2.0 * area - 1.0).max(0.0)).abs() < SUMS, "{} vs {}", g, 2.0 * area - 1.0);
        }
    }

    #[test]
    fn group_shares_stay_in_unit_and_cover_the_list(
        rows in prop::collection::vec((-1e6f64..1e6, -1e6f64..1e6, -1e3f64..1e4, 0usize..5), 0..50),
        bands in 1usize..5,
        big in 0usize..10,
        threshold in 0.01f64..1.0,
    ) {
        let revenue: Vec<f64> = rows.iter().map(|r| r.0).collect();
        let profit: Vec<f64> = rows.iter().map(|r| r.1).collect();
        let service: Vec<f64> = rows.iter().map(|r| r.2).collect();
        let list: Vec<Customer> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| Customer {
                id: format!("c{i:03}"),
                market_type: Some(market::ALL[r.3]),
                ..Default::default()
            })
            .collect();
        let refs: Vec<&Customer> = list.iter().collect();
        let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
        let has_revenue = positive_sum(&revenue) > 0.0;
        let has_profit = positive_sum(&profit) > 0.0;
        let has_cost = positive_sum(&service) > 0.0;
        let loss_count = profit.iter().filter(|p| **p < 0.0).count();

        // Tier tables.
        let scores: Vec<Option<f64>> = profit.iter().map(|p| Some(*p)).collect();
        let labels: Vec<String> = (0..bands).map(|b| b.to_string()).collect();
        let t = tiers::tiering(&scores, &ids, labels.clone(), Cut::RankShares(vec![1.0; bands]), "profit".into(), &revenue, &profit)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        for b in &t.bands {
            check_share(b.revenue_share, has_revenue)?;
            check_share(b.profit_share, has_profit)?;
        }
        if has_profit {
            let sum: f64 = t.bands.iter().filter_map(|b| b.profit_share).sum();
            prop_assert!((sum - 1.0).abs() < SUMS);
        }
        prop_assert_eq!(t.bands.iter().map(|b| b.losses.count).sum::<usize>(), loss_count);

        // Tier profiles.
        let p = profiles::profiles(&refs, &t.assignment, &labels, &revenue, &profit, &service);
        for tp in &p {
            check_share(tp.revenue_share, has_revenue)?;
            check_share(tp.profit_share, has_profit)?;
            check_share(tp.service_cost_share, has_cost)?;
        }
        prop_assert_eq!(p.iter().map(|tp| tp.losses.count).sum::<usize>(), loss_count);

        // Market types.
        let m = market::breakdown(&refs, &revenue, &profit, &list);
        for row in &m {
            check_share(row.revenue_share, has_revenue)?;
            check_share(row.profit_share, has_profit)?;
        }
        if has_revenue {
            let sum: f64 = m.iter().filter_map(|r| r.revenue_share).sum();
            prop_assert!((sum - 1.0).abs() < SUMS);
        }
        prop_assert_eq!(m.iter().map(|r| r.losses.count).sum::<usize>(), loss_count);
        prop_assert_eq!(m.iter().map(|r| r.customers).sum::<usize>(), rows.len());

        // Concentration, with the first `big` customers as the big ones.
        let big: Vec<usize> = (0..big.min(rows.len())).collect();
        let c = concentration::analyse(&revenue, &service, &profit, &big, threshold);
        prop_assert!(c.flagged.iter().all(|f| in_unit(f.share) && f.share >= threshold));
        prop_assert!(in_unit(c.hhi));
        check_share(c.big_service_cost_share, has_cost)?;
        check_share(c.big_profit_share, has_profit)?;
        let big_net: f64 = big.iter().map(|&i| profit[i]).sum();
        prop_assert_eq!(c.verdict == MarginVerdict::LoseMoney, big_net < 0.0);
        if let (MarginVerdict::EatMargin, Some(cs), Some(ps)) = (c.verdict, c.big_service_cost_share, c.big_profit_share) {
            prop_assert!(cs > ps);
        }
        prop_assert!(matches!(market::ALL[0], MarketType::Consumer));
    }
}
