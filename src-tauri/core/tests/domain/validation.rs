//! Validation boundaries for every field, through the store's public API.

use crate::common::{assert_invalid, store};
use mend_core::api;
use mend_core::model::{Calcium, Exercise, Location, Pain};
use serde_json::{json, Value};

fn pain(fields: Value) -> Value {
    let mut base = json!({"date": "2026-11-24", "score": 4});
    base.as_object_mut().unwrap().extend(fields.as_object().unwrap().clone());
    base
}

#[test]
fn pain_score_boundaries() {
    let s = store();
    for ok in [0, 10] {
        assert_eq!(api::log::<Pain>(&s, &pain(json!({"score": ok}))).unwrap().entry.score, ok);
    }
    for bad in [json!(-1), json!(11), json!(5.5), json!("7"), json!(null), json!(true), json!(1e300)] {
        assert_invalid(api::log::<Pain>(&s, &pain(json!({"score": bad}))), "score", "whole number from 0");
    }
    let missing = json!({"date": "2026-11-24"});
    assert_invalid(api::log::<Pain>(&s, &missing), "score", "missing");
}

#[test]
fn dates_must_be_real_past_and_after_2000() {
    let s = store();
    assert!(api::log::<Pain>(&s, &pain(json!({"date": "2000-01-01"}))).is_ok());
    assert!(api::log::<Pain>(&s, &pain(json!({"date": "2026-11-24"}))).is_ok());
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"date": "2026-11-25"}))), "date", "cannot be after 2026-11-24");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"date": "1999-12-31"}))), "date", "on or after 2000-01-01");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"date": "2026-02-30"}))), "date", "not a real calendar date");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"date": "24/11/2026"}))), "date", "YYYY-MM-DD");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"date": "2026-1-5"}))), "date", "YYYY-MM-DD");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"date": 20261124}))), "date", "YYYY-MM-DD");
    assert_invalid(api::log::<Pain>(&s, &json!({"score": 3})), "date", "required");
}

#[test]
fn times_are_hh_mm() {
    let s = store();
    assert_eq!(api::log::<Pain>(&s, &pain(json!({"time": "07:05"}))).unwrap().entry.time.as_deref(), Some("07:05"));
    assert_eq!(api::log::<Pain>(&s, &pain(json!({"time": ""}))).unwrap().entry.time, None);
    for bad in ["24:00", "7:05", "07:60", "0705", "noon"] {
        assert_invalid(api::log::<Pain>(&s, &pain(json!({"time": bad}))), "time", "HH:MM");
    }
}

#[test]
fn locations_are_a_set_from_the_vocabulary() {
    let s = store();
    let stored = api::log::<Pain>(&s, &pain(json!({"locations": ["pelvis", "lower_back", "pelvis"]}))).unwrap();
    assert_eq!(stored.entry.locations, vec![Location::LowerBack, Location::Pelvis]);
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"locations": ["knee"]}))), "locations", "not one of");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"locations": "pelvis"}))), "locations", "must be a list");
}

#[test]
fn notes_have_no_small_cap_but_absurd_sizes_are_refused() {
    let s = store();
    let long = "a".repeat(10_000);
    assert_eq!(api::log::<Pain>(&s, &pain(json!({"note": long}))).unwrap().entry.note.len(), 10_000);
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"note": "a".repeat(10_001)}))), "note", "too long: 10,001");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"note": "é".repeat(1_000_000)}))), "note", "too long");
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"note": 5}))), "note", "must be text");
}

#[test]
fn exercise_boundaries() {
    let s = store();
    let ex = |minutes: Value, kind: &str| json!({"date": "2026-11-20", "kind": kind, "minutes": minutes});
    assert_eq!(api::log::<Exercise>(&s, &ex(json!(1), "walking")).unwrap().entry.minutes, 1);
    assert_eq!(api::log::<Exercise>(&s, &ex(json!(600), "yoga")).unwrap().entry.minutes, 600);
    for bad in [json!(0), json!(601), json!(20.5), json!("20")] {
        assert_invalid(api::log::<Exercise>(&s, &ex(bad, "walking")), "minutes", "1 to 600");
    }
    assert_invalid(api::log::<Exercise>(&s, &ex(json!(20), "running")), "kind", "not one of");
    let bad_intensity = json!({"date": "2026-11-20", "kind": "walking", "minutes": 20, "intensity": "extreme"});
    assert_invalid(api::log::<Exercise>(&s, &bad_intensity), "intensity", "not one of");
    let no_kind = json!({"date": "2026-11-20", "minutes": 20});
    assert_invalid(api::log::<Exercise>(&s, &no_kind), "kind", "required");
}

#[test]
fn calcium_boundaries() {
    let s = store();
    let ca = |mg: Value, source: &str| json!({"date": "2026-11-24", "mg": mg, "source": source});
    assert_eq!(api::log::<Calcium>(&s, &ca(json!(1), "food")).unwrap().entry.mg, 1);
    assert_eq!(api::log::<Calcium>(&s, &ca(json!(5000), "supplement")).unwrap().entry.mg, 5000);
    for bad in [json!(0), json!(5001), json!(-3), json!(300.5), json!("300")] {
        assert_invalid(api::log::<Calcium>(&s, &ca(bad, "food")), "mg", "1 to 5,000");
    }
    assert_invalid(api::log::<Calcium>(&s, &ca(json!(300), "pill")), "source", "not one of");
}

#[test]
fn unknown_fields_and_non_objects_are_refused() {
    let s = store();
    assert_invalid(api::log::<Pain>(&s, &pain(json!({"scroe": 4}))), "scroe", "Unknown field");
    let err = api::log::<Pain>(&s, &json!([1, 2])).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert_eq!(err.field(), None);
    // Fields of a stored entry sent back by the UI are ignored, not trusted.
    let echoed = pain(json!({"id": 999, "createdAt": "x", "updatedAt": "y"}));
    let stored = api::log::<Pain>(&s, &echoed).unwrap();
    assert_ne!(stored.id, 999);
    assert_ne!(stored.created_at, "x");
}

#[test]
fn profile_validation() {
    let s = store();
    let saved = api::save_profile(
        &s,
        &json!({"birthDate": "2026-10-01", "deliveryType": "caesarean", "epidural": true,
                               "breastfeeding": true, "ageBand": "14-18"}),
    )
    .unwrap();
    assert!(saved.configured);
    assert_eq!(saved.profile.birth_date.unwrap().to_string(), "2026-10-01");
    assert_invalid(api::save_profile(&s, &json!({"ageBand": "30"})), "ageBand", "not one of");
    assert_invalid(api::save_profile(&s, &json!({"deliveryType": "forceps"})), "deliveryType", "not one of");
    assert_invalid(api::save_profile(&s, &json!({"epidural": "yes"})), "epidural", "true or false");
    assert_invalid(api::save_profile(&s, &json!({"birthDate": "2028-01-01"})), "birthDate", "cannot be after");
    // Nothing above changed the saved profile.
    assert_eq!(s.profile().unwrap(), saved);
}
