//! Privacy Friendly Pain Diary's backup, as written through Privacy Friendly Backup:
//! SecUSo/privacy-friendly-pain-diary `app/src/main/java/org/secuso/privacyfriendlypaindiary/
//! backup/BackupCreator.kt` writes `{"database": …, "preferences": …, "preferences2": …}`, the
//! database by SecUSo/privacy-friendly-backup-api `BackupAPI/src/main/java/org/secuso/
//! privacyfriendlybackup/api/backup/DatabaseUtil.kt` (`writeDatabase`): `{"version": 2,
//! "content": [{"tableName", "createSql", "values": [row objects]}]}`. The Room tables are in
//! `database/model/*.kt`: `diaryentries` (`date` "yyyy-MM-dd" by `utils/Converters.kt`,
//! `painDescription_id`, `condition` 0–4, `notes`), `paindescriptions` (`painLevel` 0–10 from a
//! seek bar of max 10, `bodyRegions` "22,23" from `entities/enums/BodyRegion.java`,
//! `painQualities`, `timesOfPain`), `drugs`, `drugintakes` and `users`.
//!
//! Each diary entry with a pain level comes in as a pain check-in with its notes and the body
//! regions Mend knows; the `users` table (her name, gender and birth date) is never parsed: every
//! table's rows stay unread text (`RawValue`) unless Mend needs them. Condition, pain qualities,
//! times of pain, other body regions and medication are counted as not imported.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::transfer::{Incoming, Item};

#[derive(Deserialize)]
struct Top<'a> {
    #[serde(borrow, default)]
    format: Option<&'a RawValue>,
    #[serde(borrow, default)]
    database: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct Database<'a> {
    #[serde(borrow)]
    content: Vec<TableDump<'a>>,
}

#[derive(Deserialize)]
struct TableDump<'a> {
    #[serde(rename = "tableName")]
    table_name: String,
    /// Left as text: only the tables Mend needs are ever parsed.
    #[serde(borrow)]
    values: &'a RawValue,
}

/// What the JSON text is: Mend's own (`None`), a Pain Diary backup (read), or neither (refused).
/// Text that is not JSON at all is left to Mend's reader, which says where it breaks.
pub(super) fn read(ctx: &Ctx, text: &str) -> Result<Option<Incoming>> {
    let Ok(top) = serde_json::from_str::<Top>(text) else { return Ok(None) };
    if top.format.is_some() {
        return Ok(None);
    }
    let Some(database) = top.database else { return Err(super::unreadable(ctx.name)) };
    let database: Database = serde_json::from_str(database.get()).map_err(|_| super::unreadable(ctx.name))?;
    let table = |name: &str| database.content.iter().find(|t| t.table_name == name);
    let (Some(entries), Some(descriptions)) = (table("diaryentries"), table("paindescriptions")) else {
        return Err(super::unreadable(ctx.name));
    };
    let rows = |t: &TableDump| -> Result<Vec<Map<String, Value>>> {
        serde_json::from_str(t.values.get()).map_err(|_| super::unreadable(ctx.name))
    };
    let mut incoming = Incoming::default();
    incoming.extras.app = Some(super::App::PainDiary);
    let place = |table: &str, n: usize| Msg::new("place-table-row").arg("table", table.to_owned()).arg("n", n);
    let in_file = |table: &'static str, n: usize| {
        move |e: Error| {
            e.within(|m| Msg::new("err-in-file").arg("name", ctx.name).arg("place", place(table, n)).arg("message", m))
        }
    };
    let mut by_id: HashMap<i64, Map<String, Value>> = HashMap::new();
    for row in rows(descriptions)? {
        if let Some(id) = row.get("_id").and_then(Value::as_i64) {
            by_id.insert(id, row);
        }
    }
    let (mut conditions, mut qualities, mut times, mut other_regions, mut without_level) = (0, 0, 0, 0, 0);
    for (n, row) in rows(entries)?.into_iter().enumerate() {
        let n = n + 1;
        let date_text = row.get("date").and_then(Value::as_str).unwrap_or("");
        let date = crate::input::parse_date(date_text)
            .map_err(|m| Error::invalid("date", m))
            .and_then(|d| super::check_date(ctx, d))
            .map_err(in_file("diaryentries", n))?;
        if row.get("condition").is_some_and(|c| !c.is_null()) {
            conditions += 1;
        }
        let description = row.get("painDescription_id").and_then(Value::as_i64).and_then(|id| by_id.get(&id));
        let Some(level) = description.and_then(|d| d.get("painLevel")).filter(|l| !l.is_null()) else {
            without_level += 1;
            continue;
        };
        let description = description.expect("has a level");
        let present = |key: &str| description.get(key).and_then(Value::as_str).is_some_and(|s| !s.trim().is_empty());
        qualities += usize::from(present("painQualities"));
        times += usize::from(present("timesOfPain"));
        let mut places: Vec<&str> = Vec::new();
        for region in description
            .get("bodyRegions")
            .and_then(Value::as_str)
            .unwrap_or("")
            .split(',')
            .filter(|r| !r.trim().is_empty())
        {
            match region.trim().parse::<u8>().ok().and_then(place_of) {
                Some(p) if !places.contains(&p) => places.push(p),
                Some(_) => {}
                None => other_regions += 1,
            }
        }
        let score = level.as_i64().ok_or_else(|| {
            Error::invalid("score", Msg::new("err-import-score").arg("text", crate::text::clip(&level.to_string())))
        });
        let notes = row.get("notes").and_then(Value::as_str).unwrap_or("");
        let origin = Msg::new("import-origin").arg("app", "Privacy Friendly Pain Diary");
        let entry = score
            .and_then(|s| super::pain(ctx, date, None, s, &places, notes, origin))
            .map_err(in_file("diaryentries", n))?;
        incoming.pain.push(Item { id: None, entry, created_at: None, updated_at: None });
    }
    let skip = |id: &'static str| Msg::new(id).render(ctx.lang);
    incoming.extras.skip(skip("import-skip-condition"), conditions);
    incoming.extras.skip(skip("import-skip-qualities"), qualities);
    incoming.extras.skip(skip("import-skip-times"), times);
    incoming.extras.skip(skip("import-skip-regions"), other_regions);
    incoming.extras.skip(skip("import-skip-no-level"), without_level);
    if let Some(intakes) = table("drugintakes") {
        incoming.extras.skip(skip("import-skip-medication"), rows(intakes)?.len());
    }
    Ok(Some(incoming))
}

/// Mend's place for a body region of `BodyRegion.java`, if it has one: the back of the abdomen
/// is the lower back, the back of the chest the upper back, the neck the neck, the groin (front
/// or back) the pelvis or hips.
fn place_of(region: u8) -> Option<&'static str> {
    match region {
        22 | 23 => Some("lower_back"),
        34 | 35 => Some("upper_back"),
        14 | 36 => Some("neck_shoulders"),
        2 | 3 | 24 | 25 => Some("pelvis"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{ctx, fixture};
    use super::super::Options;

    fn read(name: &str, text: &str) -> crate::error::Result<crate::transfer::Incoming> {
        let options = Options::default();
        super::read(&ctx(name, &options), text).map(|i| i.expect("a Pain Diary backup"))
    }

    #[test]
    fn diary_entries_come_in_with_their_regions_and_notes_and_never_the_users_table() {
        let text = fixture("pain-diary-backup.json");
        let i = read("backup.json", &text).unwrap();
        let pain: Vec<String> = i
            .pain
            .iter()
            .map(|p| format!("{} {} {:?} {}", p.entry.date, p.entry.score, p.entry.locations, p.entry.note))
            .collect();
        assert_eq!(
            pain,
            [
                "2026-11-18 6 [LowerBack, Pelvis] bad night (from Privacy Friendly Pain Diary)",
                "2026-11-19 4 [LowerBack] from Privacy Friendly Pain Diary",
            ]
        );
        let skipped: Vec<(String, usize)> = i.extras.skipped.iter().map(|s| (s.what.clone(), s.count)).collect();
        assert_eq!(
            skipped,
            [
                ("how she felt (a 0–4 condition)".to_owned(), 3),
                ("pain qualities".to_owned(), 1),
                ("times of pain".to_owned(), 2),
                ("other body regions".to_owned(), 1),
                ("diary entries without a pain level".to_owned(), 1),
                ("medication".to_owned(), 2),
            ]
        );
        // Her name is in the users table; nothing of it comes in, even as a note.
        assert!(text.contains("Mei"));
        assert!(!format!("{i:?}").contains("Mei"));
    }

    #[test]
    fn a_users_table_that_is_not_even_valid_rows_is_never_looked_at() {
        let text = fixture("pain-diary-backup.json")
            .replace(r#""firstname": "Mei""#, r#""firstname": {"deeply": [1, 2, {"odd": null}]}"#);
        assert!(read("backup.json", &text).is_ok());
    }

    #[test]
    fn the_damaged_backup_names_the_table_and_row() {
        let e = read("backup.json", &fixture("pain-diary-backup-damaged.json")).unwrap_err();
        assert_eq!(e.to_string(), "backup.json, diaryentries, row 2: Pain score must be a whole number from 0 (no pain) to 10 (worst imaginable). Got 14.");
    }
}
