//! Mend's Tauri shell: opens the store, registers the commands, runs the window.
//! The app is built over a generic runtime so tests drive the real commands through
//! `tauri::test::mock_builder()`.

pub mod cli;
mod commands;
#[cfg(all(feature = "e2e", debug_assertions, unix))]
mod e2e;
mod error;
mod notify;
pub mod startup;
mod tick;
pub mod tray;

use tauri::{Builder, Manager, Runtime};
use tauri_plugin_autostart::MacosLauncher;

use mend_core::Store;

pub use commands::Picked;
pub use error::CommandError;

/// What a login start adds to the command line: the window stays hidden in the tray.
pub const BACKGROUND_ARG: &str = "--background";

/// Registers Mend's state and commands on `builder`. The tests build it on a mock runtime,
/// several times in one process: what must exist once per machine (the single-instance
/// plugin) is added by `run` alone.
pub fn app<R: Runtime>(builder: Builder<R>, store: Store) -> Builder<R> {
    builder
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_autostart::init(MacosLauncher::LaunchAgent, Some(vec![BACKGROUND_ARG])))
        .manage(store)
        .manage(commands::Picked::default())
        .manage(tray::Tray::<R>::default())
        .manage(AfterFirstScreen::default())
        .invoke_handler(commands::handler())
        .on_page_load(|_, payload| {
            report_at(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-load-started",
                tauri::webview::PageLoadEvent::Finished => "page-load-finished",
            })
        })
        .setup(|app| {
            report_at("setup");
            tray::install(app.handle());
            report_at("tray");
            // The window starts hidden (tauri.conf.json) and shows unless this is a login
            // start with a tray to wait in.
            let background = std::env::args().any(|a| a == BACKGROUND_ARG);
            if !(background && app.state::<tray::Tray<R>>().available()) {
                tray::show_window(app.handle());
            }
            report_at("window-shown");
            #[cfg(all(feature = "e2e", debug_assertions, unix))]
            e2e::listen(app.handle());
            tick::start(app.handle().clone());
            backup_once_a_day(app.handle().clone());
            Ok(())
        })
}

/// A second launch of the window shows and focuses the first instead of opening another. Only
/// for the real run: on Windows and macOS a second app in the same process (a test's) would
/// find the first one's mutex or socket and exit at once. On Linux this needs the D-Bus
/// session bus; without one (a bare X server, a container)
/// Mend starts anyway rather than failing to start at all.
fn single_instance<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    if !session_bus_available() {
        return builder;
    }
    builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        eprintln!("mend: already running; showing this window");
        tray::show_window(app);
    }))
}

/// Whether a D-Bus session bus can be reached (always true off Linux).
pub(crate) fn session_bus_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    match std::env::var("DBUS_SESSION_BUS_ADDRESS") {
        Ok(address) => !address.is_empty() && address != "disabled:",
        Err(_) => std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| std::path::Path::new(&d).join("bus").exists()),
    }
}

/// How long housekeeping waits for the first screen before it runs anyway (a page that never
/// says it is ready, or a login start with the window hidden in the tray).
const FIRST_SCREEN_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The signal that the first screen is shown (the page's `app_ready`), for housekeeping that
/// must not compete with start-up for the store's lock.
#[derive(Default)]
pub struct AfterFirstScreen(std::sync::Mutex<Option<std::sync::mpsc::Sender<()>>>);

impl AfterFirstScreen {
    /// Lets what waits for the first screen run now (only the first call counts).
    pub fn start(&self) {
        if let Some(tx) = self.0.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = tx.send(());
        }
    }

    /// A receiver that hears `start`.
    fn wait(&self) -> std::sync::mpsc::Receiver<()> {
        let (tx, rx) = std::sync::mpsc::channel();
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(tx);
        rx
    }
}

/// Takes the day's backup in the background once the first screen is shown (or after
/// `FIRST_SCREEN_WAIT`), so start-up neither waits for it nor for the lock it holds; then
/// keeps her diary in sync with her other computers (when she turned sync on).
fn backup_once_a_day<R: Runtime>(app: tauri::AppHandle<R>) {
    let shown = app.state::<AfterFirstScreen>().wait();
    std::thread::spawn(move || {
        let _ = shown.recv_timeout(FIRST_SCREEN_WAIT);
        daily_backup(&app.state::<Store>());
        sync_in_background(&app);
    });
}

/// How often the background sync looks for changes she made here.
const SYNC_CHECK: std::time::Duration = std::time::Duration::from_secs(10);
/// How often it syncs anyway, for the other computers' changes.
const SYNC_EVERY: std::time::Duration = std::time::Duration::from_secs(180);

/// Syncs while Mend runs: at start, within `SYNC_CHECK` of a change she makes (so a burst of
/// saves goes out as one file), and every `SYNC_EVERY`. Off, locked or on the sample data, a
/// sync is refused and simply tried again later.
fn sync_in_background<R: Runtime>(app: &tauri::AppHandle<R>) {
    let mut last: Option<std::time::Instant> = None;
    loop {
        let store = app.state::<Store>();
        if last.is_none_or(|t| t.elapsed() >= SYNC_EVERY) || store.sync_pending() {
            if let Ok(report) = store.sync_now() {
                commands::announce_sync(app, &report);
            }
            last = Some(std::time::Instant::now());
        }
        std::thread::sleep(SYNC_CHECK);
    }
}

/// Takes the day's backup of her own diary if there is none yet, logging a failure. A locked
/// diary takes it when she unlocks it (`commands::lock::unlock` calls this again).
pub(crate) fn daily_backup(store: &Store) {
    if store.damage().is_some() || store.is_demo() || store.mode() == mend_core::store::Mode::Locked {
        return;
    }
    let started = std::time::Instant::now();
    if let Err(e) = store.daily_backup() {
        let message = format!("the daily backup failed: {e}");
        eprintln!("mend: {message}");
        startup::log(&message);
    }
    report_timing("backup", started.elapsed().as_secs_f64() * 1000.0);
}

/// Whether the start-up benchmark is listening (`MEND_REPORT_READY` is set).
pub(crate) fn reporting() -> bool {
    std::env::var_os("MEND_REPORT_READY").is_some()
}

/// Prints "timing <name> <ms>" on stdout for the start-up benchmark, when it is listening.
pub(crate) fn report_timing(name: &str, ms: f64) {
    if reporting() {
        println!("timing {name} {ms:.2}");
    }
}

/// When the process started (`run` notes it first thing).
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Prints "timing at.<name> <ms since the process started>" for the start-up benchmark.
pub(crate) fn report_at(name: &str) {
    if let Some(started) = STARTED.get() {
        report_timing(&format!("at.{name}"), started.elapsed().as_secs_f64() * 1000.0);
    }
}

/// Mend's Tauri context (config, embedded UI, capabilities), for any runtime.
/// The language of the system's locale (or the closest Mend speaks): hers until she chooses
/// one in Settings, for the window and the command line alike.
pub fn system_language() -> mend_core::i18n::Lang {
    mend_core::i18n::Lang::from_locale(&sys_locale::get_locale().unwrap_or_default())
}

pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!("../tauri.conf.json")
}

/// With a command (`mend log …`, `mend export …`), runs headless; otherwise opens the store
/// in the data folder and runs the window until it is closed.
pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    if let Some(code) = cli::main(std::env::args_os().collect()) {
        std::process::exit(code);
    }
    #[cfg(all(unix, not(target_os = "macos")))]
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        let lang = system_language();
        eprintln!("mend: {}", mend_core::i18n::t(lang, "cli-no-display", &[]));
        std::process::exit(2);
    }
    let demo = std::env::var("MEND_DEMO").is_ok_and(|v| v == "1");
    // A damaged data file is left alone: the window opens on the recovery screen instead.
    let started = std::time::Instant::now();
    let opened = mend_core::files::data_dir().and_then(|dir| Store::open_or_recover(&dir)).and_then(|store| {
        // An encrypted diary opens with the key this computer's keychain keeps, if she chose
        // that; otherwise (or if the keychain cannot be reached) on the lock screen.
        if store.mode() == mend_core::store::Mode::Locked {
            if let Err(e) = store.unlock_from_keychain() {
                eprintln!("mend: {e}");
            }
        }
        // MEND_DEMO=1 starts in sample-data mode (screenshots, trying Mend out).
        if store.damage().is_none() && store.mode() != mend_core::store::Mode::Locked {
            store.set_demo(demo)?;
        }
        Ok(store)
    });
    let lang = system_language();
    let store = opened.unwrap_or_else(|e| startup::fail(lang, &e.message_in(lang)));
    report_timing("open", started.elapsed().as_secs_f64() * 1000.0);
    // Until she chooses a language in Settings, Mend speaks the system's (or the closest).
    store.set_system_language(lang);
    let context = context();
    startup::adopt_webview_folder(&context.config().identifier);
    let app = app(single_instance(Builder::default()), store).build(context).unwrap_or_else(|e| {
        startup::fail(lang, &mend_core::i18n::t(lang, "startup-window-failed", &[("detail", e.to_string().into())]))
    });
    app.run(|handle, event| tray::on_run_event(handle, &event));
}
