//! Value Pyramid: a customer value and lifetime calculator that runs entirely in the browser.
//!
//! Layers, with data flowing one way (see ARCHITECTURE.md of the project):
//! - [`engine`]: the calculations and the data model; no web or UI dependency.
//! - [`io`]: text and files into model types and back; versioned persistence.
//! - [`chart`]: results drawn as SVG strings with plotters.
//! - [`app`]: the Leptos page, which renders state and forwards input.

pub mod app;
pub mod chart;
pub mod engine;
pub mod format;
pub mod i18n;
pub mod io;
pub mod lists;
pub mod table_query;
