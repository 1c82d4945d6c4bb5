//! The real commands, through Tauri's IPC layer with real argument deserialization and the
//! real capabilities, on a mock runtime (no display needed).

use serde_json::json;
use tauri::test::{mock_builder, MockRuntime};
use tauri::WebviewWindow;

mod common;
use common::{invoke, invoke_from};

use mend_core::clock::FixedClock;
use mend_core::Store;

fn window() -> WebviewWindow<MockRuntime> {
    let store = Store::open_in_memory().unwrap().with_clock(FixedClock::noon(2026, 11, 24));
    let app = mend_lib::app(mock_builder(), store).build(mend_lib::context()).expect("app builds");
    tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window")
}

#[test]
fn log_and_summarise_a_day() {
    let w = window();
    let pain =
        invoke(&w, "log_pain", json!({"entry": {"date": "2026-11-24", "score": 5, "locations": ["lower_back"]}}))
            .unwrap();
    assert!(pain["id"].as_i64().unwrap() > 0);
    assert_eq!(pain["score"], 5);
    assert!(pain["createdAt"].is_string() && pain["updatedAt"].is_string());
    invoke(&w, "log_exercise", json!({"entry": {"date": "2026-11-24", "kind": "walking", "minutes": 30}})).unwrap();
    invoke(&w, "log_calcium", json!({"entry": {"date": "2026-11-24", "mg": 2600, "source": "food"}})).unwrap();
    let day = invoke(&w, "day_summary", json!({"date": "2026-11-24"})).unwrap();
    assert_eq!(day["painMax"], 5);
    assert_eq!(day["exerciseMinutes"], 30);
    assert_eq!(day["calciumMg"], 2600);
    assert_eq!(day["calciumUl"], 2500);
    assert_eq!(day["notices"][0]["code"], "calcium_above_ul");
    assert_eq!(day["notices"][0]["level"], "warning");
}

#[test]
fn sleep_mood_and_her_tags_through_the_ipc() {
    let w = window();
    let d = "2026-11-24";
    assert_eq!(invoke(&w, "set_sleep", json!({"date": d, "hours": 6.5})).unwrap()["sleepHours"], 6.5);
    assert_eq!(invoke(&w, "set_mood", json!({"date": d, "mood": 7})).unwrap()["mood"], 7);
    let tag = invoke(&w, "create_tag", json!({"name": "Used the baby carrier"})).unwrap();
    let id = tag["id"].as_i64().unwrap();
    assert_eq!(tag["retired"], false);
    let day = invoke(&w, "set_day_tag", json!({"date": d, "tagId": id, "on": true})).unwrap();
    assert_eq!(day["tags"], json!([{"id": id, "name": "Used the baby carrier", "retired": false}]));
    assert_eq!(invoke(&w, "rename_tag", json!({"id": id, "name": "Baby carrier"})).unwrap()["name"], "Baby carrier");
    let summary = invoke(&w, "day_summary", json!({"date": d})).unwrap();
    assert_eq!(summary["factors"]["sleepHours"], 6.5);
    assert_eq!(summary["factors"]["mood"], 7);
    assert_eq!(summary["factors"]["tags"][0]["name"], "Baby carrier");
    assert_eq!(invoke(&w, "retire_tag", json!({"id": id, "retired": true})).unwrap()["retired"], true);
    assert_eq!(invoke(&w, "list_tags", json!({})).unwrap()[0]["retired"], true);
    let history = invoke(&w, "history", json!({"query": {}})).unwrap();
    assert_eq!(history["days"][0]["factors"]["tags"][0]["retired"], true, "History keeps a retired tag's days");
    // null clears; a retired tag can be switched off but not on.
    assert_eq!(invoke(&w, "set_sleep", json!({"date": d, "hours": null})).unwrap()["sleepHours"], json!(null));
    assert_eq!(invoke(&w, "set_day_tag", json!({"date": d, "tagId": id, "on": true})).unwrap_err()["field"], "tagId");
    assert_eq!(invoke(&w, "set_day_tag", json!({"date": d, "tagId": id, "on": false})).unwrap()["tags"], json!([]));
    // The catalog carries the mood scale's words, so the window keeps no copy.
    let start = invoke(&w, "startup", json!({})).unwrap();
    let anchors = &start["catalog"]["vocabulary"]["moodAnchor"];
    assert_eq!(anchors[0], json!({"id": "0", "label": "Very low"}), "{start}");
    assert_eq!(start["catalog"]["limits"]["moodMax"], 10);
}

#[test]
fn wrongly_typed_input_rejects_with_a_field_level_error() {
    let w = window();
    let cases = [
        ("log_pain", json!({"entry": {"date": "2026-11-24", "score": "7"}}), "score"),
        ("log_pain", json!({"entry": {"date": "2026-11-24", "score": 5.5}}), "score"),
        ("log_pain", json!({"entry": {"date": "2026-02-30", "score": 5}}), "date"),
        ("log_pain", json!({"entry": {"date": "2026-11-24", "score": 5, "locations": ["knee"]}}), "locations"),
        ("log_exercise", json!({"entry": {"date": "2026-11-24", "kind": "running", "minutes": 5}}), "kind"),
        ("log_calcium", json!({"entry": {"date": "2026-11-24", "mg": "lots", "source": "food"}}), "mg"),
        ("update_pain", json!({"id": "one", "entry": {"date": "2026-11-24", "score": 1}}), "id"),
        ("delete_entry", json!({"kind": "mood", "id": 1}), "kind"),
        ("save_profile", json!({"profile": {"ageBand": 30}}), "ageBand"),
        ("day_summary", json!({"date": 20261124}), "date"),
        // A missing argument is a missing field, not Tauri's bare string.
        ("day_summary", json!({}), "date"),
    ];
    for (cmd, body, field) in cases {
        let err = invoke(&w, cmd, body.clone()).expect_err(&format!("{cmd} {body} should fail"));
        assert_eq!(err["code"], "invalid_input", "{cmd} {body}: {err}");
        assert_eq!(err["field"], field, "{cmd} {body}: {err}");
        let message = err["message"].as_str().unwrap();
        assert!(message.ends_with('.') && message.len() > 15, "a sentence: {message}");
    }
    let entry = invoke(&w, "log_pain", json!({})).unwrap_err();
    assert_eq!(entry["code"], "invalid_input");
    // Nothing was stored by any of the failures.
    let day = invoke(&w, "day_summary", json!({"date": "2026-11-24"})).unwrap();
    assert_eq!(day["pain"], json!([]));
}

#[test]
fn update_and_delete_round_trip_with_not_found() {
    let w = window();
    let c = invoke(&w, "log_calcium", json!({"entry": {"date": "2026-11-24", "mg": 300, "source": "food"}})).unwrap();
    let id = c["id"].clone();
    let u =
        invoke(&w, "update_calcium", json!({"id": id, "entry": {"date": "2026-11-24", "mg": 350, "source": "food"}}))
            .unwrap();
    assert_eq!(u["mg"], 350);
    invoke(&w, "delete_entry", json!({"kind": "calcium", "id": id})).unwrap();
    let err = invoke(&w, "delete_entry", json!({"kind": "calcium", "id": id})).unwrap_err();
    assert_eq!(err["code"], "not_found");
    assert!(err.get("field").is_none());
}

#[test]
fn profile_round_trip() {
    let w = window();
    assert_eq!(invoke(&w, "get_profile", json!({})).unwrap()["configured"], false);
    let saved = invoke(
        &w,
        "save_profile",
        json!({"profile": {"birthDate": "2026-10-01", "deliveryType": "caesarean", "ageBand": "14-18"}}),
    )
    .unwrap();
    assert_eq!(saved["configured"], true);
    assert_eq!(invoke(&w, "get_profile", json!({})).unwrap(), saved);
    let day = invoke(&w, "day_summary", json!({"date": "2026-11-24"})).unwrap();
    assert_eq!(day["calciumRda"], 1300);
}

#[test]
fn only_mends_own_commands_from_its_own_pages_are_allowed() {
    let w = window();
    let err = invoke(&w, "plugin:fs|read_file", json!({"path": "/etc/passwd"})).unwrap_err();
    assert!(err.as_str().unwrap().contains("not allowed"), "{err}");
    let err = invoke_from(&w, "https://example.com", "day_summary", json!({"date": "2026-11-24"})).unwrap_err();
    assert!(err.as_str().unwrap().contains("not allowed"), "a remote page may not call Mend: {err}");
}

#[test]
fn guidance_reminders_and_red_flags_through_ipc() {
    let w = window();
    let list = invoke(&w, "list_guidance", json!({})).unwrap();
    assert!(list.as_array().unwrap().len() >= 11);
    assert!(list.as_array().unwrap().iter().all(|a| a["forYou"].is_null()), "no profile, no \"for you\"");
    let page = invoke(&w, "get_guidance", json!({"id": "calcium"})).unwrap();
    assert!(page["html"].as_str().unwrap().contains("2,500 mg"));
    assert!(!page["sources"].as_array().unwrap().is_empty());
    assert_eq!(page["reviewed"], "2026-11-25");
    assert_eq!(page["nextReview"], "2027-11-25");
    assert_eq!(invoke(&w, "get_guidance", json!({"id": "nope"})).unwrap_err()["code"], "not_found");
    let hits = invoke(&w, "search_guidance", json!({"query": "calcium"})).unwrap();
    assert_eq!(hits[0]["id"], "calcium");
    assert_eq!(invoke(&w, "search_guidance", json!({"query": "zzzz"})).unwrap(), json!([]));

    let reminders = invoke(&w, "list_reminders", json!({})).unwrap();
    assert!(reminders.as_array().unwrap().iter().all(|r| r["articleId"].is_string()));
    let r = invoke(
        &w,
        "update_reminder",
        json!({"id": "calcium-breakfast", "settings": {"enabled": true, "time": "07:30"}}),
    )
    .unwrap();
    assert_eq!(r["schedule"], json!({"kind": "daily", "time": "07:30"}));
    let err =
        invoke(&w, "update_reminder", json!({"id": "calcium-breakfast", "settings": {"time": "7.30"}})).unwrap_err();
    assert_eq!(err["field"], "time");
    assert!(invoke(&w, "due_reminders", json!({})).unwrap().is_array());

    let flags = invoke(&w, "red_flag_list", json!({})).unwrap();
    let flags = flags.as_array().unwrap();
    assert!(flags.iter().all(|f| f["level"] == "emergency" || f["level"] == "urgent"), "two levels only");
    assert!(flags
        .iter()
        .all(|f| f.as_object().unwrap().keys().collect::<Vec<_>>() == ["group", "groupLabel", "id", "label", "level"]));
    invoke(&w, "save_red_flags", json!({"date": "2026-11-24", "flags": ["night_pain"]})).unwrap();
    let alerts = invoke(&w, "alerts", json!({})).unwrap();
    assert_eq!(alerts[0]["level"], "urgent");
    assert_eq!(alerts[0]["articleId"], "when-to-see-a-clinician");
    assert!(alerts[0]["message"].as_str().unwrap().starts_with("Contact your midwife, doctor or maternity unit now."));
    assert!(alerts[0]["card"]["script"].as_str().unwrap().starts_with("I gave birth on ______"));

    // With a profile, her articles come first and say why.
    invoke(&w, "save_profile", json!({"profile": {"breastfeeding": true}})).unwrap();
    let list = invoke(&w, "list_guidance", json!({})).unwrap();
    assert_eq!(list[0]["id"], "vitamin-d-and-bones");
    assert!(list[0]["forYou"].as_str().unwrap().contains("breastfeeding"));
}

#[test]
fn import_is_previewed_then_applied_through_ipc() {
    let w = window();
    let dir = std::env::temp_dir().join(format!("mend-ipc-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("in.csv");
    std::fs::write(
        &file,
        "kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\n\
         pain,2026-11-20,,5,lower_back,,,,,,\ncalcium,2026-11-20,,,,,,,300,food,milk\n",
    )
    .unwrap();
    // The page cannot name a path: only a token for a file picked in the native dialog.
    let path = file.to_str().unwrap();
    for body in [json!({"path": path}), json!({"file": path}), json!({"file": "0123456789abcdef"})] {
        let err = invoke(&w, "preview_import", body.clone()).unwrap_err();
        assert_eq!(err["field"], "file", "{body}");
    }
    let token = tauri::Manager::state::<mend_lib::Picked>(&w).register(file.clone());
    let preview = invoke(&w, "preview_import", json!({"file": token})).unwrap();
    assert_eq!((preview["dryRun"].clone(), preview["added"]["pain"].clone()), (json!(true), json!(1)));
    assert_eq!(
        invoke(&w, "day_summary", json!({"date": "2026-11-20"})).unwrap()["pain"],
        json!([]),
        "preview changes nothing"
    );
    let done = invoke(&w, "import_data", json!({"file": token})).unwrap();
    assert_eq!(done["added"]["calcium"], 1);
    assert_eq!(invoke(&w, "day_summary", json!({"date": "2026-11-20"})).unwrap()["calciumMg"], 300);
    let err = invoke(&w, "import_data", json!({"file": 5})).unwrap_err();
    assert_eq!(err["field"], "file");
    assert_eq!(invoke(&w, "recovery_status", json!({})).unwrap(), json!(null));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn startup_returns_the_first_screen_in_one_call() {
    let w = window();
    invoke(&w, "log_pain", json!({"entry": {"date": "2026-11-24", "score": 6}})).unwrap();
    let boot = invoke(&w, "startup", json!({})).unwrap();
    assert_eq!(boot["recovery"], json!(null));
    assert_eq!(boot["demo"], false);
    assert_eq!(boot["profile"]["configured"], false);
    assert_eq!(boot["today"]["date"], "2026-11-24");
    assert_eq!(boot["today"]["painMax"], 6);
    assert!(boot["redFlags"].as_array().unwrap().len() >= 10);
    assert!(boot["banners"].is_array());
}

#[test]
fn the_language_changes_at_once_and_guidance_follows() {
    let w = window();
    let boot = invoke(&w, "startup", json!({})).unwrap();
    assert_eq!(boot["lang"], "en");
    assert!(boot["messages"].as_str().unwrap().contains("nav-today = Today"));
    let view = invoke(&w, "set_language", json!({"lang": "zh-CN"})).unwrap();
    assert_eq!(view["lang"], "zh-CN");
    assert!(view["messages"].as_str().unwrap().contains("nav-today = 今天"));
    assert_eq!(invoke(&w, "startup", json!({})).unwrap()["lang"], "zh-CN", "kept");
    let hits = invoke(&w, "search_guidance", json!({"query": "钙质"})).unwrap();
    assert_eq!(hits[0]["id"], "calcium", "{hits}");
    let page = invoke(&w, "get_guidance", json!({"id": "calcium"})).unwrap();
    assert!(page["title"].as_str().unwrap().contains('钙'), "{}", page["title"]);
    let list = invoke(&w, "list_guidance", json!({})).unwrap();
    assert_eq!(list[0]["title"], "为什么产后常见腰背痛");
    let reminders = invoke(&w, "list_reminders", json!({})).unwrap();
    assert!(reminders.as_array().unwrap().iter().any(|r| r["title"] == "今天腰背感觉怎么样？"), "{reminders}");
    invoke(&w, "set_language", json!({"lang": "en"})).unwrap();
    assert_eq!(
        invoke(&w, "get_guidance", json!({"id": "calcium"})).unwrap()["title"],
        "Calcium every day, but not too much"
    );
}

/// The day's backup waits for the first screen: none is taken while the page starts, and
/// one is taken once it says it is ready (`app_ready`), so start-up never waits for it.
#[test]
fn the_days_backup_is_taken_once_the_first_screen_is_shown() {
    use std::time::{Duration, Instant};
    use tauri::Manager;
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().to_path_buf();
    let store = Store::open(&home).unwrap();
    // The app's setup (which starts the backup's wait) runs with its event loop.
    let app = mend_lib::app(mock_builder(), store).build(mend_lib::context()).expect("app builds");
    let seen = std::sync::Arc::new(std::sync::Mutex::new((Vec::new(), Vec::new())));
    let log = seen.clone();
    app.run_return(move |handle, event| {
        if !matches!(event, tauri::RunEvent::Ready) {
            return;
        }
        let backups = || -> Vec<String> {
            std::fs::read_dir(home.join("backups"))
                .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
                .unwrap_or_default()
        };
        let w = handle.get_webview_window("main").expect("the window from tauri.conf.json");
        invoke(&w, "startup", json!({})).unwrap();
        std::thread::sleep(Duration::from_millis(500));
        let before = backups();
        invoke(&w, "app_ready", json!({"at": 120.5, "marks": {"modules": 80.0}})).unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        let taken = |files: &[String]| files.iter().any(|f| f.starts_with("mend-") && f.ends_with(".sqlite3"));
        while !taken(&backups()) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        *log.lock().unwrap() = (before, backups());
        // The test's app ends with its window (the mock runtime cannot be asked to exit).
        w.destroy().unwrap();
    });
    let (before, after) = seen.lock().unwrap().clone();
    assert_eq!(before, Vec::<String>::new(), "no backup before the first screen is shown");
    assert!(after.iter().any(|f| f.starts_with("mend-") && f.ends_with(".sqlite3")), "the day's backup: {after:?}");
}
