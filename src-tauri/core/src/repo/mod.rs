//! The one home for SQL: plain functions over `&Connection`, grouped by table. Nothing else in
//! the core writes SQL (`tests/storage/sql_home.rs` checks); domain modules (summary, safety, trends,
//! reminders, transfer) take the data these functions return. The `Store` owns the lock.

pub mod entries;
pub mod factors;
pub mod meta;
pub mod profile;
pub mod record;
pub mod red_flags;
pub mod reminders;
pub mod settings;
pub mod sqlcipher;
pub mod sync;
pub mod tags;
