//! Builds the Tauri context from the root tauri.conf.json and generates one permission per
//! Mend command, so capabilities/main.json can grant exactly those and nothing else.

/// Every command the UI may call; keep in step with `commands::handler()`.
const COMMANDS: &[&str] = &[
    "app_ready",
    "startup",
    "get_profile",
    "save_profile",
    "log_pain",
    "log_exercise",
    "log_calcium",
    "update_pain",
    "update_exercise",
    "update_calcium",
    "delete_entry",
    "day_summary",
    "copy_previous_day",
    "trends",
    "chart_svg",
    "history",
    "demo_mode",
    "set_demo_mode",
    "data_span",
    "list_guidance",
    "get_guidance",
    "search_guidance",
    "list_reminders",
    "update_reminder",
    "snooze_reminder",
    "dismiss_reminder",
    "due_reminders",
    "quiet_hours",
    "save_quiet_hours",
    "red_flag_list",
    "save_red_flags",
    "alerts",
    "recovery_status",
    "recover",
    "list_backups",
    "backup_now",
    "restore_backup",
    "export_data",
    "pick_import_file",
    "preview_import",
    "import_data",
];

fn main() {
    println!("cargo:rerun-if-changed=../ui");
    println!("cargo:rerun-if-changed=../tauri.conf.json");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .config_path("../tauri.conf.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to build the Tauri context");
}
