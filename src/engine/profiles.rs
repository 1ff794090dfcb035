//! Tier profiles: per tier count, revenue and profit share, and how often each
//! attribute value occurs in the tier against the whole list (lift); the bottom-tier review,
//! the negative-profit list and the migration plan.
//!
//! Lift of a value in a group = (group count ÷ group size) ÷ (list count ÷ list size); 1 means
//! as common as in the whole list. Entries without the attribute count in the sizes, so the
//! shares are of all customers.

use super::model::{AgeBand, Channel, Customer, LifecycleStage, MarketType, SizeBand};
use super::numeric::ratio;
use super::shares::{ListMoney, Losses, Split};
use super::tiers::Tiering;
use serde::Serialize;
use std::collections::BTreeMap;
use strum::VariantArray;

/// A property of a customer that profiles, lookalikes and acquisition targets compare: the
/// list's own categories, and the attributes the user added (named as they named them).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribute {
    /// Market type.
    MarketType,
    /// Acquisition channel.
    Channel,
    /// Region, as typed.
    Region,
    /// Size band of an organisation.
    SizeBand,
    /// Age band of a person.
    AgeBand,
    /// Lifecycle stage.
    LifecycleStage,
    /// An attribute of the user's own, by its name.
    Custom(String),
}

/// One value of an [`Attribute`]: a category of the list, or text the user typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributeValue {
    /// A market type.
    MarketType(MarketType),
    /// A channel.
    Channel(Channel),
    /// A region as typed.
    Region(String),
    /// A size band.
    SizeBand(SizeBand),
    /// An age band.
    AgeBand(AgeBand),
    /// A lifecycle stage.
    LifecycleStage(LifecycleStage),
    /// The value of an attribute of the user's own: (attribute name, value).
    Custom(String, String),
}

impl AttributeValue {
    /// The same value, its texts borrowed.
    pub(super) fn borrowed(&self) -> AttributeRef<'_> {
        match self {
            AttributeValue::MarketType(m) => AttributeRef::MarketType(*m),
            AttributeValue::Channel(ch) => AttributeRef::Channel(*ch),
            AttributeValue::Region(r) => AttributeRef::Region(r),
            AttributeValue::SizeBand(b) => AttributeRef::SizeBand(*b),
            AttributeValue::AgeBand(b) => AttributeRef::AgeBand(*b),
            AttributeValue::LifecycleStage(l) => AttributeRef::LifecycleStage(*l),
            AttributeValue::Custom(k, v) => AttributeRef::Custom(k, v),
        }
    }

    /// The attribute this value belongs to.
    pub fn attribute(&self) -> Attribute {
        match self {
            AttributeValue::MarketType(_) => Attribute::MarketType,
            AttributeValue::Channel(_) => Attribute::Channel,
            AttributeValue::Region(_) => Attribute::Region,
            AttributeValue::SizeBand(_) => Attribute::SizeBand,
            AttributeValue::AgeBand(_) => Attribute::AgeBand,
            AttributeValue::LifecycleStage(_) => Attribute::LifecycleStage,
            AttributeValue::Custom(name, _) => Attribute::Custom(name.clone()),
        }
    }
}

/// The attribute values of an entry used in profiles and lookalikes. Unknown attributes and
/// empty texts are left out.
pub fn attributes(c: &Customer) -> Vec<AttributeValue> {
    let mut out = Vec::with_capacity(6 + c.custom.len());
    each_attribute(c, |a| out.push(a.owned()));
    out
}

/// An [`AttributeValue`] whose texts borrow from the customer. Its variants are in the same
/// order, so it sorts the same way, and counting a list's attributes by it copies no text per
/// customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum AttributeRef<'a> {
    MarketType(MarketType),
    Channel(Channel),
    Region(&'a str),
    SizeBand(SizeBand),
    AgeBand(AgeBand),
    LifecycleStage(LifecycleStage),
    Custom(&'a str, &'a str),
}

impl<'a> AttributeRef<'a> {
    /// Its attribute, ordered as [`Attribute`] orders them (a custom attribute by its name),
    /// without copying that name.
    pub(super) fn attribute_order(&self) -> (u8, &'a str) {
        match *self {
            AttributeRef::MarketType(_) => (0, ""),
            AttributeRef::Channel(_) => (1, ""),
            AttributeRef::Region(_) => (2, ""),
            AttributeRef::SizeBand(_) => (3, ""),
            AttributeRef::AgeBand(_) => (4, ""),
            AttributeRef::LifecycleStage(_) => (5, ""),
            AttributeRef::Custom(name, _) => (6, name),
        }
    }

    fn owned(self) -> AttributeValue {
        match self {
            AttributeRef::MarketType(m) => AttributeValue::MarketType(m),
            AttributeRef::Channel(ch) => AttributeValue::Channel(ch),
            AttributeRef::Region(r) => AttributeValue::Region(r.to_owned()),
            AttributeRef::SizeBand(b) => AttributeValue::SizeBand(b),
            AttributeRef::AgeBand(b) => AttributeValue::AgeBand(b),
            AttributeRef::LifecycleStage(l) => AttributeValue::LifecycleStage(l),
            AttributeRef::Custom(k, v) => AttributeValue::Custom(k.to_owned(), v.to_owned()),
        }
    }
}

/// Whether a text is empty or only white space: `trim().is_empty()` without trimming from both
/// ends, a call that showed in profiles of the recompute since it runs for several texts of
/// every customer.
/// A text starting with a visible ASCII character (none is white space) is answered from its
/// first byte, without decoding.
fn blank(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => false,
        _ => text.chars().all(char::is_whitespace),
    }
}

/// The attribute value at `place` among those [`attributes`] lists for the entry `c`.
pub fn attribute_at(c: &Customer, place: usize) -> Option<AttributeValue> {
    let mut found = None;
    let mut k = 0;
    each_attribute(c, |a| {
        if k == place {
            found = Some(a.owned());
        }
        k += 1;
    });
    found
}

/// Calls `f` with each attribute value of [`attributes`], in the same order, without copying.
pub(super) fn each_attribute<'a>(c: &'a Customer, mut f: impl FnMut(AttributeRef<'a>)) {
    if let Some(m) = c.market_type {
        f(AttributeRef::MarketType(m));
    }
    if let Some(ch) = c.channel {
        f(AttributeRef::Channel(ch));
    }
    if !blank(&c.region) {
        f(AttributeRef::Region(&c.region));
    }
    if let Some(b) = c.size_band {
        f(AttributeRef::SizeBand(b));
    }
    if let Some(a) = c.age {
        f(AttributeRef::AgeBand(AgeBand::of(a)));
    }
    if let Some(l) = c.lifecycle_stage {
        f(AttributeRef::LifecycleStage(l));
    }
    for (k, v) in &c.custom {
        if !blank(k) && !blank(v) {
            f(AttributeRef::Custom(k, v));
        }
    }
}

/// The place of each attribute value met while counting a list, in the order first met: the
/// categories (a few fixed values each) are found by their position in a table, and only the
/// texts (region, the user's own attributes) by a search, so counting 100,000 customers does
/// not compare keys in a map several times for each.
#[derive(Default)]
struct Slots<'a> {
    /// Per category value (see [`category_index`]), its place plus one; 0 when not met yet.
    categories: Vec<usize>,
    texts: BTreeMap<AttributeRef<'a>, usize>,
    keys: Vec<AttributeRef<'a>>,
}

impl<'a> Slots<'a> {
    /// The place of `key`, given the next one when it is new.
    fn of(&mut self, key: AttributeRef<'a>) -> usize {
        let next = self.keys.len();
        let place = match category_index(key) {
            Some(k) => {
                if self.categories.len() <= k {
                    self.categories.resize(k + 1, 0);
                }
                if self.categories[k] == 0 {
                    self.categories[k] = next + 1;
                }
                self.categories[k] - 1
            }
            None => *self.texts.entry(key).or_insert(next),
        };
        if place == next {
            self.keys.push(key);
        }
        place
    }
}

/// A distinct number for each category value (market type, channel, size band, age band,
/// lifecycle stage); `None` for the texts.
fn category_index(key: AttributeRef<'_>) -> Option<usize> {
    let markets = MarketType::VARIANTS.len();
    let channels = markets + Channel::VARIANTS.len();
    let sizes = channels + SizeBand::VARIANTS.len();
    let ages = sizes + AgeBand::VARIANTS.len();
    match key {
        AttributeRef::MarketType(m) => Some(m as usize),
        AttributeRef::Channel(ch) => Some(markets + ch as usize),
        AttributeRef::SizeBand(b) => Some(channels + b as usize),
        AttributeRef::AgeBand(b) => Some(sizes + b as usize),
        AttributeRef::LifecycleStage(l) => Some(ages + l as usize),
        AttributeRef::Region(_) | AttributeRef::Custom(..) => None,
    }
}

/// Lift = (group count ÷ group size) ÷ (list count ÷ list size); 0 when undefined.
///
/// ```
/// # use value_pyramid::engine::profiles::lift;
/// assert_eq!(lift(6, 10, 20, 100), 3.0);
/// ```
pub fn lift(group_count: usize, group_size: usize, list_count: usize, list_size: usize) -> f64 {
    // Cross-multiplied in integers so that exact ratios (6 × 100 ÷ (10 × 20) = 3) stay exact.
    let num = group_count as u128 * list_size as u128;
    let den = group_size as u128 * list_count as u128;
    ratio(num as f64, den as f64)
}

/// How often one attribute value occurs in a group against the whole list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttributeLift {
    /// The attribute value (region "North").
    pub value: AttributeValue,
    /// Entries of the group with the value.
    pub group_count: usize,
    /// Entries of the list with the value.
    pub list_count: usize,
    /// group count ÷ group size, fraction.
    pub group_share: f64,
    /// list count ÷ list size, fraction.
    pub list_share: f64,
    /// group share ÷ list share.
    pub lift: f64,
}

/// Profile of one tier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierProfile {
    /// Tier label.
    pub label: String,
    /// Customers in the tier.
    pub count: usize,
    /// Share of revenue, fraction; `None` when no customer has revenue.
    pub revenue_share: Option<f64>,
    /// Share of the profit of every profitable customer held by the tier's profitable
    /// customers, fraction (never negative; its losses are in `losses`); `None` when nobody
    /// makes a profit.
    pub profit_share: Option<f64>,
    /// Share of service cost, fraction; `None` when nobody has a service cost.
    pub service_cost_share: Option<f64>,
    /// Its customers who lose money, and how much.
    pub losses: Losses,
    /// Attribute values occurring in the tier, highest lift first.
    pub attributes: Vec<AttributeLift>,
}

/// Profiles every band of a tiering. `revenue`, `profit`, `service_cost` are parallel to
/// `customers`; `assignment` gives each customer's band (`None`: not rated, in no band, but
/// still counted in the list's totals and sizes).
pub fn profiles(
    customers: &[&Customer],
    assignment: &[Option<usize>],
    labels: &[String],
    revenue: &[f64],
    profit: &[f64],
    service_cost: &[f64],
) -> Vec<TierProfile> {
    let money = ListMoney::of(revenue, profit, service_cost);
    profiles_after(customers, None, assignment, labels, &money).0
}

/// The attribute values of each customer of a list, as places in a table of the values met:
/// what [`profiles_after`] hands the profiles of the next state of the same list, so that the
/// customers not edited are counted without reading their texts again (a cache miss for each
/// text of each customer of a large list).
#[derive(Clone, Default)]
pub struct CustomerAttributes {
    /// The values met, each once.
    values: Vec<AttributeValue>,
    /// Customer i's values are `places[starts[i]..starts[i + 1]]`, in [`attributes`] order.
    starts: Vec<usize>,
    places: Vec<usize>,
}

impl CustomerAttributes {
    /// The bytes its columns hold (capacity counted; the values' own texts left out).
    pub fn heap_bytes(&self) -> usize {
        self.values.capacity() * size_of::<AttributeValue>()
            + (self.starts.capacity() + self.places.capacity()) * size_of::<usize>()
    }
}

/// [`profiles`], given the attributes of an earlier state of the same list (the same customers
/// in the same places) and which customers were `edited` since: the others are counted from
/// it. Also returns the list's attributes for the next state (`None` when there are no bands).
/// `money.splits` must be the splits of `money`'s columns (see [`ListMoney::of`]).
pub fn profiles_after(
    customers: &[&Customer],
    earlier: Option<(CustomerAttributes, &[bool])>,
    assignment: &[Option<usize>],
    labels: &[String],
    money: &ListMoney,
) -> (Vec<TierProfile>, Option<CustomerAttributes>) {
    let ListMoney {
        revenue,
        profit,
        service_cost,
        splits,
    } = *money;
    let bands = labels.len();
    let n = customers.len();
    let mut earlier = earlier.filter(|(e, edited)| e.starts.len() == n + 1 && edited.len() == n);
    let mut sizes = vec![0usize; bands];
    let mut sums = vec![(Split::default(), Split::default(), Split::default()); bands];
    // Per attribute value: its count in the list, then its count in each band.
    let stride = bands + 1;
    let mut counts: Vec<usize> = Vec::new();
    let earlier_values = earlier
        .as_mut()
        .map(|(e, _)| std::mem::take(&mut e.values))
        .unwrap_or_default();
    let mut slots = Slots::default();
    for v in &earlier_values {
        slots.of(v.borrowed());
    }
    // The edited customers' places, when each has as many as before: then the earlier columns
    // are taken and those places written where they lie, where building the columns again
    // held both at once. Values first met are met in the same order either way (only the
    // edited customers can have one).
    let edited_places = earlier.as_ref().and_then(|(e, edited)| {
        let mut fresh = Vec::new();
        for i in (0..n).filter(|&i| edited[i]) {
            let from = fresh.len();
            each_attribute(customers[i], |key| fresh.push(slots.of(key)));
            (fresh.len() - from == e.starts[i + 1] - e.starts[i]).then_some(())?;
        }
        Some(fresh)
    });
    let in_place = edited_places.is_some();
    let (mut starts, mut places) = match (edited_places, earlier.as_mut()) {
        (Some(fresh), Some((e, edited))) => {
            let (starts, mut places) =
                (std::mem::take(&mut e.starts), std::mem::take(&mut e.places));
            let mut fresh = fresh.into_iter();
            for i in (0..n).filter(|&i| edited[i]) {
                for place in &mut places[starts[i]..starts[i + 1]] {
                    *place = fresh.next().unwrap_or_default();
                }
            }
            (starts, places)
        }
        _ => {
            let mut starts = Vec::with_capacity(n + 1);
            starts.push(0);
            (starts, Vec::new())
        }
    };
    for (i, c) in customers.iter().enumerate() {
        if bands == 0 {
            break;
        }
        let band = assignment
            .get(i)
            .copied()
            .flatten()
            .map(|b| b.min(bands - 1));
        if let Some(b) = band {
            sizes[b] += 1;
            sums[b].0.add(revenue.get(i).copied().unwrap_or(0.0));
            sums[b].1.add(profit.get(i).copied().unwrap_or(0.0));
            sums[b].2.add(service_cost.get(i).copied().unwrap_or(0.0));
        }
        let from = starts[i];
        if !in_place {
            match &earlier {
                Some((e, edited)) if !edited[i] => {
                    places.extend_from_slice(&e.places[e.starts[i]..e.starts[i + 1]]);
                }
                _ => each_attribute(c, |key| places.push(slots.of(key))),
            }
            starts.push(places.len());
        }
        if counts.len() < slots.keys.len() * stride {
            counts.resize(slots.keys.len() * stride, 0);
        }
        for &place in &places[from..starts[i + 1]] {
            let at = place * stride;
            counts[at] += 1;
            if let Some(b) = band {
                counts[at + 1 + b] += 1;
            }
        }
    }
    let counts: Vec<(AttributeRef<'_>, usize, &[usize])> = slots
        .keys
        .iter()
        .zip(counts.chunks_exact(stride))
        .map(|(key, c)| (*key, c[0], &c[1..]))
        .collect();
    let (tr, tp, ts) = (splits.revenue, splits.profit, splits.service_cost);
    let profiles = (0..bands)
        .map(|b| {
            // In the order first met; the sort below is total (values differ), so the order
            // it starts from does not matter.
            let mut attrs: Vec<AttributeLift> = counts
                .iter()
                .filter(|(_, _, per)| per[b] > 0)
                .map(|(value, total, per)| AttributeLift {
                    value: value.owned(),
                    group_count: per[b],
                    list_count: *total,
                    group_share: ratio(per[b] as f64, sizes[b] as f64),
                    list_share: ratio(*total as f64, n as f64),
                    lift: lift(per[b], sizes[b], *total, n),
                })
                .collect();
            attrs.sort_by(|x, y| {
                y.lift
                    .total_cmp(&x.lift)
                    .then_with(|| y.group_count.cmp(&x.group_count))
                    .then_with(|| x.value.cmp(&y.value))
            });
            TierProfile {
                label: labels[b].clone(),
                count: sizes[b],
                revenue_share: sums[b].0.share_of(&tr),
                profit_share: sums[b].1.share_of(&tp),
                service_cost_share: sums[b].2.share_of(&ts),
                losses: sums[b].1.losses,
                attributes: attrs,
            }
        })
        .collect();
    // The values first met in this list, after the earlier ones (whose places stay).
    let added: Vec<AttributeValue> = slots.keys[earlier_values.len()..]
        .iter()
        .map(|k| k.owned())
        .collect();
    let kept = (bands > 0).then(|| {
        let mut values = earlier_values;
        values.extend(added);
        // Built by pushing, the places had room to spare, held as long as the analysis.
        places.shrink_to_fit();
        CustomerAttributes {
            values,
            starts,
            places,
        }
    });
    (profiles, kept)
}

/// What the page suggests for the bottom tier: usually to stop spending on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Suggestion {
    /// Stop spending outreach and extra service on this tier.
    StopSpending,
}

/// Review of the bottom tier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BottomTierReview {
    /// The bottom tier's profile.
    pub profile: TierProfile,
    /// Its customers with negative profit, count.
    pub negative_profit_count: usize,
    /// The suggestion.
    pub suggestion: Suggestion,
}

/// Builds the bottom-tier review from the last profile.
pub fn bottom_tier_review(
    profiles: &[TierProfile],
    assignment: &[Option<usize>],
    profit: &[f64],
) -> Option<BottomTierReview> {
    let last = profiles.len().checked_sub(1)?;
    let negative = assignment
        .iter()
        .zip(profit)
        .filter(|(b, p)| **b == Some(last) && **p < 0.0)
        .count();
    Some(BottomTierReview {
        profile: profiles[last].clone(),
        negative_profit_count: negative,
        suggestion: Suggestion::StopSpending,
    })
}

/// Positions of customers with negative profit, most negative first (ties by position).
pub fn negative_profit(profit: &[f64]) -> Vec<usize> {
    let mut v: Vec<usize> = (0..profit.len()).filter(|&i| profit[i] < 0.0).collect();
    v.sort_by(|&a, &b| profit[a].total_cmp(&profit[b]).then(a.cmp(&b)));
    v
}

/// A customer just below a cut point and what it needs to move up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MigrationCandidate {
    /// Position in the analysed list.
    pub index: usize,
    /// Band it is in (0 = best).
    pub from_band: usize,
    /// Band it could move to.
    pub to_band: usize,
    /// Its score, in the basis's unit.
    pub score: f64,
    /// Score to reach, in the basis's unit.
    pub target_score: f64,
    /// Target − score, in the basis's unit; always above 0, because a customer with the
    /// target score already ties into the band above (equal scores share a band).
    pub score_gap: f64,
    /// Extra revenue per year that closes the gap, money; `None` when the basis is not
    /// money-based or the margin is not positive.
    pub revenue_gap: Option<f64>,
    /// The customer's room to grow: its category spend − our revenue, money per year;
    /// `None` when either is unknown. Beside `revenue_gap` it says whether the move up is
    /// within the customer's wallet.
    pub room_to_grow: Option<f64>,
}

/// For every cut point, the best `per_cut` customers of the band below, with the gap to the
/// cut score: the lowest score of the band above (or its threshold), which is enough to move
/// up because a tie goes whole to the higher band. Every gap is above 0: a customer at the cut
/// score is already in the band above, so one is never listed. `order` is the customers from
/// best to worst on `scores` (the ranking the tiering was cut from); `revenue_needed(index,
/// score_gap)` converts a gap into extra revenue when the basis allows it.
pub fn migration<F: Fn(usize, f64) -> Option<f64>>(
    tiering: &Tiering,
    order: &[usize],
    scores: &[Option<f64>],
    per_cut: usize,
    revenue_needed: F,
) -> Vec<MigrationCandidate> {
    let mut out = Vec::new();
    for (k, target) in tiering.cut_scores.iter().enumerate() {
        let Some(target) = target else { continue };
        let below = k + 1;
        let candidates = order
            .iter()
            .filter(|&&i| tiering.assignment[i] == Some(below))
            .filter_map(|&i| scores.get(i).copied().flatten().map(|s| (i, s)))
            .filter(|(_, s)| s < target)
            .take(per_cut);
        for (i, s) in candidates {
            let gap = target - s;
            out.push(MigrationCandidate {
                index: i,
                from_band: below,
                to_band: k,
                score: s,
                target_score: *target,
                score_gap: gap,
                revenue_gap: revenue_needed(i, gap).filter(|v| v.is_finite()),
                room_to_grow: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::EXACT;

    proptest::proptest! {
        /// `blank` says what `trim().is_empty()` says, for any text.
        #[test]
        fn blank_is_trimmed_empty(text in "\\PC*|[ \t\u{a0}\u{3000}\n]*") {
            proptest::prop_assert_eq!(blank(&text), text.trim().is_empty());
        }
    }

    /// A customer with some of the attributes a profile counts, picked by `pick`'s numbers.
    fn customer_of(pick: (u8, u8, u8, u8)) -> Customer {
        const REGIONS: [&str; 5] = ["", "North", "South", " ", "East"];
        const PLANS: [&str; 4] = ["basic", "pro", "", "team"];
        let (region, channel, age, plan) = pick;
        let mut custom = BTreeMap::new();
        if plan % 5 != 0 {
            custom.insert("plan".into(), PLANS[plan as usize % PLANS.len()].into());
        }
        if plan % 3 == 0 {
            custom.insert("owner".into(), format!("o{}", plan % 4).as_str().into());
        }
        Customer {
            region: REGIONS[region as usize % REGIONS.len()].into(),
            channel: (channel % 4 != 0)
                .then(|| Channel::VARIANTS[channel as usize % Channel::VARIANTS.len()]),
            age: (age % 3 != 0).then_some(u32::from(age)),
            custom,
            ..Default::default()
        }
    }

    fn picks(
        len: std::ops::Range<usize>,
    ) -> impl proptest::strategy::Strategy<Value = Vec<(u8, u8, u8, u8)>> {
        proptest::collection::vec(proptest::arbitrary::any::<(u8, u8, u8, u8)>(), len)
    }

    proptest::proptest! {
        /// The profiles of an edited list counted from the earlier state's attributes are the
        /// profiles counted afresh, whether an edit keeps the number of a customer's attributes
        /// (written in place) or changes it, brings values never met or takes some away, with
        /// or without bands, over two edits in a row.
        #[test]
        fn profiles_after_edits_are_profiles_afresh(
            first in picks(1..40),
            // A customer edited now and then; half the edits move the region alone, which
            // keeps the number of attributes, so that every edited customer often does.
            edits in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::option::weighted(0.15, proptest::arbitrary::any::<(bool, (u8, u8, u8, u8))>()),
                    40,
                ),
                2,
            ),
            bands in 1usize..4,
            bands_of in proptest::collection::vec(0usize..6, 40),
            money in proptest::collection::vec(-5i8..20, 120),
        ) {
            let n = first.len();
            let labels: Vec<String> = (0..bands).map(|b| format!("band {b}")).collect();
            // Some customers in no band; a band past the last counts as the last.
            let assignment: Vec<Option<usize>> =
                bands_of[..n].iter().map(|&b| (b != 0).then(|| b - 1)).collect();
            let column = |from: usize| -> Vec<f64> {
                money[from..from + n].iter().map(|&m| f64::from(m)).collect()
            };
            let (revenue, profit, service_cost) = (column(0), column(40), column(80));
            let money = ListMoney::of(&revenue, &profit, &service_cost);
            let mut list: Vec<Customer> = first.into_iter().map(customer_of).collect();
            let refs: Vec<&Customer> = list.iter().collect();
            // No bands: no profiles, nothing kept for the next state.
            let (none, nothing) = profiles_after(&refs, None, &assignment, &[], &money);
            proptest::prop_assert!(none.is_empty() && nothing.is_none());
            let (_, mut kept) = profiles_after(&refs, None, &assignment, &labels, &money);
            for edit in &edits {
                let mut edited = vec![false; n];
                for (i, change) in edit[..n].iter().enumerate() {
                    match change {
                        Some((true, pick)) if !blank(&list[i].region) => {
                            const FILLED: [&str; 4] = ["North", "South", "East", "West"];
                            list[i].region = FILLED[pick.0 as usize % FILLED.len()].into();
                        }
                        Some((_, pick)) => {
                            list[i] = customer_of(*pick);
                        }
                        None => continue,
                    }
                    edited[i] = true;
                }
                let refs: Vec<&Customer> = list.iter().collect();
                let afresh = profiles(&refs, &assignment, &labels, &revenue, &profit, &service_cost);
                let earlier = kept.take().map(|k| (k, edited.as_slice()));
                let (after, next) = profiles_after(&refs, earlier, &assignment, &labels, &money);
                proptest::prop_assert_eq!(after, afresh);
                kept = next;
            }
        }
    }

    #[test]
    fn north_lift_is_three() {
        // Top tier of 10 customers, 6 in North; whole list of 100, 20 in North.
        let list: Vec<Customer> = (0..100)
            .map(|i| Customer {
                id: format!("{i:03}"),
                region: if i < 6 || (10..24).contains(&i) {
                    "North".into()
                } else {
                    "South".into()
                },
                ..Default::default()
            })
            .collect();
        let refs: Vec<&Customer> = list.iter().collect();
        let assignment: Vec<Option<usize>> =
            (0..100).map(|i| Some(if i < 10 { 0 } else { 1 })).collect();
        let zeros = vec![0.0; 100];
        let p = profiles(
            &refs,
            &assignment,
            &["Top".into(), "Rest".into()],
            &zeros,
            &zeros,
            &zeros,
        );
        let north = p[0]
            .attributes
            .iter()
            .find(|a| a.value == AttributeValue::Region("North".into()))
            .unwrap();
        assert_eq!(north.group_count, 6);
        assert_eq!(north.list_count, 20);
        assert!((north.lift - 3.0).abs() < EXACT);
        assert_eq!(p[0].count + p[1].count, 100);
        let review = bottom_tier_review(&p, &assignment, &zeros).unwrap();
        assert_eq!(review.profile.label, "Rest");
        assert_eq!(review.suggestion, Suggestion::StopSpending);
    }

    #[test]
    fn tier_shares_of_positive_profit_with_losses_stated() {
        // Top tier: profits 100 and −30; bottom tier: 50 and −20. Positive sum 150: top
        // 100 ÷ 150 = 2/3, bottom 50 ÷ 150 = 1/3 (the signed rule gave 70 ÷ 100 and 30 ÷ 100).
        // Service cost 10, 20, 30, 40 (sum 100): top 30 %, bottom 70 %.
        let list: Vec<Customer> = (0..4)
            .map(|i| Customer {
                id: format!("{i}"),
                ..Default::default()
            })
            .collect();
        let refs: Vec<&Customer> = list.iter().collect();
        let p = profiles(
            &refs,
            &[Some(0), Some(0), Some(1), Some(1)],
            &["Top".into(), "Rest".into()],
            &[200.0, 100.0, 80.0, 40.0],
            &[100.0, -30.0, 50.0, -20.0],
            &[10.0, 20.0, 30.0, 40.0],
        );
        assert!((p[0].profit_share.unwrap() - 2.0 / 3.0).abs() < EXACT);
        assert!((p[1].profit_share.unwrap() - 1.0 / 3.0).abs() < EXACT);
        assert_eq!((p[0].losses.sum, p[0].losses.count), (-30.0, 1));
        assert_eq!((p[1].losses.sum, p[1].losses.count), (-20.0, 1));
        // Revenue 300 and 120 of 420.
        assert!((p[0].revenue_share.unwrap() - 300.0 / 420.0).abs() < EXACT);
        assert!((p[1].service_cost_share.unwrap() - 0.7).abs() < EXACT);
        let none = profiles(
            &refs,
            &[Some(0), Some(0), Some(1), Some(1)],
            &["Top".into(), "Rest".into()],
            &[0.0; 4],
            &[-1.0; 4],
            &[0.0; 4],
        );
        assert_eq!(none[0].profit_share, None);
        assert_eq!(none[0].revenue_share, None);
        assert_eq!(none[0].service_cost_share, None);
        assert_eq!(none[0].losses.count, 2);
    }

    #[test]
    fn negative_profit_sorted() {
        assert_eq!(negative_profit(&[5.0, -1.0, -3.0, 0.0]), vec![2, 1]);
    }
}
