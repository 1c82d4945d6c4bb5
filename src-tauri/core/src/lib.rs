//! Mend's domain, with no Tauri in it: what is recorded (`model`), how untrusted input becomes
//! valid entries (`input`), where and how it is stored (`db`, `store`), and what a day adds up
//! to (`summary`). Everything here runs on an in-memory SQLite database in tests.

pub mod api;
pub mod backup;
pub mod catalog;
pub mod chart;
pub mod cipher;
pub mod clock;
pub mod damage;
pub mod dates;
pub mod db;
pub mod demo;
pub mod desktop;
pub mod error;
pub mod factors;
pub mod facts;
pub mod files;
pub mod guidance;
pub mod history;
pub mod i18n;
pub mod input;
pub mod insights;
pub mod integrity;
pub mod model;
pub mod notice;
pub mod platform;
pub mod reminders;
pub mod repo;
pub mod report;
pub mod requests;
pub mod safety;
pub mod schema;
pub mod store;
pub mod summary;
pub mod sync;
pub mod text;
pub mod transfer;
pub mod trends;
pub mod vocab;

pub use error::{Error, Result};
pub use repo::record;
pub use store::Store;
