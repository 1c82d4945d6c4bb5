//! Mend in the tray (notification area): closing the window hides it there so reminders keep
//! coming, and the tray menu opens the window, goes straight to logging pain, shows when the
//! next reminder is due and quits. Where the desktop has no tray, nothing is built and closing
//! quits as a plain window does (the decision itself is the core's `desktop::on_close`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Emitter, Manager, RunEvent, Runtime, WindowEvent};

use mend_core::desktop::CloseAction;
use mend_core::i18n::{self, Lang};
use mend_core::platform::Os;
use mend_core::Store;

/// The page listens to this to open a screen (e.g. "today/pain" from "Log pain now…").
pub const NAVIGATE_EVENT: &str = "mend://navigate";

/// The tray menu's items, kept to relabel them when the language or the next reminder changes.
struct Items<R: Runtime> {
    open: MenuItem<R>,
    log: MenuItem<R>,
    next: MenuItem<R>,
    quit: MenuItem<R>,
}

/// Whether Mend has a tray icon, and its menu items.
pub struct Tray<R: Runtime> {
    available: AtomicBool,
    items: Mutex<Option<Items<R>>>,
}

impl<R: Runtime> Default for Tray<R> {
    fn default() -> Self {
        Tray { available: AtomicBool::new(false), items: Mutex::new(None) }
    }
}

impl<R: Runtime> Tray<R> {
    /// Whether closing the window can hide it in a tray.
    pub fn available(&self) -> bool {
        self.available.load(Ordering::SeqCst)
    }

    /// Marks the tray as there (or not); the shell tests use it to act as a desktop with one.
    pub fn set_available(&self, on: bool) {
        self.available.store(on, Ordering::SeqCst);
    }
}

/// Builds the tray icon and its menu when the desktop has a tray. A failure (no tray host, no
/// indicator library) leaves Mend without one: closing then quits, as Settings explains.
pub fn install<R: Runtime>(app: &AppHandle<R>) {
    if !tray_host_present() {
        return;
    }
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| build(app)));
    match built {
        Ok(Ok(items)) => {
            let tray = app.state::<Tray<R>>();
            *tray.items.lock().unwrap_or_else(|p| p.into_inner()) = Some(items);
            tray.set_available(true);
            refresh_next(app);
        }
        Ok(Err(e)) => eprintln!("mend: no tray icon ({e}); closing the window will quit"),
        Err(_) => eprintln!("mend: no tray icon (the indicator library is missing); closing the window will quit"),
    }
}

/// The language the tray and notifications speak: hers (English if it cannot be read).
fn language<R: Runtime>(app: &AppHandle<R>) -> Lang {
    app.state::<Store>().language()
}

fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Items<R>> {
    let lang = language(app);
    let open = MenuItem::with_id(app, "open", i18n::t(lang, "tray-open", &[]), true, None::<&str>)?;
    let log = MenuItem::with_id(app, "log-pain", i18n::t(lang, "tray-log-pain", &[]), true, None::<&str>)?;
    let next = MenuItem::with_id(app, "next", i18n::t(lang, "tray-next-none", &[]), false, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", i18n::t(lang, "tray-quit", &[]), true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &log, &PredefinedMenuItem::separator(app)?, &next, &quit])?;
    let mut builder = TrayIconBuilder::with_id("main")
        .tooltip(i18n::t(lang, "tray-tooltip", &[]))
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => show_window(app),
            "log-pain" => {
                show_window(app);
                let _ = app.emit(NAVIGATE_EVENT, "today/pain");
            }
            "quit" => app.exit(0),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click { button: MouseButton::Left, button_state: MouseButtonState::Up, .. } = event {
                show_window(tray.app_handle());
            }
        });
    // The macOS menu bar takes a template: black and clear, tinted by the system for a light or
    // dark bar. The other trays show the app's own icon.
    #[cfg(target_os = "macos")]
    {
        builder = builder.icon(tauri::include_image!("../assets/icons/tray-template.png")).icon_as_template(true);
    }
    #[cfg(not(target_os = "macos"))]
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    Ok(Items { open, log, next, quit })
}

/// Relabels the tray menu in the language now in force (after she changes it in Settings).
pub fn relabel<R: Runtime>(app: &AppHandle<R>) {
    let lang = language(app);
    {
        let tray = app.state::<Tray<R>>();
        let guard = tray.items.lock().unwrap_or_else(|p| p.into_inner());
        let Some(items) = guard.as_ref() else { return };
        let _ = items.open.set_text(i18n::t(lang, "tray-open", &[]));
        let _ = items.log.set_text(i18n::t(lang, "tray-log-pain", &[]));
        let _ = items.quit.set_text(i18n::t(lang, "tray-quit", &[]));
    }
    refresh_next(app);
}

/// Shows, unminimizes and focuses the main window (tray menu, tray click, a second launch).
pub fn show_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Updates the tray menu's "Next reminder" line from the core.
pub fn refresh_next<R: Runtime>(app: &AppHandle<R>) {
    let tray = app.state::<Tray<R>>();
    let guard = tray.items.lock().unwrap_or_else(|p| p.into_inner());
    let Some(items) = guard.as_ref() else { return };
    let store = app.state::<Store>();
    let lang = language(app);
    let text = match store.next_reminder() {
        Ok(Some((at, reminder))) => {
            use chrono::Datelike;
            let time = at.format("%H:%M").to_string();
            let args = [
                ("day", at.weekday().number_from_monday().into()),
                ("time", time.into()),
                ("title", reminder.title.into()),
            ];
            if at.date() == store.today() {
                i18n::t(lang, "tray-next-today", &args)
            } else {
                i18n::t(lang, "tray-next-later", &args)
            }
        }
        Ok(None) => i18n::t(lang, "tray-next-none", &[]),
        Err(_) => return,
    };
    let _ = items.next.set_text(text);
}

/// The app's event loop handler: closing the main window hides it in the tray (telling her so
/// the first time) or lets it close, which quits; on macOS the Dock icon reopens the window. Used by `run` and by the shell tests.
pub fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: &RunEvent) {
    // macOS: clicking the Dock icon (after closing to the menu bar, or after a log-in start)
    // brings the window back.
    #[cfg(target_os = "macos")]
    if let RunEvent::Reopen { .. } = event {
        show_window(app);
        return;
    }
    let RunEvent::WindowEvent { label, event: WindowEvent::CloseRequested { api, .. }, .. } = event else { return };
    let Some(window) = app.get_webview_window(label) else { return };
    let tray_available = app.state::<Tray<R>>().available();
    match app.state::<Store>().close_requested(tray_available) {
        Ok(CloseAction::HideToTray { first_time }) => {
            api.prevent_close();
            let _ = window.hide();
            if first_time {
                let lang = language(app);
                crate::notify::tell(
                    app,
                    &i18n::t(lang, "still-running-title", &[]),
                    &if mend_core::platform::menu_bar(Os::current()) {
                        i18n::t(lang, "still-running-body-macos", &[])
                    } else {
                        i18n::t(lang, "still-running-body", &[])
                    },
                );
            }
        }
        Ok(CloseAction::Quit) => {}
        Err(e) => eprintln!("mend: {e}; closing"),
    }
}

/// Whether the desktop has a tray host. Linux: a StatusNotifierWatcher on the session bus
/// (KDE, GNOME with the AppIndicator extension, Xfce, Cinnamon, MATE, LXQt…); plain GNOME has
/// none. Windows and macOS always have one.
#[cfg(target_os = "linux")]
fn tray_host_present() -> bool {
    if !crate::session_bus_available() {
        return false;
    }
    let ask = || -> zbus::Result<bool> {
        let conn = zbus::blocking::Connection::session()?;
        let bus = zbus::blocking::fdo::DBusProxy::new(&conn)?;
        Ok(bus.name_has_owner("org.kde.StatusNotifierWatcher".try_into()?)?)
    };
    ask().unwrap_or(false)
}

#[cfg(not(target_os = "linux"))]
fn tray_host_present() -> bool {
    true
}
