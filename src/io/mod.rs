//! Turning text and files into model types and back, and keeping them in storage.

pub mod csv_import;
pub mod csv_reading;
pub mod demo;
pub mod encoding;
pub mod export;
pub mod fields;
pub mod import_session;
pub mod json_lists;
pub mod number;
pub mod predictions;
pub mod purchase_log;
pub mod store;
