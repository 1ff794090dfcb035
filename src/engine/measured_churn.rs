//! Churn measured from the list, and the churn in force for each customer.
//!
//! For a year Y: customers at its start = current and former customers whose first purchase
//! is before 1 January Y and who were not lost before it; lost during Y = the former customers
//! among them whose date of loss falls in Y; churn = lost ÷ at start; group lifetime =
//! 1 ÷ churn. Measured overall and per segment of three attributes (market type,
//! channel, size band).
//!
//! A customer's churn, which its expected lifetime and every lifetime-based figure use, is
//! its segment's measured churn when the segment had at least
//! [`Settings::churn_min_at_start`] customers at the start, else the overall measured churn,
//! else the typed-in churn of its market type, else the typed-in churn of the list
//! ([`ChurnInForce`]).

use super::churn::{group_lifetime, rate_from_counts, Lifetime};
use super::keys::{Keyed, VariantArray};
use super::model::{Channel, Customer, MarketType, SizeBand, Status};
pub use super::settings::ChurnDimension;
use super::settings::Settings;
use chrono::Datelike;
use serde::Serialize;
use std::collections::BTreeMap;

impl ChurnDimension {
    /// The keys of the segments of this attribute, in the enum's order
    /// (`"consumer"`, …; `"referral"`, …; `"micro"`, …).
    pub fn segment_keys(self) -> Vec<&'static str> {
        match self {
            ChurnDimension::MarketType => MarketType::keys(),
            ChurnDimension::Channel => Channel::keys(),
            ChurnDimension::SizeBand => SizeBand::keys(),
        }
    }

    /// The position of a customer's segment among [`ChurnDimension::segment_keys`]; `None`
    /// when the customer does not have the attribute (it is in the "unknown" group).
    pub fn segment_of(self, c: &Customer) -> Option<usize> {
        fn place<K: Keyed + PartialEq>(v: Option<K>) -> Option<usize> {
            v.and_then(|v| K::VARIANTS.iter().position(|k| *k == v))
        }
        match self {
            ChurnDimension::MarketType => place(c.market_type),
            ChurnDimension::Channel => place(c.channel),
            ChurnDimension::SizeBand => place(c.size_band),
        }
    }
}

/// Customers at the start of the year, lost in it, and what follows.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct ChurnCounts {
    /// Customers at the start of the year, count.
    pub at_start: u64,
    /// Of those, lost during the year, count.
    pub lost: u64,
    /// Lost ÷ at start, fraction; `None` when nobody was there at the start.
    pub rate: Option<f64>,
    /// Group lifetime 1 ÷ churn; `None` when there is no rate.
    pub lifetime: Option<Lifetime>,
}

impl ChurnCounts {
    /// Counts with their rate and lifetime.
    pub fn new(at_start: u64, lost: u64) -> ChurnCounts {
        let rate = rate_from_counts(lost, at_start).ok();
        ChurnCounts {
            at_start,
            lost,
            rate: rate.map(|r| r.value()),
            lifetime: rate.map(group_lifetime),
        }
    }
}

/// The churn of one segment.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SegmentChurn {
    /// The segment's key (a market type's, a channel's or a size band's).
    pub key: &'static str,
    /// Its counts.
    pub counts: ChurnCounts,
}

/// The churn per segment of one attribute.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionChurn {
    /// The attribute.
    pub dimension: ChurnDimension,
    /// Segments with a customer at the start or lost, in the attribute's order.
    pub segments: Vec<SegmentChurn>,
    /// Customers without the attribute: reported, never used as a segment.
    pub unknown: ChurnCounts,
}

impl DimensionChurn {
    /// The counts of the segment with this key (zero counts when nobody is in it).
    pub fn segment(&self, key: &str) -> ChurnCounts {
        self.segments
            .iter()
            .find(|s| s.key == key)
            .map_or(ChurnCounts::new(0, 0), |s| s.counts)
    }
}

/// Where the year of the measured churn came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChurnYearSource {
    /// Set in the settings.
    Entered,
    /// The latest year in which a former customer was lost.
    LatestLoss,
    /// Neither: no former customer has a date of loss, so nothing is measured.
    NoLossDates,
}

/// Churn measured from the list for one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasuredChurn {
    /// The year measured; `None` when there is none (no setting and no date of loss).
    pub year: Option<i32>,
    /// Where the year came from.
    pub year_source: ChurnYearSource,
    /// The whole list.
    pub overall: ChurnCounts,
    /// Of the customers at the start, those without a date of first purchase, count: counted
    /// as there at the start.
    pub undated_at_start: u64,
    /// Former customers without a date of loss, count: neither at the start nor lost, since
    /// when they left is unknown.
    pub former_without_date: u64,
    /// Per market type, channel and size band, in [`ChurnDimension`] order.
    pub dimensions: Vec<DimensionChurn>,
}

impl MeasuredChurn {
    /// The churn per segment of one attribute.
    pub fn by(&self, dimension: ChurnDimension) -> Option<&DimensionChurn> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }

    /// Whether the list measures churn: somebody was there at the start of the year and a
    /// former customer was lost in it. A list that records no loss in the year is taken not
    /// to track its former customers, so its 0 % is not used for lifetimes.
    pub fn usable(&self) -> bool {
        self.overall.at_start > 0 && self.overall.lost > 0
    }
}

/// Customers at the start and lost, counts, while they are counted.
type Tally = (u64, u64);

/// The year measured: the one set, else the latest year of a former customer's date of loss
/// (a current customer's date of loss, a customer won back, is no loss that stands).
pub fn churn_year(entries: &[Customer], settings: &Settings) -> (Option<i32>, ChurnYearSource) {
    if let Some(y) = settings.churn_year {
        return (Some(y), ChurnYearSource::Entered);
    }
    entries
        .iter()
        .filter(|c| c.status == Status::Former)
        .filter_map(|c| c.lost_on.map(|d| d.year()))
        .max()
        .map_or((None, ChurnYearSource::NoLossDates), |y| {
            (Some(y), ChurnYearSource::LatestLoss)
        })
}

/// Measures churn from the entries (prospects are ignored) for the year of
/// [`churn_year`]. A current customer counts as never lost, whatever date of loss it carries.
pub fn measure(entries: &[Customer], settings: &Settings) -> MeasuredChurn {
    let (year, year_source) = churn_year(entries, settings);
    let dims = ChurnDimension::VARIANTS;
    // Per attribute: (at start, lost) per segment, then the unknown group.
    let mut tallies: Vec<(Vec<Tally>, Tally)> = dims
        .iter()
        .map(|d| (vec![(0, 0); d.segment_keys().len()], (0, 0)))
        .collect();
    let (mut at_start, mut lost, mut undated, mut former_without_date) = (0u64, 0u64, 0u64, 0u64);
    for c in entries {
        let former = match c.status {
            Status::Prospect => continue,
            Status::Former if c.lost_on.is_none() => {
                former_without_date += 1;
                continue;
            }
            Status::Former => true,
            Status::Customer => false,
        };
        let Some(y) = year else { continue };
        let won_before = c.first_purchase.is_none_or(|d| d.year() < y);
        let lost_year = c.lost_on.filter(|_| former).map(|d| d.year());
        if !won_before || lost_year.is_some_and(|l| l < y) {
            continue;
        }
        let lost_now = u64::from(lost_year == Some(y));
        at_start += 1;
        lost += lost_now;
        undated += u64::from(c.first_purchase.is_none());
        for (d, (segments, unknown)) in dims.iter().zip(&mut tallies) {
            let slot = match d.segment_of(c) {
                Some(i) => &mut segments[i],
                None => unknown,
            };
            slot.0 += 1;
            slot.1 += lost_now;
        }
    }
    let dimensions = dims
        .iter()
        .zip(tallies)
        .map(|(&dimension, (segments, unknown))| DimensionChurn {
            dimension,
            segments: dimension
                .segment_keys()
                .into_iter()
                .zip(segments)
                .filter(|(_, (s, l))| *s > 0 || *l > 0)
                .map(|(key, (s, l))| SegmentChurn {
                    key,
                    counts: ChurnCounts::new(s, l),
                })
                .collect(),
            unknown: ChurnCounts::new(unknown.0, unknown.1),
        })
        .collect();
    MeasuredChurn {
        year,
        year_source,
        overall: ChurnCounts::new(at_start, lost),
        undated_at_start: undated,
        former_without_date,
        dimensions,
    }
}

/// Which churn a customer's lifetime uses, in the order they are tried.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ChurnSource {
    /// Its segment's measured churn (the segment had enough customers at the start).
    MeasuredSegment,
    /// The list's measured churn.
    MeasuredOverall,
    /// The churn typed in for its market type.
    TypedSegment,
    /// The churn typed in for the list.
    Typed,
}

/// A churn with where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SourcedChurn {
    /// Churn a year, fraction in [0, 1].
    pub rate: f64,
    /// Where it came from.
    pub source: ChurnSource,
}

/// The churn in force of one segment of the attribute the lifetimes use.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SegmentInForce {
    /// The segment's key.
    pub key: &'static str,
    /// Its churn for a customer who has no other attribute: its own measured churn, else the
    /// list's measured churn, else the typed-in churn (of its market type when the attribute
    /// is the market type). A customer's own is in its lifetime view.
    pub churn: SourcedChurn,
}

/// The churn every customer's lifetime uses, worked out once per analysis, tried in
/// this order: measured segment, measured overall, typed segment, typed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChurnInForce {
    /// The attribute whose segments' measured churn is used.
    pub dimension: ChurnDimension,
    /// Customers at the start a segment needs for its measured churn to be used, count.
    pub min_at_start: u64,
    /// The list's churn: measured when the list measures it, else typed in.
    pub list: SourcedChurn,
    /// Per segment of `dimension`, in its order.
    pub segments: Vec<SegmentInForce>,
    /// Measured churn used per segment position of `dimension` (`None`: not used).
    #[serde(skip)]
    measured_segments: Vec<Option<f64>>,
    /// The measured overall churn when the list measures churn.
    #[serde(skip)]
    measured_overall: Option<f64>,
    /// Typed-in churn per market type (valid ones only).
    #[serde(skip)]
    typed_segment: BTreeMap<MarketType, f64>,
    /// Typed-in churn of the list.
    #[serde(skip)]
    typed: f64,
}

impl ChurnInForce {
    /// The churn in force from a measurement and the (sanitised) settings.
    pub fn new(measured: &MeasuredChurn, settings: &Settings) -> ChurnInForce {
        let dimension = settings.churn_segments_by;
        let usable = measured.usable();
        let measured_overall = measured.overall.rate.filter(|_| usable);
        let keys = dimension.segment_keys();
        let measured_segments = match measured.by(dimension) {
            Some(d) if usable => keys
                .iter()
                .map(|k| {
                    let c = d.segment(k);
                    c.rate
                        .filter(|_| c.at_start >= settings.churn_min_at_start.max(1))
                })
                .collect(),
            _ => vec![None; keys.len()],
        };
        Self::build(dimension, settings, measured_overall, measured_segments)
    }

    /// The typed-in churn only, as for a list that measures none.
    pub fn typed(settings: &Settings) -> ChurnInForce {
        let dimension = settings.churn_segments_by;
        let n = dimension.segment_keys().len();
        Self::build(dimension, settings, None, vec![None; n])
    }

    fn build(
        dimension: ChurnDimension,
        settings: &Settings,
        measured_overall: Option<f64>,
        measured_segments: Vec<Option<f64>>,
    ) -> ChurnInForce {
        let valid = |v: f64| v.is_finite() && (0.0..=1.0).contains(&v);
        let typed = if valid(settings.churn_rate) {
            settings.churn_rate
        } else {
            0.0
        };
        let typed_segment = settings
            .segment_churn
            .iter()
            .filter(|(_, v)| valid(**v))
            .map(|(k, v)| (*k, *v))
            .collect();
        let mut force = ChurnInForce {
            dimension,
            min_at_start: settings.churn_min_at_start,
            list: match measured_overall {
                Some(rate) => SourcedChurn {
                    rate,
                    source: ChurnSource::MeasuredOverall,
                },
                None => SourcedChurn {
                    rate: typed,
                    source: ChurnSource::Typed,
                },
            },
            segments: Vec::new(),
            measured_segments,
            measured_overall,
            typed_segment,
            typed,
        };
        force.segments = dimension
            .segment_keys()
            .into_iter()
            .enumerate()
            .map(|(i, key)| {
                let market = match dimension {
                    ChurnDimension::MarketType => MarketType::VARIANTS.get(i).copied(),
                    _ => None,
                };
                SegmentInForce {
                    key,
                    churn: force.resolve(Some(i), market),
                }
            })
            .collect();
        force
    }

    /// The churn of a customer and where it came from.
    pub fn of(&self, c: &Customer) -> SourcedChurn {
        self.resolve(self.dimension.segment_of(c), c.market_type)
    }

    fn resolve(&self, segment: Option<usize>, market: Option<MarketType>) -> SourcedChurn {
        let sourced = |rate, source| SourcedChurn { rate, source };
        if let Some(r) = segment.and_then(|i| self.measured_segments.get(i).copied().flatten()) {
            return sourced(r, ChurnSource::MeasuredSegment);
        }
        if let Some(r) = self.measured_overall {
            return sourced(r, ChurnSource::MeasuredOverall);
        }
        match market.and_then(|m| self.typed_segment.get(&m)) {
            Some(&r) => sourced(r, ChurnSource::TypedSegment),
            None => sourced(self.typed, ChurnSource::Typed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::{CENTS, EXACT};
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// `n` entries of a market type won on 1 March 2020, the first `lost` of them lost on
    /// 15 June 2025.
    fn group(prefix: &str, market: Option<MarketType>, n: usize, lost: usize) -> Vec<Customer> {
        (0..n)
            .map(|i| Customer {
                id: format!("{prefix}{i}"),
                market_type: market,
                first_purchase: date(2020, 3, 1),
                status: if i < lost {
                    Status::Former
                } else {
                    Status::Customer
                },
                lost_on: if i < lost { date(2025, 6, 15) } else { None },
                ..Default::default()
            })
            .collect()
    }

    fn years(l: Option<Lifetime>) -> f64 {
        match l {
            Some(Lifetime::Years(y)) => y,
            other => panic!("{other:?}"),
        }
    }

    /// The worked example of churn measured from the list: 1,000 at the start of 2025, 150 lost → 15 %, 6.67 years;
    /// consumers 600 and 120 lost → 20 %, 5 years; producers 400 and 30 → 7.5 %, 13.33 years.
    fn worked_example() -> Vec<Customer> {
        let mut list = group("c", Some(MarketType::Consumer), 600, 120);
        list.extend(group("p", Some(MarketType::Producer), 400, 30));
        list
    }

    #[test]
    fn worked_example_overall_and_per_market_type() {
        let m = measure(&worked_example(), &Settings::default());
        assert_eq!(
            (m.year, m.year_source),
            (Some(2025), ChurnYearSource::LatestLoss)
        );
        assert_eq!((m.overall.at_start, m.overall.lost), (1_000, 150));
        // Tolerance EXACT for the rates (exact quotients), CENTS for the printed lifetimes.
        assert!((m.overall.rate.unwrap() - 0.15).abs() <= EXACT);
        assert!((years(m.overall.lifetime) - 6.67).abs() <= CENTS);
        let markets = m.by(ChurnDimension::MarketType).unwrap();
        let consumers = markets.segment("consumer");
        assert_eq!((consumers.at_start, consumers.lost), (600, 120));
        assert!((consumers.rate.unwrap() - 0.2).abs() <= EXACT);
        assert!((years(consumers.lifetime) - 5.0).abs() <= CENTS);
        let producers = markets.segment("producer");
        assert_eq!((producers.at_start, producers.lost), (400, 30));
        assert!((producers.rate.unwrap() - 0.075).abs() <= EXACT);
        assert!((years(producers.lifetime) - 13.33).abs() <= CENTS);
        // Nobody has a channel: all are in the unknown group, which is never a segment.
        let channels = m.by(ChurnDimension::Channel).unwrap();
        assert!(channels.segments.is_empty());
        assert_eq!(
            (channels.unknown.at_start, channels.unknown.lost),
            (1_000, 150)
        );
        assert_eq!((m.undated_at_start, m.former_without_date), (0, 0));
    }

    #[test]
    fn each_customer_takes_its_segments_churn_then_the_overall_then_the_typed() {
        let mut list = worked_example();
        // Ten intermediaries, none lost: below the minimum of 30, so the overall 150 ÷ 1,010.
        list.extend(group("i", Some(MarketType::Intermediary), 10, 0));
        let mut s = Settings::default();
        s.segment_churn.insert(MarketType::Intermediary, 0.3);
        let m = measure(&list, &s);
        let f = ChurnInForce::new(&m, &s);
        let overall = 150.0 / 1_010.0;
        assert_eq!(f.list.source, ChurnSource::MeasuredOverall);
        assert!((f.list.rate - overall).abs() <= EXACT);
        let of = |c: &Customer| f.of(c);
        let consumer = of(&list[0]);
        assert_eq!(consumer.source, ChurnSource::MeasuredSegment);
        assert!((consumer.rate - 0.2).abs() <= EXACT);
        assert!((of(&list[700]).rate - 0.075).abs() <= EXACT);
        let intermediary = of(&list[1_005]);
        assert_eq!(intermediary.source, ChurnSource::MeasuredOverall);
        assert!((intermediary.rate - overall).abs() <= EXACT);
        let unknown = of(&Customer::default());
        assert_eq!(unknown.source, ChurnSource::MeasuredOverall);
        let seg = |key: &str| f.segments.iter().find(|x| x.key == key).unwrap().churn;
        assert_eq!(seg("consumer").source, ChurnSource::MeasuredSegment);
        assert_eq!(seg("intermediary").source, ChurnSource::MeasuredOverall);

        // A minimum of 10 lets the ten intermediaries in (none lost: 0 %); 401 leaves the 400
        // producers out.
        s.churn_min_at_start = 10;
        let f = ChurnInForce::new(&measure(&list, &s), &s);
        assert_eq!(
            f.of(&list[1_005]),
            SourcedChurn {
                rate: 0.0,
                source: ChurnSource::MeasuredSegment
            }
        );
        s.churn_min_at_start = 401;
        let f = ChurnInForce::new(&measure(&list, &s), &s);
        assert_eq!(f.of(&list[700]).source, ChurnSource::MeasuredOverall);
        assert_eq!(f.of(&list[0]).source, ChurnSource::MeasuredSegment);

        // Segments by channel: nobody has one, so everyone takes the overall churn.
        s.churn_segments_by = ChurnDimension::Channel;
        let f = ChurnInForce::new(&measure(&list, &s), &s);
        assert_eq!(f.of(&list[0]).source, ChurnSource::MeasuredOverall);

        // No former customer: the typed churn of the market type, else of the list.
        let current: Vec<Customer> = list
            .iter()
            .filter(|c| c.status == Status::Customer)
            .cloned()
            .collect();
        let m = measure(&current, &s);
        assert_eq!(m.year_source, ChurnYearSource::NoLossDates);
        assert!(!m.usable());
        let f = ChurnInForce::new(&m, &s);
        assert_eq!(f, ChurnInForce::typed(&s));
        assert_eq!(
            f.list,
            SourcedChurn {
                rate: 0.2,
                source: ChurnSource::Typed
            }
        );
        let intermediary = current.iter().find(|c| c.id == "i0").unwrap();
        assert_eq!(
            f.of(intermediary),
            SourcedChurn {
                rate: 0.3,
                source: ChurnSource::TypedSegment
            }
        );
        assert_eq!(f.of(&current[0]).source, ChurnSource::Typed);
        // A year set without a loss in it measures 0 lost: not used either.
        s.churn_year = Some(2024);
        let m = measure(&list, &s);
        assert_eq!((m.overall.at_start, m.overall.lost), (1_010, 0));
        assert_eq!(ChurnInForce::new(&m, &s).list.source, ChurnSource::Typed);
    }

    #[test]
    fn won_during_or_lost_before_the_year_are_not_at_its_start() {
        let mut list = worked_example();
        // Won in 2025 (one of them lost the same year): not at the start of 2025.
        for (i, lost) in [(0, true), (1, false)] {
            list.push(Customer {
                id: format!("new{i}"),
                market_type: Some(MarketType::Consumer),
                first_purchase: date(2025, 2, 1),
                status: if lost {
                    Status::Former
                } else {
                    Status::Customer
                },
                lost_on: if lost { date(2025, 9, 1) } else { None },
                ..Default::default()
            });
        }
        // Lost in 2024: not at the start of 2025.
        list.push(Customer {
            id: "gone".into(),
            market_type: Some(MarketType::Consumer),
            first_purchase: date(2019, 1, 1),
            status: Status::Former,
            lost_on: date(2024, 12, 31),
            ..Default::default()
        });
        // Lost on 1 January 2025: at the start and lost in the year.
        list.push(Customer {
            id: "jan".into(),
            market_type: Some(MarketType::Producer),
            first_purchase: date(2024, 12, 31),
            status: Status::Former,
            lost_on: date(2025, 1, 1),
            ..Default::default()
        });
        // A prospect counts nowhere.
        list.push(Customer {
            id: "lead".into(),
            status: Status::Prospect,
            ..Default::default()
        });
        let m = measure(&list, &Settings::default());
        assert_eq!((m.overall.at_start, m.overall.lost), (1_001, 151));
        let markets = m.by(ChurnDimension::MarketType).unwrap();
        assert_eq!(markets.segment("consumer").at_start, 600);
        assert_eq!(markets.segment("producer").lost, 31);
    }

    #[test]
    fn unknown_dates_are_counted_and_said() {
        let mut list = worked_example();
        // No first purchase: counted at the start, and said.
        list.push(Customer {
            id: "undated".into(),
            status: Status::Former,
            lost_on: date(2025, 3, 1),
            ..Default::default()
        });
        list.push(Customer {
            id: "undated2".into(),
            ..Default::default()
        });
        // A former customer without a date of loss: reported, not placed.
        list.push(Customer {
            id: "when".into(),
            first_purchase: date(2018, 1, 1),
            status: Status::Former,
            ..Default::default()
        });
        let m = measure(&list, &Settings::default());
        assert_eq!((m.overall.at_start, m.overall.lost), (1_002, 151));
        assert_eq!((m.undated_at_start, m.former_without_date), (2, 1));
        let markets = m.by(ChurnDimension::MarketType).unwrap();
        assert_eq!((markets.unknown.at_start, markets.unknown.lost), (2, 1));
        // The year set by hand wins over the latest date of loss.
        let s = Settings {
            churn_year: Some(2026),
            ..Default::default()
        };
        let m = measure(&list, &s);
        assert_eq!(
            (m.year, m.year_source),
            (Some(2026), ChurnYearSource::Entered)
        );
        // Everybody lost in 2025 was lost before 2026.
        assert_eq!((m.overall.at_start, m.overall.lost), (1_002 - 151, 0));
        // An empty list measures nothing and has no rate.
        let m = measure(&[], &Settings::default());
        assert_eq!(m.overall, ChurnCounts::new(0, 0));
        assert_eq!((m.overall.rate, m.year), (None, None));
    }

    #[test]
    fn dimension_keys_are_the_stored_names() {
        crate::engine::keys::serde_agrees::<ChurnDimension>().unwrap();
        for d in ChurnDimension::VARIANTS {
            assert_eq!(
                d.segment_of(&Customer {
                    market_type: Some(MarketType::Government),
                    channel: Some(Channel::Email),
                    size_band: Some(SizeBand::Large),
                    ..Default::default()
                })
                .map(|i| d.segment_keys()[i]),
                Some(match d {
                    ChurnDimension::MarketType => "government",
                    ChurnDimension::Channel => "email",
                    ChurnDimension::SizeBand => "large",
                })
            );
        }
        assert_eq!(ChurnSource::MeasuredSegment.key(), "measured_segment");
    }
}
