//! The day's factors: sleep, mood and her own tags, through the store and its boundary
//! parsers; what the day summary and History show; export and import of them; the functions
//! insights read.

use crate::common::{assert_invalid, store};

use chrono::NaiveDate;
use mend_core::api;
use mend_core::factors::{tag_id, Mood, Sleep, TagName};
use mend_core::requests;
use mend_core::transfer::Format;
use mend_core::Store;
use serde_json::{json, Value};

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Everything in the store, for before/after comparisons.
fn everything(s: &Store) -> Value {
    let mut doc: Value = serde_json::from_slice(&s.export(Format::Json).unwrap()).unwrap();
    doc.as_object_mut().unwrap().remove("exportedAt");
    doc
}

/// The window's `set_sleep`, `set_mood`, `create_tag`, `rename_tag`, `set_day_tag`, from loose JSON.
fn set_sleep(s: &Store, d: Value, hours: Value) -> mend_core::Result<mend_core::model::DayFactors> {
    s.set_sleep(requests::day(&d, s.today())?, Sleep::from_input(&hours)?)
}
fn set_mood(s: &Store, d: Value, mood: Value) -> mend_core::Result<mend_core::model::DayFactors> {
    s.set_mood(requests::day(&d, s.today())?, Mood::from_input(&mood)?)
}
fn create(s: &Store, name: Value) -> mend_core::Result<mend_core::model::Tag> {
    s.create_tag(&TagName::from_input(&name)?)
}
fn rename(s: &Store, id: Value, name: Value) -> mend_core::Result<mend_core::model::Tag> {
    s.rename_tag(tag_id(&id)?, &TagName::from_input(&name)?)
}
fn switch(s: &Store, d: Value, id: Value, on: bool) -> mend_core::Result<mend_core::model::DayFactors> {
    s.set_day_tag(requests::day(&d, s.today())?, tag_id(&id)?, on)
}

#[test]
fn sleep_and_mood_are_one_value_a_day_replaced_and_cleared() {
    let s = store();
    let f = set_sleep(&s, json!("2026-11-24"), json!(6.5)).unwrap();
    assert_eq!(f.sleep_hours, Some(6.5));
    assert_eq!(set_sleep(&s, json!("2026-11-24"), json!(7)).unwrap().sleep_hours, Some(7.0), "replaces");
    let f = set_mood(&s, json!("2026-11-24"), json!(4)).unwrap();
    assert_eq!((f.sleep_hours, f.mood), (Some(7.0), Some(4)));
    let day = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert_eq!((day.factors.sleep_hours, day.factors.mood), (Some(7.0), Some(4)));
    assert_eq!(set_sleep(&s, json!("2026-11-24"), Value::Null).unwrap().sleep_hours, None, "null clears");
    assert_eq!(set_mood(&s, json!("2026-11-24"), Value::Null).unwrap().mood, None);
    assert_eq!(everything(&s)["days"], json!([]), "a day with nothing left has no row");
}

#[test]
fn every_wrong_input_names_its_field_and_changes_nothing() {
    let s = store();
    set_sleep(&s, json!("2026-11-20"), json!(8)).unwrap();
    let physio = create(&s, json!("Physio day")).unwrap();
    let old = create(&s, json!("Night feeds")).unwrap();
    s.retire_tag(old.id, true).unwrap();
    let before = everything(&s);
    let today = json!("2026-11-24");
    assert_invalid(set_sleep(&s, today.clone(), json!(6.25)), "hours", "in half hours");
    assert_invalid(set_sleep(&s, today.clone(), json!(24.5)), "hours", "from 0 to 24");
    assert_invalid(set_sleep(&s, today.clone(), json!(-1)), "hours", "from 0 to 24");
    assert_invalid(set_sleep(&s, today.clone(), json!("six")), "hours", "the text \"six\"");
    assert_invalid(set_sleep(&s, today.clone(), json!(true)), "hours", "from 0 to 24");
    assert_invalid(set_mood(&s, today.clone(), json!(11)), "mood", "0 (very low) to 10 (very good)");
    assert_invalid(set_mood(&s, today.clone(), json!(4.5)), "mood", "whole number");
    assert_invalid(set_mood(&s, today.clone(), json!("4")), "mood", "whole number");
    assert_invalid(set_mood(&s, json!("2026-11-25"), json!(4)), "date", "after today");
    assert_invalid(set_sleep(&s, json!("24/11/2026"), json!(4)), "date", "YYYY-MM-DD");
    assert_invalid(create(&s, json!("")), "name", "cannot be empty");
    assert_invalid(create(&s, json!("   ")), "name", "cannot be empty");
    assert_invalid(create(&s, json!("x".repeat(41))), "name", "at most 40 characters");
    assert_invalid(create(&s, json!("line\nbreak")), "name", "control characters");
    assert_invalid(create(&s, json!(42)), "name", "must be text");
    assert_invalid(create(&s, json!(" physio DAY ")), "name", "already have a tag called \"Physio day\"");
    assert_invalid(create(&s, json!("night feeds")), "name", "retired: bring it back");
    assert_invalid(rename(&s, json!(physio.id), json!("Night Feeds")), "name", "already have a tag");
    assert_invalid(rename(&s, json!(999), json!("Anything")), "tagId", "no tag with id 999");
    assert_invalid(rename(&s, json!("1"), json!("Anything")), "tagId", "positive whole number");
    assert_invalid(switch(&s, today.clone(), json!(999), true), "tagId", "no tag with id 999");
    assert_invalid(switch(&s, today.clone(), json!(old.id), true), "tagId", "is retired");
    assert_invalid(s.tag_named(&TagName::parse("nope").unwrap()), "name", "no tag called \"nope\"");
    assert_eq!(everything(&s), before, "nothing was written");
}

#[test]
fn tags_are_created_renamed_retired_and_brought_back() {
    let s = store();
    let carrier = create(&s, json!("  Used the baby carrier ")).unwrap();
    assert_eq!(carrier.name, "Used the baby carrier");
    let car = create(&s, json!("Long car ride")).unwrap();
    switch(&s, json!("2026-11-23"), json!(carrier.id), true).unwrap();
    let f = switch(&s, json!("2026-11-24"), json!(car.id), true).unwrap();
    assert_eq!(f.tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["Long car ride"]);
    switch(&s, json!("2026-11-24"), json!(car.id), true).unwrap();
    assert_eq!(s.day_factors(date("2026-11-24")).unwrap().tags.len(), 1, "on twice is on once");
    // A change of case is a rename of the same tag, not a duplicate.
    assert_eq!(rename(&s, json!(car.id), json!("long car ride")).unwrap().name, "long car ride");
    let retired = s.retire_tag(carrier.id, true).unwrap();
    assert!(retired.retired);
    let listed: Vec<(String, bool)> = s.list_tags().unwrap().into_iter().map(|t| (t.name, t.retired)).collect();
    assert_eq!(listed, [("long car ride".to_owned(), false), ("Used the baby carrier".to_owned(), true)]);
    // The retired tag keeps its day, in the summary and in History.
    let day = api::day_summary(&s, &json!("2026-11-23")).unwrap();
    assert_eq!(day.factors.tags[0].name, "Used the baby carrier");
    assert!(day.factors.tags[0].retired);
    let page = api::history(&s, &json!({})).unwrap();
    let days: Vec<String> = page.days.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(days, ["2026-11-24", "2026-11-23"], "days with only factors are listed");
    assert!(page.days[1].factors.tags[0].retired);
    // Switching a retired tag off corrects a day; bringing it back lets it be switched on again.
    assert!(switch(&s, json!("2026-11-23"), json!(carrier.id), false).unwrap().tags.is_empty());
    assert!(!s.retire_tag(carrier.id, false).unwrap().retired);
    switch(&s, json!("2026-11-22"), json!(carrier.id), true).unwrap();
    // Reading a name in any case finds the tag.
    assert_eq!(s.tag_named(&TagName::parse("USED THE BABY CARRIER").unwrap()).unwrap().id, carrier.id);
}

#[test]
fn history_shows_sleep_mood_and_tags_per_day_beside_the_entries() {
    let s = store();
    api::log::<mend_core::model::Pain>(&s, &json!({"date": "2026-11-22", "score": 3})).unwrap();
    set_sleep(&s, json!("2026-11-22"), json!(5.5)).unwrap();
    set_mood(&s, json!("2026-11-21"), json!(8)).unwrap();
    let page = api::history(&s, &json!({})).unwrap();
    assert_eq!(page.days.len(), 2);
    assert_eq!((page.days[0].factors.sleep_hours, page.days[0].factors.mood), (Some(5.5), None));
    assert_eq!(page.days[0].pain.len(), 1);
    assert_eq!((page.days[1].factors.sleep_hours, page.days[1].factors.mood), (None, Some(8)));
    // Filtered to one kind of entry, days with only factors are left out.
    assert_eq!(api::history(&s, &json!({"kind": "pain"})).unwrap().days.len(), 1);
    let json = serde_json::to_value(&page).unwrap();
    assert_eq!(json["days"][0]["factors"], json!({"sleepHours": 5.5, "mood": null, "tags": []}));
}

#[test]
fn insights_read_factor_days_tag_days_and_active_tags() {
    let s = store();
    set_sleep(&s, json!("2026-11-20"), json!(6.5)).unwrap();
    set_mood(&s, json!("2026-11-21"), json!(3)).unwrap();
    set_sleep(&s, json!("2026-11-01"), json!(9)).unwrap();
    let a = create(&s, json!("Physio day")).unwrap();
    let b = create(&s, json!("Bad night")).unwrap();
    switch(&s, json!("2026-11-21"), json!(a.id), true).unwrap();
    switch(&s, json!("2026-11-20"), json!(b.id), true).unwrap();
    s.retire_tag(b.id, true).unwrap();
    s.with_connection(|c| {
        use mend_core::repo::{factors, tags};
        let (from, to) = (date("2026-11-10"), date("2026-11-24"));
        assert_eq!(
            factors::factor_days(c, from, to)?,
            [(date("2026-11-20"), Some(6.5), None), (date("2026-11-21"), None, Some(3))]
        );
        assert_eq!(tags::tag_days(c, from, to)?, [(date("2026-11-20"), b.id), (date("2026-11-21"), a.id)]);
        assert_eq!(tags::active_tags(c)?, [(a.id, "Physio day".to_owned())]);
        Ok(())
    })
    .unwrap();
}

fn filled() -> Store {
    let s = store();
    api::log::<mend_core::model::Pain>(&s, &json!({"date": "2026-11-20", "score": 5})).unwrap();
    set_sleep(&s, json!("2026-11-20"), json!(6.5)).unwrap();
    set_mood(&s, json!("2026-11-20"), json!(4)).unwrap();
    set_mood(&s, json!("2026-11-21"), json!(0)).unwrap();
    let physio = create(&s, json!("Physio day")).unwrap();
    let carrier = create(&s, json!("=Used the carrier")).unwrap();
    let gone = create(&s, json!("Night feeds")).unwrap();
    create(&s, json!("Never used")).unwrap();
    switch(&s, json!("2026-11-20"), json!(physio.id), true).unwrap();
    switch(&s, json!("2026-11-21"), json!(carrier.id), true).unwrap();
    switch(&s, json!("2026-11-21"), json!(gone.id), true).unwrap();
    s.retire_tag(gone.id, true).unwrap();
    s
}

/// A fresh in-memory store with `bytes` imported from a file named `name`.
fn import(s: &Store, name: &str, bytes: &[u8], dry_run: bool) -> mend_core::Result<mend_core::transfer::Report> {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join(name);
    std::fs::write(&file, bytes).unwrap();
    s.import_file(&file, dry_run)
}

#[test]
fn json_export_carries_factors_and_tags_and_round_trips_exactly() {
    let source = filled();
    let doc = everything(&source);
    assert_eq!(doc["version"], 2);
    assert_eq!(doc["days"][0], json!({"date": "2026-11-20", "sleepHours": 6.5, "mood": 4}));
    assert_eq!(doc["tags"].as_array().unwrap().len(), 4);
    assert_eq!(doc["dayTags"][0], json!({"date": "2026-11-20", "tag": "Physio day"}));
    let target = store();
    let bytes = source.export(Format::Json).unwrap();
    let preview = import(&target, "mend.json", &bytes, true).unwrap();
    assert_eq!(preview.tags_created.len(), 4);
    assert!(preview.describe().contains("Would create the tags \"Physio day\""), "{}", preview.describe());
    let report = import(&target, "mend.json", &bytes, false).unwrap();
    assert_eq!((report.day_factors_added, report.day_tags_added), (3, 3));
    assert_eq!(everything(&target), doc, "ids, names, retired flags, timestamps and days all survive");
    // Importing again adds nothing.
    let again = import(&target, "mend.json", &bytes, false).unwrap();
    assert_eq!((again.day_factors_added, again.day_tags_added, again.tags_created.len()), (0, 0, 0));
    assert_eq!(everything(&target), doc);
}

#[test]
fn csv_export_has_sleep_mood_and_tag_rows_that_import_creating_the_tags() {
    let source = filled();
    let csv = String::from_utf8(source.export(Format::Csv).unwrap()).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",note,created_at,updated_at,hours,mood,tag"), "{csv}");
    assert!(csv.contains("\nsleep,,2026-11-20,"), "{csv}");
    assert!(csv.contains("'=Used the carrier"), "a tag a spreadsheet would run is escaped: {csv}");
    let target = store();
    let report = import(&target, "mend.csv", csv.as_bytes(), false).unwrap();
    assert_eq!((report.day_factors_added, report.day_tags_added), (3, 3));
    let mut created = report.tags_created.clone();
    created.sort();
    assert_eq!(created, ["=Used the carrier", "Night feeds", "Physio day"], "tags named on days are created");
    assert!(report.describe().contains("Created the tags"), "{}", report.describe());
    assert_eq!(String::from_utf8(target.export(Format::Csv).unwrap()).unwrap(), csv);
    let day = api::day_summary(&target, &json!("2026-11-20")).unwrap();
    assert_eq!((day.factors.sleep_hours, day.factors.mood), (Some(6.5), Some(4)));
}

#[test]
fn an_import_never_overwrites_her_own_sleep_or_mood() {
    let source = filled();
    let bytes = source.export(Format::Json).unwrap();
    let target = store();
    set_sleep(&target, json!("2026-11-20"), json!(8)).unwrap();
    let report = import(&target, "mend.json", &bytes, false).unwrap();
    assert_eq!(report.day_factors_added, 2, "mood on both days; her own sleep stays");
    assert_eq!(target.day_factors(date("2026-11-20")).unwrap().sleep_hours, Some(8.0));
}

#[test]
fn a_bad_factor_anywhere_in_a_file_imports_nothing() {
    let source = filled();
    let good = everything(&source);
    for (path, bad, needle) in [
        ("days", json!({"date": "2026-11-22", "mood": 11}), "day 3: Mood must be"),
        ("days", json!({"date": "2026-11-22", "sleepHours": 6.25}), "in half hours"),
        ("tags", json!({"name": ""}), "tag 5: A tag name cannot be empty"),
        ("dayTags", json!({"date": "2026-11-22", "tag": "x".repeat(41)}), "day tag 4: A tag name can be at most 40"),
        ("dayTags", json!({"date": "2026-11-30", "tag": "Physio day"}), "cannot be after"),
    ] {
        let mut doc = good.clone();
        doc[path].as_array_mut().unwrap().push(bad);
        let target = store();
        let before = everything(&target);
        let e = import(&target, "bad.json", &serde_json::to_vec(&doc).unwrap(), false).unwrap_err();
        assert_eq!(e.code(), "invalid_input");
        assert!(e.to_string().contains(needle), "{e}");
        assert!(e.to_string().starts_with("bad.json, "), "{e}");
        assert_eq!(everything(&target), before, "nothing written for {path}");
    }
    let csv = String::from_utf8(source.export(Format::Csv).unwrap()).unwrap();
    for (row, needle) in [
        ("mood,,2026-11-22,,,,,,,,,,,,,11,", "column mood: Mood must be"),
        ("sleep,,2026-11-22,,,,,,,,,,,,6.25,,", "column hours: Sleep is counted in half hours"),
        ("sleep,,2026-11-22,,,,,,,,,,,,,,", "column hours: A sleep row needs"),
        ("tag,,2026-11-22,,,,,,,,,,,,,,", "column tag: A tag name cannot be empty"),
        ("weight,,2026-11-22,,,,,,,,,,,,,,", "not one of pain, exercise, calcium, sleep, mood, tag"),
    ] {
        let target = store();
        let before = everything(&target);
        let e = import(&target, "bad.csv", format!("{csv}{row}\n").as_bytes(), false).unwrap_err();
        assert!(e.to_string().starts_with("bad.csv, line "), "{e}");
        assert!(e.to_string().contains(needle), "{e}");
        assert_eq!(everything(&target), before, "nothing written for {row}");
    }
}
