//! The engine's errors and warnings in the active language. The engine keeps typed errors
//! with English `Display` texts for native callers and logs; the page never shows those but
//! maps each variant to a translated key here, so one place covers every view.

use crate::app::views::pyramid::indicator_text;
use crate::chart::ChartError;
use crate::engine::acquisition::AcquisitionError;
use crate::engine::analysis::Warning;
use crate::engine::btyd::fitting::{ModelError, Quantity, Rule};
use crate::engine::btyd::rfm::RfmError;
use crate::engine::btyd::special::SpecialError;
use crate::engine::churn::ChurnError;
use crate::engine::cohort::{CohortColumn, CohortError};
use crate::engine::icp::{IcpError, MarketWarning};
use crate::engine::ltv::LtvError;
use crate::engine::numbers::{self, NumberError, NumberSpec};
use crate::engine::service_cost::ServiceCostError;
use crate::engine::tiers::{DropReason, TierError};
use crate::format;
use crate::i18n::{t, tf, tfn, tfx};
use crate::io::csv_import::{MappingError, ReadError};
use crate::io::store::{DocError, StoreError};

/// A message for the user, in the active language.
pub trait Explain {
    /// The message, a full sentence unless the type's doc says it is a clause.
    fn explain(&self) -> String;
}

/// A sentence kept as its translation key and its values, put into words where it is shown:
/// a message already on the page follows a change of language. A value that is itself a
/// typed error is explained at that moment too.
#[derive(Clone)]
pub struct Message(Body);

/// What a [`Message`] holds: either a key to word or text worded already.
#[derive(Clone)]
enum Body {
    /// A key worded anew each time it is read.
    Keyed {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// One typed value worded by its own [`Explain`] (a refused number with its rule).
    Explained(std::sync::Arc<dyn Explain + Send + Sync>),
}

/// One value of a [`Message`].
#[derive(Clone)]
enum Arg {
    Plain(String),
    Explained(std::sync::Arc<dyn Explain + Send + Sync>),
    /// A count: written in the language's grouping and choosing the message's plural form.
    Count(usize),
}

impl Message {
    /// A message of `key` with plain values (names, figures already formatted).
    pub fn new(key: &'static str, args: &[(&'static str, &str)]) -> Message {
        Message(Body::Keyed {
            key,
            args: args
                .iter()
                .map(|(name, value)| (*name, Arg::Plain((*value).to_string())))
                .collect(),
        })
    }

    /// Adds a value to a keyed message; an explained one has no placeholders to fill.
    fn with(mut self, name: &'static str, value: Arg) -> Message {
        if let Body::Keyed { args, .. } = &mut self.0 {
            args.push((name, value));
        }
        self
    }

    /// Adds a value explained in the language shown at the time (an error's reason).
    pub fn explaining(
        self,
        name: &'static str,
        reason: impl Explain + Send + Sync + 'static,
    ) -> Message {
        self.with(name, Arg::Explained(std::sync::Arc::new(reason)))
    }

    /// Adds a count (see [`crate::i18n::tfn`]): the message may say "1 entry" or "5 entries".
    pub fn counting(self, name: &'static str, count: usize) -> Message {
        self.with(name, Arg::Count(count))
    }

    /// A message that is one typed value worded by its own [`Explain`] (a refused number).
    pub fn of(reason: impl Explain + Send + Sync + 'static) -> Message {
        Message(Body::Explained(std::sync::Arc::new(reason)))
    }

    /// The sentence in the active language.
    pub fn text(&self) -> String {
        let (key, args) = match &self.0 {
            Body::Keyed { key, args } => (*key, args),
            Body::Explained(reason) => return reason.explain(),
        };
        let values: Vec<(&str, String)> = args
            .iter()
            .filter_map(|(name, arg)| {
                let value = match arg {
                    Arg::Plain(text) => text.clone(),
                    Arg::Explained(reason) => reason.explain(),
                    Arg::Count(_) => return None,
                };
                Some((*name, value))
            })
            .collect();
        let counts: Vec<(&str, usize)> = args
            .iter()
            .filter_map(|(name, arg)| match arg {
                Arg::Count(n) => Some((*name, *n)),
                _ => None,
            })
            .collect();
        let borrowed: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        tfn(key, &counts, &borrowed)
    }
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Body::Keyed { key, .. } => write!(f, "Message({key})"),
            Body::Explained(_) => write!(f, "Message::of(..)"),
        }
    }
}

/// A message inside another one (the rule a refusal names) is worded with it.
impl Explain for Message {
    fn explain(&self) -> String {
        self.text()
    }
}

/// A number refused at its field: the text as typed and the spec it did not meet.
#[derive(Debug, Clone)]
pub struct NumberRefused {
    /// What the field accepts.
    pub spec: NumberSpec,
    /// Why the text was refused.
    pub error: NumberError,
    /// The text as typed.
    pub found: String,
}

/// "Not saved: expected a number from 0 to 100; found “150”." Every reason is worded by the
/// range the field accepts, which says what to type instead.
impl Explain for NumberRefused {
    fn explain(&self) -> String {
        tf(
            "table.invalid",
            &[("rule", &number_rule(self.spec)), ("found", &self.found)],
        )
    }
}

/// What a field of `spec` accepts, in the units it is typed in ("a number from 1 to 100").
pub fn number_rule(spec: NumberSpec) -> String {
    if spec == numbers::LINE_AMOUNT {
        return t("rule.money");
    }
    let bound = |v: f64| {
        let typed = spec.typed(v);
        format::number(typed, if typed.fract() == 0.0 { 0 } else { 2 })
    };
    tf(
        "rule.range",
        &[("min", &bound(spec.min)), ("max", &bound(spec.max))],
    )
}

/// Plain text that is already in words (a browser's own message), as an [`Explain`] value.
impl Explain for String {
    fn explain(&self) -> String {
        self.clone()
    }
}

/// `explain` as a function, for `map_err(explain)`.
pub fn explain<E: Explain>(error: &E) -> String {
    error.explain()
}

fn count(n: impl ToString) -> String {
    n.to_string()
}

impl Explain for Warning {
    fn explain(&self) -> String {
        match self {
            Warning::SettingReplaced {
                setting,
                given,
                used,
            } => tf(
                "overview.warn_setting_replaced",
                &[
                    ("setting", &setting_label(setting)),
                    ("given", given),
                    ("used", &format::number(*used, 2)),
                ],
            ),
            Warning::RevenueMissing { count: n } => {
                tfn("overview.warn_revenue_missing", &[("count", *n)], &[])
            }
            Warning::RevenueDisagrees { count: n } => {
                tfn("overview.warn_revenue_disagrees", &[("count", *n)], &[])
            }
            Warning::SpendBelowRevenue { count: n } => {
                tfn("overview.warn_spend_below_revenue", &[("count", *n)], &[])
            }
            Warning::MarginAssumed { count: n } => {
                tfn("overview.warn_margin_assumed", &[("count", *n)], &[])
            }
            Warning::DuplicateIds { count: n } => {
                tfn("overview.warn_duplicate_ids", &[("count", *n)], &[])
            }
        }
    }
}

/// The label a setting has on the page, for a setting the engine names in a warning.
fn setting_label(engine_name: &str) -> String {
    let key = match engine_name {
        "discount rate" => "settings.discount_rate",
        "churn rate" => "settings.churn_rate",
        "life expectancy" => "settings.life_expectancy",
        "longest lifetime" => "settings.max_lifetime",
        "concentration threshold" => "settings.concentration",
        "hourly rate" => "settings.hourly_rate",
        "top share" => "settings.pareto_top",
        "value share" => "settings.pareto_value",
        "retention budget" => "settings.retention_budget",
        "fit threshold" => "targets.icp_threshold",
        "benchmark churn rate" => "settings.benchmark_churn",
        "segment churn rate" => "error.setting.segment_churn",
        "churn year" => "error.setting.churn_year",
        "sales closed" => "error.setting.sales_closed",
        "service cost benchmark" => "error.setting.service_cost_benchmark",
        "churn minimum at start" => "error.setting.churn_min_at_start",
        other => return other.to_string(),
    };
    t(key)
}

impl Explain for AcquisitionError {
    fn explain(&self) -> String {
        match self {
            AcquisitionError::NoSpendEntered => t("error.acquisition.no_spend"),
            AcquisitionError::NoNewCustomers => t("error.acquisition.no_new_customers"),
            AcquisitionError::BadSpendLine { name } => {
                tf("error.acquisition.bad_line", &[("name", name)])
            }
        }
    }
}

impl Explain for ServiceCostError {
    fn explain(&self) -> String {
        match self {
            ServiceCostError::NoCostEntered => t("error.service.no_cost"),
            ServiceCostError::NoCustomersServed => t("error.service.no_customers"),
            ServiceCostError::BadCostLine { name } => {
                tf("error.service.bad_line", &[("name", name)])
            }
        }
    }
}

impl Explain for LtvError {
    fn explain(&self) -> String {
        match self {
            LtvError::NeverEnds => t("error.ltv.never_ends"),
            LtvError::MarginNotFinite => t("error.ltv.margin"),
        }
    }
}

impl Explain for ChurnError {
    fn explain(&self) -> String {
        match self {
            ChurnError::NoCustomersAtStart => t("error.churn.no_base"),
            ChurnError::LostExceedsBase { lost, base } => tfn(
                "error.churn.lost_exceeds_base",
                &[("lost", usize::try_from(*lost).unwrap_or(usize::MAX))],
                &[("base", &count(base))],
            ),
        }
    }
}

impl Explain for CohortColumn {
    fn explain(&self) -> String {
        t(match self {
            CohortColumn::Retention => "error.cohort.column_retention",
            CohortColumn::OrdersPerCustomer => "error.cohort.column_orders",
            CohortColumn::AverageOrderValue => "error.cohort.column_order_value",
            CohortColumn::CostRate => "error.cohort.column_cost_rate",
            CohortColumn::MarketingPerCustomer => "error.cohort.column_marketing",
        })
    }
}

impl Explain for CohortError {
    fn explain(&self) -> String {
        match self {
            CohortError::NoYears => t("error.cohort.no_years"),
            CohortError::NoCustomers => t("error.cohort.no_customers"),
            CohortError::BadDiscount => t("error.cohort.bad_discount"),
            CohortError::BadCell { year, column } => tf(
                "error.cohort.bad_cell",
                &[("year", &count(year)), ("column", &column.explain())],
            ),
        }
    }
}

impl Explain for TierError {
    fn explain(&self) -> String {
        match self {
            TierError::NoSuchPyramid { index } => {
                tf("error.tier.no_such_pyramid", &[("n", &count(index + 1))])
            }
            TierError::BadShares => t("error.tier.bad_shares"),
            TierError::BadThresholds => t("error.tier.bad_thresholds"),
            TierError::NoWeights => t("error.tier.no_weights"),
            TierError::NoData { dropped } => {
                let indicators: Vec<String> = dropped
                    .iter()
                    .map(|d| {
                        let key = match d.reason {
                            DropReason::NoValues => "error.tier.no_data_none",
                            DropReason::NoSpread => "error.tier.no_data_same",
                        };
                        tf(key, &[("indicator", &indicator_text(&d.indicator))])
                    })
                    .collect();
                tf(
                    "error.tier.no_data",
                    &[("indicators", &indicators.join("; "))],
                )
            }
        }
    }
}

impl Explain for IcpError {
    fn explain(&self) -> String {
        match self {
            IcpError::NoCriteria => t("error.icp.no_criteria"),
            IcpError::NoWeights => t("error.icp.no_weights"),
        }
    }
}

impl Explain for MarketWarning {
    fn explain(&self) -> String {
        match self {
            MarketWarning::TooSmall {
                addressable,
                minimum,
            } => tfx(
                "error.market.too_small",
                &[("addressable", *addressable, 0)],
                &[("minimum", &format::number(*minimum, 0))],
            ),
            MarketWarning::TooContested { per_firm, minimum } => tfx(
                "error.market.too_contested",
                &[("per_firm", *per_firm, 1)],
                &[("minimum", &format::number(*minimum, 0))],
            ),
        }
    }
}

impl Explain for RfmError {
    fn explain(&self) -> String {
        match self {
            RfmError::Empty => t("error.log.empty"),
            RfmError::InvalidAmount { row, value } => tf(
                "error.log.invalid_amount",
                &[
                    ("row", &count(row + 1)),
                    ("value", &format::number(*value, 2)),
                ],
            ),
            RfmError::EmptyCustomerId { row } => {
                tf("error.log.empty_id", &[("row", &count(row + 1))])
            }
            RfmError::HoldoutBeforeCalibration => t("error.log.holdout_before_calibration"),
            RfmError::NoCalibrationCustomers => t("error.log.no_calibration_customers"),
        }
    }
}

/// A clause (no capital, no full stop), as it follows a colon in the model's messages.
impl Explain for Rule {
    fn explain(&self) -> String {
        t(match self {
            Rule::NotFinite => "error.rule.not_finite",
            Rule::NegativeWeight => "error.rule.negative_weight",
            Rule::NegativeTimes => "error.rule.negative_times",
            Rule::RecencyAboveAge => "error.rule.recency_above_age",
            Rule::RecencyWithoutRepeats => "error.rule.recency_without_repeats",
            Rule::RepeatsWithoutRecency => "error.rule.repeats_without_recency",
            Rule::SpendNeedsRepeat => "error.rule.spend_needs_repeat",
            Rule::MeanSpendNotPositive => "error.rule.mean_spend_not_positive",
            Rule::MeanSpendMissing => "error.rule.mean_spend_missing",
            Rule::NoRepeatPurchases => "error.rule.no_repeat_purchases",
            Rule::AllFirstPurchasesOnLastDay => "error.rule.all_first_on_last_day",
            Rule::TimeNotUsable => "error.rule.time_not_usable",
            Rule::ParameterNotPositive => "error.rule.parameter_not_positive",
            Rule::HorizonOutOfRange => "error.rule.horizon_out_of_range",
            Rule::NegativeDiscount => "error.rule.negative_discount",
            Rule::NegativeSpend => "error.rule.negative_spend",
        })
    }
}

/// A noun phrase, as it is named in the overflow message.
impl Explain for Quantity {
    fn explain(&self) -> String {
        t(match self {
            Quantity::LogLikelihood => "error.quantity.log_likelihood",
            Quantity::ExpectedPurchases => "error.quantity.expected_purchases",
            Quantity::CumulativeExpectedPurchases => "error.quantity.cumulative_expected",
            Quantity::DiscountedExpectedPurchases => "error.quantity.discounted_expected",
            Quantity::ProbabilityAlive => "error.quantity.probability_alive",
            Quantity::PurchaseProbability => "error.quantity.purchase_probability",
            Quantity::MeanSpend => "error.quantity.mean_spend",
            Quantity::ExpectedSpend => "error.quantity.expected_spend",
            Quantity::LifetimeValue => "error.quantity.lifetime_value",
        })
    }
}

impl Explain for SpecialError {
    fn explain(&self) -> String {
        match self {
            SpecialError::NonFiniteArgument => t("error.special.non_finite"),
            SpecialError::OutsideDomain { function } => {
                tf("error.special.outside_domain", &[("function", function)])
            }
            SpecialError::NotConverged { function } => {
                tf("error.special.not_converged", &[("function", function)])
            }
            SpecialError::Overflow { function } => {
                tf("error.special.overflow", &[("function", function)])
            }
        }
    }
}

impl Explain for ModelError {
    fn explain(&self) -> String {
        match self {
            ModelError::EmptyData => t("error.model.empty"),
            ModelError::InvalidRow { index, reason } => tf(
                "error.model.invalid_row",
                &[("row", &count(index + 1)), ("reason", &reason.explain())],
            ),
            ModelError::NotIdentifiable { reason } => tf(
                "error.model.not_identifiable",
                &[("reason", &reason.explain())],
            ),
            ModelError::NotConverged {
                iterations,
                log_likelihood,
                ..
            } => tfn(
                "error.model.not_converged",
                &[("iterations", *iterations)],
                &[("ll", &format::number(*log_likelihood, 1))],
            ),
            ModelError::NoFiniteMeanSpend { q } => tf(
                "error.model.no_finite_mean_spend",
                &[("q", &format::number(*q, 3))],
            ),
            // Only a model parameter's name is a symbol worth showing; the other names are
            // English words, and their rules already say which value is meant.
            ModelError::InvalidArgument {
                name,
                reason: reason @ Rule::ParameterNotPositive,
            } => tf(
                "error.model.invalid_argument",
                &[
                    ("name", parameter_symbol(name)),
                    ("reason", &reason.explain()),
                ],
            ),
            ModelError::InvalidArgument { reason, .. } => tf(
                "error.model.invalid_value",
                &[("reason", &reason.explain())],
            ),
            ModelError::Special(e) => e.explain(),
            ModelError::NonFinite { what } => {
                tf("error.model.non_finite", &[("what", &what.explain())])
            }
        }
    }
}

/// A model parameter as the papers write it.
fn parameter_symbol(name: &str) -> &str {
    match name {
        "alpha" => "α",
        "beta" => "β",
        "gamma" => "γ",
        other => other,
    }
}

/// A clause, as it follows "not saved:".
impl Explain for StoreError {
    fn explain(&self) -> String {
        match self {
            StoreError::QuotaExceeded => t("storage.quota"),
            StoreError::Unavailable => t("storage.unavailable"),
            StoreError::Conflict(_) => t("storage.conflict"),
            StoreError::Other(why) => tf("error.store.other", &[("why", why)]),
        }
    }
}

/// A clause, as it follows "not imported:".
impl Explain for DocError {
    fn explain(&self) -> String {
        match self {
            DocError::Invalid(detail) => tf("error.doc.invalid", &[("detail", detail)]),
            DocError::NewerVersion(version) => {
                tf("error.doc.newer", &[("version", &count(version))])
            }
            DocError::NotOurs => t("error.doc.not_ours"),
        }
    }
}

/// A clause, as it follows "cannot be read:".
impl Explain for ReadError {
    fn explain(&self) -> String {
        match self {
            ReadError::Empty => t("error.read.empty"),
            ReadError::Malformed { line, detail } => tf(
                "error.read.malformed",
                &[("line", &count(line)), ("detail", detail)],
            ),
            ReadError::UnclosedQuote { line } => {
                tf("error.read.unclosed_quote", &[("line", &count(line))])
            }
        }
    }
}

impl Explain for MappingError {
    fn explain(&self) -> String {
        match self {
            MappingError::NoName => t("import.need_name"),
            MappingError::Twice(field) => {
                tf("error.mapping.twice", &[("field", &t(&field.label_key()))])
            }
        }
    }
}

/// A clause, as it follows "the chart could not be drawn".
impl Explain for ChartError {
    fn explain(&self) -> String {
        match self {
            ChartError::NoData => t("chart.no_data"),
            ChartError::Drawing(detail) => tf("error.chart.drawing", &[("detail", detail)]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{set_lang, Lang};

    /// A message that fell back to its key, or kept a placeholder, is a missing translation.
    fn assert_said(message: &str) {
        assert!(!message.starts_with("error."), "raw key: {message}");
        assert!(!message.contains('{'), "unfilled placeholder: {message}");
        assert!(!message.is_empty());
    }

    #[test]
    fn a_refused_number_names_its_range_in_the_language_shown() {
        let refused = |spec, found: &str| {
            let error = crate::format::parse_field(spec, found, Lang::En).unwrap_err();
            Message::of(NumberRefused {
                spec,
                error,
                found: found.to_string(),
            })
        };
        set_lang(Lang::En);
        let top = refused(numbers::TOP_SHARE, "0");
        assert_eq!(
            top.text(),
            "Not saved: expected a number from 1 to 100; found “0”."
        );
        assert_eq!(
            refused(numbers::ORDER_PROFIT, "lots").text(),
            "Not saved: expected a number from −1,000,000,000 to 1,000,000,000; found “lots”."
        );
        assert_eq!(
            refused(numbers::LINE_AMOUNT, "-5").text(),
            "Not saved: expected an amount of money from 0 to 10¹⁵, like 1234.50; found “-5”."
        );
        set_lang(Lang::Bg);
        let worded = refused(numbers::ORDER_PROFIT, "lots").text();
        assert!(worded.contains("1\u{a0}000\u{a0}000\u{a0}000"), "{worded}");
        assert_ne!(
            top.text(),
            "Not saved: expected a number from 1 to 100; found “0”."
        );
        set_lang(Lang::En);
    }

    #[test]
    fn every_replaced_setting_is_named_by_its_label() {
        use crate::engine::analysis::sanitise;
        use crate::engine::settings::Settings;
        let nan = f64::NAN;
        let mut s = Settings {
            discount_rate: nan,
            churn_rate: nan,
            life_expectancy: nan,
            max_lifetime_years: nan,
            concentration_threshold: nan,
            hourly_rate: nan,
            pareto_top_share: nan,
            pareto_value_share: nan,
            retention_budget: nan,
            benchmark_churn_rate: Some(nan),
            churn_year: Some(3_000),
            sales_closed: Some(u64::MAX),
            service_cost_benchmark: Some(nan),
            churn_min_at_start: u64::MAX,
            ..Settings::default()
        };
        s.icp.match_threshold = nan;
        let (_, warnings) = sanitise(&s);
        assert_eq!(warnings.len(), 15);
        for w in &warnings {
            let Warning::SettingReplaced { setting, .. } = w else {
                panic!("unexpected warning {w:?}");
            };
            assert_ne!(setting_label(setting), *setting, "no label for {setting}");
        }
        assert_ne!(setting_label("segment churn rate"), "segment churn rate");
    }

    #[test]
    fn every_variant_is_said_in_every_language_with_its_numbers() {
        let errors: Vec<Box<dyn Explain>> = vec![
            Box::new(AcquisitionError::BadSpendLine {
                name: "Fairs".into(),
            }),
            Box::new(ServiceCostError::NoCustomersServed),
            Box::new(LtvError::NeverEnds),
            Box::new(ChurnError::LostExceedsBase { lost: 12, base: 10 }),
            Box::new(CohortError::BadCell {
                year: 2,
                column: CohortColumn::CostRate,
            }),
            Box::new(TierError::NoSuchPyramid { index: 2 }),
            Box::new(TierError::NoData {
                dropped: vec![
                    crate::engine::tiers::DroppedIndicator {
                        position: 0,
                        indicator: crate::engine::settings::Indicator::Named("nps".into()),
                        weight: 1.0,
                        reason: DropReason::NoValues,
                    },
                    crate::engine::tiers::DroppedIndicator {
                        position: 1,
                        indicator: crate::engine::settings::Indicator::Revenue,
                        weight: 2.0,
                        reason: DropReason::NoSpread,
                    },
                ],
            }),
            Box::new(IcpError::NoWeights),
            Box::new(MarketWarning::TooContested {
                per_firm: 12.5,
                minimum: 50.0,
            }),
            Box::new(RfmError::InvalidAmount {
                row: 6,
                value: -3.0,
            }),
            Box::new(ModelError::InvalidRow {
                index: 4,
                reason: Rule::RecencyAboveAge,
            }),
            Box::new(ModelError::NotConverged {
                iterations: 300,
                log_likelihood: -9582.4,
                gradient: 0.1,
            }),
            Box::new(ModelError::InvalidArgument {
                name: "horizon",
                reason: Rule::HorizonOutOfRange,
            }),
            Box::new(ModelError::InvalidArgument {
                name: "alpha",
                reason: Rule::ParameterNotPositive,
            }),
            Box::new(ModelError::NonFinite {
                what: Quantity::LifetimeValue,
            }),
            Box::new(ModelError::Special(SpecialError::Overflow {
                function: "hyp2f1",
            })),
            Box::new(StoreError::Other("denied".into())),
            Box::new(DocError::NewerVersion(9)),
            Box::new(ReadError::Malformed {
                line: 7,
                detail: "unclosed quote".into(),
            }),
            Box::new(ReadError::UnclosedQuote { line: 7 }),
            Box::new(MappingError::Twice(crate::io::fields::Field::Name)),
            Box::new(ChartError::Drawing("font".into())),
        ];
        for lang in Lang::ALL {
            set_lang(lang);
            for e in &errors {
                assert_said(&e.explain());
            }
            assert!(ChurnError::LostExceedsBase { lost: 12, base: 10 }
                .explain()
                .contains("12"));
            assert!(ModelError::InvalidRow {
                index: 4,
                reason: Rule::RecencyAboveAge
            }
            .explain()
            .contains('5'));
            assert!(TierError::NoSuchPyramid { index: 2 }
                .explain()
                .contains('3'));
            // The pyramid without data names each indicator left out, with why.
            let no_data = errors[6].explain();
            assert!(no_data.contains("nps"), "{no_data}");
            assert!(no_data.contains(&tf(
                "error.tier.no_data_same",
                &[("indicator", &t("pyramid.ind_revenue"))]
            )));
            assert!(StoreError::Other("denied".into())
                .explain()
                .contains("denied"));
        }
        set_lang(Lang::Es);
        let spanish = ChurnError::NoCustomersAtStart.explain();
        set_lang(Lang::En);
        assert_ne!(spanish, ChurnError::NoCustomersAtStart.explain());
    }
}
