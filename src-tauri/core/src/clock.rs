//! The one source of "now", injectable so tests never depend on the real date or sleep.

use chrono::{DateTime, Local, NaiveDate, SecondsFormat, Utc};

/// Tells the current local time.
pub trait Clock: Send + Sync {
    /// Now, in the user's time zone.
    fn now(&self) -> DateTime<Local>;

    /// Today's local calendar date.
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Now as an RFC 3339 UTC timestamp, for created/updated columns.
    fn timestamp(&self) -> String {
        self.now().with_timezone(&Utc).to_rfc3339_opts(SecondsFormat::Millis, true)
    }
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Local> {
        Local::now()
    }
}

/// A clock stopped at one moment, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Local>);

impl FixedClock {
    /// Stopped at noon local time on `y-m-d`.
    pub fn noon(y: i32, m: u32, d: u32) -> Self {
        use chrono::TimeZone;
        let naive = NaiveDate::from_ymd_opt(y, m, d).expect("valid date").and_hms_opt(12, 0, 0).expect("valid time");
        FixedClock(Local.from_local_datetime(&naive).single().expect("noon exists in every zone"))
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Local> {
        self.0
    }
}

/// A clock tests can move, shared between clones.
#[derive(Debug, Clone)]
pub struct ManualClock(std::sync::Arc<std::sync::Mutex<DateTime<Local>>>);

impl ManualClock {
    /// Starts at local `y-m-d h:min`.
    pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> Self {
        let clock = ManualClock(std::sync::Arc::new(std::sync::Mutex::new(Local::now())));
        clock.set(y, m, d, h, min);
        clock
    }

    /// Moves to local `y-m-d h:min`.
    pub fn set(&self, y: i32, m: u32, d: u32, h: u32, min: u32) {
        use chrono::TimeZone;
        let naive = NaiveDate::from_ymd_opt(y, m, d).expect("valid date").and_hms_opt(h, min, 0).expect("valid time");
        *self.0.lock().unwrap() = Local.from_local_datetime(&naive).earliest().expect("a local time");
    }

    /// Moves forward by `minutes`.
    pub fn advance(&self, minutes: i64) {
        let mut now = self.0.lock().unwrap();
        *now += chrono::Duration::minutes(minutes);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Local> {
        *self.0.lock().unwrap()
    }
}
