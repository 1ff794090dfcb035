//! The generated list the engine benchmarks share (examples/bench_engine.rs prints stage by
//! stage; benches/engine.rs is the criterion benchmark): customers with every field the
//! analysis reads, 5 % more entries as prospects, deterministic so runs compare.

use value_pyramid::engine::model::{
    Answer, Channel, Customer, Figure, LifecycleStage, MarketType, SizeBand, Status,
};
use value_pyramid::engine::settings::{Settings, SpendLine};

/// A small deterministic generator, so the list is the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick(&mut self, n: usize) -> usize {
        ((self.next() * n as f64) as usize).min(n - 1)
    }
}

/// `customers` customers, then 5 % as many prospects.
pub fn generate(customers: usize) -> Vec<Customer> {
    let mut rng = Lcg(42);
    let channels = [
        Channel::Referral,
        Channel::TradeShow,
        Channel::Search,
        Channel::Email,
        Channel::Partners,
    ];
    let markets = [
        MarketType::Consumer,
        MarketType::Producer,
        MarketType::Intermediary,
        MarketType::Government,
    ];
    let regions = ["North", "South", "East", "West", "Centre"];
    let stages = [
        LifecycleStage::Formation,
        LifecycleStage::Stability,
        LifecycleStage::Decline,
    ];
    let all = customers + customers / 20;
    let mut list = Vec::with_capacity(all);
    for i in 0..all {
        let prospect = i >= customers;
        let person = rng.next() < 0.5;
        let mut c = Customer {
            id: format!("C{i:06}"),
            name: format!("Customer {i}"),
            status: if prospect {
                Status::Prospect
            } else {
                Status::Customer
            },
            needs_it: if rng.next() < 0.7 {
                Answer::Yes
            } else {
                Answer::No
            },
            can_pay: Answer::Yes,
            market_type: Some(markets[rng.pick(markets.len())]),
            channel: Some(channels[rng.pick(channels.len())]),
            region: regions[rng.pick(regions.len())].into(),
            age: person.then(|| 18 + rng.pick(60) as u32),
            size_band: (!person)
                .then(|| [SizeBand::Micro, SizeBand::Small, SizeBand::Large][rng.pick(3)]),
            purchases_per_year: Figure::of(1.0 + rng.next() * 20.0),
            average_order_value: Figure::of(10.0 + (rng.next() * 6.0).exp() * 10.0),
            gross_margin: Figure::of(0.2 + rng.next() * 0.5),
            service_cost: (rng.next() < 0.3).then(|| rng.next() * 2_000.0).into(),
            brand_score: Figure::of(rng.next() * 10.0),
            implicit_cost_hours: Figure::of(rng.next() * 10.0),
            lifecycle_stage: Some(stages[rng.pick(stages.len())]),
            ..Default::default()
        };
        c.indicators.insert("growth".into(), rng.next() * 0.4 - 0.1);
        c.indicators
            .insert("collection_days".into(), 10.0 + rng.next() * 80.0);
        c.indicators
            .insert("satisfaction".into(), rng.next() * 10.0);
        c.custom.insert(
            "decision style".into(),
            ["fast", "committee", "owner"][rng.pick(3)].into(),
        );
        list.push(c);
    }
    list
}

pub fn settings() -> Settings {
    Settings {
        capacity: 5_000,
        spend_lines: vec![
            SpendLine {
                name: "Fairs".into(),
                amount: 2_000_000.0,
                channel: Some(Channel::TradeShow),
                ..Default::default()
            },
            SpendLine {
                name: "Ads".into(),
                amount: 3_000_000.0,
                channel: Some(Channel::Search),
                ..Default::default()
            },
        ],
        retention_budget: 1_000_000.0,
        ..Settings::default()
    }
}
