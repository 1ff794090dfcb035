//! The customer list: the one data model every layer shares.
//!
//! Money is in the list's currency ([`super::settings::Settings::currency`]); rates are
//! fractions (0.25 = 25 %); "per year" means per calendar year of the relationship.

use super::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use strum::{IntoStaticStr, VariantArray};

/// Whether an entry buys from us, is someone we would like to win (a prospect), or used to buy
/// and was lost (a former customer, kept in the list so that churn can be measured from it).
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
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    /// Buys from us.
    #[default]
    Customer,
    /// Not yet buying.
    Prospect,
    /// Used to buy and was lost ([`Customer::lost_on`] says when, if known). Not among the
    /// current customers: only the churn measured from the list reads it.
    Former,
}

/// An answer to one of the two qualifying questions asked of prospects.
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
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Answer {
    /// Not known yet (first: what a drop-down of an answer starts on).
    #[default]
    Unknown,
    /// Yes.
    Yes,
    /// No.
    No,
}

/// The five market types: consumer, producer, intermediary, government, international.
/// There is no default: an entry whose market type
/// is not given has none ([`Customer::market_type`] is `None`), and is counted as such.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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

/// Channels through which a customer was won; each may carry its own outreach spend and so
/// its own acquisition cost.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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

/// Age of a person in ten-year bands from 25, as profiles and lookalikes compare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, IntoStaticStr, VariantArray)]
pub enum AgeBand {
    /// Younger than 25 years.
    #[strum(serialize = "age_under_25")]
    Under25,
    /// 25 to 34 years.
    #[strum(serialize = "age_25_34")]
    From25To34,
    /// 35 to 44 years.
    #[strum(serialize = "age_35_44")]
    From35To44,
    /// 45 to 54 years.
    #[strum(serialize = "age_45_54")]
    From45To54,
    /// 55 to 64 years.
    #[strum(serialize = "age_55_64")]
    From55To64,
    /// 65 years or older.
    #[strum(serialize = "age_65_over")]
    From65,
}

impl Serialize for AgeBand {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str((*self).into())
    }
}

impl AgeBand {
    /// The band of an age in years.
    pub fn of(age: u32) -> AgeBand {
        match age {
            0..=24 => AgeBand::Under25,
            25..=34 => AgeBand::From25To34,
            35..=44 => AgeBand::From35To44,
            45..=54 => AgeBand::From45To54,
            55..=64 => AgeBand::From55To64,
            _ => AgeBand::From65,
        }
    }

    /// First and last age of the band in years (`None`: no upper end).
    pub fn years(self) -> (u32, Option<u32>) {
        match self {
            AgeBand::Under25 => (0, Some(24)),
            AgeBand::From25To34 => (25, Some(34)),
            AgeBand::From35To44 => (35, Some(44)),
            AgeBand::From45To54 => (45, Some(54)),
            AgeBand::From55To64 => (55, Some(64)),
            AgeBand::From65 => (65, None),
        }
    }
}

/// Lifecycle stages: exploration, formation, stability, decline. Profit over the stages should
/// draw an inverted U, highest in stability.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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

/// In which order a date whose year comes last gives its day and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, IntoStaticStr, VariantArray)]
pub enum DateOrder {
    /// Only year-first dates (2024-03-05, 2024/03/05, 20240305), and day-first dates with dots
    /// (5.3.2024), the one form that is never month-first.
    #[default]
    #[strum(serialize = "ymd")]
    YearMonthDay,
    /// 05/03/2024 is 5 March.
    #[strum(serialize = "dmy")]
    DayMonthYear,
    /// 03/05/2024 is 5 March.
    #[strum(serialize = "mdy")]
    MonthDayYear,
}

/// Reads a date written `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYYMMDD` (as in the CDNOW
/// logs) or `DD.MM.YYYY`, with or without a time of day after it; `None` for anything else,
/// including days that do not exist. Same as [`parse_date_as`] in year-month-day order.
pub fn parse_date(text: &str) -> Option<Date> {
    parse_date_as(text, DateOrder::YearMonthDay)
}

/// Reads a date in the given order for dates whose year comes last (`05/03/2024`, `5.3.2024`,
/// `05-03-2024`); year-first dates read in every order. A time of day may follow the date
/// after a space or a `T` (`14:22`, `14:22:10`, `14:22:10.5`, then `Z`, `+02:00`, `AM`/`PM` or
/// `UTC`); the date is taken as written, the time and zone are not used. A Bulgarian "г."
/// after the year is allowed.
pub fn parse_date_as(text: &str, order: DateOrder) -> Option<Date> {
    let t = text.trim();
    let split = t
        .char_indices()
        .find(|&(i, c)| c == ' ' || (c == 'T' && i > 0))
        .map_or(t.len(), |(i, _)| i);
    let (date, rest) = t.split_at(split);
    if rest == "T" {
        return None;
    }
    let rest = rest.strip_prefix(['T', ' ']).unwrap_or(rest).trim_start();
    let date = date.strip_suffix("г.").unwrap_or(date);
    let rest = rest.strip_prefix("г.").map_or(rest, str::trim_start);
    if !rest.is_empty() && !is_time_of_day(rest) {
        return None;
    }
    let (y, m, d) = date_parts(date, order)?;
    Date::from_ymd_opt(y, m, d)
}

/// Year, month and day of a date without its time, in `order` when the year comes last.
fn date_parts(date: &str, order: DateOrder) -> Option<(i32, u32, u32)> {
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) {
        let y = digits(&date[..4], 4..=4)?;
        return Some((
            i32::try_from(y).ok()?,
            digits(&date[4..6], 2..=2)?,
            digits(&date[6..], 2..=2)?,
        ));
    }
    let separator = date.chars().find(|c| ['-', '/', '.'].contains(c))?;
    let parts: Vec<&str> = date.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if let Some(y) = digits(a, 4..=4) {
        return Some((i32::try_from(y).ok()?, digits(b, 1..=2)?, digits(c, 1..=2)?));
    }
    let (first, second, y) = (digits(a, 1..=2)?, digits(b, 1..=2)?, digits(c, 4..=4)?);
    let y = i32::try_from(y).ok()?;
    match order {
        DateOrder::DayMonthYear => Some((y, second, first)),
        DateOrder::MonthDayYear => Some((y, first, second)),
        DateOrder::YearMonthDay if separator == '.' => Some((y, second, first)),
        DateOrder::YearMonthDay => None,
    }
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, then optionally `AM`/`PM` (hour 1–12), `Z`, `UTC`
/// or an offset `+HH:MM` / `-HHMM`.
fn is_time_of_day(text: &str) -> bool {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.' || c == ','))
        .unwrap_or(text.len());
    let (clock, zone) = text.split_at(end);
    let fields: Vec<&str> = clock.split(':').collect();
    let two = |s: &str, max: u32| {
        (1..=2).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|v| v <= max)
    };
    let seconds = |s: &str| {
        let (whole, fraction) = s.split_once(['.', ',']).unwrap_or((s, "0"));
        two(whole, 60) && !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit())
    };
    let (hour, ok) = match fields.as_slice() {
        [h, m] => (*h, two(h, 23) && two(m, 59)),
        [h, m, s] => (*h, two(h, 23) && two(m, 59) && seconds(s)),
        _ => return false,
    };
    if !ok {
        return false;
    }
    let zone = zone.trim();
    let upper = zone.to_ascii_uppercase();
    match upper.as_str() {
        "" | "Z" | "UTC" | "GMT" => true,
        "AM" | "PM" => hour.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)),
        _ => {
            let Some(offset) = upper.strip_prefix(['+', '-']) else {
                return false;
            };
            let offset = offset.replace(':', "");
            offset.len() == 4 && two(&offset[..2], 14) && two(&offset[2..], 59)
                || offset.len() == 2 && two(&offset, 14)
        }
    }
}

/// The date order of a column as its values show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateOrderGuess {
    /// The order to read the column in.
    pub order: DateOrder,
    /// No value decides (every year-last date has day and month of 12 or less), or values
    /// disagree: the order is a guess the user should check.
    pub ambiguous: bool,
}

/// The order of a column's dates from its values: a year-last date whose first number is above
/// 12 says day first, whose second is above 12 says month first; the larger side wins. When no
/// value decides, day-month-year is taken and said to be ambiguous. A column of year-first
/// dates (or none at all) is year-month-day. Looks at the first 2,000 values.
pub fn guess_date_order<'a>(cells: impl IntoIterator<Item = &'a str>) -> DateOrderGuess {
    let (mut day_first, mut month_first, mut undecided) = (0usize, 0usize, 0usize);
    for cell in cells.into_iter().take(2_000) {
        let date = cell.trim().split([' ', 'T']).next().unwrap_or("");
        let year_first = date.len() == 8
            || date
                .split(['-', '/', '.'])
                .next()
                .is_some_and(|p| p.len() == 4);
        let Some((_, month, day)) = date_parts(date, DateOrder::DayMonthYear) else {
            continue;
        };
        if year_first {
            continue;
        }
        match (day > 12, month > 12) {
            (true, false) => day_first += 1,
            (false, true) => month_first += 1,
            _ => undecided += 1,
        }
    }
    match (day_first, month_first) {
        (0, 0) if undecided == 0 => DateOrderGuess {
            order: DateOrder::YearMonthDay,
            ambiguous: false,
        },
        (0, 0) => DateOrderGuess {
            order: DateOrder::DayMonthYear,
            ambiguous: true,
        },
        (d, m) => DateOrderGuess {
            order: if d >= m {
                DateOrder::DayMonthYear
            } else {
                DateOrder::MonthDayYear
            },
            ambiguous: d > 0 && m > 0,
        },
    }
}

/// A figure of an entry that may be unknown, held in 8 bytes where an `Option<f64>` takes 16:
/// an unknown figure is a NaN, which no figure typed in, imported or stored can be (the
/// readers refuse it and JSON has none). A list of 100,000 entries holds thirteen of them per
/// entry, 10 MB less, and every pass over the entries reads that much less memory. Stored,
/// compared and printed as the `Option<f64>` it stands for.
#[derive(Clone, Copy)]
pub struct Figure(f64);

impl Figure {
    /// The unknown figure.
    pub const UNKNOWN: Figure = Figure(f64::NAN);

    /// A known figure (a NaN is taken as unknown).
    pub const fn of(value: f64) -> Figure {
        Figure(value)
    }

    /// The figure, `None` when unknown.
    pub fn get(self) -> Option<f64> {
        (!self.0.is_nan()).then_some(self.0)
    }

    /// Whether the figure is unknown.
    pub fn is_none(&self) -> bool {
        self.0.is_nan()
    }

    /// Whether the figure is known.
    pub fn is_some(&self) -> bool {
        !self.0.is_nan()
    }
}

impl Default for Figure {
    fn default() -> Figure {
        Figure::UNKNOWN
    }
}

impl From<Option<f64>> for Figure {
    fn from(value: Option<f64>) -> Figure {
        value.map_or(Figure::UNKNOWN, Figure)
    }
}

impl From<Figure> for Option<f64> {
    fn from(value: Figure) -> Option<f64> {
        value.get()
    }
}

impl PartialEq for Figure {
    fn eq(&self, other: &Figure) -> bool {
        self.get() == other.get()
    }
}

impl fmt::Debug for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Figure, D::Error> {
        Option::<f64>::deserialize(deserializer).map(Figure::from)
    }
}

/// One entry of a list: a customer or a prospect. Optional fields are unknown when `None`, or
/// [`Figure::UNKNOWN`] for its figures; unknown fields and empty maps are left out of stored and exported documents (a list of 10,000
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
    /// Market type; `None` when not given (never silently "consumer").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub market_type: Option<MarketType>,
    /// The channel the entry came through, for CAC per channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Region, free text; empty when unknown.
    pub region: Text,
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
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub revenue_per_year: Figure,
    /// Purchases per year, count (may be fractional: 0.5 = one purchase every two years).
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub purchases_per_year: Figure,
    /// Average order value, money per purchase.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub average_order_value: Figure,
    /// Gross margin as a fraction of revenue (0–1); profit counts an unknown margin as 100 %.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub gross_margin: Figure,
    /// What it cost to win this customer, money, once.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub acquisition_cost: Figure,
    /// This customer's own yearly cost to serve, money per year; replaces the list average.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub service_cost: Figure,
    /// Contribution to market share as a money equivalent per year.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub market_share_value: Figure,
    /// Contribution to market share as a score 0–10.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub market_share_score: Figure,
    /// Contribution to brand and reputation as a money equivalent per year.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub brand_value: Figure,
    /// Contribution to brand and reputation as a score 0–10.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub brand_score: Figure,
    /// Time and effort this customer takes, hours per year (priced at the settings' hourly rate).
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub implicit_cost_hours: Figure,
    /// Lifecycle stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<LifecycleStage>,
    /// Scorecard indicators by name (growth, satisfaction, collection_days, …); units per indicator.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub indicators: BTreeMap<Text, f64>,
    /// Free attributes (decision style, industry, …), used in tier profiles and lookalikes.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub custom: BTreeMap<Text, Text>,
    // Keeping customers: churn measured from the list.
    /// Former customers: the date the customer was lost, for churn measured from the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost_on: Option<Date>,
    // The customer's side (delivered value, share of wallet, the seed's checks), growth
    /// The value this customer gets from us and what it costs them, in money or as
    /// 0–10 scores per [`crate::engine::settings::Settings::delivered_scale`].
    #[serde(skip_serializing_if = "DeliveredValue::is_empty")]
    pub delivered: SparseDelivered,
    /// The customer's total spending in our category, money per year: our revenue is
    /// its share of this wallet.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub category_spend: Figure,
    /// Yearly growth of this customer's profit, fraction above −1 (0.1 = 10 % more each
    /// year); overrides its lifecycle stage's growth in its lifetime value.
    #[serde(skip_serializing_if = "Figure::is_none")]
    pub profit_growth: Figure,
}

/// Value delivered to a customer, the customer's side of the relationship: what it
/// gets (product, service, people, image) and what it gives (price, time, effort, risk).
/// Each component is money per year or a 0–10 score, as the list's
/// [`crate::engine::settings::DeliveredScale`] says; `None` when not given.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DeliveredValue {
    /// Value of the product to the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<f64>,
    /// Value of the service around it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<f64>,
    /// Value of the people the customer deals with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub people: Option<f64>,
    /// Value of the image (brand, standing) the customer gains.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<f64>,
    /// The price the customer pays.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// The customer's time spent buying and using.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<f64>,
    /// The customer's effort.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<f64>,
    /// The risk the customer carries (of failure, of a wrong choice).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk: Option<f64>,
}

/// A customer's [`DeliveredValue`], boxed only once a component is given: most lists give
/// none, and eight empty figures held in each of 100,000 customers were 12 MB. Reads see an
/// empty value when none was given; a write through it makes the box.
#[derive(Clone, Default)]
pub struct SparseDelivered(Option<Box<DeliveredValue>>);

const NO_DELIVERED_VALUE: DeliveredValue = DeliveredValue {
    product: None,
    service: None,
    people: None,
    image: None,
    price: None,
    time: None,
    effort: None,
    risk: None,
};

impl std::ops::Deref for SparseDelivered {
    type Target = DeliveredValue;
    fn deref(&self) -> &DeliveredValue {
        self.0.as_deref().unwrap_or(&NO_DELIVERED_VALUE)
    }
}

impl std::ops::DerefMut for SparseDelivered {
    fn deref_mut(&mut self) -> &mut DeliveredValue {
        self.0.get_or_insert_with(Box::default)
    }
}

impl From<DeliveredValue> for SparseDelivered {
    fn from(value: DeliveredValue) -> SparseDelivered {
        SparseDelivered((!value.is_empty()).then(|| Box::new(value)))
    }
}

// Equal when the values are, boxed or not (a box emptied again equals none).
impl PartialEq for SparseDelivered {
    fn eq(&self, other: &SparseDelivered) -> bool {
        **self == **other
    }
}

impl fmt::Debug for SparseDelivered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl Serialize for SparseDelivered {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for SparseDelivered {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        DeliveredValue::deserialize(deserializer).map(SparseDelivered::from)
    }
}

impl DeliveredValue {
    /// Whether no component is given (then it is left out of stored documents).
    pub fn is_empty(&self) -> bool {
        self.values()
            .iter()
            .chain(&self.costs())
            .all(Option::is_none)
    }

    /// The value components: product, service, people, image.
    pub fn values(&self) -> [Option<f64>; 4] {
        [self.product, self.service, self.people, self.image]
    }

    /// The cost components: price, time, effort, risk.
    pub fn costs(&self) -> [Option<f64>; 4] {
        [self.price, self.time, self.effort, self.risk]
    }
}

impl Customer {
    /// Revenue per year: given directly, or purchases × average order value.
    // A call per customer in the passes over the list: `opt-level = "z"` keeps it out of line.
    #[inline(always)]
    pub fn revenue(&self) -> Option<f64> {
        self.revenue_per_year.get().or(
            match (
                self.purchases_per_year.get(),
                self.average_order_value.get(),
            ) {
                (Some(p), Some(v)) => Some(p * v),
                _ => None,
            },
        )
    }

    /// Whether revenue, purchases and order value are all given but disagree by more than
    /// rounding (1 % or one unit of money, whichever is larger).
    pub fn revenue_disagrees(&self) -> bool {
        match (
            self.revenue_per_year.get(),
            self.purchases_per_year.get(),
            self.average_order_value.get(),
        ) {
            (Some(r), Some(p), Some(v)) => (r - p * v).abs() > (0.01 * r.abs()).max(1.0),
            _ => false,
        }
    }

    /// Whether the customer's category spend is given and below our revenue from it: the
    /// whole wallet cannot be smaller than our share of it, so one of the two is wrong
    /// Flagged, never corrected.
    pub fn spend_below_revenue(&self) -> bool {
        match (self.revenue(), self.category_spend.get()) {
            (Some(r), Some(s)) => r > s,
            _ => false,
        }
    }

    /// Whether the entry is a prospect.
    pub fn is_prospect(&self) -> bool {
        self.status == Status::Prospect
    }

    /// Whether the entry is a current customer (neither a prospect nor a former customer).
    pub fn is_current(&self) -> bool {
        self.status == Status::Customer
    }

    /// A prospect is qualified only when it both needs it and can pay (both answered yes).
    pub fn is_qualified(&self) -> bool {
        self.is_prospect() && self.needs_it == Answer::Yes && self.can_pay == Answer::Yes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_half_an_option_and_reads_stores_and_compares_as_one() {
        assert_eq!(std::mem::size_of::<Figure>(), std::mem::size_of::<f64>());
        assert!(std::mem::size_of::<Option<f64>>() > std::mem::size_of::<Figure>());
        for value in [
            Some(0.0),
            Some(-0.0),
            Some(-12.5),
            Some(1e15),
            Some(f64::INFINITY),
            None,
        ] {
            let figure = Figure::from(value);
            assert_eq!(figure.get().map(f64::to_bits), value.map(f64::to_bits));
            assert_eq!(figure.is_none(), value.is_none());
            assert_eq!(figure.is_some(), value.is_some());
            assert_eq!(format!("{figure:?}"), format!("{value:?}"));
            assert_eq!(figure, Figure::from(value));
        }
        // A NaN never comes out as a figure: it is the unknown one.
        assert_eq!(Figure::of(f64::NAN).get(), None);
        assert_eq!(Figure::from(Some(f64::NAN)), Figure::UNKNOWN);
        assert_eq!(Figure::default(), Figure::UNKNOWN);
        assert_ne!(Figure::of(1.0), Figure::UNKNOWN);
        // Stored as before: a known figure as its number, an unknown one left out (and read
        // back as unknown, as is an explicit null).
        let c = Customer {
            id: "A".into(),
            revenue_per_year: Figure::of(1_250.5),
            ..Customer::default()
        };
        let text = serde_json::to_string(&c).expect("writes");
        assert!(text.contains(r#""revenue_per_year":1250.5"#), "{text}");
        assert!(!text.contains("gross_margin"), "{text}");
        let back: Customer = serde_json::from_str(&text).expect("reads");
        assert_eq!(back, c);
        let null: Customer =
            serde_json::from_str(r#"{"id":"B","gross_margin":null,"service_cost":40}"#)
                .expect("reads");
        assert_eq!(null.gross_margin.get(), None);
        assert_eq!(null.service_cost.get(), Some(40.0));
    }

    #[test]
    fn a_customer_without_a_delivered_value_holds_no_box_and_reads_as_empty() {
        let c: Customer = serde_json::from_str(r#"{"id":"A","name":"A"}"#).expect("reads");
        assert!(c.delivered.0.is_none());
        assert!(c.delivered.is_empty());
        let given: Customer =
            serde_json::from_str(r#"{"id":"B","name":"B","delivered":{"price":12.5}}"#)
                .expect("reads");
        assert_eq!(given.delivered.price, Some(12.5));
        let text = serde_json::to_string(&given).expect("writes");
        assert!(text.contains(r#""delivered":{"price":12.5}"#), "{text}");
        // Written through, then emptied again: equal to none, and left out of the document.
        let mut d = SparseDelivered::default();
        let written: &mut DeliveredValue = &mut d;
        written.product = Some(1.0);
        assert_eq!(
            *d,
            DeliveredValue {
                product: Some(1.0),
                ..DeliveredValue::default()
            }
        );
        d.product = None;
        assert_eq!(d, SparseDelivered::default());
        let mut c = c;
        c.delivered = d;
        assert!(!serde_json::to_string(&c)
            .expect("writes")
            .contains("delivered"));
        assert!(SparseDelivered::from(DeliveredValue::default()).0.is_none());
    }
    use crate::engine::keys::Keyed;

    fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        Date::from_ymd_opt(y, m, d)
    }

    #[test]
    fn year_first_dates_read_in_every_order_with_or_without_a_time() {
        for &order in DateOrder::VARIANTS {
            for text in [
                "2024-03-05",
                "2024/03/05",
                "2024.3.5",
                "20240305",
                " 2024-03-05 14:22:10 ",
                "2024-03-05T14:22:10Z",
                "2024-03-05T14:22:10.123+02:00",
                "2024-03-05 14:22",
                "2024-03-05 02:22 PM",
                "2024-03-05 14:22:10 UTC",
                "2024-03-05T14:22:10-0500",
            ] {
                assert_eq!(
                    parse_date_as(text, order),
                    ymd(2024, 3, 5),
                    "{text:?} {order:?}"
                );
            }
        }
    }

    #[test]
    fn year_last_dates_follow_the_order() {
        use DateOrder::*;
        assert_eq!(parse_date_as("05/03/2024", DayMonthYear), ymd(2024, 3, 5));
        assert_eq!(parse_date_as("03/05/2024", MonthDayYear), ymd(2024, 3, 5));
        assert_eq!(parse_date_as("5.3.2024", DayMonthYear), ymd(2024, 3, 5));
        assert_eq!(
            parse_date_as("3-5-2024 9:05:00 AM", MonthDayYear),
            ymd(2024, 3, 5)
        );
        assert_eq!(
            parse_date_as("05/03/2024 14:22:10", DayMonthYear),
            ymd(2024, 3, 5)
        );
        // Year-month-day reads dotted dates day first (never written month first) and
        // refuses a slashed one, which could be either.
        assert_eq!(parse_date_as("05.03.2024", YearMonthDay), ymd(2024, 3, 5));
        assert_eq!(parse_date_as("05/03/2024", YearMonthDay), None);
        // Bulgarian writes "г." after the year.
        assert_eq!(parse_date("05.03.2024 г."), ymd(2024, 3, 5));
        assert_eq!(parse_date("05.03.2024г."), ymd(2024, 3, 5));
        // Day 13 is not a month.
        assert_eq!(parse_date_as("13/05/2024", MonthDayYear), None);
        assert_eq!(parse_date_as("13/05/2024", DayMonthYear), ymd(2024, 5, 13));
    }

    #[test]
    fn non_dates_and_bad_times_are_refused() {
        for text in [
            "",
            "2024-13-01",
            "2024-02-30",
            "2024-03-05 25:00",
            "2024-03-05 14:60",
            "2024-03-05 14:22:10 +25:00",
            "2024-03-05 13:00 PM",
            "2024-03-05 later",
            "2024-03-05T",
            "24-03-05",
            "5.3.24",
            "2024-03",
            "2024-03-05-01",
            "202403051",
            "١٢/٠٣/٢٠٢٤",
            "Total",
            "2024-0x-05",
        ] {
            for &order in DateOrder::VARIANTS {
                assert_eq!(parse_date_as(text, order), None, "{text:?} {order:?}");
            }
        }
    }

    #[test]
    fn the_order_is_guessed_from_a_value_above_twelve() {
        let guess = |cells: &[&str]| guess_date_order(cells.iter().copied());
        assert_eq!(
            guess(&["05/03/2024", "28/02/2024 10:00", "01/01/2024"]),
            DateOrderGuess {
                order: DateOrder::DayMonthYear,
                ambiguous: false
            }
        );
        assert_eq!(
            guess(&["03/05/2024", "02/28/2024 10:00:00 PM"]),
            DateOrderGuess {
                order: DateOrder::MonthDayYear,
                ambiguous: false
            }
        );
        // No value above 12: day first, said to be ambiguous.
        assert_eq!(
            guess(&["05/03/2024", "1.2.2024", "", "n/a"]),
            DateOrderGuess {
                order: DateOrder::DayMonthYear,
                ambiguous: true
            }
        );
        // Both kinds: the larger side wins, ambiguous.
        assert_eq!(
            guess(&["13/01/2024", "01/14/2024", "01/15/2024"]),
            DateOrderGuess {
                order: DateOrder::MonthDayYear,
                ambiguous: true
            }
        );
        // Year first, or nothing: year-month-day.
        assert_eq!(
            guess(&["2024-03-05", "20240306", "2024/12/31 23:59"]),
            DateOrderGuess {
                order: DateOrder::YearMonthDay,
                ambiguous: false
            }
        );
        assert_eq!(
            guess(&[]),
            DateOrderGuess {
                order: DateOrder::YearMonthDay,
                ambiguous: false
            }
        );
        // The same day and month ("05/05/2024") decides nothing but is year-last.
        assert!(guess(&["05/05/2024"]).ambiguous);
    }

    #[test]
    fn keys_are_the_stored_names() {
        use crate::engine::keys::serde_agrees;
        serde_agrees::<Status>().unwrap();
        serde_agrees::<Answer>().unwrap();
        serde_agrees::<MarketType>().unwrap();
        serde_agrees::<Channel>().unwrap();
        serde_agrees::<SizeBand>().unwrap();
        serde_agrees::<LifecycleStage>().unwrap();
        assert_eq!(Channel::Email.key(), "email");
        assert_eq!(Channel::CustomerIntroduction.key(), "customer_introduction");
    }

    #[test]
    fn age_bands_cover_every_age_once() {
        for age in 0..130 {
            let band = AgeBand::of(age);
            let (first, last) = band.years();
            assert!(
                age >= first && last.is_none_or(|l| age <= l),
                "{age} {band:?}"
            );
        }
        assert_eq!(AgeBand::of(25).key(), "age_25_34");
        assert_eq!(AgeBand::of(70), AgeBand::From65);
    }

    #[test]
    fn order_keys_read_back() {
        for &o in DateOrder::VARIANTS {
            assert_eq!(DateOrder::from_key(o.key()), Some(o));
        }
        assert_eq!(DateOrder::from_key("dmy"), Some(DateOrder::DayMonthYear));
        assert_eq!(DateOrder::from_key("x"), None);
    }
}
