//! The core's storage, one test binary: the SQLite file, its backups and recovery, hostile
//! files, the desktop settings, and the shape rules of the code (SQL only in `repo/`, no
//! import cycles). Each subject is a module.

#[path = "../common/mod.rs"]
mod common;

mod cycles;
mod desktop;
mod frozen;
mod hostile;
mod hostile_restore;
mod locking;
mod safekeeping;
mod sql_home;
mod store;
mod sync;
mod sync_converges;
