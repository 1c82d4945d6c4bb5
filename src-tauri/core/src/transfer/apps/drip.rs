//! drip's `drip-data.csv`, as written by bloodyhealth/drip `lib/import-export/export-to-csv.js`:
//! a row per day, newest first (`getCycleDaysSortedByDate`), its columns the dotted paths of
//! the `CycleDay` schema (`db/schemas/4.js`, via `get-csv-column-names.js`): `date`,
//! `temperature.value`, …, `note.value`, `pain.backache`, `mood.happy`, …; `true`/`false` for
//! yes/no, text lower-cased and quoted when it holds `,;.'` or a line break.
//!
//! drip's back pain is yes/no, with no score, so it becomes her tag "Back pain", never an
//! invented number; its mood flags become tags too. Notes cannot come across: Mend keeps a note
//! with a check-in, and drip has no score to check in with. Cycle data (temperature, bleeding,
//! mucus, cervix, desire, sex) and the other pain flags are counted as not imported.

use super::{at, cell_error, iso_day, yes_no, Ctx, Table};
use crate::error::Result;
use crate::factors::TagName;
use crate::i18n::Msg;
use crate::transfer::Incoming;

/// drip's mood flags, in its schema's order.
const MOODS: &[&str] =
    &["happy", "sad", "stressed", "balanced", "fine", "anxious", "energetic", "fatigue", "angry", "other"];
/// The groups of cycle data Mend does not track.
const CYCLE: &[&str] = &["temperature", "bleeding", "mucus", "cervix", "desire", "sex"];

/// A `date` column and drip's dotted columns (`temperature.value`, `pain.backache`, …).
pub(super) fn detect(headers: &[String]) -> bool {
    let dotted = |h: &&String| {
        h.split_once('.').is_some_and(|(group, _)| CYCLE.contains(&group) || ["pain", "mood", "note"].contains(&group))
    };
    headers.first().is_some_and(|h| h.trim() == "date") && headers.iter().filter(dotted).count() >= 3
}

pub(super) fn read(ctx: &Ctx, table: &Table) -> Result<Incoming> {
    let mut incoming = Incoming::default();
    incoming.extras.app = Some(super::App::Drip);
    let date_col = table.column("date").expect("detected by its date column");
    let mut skipped: Vec<(&'static str, usize)> = Vec::new();
    let mut skip = |what: &'static str| match skipped.iter_mut().find(|(w, _)| *w == what) {
        Some((_, n)) => *n += 1,
        None => skipped.push((what, 1)),
    };
    for (line, record) in &table.rows {
        let date = iso_day(ctx, *line, "date", &record[date_col])?;
        let mut groups: Vec<&str> = Vec::new();
        for (i, header) in table.headers.iter().enumerate() {
            let cell = record.get(i).unwrap_or("").trim();
            let Some((group, field)) = header.trim().split_once('.') else { continue };
            if cell.is_empty() || ctx.options.left_out(header) {
                continue;
            }
            let flag = || {
                yes_no(cell).ok_or_else(|| {
                    cell_error(
                        ctx,
                        *line,
                        header,
                        "value",
                        Msg::new("err-import-yes-no").arg("text", crate::text::clip(cell)),
                    )
                })
            };
            match (group, field) {
                (_, "note") | ("note", "value") => skip("notes"),
                (_, "exclude") => {}
                ("pain", "backache") | ("mood", _) if MOODS.contains(&field) || field == "backache" => {
                    if flag()? {
                        let name = Msg::new("import-drip-tag").arg("flag", field).render(ctx.lang);
                        incoming.day_tags.push((date, TagName::parse(&name).map_err(at(ctx, *line, header))?));
                    }
                }
                ("pain", _) => {
                    if flag()? {
                        skip("pain-other");
                    }
                }
                // One count per day and group: a day's temperature is one reading, not three cells.
                (g, _) if CYCLE.contains(&g) => {
                    if cell != "false" && !groups.contains(&g) {
                        groups.push(g);
                    }
                }
                _ => skip("other"),
            }
        }
        for g in groups {
            skip(CYCLE.iter().copied().find(|c| *c == g).expect("a cycle group"));
        }
    }
    for (what, n) in skipped {
        incoming.extras.skip(Msg::new("import-skip-drip").arg("what", what).render(ctx.lang), n);
    }
    Ok(incoming)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fixture, read};
    use super::super::Options;

    #[test]
    fn back_pain_and_mood_flags_become_tags_and_cycle_data_is_counted() {
        let i = read("drip-data.csv", &fixture("drip-data.csv"), &Options::default()).unwrap();
        assert!(i.pain.is_empty(), "a yes/no back pain is never a score");
        let tags: Vec<String> = i.day_tags.iter().map(|(d, t)| format!("{d} {}", t.as_str())).collect();
        assert_eq!(
            tags,
            [
                "2026-11-20 Back pain",
                "2026-11-20 Tired",
                "2026-11-19 Back pain",
                "2026-11-19 Happy",
                "2026-11-18 Anxious",
            ]
        );
        let skipped: Vec<(String, usize)> = i.extras.skipped.iter().map(|s| (s.what.clone(), s.count)).collect();
        assert_eq!(
            skipped,
            [
                ("notes (Mend keeps a note with a pain check-in)".to_owned(), 2),
                ("temperature (cycle data)".to_owned(), 3),
                ("other pain symptoms".to_owned(), 1),
                ("bleeding (cycle data)".to_owned(), 1),
                ("mucus (cycle data)".to_owned(), 1),
            ]
        );
    }

    #[test]
    fn the_damaged_file_names_line_and_column() {
        let e = read("drip-data.csv", &fixture("drip-data-damaged.csv"), &Options::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "drip-data.csv, line 3, column pain.backache: \"maybe\" is not yes or no (true, false, yes, no, 1 or 0)."
        );
    }
}
