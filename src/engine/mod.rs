//! The calculations of DOMAIN.md and the model they work on. Nothing here knows about the web.

pub mod model;
pub mod settings;
