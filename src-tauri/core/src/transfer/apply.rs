//! Applying an import: every entry, tag and setting the file brings, in one transaction, with
//! those already present recognised and counted, never added twice; and the report of what
//! was (or, as a dry run, would be) changed.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::{Counts, Incoming, Item, Report};
use crate::error::Result;
use crate::i18n::{Lang, Msg};
use crate::record::Record;

/// The data fields of an entry, as a key for recognising one already present.
fn key<T: Record>(entry: &T) -> String {
    serde_json::to_string(entry).expect("entries serialize")
}

/// Inserts the items not already present; returns (added, duplicates).
///
/// Two glasses of milk on one day are two entries, so an entry is "already present" only when
/// it really is the same one: by its identity (its data and `createdAt`) when the file carries
/// one, as every Mend export does; otherwise by counting, so that a file with the same line
/// twice, against one such entry in the diary, adds one. Importing the same file twice adds
/// nothing either way.
fn add<T: Record>(conn: &Connection, items: &[Item<T>], now: &str) -> Result<(usize, usize)> {
    let present = crate::repo::entries::all_by_id::<T>(conn)?;
    let mut ids: HashSet<i64> = present.iter().map(|s| s.id).collect();
    let stamped: HashSet<(String, String)> = present.iter().map(|s| (key(&s.entry), s.created_at.clone())).collect();
    // Entries in the diary not yet matched by a line of the file, by their data.
    let mut unmatched: HashMap<String, usize> = HashMap::new();
    for s in &present {
        *unmatched.entry(key(&s.entry)).or_default() += 1;
    }
    let (mut added, mut duplicates) = (0, 0);
    for item in items {
        let k = key(&item.entry);
        let left = unmatched.get(&k).copied().unwrap_or(0);
        let present = match &item.created_at {
            Some(created) => stamped.contains(&(k.clone(), created.clone())),
            None => left > 0,
        };
        if present {
            // One entry of the diary answers for one line of the file, never for two.
            if left > 0 {
                unmatched.insert(k, left - 1);
            }
            duplicates += 1;
            continue;
        }
        // Keep the file's id where it is free, so a round trip gives back the same ids.
        let id = item.id.filter(|id| !ids.contains(id));
        if let Some(id) = id {
            ids.insert(id);
        }
        let created = item.created_at.clone().unwrap_or_else(|| now.to_owned());
        let updated = item.updated_at.clone().unwrap_or_else(|| created.clone());
        crate::repo::entries::insert_as(conn, id, &item.entry, &created, &updated)?;
        added += 1;
    }
    Ok((added, duplicates))
}

/// Applies `incoming` in one transaction (rolled back for a dry run). The profile is set only
/// when none has been saved yet, so an import never overwrites the one in use.
pub fn apply(conn: &mut Connection, incoming: &Incoming, dry_run: bool, now: &str, lang: Lang) -> Result<Report> {
    let tx = conn.transaction()?;
    let (pain, d1) = add(&tx, &incoming.pain, now)?;
    let (exercise, d2) = add(&tx, &incoming.exercise, now)?;
    let (calcium, d3) = add(&tx, &incoming.calcium, now)?;
    let extras = &incoming.extras;
    let mut report = Report {
        added: Counts { pain, exercise, calcium },
        duplicates: d1 + d2 + d3,
        dry_run,
        source: extras.app.map(|a| a.name().to_owned()),
        scales: extras.scales.clone(),
        not_imported: extras.skipped.clone(),
        needs_map: extras.needs_map.clone(),
        ..Report::default()
    };
    if let Some(p) = &incoming.profile {
        if crate::repo::profile::read(&tx)?.is_none() {
            crate::repo::profile::write(&tx, p, now)?;
            report.profile_set = true;
        }
    }
    let before = crate::reminders::list(&tx)?;
    for (id, change) in &incoming.reminders {
        let after = crate::reminders::update(&tx, id, change, now)?;
        report.reminder_settings += 1;
        let was = before.iter().find(|r| r.id == after.id);
        if was.is_none_or(|r| (r.enabled, &r.schedule) != (after.enabled, &after.schedule)) {
            report.reminders_changed.push(describe_reminder(&after).render(lang));
        }
    }
    if let Some(q) = &incoming.quiet_hours {
        let was = crate::reminders::quiet_hours(&tx)?;
        let now_set = crate::reminders::write_quiet_hours(&tx, q)?;
        if now_set != was {
            report.quiet_hours_changed = Some(if now_set.enabled {
                format!("{}–{}", now_set.start, now_set.end)
            } else {
                Msg::new("import-quiet-hours-off").render(lang)
            });
        }
    }
    for (date, flag) in &incoming.red_flags {
        report.red_flags_added += crate::repo::red_flags::add(&tx, *date, flag, now)?;
    }
    add_factors(&tx, incoming, &mut report, now)?;
    if dry_run {
        tx.rollback()?;
    } else {
        tx.commit()?;
    }
    Ok(report)
}

/// Sets sleep and mood where the day has none of that kind (hers is never overwritten; a
/// different value counts as already present), then her tags and the days they were true on.
fn add_factors(conn: &Connection, incoming: &Incoming, report: &mut Report, now: &str) -> Result<()> {
    use crate::repo::{factors, tags};
    for (date, sleep, mood) in &incoming.days {
        let (had_sleep, had_mood) = factors::on(conn, *date)?;
        match (sleep, had_sleep) {
            (Some(s), None) => {
                factors::set_sleep(conn, *date, Some(s.half_hours()), now)?;
                report.day_factors_added += 1;
            }
            (Some(_), Some(_)) => report.duplicates += 1,
            _ => {}
        }
        match (mood, had_mood) {
            (Some(m), None) => {
                factors::set_mood(conn, *date, Some(m.score()), now)?;
                report.day_factors_added += 1;
            }
            (Some(_), Some(_)) => report.duplicates += 1,
            _ => {}
        }
    }
    let mut ids: HashSet<i64> = tags::all_by_id(conn)?.iter().map(|t| t.id).collect();
    for item in &incoming.tags {
        if tags::by_folded(conn, &item.entry.name.folded())?.is_some() {
            continue;
        }
        let id = item.id.filter(|id| ids.insert(*id));
        let created = item.created_at.clone().unwrap_or_else(|| now.to_owned());
        let updated = item.updated_at.clone().unwrap_or_else(|| created.clone());
        let name = &item.entry.name;
        tags::insert_as(conn, id, name.as_str(), &name.folded(), item.entry.retired, &created, &updated)?;
        report.tags_created.push(name.as_str().to_owned());
    }
    for (date, name) in &incoming.day_tags {
        let id = match tags::by_folded(conn, &name.folded())? {
            Some(tag) => tag.id,
            None => {
                report.tags_created.push(name.as_str().to_owned());
                tags::insert(conn, name.as_str(), &name.folded(), false, now)?.id
            }
        };
        report.day_tags_added += tags::switch(conn, *date, id, true, now)?;
    }
    Ok(())
}

/// "Calcium with breakfast: on at 07:45", "Time to stand and stretch: on every 45 minutes".
fn describe_reminder(r: &crate::reminders::Reminder) -> Msg {
    use crate::guidance::Schedule;
    if !r.enabled {
        return Msg::new("reminder-change-off").arg("title", &r.title);
    }
    match &r.schedule {
        Schedule::Daily { time } | Schedule::Condition { time, .. } => {
            Msg::new("reminder-change-at").arg("title", &r.title).arg("time", time)
        }
        Schedule::Interval { minutes } => {
            Msg::new("reminder-change-every").arg("title", &r.title).arg("minutes", *minutes)
        }
    }
}
