//! The core's domain, one test binary: what a day, a chart, an insight, a report and the
//! guidance say, in every language, and how loose input is judged. Each subject is a module.

#[path = "../common/mod.rs"]
mod common;
mod report_support;

mod charts;
mod charts_zh;
mod factors;
mod guidance;
mod history;
mod i18n;
mod insights;
mod insights_zh;
mod reminders;
mod report;
mod report_zh;
mod safety;
mod summary;
mod trends;
mod validation;
