//! Acquisition cost (DOMAIN.md §1): average CAC and CAC per channel.
//!
//! Average CAC = total outreach spend in the period ÷ new customers won in it, money per
//! customer. It is an average for a first, rough assessment
//! ([`AcquisitionSummary::rough_first_assessment`] says so to the page). Channel CAC = that
//! channel's spend ÷ customers it won.

use super::model::{Channel, Customer, Status};
use super::numeric::{ratio, usable};
use super::settings::{Settings, SpendKind};
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
/// ```ignore
/// # use engine::acquisition::average_cac;
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
    /// Mean individual LTV of the channel's customers, money.
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
    /// Average CAC, money per customer.
    pub average_cac: Result<f64, AcquisitionError>,
    /// Always true: an average CAC is a first, rough assessment; channel and own costs are
    /// better where known.
    pub rough_first_assessment: bool,
    /// One entry per channel with spend or customers, in channel order.
    pub channels: Vec<ChannelCac>,
}

impl AcquisitionSummary {
    /// CAC of a channel when it can be computed.
    pub fn channel_cac(&self, channel: Channel) -> Option<f64> {
        self.channels
            .iter()
            .find(|c| c.channel == channel)
            .and_then(|c| c.cac)
    }

    /// Fills in average LTV and LTV : CAC per channel from (channel, LTV) pairs of customers.
    pub fn attach_ltv<I: IntoIterator<Item = (Option<Channel>, f64)>>(&mut self, pairs: I) {
        let mut sums: BTreeMap<Channel, (f64, u64)> = BTreeMap::new();
        for (channel, ltv) in pairs {
            if let (Some(ch), true) = (channel, ltv.is_finite()) {
                let e = sums.entry(ch).or_insert((0.0, 0));
                e.0 += ltv;
                e.1 += 1;
            }
        }
        for c in &mut self.channels {
            c.average_ltv = sums.get(&c.channel).map(|(s, n)| ratio(*s, *n as f64));
            c.ltv_to_cac = match (c.average_ltv, c.cac) {
                (Some(l), Some(cac)) if cac > 0.0 => Some(l / cac),
                _ => None,
            };
        }
    }
}

/// Whether a customer counts as won in the period.
pub fn won_in_period(c: &Customer, settings: &Settings) -> bool {
    use chrono::Datelike;
    match settings.analysis_year {
        None => true,
        Some(year) => c.first_purchase.map(|d| d.year() == year).unwrap_or(false),
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
    let mut won: BTreeMap<Channel, u64> = BTreeMap::new();
    let mut won_total = 0u64;
    for c in customers.iter().filter(|c| c.status == Status::Customer) {
        if won_in_period(c, settings) {
            won_total += 1;
            if let Some(ch) = c.channel {
                *won.entry(ch).or_insert(0) += 1;
            }
        }
    }
    let (new_customers, source) = match (settings.new_customers, settings.analysis_year) {
        (Some(n), _) => (n, NewCustomerSource::Entered),
        (None, Some(_)) => (won_total, NewCustomerSource::WonInYear),
        (None, None) => (won_total, NewCustomerSource::WholeList),
    };
    let average = if let Some(name) = bad_line {
        Err(AcquisitionError::BadSpendLine { name })
    } else if settings.spend_lines.is_empty() {
        Err(AcquisitionError::NoSpendEntered)
    } else {
        average_cac(total, new_customers)
    };
    let mut channels: Vec<Channel> = channel_spend.keys().chain(won.keys()).copied().collect();
    channels.sort();
    channels.dedup();
    let channels = channels
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
    AcquisitionSummary {
        total_spend: total,
        spend_by_kind: by_kind,
        new_customers,
        new_customers_source: source,
        average_cac: average,
        rough_first_assessment: true,
        channels,
    }
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::super::settings::SpendLine;
    use super::*;

    #[test]
    fn channel_cac_and_ltv_ratio() {
        let mut s = Settings::default();
        s.spend_lines = vec![
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
        ];
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
        assert_eq!(a.average_cac, Ok(1_000.0));
        assert_eq!(a.new_customers_source, NewCustomerSource::WholeList);
        assert_eq!(a.channel_cac(Channel::TradeShow), Some(1_000.0));
        assert_eq!(a.channel_cac(Channel::Referral), None);
        a.attach_ltv(list.iter().map(|c| (c.channel, 2_500.0)));
        let fair = a
            .channels
            .iter()
            .find(|c| c.channel == Channel::TradeShow)
            .unwrap();
        assert_eq!(fair.ltv_to_cac, Some(2.5));
        assert!(a.rough_first_assessment);
    }

    #[test]
    fn zero_new_customers_is_an_error() {
        let mut s = Settings::default();
        s.spend_lines = vec![SpendLine {
            amount: 100.0,
            ..Default::default()
        }];
        s.new_customers = Some(0);
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
}
