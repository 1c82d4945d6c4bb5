//! When a reminder is due: pure logic over the time, the reminder's settings and state, and a
//! few facts about the log. No clock of its own and no sleeping, so tests drive it with any
//! time they like.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::guidance::{Condition, Schedule};

/// A slot missed longer ago than this is stale and skipped (so last night's "log today's
/// pain" does not greet you at breakfast). Ten hours still covers a night of quiet hours.
pub const STALE_AFTER: Duration = Duration::hours(10);

/// The stored state of one reminder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub enabled: bool,
    /// The last slot a notification went out for.
    pub last_slot: Option<NaiveDateTime>,
    /// The last slot the user dismissed (or acted on).
    pub acknowledged: Option<NaiveDateTime>,
    pub snoozed_until: Option<NaiveDateTime>,
}

/// What the log says, for conditional reminders.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LogFacts {
    pub calcium_today: bool,
    pub last_exercise: Option<NaiveDate>,
}

/// Quiet hours: no notifications from `start` until `end` (which may be past midnight).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quiet {
    pub enabled: bool,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Quiet {
    /// Whether `t` falls in the quiet hours.
    pub fn contains(&self, t: NaiveTime) -> bool {
        if !self.enabled || self.start == self.end {
            return false;
        }
        if self.start < self.end {
            t >= self.start && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }
}

/// The slot a reminder is currently in: the moment it last became due, if that still applies.
pub fn current_slot(
    schedule: &Schedule,
    now: NaiveDateTime,
    running_since: NaiveDateTime,
    facts: LogFacts,
) -> Option<NaiveDateTime> {
    let today = now.date();
    let at = |time: &str| NaiveTime::parse_from_str(time, "%H:%M").ok().map(|t| today.and_time(t));
    match schedule {
        Schedule::Daily { time } => {
            let slot = at(time)?;
            let slot = if slot <= now { slot } else { slot - Duration::days(1) };
            (now - slot <= STALE_AFTER).then_some(slot)
        }
        Schedule::Interval { minutes } => {
            let every = Duration::minutes(i64::from(*minutes).max(1));
            let periods = (now - running_since).num_seconds() / every.num_seconds();
            (periods >= 1).then(|| running_since + every * periods as i32)
        }
        Schedule::Condition { condition, time, days } => {
            let slot = at(time).filter(|slot| *slot <= now)?;
            let holds = match condition {
                Condition::NoCalciumToday => !facts.calcium_today,
                Condition::NoExerciseDays => {
                    let window = i64::from(days.unwrap_or(3).max(1));
                    facts.last_exercise.is_none_or(|last| (today - last).num_days() >= window)
                }
            };
            holds.then_some(slot)
        }
    }
}

/// What to do with one reminder now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing new.
    None,
    /// Send a notification for this slot (and remember it was sent).
    Notify(NaiveDateTime),
}

/// Decides whether to notify, given the reminder's current slot.
pub fn decide(state: &State, slot: Option<NaiveDateTime>, now: NaiveDateTime, quiet: Quiet) -> Action {
    if !state.enabled || quiet.contains(now.time()) {
        return Action::None;
    }
    let Some(slot) = slot else { return Action::None };
    if let Some(until) = state.snoozed_until {
        // A snooze that has run out brings the reminder back once.
        return if now >= until { Action::Notify(slot) } else { Action::None };
    }
    if state.last_slot.is_none_or(|last| slot > last) {
        Action::Notify(slot)
    } else {
        Action::None
    }
}

/// Whether the in-app banner shows: notified, not yet dismissed, not snoozed, still applies.
pub fn shows_banner(state: &State, slot: Option<NaiveDateTime>, now: NaiveDateTime) -> bool {
    state.enabled
        && slot.is_some()
        && state.snoozed_until.is_none_or(|until| now >= until)
        && match (state.last_slot, state.acknowledged) {
            (Some(last), Some(ack)) => last > ack,
            (Some(_), None) => true,
            (None, _) => false,
        }
}

/// When a reminder will next ask for attention after `now`, if it is on: its next slot (a
/// conditional one is checked then), a snooze's end, and never inside quiet hours, where
/// it waits until they end. Shown in the tray menu, so she can see reminders still coming.
pub fn next_time(
    schedule: &Schedule,
    state: &State,
    now: NaiveDateTime,
    running_since: NaiveDateTime,
    quiet: Quiet,
) -> Option<NaiveDateTime> {
    if !state.enabled {
        return None;
    }
    let next_at = |time: &str| {
        let t = NaiveTime::parse_from_str(time, "%H:%M").ok()?;
        let today = now.date().and_time(t);
        Some(if today > now { today } else { today + Duration::days(1) })
    };
    let slot = match schedule {
        Schedule::Daily { time } | Schedule::Condition { time, .. } => next_at(time)?,
        Schedule::Interval { minutes } => {
            let every = Duration::minutes(i64::from(*minutes).max(1));
            let periods = (now - running_since).num_seconds().max(0) / every.num_seconds();
            running_since + every * (periods as i32 + 1)
        }
    };
    let slot = state.snoozed_until.filter(|until| *until > now).map_or(slot, |until| until.min(slot));
    Some(after_quiet(slot, quiet))
}

/// `t`, or the end of the quiet hours it falls in.
fn after_quiet(t: NaiveDateTime, quiet: Quiet) -> NaiveDateTime {
    if !quiet.contains(t.time()) {
        return t;
    }
    let end = t.date().and_time(quiet.end);
    if end > t {
        end
    } else {
        end + Duration::days(1)
    }
}
