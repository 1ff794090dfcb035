//! The customer list: the one data model every layer shares.
//!
//! Money is in the list's currency ([`super::settings::Settings::currency`]); rates are
//! fractions (0.25 = 25 %); "per year" means per calendar year of the relationship.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whether an entry already buys from us or is someone we would like to win (DOMAIN.md §16).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Buys from us.
    #[default]
    Customer,
    /// Not yet buying.
    Prospect,
}

/// An answer to one of the two qualifying questions asked of prospects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known yet.
    #[default]
    Unknown,
}

/// The five market types of DOMAIN.md §9. There is no default: an entry whose market type
/// is not given has none ([`Customer::market_type`] is `None`), and is counted as such.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarketType {
    /// Private people buying for themselves.
    Consumer,
    /// Producers buying to make goods or services.
    Producer,
    /// Intermediaries buying to resell.
    Intermediary,
    /// Public bodies.
    Government,
    /// Buyers abroad.
    International,
}

/// Acquisition channels listed in DOMAIN.md §1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Referral / word of mouth.
    Referral,
    /// Introduced by an existing customer.
    CustomerIntroduction,
    /// Trade show or conference.
    TradeShow,
    /// Social media.
    SocialMedia,
    /// Search (SEO or paid).
    Search,
    /// E-mail.
    Email,
    /// Direct mail.
    DirectMail,
    /// Telephone.
    Telephone,
    /// Door-to-door.
    DoorToDoor,
    /// Advertising (press, TV, radio).
    Advertising,
    /// Partners.
    Partners,
    /// Directories and public records.
    Directories,
    /// Consulting or information services.
    Consulting,
    /// Clubs and personal network.
    PersonalNetwork,
    /// Community and charity events.
    CommunityEvents,
}

/// Size of an organisation, used where a person would have an age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeBand {
    /// Fewer than 10 people.
    Micro,
    /// 10 to 49 people.
    Small,
    /// 50 to 249 people.
    Medium,
    /// 250 people or more.
    Large,
}

/// Lifecycle stages of DOMAIN.md §11.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LifecycleStage {
    /// A prospect asking questions.
    Exploration,
    /// New customer, fast growth.
    Formation,
    /// Established, highest profit.
    Stability,
    /// Buying less.
    Decline,
}

/// A calendar date without time zone (chrono's, so day arithmetic is exact).
pub type Date = chrono::NaiveDate;

/// Reads a date written `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYYMMDD` (as in the CDNOW logs) or
/// `DD.MM.YYYY`; `None` for anything else, including days that do not exist.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d.%m.%Y"]
        .iter()
        .find_map(|format| Date::parse_from_str(t, format).ok())
}

/// One entry of a list: a customer or a prospect. Optional fields are unknown when `None`;
/// unknown fields and empty maps are left out of stored and exported documents (a list of 10,000
/// customers must fit the browser's storage) and read back as unknown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Customer {
    /// Identifier unique within the list (the CRM's id, or one the app assigns).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Customer or prospect.
    pub status: Status,
    /// Prospects only: does the prospect need what we sell?
    pub needs_it: Answer,
    /// Prospects only: can the prospect pay for it?
    pub can_pay: Answer,
    /// Market type (DOMAIN.md §9); `None` when not given (never silently "consumer").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub market_type: Option<MarketType>,
    /// The channel the entry came through (DOMAIN.md §1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Region, free text; empty when unknown.
    pub region: String,
    /// Age in years, for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    /// Size band, for organisations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_band: Option<SizeBand>,
    /// Date of the first purchase (the customer was won then).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_purchase: Option<Date>,
    /// Revenue per year, money.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue_per_year: Option<f64>,
    /// Purchases per year, count (may be fractional: 0.5 = one purchase every two years).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchases_per_year: Option<f64>,
    /// Average order value, money per purchase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub average_order_value: Option<f64>,
    /// Gross margin as a fraction of revenue (0–1); unknown means 100 % (DOMAIN.md §3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gross_margin: Option<f64>,
    /// What it cost to win this customer, money, once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acquisition_cost: Option<f64>,
    /// This customer's own yearly cost to serve, money per year; replaces the list average.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_cost: Option<f64>,
    /// Contribution to market share as a money equivalent per year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub market_share_value: Option<f64>,
    /// Contribution to market share as a score 0–10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub market_share_score: Option<f64>,
    /// Contribution to brand and reputation as a money equivalent per year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_value: Option<f64>,
    /// Contribution to brand and reputation as a score 0–10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_score: Option<f64>,
    /// Time and effort this customer takes, hours per year (priced at the settings' hourly rate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implicit_cost_hours: Option<f64>,
    /// Lifecycle stage (DOMAIN.md §11).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<LifecycleStage>,
    /// Scorecard indicators by name (growth, satisfaction, collection_days, …); units per indicator.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub indicators: BTreeMap<String, f64>,
    /// Free attributes (decision style, industry, …), used in tier profiles and lookalikes.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub custom: BTreeMap<String, String>,
}

impl Customer {
    /// Revenue per year: given directly, or purchases × average order value.
    pub fn revenue(&self) -> Option<f64> {
        self.revenue_per_year
            .or(match (self.purchases_per_year, self.average_order_value) {
                (Some(p), Some(v)) => Some(p * v),
                _ => None,
            })
    }

    /// Whether revenue, purchases and order value are all given but disagree by more than
    /// rounding (1 % or one unit of money, whichever is larger).
    pub fn revenue_disagrees(&self) -> bool {
        match (
            self.revenue_per_year,
            self.purchases_per_year,
            self.average_order_value,
        ) {
            (Some(r), Some(p), Some(v)) => (r - p * v).abs() > (0.01 * r.abs()).max(1.0),
            _ => false,
        }
    }

    /// Whether the entry is a prospect.
    pub fn is_prospect(&self) -> bool {
        self.status == Status::Prospect
    }

    /// A prospect is qualified only when it both needs it and can pay (DOMAIN.md §16).
    pub fn is_qualified(&self) -> bool {
        self.is_prospect() && self.needs_it == Answer::Yes && self.can_pay == Answer::Yes
    }
}
