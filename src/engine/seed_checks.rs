//! The seed's two checks on a list, as data the page says in one sentence each:
//! does profit over the lifecycle stages draw an inverted U, and are the most
//! profitable customers the biggest ones or middle-sized ones (by size band and by revenue
//! quartile)?

use super::lifecycle::StageRow;
use super::model::{Customer, LifecycleStage, SizeBand};
use super::numeric::ratio;
use serde::Serialize;
use strum::{IntoStaticStr, VariantArray};

/// Whether average profit per customer over the lifecycle stages draws an inverted U.
///
/// The stages are taken in their order (exploration, formation, stability, decline), keeping
/// only those with at least one customer. The shape is an inverted U when, over them, the
/// average profit a year per customer rises strictly from each stage to the next up to one
/// peak stage, then falls strictly from each stage to the next, with at least one rise and at
/// least one fall (so the peak is neither the first nor the last stage kept). Equal neighbours
/// break it: a flat step is neither a rise nor a fall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StageShape {
    /// Rises to `peak`, then falls.
    InvertedU {
        /// The stage with the highest average profit.
        peak: LifecycleStage,
    },
    /// `stage` is the first stage (in stage order) that goes against the shape: it falls or
    /// stays level before any rise, rises or stays level after the fall has begun, or — when
    /// profit only rises — it is the last stage, which should have been below the peak.
    Breaks {
        /// The first stage against the shape.
        stage: LifecycleStage,
    },
    /// Fewer than three stages have customers: no U can be told.
    TooFewStages,
}

/// The shape of the average profit per stage in `rows` (as [`super::lifecycle::by_stage`]
/// gives them; rows without a stage or without customers are skipped).
pub fn stage_shape(rows: &[StageRow]) -> StageShape {
    let mut points: Vec<(LifecycleStage, f64)> = rows
        .iter()
        .filter(|r| r.count > 0 && r.average_profit.is_finite())
        .filter_map(|r| r.stage.map(|s| (s, r.average_profit)))
        .collect();
    points.sort_by_key(|p| p.0);
    if points.len() < 3 {
        return StageShape::TooFewStages;
    }
    let mut peak = None;
    for w in points.windows(2) {
        let ((_, before), (stage, now)) = (w[0], w[1]);
        match peak {
            None if now > before => {}
            // The first step down ends the rise, when there was one.
            None if now < before && w[0].0 != points[0].0 => peak = Some(w[0].0),
            Some(_) if now < before => {}
            _ => return StageShape::Breaks { stage },
        }
    }
    match peak {
        Some(peak) => StageShape::InvertedU { peak },
        None => StageShape::Breaks {
            stage: points[points.len() - 1].0,
        },
    }
}

/// Quarters of the customers with a revenue, by revenue, largest first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RevenueQuartile {
    /// The top 25 % by revenue.
    Top,
    /// The next 25 %.
    Second,
    /// The next 25 %.
    Third,
    /// The bottom 25 %.
    Bottom,
}

/// Profit of one group of customers (a size band or a revenue quartile).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GroupProfit<G> {
    /// The group.
    pub group: G,
    /// Customers in it, count.
    pub customers: usize,
    /// Their profit a year, money.
    pub total_profit: f64,
    /// Profit a year per customer, money (0 without customers).
    pub average_profit: f64,
}

/// Where the highest profit per customer is, among the groups with customers, from the
/// biggest customers to the smallest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MostProfitable<G> {
    /// In the biggest group that has customers.
    Biggest,
    /// In a group between the biggest and the smallest: the seed's "often middle-sized".
    Middle {
        /// That group.
        group: G,
    },
    /// In the smallest group that has customers.
    Smallest,
    /// Fewer than two groups have customers: nothing to compare.
    TooFew,
}

/// Where the highest average profit is among `groups`, listed from the biggest customers to
/// the smallest; groups without customers are skipped; a tie goes to the bigger group.
pub fn most_profitable<G: Copy>(groups: &[GroupProfit<G>]) -> MostProfitable<G> {
    let present: Vec<&GroupProfit<G>> = groups.iter().filter(|g| g.customers > 0).collect();
    if present.len() < 2 {
        return MostProfitable::TooFew;
    }
    let mut best = 0;
    for (k, g) in present.iter().enumerate() {
        if g.average_profit > present[best].average_profit {
            best = k;
        }
    }
    if best == 0 {
        MostProfitable::Biggest
    } else if best == present.len() - 1 {
        MostProfitable::Smallest
    } else {
        MostProfitable::Middle {
            group: present[best].group,
        }
    }
}

/// The seed's two checks on one list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeedChecks {
    /// Profit over the lifecycle stages: an inverted U, or where it breaks.
    pub stage_shape: StageShape,
    /// Profit per customer by size band, largest band first (every band, empty ones with 0
    /// customers).
    pub by_size: Vec<GroupProfit<SizeBand>>,
    /// Where the most profitable size band is.
    pub size_peak: MostProfitable<SizeBand>,
    /// Profit per customer by revenue quartile, top first.
    pub by_revenue: Vec<GroupProfit<RevenueQuartile>>,
    /// Where the most profitable revenue quartile is.
    pub revenue_peak: MostProfitable<RevenueQuartile>,
}

/// The checks from the stage rows and, in the analysed order, the customers, their profit a
/// year (money) and their rank by revenue (1 = largest; `None` without a revenue: such a
/// customer's profit is its costs alone, so it is in no group).
pub fn seed_checks(
    stages: &[StageRow],
    customers: &[&Customer],
    profit: &[f64],
    revenue_rank: impl Iterator<Item = Option<usize>> + Clone,
) -> SeedChecks {
    let group = |sums: &mut [(usize, f64)], k: usize, p: f64| {
        sums[k].0 += 1;
        sums[k].1 += p;
    };
    let rated = revenue_rank.clone().flatten().count();
    let mut size = [(0usize, 0.0f64); 4];
    let mut quartile = [(0usize, 0.0f64); 4];
    for ((c, &p), rank) in customers.iter().zip(profit).zip(revenue_rank) {
        let Some(rank) = rank else { continue };
        if !p.is_finite() {
            continue;
        }
        if let Some(band) = c.size_band {
            // Largest first.
            let k = SizeBand::VARIANTS.len() - 1 - band as usize;
            group(&mut size, k, p);
        }
        // Rank r of n falls in quarter ⌊4 (r − 1) ÷ n⌋: sizes differ by at most one.
        let k = (4 * (rank - 1) / rated).min(3);
        group(&mut quartile, k, p);
    }
    let rows = |sums: [(usize, f64); 4]| {
        sums.map(|(customers, total)| (customers, total, ratio(total, customers as f64)))
    };
    let by_size: Vec<GroupProfit<SizeBand>> = SizeBand::VARIANTS
        .iter()
        .rev()
        .zip(rows(size))
        .map(
            |(&group, (customers, total_profit, average_profit))| GroupProfit {
                group,
                customers,
                total_profit,
                average_profit,
            },
        )
        .collect();
    let by_revenue: Vec<GroupProfit<RevenueQuartile>> = RevenueQuartile::VARIANTS
        .iter()
        .zip(rows(quartile))
        .map(
            |(&group, (customers, total_profit, average_profit))| GroupProfit {
                group,
                customers,
                total_profit,
                average_profit,
            },
        )
        .collect();
    SeedChecks {
        stage_shape: stage_shape(stages),
        size_peak: most_profitable(&by_size),
        revenue_peak: most_profitable(&by_revenue),
        by_size,
        by_revenue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::EXACT;
    use LifecycleStage::*;

    fn rows(points: &[(Option<LifecycleStage>, usize, f64)]) -> Vec<StageRow> {
        points
            .iter()
            .map(|&(stage, count, average_profit)| StageRow {
                stage,
                count,
                total_profit: average_profit * count as f64,
                average_profit,
            })
            .collect()
    }

    #[test]
    fn an_inverted_u_rises_to_one_peak_then_falls() {
        let r = rows(&[
            (Some(Exploration), 2, -50.0),
            (Some(Formation), 3, 200.0),
            (Some(Stability), 5, 900.0),
            (Some(Decline), 1, 100.0),
            (None, 4, 5_000.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::InvertedU { peak: Stability });
        // Peak in formation, two falls after it.
        let r = rows(&[
            (Some(Exploration), 1, 0.0),
            (Some(Formation), 1, 900.0),
            (Some(Stability), 1, 500.0),
            (Some(Decline), 1, 100.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::InvertedU { peak: Formation });
        // A stage without customers is skipped: exploration, stability, decline.
        let r = rows(&[
            (Some(Exploration), 1, 10.0),
            (Some(Formation), 0, 0.0),
            (Some(Stability), 1, 500.0),
            (Some(Decline), 1, 100.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::InvertedU { peak: Stability });
    }

    #[test]
    fn the_first_stage_against_the_shape_breaks_it() {
        // Falls before any rise: formation breaks it.
        let r = rows(&[
            (Some(Exploration), 1, 300.0),
            (Some(Formation), 1, 200.0),
            (Some(Stability), 1, 900.0),
            (Some(Decline), 1, 100.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::Breaks { stage: Formation });
        // Rises again after the fall: decline breaks it.
        let r = rows(&[
            (Some(Exploration), 1, 100.0),
            (Some(Formation), 1, 900.0),
            (Some(Stability), 1, 500.0),
            (Some(Decline), 1, 700.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::Breaks { stage: Decline });
        // Only rises: the last stage should have been lower.
        let r = rows(&[
            (Some(Formation), 1, 100.0),
            (Some(Stability), 1, 500.0),
            (Some(Decline), 1, 700.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::Breaks { stage: Decline });
        // Level is not a rise: stability breaks it.
        let r = rows(&[
            (Some(Exploration), 1, 100.0),
            (Some(Formation), 1, 500.0),
            (Some(Stability), 1, 500.0),
            (Some(Decline), 1, 100.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::Breaks { stage: Stability });
    }

    #[test]
    fn fewer_than_three_stages_tell_nothing() {
        let r = rows(&[
            (Some(Formation), 1, 100.0),
            (Some(Stability), 1, 500.0),
            (Some(Decline), 0, 0.0),
            (None, 9, 1.0),
        ]);
        assert_eq!(stage_shape(&r), StageShape::TooFewStages);
        assert_eq!(stage_shape(&[]), StageShape::TooFewStages);
    }

    fn customer(size: Option<SizeBand>) -> Customer {
        Customer {
            size_band: size,
            ..Default::default()
        }
    }

    #[test]
    fn middle_sized_customers_can_be_the_most_profitable() {
        use SizeBand::*;
        // Large 100 and 300 (avg 200), medium 900, small 400 and 200 (300), micro none, one
        // without a band, one without a revenue (in no group).
        let list = [
            customer(Some(Large)),
            customer(Some(Large)),
            customer(Some(Medium)),
            customer(Some(Small)),
            customer(Some(Small)),
            customer(None),
            customer(Some(Medium)),
        ];
        let refs: Vec<&Customer> = list.iter().collect();
        let profit = [100.0, 300.0, 900.0, 400.0, 200.0, 50.0, -5_000.0];
        // Revenue ranks of the six with a revenue: 1..6; the last has none.
        let ranks = [Some(1), Some(2), Some(3), Some(4), Some(5), Some(6), None];
        let c = seed_checks(&[], &refs, &profit, ranks.iter().copied());
        assert_eq!(c.stage_shape, StageShape::TooFewStages);
        let sizes: Vec<(SizeBand, usize)> =
            c.by_size.iter().map(|g| (g.group, g.customers)).collect();
        assert_eq!(sizes, vec![(Large, 2), (Medium, 1), (Small, 2), (Micro, 0)]);
        assert!((c.by_size[0].average_profit - 200.0).abs() < EXACT);
        assert!((c.by_size[1].average_profit - 900.0).abs() < EXACT);
        assert_eq!(c.size_peak, MostProfitable::Middle { group: Medium });
        // Six ranked customers in quarters ⌊4 (r − 1) ÷ 6⌋: ranks 1, 2 → top; 3 → second;
        // 4, 5 → third; 6 → bottom. Top (100 + 300) ÷ 2 = 200, second 900, third 300,
        // bottom 50.
        let q: Vec<(usize, f64)> = c
            .by_revenue
            .iter()
            .map(|g| (g.customers, g.average_profit))
            .collect();
        assert_eq!(q, vec![(2, 200.0), (1, 900.0), (2, 300.0), (1, 50.0)]);
        assert_eq!(
            c.revenue_peak,
            MostProfitable::Middle {
                group: RevenueQuartile::Second
            }
        );
    }

    #[test]
    fn biggest_smallest_and_too_few() {
        let g = |customers: usize, average_profit: f64| GroupProfit {
            group: 0usize,
            customers,
            total_profit: average_profit * customers as f64,
            average_profit,
        };
        assert_eq!(
            most_profitable(&[g(1, 500.0), g(1, 100.0), g(0, 0.0), g(2, 50.0)]),
            MostProfitable::Biggest
        );
        // An empty smallest group is skipped: the smallest with customers wins.
        assert_eq!(
            most_profitable(&[g(1, 100.0), g(1, 200.0), g(3, 300.0), g(0, 0.0)]),
            MostProfitable::Smallest
        );
        // A tie goes to the bigger group.
        assert_eq!(
            most_profitable(&[g(1, 300.0), g(1, 300.0)]),
            MostProfitable::Biggest
        );
        assert_eq!(
            most_profitable(&[g(0, 0.0), g(4, 300.0)]),
            MostProfitable::TooFew
        );
        // Through the list: two micro customers and one large, the large one earns more.
        let list = [
            customer(Some(SizeBand::Micro)),
            customer(Some(SizeBand::Large)),
            customer(Some(SizeBand::Micro)),
        ];
        let refs: Vec<&Customer> = list.iter().collect();
        let c = seed_checks(
            &[],
            &refs,
            &[10.0, 100.0, 20.0],
            [Some(3), Some(1), Some(2)].into_iter(),
        );
        assert_eq!(c.size_peak, MostProfitable::Biggest);
        // Three ranked: quarters 0, 1, 2 (⌊0⌋, ⌊4/3⌋, ⌊8/3⌋); the bottom quarter is empty, so
        // the third holds the smallest customer and the top earns most.
        assert_eq!(c.revenue_peak, MostProfitable::Biggest);
        assert_eq!(c.by_revenue[3].customers, 0);
    }

    #[test]
    fn keys_are_snake_case() {
        use crate::engine::keys::Keyed;
        assert_eq!(RevenueQuartile::Top.key(), "top");
        assert_eq!(RevenueQuartile::Bottom.key(), "bottom");
    }
}
