//! Acquisition cost (CAC, money per customer won): average CAC and CAC per channel.
//!
//! Average CAC = total outreach spend in the period ÷ new customers won in it, money per
//! customer. It is an average for a first, rough assessment
//! ([`AcquisitionSummary::rough_first_assessment`] says so to the page). Channel CAC = that
//! channel's spend ÷ customers it won.
//!
//! Allocation adds up: a new customer won through a channel that has its own spend carries
//! that channel's CAC; every other new customer carries the shared CAC = (total spend − the
//! spend of channels whose customers carry it) ÷ their count. The cost handed out to the new
//! customers of the list then sums to the spend entered (a customer's own acquisition cost,
//! when given, replaces its share; spend nobody can carry is reported as not allocated).
//!
//! The spend may be divided by the sales closed in the year instead of the new customers;
//! [`Settings::cac_denominator`] chooses, and [`AcquisitionSummary::cac_denominator`] says
//! which is in force. The choice changes the reported average CAC (and what reads it: LTV :
//! CAC, the prospects' cost without a channel's, the churn comparison), never the allocation:
//! the cost each new customer carries is still shared among the new customers, so that what
//! is handed out sums to the spend entered whichever average is shown.

use super::model::{Channel, Customer, Status};
use super::numeric::{ratio, usable};
use super::settings::{CacDenominator, Settings, SpendKind};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// Why an acquisition cost could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum AcquisitionError {
    /// No spend lines were entered.
    NoSpendEntered,
    /// No new customers were won in the period.
    NoNewCustomers,
    /// A spend line is negative or not a number.
    BadSpendLine {
        /// The line's name.
        name: String,
    },
}

impl fmt::Display for AcquisitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AcquisitionError::NoSpendEntered => write!(
                f,
                "Enter what was spent on winning customers to see the acquisition cost."
            ),
            AcquisitionError::NoNewCustomers => write!(
                f,
                "No new customers were won in the period, so there is no cost per new customer."
            ),
            AcquisitionError::BadSpendLine { name } => write!(
                f,
                "The spend line \"{name}\" must be a number of zero or more."
            ),
        }
    }
}

impl std::error::Error for AcquisitionError {}

/// Average CAC = total spend ÷ new customers, money per customer.
///
/// ```
/// # use value_pyramid::engine::acquisition::average_cac;
/// assert_eq!(average_cac(10_000.0, 40), Ok(250.0));
/// assert!(average_cac(10_000.0, 0).is_err());
/// ```
pub fn average_cac(total_spend: f64, new_customers: u64) -> Result<f64, AcquisitionError> {
    if new_customers == 0 {
        return Err(AcquisitionError::NoNewCustomers);
    }
    if !total_spend.is_finite() || total_spend < 0.0 {
        return Err(AcquisitionError::BadSpendLine {
            name: "total".into(),
        });
    }
    Ok(total_spend / new_customers as f64)
}

/// Where the count of new customers came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NewCustomerSource {
    /// Entered in the settings.
    Entered,
    /// Customers whose first purchase falls in the analysis year.
    WonInYear,
    /// Every customer of the list (no year and no count given): the roughest estimate.
    WholeList,
}

/// CAC of one channel and, once lifetime values are known, LTV : CAC.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChannelCac {
    /// The channel.
    pub channel: Channel,
    /// Spend lines naming this channel, money; `None` when no line names it.
    pub spend: Option<f64>,
    /// Customers won through the channel in the period, count.
    pub customers_won: u64,
    /// Spend ÷ customers won, money per customer; `None` without spend or customers.
    pub cac: Option<f64>,
    /// Mean individual LTV before acquisition cost of the channel's customers, money.
    pub average_ltv: Option<f64>,
    /// Average LTV ÷ CAC; `None` when either is unknown or CAC is 0.
    pub ltv_to_cac: Option<f64>,
}

/// Everything about acquisition cost for one list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AcquisitionSummary {
    /// Sum of the usable spend lines, money.
    pub total_spend: f64,
    /// Spend per kind, money (kinds without spend are left out).
    pub spend_by_kind: Vec<(SpendKind, f64)>,
    /// New customers in the period, count.
    pub new_customers: u64,
    /// Where that count came from.
    pub new_customers_source: NewCustomerSource,
    /// Average CAC = total spend ÷ the denominator in force, money per customer (or per sale
    /// closed).
    pub average_cac: Result<f64, AcquisitionError>,
    /// The denominator of the average CAC in force: sales closed when chosen and given (more
    /// than 0), else new customers. The allocation to customers always shares the spend among
    /// the new customers.
    pub cac_denominator: CacDenominator,
    /// Sales closed in the period, as entered, count.
    pub sales_closed: Option<u64>,
    /// Always true: an average CAC is a first, rough assessment; channel and own costs are
    /// better where known.
    pub rough_first_assessment: bool,
    /// One entry per channel with spend or customers, in channel order.
    pub channels: Vec<ChannelCac>,
    /// The analysis year in force (`None`: no customer has a date of first purchase).
    pub analysis_year: Option<i32>,
    /// Where the analysis year came from.
    pub analysis_year_source: AnalysisYearSource,
    /// Customers without a date of first purchase, count: their acquisition cost is not
    /// charged to the analysis year (lifetime figures still subtract it once).
    pub unknown_year: usize,
    /// Spend not carried by a channel's own customers, money: total spend − the spend of the
    /// channels whose customers carry their channel's CAC.
    pub shared_spend: f64,
    /// New customers who share `shared_spend` (not won through a channel that carries its own
    /// spend), count.
    pub sharing_customers: u64,
    /// `shared_spend` ÷ `sharing_customers`, money per customer; `None` when nobody shares it
    /// or the spend is unusable.
    pub shared_cac: Option<f64>,
    /// Spend no new customer carries (nobody shares the remaining spend), money.
    pub not_allocated: f64,
    /// Mean LTV before acquisition cost of every customer of the list, money.
    pub average_ltv: Option<f64>,
    /// `average_ltv` ÷ average CAC; `None` when either is unknown or CAC is 0.
    pub ltv_to_cac: Option<f64>,
}

impl AcquisitionSummary {
    /// CAC of a channel (its spend ÷ customers it won), money per customer; `None` when it
    /// cannot be computed.
    pub fn channel_cac(&self, channel: Channel) -> Option<f64> {
        self.channels
            .iter()
            .find(|c| c.channel == channel)
            .and_then(|c| c.cac)
    }

    /// Fills in average LTV and LTV : CAC per channel and overall from (channel, LTV before
    /// acquisition cost) pairs of customers. The LTV must not have had acquisition cost taken
    /// off: dividing a net LTV by CAC would count the cost twice.
    pub fn attach_ltv<I: IntoIterator<Item = (Option<Channel>, f64)>>(&mut self, pairs: I) {
        // A handful of channels: found by a look along them, cheaper than a map's for each of
        // 100,000 customers, and each channel still sums in list order.
        let mut sums: Vec<(Channel, (f64, u64))> = Vec::new();
        let (mut all, mut count) = (0.0, 0u64);
        for (channel, ltv) in pairs.into_iter().filter(|(_, l)| l.is_finite()) {
            all += ltv;
            count += 1;
            if let Some(ch) = channel {
                let at = match sums.iter().position(|(c, _)| *c == ch) {
                    Some(at) => at,
                    None => {
                        sums.push((ch, (0.0, 0)));
                        sums.len() - 1
                    }
                };
                let e = &mut sums[at].1;
                e.0 += ltv;
                e.1 += 1;
            }
        }
        self.average_ltv = (count > 0).then(|| ratio(all, count as f64));
        self.ltv_to_cac = match (self.average_ltv, &self.average_cac) {
            (Some(l), Ok(cac)) if *cac > 0.0 => Some(l / cac),
            _ => None,
        };
        for c in &mut self.channels {
            c.average_ltv = sums
                .iter()
                .find(|(ch, _)| *ch == c.channel)
                .map(|(_, (s, n))| ratio(*s, *n as f64));
            c.ltv_to_cac = match (c.average_ltv, c.cac) {
                (Some(l), Some(cac)) if cac > 0.0 => Some(l / cac),
                _ => None,
            };
        }
    }
}

/// Where the analysis year came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnalysisYearSource {
    /// Set in the settings.
    Entered,
    /// The latest year of first purchase in the list (the default).
    LatestFirstPurchase,
    /// Neither: no customer of the list has a date of first purchase.
    NoDates,
}

/// The analysis year in force: the one set, else the latest year of first purchase among the
/// customers of the list (prospects are not customers yet).
pub fn analysis_year(
    customers: &[Customer],
    settings: &Settings,
) -> (Option<i32>, AnalysisYearSource) {
    use chrono::Datelike;
    if let Some(y) = settings.analysis_year {
        return (Some(y), AnalysisYearSource::Entered);
    }
    let latest = customers
        .iter()
        .filter(|c| c.status == Status::Customer)
        .filter_map(|c| c.first_purchase.map(|d| d.year()))
        .max();
    match latest {
        Some(y) => (Some(y), AnalysisYearSource::LatestFirstPurchase),
        None => (None, AnalysisYearSource::NoDates),
    }
}

/// When a customer was won, against the analysis year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WonWhen {
    /// First purchase in the analysis year.
    AnalysisYear,
    /// First purchase in another year.
    OtherYear,
    /// No date of first purchase (or no analysis year at all).
    Unknown,
}

/// When a customer was won, against the analysis year `year` (`None`: no year in force).
pub fn won_when(c: &Customer, year: Option<i32>) -> WonWhen {
    use chrono::Datelike;
    match (year, c.first_purchase) {
        (Some(y), Some(d)) if d.year() == y => WonWhen::AnalysisYear,
        (Some(_), Some(_)) => WonWhen::OtherYear,
        _ => WonWhen::Unknown,
    }
}

/// Builds the acquisition summary of a list (prospects are not counted as won).
pub fn summarise(customers: &[Customer], settings: &Settings) -> AcquisitionSummary {
    let mut total = 0.0;
    let mut bad_line = None;
    let mut by_kind: Vec<(SpendKind, f64)> = Vec::new();
    let mut channel_spend: BTreeMap<Channel, f64> = BTreeMap::new();
    for line in &settings.spend_lines {
        match usable(Some(line.amount)).filter(|a| *a >= 0.0) {
            Some(a) => {
                total += a;
                match by_kind.iter_mut().find(|(k, _)| *k == line.kind) {
                    Some(e) => e.1 += a,
                    None => by_kind.push((line.kind, a)),
                }
                if let Some(ch) = line.channel {
                    *channel_spend.entry(ch).or_insert(0.0) += a;
                }
            }
            None => {
                if bad_line.is_none() {
                    bad_line = Some(line.name.clone());
                }
            }
        }
    }
    let (year, year_source) = analysis_year(customers, settings);
    let listed = || customers.iter().filter(|c| c.status == Status::Customer);
    let unknown_year = listed().filter(|c| c.first_purchase.is_none()).count();
    // Without any date the whole list stands for the customers won (the roughest estimate).
    let is_new = |c: &Customer| year.is_none() || won_when(c, year) == WonWhen::AnalysisYear;
    let mut won: BTreeMap<Channel, u64> = BTreeMap::new();
    let mut won_total = 0u64;
    for c in listed().filter(|c| is_new(c)) {
        won_total += 1;
        if let Some(ch) = c.channel {
            *won.entry(ch).or_insert(0) += 1;
        }
    }
    let (new_customers, source) = match (settings.new_customers, year) {
        (Some(n), _) => (n, NewCustomerSource::Entered),
        (None, Some(_)) => (won_total, NewCustomerSource::WonInYear),
        (None, None) => (won_total, NewCustomerSource::WholeList),
    };
    // No sale closed cannot divide anything: the new customers stand in, and the summary says so.
    let (denominator, divisor) = match (settings.cac_denominator, settings.sales_closed) {
        (CacDenominator::SalesClosed, Some(sales)) if sales > 0 => {
            (CacDenominator::SalesClosed, sales)
        }
        _ => (CacDenominator::NewCustomers, new_customers),
    };
    let average = if let Some(name) = bad_line {
        Err(AcquisitionError::BadSpendLine { name })
    } else if settings.spend_lines.is_empty() {
        Err(AcquisitionError::NoSpendEntered)
    } else {
        average_cac(total, divisor)
    };
    let mut channels: Vec<Channel> = channel_spend.keys().chain(won.keys()).copied().collect();
    channels.sort();
    channels.dedup();
    let channels: Vec<ChannelCac> = channels
        .into_iter()
        .map(|ch| {
            let spend = channel_spend.get(&ch).copied();
            let customers_won = won.get(&ch).copied().unwrap_or(0);
            let cac = match spend {
                Some(s) if customers_won > 0 => Some(s / customers_won as f64),
                _ => None,
            };
            ChannelCac {
                channel: ch,
                spend,
                customers_won,
                cac,
                average_ltv: None,
                ltv_to_cac: None,
            }
        })
        .collect();
    // Spend of a channel that won nobody has no customer of its own to carry it: it joins the
    // shared spend, so the total still reaches the customers.
    let (carried_by_channels, channel_carriers) = channels
        .iter()
        .filter(|c| c.cac.is_some())
        .fold((0.0, 0u64), |(s, n), c| {
            (s + c.spend.unwrap_or(0.0), n + c.customers_won)
        });
    let shared_spend = (total - carried_by_channels).max(0.0);
    let sharing_customers = new_customers.saturating_sub(channel_carriers);
    let (shared_cac, not_allocated) = match &average {
        Err(_) => (None, 0.0),
        Ok(_) if sharing_customers > 0 => (Some(shared_spend / sharing_customers as f64), 0.0),
        Ok(_) => (None, shared_spend),
    };
    AcquisitionSummary {
        total_spend: total,
        spend_by_kind: by_kind,
        new_customers,
        new_customers_source: source,
        average_cac: average,
        cac_denominator: denominator,
        sales_closed: settings.sales_closed,
        rough_first_assessment: true,
        channels,
        analysis_year: year,
        analysis_year_source: year_source,
        unknown_year,
        shared_spend,
        sharing_customers,
        shared_cac,
        not_allocated,
        average_ltv: None,
        ltv_to_cac: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::settings::SpendLine;
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::tolerance::{CENTS, SUMS};

    #[test]
    fn channel_cac_and_ltv_ratio() {
        let s = Settings {
            spend_lines: vec![
                SpendLine {
                    name: "Fair".into(),
                    kind: SpendKind::TradeShows,
                    amount: 3_000.0,
                    channel: Some(Channel::TradeShow),
                },
                SpendLine {
                    name: "Staff".into(),
                    kind: SpendKind::SalesStaff,
                    amount: 7_000.0,
                    channel: None,
                },
            ],
            ..Default::default()
        };
        let mut list = Vec::new();
        for i in 0..10 {
            list.push(Customer {
                id: i.to_string(),
                channel: Some(if i < 3 {
                    Channel::TradeShow
                } else {
                    Channel::Referral
                }),
                ..Default::default()
            });
        }
        let mut a = summarise(&list, &s);
        // No dates: the whole list stands for the customers won. 10,000 ÷ 10 = 1,000.
        assert_eq!(a.average_cac, Ok(1_000.0));
        assert_eq!(a.new_customers_source, NewCustomerSource::WholeList);
        assert_eq!(a.analysis_year_source, AnalysisYearSource::NoDates);
        assert_eq!(a.unknown_year, 10);
        // Trade show: 3,000 ÷ 3 = 1,000. Referral has no spend of its own: its 7 customers
        // share 10,000 − 3,000 = 7,000 → 1,000 each.
        assert_eq!(a.channel_cac(Channel::TradeShow), Some(1_000.0));
        assert_eq!(a.channel_cac(Channel::Referral), None);
        assert_eq!((a.shared_spend, a.sharing_customers), (7_000.0, 7));
        assert_eq!(a.shared_cac, Some(1_000.0));
        // LTV before acquisition 2,500 for everyone: 2,500 ÷ 1,000 = 2.5 per channel and overall.
        a.attach_ltv(list.iter().map(|c| (c.channel, 2_500.0)));
        let fair = a
            .channels
            .iter()
            .find(|c| c.channel == Channel::TradeShow)
            .unwrap();
        assert_eq!(fair.ltv_to_cac, Some(2.5));
        assert_eq!(a.average_ltv, Some(2_500.0));
        assert_eq!(a.ltv_to_cac, Some(2.5));
        assert!(a.rough_first_assessment);
    }

    /// The second denominator: spend 30,000, 60 new customers, 100 sales closed → 500 per new
    /// customer, 300 per sale; the allocation still hands out the 30,000 to the 60.
    #[test]
    fn the_average_cac_divides_by_sales_closed_when_chosen() {
        let list: Vec<Customer> = (0..60)
            .map(|i| Customer {
                id: i.to_string(),
                ..Default::default()
            })
            .collect();
        let mut s = Settings {
            spend_lines: vec![line(30_000.0, None)],
            sales_closed: Some(100),
            ..Default::default()
        };
        let a = summarise(&list, &s);
        assert_eq!(a.average_cac, Ok(500.0));
        assert_eq!(a.cac_denominator, CacDenominator::NewCustomers);
        s.cac_denominator = CacDenominator::SalesClosed;
        let b = summarise(&list, &s);
        assert_eq!(b.average_cac, Ok(300.0));
        assert_eq!(b.cac_denominator, CacDenominator::SalesClosed);
        assert_eq!(b.sales_closed, Some(100));
        // Allocation unchanged: 60 new customers share 30,000 at 500 each (tolerance SUMS).
        assert_eq!((b.sharing_customers, b.shared_cac), (60, Some(500.0)));
        assert!((b.shared_cac.unwrap() * b.sharing_customers as f64 - 30_000.0).abs() <= SUMS);
        // Chosen but not given (or 0): the new customers stand in, and it is said.
        for sales in [None, Some(0)] {
            s.sales_closed = sales;
            let c = summarise(&list, &s);
            assert_eq!(c.average_cac, Ok(500.0));
            assert_eq!(c.cac_denominator, CacDenominator::NewCustomers);
        }
    }

    fn dated(id: &str, channel: Option<Channel>, year: Option<i32>) -> Customer {
        Customer {
            id: id.into(),
            channel,
            first_purchase: year.and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 6, 1)),
            ..Default::default()
        }
    }

    fn line(amount: f64, channel: Option<Channel>) -> SpendLine {
        SpendLine {
            name: "line".into(),
            amount,
            channel,
            ..Default::default()
        }
    }

    /// Spend 10,000: trade show 3,000, direct mail 1,000 (won nobody), staff 6,000. Won in
    /// 2025, the latest first-purchase year: T1–T3 (trade show), R1–R4 (referral). O1 was won
    /// in 2023, U1 has no date.
    fn allocation_list() -> (Vec<Customer>, Settings) {
        let s = Settings {
            spend_lines: vec![
                line(3_000.0, Some(Channel::TradeShow)),
                line(1_000.0, Some(Channel::DirectMail)),
                line(6_000.0, None),
            ],
            ..Default::default()
        };
        let mut list = vec![
            dated("O1", Some(Channel::TradeShow), Some(2023)),
            dated("U1", None, None),
        ];
        for i in 1..=3 {
            list.push(dated(
                &format!("T{i}"),
                Some(Channel::TradeShow),
                Some(2025),
            ));
        }
        for i in 1..=4 {
            list.push(dated(&format!("R{i}"), Some(Channel::Referral), Some(2025)));
        }
        list.push(Customer {
            id: "P1".into(),
            status: Status::Prospect,
            first_purchase: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
            ..Default::default()
        });
        (list, s)
    }

    #[test]
    fn allocation_adds_up_to_the_spend() {
        let (list, s) = allocation_list();
        let a = summarise(&list, &s);
        // The prospect's 2026 date does not count: the latest customer year is 2025.
        assert_eq!(a.analysis_year, Some(2025));
        assert_eq!(
            a.analysis_year_source,
            AnalysisYearSource::LatestFirstPurchase
        );
        assert_eq!(a.new_customers_source, NewCustomerSource::WonInYear);
        assert_eq!(a.new_customers, 7);
        assert_eq!(a.unknown_year, 1);
        // Average 10,000 ÷ 7 = 1,428.571…
        assert!((a.average_cac.clone().unwrap() - 10_000.0 / 7.0).abs() < SUMS);
        // Trade show 3,000 ÷ 3 = 1,000; direct mail won nobody, so its 1,000 is shared:
        // 10,000 − 3,000 = 7,000 over the 4 referral customers = 1,750 each.
        assert_eq!(a.channel_cac(Channel::TradeShow), Some(1_000.0));
        assert_eq!(a.channel_cac(Channel::DirectMail), None);
        assert_eq!(a.shared_spend, 7_000.0);
        assert_eq!(a.sharing_customers, 4);
        assert_eq!(a.shared_cac, Some(1_750.0));
        assert_eq!(a.not_allocated, 0.0);
        // Handed out to the 7 new customers: 3 × 1,000 + 4 × 1,750 = 10,000 = spend entered.
        let handed: f64 = list
            .iter()
            .filter(|c| c.status == Status::Customer)
            .filter(|c| won_when(c, a.analysis_year) == WonWhen::AnalysisYear)
            .map(|c| super::super::profit::acquisition_cost_for(c, &a).0)
            .sum();
        assert_eq!(handed, 10_000.0);
        // Customers of other years carry the same rates as an estimate: O1 1,000, U1 1,750.
        assert_eq!(
            super::super::profit::acquisition_cost_for(&list[0], &a).0,
            1_000.0
        );
        assert_eq!(
            super::super::profit::acquisition_cost_for(&list[1], &a).0,
            1_750.0
        );
    }

    #[test]
    fn entered_year_and_unallocated_spend() {
        let (list, mut s) = allocation_list();
        s.analysis_year = Some(2023);
        let a = summarise(&list, &s);
        // Only O1 (trade show) was won in 2023: trade show 3,000 ÷ 1 = 3,000; the other
        // 7,000 has no new customer left to carry it.
        assert_eq!(a.analysis_year_source, AnalysisYearSource::Entered);
        assert_eq!(a.new_customers, 1);
        assert_eq!(a.channel_cac(Channel::TradeShow), Some(3_000.0));
        assert_eq!(a.sharing_customers, 0);
        assert_eq!(a.shared_cac, None);
        assert_eq!(a.not_allocated, 7_000.0);
        assert_eq!(
            (
                won_when(&list[0], Some(2023)),
                won_when(&list[1], Some(2023))
            ),
            (WonWhen::AnalysisYear, WonWhen::Unknown)
        );
        assert_eq!(won_when(&list[2], Some(2023)), WonWhen::OtherYear);
        assert_eq!(won_when(&list[2], None), WonWhen::Unknown);
    }

    #[test]
    fn zero_new_customers_is_an_error() {
        let mut s = Settings {
            spend_lines: vec![SpendLine {
                amount: 100.0,
                ..Default::default()
            }],
            new_customers: Some(0),
            ..Default::default()
        };
        assert_eq!(
            summarise(&[], &s).average_cac,
            Err(AcquisitionError::NoNewCustomers)
        );
        s.spend_lines.clear();
        assert_eq!(
            summarise(&[], &s).average_cac,
            Err(AcquisitionError::NoSpendEntered)
        );
        s.spend_lines = vec![SpendLine {
            name: "x".into(),
            amount: f64::NAN,
            ..Default::default()
        }];
        assert!(matches!(
            summarise(&[], &s).average_cac,
            Err(AcquisitionError::BadSpendLine { .. })
        ));
    }

    #[test]
    fn ltv_to_cac_worked_example_through_analyse() {
        // LTV : CAC example: 800 profit a year for 5 years at 8 %, first year undiscounted:
        // 800 × (1 + 1/1.08 + 1/1.08² + 1/1.08³ + 1/1.08⁴) = 800 × 4.312127 = 3,449.70;
        // CAC 300 → 3,449.70 ÷ 300 = 11.50. Two organisations (no age: lifetime 1 ÷ 20 %
        // churn = 5 years), revenue 800, margin unknown (100 %), no service cost; each came
        // through a channel with its own 300 of spend.
        let s = Settings {
            spend_lines: vec![
                line(300.0, Some(Channel::Search)),
                line(300.0, Some(Channel::Referral)),
            ],
            ..Default::default()
        };
        let list: Vec<Customer> = [("A", Channel::Search), ("B", Channel::Referral)]
            .into_iter()
            .map(|(id, ch)| Customer {
                id: id.into(),
                channel: Some(ch),
                revenue_per_year: Figure::of(800.0),
                ..Default::default()
            })
            .collect();
        let a = super::super::analysis::analyse(&list, &s);
        let acq = &a.acquisition;
        // Tolerance 0.005: the page shows two decimals.
        assert_eq!(acq.average_cac, Ok(300.0)); // 600 ÷ 2
        assert!((acq.average_ltv.unwrap() - 3_449.70).abs() < CENTS);
        assert!((acq.ltv_to_cac.unwrap() - 11.50).abs() < CENTS);
        for c in &acq.channels {
            assert_eq!(c.cac, Some(300.0));
            assert!(
                (c.ltv_to_cac.unwrap() - 11.50).abs() < CENTS,
                "{:?}",
                c.channel
            );
        }
        // The LTV every other figure uses has the 300 taken off once: 3,449.70 − 300.
        for c in &a.customers {
            assert!((c.ltv - 3_149.70).abs() < CENTS);
            // No date of first purchase: nothing charged to the year, and said.
            assert_eq!(c.profit.acquisition_charged, 0.0);
            assert!(c.profit.year_unknown);
        }
        assert_eq!(acq.unknown_year, 2);
    }

    use proptest::prelude::*;

    const CHANNELS: [Option<Channel>; 4] = [
        None,
        Some(Channel::Referral),
        Some(Channel::TradeShow),
        Some(Channel::Search),
    ];

    proptest! {
        #[test]
        fn allocated_cac_sums_to_the_spend(
            people in prop::collection::vec((0usize..4, prop::option::of(2023i32..2026)), 1..40),
            lines in prop::collection::vec((0usize..4, 0.0f64..1e6), 1..6),
            year in prop::option::of(2023i32..2026),
        ) {
            let s = Settings {
                analysis_year: year,
                spend_lines: lines.iter().map(|&(ch, amount)| line(amount, CHANNELS[ch])).collect(),
                ..Default::default()
            };
            let list: Vec<Customer> = people
                .iter()
                .enumerate()
                .map(|(i, &(ch, y))| dated(&i.to_string(), CHANNELS[ch], y))
                .collect();
            let a = summarise(&list, &s);
            prop_assume!(a.average_cac.is_ok());
            let new_ones: Vec<&Customer> = list
                .iter()
                .filter(|c| a.analysis_year.is_none() || won_when(c, a.analysis_year) == WonWhen::AnalysisYear)
                .collect();
            prop_assert_eq!(new_ones.len() as u64, a.new_customers);
            let handed: f64 = new_ones
                .iter()
                .map(|c| super::super::profit::acquisition_cost_for(c, &a).0)
                .sum();
            // Sums of up to 40 terms below 1e6: relative tolerance 1e-9.
            let tol = SUMS * a.total_spend.max(1.0);
            prop_assert!((handed + a.not_allocated - a.total_spend).abs() <= tol);
            if a.sharing_customers > 0 {
                prop_assert_eq!(a.not_allocated, 0.0);
                prop_assert!((handed - a.total_spend).abs() <= tol);
            }
            // Charged in the year won, the year's profits carry exactly what was handed out to
            // the customers won that year (none when nobody has a date).
            let charged: f64 = list
                .iter()
                .map(|c| super::super::profit::customer_profit(c, &s, None, &a, 5.0).acquisition_charged)
                .sum();
            let expected = if a.analysis_year.is_some() { handed } else { 0.0 };
            prop_assert!((charged - expected).abs() <= tol);
        }
    }
}
