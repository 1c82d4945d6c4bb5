//! Reminders drawn from the guidance: each is declared in an article's front matter, can be
//! turned on or off and retimed in Settings, and is delivered once per slot as a desktop
//! notification plus an in-app banner until dismissed or snoozed. Quiet hours hold
//! notifications back. All state lives in SQLite, so nothing fires twice across restarts.

pub mod schedule;

use chrono::{Duration, NaiveDateTime, NaiveTime};
use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::guidance::{library_in, ReminderDef, Schedule};
use crate::i18n::Lang;
use crate::requests::{QuietHoursChange, ReminderChange};
use schedule::{current_slot, decide, next_time, shows_banner, Action, LogFacts, Quiet, State};

/// A reminder as Settings and the banner show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    pub id: String,
    pub article_id: String,
    pub article_title: String,
    pub title: String,
    pub text: String,
    /// The schedule in force, with the user's time or interval.
    pub schedule: Schedule,
    pub enabled: bool,
    pub enabled_by_default: bool,
}

/// Quiet hours as stored and shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuietHours {
    pub enabled: bool,
    pub start: String,
    pub end: String,
}

impl QuietHours {
    fn rule(&self) -> Quiet {
        let t = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").unwrap_or(NaiveTime::MIN);
        Quiet { enabled: self.enabled, start: t(&self.start), end: t(&self.end) }
    }
}

/// Every reminder declared in the guidance in `lang`, with the article it comes from. Each
/// language declares the same reminders with the same ids and schedules (a test checks it),
/// so the stored state is shared; only the words differ.
fn declared(lang: Lang) -> impl Iterator<Item = (&'static crate::guidance::Article, &'static ReminderDef)> {
    library_in(lang).iter().flat_map(|a| a.meta.reminders.iter().map(move |r| (a, r)))
}

fn find(lang: Lang, id: &str) -> Result<(&'static crate::guidance::Article, &'static ReminderDef)> {
    declared(lang)
        .find(|(_, r)| r.id == id)
        .ok_or_else(|| Error::NotFound(crate::i18n::Msg::new("err-no-reminder").arg("id", crate::text::clip(id))))
}

/// A reminder's stored row: state plus the user's time or interval.
struct Row {
    state: State,
    time: Option<String>,
    minutes: Option<u32>,
}

fn row(conn: &Connection, def: &ReminderDef) -> Result<Row> {
    Ok(match crate::repo::reminders::read(conn, &def.id)? {
        Some(r) => Row {
            state: State {
                enabled: r.enabled,
                last_slot: r.last_slot,
                acknowledged: r.acknowledged,
                snoozed_until: r.snoozed_until,
            },
            time: r.time,
            minutes: r.minutes,
        },
        None => Row { state: State { enabled: def.enabled, ..State::default() }, time: None, minutes: None },
    })
}

fn effective(def: &ReminderDef, row: &Row) -> Schedule {
    match (&def.schedule, &row.time, row.minutes) {
        (Schedule::Daily { .. }, Some(t), _) => Schedule::Daily { time: t.clone() },
        (Schedule::Condition { condition, days, .. }, Some(t), _) => {
            Schedule::Condition { condition: *condition, time: t.clone(), days: *days }
        }
        (Schedule::Interval { .. }, _, Some(m)) => Schedule::Interval { minutes: m },
        (s, _, _) => s.clone(),
    }
}

fn view(article: &crate::guidance::Article, def: &ReminderDef, row: &Row) -> Reminder {
    Reminder {
        id: def.id.clone(),
        article_id: article.meta.id.clone(),
        article_title: article.meta.title.clone(),
        title: def.title.clone(),
        text: def.text.clone(),
        schedule: effective(def, row),
        enabled: row.state.enabled,
        enabled_by_default: def.enabled,
    }
}

fn save(conn: &Connection, id: &str, row: &Row, now: &str) -> Result<()> {
    let stored = crate::repo::reminders::StateRow {
        enabled: row.state.enabled,
        time: row.time.clone(),
        minutes: row.minutes,
        last_slot: row.state.last_slot,
        acknowledged: row.state.acknowledged,
        snoozed_until: row.state.snoozed_until,
    };
    crate::repo::reminders::write(conn, id, &stored, now)
}

/// Every reminder with its settings, in English (see `list_in`).
pub fn list(conn: &Connection) -> Result<Vec<Reminder>> {
    list_in(conn, Lang::En)
}

/// Every reminder with its settings, in `lang`.
pub fn list_in(conn: &Connection, lang: Lang) -> Result<Vec<Reminder>> {
    declared(lang).map(|(a, def)| Ok(view(a, def, &row(conn, def)?))).collect()
}

/// Changes one reminder, answering in English (see `update_in`).
pub fn update(conn: &Connection, id: &str, change: &ReminderChange, now: &str) -> Result<Reminder> {
    update_in(conn, Lang::En, id, change, now)
}

/// Changes one reminder: on or off, its time (daily and conditional ones) or its interval;
/// returns it in `lang`.
pub fn update_in(conn: &Connection, lang: Lang, id: &str, change: &ReminderChange, now: &str) -> Result<Reminder> {
    let (article, def) = find(lang, id)?;
    let mut r = row(conn, def)?;
    r.state.enabled = change.enabled.unwrap_or(r.state.enabled);
    match def.schedule {
        Schedule::Interval { .. } => r.minutes = change.minutes.or(r.minutes),
        _ => r.time = change.time.clone().or(r.time),
    }
    save(conn, &def.id, &r, now)?;
    Ok(view(article, def, &r))
}

/// The log facts conditional reminders look at.
fn facts(conn: &Connection, now: NaiveDateTime) -> Result<LogFacts> {
    let today = now.date();
    use crate::model::EntryKind;
    let calcium_today = crate::repo::entries::any_on(conn, EntryKind::Calcium, today)?;
    let last_exercise = crate::repo::entries::last_on_or_before(conn, EntryKind::Exercise, today)?;
    Ok(LogFacts { calcium_today, last_exercise })
}

/// Advances every reminder to `now`: returns those to notify (each once per slot) and records
/// that they were sent, in one transaction.
pub fn tick(
    conn: &mut Connection,
    lang: Lang,
    now: NaiveDateTime,
    running_since: NaiveDateTime,
    stamp: &str,
) -> Result<Vec<Reminder>> {
    let quiet = quiet_hours(conn)?.rule();
    let facts = facts(conn, now)?;
    let tx = conn.transaction()?;
    let mut due = Vec::new();
    for (article, def) in declared(lang) {
        let mut r = row(&tx, def)?;
        let schedule = effective(def, &r);
        let slot = current_slot(&schedule, now, running_since, facts);
        if let Action::Notify(slot) = decide(&r.state, slot, now, quiet) {
            r.state.last_slot = Some(r.state.last_slot.map_or(slot, |last| last.max(slot)));
            r.state.snoozed_until = None;
            save(&tx, &def.id, &r, stamp)?;
            due.push(view(article, def, &r));
        }
    }
    tx.commit()?;
    Ok(due)
}

/// The reminder that will next ask for attention after `now`, and when: for the tray menu.
pub fn next(
    conn: &Connection,
    lang: Lang,
    now: NaiveDateTime,
    running_since: NaiveDateTime,
) -> Result<Option<(NaiveDateTime, Reminder)>> {
    let quiet = quiet_hours(conn)?.rule();
    let mut soonest: Option<(NaiveDateTime, Reminder)> = None;
    for (article, def) in declared(lang) {
        let r = row(conn, def)?;
        if let Some(at) = next_time(&effective(def, &r), &r.state, now, running_since, quiet) {
            if soonest.as_ref().is_none_or(|(t, _)| at < *t) {
                soonest = Some((at, view(article, def, &r)));
            }
        }
    }
    Ok(soonest)
}

/// Reminders whose banner shows now.
pub fn banners(
    conn: &Connection,
    lang: Lang,
    now: NaiveDateTime,
    running_since: NaiveDateTime,
) -> Result<Vec<Reminder>> {
    let facts = facts(conn, now)?;
    let mut out = Vec::new();
    for (article, def) in declared(lang) {
        let r = row(conn, def)?;
        let slot = current_slot(&effective(def, &r), now, running_since, facts);
        if shows_banner(&r.state, slot, now) {
            out.push(view(article, def, &r));
        }
    }
    Ok(out)
}

/// Hides a reminder's banner until its next slot.
pub fn dismiss(conn: &Connection, id: &str, stamp: &str) -> Result<()> {
    let (_, def) = find(Lang::En, id)?;
    let mut r = row(conn, def)?;
    r.state.acknowledged = r.state.last_slot;
    r.state.snoozed_until = None;
    save(conn, &def.id, &r, stamp)
}

/// Brings a reminder back after `minutes` (1–1,440).
pub fn snooze(conn: &Connection, id: &str, minutes: u32, now: NaiveDateTime, stamp: &str) -> Result<()> {
    let (_, def) = find(Lang::En, id)?;
    let mut r = row(conn, def)?;
    r.state.snoozed_until = Some(now + Duration::minutes(minutes.into()));
    save(conn, &def.id, &r, stamp)
}

const QUIET_DEFAULT: (&str, &str) = ("22:00", "07:00");

/// The quiet hours (on, 22:00–07:00, until changed).
pub fn quiet_hours(conn: &Connection) -> Result<QuietHours> {
    let get = |key: &str| crate::repo::settings::get(conn, key);
    Ok(QuietHours {
        enabled: get("quiet.enabled")?.is_none_or(|v| v == "1"),
        start: get("quiet.start")?.unwrap_or_else(|| QUIET_DEFAULT.0.into()),
        end: get("quiet.end")?.unwrap_or_else(|| QUIET_DEFAULT.1.into()),
    })
}

/// Saves the quiet hours, all three settings in one transaction.
pub fn save_quiet_hours(conn: &mut Connection, change: &QuietHoursChange) -> Result<QuietHours> {
    let tx = conn.transaction()?;
    let q = write_quiet_hours(&tx, change)?;
    tx.commit()?;
    Ok(q)
}

/// Writes quiet hours inside the caller's transaction.
pub fn write_quiet_hours(conn: &Connection, change: &QuietHoursChange) -> Result<QuietHours> {
    let current = quiet_hours(conn)?;
    let q = QuietHours {
        enabled: change.enabled.unwrap_or(current.enabled),
        start: change.start.clone().unwrap_or(current.start),
        end: change.end.clone().unwrap_or(current.end),
    };
    let enabled = if q.enabled { "1" } else { "0" };
    for (key, value) in [("quiet.enabled", enabled), ("quiet.start", &q.start), ("quiet.end", &q.end)] {
        crate::repo::settings::set(conn, key, value)?;
    }
    Ok(q)
}

/// Every reminder's settings, for export: `{ id, enabled, time?, minutes? }`.
pub fn settings(conn: &Connection) -> Result<Vec<Value>> {
    Ok(list(conn)?
        .into_iter()
        .map(|r| {
            let mut v = serde_json::json!({ "id": r.id, "enabled": r.enabled });
            match r.schedule {
                Schedule::Interval { minutes } => v["minutes"] = minutes.into(),
                Schedule::Daily { time } | Schedule::Condition { time, .. } => v["time"] = time.into(),
            }
            v
        })
        .collect())
}

/// What reminders need while her diary is locked: each one's settings and the last slot sent,
/// and the quiet hours. Settings, not her words: it is kept beside the key file so the tray
/// still reminds her before she unlocks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    reminders: Vec<Planned>,
    quiet: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Planned {
    id: String,
    enabled: bool,
    time: Option<String>,
    minutes: Option<u32>,
    last_slot: Option<NaiveDateTime>,
}

/// The plan of the diary open on `conn`.
pub fn plan(conn: &Connection) -> Result<Plan> {
    let quiet = quiet_hours(conn)?;
    let reminders = declared(Lang::En)
        .map(|(_, def)| {
            let r = row(conn, def)?;
            Ok(Planned {
                id: def.id.clone(),
                enabled: r.state.enabled,
                time: r.time,
                minutes: r.minutes,
                last_slot: r.state.last_slot,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Plan { reminders, quiet: quiet.enabled.then_some((quiet.start, quiet.end)) })
}

/// Advances the plan to `now` while the diary is locked: the daily and interval reminders to
/// notify (their words are Mend's own, from the guidance). A reminder whose condition reads
/// her log ("no calcium logged today") waits: it cannot be judged, and what it would say
/// comes from her data. The slots sent are kept in the plan (in memory).
pub fn tick_locked(plan: &mut Plan, lang: Lang, now: NaiveDateTime, running_since: NaiveDateTime) -> Vec<Reminder> {
    let quiet = match &plan.quiet {
        Some((start, end)) => QuietHours { enabled: true, start: start.clone(), end: end.clone() }.rule(),
        None => QuietHours { enabled: false, start: String::new(), end: String::new() }.rule(),
    };
    let mut due = Vec::new();
    for (article, def) in declared(lang) {
        if matches!(def.schedule, Schedule::Condition { .. }) {
            continue;
        }
        let Some(planned) = plan.reminders.iter_mut().find(|p| p.id == def.id) else { continue };
        let mut r = Row {
            state: State { enabled: planned.enabled, last_slot: planned.last_slot, ..State::default() },
            time: planned.time.clone(),
            minutes: planned.minutes,
        };
        let slot = current_slot(&effective(def, &r), now, running_since, LogFacts::default());
        if let Action::Notify(slot) = decide(&r.state, slot, now, quiet) {
            planned.last_slot = Some(planned.last_slot.map_or(slot, |last| last.max(slot)));
            r.state.last_slot = planned.last_slot;
            due.push(view(article, def, &r));
        }
    }
    due
}
