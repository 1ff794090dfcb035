//! Probabilistic customer lifetime value ("buy till you die") for Value Pyramid.
//!
//! Pure calculations, no I/O: purchase rows → per-customer RFM summary ([`rfm`]) →
//! BG/NBD ([`bgnbd`]) or Pareto/NBD ([`paretonbd`]) purchase models and the Gamma-Gamma spend
//! model ([`gammagamma`]) fitted by maximum likelihood ([`fitting`]) → per-customer
//! predictions and discounted CLV ([`clv`]). Special functions live in [`special`].
//!
//! Time: every rate and time parameter is in the [`rfm::TimeUnit`] the summary was built with
//! (days, weeks or months of 365.25/12 days). Money: the currency of the purchase amounts.

// Every public item carries a doc comment with its unit; keep it that way.
#![warn(missing_docs)]

pub mod bgnbd;
pub mod clv;
pub mod fitting;
pub mod gammagamma;
pub mod paretonbd;
pub mod report;
pub mod rfm;
pub mod special;
