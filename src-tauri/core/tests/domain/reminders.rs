//! The reminder scheduler driven by a hand-moved clock: nothing sleeps.

use mend_core::api;
use mend_core::clock::ManualClock;
use mend_core::model::Calcium;
use mend_core::Store;
use serde_json::json;

fn ids(list: &[mend_core::reminders::Reminder]) -> Vec<&str> {
    list.iter().map(|r| r.id.as_str()).collect()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mend-reminders-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Quiet hours off, so times near midnight are not held back, unless a test turns them on.
fn open(dir: &std::path::Path, clock: &ManualClock) -> Store {
    let s = Store::open(dir).unwrap().with_clock(clock.clone());
    api::save_quiet_hours(&s, &json!({"enabled": false})).unwrap();
    s
}

#[test]
fn defaults_only_the_daily_log_reminder_is_on() {
    let s = Store::open_in_memory().unwrap();
    let list = s.list_reminders().unwrap();
    let on: Vec<&str> = list.iter().filter(|r| r.enabled).map(|r| r.id.as_str()).collect();
    assert_eq!(on, ["log-pain-evening"]);
    assert!(list.iter().all(|r| !r.article_id.is_empty()), "every reminder says where it comes from");
    assert!(list.len() >= 4);
}

#[test]
fn daily_reminder_fires_once_at_its_time_not_again_after_restart_and_once_next_day() {
    let dir = temp_dir("daily");
    let clock = ManualClock::at(2026, 11, 24, 20, 59);
    let s = open(&dir, &clock);
    assert!(s.due_reminders().unwrap().notify.is_empty(), "20:59: not yet");
    clock.set(2026, 11, 24, 21, 0);
    let due = s.due_reminders().unwrap();
    assert_eq!(ids(&due.notify), ["log-pain-evening"]);
    assert_eq!(ids(&due.banners), ["log-pain-evening"]);
    clock.set(2026, 11, 24, 21, 1);
    let again = s.due_reminders().unwrap();
    assert!(again.notify.is_empty(), "not twice");
    assert_eq!(ids(&again.banners), ["log-pain-evening"], "the banner stays until dismissed");
    drop(s);

    // Restart: same file, later that evening. Nothing is sent again.
    clock.set(2026, 11, 24, 22, 30);
    let s = open(&dir, &clock);
    assert!(s.due_reminders().unwrap().notify.is_empty(), "not again after a restart");
    api::dismiss_reminder(&s, &json!("log-pain-evening")).unwrap();
    assert!(s.due_reminders().unwrap().banners.is_empty(), "dismissed");

    clock.set(2026, 11, 25, 20, 0);
    assert!(s.due_reminders().unwrap().notify.is_empty());
    clock.set(2026, 11, 25, 21, 5);
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["log-pain-evening"], "once the next day");
    assert!(s.due_reminders().unwrap().notify.is_empty());
    drop(s);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missed_while_closed_shows_once_on_the_next_start_unless_stale() {
    let dir = temp_dir("missed");
    let clock = ManualClock::at(2026, 11, 24, 18, 0);
    let s = open(&dir, &clock);
    assert!(s.due_reminders().unwrap().notify.is_empty());
    drop(s);
    // Closed over 21:00; opened at 23:30.
    clock.set(2026, 11, 24, 23, 30);
    let s = open(&dir, &clock);
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["log-pain-evening"]);
    assert!(s.due_reminders().unwrap().notify.is_empty());
    api::dismiss_reminder(&s, &json!("log-pain-evening")).unwrap();
    drop(s);
    // Closed for the whole next evening and night; opened 14 hours after the slot: stale, skipped.
    clock.set(2026, 11, 26, 11, 0);
    let s = open(&dir, &clock);
    assert!(s.due_reminders().unwrap().notify.is_empty(), "a slot 14 hours old is not news");
    drop(s);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn enabling_a_reminder_whose_time_just_passed_makes_it_due() {
    let clock = ManualClock::at(2026, 11, 24, 8, 10);
    let s = Store::open_in_memory().unwrap().with_clock(clock.clone());
    assert!(s.due_reminders().unwrap().notify.is_empty());
    let r = api::update_reminder(&s, &json!("calcium-breakfast"), &json!({"enabled": true, "time": "08:09"})).unwrap();
    assert!(r.enabled);
    assert_eq!(serde_json::to_value(&r.schedule).unwrap(), json!({"kind": "daily", "time": "08:09"}));
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["calcium-breakfast"]);
}

#[test]
fn snooze_hides_the_banner_and_brings_it_back_once() {
    let clock = ManualClock::at(2026, 11, 24, 21, 0);
    let s = Store::open_in_memory().unwrap().with_clock(clock.clone());
    api::save_quiet_hours(&s, &json!({"enabled": false})).unwrap();
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["log-pain-evening"]);
    api::snooze_reminder(&s, &json!("log-pain-evening"), &json!(10)).unwrap();
    clock.advance(9);
    let due = s.due_reminders().unwrap();
    assert!(due.notify.is_empty() && due.banners.is_empty(), "snoozed");
    clock.advance(1);
    let due = s.due_reminders().unwrap();
    assert_eq!(ids(&due.notify), ["log-pain-evening"], "back after 10 minutes");
    assert_eq!(ids(&due.banners), ["log-pain-evening"]);
    assert!(s.due_reminders().unwrap().notify.is_empty(), "and only once");
    assert_eq!(api::snooze_reminder(&s, &json!("log-pain-evening"), &json!(0)).unwrap_err().field(), Some("minutes"));
    assert_eq!(api::snooze_reminder(&s, &json!("nope"), &json!(10)).unwrap_err().code(), "not_found");
}

#[test]
fn quiet_hours_hold_notifications_until_they_end() {
    let clock = ManualClock::at(2026, 11, 24, 21, 30);
    let s = Store::open_in_memory().unwrap().with_clock(clock.clone());
    api::save_quiet_hours(&s, &json!({"enabled": true, "start": "21:00", "end": "07:00"})).unwrap();
    assert!(s.due_reminders().unwrap().notify.is_empty(), "21:30 is quiet");
    api::update_reminder(&s, &json!("log-pain-evening"), &json!({"time": "06:30"})).unwrap();
    clock.set(2026, 11, 25, 6, 45);
    assert!(s.due_reminders().unwrap().notify.is_empty(), "06:45 is still quiet");
    clock.set(2026, 11, 25, 7, 0);
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["log-pain-evening"], "sent when quiet hours end");
    let q = s.quiet_hours().unwrap();
    assert_eq!((q.enabled, q.start.as_str(), q.end.as_str()), (true, "21:00", "07:00"));
    assert_eq!(api::save_quiet_hours(&s, &json!({"start": "9pm"})).unwrap_err().field(), Some("start"));
    assert_eq!(s.quiet_hours().unwrap(), q, "a bad value changes nothing");
}

#[test]
fn conditional_calcium_reminder_fires_only_when_nothing_is_logged() {
    let clock = ManualClock::at(2026, 11, 24, 19, 59);
    let s = Store::open_in_memory().unwrap().with_clock(clock.clone());
    api::save_quiet_hours(&s, &json!({"enabled": false})).unwrap();
    api::update_reminder(&s, &json!("log-pain-evening"), &json!({"enabled": false})).unwrap();
    api::update_reminder(&s, &json!("calcium-not-logged"), &json!({"enabled": true})).unwrap();
    assert!(s.due_reminders().unwrap().notify.is_empty());
    clock.set(2026, 11, 24, 20, 0);
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["calcium-not-logged"]);
    api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": 300, "source": "food"})).unwrap();
    assert!(s.due_reminders().unwrap().banners.is_empty(), "logging calcium clears it");
    clock.set(2026, 11, 25, 20, 0);
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["calcium-not-logged"], "a new day");
}

#[test]
fn no_exercise_for_three_days_and_the_sitting_interval() {
    let clock = ManualClock::at(2026, 11, 24, 9, 0);
    let s = Store::open_in_memory().unwrap().with_clock(clock.clone());
    api::save_quiet_hours(&s, &json!({"enabled": false})).unwrap();
    api::update_reminder(&s, &json!("log-pain-evening"), &json!({"enabled": false})).unwrap();
    api::update_reminder(&s, &json!("stand-and-stretch"), &json!({"enabled": true, "minutes": 45})).unwrap();
    api::update_reminder(&s, &json!("no-exercise-3-days"), &json!({"enabled": true})).unwrap();
    api::log::<mend_core::model::Exercise>(&s, &json!({"date": "2026-11-22", "kind": "walking", "minutes": 10}))
        .unwrap();
    clock.set(2026, 11, 24, 9, 44);
    assert!(s.due_reminders().unwrap().notify.is_empty());
    clock.set(2026, 11, 24, 9, 45);
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["stand-and-stretch"]);
    clock.set(2026, 11, 24, 10, 30);
    assert_eq!(ids(&s.due_reminders().unwrap().notify), ["stand-and-stretch"], "every 45 minutes");
    clock.set(2026, 11, 24, 17, 0);
    let due = s.due_reminders().unwrap();
    assert!(!ids(&due.notify).contains(&"no-exercise-3-days"), "exercise 2 days ago: {:?}", ids(&due.notify));
    clock.set(2026, 11, 25, 17, 0);
    assert!(ids(&s.due_reminders().unwrap().notify).contains(&"no-exercise-3-days"), "3 days without");
    assert_eq!(
        api::update_reminder(&s, &json!("stand-and-stretch"), &json!({"minutes": 2})).unwrap_err().field(),
        Some("minutes")
    );
}
