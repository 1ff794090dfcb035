//! Every field of a customer entry: its key, unit and validation rule, and how it is read from
//! and written to text. The table editor, CSV import and CSV export all go through here, so a
//! value refused in one place is refused everywhere.

use crate::engine::delivered::DeliveredComponent;
use crate::engine::keys::Keyed;
use crate::engine::model::{
    parse_date_as, Answer, Channel, Customer, DateOrder, LifecycleStage, MarketType, SizeBand,
    Status,
};
use crate::engine::settings::DeliveredScale;
use crate::io::number::{parse_number, write_number, DecimalSeparator};
use crate::lists::ChoiceMemory;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Largest amount, count or number of hours a field takes (10^15): beyond it a value is a
/// mistake (a misplaced exponent, an account number in the wrong column), not a customer.
pub const MAX_VALUE: f64 = 1e15;

/// Longest text a text field or a free attribute takes, in characters: a longer cell is a
/// file read with the wrong delimiter or a pasted document, not a name.
pub const MAX_TEXT_CHARS: usize = 1_000;

/// A fixed field of [`Customer`]; its key is the column name used in exported CSV and accepted
/// on import, and `Field::VARIANTS` lists them in the order of the page's table.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
pub enum Field {
    Id,
    Name,
    Status,
    NeedsIt,
    CanPay,
    MarketType,
    Channel,
    Region,
    Age,
    SizeBand,
    FirstPurchase,
    LostOn,
    RevenuePerYear,
    PurchasesPerYear,
    AverageOrderValue,
    GrossMargin,
    AcquisitionCost,
    ServiceCost,
    MarketShareValue,
    MarketShareScore,
    BrandValue,
    BrandScore,
    ImplicitCostHours,
    LifecycleStage,
    // The customer's side (delivered value, share of wallet, the seed's checks), growth
    DeliveredProduct,
    DeliveredService,
    DeliveredPeople,
    DeliveredImage,
    CustomerCostPrice,
    CustomerCostTime,
    CustomerCostEffort,
    CustomerCostRisk,
    CategorySpend,
    ProfitGrowth,
}

/// What kind of value a field holds; decides its rule and unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text; the bool says whether it may be empty.
    Text { required: bool },
    /// One of a fixed set of words.
    Choice,
    /// Money, zero or more.
    Money,
    /// A count per year, zero or more.
    PerYear,
    /// A fraction from −1 to 1, typed as 0.35 or 35 %.
    Fraction,
    /// A score from 0 to 10.
    Score,
    /// Hours per year, zero or more.
    Hours,
    /// Whole years from 0 to 120.
    Years,
    /// A calendar date.
    Date,
}

/// Why a value was refused: the rule it broke, as a translation key, and the text found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Translation key of the rule ("rule.money", …).
    pub expected: &'static str,
    pub found: String,
}

impl Field {
    /// Translation key of the field's name.
    pub fn label_key(self) -> String {
        format!("field.{}", self.key())
    }

    pub fn kind(self) -> Kind {
        match self {
            Field::Id => Kind::Text { required: false },
            Field::Name => Kind::Text { required: true },
            Field::Region => Kind::Text { required: false },
            Field::Status
            | Field::NeedsIt
            | Field::CanPay
            | Field::MarketType
            | Field::Channel
            | Field::SizeBand
            | Field::LifecycleStage => Kind::Choice,
            Field::Age => Kind::Years,
            Field::FirstPurchase | Field::LostOn => Kind::Date,
            Field::RevenuePerYear
            | Field::AverageOrderValue
            | Field::AcquisitionCost
            | Field::ServiceCost
            | Field::MarketShareValue
            | Field::BrandValue => Kind::Money,
            // A component of delivered value is money or a 0–10 score as the list's settings
            // say; a field cannot see them, so it takes either, and `scale_error` checks the
            // score's range against the list.
            Field::DeliveredProduct
            | Field::DeliveredService
            | Field::DeliveredPeople
            | Field::DeliveredImage
            | Field::CustomerCostPrice
            | Field::CustomerCostTime
            | Field::CustomerCostEffort
            | Field::CustomerCostRisk
            | Field::CategorySpend => Kind::Money,
            Field::PurchasesPerYear => Kind::PerYear,
            Field::GrossMargin | Field::ProfitGrowth => Kind::Fraction,
            Field::MarketShareScore | Field::BrandScore => Kind::Score,
            Field::ImplicitCostHours => Kind::Hours,
        }
    }

    /// Translation key of the unit shown beside the field ("" for none).
    pub fn unit_key(self) -> &'static str {
        match self {
            Field::RevenuePerYear
            | Field::ServiceCost
            | Field::MarketShareValue
            | Field::BrandValue
            | Field::CategorySpend => "unit.money_per_year",
            Field::AverageOrderValue => "unit.money_per_order",
            Field::AcquisitionCost => "unit.money_once",
            Field::PurchasesPerYear => "unit.per_year",
            Field::GrossMargin | Field::ProfitGrowth => "unit.percent",
            Field::MarketShareScore | Field::BrandScore => "unit.score_0_10",
            Field::ImplicitCostHours => "unit.hours_per_year",
            Field::Age => "unit.years",
            Field::FirstPurchase | Field::LostOn => "unit.date",
            _ => "",
        }
    }

    /// Translation key of the rule a value must follow.
    pub fn rule_key(self) -> &'static str {
        if self == Field::ProfitGrowth {
            return "rule.growth";
        }
        self.kind().rule()
    }
}

impl Kind {
    /// Translation key of the rule of this kind of value.
    pub fn rule(self) -> &'static str {
        match self {
            Kind::Text { required: true } => "rule.text_required",
            Kind::Text { required: false } => "rule.text",
            Kind::Choice => "rule.choice",
            Kind::Money => "rule.money",
            Kind::PerYear => "rule.per_year",
            Kind::Fraction => "rule.fraction",
            Kind::Score => "rule.score",
            Kind::Hours => "rule.hours",
            Kind::Years => "rule.years",
            Kind::Date => "rule.date",
        }
    }
}

impl Field {
    /// The words a choice field accepts, as (stored key, translation key) pairs.
    pub fn choices(self) -> Vec<&'static str> {
        match self {
            Field::Status => Status::keys(),
            Field::NeedsIt | Field::CanPay => Answer::keys(),
            Field::MarketType => MarketType::keys(),
            Field::Channel => Channel::keys(),
            Field::SizeBand => SizeBand::keys(),
            Field::LifecycleStage => LifecycleStage::keys(),
            _ => vec![],
        }
    }

    /// Whether an empty value is allowed for a choice (it then means "unknown").
    pub fn choice_optional(self) -> bool {
        matches!(
            self,
            Field::MarketType | Field::Channel | Field::SizeBand | Field::LifecycleStage
        )
    }

    /// The field's value as text, in the form [`Field::apply`] reads back identically.
    pub fn get(self, c: &Customer) -> String {
        if let Some(value) = self.number(c) {
            return value.map(write_number).unwrap_or_default();
        }
        match self {
            Field::Id => c.id.clone(),
            Field::Name => c.name.clone(),
            Field::Status => c.status.key().into(),
            Field::NeedsIt => c.needs_it.key().into(),
            Field::CanPay => c.can_pay.key().into(),
            Field::MarketType => optional_key(c.market_type),
            Field::Channel => optional_key(c.channel),
            Field::Region => c.region.to_string(),
            Field::SizeBand => optional_key(c.size_band),
            Field::FirstPurchase => c.first_purchase.map(|d| d.to_string()).unwrap_or_default(),
            Field::LostOn => c.lost_on.map(|d| d.to_string()).unwrap_or_default(),
            Field::LifecycleStage => optional_key(c.lifecycle_stage),
            // Written above, from `number`.
            Field::Age
            | Field::RevenuePerYear
            | Field::PurchasesPerYear
            | Field::AverageOrderValue
            | Field::GrossMargin
            | Field::AcquisitionCost
            | Field::ServiceCost
            | Field::MarketShareValue
            | Field::MarketShareScore
            | Field::BrandValue
            | Field::BrandScore
            | Field::ImplicitCostHours
            | Field::DeliveredProduct
            | Field::DeliveredService
            | Field::DeliveredPeople
            | Field::DeliveredImage
            | Field::CustomerCostPrice
            | Field::CustomerCostTime
            | Field::CustomerCostEffort
            | Field::CustomerCostRisk
            | Field::CategorySpend
            | Field::ProfitGrowth => String::new(),
        }
    }

    /// The value of a number field as the number [`Field::get`] writes (`Some(None)` when
    /// empty); `None` for the fields that hold text, a choice or a date. A table sorted by a
    /// number reads it without writing and parsing text for each of 100,000 customers.
    pub fn number(self, c: &Customer) -> Option<Option<f64>> {
        Some(match self {
            Field::Age => c.age.map(f64::from),
            Field::RevenuePerYear => c.revenue_per_year.get(),
            Field::PurchasesPerYear => c.purchases_per_year.get(),
            Field::AverageOrderValue => c.average_order_value.get(),
            Field::GrossMargin => c.gross_margin.get(),
            Field::AcquisitionCost => c.acquisition_cost.get(),
            Field::ServiceCost => c.service_cost.get(),
            Field::MarketShareValue => c.market_share_value.get(),
            Field::MarketShareScore => c.market_share_score.get(),
            Field::BrandValue => c.brand_value.get(),
            Field::BrandScore => c.brand_score.get(),
            Field::ImplicitCostHours => c.implicit_cost_hours.get(),
            Field::DeliveredProduct => c.delivered.product,
            Field::DeliveredService => c.delivered.service,
            Field::DeliveredPeople => c.delivered.people,
            Field::DeliveredImage => c.delivered.image,
            Field::CustomerCostPrice => c.delivered.price,
            Field::CustomerCostTime => c.delivered.time,
            Field::CustomerCostEffort => c.delivered.effort,
            Field::CustomerCostRisk => c.delivered.risk,
            Field::CategorySpend => c.category_spend.get(),
            Field::ProfitGrowth => c.profit_growth.get(),
            _ => return None,
        })
    }

    /// The component of delivered value this field holds, if it is one.
    pub fn delivered_component(self) -> Option<DeliveredComponent> {
        Some(match self {
            Field::DeliveredProduct => DeliveredComponent::Product,
            Field::DeliveredService => DeliveredComponent::Service,
            Field::DeliveredPeople => DeliveredComponent::People,
            Field::DeliveredImage => DeliveredComponent::Image,
            Field::CustomerCostPrice => DeliveredComponent::Price,
            Field::CustomerCostTime => DeliveredComponent::Time,
            Field::CustomerCostEffort => DeliveredComponent::Effort,
            Field::CustomerCostRisk => DeliveredComponent::Risk,
            _ => return None,
        })
    }

    /// Whether the customer's value in this field breaks a rule that depends on the list: a
    /// component of delivered value above 10 when the list scores them 0–10 ("rule.score"),
    /// or a category spend below the customer's revenue ("rule.category_spend": our revenue
    /// cannot be more than all it spends in the category). The value is kept (the analysis
    /// leaves an out-of-scale score out and flags the spend); the page marks the field.
    pub fn list_error(self, c: &Customer, scale: DeliveredScale) -> Option<FieldError> {
        if let Some(component) = self.delivered_component() {
            let v = component.get(&c.delivered)?;
            return (!scale.accepts(v)).then(|| FieldError {
                expected: Kind::Score.rule(),
                found: write_number(v),
            });
        }
        if self == Field::CategorySpend && c.spend_below_revenue() {
            return Some(FieldError {
                expected: "rule.category_spend",
                found: self.get(c),
            });
        }
        None
    }

    /// Validates `text` and, only when it is valid, stores it in the customer. A percent field
    /// reads a plain number as a fraction (0.35), as the CSV export writes it.
    pub fn apply(
        self,
        c: &mut Customer,
        text: &str,
        decimal: DecimalSeparator,
    ) -> Result<(), FieldError> {
        self.apply_as(c, text, &CellReading::plain(decimal))
    }

    /// [`Field::apply`] with the reading rules of a column or an input: how a plain number in
    /// a percent field is scaled, and which words stand for which choice.
    pub fn apply_as(
        self,
        c: &mut Customer,
        text: &str,
        reading: &CellReading,
    ) -> Result<(), FieldError> {
        self.apply_reading(c, text, reading, &mut |t| reading.choice(self, t))
    }

    /// [`Field::apply_as`] for the cells of one column of a check: a choice is looked up in
    /// `cache`, filled as the column is read, instead of being read afresh for every row (a
    /// choice column of 100,000 rows holds a handful of words). `cache` must be this column's,
    /// read with this `reading`.
    pub fn apply_cached(
        self,
        c: &mut Customer,
        text: &str,
        reading: &CellReading,
        cache: &mut ChoiceCache,
    ) -> Result<(), FieldError> {
        self.apply_reading(c, text, reading, &mut |t| cache.choice(reading, self, t))
    }

    /// [`Field::apply_as`] with the choice a trimmed, non-empty text stands for read by
    /// `choose`.
    fn apply_reading(
        self,
        c: &mut Customer,
        text: &str,
        reading: &CellReading,
        choose: &mut dyn FnMut(&str) -> Option<Option<&'static str>>,
    ) -> Result<(), FieldError> {
        let decimal = reading.decimal;
        let t = text.trim();
        let err = || FieldError {
            expected: self.rule_key(),
            found: text.to_string(),
        };
        let number = |t: &str| -> Result<Option<f64>, FieldError> {
            if t.is_empty() {
                return Ok(None);
            }
            let n = parse_number(t, decimal).ok_or_else(err)?;
            let value = match self.kind() {
                Kind::Fraction if n.percent => n.value / 100.0,
                Kind::Fraction if reading.scale == PercentScale::Percent => n.value / 100.0,
                Kind::Fraction if n.value.abs() > 1.0 => return Err(err()),
                _ if n.percent => return Err(err()),
                _ => n.value,
            };
            let ok = match self.kind() {
                // Growth of −100 % would make every later year's profit vanish.
                Kind::Fraction if self == Field::ProfitGrowth => value > -1.0 && value <= 1.0,
                Kind::Fraction => (-1.0..=1.0).contains(&value),
                Kind::Score => (0.0..=10.0).contains(&value),
                _ => (0.0..=MAX_VALUE).contains(&value),
            };
            if ok {
                Ok(Some(value))
            } else {
                Err(err())
            }
        };
        let mut choice = |t: &str| -> Result<Option<&'static str>, FieldError> {
            if t.is_empty() {
                return Ok(None);
            }
            choose(t).ok_or_else(err)
        };
        // No more characters than bytes: a short text needs no count.
        if matches!(self.kind(), Kind::Text { .. })
            && t.len() > MAX_TEXT_CHARS
            && t.chars().nth(MAX_TEXT_CHARS).is_some()
        {
            return Err(err());
        }
        match self {
            Field::Id => c.id = t.to_string(),
            Field::Name => {
                if t.is_empty() {
                    return Err(err());
                }
                c.name = t.to_string();
            }
            Field::Region => c.region = t.into(),
            Field::Status => c.status = choice(t)?.and_then(Status::from_key).unwrap_or_default(),
            Field::NeedsIt => c.needs_it = answer(choice(t)?),
            Field::CanPay => c.can_pay = answer(choice(t)?),
            Field::MarketType => {
                c.market_type = choice(t)?
                    .map(|k| MarketType::from_key(k).ok_or_else(err))
                    .transpose()?
            }
            Field::Channel => {
                c.channel = choice(t)?
                    .map(|k| Channel::from_key(k).ok_or_else(err))
                    .transpose()?
            }
            Field::SizeBand => {
                c.size_band = choice(t)?
                    .map(|k| SizeBand::from_key(k).ok_or_else(err))
                    .transpose()?
            }
            Field::LifecycleStage => {
                c.lifecycle_stage = choice(t)?
                    .map(|k| LifecycleStage::from_key(k).ok_or_else(err))
                    .transpose()?
            }
            Field::Age => {
                c.age = match number(t)? {
                    None => None,
                    Some(v) if v.fract() == 0.0 && v <= 120.0 => Some(v as u32),
                    Some(_) => return Err(err()),
                }
            }
            Field::FirstPurchase => {
                c.first_purchase = if t.is_empty() {
                    None
                } else {
                    Some(parse_date_as(t, reading.date_order).ok_or_else(err)?)
                }
            }
            Field::LostOn => {
                c.lost_on = if t.is_empty() {
                    None
                } else {
                    Some(parse_date_as(t, reading.date_order).ok_or_else(err)?)
                }
            }
            Field::RevenuePerYear => c.revenue_per_year = number(t)?.into(),
            Field::PurchasesPerYear => c.purchases_per_year = number(t)?.into(),
            Field::AverageOrderValue => c.average_order_value = number(t)?.into(),
            Field::GrossMargin => c.gross_margin = number(t)?.into(),
            Field::AcquisitionCost => c.acquisition_cost = number(t)?.into(),
            Field::ServiceCost => c.service_cost = number(t)?.into(),
            Field::MarketShareValue => c.market_share_value = number(t)?.into(),
            Field::MarketShareScore => c.market_share_score = number(t)?.into(),
            Field::BrandValue => c.brand_value = number(t)?.into(),
            Field::BrandScore => c.brand_score = number(t)?.into(),
            Field::ImplicitCostHours => c.implicit_cost_hours = number(t)?.into(),
            Field::DeliveredProduct => c.delivered.product = number(t)?,
            Field::DeliveredService => c.delivered.service = number(t)?,
            Field::DeliveredPeople => c.delivered.people = number(t)?,
            Field::DeliveredImage => c.delivered.image = number(t)?,
            Field::CustomerCostPrice => c.delivered.price = number(t)?,
            Field::CustomerCostTime => c.delivered.time = number(t)?,
            Field::CustomerCostEffort => c.delivered.effort = number(t)?,
            Field::CustomerCostRisk => c.delivered.risk = number(t)?,
            Field::CategorySpend => c.category_spend = number(t)?.into(),
            Field::ProfitGrowth => c.profit_growth = number(t)?.into(),
        }
        Ok(())
    }
}

/// How a plain number (without a percent sign) in a percent field is read. A number with a
/// percent sign is always a percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum PercentScale {
    /// `35` is 35 %; what a "Margin %" column or a cell headed "(%)" holds (offered first).
    Percent,
    /// `0.35` is 35 %; what the export writes.
    #[default]
    Fraction,
}

impl PercentScale {
    pub const ALL: [PercentScale; 2] = [PercentScale::Percent, PercentScale::Fraction];
}

/// The page's own names of choices (in every language), normalised, so that a list exported
/// from the page in any language imports back. Built by the translation layer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChoiceLabels(HashMap<(Field, String), &'static str>);

impl ChoiceLabels {
    /// Adds `label` as a name of `choice` for `field`; the first choice to claim a label keeps
    /// it, so a translation that gives two choices one name cannot make either ambiguous.
    pub fn add(&mut self, field: Field, choice: &'static str, label: &str) {
        let word = normalise_word(label);
        if !word.is_empty() {
            self.0.entry((field, word)).or_insert(choice);
        }
    }

    fn get(&self, field: Field, text: &str) -> Option<&'static str> {
        self.0.get(&(field, normalise_word(text))).copied()
    }
}

/// How a cell's text is read into a field.
#[derive(Debug, Clone, Copy)]
pub struct CellReading<'a> {
    pub decimal: DecimalSeparator,
    pub scale: PercentScale,
    /// What the user said words stand for; first in line.
    pub memory: Option<&'a ChoiceMemory>,
    /// The page's names of choices in every language; after the keys and common words.
    pub labels: Option<&'a ChoiceLabels>,
    /// The order of dates whose year comes last.
    pub date_order: DateOrder,
}

impl<'a> CellReading<'a> {
    /// Fractions, keys and common words only.
    pub fn plain(decimal: DecimalSeparator) -> CellReading<'a> {
        CellReading {
            decimal,
            scale: PercentScale::Fraction,
            memory: None,
            labels: None,
            date_order: DateOrder::YearMonthDay,
        }
    }

    /// The choice `text` stands for (`Some(None)`: leave empty), or `None` when it is not
    /// recognised. Order: the user's word, the stable key, common words, the page's labels.
    pub fn choice(&self, field: Field, text: &str) -> Option<Option<&'static str>> {
        if text.trim().is_empty() {
            return Some(None);
        }
        if let Some(said) = self.memory.and_then(|m| said_choice(m, field, text)) {
            return Some(said);
        }
        match_choice(field, text)
            .or_else(|| self.labels.and_then(|l| l.get(field, text)))
            .map(Some)
    }
}

/// Distinct texts a [`ChoiceCache`] remembers: more than a choice column's handful of words, and
/// few enough that a column of a new word each row costs a short scan, not a growing map.
pub const CHOICE_CACHE_WORDS: usize = 32;

/// What the texts of one choice column were read as, so that a check of 100,000 rows reads
/// each distinct word once (normalising it and looking it up in the memory, the common words
/// and the labels) rather than once per row. The first [`CHOICE_CACHE_WORDS`] distinct texts
/// are kept; later ones are read afresh each time. Valid for one field and one
/// [`CellReading`] (its memory and labels): a check keeps one per column for its whole run.
#[derive(Debug, Clone, Default)]
pub struct ChoiceCache {
    read: Vec<(Box<str>, Option<Option<&'static str>>)>,
}

impl ChoiceCache {
    /// What `reading.choice(field, text)` gives, remembered by `text`.
    pub fn choice(
        &mut self,
        reading: &CellReading,
        field: Field,
        text: &str,
    ) -> Option<Option<&'static str>> {
        if let Some((_, read)) = self.read.iter().find(|(t, _)| **t == *text) {
            return *read;
        }
        let read = reading.choice(field, text);
        if self.read.len() < CHOICE_CACHE_WORDS {
            self.read.push((text.into(), read));
        }
        read
    }

    /// How many texts are remembered.
    pub fn len(&self) -> usize {
        self.read.len()
    }

    /// Whether no text is remembered yet.
    pub fn is_empty(&self) -> bool {
        self.read.is_empty()
    }
}

/// What the user said `text` stands for in `field`: `Some(None)` for "leave empty"; `None`
/// when they said nothing (or named a choice the field no longer has).
pub fn said_choice(
    memory: &ChoiceMemory,
    field: Field,
    text: &str,
) -> Option<Option<&'static str>> {
    let key = memory.get(field.key(), &normalise_word(text))?;
    if key.is_empty() {
        return Some(None);
    }
    field.choices().into_iter().find(|k| *k == key).map(Some)
}

/// Channels with the English words people type for them, beyond the stored key.
const CHANNEL_WORDS: &[(Channel, &[&str])] = &[
    (Channel::Referral, &["word of mouth", "referrals"]),
    (
        Channel::CustomerIntroduction,
        &["introduction", "existing customer"],
    ),
    (
        Channel::TradeShow,
        &["trade show", "conference", "fair", "exhibition"],
    ),
    (
        Channel::SocialMedia,
        &["social", "facebook", "linkedin", "instagram"],
    ),
    (
        Channel::Search,
        &[
            "seo",
            "sem",
            "google",
            "paid search",
            "web",
            "website",
            "online",
            "internet",
        ],
    ),
    (Channel::Email, &["e-mail", "newsletter"]),
    (Channel::DirectMail, &["mail", "mailing"]),
    (Channel::Telephone, &["phone", "telemarketing", "call"]),
    (Channel::DoorToDoor, &["door to door", "field sales"]),
    (Channel::Advertising, &["ads", "press", "tv", "radio"]),
    (Channel::Partners, &["partner", "reseller"]),
    (
        Channel::Directories,
        &["directory", "public records", "yellow pages"],
    ),
    (Channel::Consulting, &["information services", "consultant"]),
    (
        Channel::PersonalNetwork,
        &["club", "clubs", "network", "personal"],
    ),
    (
        Channel::CommunityEvents,
        &["community", "charity", "events", "event"],
    ),
];

/// Lower-case, with spaces, hyphens and underscores all made one underscore.
pub fn normalise_word(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    // Cut in place: a copy made a second text for every cell read as a choice.
    out.truncate(out.trim_end_matches('_').len());
    out
}

/// The channel a normalised word stands for. The aliases are normalised once, not for every
/// cell: a 100,000-row import normalised (and allocated) about forty of them per row.
fn channel_word(word: &str) -> Option<&'static str> {
    static WORDS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words = HashMap::new();
        for (channel, aliases) in CHANNEL_WORDS {
            for alias in *aliases {
                // The first channel listed with a word keeps it.
                words.entry(normalise_word(alias)).or_insert(channel.key());
            }
        }
        words
    });
    words.get(word).copied()
}

fn match_choice(field: Field, text: &str) -> Option<&'static str> {
    let word = normalise_word(text);
    if let Some(k) = field.choices().into_iter().find(|k| *k == word) {
        return Some(k);
    }
    match field {
        Field::NeedsIt | Field::CanPay => match word.as_str() {
            "y" | "true" | "1" | "ja" | "si" | "sí" | "có" | "是" | "да" => Some("yes"),
            "n" | "false" | "0" | "nein" | "không" | "否" | "не" => Some("no"),
            "?" | "dont_know" | "unsure" => Some("unknown"),
            _ => None,
        },
        Field::Status => match word.as_str() {
            "client" | "customers" | "active" => Some("customer"),
            "lead" | "prospects" => Some("prospect"),
            _ => former_word(&word),
        },
        Field::MarketType => match word.as_str() {
            "b2c" | "consumers" | "retail" | "private" => Some("consumer"),
            "b2b" | "manufacturer" | "producers" | "business" => Some("producer"),
            "reseller" | "wholesaler" | "distributor" | "intermediaries" => Some("intermediary"),
            "public" | "b2g" | "public_sector" => Some("government"),
            "export" | "foreign" | "abroad" => Some("international"),
            _ => None,
        },
        Field::Channel => channel_word(&word),
        _ => None,
    }
}

/// Words for a customer that was lost, normalised ([`normalise_word`]), in the page's
/// languages (en, es, vi, zh, bg); the
/// page's own names of [`Status::Former`] come through [`ChoiceLabels`] besides.
const FORMER_WORDS: &[&str] = &[
    "former",
    "former_customer",
    "lost",
    "churned",
    "inactive",
    "ex_customer",
    "ex_client",
    "antiguo",
    "antiguo_cliente",
    "ex_cliente",
    "perdido",
    "cliente_perdido",
    "inactivo",
    "khách_cũ",
    "khách_hàng_cũ",
    "đã_mất",
    "流失",
    "已流失",
    "流失客户",
    "前客户",
    "бивш",
    "бивш_клиент",
    "загубен",
    "загубен_клиент",
];

/// `Some("former")` when a normalised word is one of [`FORMER_WORDS`] (written normalised, so
/// a cell is not compared with two dozen words normalised again each time).
fn former_word(word: &str) -> Option<&'static str> {
    FORMER_WORDS.contains(&word).then_some("former")
}

fn answer(key: Option<&str>) -> Answer {
    key.and_then(Answer::from_key).unwrap_or_default()
}

fn optional_key<K: Keyed>(value: Option<K>) -> String {
    value.map(|v| v.key().to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::keys::VariantArray;

    #[test]
    fn a_number_fields_number_is_its_own_value_and_the_number_its_text_reads() {
        let numeric = |f: Field| !matches!(f.kind(), Kind::Text { .. } | Kind::Choice | Kind::Date);
        let mut given = 0;
        for f in Field::VARIANTS {
            assert_eq!(
                f.number(&Customer::default()).is_some(),
                numeric(*f),
                "{f:?}"
            );
            if !numeric(*f) {
                continue;
            }
            // Given a value alone, the field reads it and every other number field is empty.
            let mut c = Customer::default();
            let Some(text) = ["7", "0.5"]
                .into_iter()
                .find(|text| f.apply(&mut c, text, DecimalSeparator::Point).is_ok())
            else {
                panic!("{f:?} takes neither 7 nor 0.5");
            };
            let number = f.number(&c).flatten();
            assert!(
                number.is_some_and(|v| v > 0.0),
                "{f:?} given {text}: {number:?}"
            );
            for other in Field::VARIANTS.iter().filter(|g| *g != f) {
                assert!(
                    other.number(&c).is_none_or(|v| v.is_none()),
                    "{f:?} read as {other:?}"
                );
            }
            assert_eq!(
                number.map(f64::to_bits),
                f.get(&c).parse::<f64>().ok().map(f64::to_bits),
                "{f:?}"
            );
            given += 1;
        }
        assert!(given > 10, "only {given} number fields");
    }

    fn demo_customer() -> Customer {
        let mut c = Customer::default();
        for (field, text) in [
            (Field::Id, "C-1"),
            (Field::Name, "Acme; \"Ltd\""),
            (Field::Status, "prospect"),
            (Field::NeedsIt, "yes"),
            (Field::CanPay, "no"),
            (Field::MarketType, "government"),
            (Field::Channel, "trade_show"),
            (Field::Region, "North"),
            (Field::Age, "42"),
            (Field::SizeBand, "medium"),
            (Field::FirstPurchase, "2024-02-29"),
            (Field::LostOn, "2025-03-31"),
            (Field::RevenuePerYear, "1234.5"),
            (Field::PurchasesPerYear, "12"),
            (Field::AverageOrderValue, "102.875"),
            (Field::GrossMargin, "35 %"),
            (Field::AcquisitionCost, "300"),
            (Field::ServiceCost, "80"),
            (Field::MarketShareValue, "100"),
            (Field::MarketShareScore, "7.5"),
            (Field::BrandValue, "50"),
            (Field::BrandScore, "3"),
            (Field::ImplicitCostHours, "6"),
            (Field::LifecycleStage, "stability"),
            (Field::DeliveredProduct, "500"),
            (Field::DeliveredService, "200"),
            (Field::DeliveredPeople, "100"),
            (Field::DeliveredImage, "50"),
            (Field::CustomerCostPrice, "600"),
            (Field::CustomerCostTime, "80"),
            (Field::CustomerCostEffort, "40"),
            (Field::CustomerCostRisk, "30"),
            (Field::CategorySpend, "12000"),
            (Field::ProfitGrowth, "10 %"),
        ] {
            field.apply(&mut c, text, DecimalSeparator::Point).unwrap();
        }
        c
    }

    #[test]
    fn every_field_reads_back_what_it_writes() {
        let c = demo_customer();
        assert_eq!(c.gross_margin.get(), Some(0.35));
        for &field in Field::VARIANTS {
            let mut copy = Customer::default();
            field
                .apply(&mut copy, &field.get(&c), DecimalSeparator::Point)
                .unwrap();
            assert_eq!(field.get(&copy), field.get(&c), "{field:?}");
        }
    }

    #[test]
    fn invalid_values_are_refused_and_leave_the_customer_unchanged() {
        let c = demo_customer();
        for (field, text) in [
            (Field::Name, "  "),
            (Field::Age, "-1"),
            (Field::Age, "42.5"),
            (Field::Age, "300"),
            (Field::RevenuePerYear, "-10"),
            (Field::RevenuePerYear, "lots"),
            (Field::RevenuePerYear, "10 %"),
            (Field::GrossMargin, "35"),
            (Field::GrossMargin, "150 %"),
            (Field::MarketShareScore, "11"),
            (Field::FirstPurchase, "2023-02-29"),
            (Field::Channel, "carrier pigeon"),
            (Field::MarketType, "martian"),
            (Field::ProfitGrowth, "-100 %"),
            (Field::ProfitGrowth, "-1"),
            (Field::ProfitGrowth, "150 %"),
            (Field::CategorySpend, "-5"),
            (Field::CustomerCostRisk, "-1"),
        ] {
            let mut copy = c.clone();
            let e = field
                .apply(&mut copy, text, DecimalSeparator::Point)
                .unwrap_err();
            assert_eq!(e.expected, field.rule_key());
            assert_eq!(e.found, text);
            assert_eq!(copy, c, "{field:?} {text:?} must not change the customer");
        }
    }

    #[test]
    fn the_customers_side_reads_back_and_list_rules_are_checked() {
        let c = demo_customer();
        assert_eq!(c.profit_growth.get(), Some(0.1));
        assert_eq!(c.category_spend.get(), Some(12_000.0));
        let m = DeliveredScale::Money;
        assert_eq!(
            crate::engine::delivered::delivered_value(&c.delivered, m),
            Some(100.0)
        );
        // 500 is no 0–10 score: an error at the field when the list scores; none as money.
        assert_eq!(Field::DeliveredProduct.list_error(&c, m), None);
        let e = Field::DeliveredProduct
            .list_error(&c, DeliveredScale::Score)
            .unwrap();
        assert_eq!((e.expected, e.found.as_str()), ("rule.score", "500"));
        assert_eq!(Field::Name.list_error(&c, DeliveredScale::Score), None);
        // Revenue 1,234.50 within a category spend of 12,000; 1,000 would be below it.
        assert_eq!(Field::CategorySpend.list_error(&c, m), None);
        let mut small = c.clone();
        Field::CategorySpend
            .apply(&mut small, "1000", DecimalSeparator::Point)
            .unwrap();
        assert!(small.spend_below_revenue());
        let e = Field::CategorySpend.list_error(&small, m).unwrap();
        assert_eq!(
            (e.expected, e.found.as_str()),
            ("rule.category_spend", "1000")
        );
        // A stored customer with none of them leaves them out.
        let json = serde_json::to_string(&Customer::default()).unwrap();
        assert!(
            !json.contains("delivered") && !json.contains("category_spend"),
            "{json}"
        );
        let json = serde_json::to_string(&c).unwrap();
        let back: Customer = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn accepts_common_words_for_choices() {
        let mut c = Customer::default();
        Field::Channel
            .apply(&mut c, "Word of mouth", DecimalSeparator::Point)
            .unwrap();
        assert_eq!(c.channel, Some(Channel::Referral));
        Field::Channel
            .apply(&mut c, "Direct Mail", DecimalSeparator::Point)
            .unwrap();
        assert_eq!(c.channel, Some(Channel::DirectMail));
        Field::MarketType
            .apply(&mut c, "B2B", DecimalSeparator::Point)
            .unwrap();
        assert_eq!(c.market_type, Some(MarketType::Producer));
        Field::NeedsIt
            .apply(&mut c, "Y", DecimalSeparator::Point)
            .unwrap();
        assert_eq!(c.needs_it, Answer::Yes);
        Field::GrossMargin
            .apply(&mut c, "0,4", DecimalSeparator::Comma)
            .unwrap();
        assert_eq!(c.gross_margin.get(), Some(0.4));
    }

    #[test]
    fn words_for_a_lost_customer_read_as_former_in_every_language() {
        for w in FORMER_WORDS {
            assert_eq!(normalise_word(w), *w, "written normalised");
        }
        for text in [
            "Former",
            "lost",
            "Churned",
            "ex-customer",
            "Antiguo",
            "perdido",
            "Khách cũ",
            "流失",
            "бивш",
            "Бивш клиент",
        ] {
            let mut c = Customer::default();
            Field::Status
                .apply(&mut c, text, DecimalSeparator::Point)
                .unwrap();
            assert_eq!(c.status, Status::Former, "{text}");
        }
        let mut c = Customer::default();
        Field::LostOn
            .apply(&mut c, "31.03.2025", DecimalSeparator::Point)
            .unwrap();
        assert_eq!(c.lost_on, chrono::NaiveDate::from_ymd_opt(2025, 3, 31));
        assert!(Field::LostOn
            .apply(&mut c, "2025-02-30", DecimalSeparator::Point)
            .is_err());
    }

    #[test]
    fn every_choice_key_is_a_serde_name() {
        let mut c = Customer::default();
        for field in Field::VARIANTS
            .iter()
            .copied()
            .filter(|f| f.kind() == Kind::Choice)
        {
            for key in field.choices() {
                field.apply(&mut c, key, DecimalSeparator::Point).unwrap();
                assert_eq!(field.get(&c), key);
            }
        }
    }

    #[test]
    fn a_percent_scale_reads_plain_numbers_as_percent_and_a_sign_always() {
        let percent = CellReading {
            scale: PercentScale::Percent,
            ..CellReading::plain(DecimalSeparator::Comma)
        };
        let fraction = CellReading::plain(DecimalSeparator::Comma);
        let read = |text: &str, reading: &CellReading| {
            let mut c = Customer::default();
            Field::GrossMargin
                .apply_as(&mut c, text, reading)
                .map(|()| c.gross_margin.get())
        };
        assert_eq!(read("34", &percent), Ok(Some(0.34)));
        assert_eq!(read("18,5", &percent), Ok(Some(0.185)));
        assert_eq!(read("-5", &percent), Ok(Some(-0.05)));
        assert_eq!(read("34 %", &percent), Ok(Some(0.34)));
        assert_eq!(read("34 %", &fraction), Ok(Some(0.34)));
        assert_eq!(read("0,34", &fraction), Ok(Some(0.34)));
        assert!(read("34", &fraction).is_err());
        // Beyond ±100 % is refused in either scale.
        assert!(read("150", &percent).is_err());
        assert!(read("-101 %", &fraction).is_err());
        // The scale only concerns percent fields: a revenue of 34 stays 34.
        let mut c = Customer::default();
        Field::RevenuePerYear
            .apply_as(&mut c, "34", &percent)
            .unwrap();
        assert_eq!(c.revenue_per_year.get(), Some(34.0));
    }

    /// Texts of choice columns: keys, common words, labels, said words, spellings that
    /// normalise alike, unknown words and blanks.
    const CHOICE_TEXTS: &[&str] = &[
        "customer",
        "Prospect",
        "lost",
        "web",
        "Word of mouth",
        "word-of-mouth",
        "MAIL",
        "mail",
        "k. A.",
        "B2B",
        "y",
        "Sí",
        "Kunde",
        "carrier pigeon",
        "",
        "   ",
        "trade_show",
        "medium",
        "stability",
        "martian",
        "EHEMALIG",
        "llamada",
    ];

    fn said_memory() -> ChoiceMemory {
        let mut memory = ChoiceMemory::default();
        memory.set("channel", &normalise_word("Mail"), "email");
        memory.set("channel", &normalise_word("k. A."), "");
        memory.set("status", "kunde", "customer");
        memory
    }

    /// Each choice field's reading of every text, with `apply_as` or through one cache per
    /// field read three times over (the later rounds from the cache).
    fn read_choices(
        reading: &CellReading,
        cached: bool,
    ) -> Vec<(Field, &'static str, Result<String, FieldError>)> {
        let mut out = Vec::new();
        for field in Field::VARIANTS
            .iter()
            .copied()
            .filter(|f| f.kind() == Kind::Choice)
        {
            let mut cache = ChoiceCache::default();
            for _ in 0..3 {
                for &text in CHOICE_TEXTS {
                    let mut c = Customer::default();
                    let read = if cached {
                        field.apply_cached(&mut c, text, reading, &mut cache)
                    } else {
                        field.apply_as(&mut c, text, reading)
                    };
                    out.push((field, text, read.map(|()| field.get(&c))));
                }
            }
        }
        out
    }

    #[test]
    fn a_cached_choice_reads_as_an_uncached_one() {
        let memory = said_memory();
        let mut labels = ChoiceLabels::default();
        labels.add(Field::Channel, "telephone", "Llamada");
        labels.add(Field::Status, "former", "Ehemalig");
        let readings = [
            CellReading::plain(DecimalSeparator::Point),
            CellReading {
                memory: Some(&memory),
                labels: Some(&labels),
                ..CellReading::plain(DecimalSeparator::Comma)
            },
        ];
        for reading in &readings {
            let plain = read_choices(reading, false);
            assert_eq!(read_choices(reading, true), plain);
            // The cases are all there: read, left empty, refused.
            assert!(plain.iter().any(|r| matches!(&r.2, Ok(k) if !k.is_empty())));
            assert!(plain.iter().any(|r| matches!(&r.2, Ok(k) if k.is_empty())));
            assert!(plain.iter().any(|r| r.2.is_err()));
        }
    }

    #[test]
    fn a_cached_choice_keeps_the_said_word_first() {
        let memory = said_memory();
        let said = CellReading {
            memory: Some(&memory),
            ..CellReading::plain(DecimalSeparator::Point)
        };
        let plain = CellReading::plain(DecimalSeparator::Point);
        let read = |reading: &CellReading, cache: &mut ChoiceCache, text: &str| {
            let mut c = Customer::default();
            Field::Channel
                .apply_cached(&mut c, text, reading, cache)
                .map(|()| c.channel)
        };
        let (mut with_memory, mut without) = (ChoiceCache::default(), ChoiceCache::default());
        for _ in 0..3 {
            // "mail" is direct mail among the common words; this client said it means e-mail.
            assert_eq!(
                read(&said, &mut with_memory, "Mail"),
                Ok(Some(Channel::Email))
            );
            assert_eq!(
                read(&plain, &mut without, "Mail"),
                Ok(Some(Channel::DirectMail))
            );
            assert_eq!(read(&said, &mut with_memory, "k. A."), Ok(None));
            assert!(read(&plain, &mut without, "k. A.").is_err());
        }
        assert_eq!((with_memory.len(), without.len()), (2, 2));
    }

    #[test]
    fn a_choice_cache_keeps_a_bounded_number_of_words_and_reads_the_rest_afresh() {
        let reading = CellReading::plain(DecimalSeparator::Point);
        let mut cache = ChoiceCache::default();
        assert!(cache.is_empty());
        // A column of a new word each row: the cache stops growing at its bound.
        for i in 0..1_000 {
            let text = format!("word {i}");
            assert_eq!(cache.choice(&reading, Field::Channel, &text), None);
        }
        assert_eq!(cache.len(), CHOICE_CACHE_WORDS);
        // A word met after the cache filled is still read, each time, as it should be.
        for _ in 0..3 {
            assert_eq!(
                cache.choice(&reading, Field::Channel, "web"),
                Some(Some("search"))
            );
            assert_eq!(
                cache.choice(&reading, Field::Channel, "word 3"),
                None,
                "a remembered refusal"
            );
        }
        assert_eq!(cache.len(), CHOICE_CACHE_WORDS);
    }

    #[test]
    fn a_said_word_comes_first_and_may_mean_leave_empty() {
        let mut memory = ChoiceMemory::default();
        // "mail" is a common word for direct mail; this client means e-mail by it.
        memory.set("channel", &normalise_word("Mail"), "email");
        memory.set("channel", &normalise_word("k. A."), "");
        let reading = CellReading {
            memory: Some(&memory),
            ..CellReading::plain(DecimalSeparator::Point)
        };
        let mut c = Customer::default();
        Field::Channel.apply_as(&mut c, " MAIL ", &reading).unwrap();
        assert_eq!(c.channel, Some(Channel::Email));
        Field::Channel.apply_as(&mut c, "k. A.", &reading).unwrap();
        assert_eq!(c.channel, None);
        // A word said for another field does not leak into this one.
        assert!(Field::MarketType
            .apply_as(&mut c, "mail", &reading)
            .is_err());
        // A remembered key the field does not have is ignored, not trusted.
        memory.set("channel", "pigeon", "carrier_pigeon");
        assert_eq!(said_choice(&memory, Field::Channel, "pigeon"), None);
    }
}
