//! Bearable's CSV export. Bearable is closed source and documents no export format, so this
//! reader is written from two public third-party parsers of real exports, not from Bearable's
//! own code: bcwilsondotcom/obsidian-bearable-import-plugin `main.ts` (the columns: date, date
//! formatted, weekday, time of day, category, rating/amount, detail, notes) and
//! `src/dataTypes/{symptomData,sleepData,moodData}.ts` (categories "Symptom", "Sleep", "Mood";
//! a symptom's detail "Back pain (Moderate)"), and OmegaJak/bearable-csv `src/lib/Symptom.ts`
//! (a symptom's rating/amount is its severity, the name before the parenthesis; time of day
//! pre, am, mid or pm). A long file: a row per item.
//!
//! A back-pain symptom's 0–4 severity (None, Mild, Moderate, Severe, Unbearable) comes in as
//! pain ×2.5, shown in the preview like Flaredown's, with "from Bearable, 2 of 4" in the note;
//! sleep comes in to the half hour. Bearable's mood scale is not documented anywhere Mend could
//! check, so mood is counted as not imported rather than guessed; so is every other category.

use super::{at, cell_error, factor, iso_day, rescale, Ctx, Scale, Table};
use crate::error::Result;
use crate::factors::Sleep;
use crate::i18n::Msg;
use crate::transfer::{Incoming, Item};

const COLUMNS: &[&str] =
    &["date", "date formatted", "weekday", "time of day", "category", "rating/amount", "detail", "notes"];
/// The top of Bearable's symptom severity.
const MAX: u8 = 4;

/// Bearable's eight columns, whatever their case.
pub(super) fn detect(headers: &[String]) -> bool {
    headers.len() == COLUMNS.len() && headers.iter().zip(COLUMNS).all(|(h, c)| h.trim().eq_ignore_ascii_case(c))
}

/// "Back pain" from "Back pain (Moderate)".
fn symptom_name(detail: &str) -> &str {
    detail.rsplit_once('(').map_or(detail, |(name, _)| name).trim()
}

fn is_back_pain(name: &str) -> bool {
    let n = name.to_lowercase();
    n.contains("back") || n.contains('背') || n.contains('腰')
}

pub(super) fn read(ctx: &Ctx, table: &Table) -> Result<Incoming> {
    let mut incoming = Incoming::default();
    incoming.extras.app = Some(super::App::Bearable);
    let col = |name: &str| table.column(name).expect("detected");
    let (date_col, category_col, amount_col, detail_col, notes_col) =
        (col("date formatted"), col("category"), col("rating/amount"), col("detail"), col("notes"));
    // The back-pain symptom, by name: the first one in the file.
    let pain_name = table
        .rows
        .iter()
        .filter(|(_, r)| r[category_col].trim() == "Symptom")
        .map(|(_, r)| symptom_name(&r[detail_col]).to_owned())
        .find(|n| is_back_pain(n));
    let included = pain_name.as_deref().is_some_and(|n| !ctx.options.left_out(n));
    let mut pain_count = 0;
    for (line, record) in &table.rows {
        let category = record[category_col].trim();
        let amount = record[amount_col].trim();
        let note = record[notes_col].trim();
        match category {
            "Symptom" if Some(symptom_name(&record[detail_col])) == pain_name.as_deref() => {
                pain_count += 1;
                let severity =
                    amount.parse::<i64>().ok().filter(|v| (0..=i64::from(MAX)).contains(v)).ok_or_else(|| {
                        cell_error(
                            ctx,
                            *line,
                            "rating/amount",
                            "score",
                            Msg::new("err-import-rating").arg("text", crate::text::clip(amount)).arg("max", MAX),
                        )
                    })?;
                if !included {
                    continue;
                }
                let date = iso_day(ctx, *line, "date formatted", &record[date_col])?;
                let origin =
                    Msg::new("import-origin-scaled").arg("app", "Bearable").arg("value", severity).arg("max", MAX);
                let entry = super::pain(ctx, date, None, rescale(severity, MAX), &[], note, origin).map_err(at(
                    ctx,
                    *line,
                    "rating/amount",
                ))?;
                incoming.pain.push(Item { id: None, entry, created_at: None, updated_at: None });
            }
            "Sleep" => {
                let date = iso_day(ctx, *line, "date formatted", &record[date_col])?;
                let sleep = super::generic::hours(amount)
                    .and_then(|h| Sleep::from_input(&serde_json::json!(h)).ok().flatten())
                    .ok_or_else(|| {
                        cell_error(
                            ctx,
                            *line,
                            "rating/amount",
                            "hours",
                            Msg::new("err-import-sleep").arg("text", crate::text::clip(amount)),
                        )
                    })?;
                incoming.days.push((date, Some(sleep), None));
            }
            "Symptom" => incoming.extras.skip_column(symptom_name(&record[detail_col]), 1),
            "Mood" => incoming.extras.skip(Msg::new("import-skip-bearable-mood").render(ctx.lang), 1),
            "" => {}
            other => incoming.extras.skip_column(other, 1),
        }
    }
    if let Some(name) = pain_name {
        incoming.extras.scales.push(Scale {
            app: "Bearable".into(),
            column: name.clone(),
            max: MAX,
            factor: factor(MAX),
            count: pain_count,
            included,
        });
        if !included {
            incoming.extras.skip_column(&name, pain_count);
        }
    }
    Ok(incoming)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fixture, read};
    use super::super::Options;

    #[test]
    fn back_pain_severity_is_rescaled_sleep_comes_in_and_mood_is_not_guessed() {
        let i = read("bearable-export.csv", &fixture("bearable.csv"), &Options::default()).unwrap();
        let pain: Vec<String> =
            i.pain.iter().map(|p| format!("{} {} {}", p.entry.date, p.entry.score, p.entry.note)).collect();
        assert_eq!(
            pain,
            [
                "2026-11-20 5 after the school run (from Bearable, 2 of 4)",
                "2026-11-20 3 from Bearable, 1 of 4",
                "2026-11-19 8 from Bearable, 3 of 4",
            ]
        );
        assert_eq!(
            i.days.iter().map(|(d, s, _)| format!("{d} {}", s.unwrap().hours())).collect::<Vec<_>>(),
            ["2026-11-20 6.5", "2026-11-19 5"]
        );
        let scale = &i.extras.scales[0];
        assert_eq!((scale.column.as_str(), scale.factor.as_str(), scale.count), ("Back pain", "2.5", 3));
        let skipped: Vec<(String, usize)> = i.extras.skipped.iter().map(|s| (s.what.clone(), s.count)).collect();
        assert_eq!(
            skipped,
            [
                ("mood (Bearable's scale is not documented)".to_owned(), 2),
                ("Headache".to_owned(), 1),
                ("Energy".to_owned(), 1),
                ("Meds/Supplements".to_owned(), 1),
            ]
        );
    }

    #[test]
    fn the_damaged_file_names_line_and_column() {
        let e = read("bearable-export.csv", &fixture("bearable-damaged.csv"), &Options::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "bearable-export.csv, line 4, column rating/amount: \"6\" is not a rating from 0 to 4."
        );
    }
}
