//! Settings every calculation reads; saved with each list (DOMAIN.md: "default" numbers are
//! editable settings, not constants).

use serde::{Deserialize, Serialize};

/// Where the company stands; sets the weights of the relationship score (DOMAIN.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CompanyStage {
    #[default]
    Startup,
    Growth,
    Mature,
}

/// Weights of explicit value, market-share value and brand value in the relationship score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StageWeights {
    pub explicit: f64,
    pub share: f64,
    pub brand: f64,
}

impl CompanyStage {
    /// The preset weights of DOMAIN.md §4 (before normalising to sum 1).
    pub fn preset(self) -> StageWeights {
        let (explicit, share, brand) = match self {
            CompanyStage::Startup => (0.7, 0.2, 0.1),
            CompanyStage::Growth => (0.4, 0.45, 0.15),
            CompanyStage::Mature => (0.4, 0.2, 0.4),
        };
        StageWeights { explicit, share, brand }
    }
}

/// When a customer's acquisition cost counts against profit (DOMAIN.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AcquisitionCharge {
    /// All of it in the year the customer was won.
    #[default]
    YearWon,
    /// Spread evenly over the customer's expected lifetime.
    SpreadOverLifetime,
}

/// When discounting starts (DOMAIN.md §12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DiscountConvention {
    /// profit_t ÷ (1 + d)^(t−1): the first year is not discounted.
    #[default]
    FirstYearUndiscounted,
    /// profit_t ÷ (1 + d)^t: every year is discounted, the first one too.
    EndOfYear,
}

/// The settings of one list. Every field has a default, so older documents load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// ISO 4217 code of the list's currency.
    pub currency: String,
    pub company_stage: CompanyStage,
    /// Relationship-score weights; start from the stage preset and may be edited.
    pub weights: StageWeights,
    pub acquisition_charge: AcquisitionCharge,
    /// Yearly discount rate as a fraction.
    pub discount_rate: f64,
    pub discount_convention: DiscountConvention,
    /// Life expectancy in years, for the lifetime view by age (DOMAIN.md §4).
    pub life_expectancy: f64,
    /// How many customers the company can serve well (DOMAIN.md §5).
    pub capacity: usize,
    /// Revenue share at or above which a customer is a concentration risk (DOMAIN.md §6).
    pub concentration_threshold: f64,
    /// Price of one hour of implicit cost, money per hour.
    pub hourly_rate: f64,
    /// Yearly churn used where a customer's own expected relationship is needed (DOMAIN.md §10).
    pub churn_rate: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            currency: "EUR".into(),
            company_stage: CompanyStage::Startup,
            weights: CompanyStage::Startup.preset(),
            acquisition_charge: AcquisitionCharge::YearWon,
            discount_rate: 0.08,
            discount_convention: DiscountConvention::FirstYearUndiscounted,
            life_expectancy: 80.0,
            capacity: 100,
            concentration_threshold: 0.25,
            hourly_rate: 50.0,
            churn_rate: 0.2,
        }
    }
}
