//! Mend in the tray, in the real webview: on a private D-Bus session with a stand-in tray host
//! (a StatusNotifierWatcher, as KDE or GNOME's AppIndicator extension provide) and notification
//! server, the window is closed the way a desktop closes it (WM_DELETE_WINDOW), hides, says so
//! once, and comes back through the tray menu's own entries (clicked over dbusmenu, as a panel
//! does), with everything as she left it.

use std::collections::HashMap;
use std::ffi::{CStr, CString};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use zbus::blocking::connection;

use crate::harness::{artifacts, data_dir, display, end_with_parent, slot, App};

/// What the stand-in desktop saw: tray items that registered, notifications shown.
#[derive(Default)]
struct Seen {
    items: Vec<(String, String)>,
    notifications: Vec<String>,
}

struct Watcher(Arc<Mutex<Seen>>);

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, service: String, #[zbus(header)] header: zbus::message::Header<'_>) {
        let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
        self.0.lock().unwrap().items.push((sender, service));
    }
    fn register_status_notifier_host(&self, _service: String) {}
    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.0.lock().unwrap().items.iter().map(|(s, p)| format!("{s}{p}")).collect()
    }
    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }
    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

struct Notifications(Arc<Mutex<Seen>>);

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app: String,
        _replaces: u32,
        _icon: String,
        summary: String,
        _body: String,
        _actions: Vec<String>,
        _hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _timeout: i32,
    ) -> u32 {
        let mut seen = self.0.lock().unwrap();
        seen.notifications.push(summary);
        seen.notifications.len() as u32
    }
    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into()]
    }
    fn get_server_information(&self) -> (String, String, String, String) {
        ("stand-in".into(), "mend-tests".into(), "1".into(), "1.2".into())
    }
    fn close_notification(&self, _id: u32) {}
}

/// A private session bus (ended with the test) carrying the stand-in desktop services.
struct Desktop {
    address: String,
    seen: Arc<Mutex<Seen>>,
    bus: std::process::Child,
    _services: zbus::blocking::Connection,
}

impl Desktop {
    fn start() -> Desktop {
        let mut command = Command::new("dbus-daemon");
        command.args(["--session", "--nofork", "--nopidfile", "--print-address=1"]).stdout(Stdio::piped());
        end_with_parent(&mut command);
        let mut bus = command.spawn().expect("dbus-daemon is needed: run `make deps` (apt-get install dbus)");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(bus.stdout.take().unwrap()), &mut line).unwrap();
        let address = line.trim().to_owned();
        assert!(address.starts_with("unix:"), "dbus-daemon printed no address: {line:?}");
        let seen = Arc::new(Mutex::new(Seen::default()));
        let services = connection::Builder::address(address.as_str())
            .unwrap()
            .name("org.kde.StatusNotifierWatcher")
            .unwrap()
            .name("org.freedesktop.Notifications")
            .unwrap()
            .serve_at("/StatusNotifierWatcher", Watcher(seen.clone()))
            .unwrap()
            .serve_at("/org/freedesktop/Notifications", Notifications(seen.clone()))
            .unwrap()
            .build()
            .expect("the stand-in tray host on the private bus");
        Desktop { address, seen, bus, _services: services }
    }

    fn notifications(&self) -> Vec<String> {
        self.seen.lock().unwrap().notifications.clone()
    }

    /// `gdbus call` on the private bus; its GVariant text.
    fn call(&self, dest: &str, path: &str, method: &str, args: &[&str]) -> String {
        let out = Command::new("gdbus")
            .args(["call", "--address", &self.address, "--dest", dest, "--object-path", path, "--method", method])
            .args(args)
            .output()
            .expect("gdbus is needed (libglib2.0-bin, installed with libwebkit2gtk-4.1-dev)");
        assert!(out.status.success(), "{method}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits for Mend's tray item, and returns its bus name and menu path.
    fn tray_menu(&self) -> (String, String) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let (sender, service) = loop {
            if let Some(item) = self.seen.lock().unwrap().items.first().cloned() {
                break item;
            }
            assert!(Instant::now() < deadline, "Mend never put an icon in the tray");
            std::thread::sleep(Duration::from_millis(100));
        };
        let (dest, path) =
            if service.starts_with('/') { (sender, service) } else { (service, "/StatusNotifierItem".to_owned()) };
        let menu =
            self.call(&dest, &path, "org.freedesktop.DBus.Properties.Get", &["org.kde.StatusNotifierItem", "Menu"]);
        let menu = menu.split('\'').nth(1).expect("the item names its menu").to_owned();
        (dest, menu)
    }

    /// The menu's entries as (id, label), in order.
    fn entries(&self, dest: &str, menu: &str) -> Vec<(i32, String)> {
        let layout = self.call(dest, menu, "com.canonical.dbusmenu.GetLayout", &["0", "int32 -1", "@as []"]);
        let mut entries = Vec::new();
        for chunk in layout.split("<(").skip(1) {
            let id = chunk.split(',').next().unwrap().trim().parse().unwrap_or(-1);
            if let Some(rest) = chunk.split("'label': <'").nth(1) {
                entries.push((id, rest.split("'>").next().unwrap().replace('_', "")));
            }
        }
        entries
    }

    /// Clicks the entry labelled `label`, as a panel does when she picks it.
    fn click(&self, dest: &str, menu: &str, label: &str) {
        let entries = self.entries(dest, menu);
        let (id, _) = entries.iter().find(|(_, l)| l == label).unwrap_or_else(|| panic!("no {label:?} in {entries:?}"));
        self.call(dest, menu, "com.canonical.dbusmenu.Event", &[&id.to_string(), "clicked", "<0>", "0"]);
    }
}

/// The private bus ends with the test, passing or failing (it is also told to end with the
/// thread that started it).
impl Drop for Desktop {
    fn drop(&mut self) {
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

/// The pid of the Mend process running on `dir` (other tests' windows may still be closing).
fn app_pid(dir: &std::path::Path) -> u64 {
    let wanted = format!("MEND_DATA_DIR={}", dir.display()).into_bytes();
    let pids = std::fs::read_dir("/proc").unwrap().filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u64>().ok());
    for pid in pids {
        let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap_or_default();
        let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
        if exe.file_name().is_some_and(|n| n == "mend") && environ.split(|b| *b == 0).any(|v| v == wanted) {
            return pid;
        }
    }
    panic!("no Mend process on {}", dir.display());
}

/// How many of process `pid`'s windows titled "Mend" are mapped (shown).
fn shown_windows(pid: u64) -> usize {
    with_windows(pid, |_, _, _| {})
}

/// Sends WM_DELETE_WINDOW to Mend's shown window, as the desktop does when she clicks ×.
fn close_as_the_desktop_does(pid: u64) {
    let closed = with_windows(pid, |x, dpy, w| unsafe {
        use x11_dl::xlib;
        let atom = |name: &str| (x.XInternAtom)(dpy, CString::new(name).unwrap().as_ptr(), xlib::False);
        let mut event: xlib::XEvent = std::mem::zeroed();
        event.client_message.type_ = xlib::ClientMessage;
        event.client_message.window = w;
        event.client_message.message_type = atom("WM_PROTOCOLS");
        event.client_message.format = 32;
        event.client_message.data.set_long(0, atom("WM_DELETE_WINDOW") as i64);
        event.client_message.data.set_long(1, xlib::CurrentTime as i64);
        (x.XSendEvent)(dpy, w, xlib::False, xlib::NoEventMask, &mut event);
    });
    assert_eq!(closed, 1, "one Mend window to close");
}

/// Calls `f` on every mapped window titled "Mend" of process `pid` (its `_NET_WM_PID`);
/// returns how many there were.
fn with_windows(pid: u64, mut f: impl FnMut(&x11_dl::xlib::Xlib, *mut x11_dl::xlib::Display, u64)) -> usize {
    use x11_dl::xlib;
    let x = xlib::Xlib::open().expect("libX11");
    let name = CString::new(display()).unwrap();
    // SAFETY: plain Xlib calls on a display this function opens and closes; every pointer
    // Xlib returns is checked and freed with XFree.
    unsafe {
        let dpy = (x.XOpenDisplay)(name.as_ptr());
        assert!(!dpy.is_null(), "cannot open the test display");
        let pid_atom = (x.XInternAtom)(dpy, c"_NET_WM_PID".as_ptr(), xlib::False);
        let owner = |w: u64| -> Option<u64> {
            let (mut kind, mut format, mut n, mut after, mut data) = (0, 0, 0, 0, std::ptr::null_mut());
            let got = (x.XGetWindowProperty)(
                dpy,
                w,
                pid_atom,
                0,
                1,
                xlib::False,
                xlib::XA_CARDINAL,
                &mut kind,
                &mut format,
                &mut n,
                &mut after,
                &mut data,
            );
            // Xlib hands 32-bit properties back as C longs, whose width varies by platform.
            #[allow(clippy::unnecessary_cast)]
            let value = (got == 0 && n == 1 && !data.is_null()).then(|| *(data as *const std::ffi::c_ulong) as u64);
            if !data.is_null() {
                (x.XFree)(data.cast());
            }
            value
        };
        let mut stack = vec![(x.XDefaultRootWindow)(dpy)];
        let mut count = 0;
        while let Some(w) = stack.pop() {
            let (mut root, mut parent, mut children, mut n) = (0, 0, std::ptr::null_mut(), 0);
            if (x.XQueryTree)(dpy, w, &mut root, &mut parent, &mut children, &mut n) != 0 && !children.is_null() {
                stack.extend(std::slice::from_raw_parts(children, n as usize));
                (x.XFree)(children.cast());
            }
            let mut title = std::ptr::null_mut();
            if (x.XFetchName)(dpy, w, &mut title) != 0 && !title.is_null() {
                let is_mend = CStr::from_ptr(title).to_bytes() == b"Mend";
                (x.XFree)(title.cast());
                let mut attrs: xlib::XWindowAttributes = std::mem::zeroed();
                (x.XGetWindowAttributes)(dpy, w, &mut attrs);
                if is_mend && attrs.map_state == xlib::IsViewable && owner(w) == Some(pid) {
                    f(&x, dpy, w);
                    count += 1;
                }
            }
        }
        (x.XFlush)(dpy);
        (x.XCloseDisplay)(dpy);
        count
    }
}

async fn wait_shown(app: &App, pid: u64, shown: bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while (shown_windows(pid) > 0) != shown {
        assert!(Instant::now() < deadline, "the window never became {}", if shown { "shown" } else { "hidden" });
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let state = if shown { "visible" } else { "hidden" };
    app.wait_for(move |a| async move { a.script("return document.visibilityState").await == state }, state).await;
}

/// Turns every reminder off but `ids`, which are set to `time` (HH:MM).
fn only_reminders(store: &mend_core::Store, ids: &[&str], time: &str) {
    use serde_json::json;
    for r in store.list_reminders().unwrap() {
        let on = ids.contains(&r.id.as_str());
        let mut change = json!({"enabled": on});
        if on {
            change["time"] = json!(time);
        }
        mend_core::api::update_reminder(store, &json!(r.id), &change).unwrap();
    }
}

#[tokio::test]
async fn closing_the_window_keeps_mend_in_the_tray_and_its_menu_brings_it_back() {
    let _slot = slot();
    let desktop = Desktop::start();
    let dir = data_dir("tray");
    // The evening pain log at a time 2 to 13 hours ahead and outside the quiet hours
    // (22:00–07:00), every other reminder off: its last time is over 10 hours past, so nothing
    // falls due while the test runs, whatever the time of day (at 21:00 and after, the default
    // evening log once arrived in the middle of it), and the tray names that time.
    let evening = (2..14)
        .map(|h| chrono::Local::now() + chrono::Duration::hours(h))
        .find(|t| (7..22).contains(&chrono::Timelike::hour(t)))
        .expect("an hour outside the quiet hours")
        .format("%H:%M")
        .to_string();
    only_reminders(&mend_core::Store::open(&dir).unwrap(), &["log-pain-evening"], &evening);
    let app = App::launch(crate::APP, &dir, &[("DBUS_SESSION_BUS_ADDRESS", &desktop.address)]).await;
    crate::skip_profile(&app).await;
    let (dest, menu) = desktop.tray_menu();
    let pid = app_pid(&dir);

    // Something of hers on the page: a pain check-in, then Settings open.
    app.click("#score-options label[data-score='4']").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#total-pain", "Highest 4").await;
    crate::open(&app, "settings").await;
    app.wait_for(
        |a| async move {
            a.script("return String(document.querySelector('#desktop-form [name=closeToTray]').checked)").await
                == "true"
        },
        "Settings to show the tray setting on",
    )
    .await;
    assert!(app.text("#desktop-note").await.contains("keeps Mend in the notification area"));
    // Not macOS: the switch says "notification area", not "menu bar".
    let label = app
        .script("return document.querySelector('#desktop-form [name=closeToTray]').closest('label').textContent")
        .await;
    assert!(label.contains("Keep Mend running in the notification area"), "{label}");
    app.script("document.querySelector('#desktop-form').scrollIntoView()").await;
    app.screenshot("settings-tray").await;

    // The menu a panel shows: open, log pain, the next reminder, quit.
    let labels: Vec<String> = desktop.entries(&dest, &menu).into_iter().map(|(_, l)| l).collect();
    std::fs::write(artifacts().join("tray-menu.txt"), labels.join("\n")).unwrap();
    for wanted in ["Open Mend", "Log pain now…", "Quit Mend"] {
        assert!(labels.iter().any(|l| l == wanted), "{wanted:?} in {labels:?}");
    }
    assert!(labels.iter().any(|l| l.starts_with("Next reminder: ") && l.contains(&evening)), "{labels:?}");

    // Closed: hidden, not gone, and she is told once.
    assert_eq!(shown_windows(pid), 1);
    close_as_the_desktop_does(pid);
    wait_shown(&app, pid, false).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while desktop.notifications().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(desktop.notifications(), ["Mend is still running"]);

    // "Open Mend": the same window, as she left it.
    desktop.click(&dest, &menu, "Open Mend");
    wait_shown(&app, pid, true).await;
    assert_eq!(app.script("return document.body.dataset.screen").await, "settings");
    crate::open(&app, "today").await;
    app.wait_text("#total-pain", "Highest 4").await;

    // Closed again: no second message. "Log pain now…" opens today's check-in, ready to type.
    close_as_the_desktop_does(pid);
    wait_shown(&app, pid, false).await;
    desktop.click(&dest, &menu, "Log pain now…");
    wait_shown(&app, pid, true).await;
    app.wait_for(
        |a| async move { a.script("return document.activeElement && document.activeElement.name || ''").await == "score" },
        "the pain scale to have the focus",
    )
    .await;
    assert_eq!(desktop.notifications().len(), 1, "told once: {:?}", desktop.notifications());
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn without_a_tray_settings_say_reminders_need_mend_open() {
    let _slot = slot();
    let dir = data_dir("no-tray");
    // No session bus at all: no tray host to stay in.
    let env = [("DBUS_SESSION_BUS_ADDRESS", "disabled:"), ("GTK_THEME", "Adwaita:dark")];
    let app = App::launch(crate::APP, &dir, &env).await;
    crate::skip_profile(&app).await;
    crate::open(&app, "settings").await;
    app.wait_for(|a| async move { !a.text("#desktop-note").await.is_empty() }, "the note").await;
    assert!(app.text("#desktop-note").await.contains("reminders arrive only while its window is open"));
    let switch = "document.querySelector('#desktop-form [name=closeToTray]')";
    assert_eq!(app.script(&format!("return String({switch}.disabled && !{switch}.checked)")).await, "true");
    app.script("document.querySelector('#desktop-form').scrollIntoView()").await;
    app.screenshot("settings-no-tray-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_locked_diary_still_sends_its_reminders_in_mends_own_words() {
    let _slot = slot();
    let desktop = Desktop::start();
    let dir = data_dir("tray-locked");
    {
        // The evening pain log due five minutes ago, and the calcium check (which reads her
        // log) too; every other reminder off. Then her diary is locked.
        let store = mend_core::Store::open(&dir).unwrap();
        let due = (chrono::Local::now() - chrono::Duration::minutes(5)).format("%H:%M").to_string();
        only_reminders(&store, &["log-pain-evening", "calcium-not-logged"], &due);
        // No quiet hours: from 22:00 to 07:00 they would hold the reminder back.
        mend_core::api::save_quiet_hours(&store, &serde_json::json!({"enabled": false})).unwrap();
        store.encrypt_with("tray passphrase", false, mend_core::cipher::Kdf::SMALLEST).unwrap();
    }
    let app = App::launch(crate::APP, &dir, &[("DBUS_SESSION_BUS_ADDRESS", &desktop.address)]).await;
    assert_eq!(app.script("return document.body.dataset.locked || ''").await, "true");
    let deadline = Instant::now() + Duration::from_secs(10);
    while desktop.notifications().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    // The pain log, in its own words; not the calcium check, which would need her log.
    assert_eq!(desktop.notifications(), ["How was your back today?"]);
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
