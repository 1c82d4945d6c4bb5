//! Loads her diary over a range into the insights' days: pain, exercise the day before,
//! calcium, sleep, mood and her tags.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::{Day, Tag};
use crate::error::Result;
use crate::trends::{Daily, Range};

/// Her diary over `range` as the insights read it: each day's pain, exercise the day before,
/// calcium, sleep, mood and tags, and her tags in use.
pub fn days(conn: &rusqlite::Connection, range: Range) -> Result<(Vec<Day>, Vec<Tag>)> {
    // One day before the range, for the exercise of the day before its first day.
    let start = range.from - Days::new(1);
    let daily = Daily::load(conn, start, range.len() + 1)?;
    let factors: HashMap<NaiveDate, (Option<f64>, Option<u8>)> =
        crate::repo::factors::factor_days(conn, range.from, range.to)?
            .into_iter()
            .map(|(date, sleep, mood)| (date, (sleep, mood)))
            .collect();
    let mut tagged: HashMap<NaiveDate, Vec<i64>> = HashMap::new();
    for (date, tag) in crate::repo::tags::tag_days(conn, range.from, range.to)? {
        tagged.entry(date).or_default().push(tag);
    }
    let tags: Vec<Tag> = crate::repo::tags::active_tags(conn)?.into_iter().map(|(id, name)| Tag { id, name }).collect();
    let days: Vec<Day> = (1..daily.pain.len())
        .map(|i| {
            let date = start + Days::new(i as u64);
            let (sleep_hours, mood) = factors.get(&date).copied().unwrap_or_default();
            Day {
                date,
                pain: daily.pain[i].map(|p| f64::from(p.sum) / f64::from(p.count)),
                exercise_day_before: daily.exercise[i - 1],
                calcium_mg: daily.calcium[i],
                sleep_hours,
                mood,
                tags: tagged.remove(&date).unwrap_or_default(),
            }
        })
        .collect();
    Ok((days, tags))
}
