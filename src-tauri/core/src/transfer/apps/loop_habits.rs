//! Loop Habit Tracker's CSV zip, as written by iSoron/uhabits
//! `uhabits-core/src/jvmMain/java/org/isoron/uhabits/core/io/HabitsCSVExporter.kt`:
//! `Habits.csv` (`HabitList.writeCSV`: Position "001", Name, Type YES_NO or NUMERICAL, …, Unit,
//! …), then a folder per habit, `"%03d %s"` of its position and its name with everything but
//! `[ a-zA-Z0-9._-]` removed (so a habit named in Chinese becomes just "001"), holding
//! `Checkmarks.csv` (Date, Value, Notes: `Entry.formattedValue`, so YES_MANUAL, YES_AUTO, NO,
//! SKIP, UNKNOWN, or a number in thousandths for a number habit) and `Scores.csv`. Habits are
//! matched to their folders by position, never by name.
//!
//! A yes/no habit becomes her tag, true on the days she ticked it (YES_MANUAL; YES_AUTO is
//! Loop filling in days between ticks of a habit done every few days, so not a tick). A number
//! habit in mg comes in as calcium (food or drink, or a supplement when its name says so), in
//! minutes as exercise (its kind read from the name), in hours of sleep as sleep (to the half
//! hour); any other is counted as not imported, as are notes on yes/no habits.
//!
//! The zip is read in memory with the `zip` crate, at most `MAX_IMPORT_BYTES` uncompressed in
//! all whatever its entries claim, so a zip bomb is refused after reading no more than that.

use std::io::Read;

use serde_json::json;

use super::{at, cell_error, iso_day, Ctx, Table};
use crate::error::{Error, Result};
use crate::factors::{Sleep, TagName, TAG_NAME_MAX_CHARS};
use crate::i18n::Msg;
use crate::input::FromInput;
use crate::model::{Calcium, Exercise};
use crate::transfer::{Incoming, Item, MAX_IMPORT_BYTES};

/// The most entries a Loop zip has: `Habits.csv`, two overall files and two per habit.
const MAX_ENTRIES: usize = 10_000;

/// A zip holding Loop's `Habits.csv`.
pub(super) fn detect(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Every file of the zip Mend reads (`Habits.csv` and the habits' `Checkmarks.csv`), as text,
/// at most `MAX_IMPORT_BYTES` uncompressed in all.
fn files(ctx: &Ctx, bytes: &[u8]) -> Result<Vec<(String, String)>> {
    let unreadable = || super::unreadable(ctx.name);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| unreadable())?;
    if archive.len() > MAX_ENTRIES {
        return Err(unreadable());
    }
    let mut budget = MAX_IMPORT_BYTES;
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|_| unreadable())?;
        let name = file.name().map_err(|_| unreadable())?.into_owned();
        let wanted = name == "Habits.csv" || name.ends_with("/Checkmarks.csv") && name.matches('/').count() == 1;
        if !file.is_file() || !wanted {
            continue;
        }
        // The declared size may lie: read at most what is left of the budget, plus one byte.
        let mut data = Vec::new();
        (&mut file).take(budget + 1).read_to_end(&mut data).map_err(|_| unreadable())?;
        if data.len() as u64 > budget {
            return Err(Error::invalid(
                "file",
                Msg::new("err-import-too-large")
                    .arg("name", ctx.name)
                    .arg("size", MAX_IMPORT_BYTES / (1024 * 1024) + 1)
                    .arg("max", MAX_IMPORT_BYTES / (1024 * 1024)),
            ));
        }
        budget -= data.len() as u64;
        let text = String::from_utf8(data).map_err(|_| {
            Error::invalid(
                "file",
                Msg::new("err-import-not-text").arg("name", format!("{} › {}", ctx.name, crate::text::clip(&name))),
            )
        })?;
        out.push((name, text));
    }
    Ok(out)
}

/// What a number habit comes in as, from its unit and name.
enum Number {
    Calcium { supplement: bool },
    Exercise { kind: &'static str },
    Sleep,
    None,
}

fn number_kind(name: &str, unit: &str) -> Number {
    let (name, unit) = (name.to_lowercase(), unit.trim().to_lowercase());
    let any = |words: &[&str]| words.iter().any(|w| name.contains(w));
    match unit.as_str() {
        "mg" | "毫克" => {
            Number::Calcium { supplement: any(&["supplement", "tablet", "pill", "补充", "钙片", "片"]) }
        }
        "min" | "mins" | "minute" | "minutes" | "分钟" => Number::Exercise {
            kind: if any(&["walk", "散步", "走"]) {
                "walking"
            } else if any(&["pelvic", "kegel", "盆底"]) {
                "pelvic_floor"
            } else if any(&["stretch", "拉伸"]) {
                "stretching"
            } else if any(&["yoga", "瑜伽"]) {
                "yoga"
            } else if any(&["swim", "游泳"]) {
                "swimming"
            } else if any(&["strength", "weights", "力量"]) {
                "strength"
            } else {
                "other"
            },
        },
        "h" | "hr" | "hrs" | "hour" | "hours" | "小时" if any(&["sleep", "睡"]) => Number::Sleep,
        _ => Number::None,
    }
}

/// A habit's name as her tag: at most 40 characters, so a long Loop name still comes in.
fn tag_name(name: &str) -> String {
    let name = name.trim();
    if name.chars().count() <= TAG_NAME_MAX_CHARS {
        name.to_owned()
    } else {
        format!("{}…", name.chars().take(TAG_NAME_MAX_CHARS - 1).collect::<String>())
    }
}

pub(super) fn read(ctx: &Ctx, bytes: &[u8]) -> Result<Incoming> {
    let files = files(ctx, bytes)?;
    let habits_text =
        files.iter().find(|(n, _)| n == "Habits.csv").map(|(_, t)| t).ok_or_else(|| super::unreadable(ctx.name))?;
    let inner = |entry: &str| format!("{} › {}", ctx.name, crate::text::clip(entry));
    let habits_name = inner("Habits.csv");
    let habits_ctx = Ctx { name: &habits_name, ..*ctx };
    let habits = Table::read(habits_ctx.name, habits_text.strip_prefix('\u{feff}').unwrap_or(habits_text))?;
    let (Some(pos_col), Some(name_col)) = (habits.column("Position"), habits.column("Name")) else {
        return Err(super::unreadable(ctx.name));
    };
    let (type_col, unit_col) = (habits.column("Type"), habits.column("Unit"));
    let mut incoming = Incoming::default();
    incoming.extras.app = Some(super::App::Loop);
    for (habit_line, habit) in &habits.rows {
        let position = habit[pos_col].trim();
        let name = habit[name_col].trim();
        let numerical = type_col.is_some_and(|i| habit[i].trim() == "NUMERICAL");
        let unit = unit_col.map_or("", |i| habit[i].trim());
        // Its folder: "001 Meditate", or "001" for a name with no Latin letters.
        let Some((entry, text)) = files.iter().find(|(n, _)| {
            let folder = n.split('/').next().unwrap_or("");
            folder.get(..position.len()) == Some(position)
                && folder[position.len()..].chars().next().is_none_or(|c| c == ' ')
                && n.ends_with("/Checkmarks.csv")
        }) else {
            continue;
        };
        let entry_name = inner(entry);
        let hctx = Ctx { name: &entry_name, ..*ctx };
        let table = Table::read(hctx.name, text.strip_prefix('\u{feff}').unwrap_or(text))?;
        let (Some(date_col), Some(value_col)) = (table.column("Date"), table.column("Value")) else {
            return Err(super::unreadable(ctx.name));
        };
        let notes_col = table.column("Notes");
        let kind = if numerical { number_kind(name, unit) } else { Number::None };
        let mut skipped = 0;
        let mut notes_skipped = 0;
        for (line, record) in &table.rows {
            let value = record[value_col].trim();
            let note = notes_col.map_or("", |i| record[i].trim());
            if ["UNKNOWN", "SKIP", "NO", "YES_AUTO", ""].contains(&value) {
                continue;
            }
            let date = iso_day(&hctx, *line, "Date", &record[date_col])?;
            if !numerical {
                if value != "YES_MANUAL" {
                    return Err(cell_error(
                        &hctx,
                        *line,
                        "Value",
                        "value",
                        Msg::new("err-import-loop-value").arg("text", crate::text::clip(value)),
                    ));
                }
                let tag = TagName::parse(&tag_name(name)).map_err(at(&habits_ctx, *habit_line, "Name"))?;
                incoming.day_tags.push((date, tag));
                if !note.is_empty() {
                    notes_skipped += 1;
                }
                continue;
            }
            let thousandths: i64 = value.parse().map_err(|_| {
                cell_error(
                    &hctx,
                    *line,
                    "Value",
                    "value",
                    Msg::new("err-import-loop-value").arg("text", crate::text::clip(value)),
                )
            })?;
            let amount = (thousandths as f64) / 1000.0;
            if amount <= 0.0 {
                continue;
            }
            let note = super::with_origin(ctx.lang, note, Msg::new("import-origin").arg("app", "Loop Habit Tracker"));
            let place = at(&hctx, *line, "Value");
            match kind {
                Number::Calcium { supplement } => {
                    let value = json!({ "date": date.to_string(), "mg": amount.round() as i64, "source": if supplement { "supplement" } else { "food" }, "note": note });
                    let entry = Calcium::from_input(&value, ctx.today).map_err(place)?;
                    incoming.calcium.push(Item { id: None, entry, created_at: None, updated_at: None });
                }
                Number::Exercise { kind } => {
                    let value = json!({ "date": date.to_string(), "kind": kind, "minutes": amount.round() as i64, "note": note });
                    let entry = Exercise::from_input(&value, ctx.today).map_err(place)?;
                    incoming.exercise.push(Item { id: None, entry, created_at: None, updated_at: None });
                }
                Number::Sleep => {
                    let sleep =
                        Sleep::from_input(&json!((amount * 2.0).round() / 2.0)).map_err(place)?.expect("a number");
                    incoming.days.push((date, Some(sleep), None));
                }
                Number::None => skipped += 1,
            }
        }
        let what = if unit.is_empty() { name.to_owned() } else { format!("{name} ({unit})") };
        incoming.extras.skip_column(&what, skipped);
        if notes_skipped > 0 {
            incoming.extras.skip(
                Msg::new("import-skip-habit-notes").arg("habit", crate::text::clip(name)).render(ctx.lang),
                notes_skipped,
            );
        }
    }
    Ok(incoming)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fixture_bytes, read_bytes};
    use super::super::Options;

    #[test]
    fn habits_by_position_become_tags_calcium_walks_and_sleep() {
        let i = read_bytes("Loop Habits CSV 2026-11-21.zip", &fixture_bytes("loop-habits.zip"), &Options::default())
            .unwrap();
        let tags: Vec<String> = i.day_tags.iter().map(|(d, t)| format!("{d} {}", t.as_str())).collect();
        assert_eq!(
            tags,
            [
                "2026-11-20 Physio exercises",
                "2026-11-18 Physio exercises",
                "2026-11-20 用了婴儿背带",
                "2026-11-19 用了婴儿背带"
            ]
        );
        let calcium: Vec<String> = i
            .calcium
            .iter()
            .map(|c| format!("{} {} {:?} {}", c.entry.date, c.entry.mg, c.entry.source, c.entry.note))
            .collect();
        assert_eq!(
            calcium,
            [
                "2026-11-20 600 Supplement from Loop Habit Tracker",
                "2026-11-19 1200 Supplement with breakfast (from Loop Habit Tracker)"
            ]
        );
        let walks: Vec<String> =
            i.exercise.iter().map(|e| format!("{} {:?} {}", e.entry.date, e.entry.kind, e.entry.minutes)).collect();
        assert_eq!(walks, ["2026-11-20 Walking 30", "2026-11-19 Walking 25"]);
        let sleep: Vec<String> = i.days.iter().map(|(d, s, _)| format!("{d} {}", s.unwrap().hours())).collect();
        assert_eq!(sleep, ["2026-11-20 6.5", "2026-11-19 5"]);
        let skipped: Vec<(String, usize)> = i.extras.skipped.iter().map(|s| (s.what.clone(), s.count)).collect();
        assert_eq!(skipped, [("notes on “Physio exercises”".to_owned(), 1), ("Water (glasses)".to_owned(), 2)]);
    }

    #[test]
    fn the_damaged_zip_names_the_file_inside_line_and_column() {
        let e = read_bytes("loop.zip", &fixture_bytes("loop-habits-damaged.zip"), &Options::default()).unwrap_err();
        assert_eq!(e.to_string(), "loop.zip › 001 Physio exercises/Checkmarks.csv, line 3, column Value: \"MAYBE\" is not one of Loop's values (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or a number).");
    }

    #[test]
    fn a_zip_bomb_is_refused_after_reading_at_most_the_limit() {
        use std::io::Write;
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("Habits.csv", options).unwrap();
        let zeros = vec![b'0'; 1 << 20];
        for _ in 0..(crate::transfer::MAX_IMPORT_BYTES >> 20) + 1 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap();
        let bytes = buf.into_inner();
        assert!(bytes.len() < 1 << 20, "it compresses to {} bytes", bytes.len());
        let e = read_bytes("bomb.zip", &bytes, &Options::default()).unwrap_err();
        assert!(e.to_string().contains("too large to import"), "{e}");
    }
}
