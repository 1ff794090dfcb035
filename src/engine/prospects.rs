//! Prospects: finding the next customers (DOMAIN.md §16).
//!
//! A prospect is qualified only when it needs what we sell and can pay for it. Its lookalike
//! score against a tier is the mean natural log of the lifts of its known attribute values in
//! that tier (0 = like the list as a whole; above 0 = more like the tier). A value never seen
//! in the tier would have lift 0 and log −∞, so it counts as half an occurrence instead; values
//! never seen in the list carry no information and are skipped. exp(score) is the equivalent
//! naive-Bayes odds multiplier.

use super::acquisition::AcquisitionSummary;
use super::model::{Channel, Customer};
use super::numeric::ratio;
use super::profiles::{attributes, channel_label, TierProfile};
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts of one attribute value: in the whole list and per tier.
#[derive(Debug, Clone, PartialEq)]
struct ValueCounts {
    list: usize,
    per_band: Vec<usize>,
}

/// Lift lookups built from tier profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct LiftTable {
    values: BTreeMap<String, BTreeMap<String, ValueCounts>>,
    band_sizes: Vec<usize>,
    list_size: usize,
    labels: Vec<String>,
}

impl LiftTable {
    /// Builds the table from the profiles of every tier of one tiering.
    pub fn from_profiles(profiles: &[TierProfile]) -> LiftTable {
        let bands = profiles.len();
        let mut values: BTreeMap<String, BTreeMap<String, ValueCounts>> = BTreeMap::new();
        for (b, p) in profiles.iter().enumerate() {
            for a in &p.attributes {
                let e = values
                    .entry(a.attribute.clone())
                    .or_default()
                    .entry(a.value.clone())
                    .or_insert_with(|| ValueCounts {
                        list: a.list_count,
                        per_band: vec![0; bands],
                    });
                e.per_band[b] = a.group_count;
            }
        }
        LiftTable {
            values,
            band_sizes: profiles.iter().map(|p| p.count).collect(),
            list_size: profiles.iter().map(|p| p.count).sum(),
            labels: profiles.iter().map(|p| p.label.clone()).collect(),
        }
    }

    /// Lift of a value in a band, with a value absent from the band counted as half an
    /// occurrence; `None` when the value never occurs in the list or the band is empty.
    pub fn smoothed_lift(&self, attribute: &str, value: &str, band: usize) -> Option<f64> {
        let counts = self.values.get(attribute)?.get(value)?;
        let size = *self.band_sizes.get(band)?;
        if counts.list == 0 || size == 0 {
            return None;
        }
        let g = counts.per_band.get(band).copied().unwrap_or(0) as f64;
        let g = if g == 0.0 { 0.5 } else { g };
        Some(ratio(
            g * self.list_size as f64,
            size as f64 * counts.list as f64,
        ))
    }
}

/// One attribute value's contribution, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// Attribute ("region").
    pub attribute: String,
    /// Value ("North").
    pub value: String,
    /// Its (smoothed) lift in the tier.
    pub lift: f64,
    /// The sentence ("region North appears 2.1× more often in the top tier").
    pub text: String,
}

/// The sentence for one lift.
///
/// ```ignore
/// # use engine::prospects::explain;
/// assert_eq!(explain("region", "North", 2.1, "the top tier"),
///            "region North appears 2.1× more often in the top tier");
/// ```
pub fn explain(attribute: &str, value: &str, lift: f64, tier: &str) -> String {
    if lift >= 1.0 {
        format!("{attribute} {value} appears {lift:.1}× more often in {tier}")
    } else {
        format!("{attribute} {value} appears only {lift:.1}× as often in {tier}")
    }
}

/// Lookalike score of one entry against one band: mean log-lift and the explanations.
pub fn lookalike(
    table: &LiftTable,
    c: &Customer,
    band: usize,
    tier_words: &str,
) -> (f64, Vec<Explanation>) {
    let mut sum = 0.0;
    let mut n = 0usize;
    let mut words = Vec::new();
    for (a, v) in attributes(c) {
        if let Some(l) = table.smoothed_lift(a, v, band) {
            if l > 0.0 && l.is_finite() {
                sum += l.ln();
                n += 1;
                words.push(Explanation {
                    attribute: a.to_string(),
                    value: v.to_string(),
                    lift: l,
                    text: explain(a, v, l, tier_words),
                });
            }
        }
    }
    words.sort_by(|x, y| {
        y.lift
            .total_cmp(&x.lift)
            .then_with(|| x.attribute.cmp(&y.attribute))
    });
    (ratio(sum, n as f64), words)
}

/// A ranked prospect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProspectResult {
    /// Position in the input list.
    pub input_index: usize,
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Needs it and can pay.
    pub qualified: bool,
    /// Mean log-lift against the top tier (0 = like the list).
    pub lookalike_score: f64,
    /// exp(score): how many times likelier than average to be a top-tier customer.
    pub odds_multiplier: f64,
    /// Why, attribute by attribute, highest lift first (top tier).
    pub explanations: Vec<Explanation>,
    /// The tier it resembles most (0 = top).
    pub resembled_band: usize,
    /// That tier's label.
    pub resembled_label: String,
    /// Expected value = mean relationship value of that tier, money per year.
    pub expected_value: f64,
    /// ICP fit 0–100 when criteria are defined.
    pub fit: Option<f64>,
    /// Channel most likely to reach it: its own when known, else the most common channel of
    /// the tier it resembles.
    pub channel: Option<Channel>,
    /// CAC of that channel, or the average CAC, money per customer.
    pub cac: Option<f64>,
    /// Expected value − CAC, money; `None` when the CAC is unknown.
    pub net_value: Option<f64>,
}

/// Qualified prospects ranked, the others apart.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ProspectList {
    /// Qualified prospects by lookalike score, then fit, then id.
    pub qualified: Vec<ProspectResult>,
    /// The rest, by the same order.
    pub not_qualified: Vec<ProspectResult>,
}

/// Ranks the prospects of `entries` (customers are skipped).
///
/// `profiles` are the tier profiles (best first), `band_values` the mean relationship value
/// of each tier (money per year), `fit_of(i)` the ICP fit of entry `i`.
pub fn rank_prospects<F: Fn(usize, &Customer) -> Option<f64>>(
    entries: &[Customer],
    profiles: &[TierProfile],
    band_values: &[f64],
    acquisition: &AcquisitionSummary,
    fit_of: F,
) -> ProspectList {
    let table = LiftTable::from_profiles(profiles);
    let bands = profiles.len();
    let common_channel: Vec<Option<Channel>> = profiles
        .iter()
        .map(|p| {
            p.attributes
                .iter()
                .filter(|a| a.attribute == "channel")
                .max_by(|x, y| {
                    x.group_count
                        .cmp(&y.group_count)
                        .then_with(|| y.value.cmp(&x.value))
                })
                .and_then(|a| channel_from_label(&a.value))
        })
        .collect();
    let mut list = ProspectList::default();
    for (i, c) in entries.iter().enumerate().filter(|(_, c)| c.is_prospect()) {
        let top_words = table
            .labels
            .first()
            .map(|l| format!("the top tier ({l})"))
            .unwrap_or_default();
        let (score, words) = if bands > 0 {
            lookalike(&table, c, 0, &top_words)
        } else {
            (0.0, Vec::new())
        };
        let mut best = (0usize, f64::NEG_INFINITY);
        for b in 0..bands {
            let s = if b == 0 {
                score
            } else {
                lookalike(&table, c, b, "").0
            };
            if s > best.1 {
                best = (b, s);
            }
        }
        let band = best.0;
        let expected = band_values.get(band).copied().unwrap_or(0.0);
        let channel = c
            .channel
            .or_else(|| common_channel.get(band).copied().flatten());
        let cac = channel
            .and_then(|ch| acquisition.channel_cac(ch))
            .or_else(|| acquisition.average_cac.clone().ok());
        let r = ProspectResult {
            input_index: i,
            id: c.id.clone(),
            name: c.name.clone(),
            qualified: c.is_qualified(),
            lookalike_score: score,
            odds_multiplier: score.exp(),
            explanations: words,
            resembled_band: band,
            resembled_label: table.labels.get(band).cloned().unwrap_or_default(),
            expected_value: expected,
            fit: fit_of(i, c),
            channel,
            cac,
            net_value: cac.map(|k| expected - k),
        };
        if r.qualified {
            list.qualified.push(r);
        } else {
            list.not_qualified.push(r);
        }
    }
    let order = |a: &ProspectResult, b: &ProspectResult| {
        b.lookalike_score
            .total_cmp(&a.lookalike_score)
            .then_with(|| b.fit.unwrap_or(0.0).total_cmp(&a.fit.unwrap_or(0.0)))
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.input_index.cmp(&b.input_index))
    };
    list.qualified.sort_by(order);
    list.not_qualified.sort_by(order);
    list
}

fn channel_from_label(label: &str) -> Option<Channel> {
    use Channel::*;
    [
        Referral,
        CustomerIntroduction,
        TradeShow,
        SocialMedia,
        Search,
        Email,
        DirectMail,
        Telephone,
        DoorToDoor,
        Advertising,
        Partners,
        Directories,
        Consulting,
        PersonalNetwork,
        CommunityEvents,
    ]
    .into_iter()
    .find(|c| channel_label(*c) == label)
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::super::model::{Answer, MarketType, Status};
    use super::super::profiles::profiles;
    use super::super::settings::Settings;
    use super::*;

    fn setup() -> (Vec<Customer>, Vec<usize>) {
        let list: Vec<Customer> = (0..100)
            .map(|i| Customer {
                id: format!("{i:03}"),
                region: if i < 6 || (10..24).contains(&i) {
                    "North".into()
                } else {
                    "South".into()
                },
                market_type: Some(MarketType::Consumer),
                ..Default::default()
            })
            .collect();
        let assignment = (0..100).map(|i| if i < 10 { 0 } else { 1 }).collect();
        (list, assignment)
    }

    #[test]
    fn north_prospect_scores_log_three() {
        let (list, assignment) = setup();
        let refs: Vec<&Customer> = list.iter().collect();
        let zeros = vec![0.0; 100];
        let p = profiles(
            &refs,
            &assignment,
            &["Top".into(), "Rest".into()],
            &zeros,
            &zeros,
            &zeros,
        );
        let table = LiftTable::from_profiles(&p);
        assert!((table.smoothed_lift("region", "North", 0).unwrap() - 3.0).abs() < 1e-12);
        let prospect = Customer {
            id: "p1".into(),
            status: Status::Prospect,
            needs_it: Answer::Yes,
            can_pay: Answer::Yes,
            region: "North".into(),
            market_type: Some(MarketType::Consumer),
            ..Default::default()
        };
        let (score, words) = lookalike(&table, &prospect, 0, "the top tier");
        // Market type "consumer" is shared by everyone (lift 1, log 0); North has lift 3.
        assert!((score - 3f64.ln() / 2.0).abs() < 1e-12);
        assert_eq!(
            words[0].text,
            "region North appears 3.0× more often in the top tier"
        );
        let other = Customer {
            id: "p2".into(),
            status: Status::Prospect,
            region: "South".into(),
            ..Default::default()
        };
        let entries = vec![prospect, other];
        let acq = super::super::acquisition::summarise(&entries, &Settings::default());
        let ranked = rank_prospects(&entries, &p, &[500.0, 10.0], &acq, |_, _| None);
        assert_eq!(ranked.qualified.len(), 1);
        assert_eq!(ranked.not_qualified.len(), 1);
        assert_eq!(ranked.qualified[0].resembled_band, 0);
        assert_eq!(ranked.qualified[0].expected_value, 500.0);
        assert_eq!(ranked.not_qualified[0].resembled_band, 1);
    }
}
