//! Drives a Tauri app (Mend, or the bare app it is measured against) in the real WebKitGTK
//! webview: Xvfb (unless a display is given), `tauri-driver` in front of `WebKitWebDriver`,
//! and a fantoccini WebDriver session. Shared by the end-to-end tests and the benchmarks.
//! Missing tools fail with a message saying how to install them; nothing is skipped.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

/// The WebDriver client library, for tests that send key actions or resize the window.
pub use fantoccini;

mod slots;
pub use slots::{display, slot, Slot, SLOTS};
use slots::{display_of, held};

/// Where screenshots are saved for people to look at.
pub fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts");
    std::fs::create_dir_all(&dir).expect("artifacts folder");
    dir
}

/// Asks the kernel to send SIGTERM to the child when the thread that started it ends (Linux).
pub fn end_with_parent(command: &mut Command) {
    #[cfg(target_os = "linux")]
    unsafe {
        use std::os::unix::process::CommandExt;
        command.pre_exec(|| {
            // SAFETY: prctl is async-signal-safe; it only sets a flag on the new process.
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = command;
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A fresh, empty data folder for one test.
pub fn data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mend-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A running Mend window under WebDriver control: launched for one test, or the window the
/// tests share (see `App::start`).
pub struct App {
    pub client: Client,
    /// The tauri-driver this test launched; None for a shared window.
    driver: Option<Child>,
    /// The slot whose display (and shared window) it is on.
    slot: usize,
}

impl App {
    /// Launches the app at `app` on `data_dir` with extra environment `env`, and waits until
    /// its first screen is ready (`<body data-ready="true">`).
    pub async fn launch(app: &str, data_dir: &Path, env: &[(&str, &str)]) -> App {
        // A new session fails now and then before Mend has even started (WebKitWebDriver drops
        // the connection: "IncompleteMessage", seen once on a fresh machine's first launch):
        // that one is tried once more, with a new driver. A Mend that cannot start fails both.
        let (client, driver) = match Self::session(app, data_dir, env).await {
            Ok(started) => started,
            Err(first) => {
                eprintln!("mend-driver: a new WebDriver session failed ({first}); trying once more");
                Self::session(app, data_dir, env).await.unwrap_or_else(|e| panic!("WebDriver session with Mend: {e}"))
            }
        };
        let app = App { client, driver: Some(driver), slot: held() };
        app.wait_for(
            |a| async move { a.script("return document.body.dataset.ready || ''").await == "true" },
            "Mend to be ready",
        )
        .await;
        app.watch_status().await;
        app
    }

    /// Starts tauri-driver (which starts the app) and opens a WebDriver session with it.
    async fn session(app: &str, data_dir: &Path, env: &[(&str, &str)]) -> Result<(Client, Child), String> {
        Self::session_in(app, data_dir, env, held()).await
    }

    /// `session` on the display of slot `slot`, with tauri-driver and all it starts
    /// (WebKitWebDriver, Mend, WebKit's processes) in a process group of their own, stopped as
    /// one (`stop`).
    pub(crate) async fn session_in(
        app: &str,
        data_dir: &Path,
        env: &[(&str, &str)],
        slot: usize,
    ) -> Result<(Client, Child), String> {
        let port = free_port();
        let native = free_port();
        let mut command = Command::new(tauri_driver());
        command
            .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .env("DISPLAY", display_of(slot))
            // WebKit's CPU renderer, as on a computer without a GPU: Xvfb has none, and WebKit
            // drawing through its software OpenGL (llvmpipe) took 60% more processor time.
            .env("WEBKIT_SKIA_ENABLE_CPU_RENDERING", "1")
            // Argon2id at the smallest cost a key file accepts (read by debug builds only): these
            // tests are about the window; `tests/lock.rs` checks the cost a real encryption uses.
            .env("MEND_TEST_SMALLEST_KDF", "1")
            .env("MEND_DATA_DIR", data_dir)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // If the test dies before `quit`, the driver (and WebKitWebDriver behind it) goes too.
        end_with_parent(&mut command);
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut driver = command
            .spawn()
            .expect("tauri-driver is needed for end-to-end tests: run `make deps` (cargo install tauri-driver)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not start listening");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), json!({ "application": app }));
        let connected = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await;
        match connected {
            Ok(client) => Ok((client, driver)),
            Err(e) => {
                stop(&mut driver);
                Err(format!("{e:?}"))
            }
        }
    }

    /// Ends the session (closing Mend) and stops tauri-driver gently, so WebKitWebDriver exits
    /// too. The shared window is not closed: it lets go of this test's data folder instead, so
    /// the test may remove it.
    pub async fn quit(self) {
        if self.driver.is_none() {
            shared::park(self.slot);
            return;
        }
        let _ = self.client.clone().close().await;
        // Drop stops the driver.
    }

    /// A window on `data_dir` as `App::launch` would give with `env`, for tests that need
    /// nothing of a fresh process: the window the tests share, given a fresh start on
    /// `data_dir` (its store opened again on that folder as at start, the page loaded again),
    /// when every variable of `env` is one that can be given so (the language, the theme,
    /// sample data, the file dialogs' answers); otherwise a launch of its own.
    pub async fn start(app: &str, data_dir: &Path, env: &[(&str, &str)]) -> App {
        match shared::Reset::of(data_dir, env) {
            Some(reset) => shared::start(app, held(), reset).await,
            None => App::launch(app, data_dir, env).await,
        }
    }

    /// The first element matching `css`, waiting up to 10 s for it to appear.
    pub async fn el(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Scrolls `css` to the middle of the window (clear of the sticky header), then clicks it.
    /// A click that something briefly covers (a closing dialog, a toast) is tried again for up
    /// to 2 s, as a person would click again.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            let el = self.el(css).await;
            let arg = serde_json::to_value(&el).unwrap();
            self.client.execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg]).await.unwrap();
            match el.click().await {
                Ok(()) => return,
                Err(e) if Instant::now() >= deadline => panic!("click {css}: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Clears a text field and types `text` into it, as a person would.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.el(css).await;
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    pub async fn text(&self, css: &str) -> String {
        self.el(css).await.text().await.unwrap()
    }

    /// Runs `js` in the page and returns its result as text (JSON for non-strings).
    pub async fn script(&self, js: &str) -> String {
        match self.client.execute(js, vec![]).await {
            Ok(Value::String(s)) => s,
            Ok(v) => v.to_string(),
            Err(e) => format!("<script error: {e}>"),
        }
    }

    /// Runs async `js` that calls `arguments[0]` with its result.
    pub async fn script_async(&self, js: &str) -> Value {
        self.client.execute_async(js, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Polls `check` every 50 ms for up to 10 s.
    pub async fn wait_for<'a, F, Fut>(&'a self, check: F, what: &str)
    where
        F: Fn(&'a App) -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + Duration::from_secs(15);
        while !check(self).await {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the text of `css` contains `needle`, and returns that text.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(el) => el.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(needle) {
                return text;
            }
            assert!(Instant::now() < deadline, "{css} should contain {needle:?}, but reads {text:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until Mend's status line (`#status`, where a message shows for a few seconds) has
    /// said something containing `needle` since the last message this found, and returns it.
    /// Each message is recorded in the page as it is shown, so a loaded machine's slow polls
    /// cannot miss one that came and went between them.
    pub async fn announced(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            match self.client.execute(SAID, vec![Value::from(needle)]).await {
                Ok(Value::String(said)) => return said,
                Ok(_) => {}
                Err(e) => panic!("reading the status line's messages: {e}"),
            }
            assert!(Instant::now() < deadline, "the status line should have said {needle:?}: {}", self.said().await);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// What the status line has said since the last message `announced` found.
    async fn said(&self) -> String {
        self.script("return JSON.stringify(window.__said || [])").await
    }

    /// Starts recording what the status line says (see `announced`), from now.
    async fn watch_status(&self) {
        self.client.execute(SAID, vec![Value::Null]).await.expect("watching the status line");
    }

    /// Saves a screenshot to artifacts/`name`.png once the last change has been painted.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        self.script_async("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))").await;
        let png = self.client.screenshot().await.expect("screenshot");
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        let path = artifacts().join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }
}

/// Records each message the status line shows (installed once per page load), then takes the
/// first recorded one containing `arguments[0]`, with those before it, and returns it (null
/// while none has).
const SAID: &str = "const needle = arguments[0];
    const status = document.querySelector('#status');
    if (!status) return null;
    if (!window.__said) {
      window.__said = [];
      const note = () => { if (status.dataset.visible === 'true') window.__said.push(status.textContent); };
      new MutationObserver(note).observe(status,
        { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-visible'] });
      note();
    }
    if (needle === null) return null;
    const i = window.__said.findIndex((said) => said.includes(needle));
    if (i < 0) return null;
    const said = window.__said[i];
    window.__said.splice(0, i + 1);
    return said;";

/// A test that fails before `quit` still stops its tauri-driver and all it started.
impl Drop for App {
    fn drop(&mut self) {
        if let Some(driver) = &mut self.driver {
            stop(driver);
        }
    }
}

/// Stops a tauri-driver and everything in its process group (WebKitWebDriver, Mend, WebKit's
/// processes): SIGTERM first, then SIGKILL to whatever is left after 5 s. The group, not the
/// driver alone: a driver killed before it could end WebKitWebDriver left that running.
pub(crate) fn stop(driver: &mut Child) {
    #[cfg(unix)]
    {
        let group = driver.id() as libc::pid_t;
        // SAFETY: signals the process group our own child leads (its pid is the group's id).
        unsafe { libc::kill(-group, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let _ = driver.try_wait();
            // SAFETY: signal 0 only asks whether any process of the group is left.
            if unsafe { libc::kill(-group, 0) } != 0 {
                break;
            }
            if Instant::now() >= deadline {
                // SAFETY: as above.
                unsafe { libc::kill(-group, libc::SIGKILL) };
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let _ = driver.kill();
    let _ = driver.wait();
}

#[cfg(unix)]
mod shared;
#[cfg(not(unix))]
mod shared {
    //! No shared window off Unix (its control is a Unix socket): every test launches its own.
    pub struct Reset;
    impl Reset {
        pub fn of(_: &std::path::Path, _: &[(&str, &str)]) -> Option<Reset> {
            None
        }
    }
    pub async fn start(_: &str, _: usize, _: Reset) -> super::App {
        unreachable!()
    }
    pub fn park(_: usize) {}
}

/// `tauri-driver` from PATH or cargo's bin folder.
fn tauri_driver() -> PathBuf {
    let in_cargo = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|c| c.join("bin/tauri-driver"));
    match in_cargo {
        Some(p) if p.exists() => p,
        _ => PathBuf::from("tauri-driver"),
    }
}
