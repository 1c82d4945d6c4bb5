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
use mend_core::Store;

/// The page listens to this to open a screen (e.g. "today/pain" from "Log pain now…").
pub const NAVIGATE_EVENT: &str = "mend://navigate";

/// Whether Mend has a tray icon, and the menu line that shows the next reminder.
pub struct Tray<R: Runtime> {
    available: AtomicBool,
    next: Mutex<Option<MenuItem<R>>>,
}

impl<R: Runtime> Default for Tray<R> {
    fn default() -> Self {
        Tray { available: AtomicBool::new(false), next: Mutex::new(None) }
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
        Ok(Ok(next)) => {
            let tray = app.state::<Tray<R>>();
            *tray.next.lock().unwrap_or_else(|p| p.into_inner()) = Some(next);
            tray.set_available(true);
            refresh_next(app);
        }
        Ok(Err(e)) => eprintln!("mend: no tray icon ({e}); closing the window will quit"),
        Err(_) => eprintln!("mend: no tray icon (the indicator library is missing); closing the window will quit"),
    }
}

fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<MenuItem<R>> {
    let open = MenuItem::with_id(app, "open", "Open Mend", true, None::<&str>)?;
    let log = MenuItem::with_id(app, "log-pain", "Log pain now…", true, None::<&str>)?;
    let next = MenuItem::with_id(app, "next", "Next reminder: none", false, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "Quit Mend", true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &log, &PredefinedMenuItem::separator(app)?, &next, &quit])?;
    let mut builder = TrayIconBuilder::with_id("main")
        .tooltip("Mend")
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
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    Ok(next)
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
    let guard = tray.next.lock().unwrap_or_else(|p| p.into_inner());
    let Some(item) = guard.as_ref() else { return };
    let store = app.state::<Store>();
    let text = match store.next_reminder() {
        Ok(Some((at, reminder))) => {
            let today = store.today();
            let day = if at.date() == today { String::new() } else { format!("{} ", at.format("%a")) };
            format!("Next reminder: {day}{} · {}", at.format("%H:%M"), reminder.title)
        }
        Ok(None) => "Next reminder: none (all off)".to_owned(),
        Err(_) => return,
    };
    let _ = item.set_text(text);
}

/// The app's event loop handler: closing the main window hides it in the tray (telling her so
/// the first time) or lets it close, which quits. Used by `run` and by the shell tests.
pub fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: &RunEvent) {
    let RunEvent::WindowEvent { label, event: WindowEvent::CloseRequested { api, .. }, .. } = event else { return };
    let Some(window) = app.get_webview_window(label) else { return };
    let tray_available = app.state::<Tray<R>>().available();
    match app.state::<Store>().close_requested(tray_available) {
        Ok(CloseAction::HideToTray { first_time }) => {
            api.prevent_close();
            let _ = window.hide();
            if first_time {
                crate::notify::tell(
                    app,
                    "Mend is still running",
                    "Reminders keep coming. Open Mend from its icon in the notification area. \
                     To quit when you close the window instead, change it in Settings.",
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
