//! Pain Tracker's CSV, as written by CrisisCore-Systems/pain-tracker
//! `src/utils/pain-tracker/export.ts` (`exportToCSV`): `Date,Time,Pain Level,Locations,
//! Symptoms,Limited Activities,Sleep Quality,Mood Impact,Missed Work Days,Notes` (the "minimal"
//! policy: `Date,Time,Pain Level,Symptoms,Medication Log`). Date and time are cut from the
//! entry's ISO timestamp (`toISOString`, so UTC): an entry at 23:30 in Shanghai is written the
//! day before, and lands back on her local day here. Lists are joined with "; ".
//!
//! Pain 0–10 comes in as it is, with the time, the places Mend knows (lower back, upper back,
//! neck and shoulders, pelvis or hips; any other place is kept in the note) and the notes.
//! Sleep Quality is a 0–10 rating, not hours slept, and Mood Impact is not her mood: those,
//! symptoms, activities, missed work and medication are counted as not imported.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};

use super::{at, cell_error, iso_day, Ctx, Table};
use crate::error::Result;
use crate::i18n::Msg;
use crate::transfer::{Incoming, Item};

const FULL: &[&str] = &[
    "Date",
    "Time",
    "Pain Level",
    "Locations",
    "Symptoms",
    "Limited Activities",
    "Sleep Quality",
    "Mood Impact",
    "Missed Work Days",
    "Notes",
];
const MINIMAL: &[&str] = &["Date", "Time", "Pain Level", "Symptoms", "Medication Log"];

/// Exactly one of Pain Tracker's two header rows.
pub(super) fn detect(headers: &[String]) -> bool {
    let same = |list: &[&str]| headers.len() == list.len() && headers.iter().zip(list).all(|(h, l)| h.trim() == *l);
    same(FULL) || same(MINIMAL)
}

/// Mend's place for one of Pain Tracker's (`src/utils/constants.ts` PAIN_LOCATIONS), if any.
fn place(name: &str) -> Option<&'static str> {
    let n = name.to_lowercase();
    if n.contains("lower back") || n.contains("lumbar") {
        Some("lower_back")
    } else if n.contains("upper back") || n.contains("mid back") || n.contains("thoracic") {
        Some("upper_back")
    } else if n.contains("neck") || n.contains("shoulder") || n.contains("cervical") {
        Some("neck_shoulders")
    } else if n.contains("hip") || n.contains("pelvi") || n.contains("sacr") || n.contains("tailbone") {
        Some("pelvis")
    } else {
        None
    }
}

pub(super) fn read(ctx: &Ctx, table: &Table) -> Result<Incoming> {
    let mut incoming = Incoming::default();
    incoming.extras.app = Some(super::App::PainTracker);
    let col = |h: &str| table.column(h);
    let (date_col, time_col, pain_col) =
        (col("Date").expect("detected"), col("Time").expect("detected"), col("Pain Level").expect("detected"));
    let (places_col, notes_col) = (col("Locations"), col("Notes"));
    for (line, record) in &table.rows {
        let day = iso_day(ctx, *line, "Date", &record[date_col])?;
        let time_text = record[time_col].trim();
        let (date, time) = if time_text.is_empty() {
            (day, None)
        } else {
            let t = NaiveTime::parse_from_str(time_text, "%H:%M").map_err(|_| {
                cell_error(
                    ctx,
                    *line,
                    "Time",
                    "time",
                    Msg::new("err-import-time").arg("text", crate::text::clip(time_text)),
                )
            })?;
            let local = (ctx.to_local)(Utc.from_utc_datetime(&day.and_time(t)));
            (local.date(), Some(local.format("%H:%M").to_string()))
        };
        let date: NaiveDate = super::in_range(ctx, *line, "Date", date)?;
        let score_text = record[pain_col].trim();
        let score: i64 = score_text.parse().map_err(|_| {
            cell_error(
                ctx,
                *line,
                "Pain Level",
                "score",
                Msg::new("err-import-score").arg("text", crate::text::clip(score_text)),
            )
        })?;
        let mut places: Vec<&str> = Vec::new();
        let mut others: Vec<&str> = Vec::new();
        if let Some(i) = places_col {
            for p in record[i].split(';').map(str::trim).filter(|p| !p.is_empty()) {
                match place(p) {
                    Some(m) => places.push(m),
                    None => others.push(p),
                }
            }
        }
        let mut note = notes_col.map_or("", |i| record[i].trim()).to_owned();
        if !others.is_empty() {
            let also = Msg::new("import-other-places").arg("places", others.join(", ")).render(ctx.lang);
            note = if note.is_empty() { also } else { format!("{note} {also}") };
        }
        let origin = Msg::new("import-origin").arg("app", "Pain Tracker");
        let entry =
            super::pain(ctx, date, time, score, &places, &note, origin).map_err(at(ctx, *line, "Pain Level"))?;
        incoming.pain.push(Item { id: None, entry, created_at: None, updated_at: None });
    }
    for (i, header) in table.headers.iter().enumerate() {
        if ["Symptoms", "Limited Activities", "Sleep Quality", "Mood Impact", "Missed Work Days", "Medication Log"]
            .contains(&header.trim())
        {
            let n = table.rows.iter().filter(|(_, r)| !r[i].trim().is_empty()).count();
            incoming.extras.skip_column(header, n);
        }
    }
    Ok(incoming)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fixture, read};
    use super::super::Options;

    #[test]
    fn utc_times_land_on_her_local_day_with_places_and_notes() {
        let i = read("pain-tracker.csv", &fixture("pain-tracker.csv"), &Options::default()).unwrap();
        let pain: Vec<String> = i
            .pain
            .iter()
            .map(|p| {
                format!(
                    "{} {} {} {:?} {}",
                    p.entry.date,
                    p.entry.time.as_deref().unwrap_or("-"),
                    p.entry.score,
                    p.entry.locations,
                    p.entry.note
                )
            })
            .collect();
        assert_eq!(
            pain,
            [
                "2026-11-20 07:15 6 [LowerBack, Pelvis] stiff after the night feed (from Pain Tracker)",
                "2026-11-20 00:30 7 [LowerBack] carried her up the stairs; \"heavy\" (from Pain Tracker)",
                "2026-11-18 21:05 4 [NeckShoulders] Also: right knee. (from Pain Tracker)",
            ]
        );
        let skipped: Vec<(String, usize)> = i.extras.skipped.iter().map(|s| (s.what.clone(), s.count)).collect();
        assert_eq!(
            skipped,
            [
                ("Symptoms".to_owned(), 3),
                ("Limited Activities".to_owned(), 1),
                ("Sleep Quality".to_owned(), 3),
                ("Mood Impact".to_owned(), 3),
                ("Missed Work Days".to_owned(), 1),
            ]
        );
    }

    #[test]
    fn the_damaged_file_names_line_and_column() {
        let e = read("pain-tracker.csv", &fixture("pain-tracker-damaged.csv"), &Options::default()).unwrap_err();
        assert_eq!(e.to_string(), "pain-tracker.csv, line 3, column Pain Level: Pain score must be a whole number from 0 (no pain) to 10 (worst imaginable). Got 12.");
    }
}
