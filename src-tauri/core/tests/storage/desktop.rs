//! Living on the desktop: what closing the window does, told once, and the next reminder the
//! tray menu shows, driven by a hand-moved clock.

use mend_core::api;
use mend_core::clock::ManualClock;
use mend_core::desktop::{on_close, CloseAction, DesktopSettings};
use mend_core::requests::DesktopChange;
use mend_core::Store;
use serde_json::json;

#[test]
fn closing_hides_to_the_tray_only_with_a_tray_and_the_setting_on() {
    let s = |close_to_tray, tray_hint_shown| DesktopSettings { close_to_tray, tray_hint_shown };
    assert_eq!(on_close(true, s(true, false)), CloseAction::HideToTray { first_time: true });
    assert_eq!(on_close(true, s(true, true)), CloseAction::HideToTray { first_time: false });
    assert_eq!(on_close(true, s(false, false)), CloseAction::Quit, "she chose to quit on close");
    assert_eq!(on_close(false, s(true, false)), CloseAction::Quit, "no tray: nothing could bring the window back");
    assert_eq!(on_close(false, s(false, true)), CloseAction::Quit);
}

#[test]
fn she_is_told_once_and_can_choose_to_quit_on_close() {
    let store = Store::open_in_memory().unwrap();
    let d = store.desktop_settings().unwrap();
    assert!(d.close_to_tray, "keeping reminders coming is the default");
    assert!(!d.tray_hint_shown);
    assert_eq!(store.close_requested(true).unwrap(), CloseAction::HideToTray { first_time: true });
    assert_eq!(store.close_requested(true).unwrap(), CloseAction::HideToTray { first_time: false }, "only once");
    assert_eq!(store.close_requested(false).unwrap(), CloseAction::Quit);
    assert!(!store.set_close_to_tray(false).unwrap().close_to_tray);
    assert_eq!(store.close_requested(true).unwrap(), CloseAction::Quit);
    assert!(store.set_close_to_tray(true).unwrap().close_to_tray);
}

#[test]
fn desktop_changes_are_read_strictly() {
    assert_eq!(
        DesktopChange::from_input(&json!({"closeToTray": false})).unwrap(),
        DesktopChange { close_to_tray: Some(false), start_at_login: None }
    );
    assert_eq!(
        DesktopChange::from_input(&json!({"startAtLogin": true})).unwrap(),
        DesktopChange { close_to_tray: None, start_at_login: Some(true) }
    );
    for (bad, field) in [
        (json!({"closeToTray": "yes"}), "closeToTray"),
        (json!({"startAtLogin": 1}), "startAtLogin"),
        (json!({"closeToTray": true, "runAsRoot": true}), "runAsRoot"),
    ] {
        let e = DesktopChange::from_input(&bad).unwrap_err();
        assert_eq!(e.code(), "invalid_input", "{bad}");
        assert_eq!(e.field(), Some(field), "{bad}: {e}");
    }
    assert!(DesktopChange::from_input(&json!("on")).is_err(), "not an object");
}

#[test]
fn the_next_reminder_is_the_soonest_on_and_waits_out_quiet_hours() {
    let clock = ManualClock::at(2026, 11, 24, 18, 0);
    let store = Store::open_in_memory().unwrap().with_clock(clock.clone());
    api::save_quiet_hours(&store, &json!({"enabled": false})).unwrap();
    let (at, r) = store.next_reminder().unwrap().expect("the daily log reminder is on by default");
    assert_eq!((at.to_string().as_str(), r.id.as_str()), ("2026-11-24 21:00:00", "log-pain-evening"));

    clock.set(2026, 11, 24, 21, 0);
    let (at, _) = store.next_reminder().unwrap().unwrap();
    assert_eq!(at.to_string(), "2026-11-25 21:00:00", "at its time, the next is tomorrow's");

    // Quiet hours from 20:30 hold it back until they end.
    clock.set(2026, 11, 24, 18, 0);
    api::save_quiet_hours(&store, &json!({"enabled": true, "start": "20:30", "end": "07:00"})).unwrap();
    let (at, _) = store.next_reminder().unwrap().unwrap();
    assert_eq!(at.to_string(), "2026-11-25 07:00:00");

    api::update_reminder(&store, &json!("log-pain-evening"), &json!({"enabled": false})).unwrap();
    let soonest = store.next_reminder().unwrap();
    assert!(soonest.is_none_or(|(_, r)| r.id != "log-pain-evening"), "a reminder turned off is never next");
}

#[test]
fn a_snooze_brings_the_next_reminder_forward() {
    let clock = ManualClock::at(2026, 11, 24, 21, 0);
    let store = Store::open_in_memory().unwrap().with_clock(clock.clone());
    api::save_quiet_hours(&store, &json!({"enabled": false})).unwrap();
    store.due_reminders().unwrap();
    api::snooze_reminder(&store, &json!("log-pain-evening"), &json!(10)).unwrap();
    let (at, r) = store.next_reminder().unwrap().unwrap();
    assert_eq!((at.to_string().as_str(), r.id.as_str()), ("2026-11-24 21:10:00", "log-pain-evening"));
}
