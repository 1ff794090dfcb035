//! One module per view of the page; each renders the engine's analysis of the open list.

pub mod economics;
pub mod history;
pub mod keeping;
pub mod lifetime;
pub mod overview;
pub mod pareto;
pub mod prospects;
pub mod pyramid;
pub mod settings;
pub mod targets;
