//! Value Pyramid's valuation engine: pure calculations from a customer list and its settings
//! to every number the page shows. No web or UI dependency. Which module computes which part
//! of the method is listed in `docs/domain-map.md`.
//!
//! Conventions: money is in the list's currency; rates are fractions (0.2 = 20 %); a period
//! is a year. Nothing returns NaN or infinity: undefined cases are typed errors or documented
//! defined values.

pub mod acquisition;
pub mod analysis;
pub mod btyd;
pub mod churn;
pub mod cohort;
pub mod concentration;
pub mod delivered;
pub mod icp;
pub mod keeping;
pub mod keys;
pub mod lifecycle;
pub mod list_figures;
pub mod ltv;
pub mod market;
pub mod measured_churn;
pub mod model;
pub mod numbers;
pub mod numeric;
pub mod pareto;
pub mod pause;
pub mod profiles;
pub mod profit;
#[cfg(test)]
mod properties;
pub mod prospects;
pub mod relationship;
pub mod results;
pub mod retention;
pub mod seed_checks;
pub mod service_cost;
pub mod settings;
#[cfg(test)]
mod share_properties;
pub mod shares;
pub mod targets;
pub mod text;
pub mod tiers;
#[doc(hidden)]
pub mod tolerance;
