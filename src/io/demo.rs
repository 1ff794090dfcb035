//! The built-in demo list: a few hundred made-up customers and prospects spread over every
//! market type, channel and lifecycle stage, with the skewed revenue real lists have.
//! Generated from a fixed seed, so it is the same on every visit and every machine.

use crate::engine::model::{
    Answer, Channel, Customer, Date, LifecycleStage, MarketType, SizeBand, Status,
};
use crate::lists::CustomerList;

/// How many entries the demo list holds.
pub const DEMO_SIZE: usize = 320;

/// A small deterministic generator (SplitMix64): the demo needs variety, not cryptography.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn range(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.unit()
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const CHANNELS: [Channel; 15] = [
    Channel::Referral,
    Channel::CustomerIntroduction,
    Channel::TradeShow,
    Channel::SocialMedia,
    Channel::Search,
    Channel::Email,
    Channel::DirectMail,
    Channel::Telephone,
    Channel::DoorToDoor,
    Channel::Advertising,
    Channel::Partners,
    Channel::Directories,
    Channel::Consulting,
    Channel::PersonalNetwork,
    Channel::CommunityEvents,
];
const MARKETS: [MarketType; 5] = [
    MarketType::Consumer,
    MarketType::Producer,
    MarketType::Intermediary,
    MarketType::Government,
    MarketType::International,
];
const STAGES: [LifecycleStage; 4] = [
    LifecycleStage::Exploration,
    LifecycleStage::Formation,
    LifecycleStage::Stability,
    LifecycleStage::Decline,
];
const REGIONS: [&str; 5] = ["North", "South", "East", "West", "Central"];
const FIRST: [&str; 16] = [
    "Anna", "Bao", "Carmen", "Dimitar", "Elena", "Feng", "Giulia", "Hoa", "Ivan", "Julia", "Kiril",
    "Lan", "Marco", "Nadia", "Oscar", "Mei",
];
const LAST: [&str; 12] = [
    "Nguyen", "Petrova", "García", "Wang", "Smith", "Ivanov", "Tran", "López", "Chen", "Georgiev",
    "Brown", "Li",
];
const COMPANY_WORDS: [&str; 14] = [
    "Alpine",
    "Blue River",
    "Cedar",
    "Delta",
    "Evergreen",
    "Falcon",
    "Golden Gate",
    "Harbor",
    "Iris",
    "Jade",
    "Keystone",
    "Lotus",
    "Meridian",
    "Northwind",
];
const COMPANY_KINDS: [&str; 8] = [
    "Trading",
    "Foods",
    "Logistics",
    "Engineering",
    "Pharma",
    "Retail",
    "Textiles",
    "Systems",
];
const LEGAL_FORMS: [&str; 8] = [
    "Ltd", "Co.", "S.A.", "JSC", "GmbH", "OOD", "Group", "Partners",
];
const INDUSTRIES: [&str; 6] = [
    "retail",
    "manufacturing",
    "health",
    "hospitality",
    "public services",
    "technology",
];
const DECISION: [&str; 3] = ["single buyer", "committee", "tender"];

/// Builds the demo list with the given id and display name.
pub fn demo_list(id: &str, name: &str) -> CustomerList {
    let mut rng = Rng(20_261_123);
    let mut list = CustomerList::new(id.to_string(), name.to_string());
    list.is_demo = true;
    list.settings.currency = "EUR".into();
    for n in 0..DEMO_SIZE {
        list.customers.push(demo_customer(n, &mut rng));
    }
    list
}

fn demo_customer(n: usize, rng: &mut Rng) -> Customer {
    // Cycling through the enums guarantees every value occurs; the rest is random.
    let market_type = MARKETS[n % MARKETS.len()];
    let channel = CHANNELS[(n / 5 + n) % CHANNELS.len()];
    let stage = STAGES[(n * 7 / 3) % STAGES.len()];
    let is_person = market_type == MarketType::Consumer;
    let prospect = n % 8 == 7;
    let name = if is_person {
        format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST))
    } else {
        format!(
            "{} {} {}",
            rng.pick(&COMPANY_WORDS),
            rng.pick(&COMPANY_KINDS),
            rng.pick(&LEGAL_FORMS)
        )
    };
    let mut c = Customer {
        id: format!("D-{:03}", n + 1),
        name,
        status: if prospect {
            Status::Prospect
        } else {
            Status::Customer
        },
        market_type: Some(market_type),
        channel: Some(channel),
        region: rng.pick(&REGIONS).to_string(),
        lifecycle_stage: Some(if prospect {
            LifecycleStage::Exploration
        } else {
            stage
        }),
        ..Default::default()
    };
    if is_person {
        c.age = Some(18 + (rng.unit() * 60.0) as u32);
    } else {
        c.size_band = Some(*rng.pick(&[
            SizeBand::Micro,
            SizeBand::Small,
            SizeBand::Medium,
            SizeBand::Large,
        ]));
        c.custom
            .insert("industry".into(), rng.pick(&INDUSTRIES).to_string());
        c.custom
            .insert("decision_style".into(), rng.pick(&DECISION).to_string());
    }
    // Revenue drawn from a Pareto-like tail so the demo shows a real 80/20 picture.
    let scale = if is_person { 400.0 } else { 4_000.0 };
    let revenue = (scale / (1.0 - rng.unit() * 0.97).powf(0.9)).round();
    let orders = if is_person {
        rng.range(1.0, 24.0)
    } else {
        rng.range(2.0, 52.0)
    }
    .round();
    let margin = (rng.range(0.2, 0.6) * 100.0).round() / 100.0;
    if prospect {
        c.needs_it = *rng.pick(&[Answer::Yes, Answer::Yes, Answer::No, Answer::Unknown]);
        c.can_pay = *rng.pick(&[Answer::Yes, Answer::Yes, Answer::No, Answer::Unknown]);
        c.gross_margin = Some(margin);
        return c;
    }
    c.purchases_per_year = Some(orders);
    c.average_order_value = Some((revenue / orders * 100.0).round() / 100.0);
    c.revenue_per_year =
        Some(((orders * c.average_order_value.unwrap_or(0.0)) * 100.0).round() / 100.0);
    c.gross_margin = Some(margin);
    c.acquisition_cost = Some(channel_cost(channel) * rng.range(0.6, 1.4)).map(|v| v.round());
    c.service_cost =
        Some((revenue * rng.range(0.03, 0.25) + orders * rng.range(2.0, 15.0)).round());
    c.implicit_cost_hours = Some(rng.range(0.0, 40.0).round());
    if n.is_multiple_of(3) {
        c.market_share_score = Some(rng.range(0.0, 10.0).round());
        c.brand_score = Some(rng.range(0.0, 10.0).round());
    } else {
        c.market_share_value = Some((revenue * rng.range(0.0, 0.3)).round());
        c.brand_value = Some((revenue * rng.range(0.0, 0.2)).round());
    }
    let year = 2015 + (rng.unit() * 10.0) as i32;
    let month = 1 + (rng.unit() * 12.0) as u32;
    let day = 1 + (rng.unit() * 28.0) as u32;
    c.first_purchase = Date::from_ymd_opt(year, month, day);
    c.indicators.insert(
        "growth".into(),
        (rng.range(-0.2, 0.4) * 100.0).round() / 100.0,
    );
    c.indicators
        .insert("satisfaction".into(), rng.range(3.0, 10.0).round());
    c.indicators
        .insert("collection_days".into(), rng.range(10.0, 90.0).round());
    c.indicators
        .insert("cooperation".into(), rng.range(1.0, 10.0).round());
    c
}

/// A typical cost to win one customer through a channel, money: the demo's spread of CAC.
fn channel_cost(channel: Channel) -> f64 {
    match channel {
        Channel::Referral | Channel::CustomerIntroduction | Channel::PersonalNetwork => 60.0,
        Channel::SocialMedia | Channel::Search | Channel::Email => 120.0,
        Channel::DirectMail | Channel::Telephone | Channel::Directories => 180.0,
        Channel::CommunityEvents | Channel::Advertising => 250.0,
        Channel::TradeShow | Channel::Partners | Channel::Consulting => 400.0,
        Channel::DoorToDoor => 300.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn covers_every_market_type_channel_and_stage() {
        let list = demo_list("demo", "Demo");
        assert_eq!(list.customers.len(), DEMO_SIZE);
        assert!(list.is_demo);
        let markets: HashSet<_> = list.customers.iter().map(|c| c.market_type).collect();
        let channels: HashSet<_> = list.customers.iter().filter_map(|c| c.channel).collect();
        let stages: HashSet<_> = list
            .customers
            .iter()
            .filter_map(|c| c.lifecycle_stage)
            .collect();
        assert_eq!(markets.len(), 5);
        assert_eq!(channels.len(), 15);
        assert_eq!(stages.len(), 4);
        assert!(list.customers.iter().any(|c| c.is_prospect()));
        assert!(list.customers.iter().any(|c| c.is_qualified()));
        let ids: HashSet<_> = list.customers.iter().map(|c| &c.id).collect();
        assert_eq!(ids.len(), DEMO_SIZE, "ids are unique");
        assert!(list.customers.iter().all(|c| !c.revenue_disagrees()));
    }

    #[test]
    fn is_the_same_every_time() {
        assert_eq!(demo_list("a", "A"), demo_list("a", "A"));
    }
}
