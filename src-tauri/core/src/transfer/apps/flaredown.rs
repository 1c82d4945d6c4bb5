//! Flaredown's CSV, as written by rubyforgood/Flaredown `backend/app/jobs/data_export_job.rb`
//! (and its spec, `backend/spec/jobs/data_export_job_spec.rb`): `Date`, then a column per
//! condition, per symptom and per treatment (by name, in that order, nothing saying which is
//! which), then `Tags` and `Foods` (each joined with "; "), then six weather columns. A row per
//! check-in, oldest first. Conditions and symptoms are rated 0–4 (`Checkin::Fiveable`); a
//! treatment is its dose, "Taken" or "Not Taken".
//!
//! A rating column whose name says back pain ("Back pain", "Lower back pain", 腰痛) comes in
//! as her pain, rescaled ×2.5 as the preview shows ("3 of 4" kept in the note); she can leave
//! it out. Tags become her tags. Every other column is counted as not imported.

use super::{at, cell_error, factor, iso_day, rescale, Ctx, Scale, Table};
use crate::error::Result;
use crate::factors::TagName;
use crate::i18n::Msg;
use crate::transfer::{Incoming, Item};

/// The columns after the trackables, exactly as Flaredown writes them.
const TAIL: &[&str] = &[
    "Tags",
    "Foods",
    "Weather summary",
    "Weather max temperature",
    "Weather min temperature",
    "Weather pressure",
    "Weather precipitation intensity",
    "Weather humidity",
];
/// The top of Flaredown's rating scale.
const MAX: u8 = 4;

/// `Date` first, then anything, then Flaredown's tag, food and weather columns last.
pub(super) fn detect(headers: &[String]) -> bool {
    headers.len() > TAIL.len()
        && headers[0].trim() == "Date"
        && headers[headers.len() - TAIL.len()..].iter().zip(TAIL).all(|(h, t)| h.trim() == *t)
}

/// A rating column that is her back pain, by its name.
fn is_back_pain(header: &str) -> bool {
    let h = header.to_lowercase();
    h.contains("back") || h.contains('背') || h.contains('腰')
}

pub(super) fn read(ctx: &Ctx, table: &Table) -> Result<Incoming> {
    let mut incoming = Incoming::default();
    incoming.extras.app = Some(super::App::Flaredown);
    let trackables = 1..table.headers.len() - TAIL.len();
    let filled = |i: usize| table.rows.iter().filter(|(_, r)| !r.get(i).unwrap_or("").trim().is_empty()).count();
    // A column is a rating when every value in it is a whole number 0–4; a treatment otherwise.
    let rating = |i: usize| {
        table.rows.iter().all(|(_, r)| {
            let cell = r.get(i).unwrap_or("").trim();
            cell.is_empty() || cell.parse::<u8>().is_ok_and(|v| v <= MAX)
        })
    };
    // A back-pain column of whole numbers beyond 4 is a damaged rating: refused at its first
    // bad cell, never skipped or squeezed into the scale.
    for i in trackables.clone().filter(|i| is_back_pain(&table.headers[*i]) && !rating(*i)) {
        let numbers = table.rows.iter().all(|(_, r)| r[i].trim().is_empty() || r[i].trim().parse::<i64>().is_ok());
        if let Some((line, record)) = table
            .rows
            .iter()
            .find(|(_, r)| r[i].trim().parse::<u8>().map_or(true, |v| v > MAX) && !r[i].trim().is_empty())
            .filter(|_| numbers)
        {
            return Err(cell_error(
                ctx,
                *line,
                &table.headers[i],
                "score",
                Msg::new("err-import-rating").arg("text", crate::text::clip(record[i].trim())).arg("max", MAX),
            ));
        }
    }
    let pain_col = trackables.clone().find(|i| is_back_pain(&table.headers[*i]) && rating(*i));
    if let Some(i) = pain_col {
        let header = &table.headers[i];
        let included = !ctx.options.left_out(header);
        incoming.extras.scales.push(Scale {
            app: "Flaredown".into(),
            column: header.trim().to_owned(),
            max: MAX,
            factor: factor(MAX),
            count: filled(i),
            included,
        });
        if !included {
            incoming.extras.skip_column(header, filled(i));
        }
    }
    for i in trackables.clone().filter(|i| Some(*i) != pain_col) {
        incoming.extras.skip_column(&table.headers[i], filled(i));
    }
    let (date_col, tags_col, foods_col) = (0, table.headers.len() - TAIL.len(), table.headers.len() - TAIL.len() + 1);
    let mut weather_days = 0;
    for (line, record) in &table.rows {
        let date = iso_day(ctx, *line, &table.headers[date_col], &record[date_col])?;
        if let Some(i) = pain_col.filter(|i| !ctx.options.left_out(&table.headers[*i])) {
            let cell = record[i].trim();
            if !cell.is_empty() {
                let value: i64 = cell.parse().expect("checked to be a rating");
                let origin =
                    Msg::new("import-origin-scaled").arg("app", "Flaredown").arg("value", value).arg("max", MAX);
                let locations: &[&str] =
                    if table.headers[i].to_lowercase().contains("lower") { &["lower_back"] } else { &[] };
                let entry = super::pain(ctx, date, None, rescale(value, MAX), locations, "", origin).map_err(at(
                    ctx,
                    *line,
                    &table.headers[i],
                ))?;
                incoming.pain.push(Item { id: None, entry, created_at: None, updated_at: None });
            }
        }
        for name in record[tags_col].split(';').map(str::trim).filter(|t| !t.is_empty()) {
            let tag = TagName::parse(name).map_err(at(ctx, *line, "Tags"))?;
            incoming.day_tags.push((date, tag));
        }
        let foods = record[foods_col].split(';').filter(|f| !f.trim().is_empty()).count();
        incoming.extras.skip(Msg::new("import-skip-foods").render(ctx.lang), foods);
        if (foods_col + 1..table.headers.len()).any(|j| !record[j].trim().is_empty()) {
            weather_days += 1;
        }
    }
    incoming.extras.skip(Msg::new("import-skip-weather").render(ctx.lang), weather_days);
    Ok(incoming)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fixture, read};
    use super::super::Options;

    #[test]
    fn back_pain_is_rescaled_with_its_origin_and_the_rest_is_counted() {
        let i = read("data.csv", &fixture("flaredown.csv"), &Options::default()).unwrap();
        let pain: Vec<String> = i
            .pain
            .iter()
            .map(|p| format!("{} {} {:?} {}", p.entry.date, p.entry.score, p.entry.locations, p.entry.note))
            .collect();
        assert_eq!(
            pain,
            [
                "2026-11-17 8 [LowerBack] from Flaredown, 3 of 4",
                "2026-11-18 10 [LowerBack] from Flaredown, 4 of 4",
                "2026-11-19 5 [LowerBack] from Flaredown, 2 of 4",
            ]
        );
        let scale = &i.extras.scales[0];
        assert_eq!(
            (scale.column.as_str(), scale.max, scale.factor.as_str(), scale.count, scale.included),
            ("Lower back pain", 4, "2.5", 3, true)
        );
        let tags: Vec<String> = i.day_tags.iter().map(|(d, t)| format!("{d} {}", t.as_str())).collect();
        assert_eq!(tags, ["2026-11-17 stress", "2026-11-17 poor sleep", "2026-11-19 used the baby carrier"]);
        let skipped: Vec<(String, usize)> = i.extras.skipped.iter().map(|s| (s.what.clone(), s.count)).collect();
        assert_eq!(
            skipped,
            [
                ("Postpartum recovery".to_owned(), 3),
                ("Fatigue".to_owned(), 2),
                ("Ibuprofen".to_owned(), 3),
                ("foods".to_owned(), 3),
                ("weather".to_owned(), 3),
            ]
        );
    }

    #[test]
    fn a_left_out_column_brings_nothing_and_is_counted() {
        let options = Options { leave_out: vec!["Lower back pain".into()], map: None };
        let i = read("data.csv", &fixture("flaredown.csv"), &options).unwrap();
        assert!(i.pain.is_empty());
        assert!(!i.extras.scales[0].included);
        assert!(i.extras.skipped.iter().any(|s| s.what == "Lower back pain" && s.count == 3));
    }

    #[test]
    fn the_damaged_file_names_line_and_column() {
        let e = read("data.csv", &fixture("flaredown-damaged.csv"), &Options::default()).unwrap_err();
        assert_eq!(e.to_string(), "data.csv, line 3, column Lower back pain: \"7\" is not a rating from 0 to 4.");
    }
}
