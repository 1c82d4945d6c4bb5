//! Two real Syncthing instances on loopback sharing one folder, for end-to-end sync tests.
//!
//! Needs the `syncthing` binary on PATH (Debian 12: `apt-get install syncthing`, 1.19.2).
//! Each instance has its own home under one tempdir and listens only on 127.0.0.1; there is
//! no discovery, relaying, NAT/STUN, upgrade check, usage or crash reporting, so nothing
//! leaves the machine.

use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The folder id both instances share.
pub const FOLDER_ID: &str = "mend-sync";

/// One running `syncthing serve`, killed (and reaped) when dropped: a panic anywhere,
/// even half-way through [`Pair::start`], leaves no process behind.
pub struct Node {
    pub name: &'static str,
    pub id: String,
    /// Its home: config.xml, keys, database, and `syncthing.log` (stdout + stderr).
    pub home: PathBuf,
    child: Mutex<Child>,
}

impl Drop for Node {
    fn drop(&mut self) {
        let child = self.child.get_mut().unwrap_or_else(|e| e.into_inner());
        let _ = child.kill();
        let _ = child.wait();
    }
}

impl Node {
    pub fn log(&self) -> String {
        fs::read_to_string(self.home.join("syncthing.log")).unwrap_or_default()
    }

    fn exited(&self) -> Option<ExitStatus> {
        // try_wait needs &mut; the Mutex lets wait_for take &self.
        self.child.lock().unwrap().try_wait().ok().flatten()
    }
}

/// Instances A and B sharing folder [`FOLDER_ID`] (sendreceive).
pub struct Pair {
    // Fields drop in declaration order: the processes die before their homes go.
    pub a: Node,
    pub b: Node,
    homes: tempfile::TempDir,
}

impl Pair {
    /// Starts B (folder at `b_dir`), then A (folder at `a_dir`), and returns once they are
    /// connected. Creates both dirs and their `.stfolder` markers.
    ///
    /// Only A dials (it knows B at `tcp://127.0.0.1:<port>`; B knows A as "dynamic", which
    /// with discovery off means "wait to be called"), and only once B listens. When both
    /// dial at once, Syncthing's dialing from its own listen port makes the two SYNs meet as
    /// one TCP simultaneous open that neither side's TLS accepts: 20-25 s lost, 1 run in 8.
    pub fn start(a_dir: &Path, b_dir: &Path) -> Pair {
        let homes = tempfile::tempdir().expect("tempdir for syncthing homes");
        let [port_a, port_b, gui_a, gui_b] = free_ports();
        let a = Side::new(homes.path().join("a"), a_dir, port_a, gui_a);
        let b = Side::new(homes.path().join("b"), b_dir, port_b, gui_b);
        write_config(&a, &b, true);
        write_config(&b, &a, false);
        let b = serve("B", b);
        let listening = format!("TCP listener (127.0.0.1:{port_b}) starting");
        wait_until(&[&b], || b.log().contains(&listening), Duration::from_secs(60), "B to listen");
        let pair = Pair { a: serve("A", a), b, homes };
        let linked = |n: &Node, peer: &Node| n.log().contains(&format!("Established secure connection to {}", peer.id));
        pair.wait_for(
            || linked(&pair.a, &pair.b) && linked(&pair.b, &pair.a),
            Duration::from_secs(60),
            "A and B to connect",
        );
        pair
    }

    /// The tempdir holding both homes, in every command line of this pair (for `pgrep -f`).
    pub fn homes(&self) -> &Path {
        self.homes.path()
    }

    /// Polls `what` every 50 ms. Panics, with both logs' tails, on timeout or if a
    /// syncthing process has exited.
    pub fn wait_for(&self, what: impl Fn() -> bool, timeout: Duration, label: &str) {
        wait_until(&[&self.a, &self.b], what, timeout, label);
    }
}

fn wait_until(nodes: &[&Node], what: impl Fn() -> bool, timeout: Duration, label: &str) {
    let start = Instant::now();
    while !what() {
        let mut problem: String =
            nodes.iter().filter_map(|n| Some(format!("syncthing {} exited ({}); ", n.name, n.exited()?))).collect();
        if problem.is_empty() && start.elapsed() > timeout {
            problem = format!("timed out after {timeout:?} ");
        }
        if !problem.is_empty() {
            let logs: String =
                nodes.iter().map(|n| format!("\n--- syncthing {} log ---\n{}", n.name, tail(&n.log(), 40))).collect();
            panic!("{problem}waiting for {label}{logs}");
        }
        sleep(Duration::from_millis(50));
    }
}

/// What one instance's config needs to know about itself (and its peer about it).
struct Side {
    home: PathBuf,
    dir: String,
    id: String,
    port: u16,
    gui: u16,
}

impl Side {
    /// Generates the home's key pair and reads back the device id.
    fn new(home: PathBuf, dir: &Path, port: u16, gui: u16) -> Side {
        fs::create_dir_all(dir.join(".stfolder")).expect("create folder and its .stfolder marker");
        let home_arg = format!("--home={}", home.display());
        run(&["generate", &home_arg, "--no-default-folder", "--skip-port-probing"]);
        let out = run(&["serve", &home_arg, "--device-id"]);
        let id = out.lines().last().expect("device id").trim().to_owned(); // STTRACE adds lines
        let dir = dir.to_str().expect("utf-8 folder path").to_owned();
        Side { home, dir, id, port, gui }
    }
}

fn run(args: &[&str]) -> String {
    let out = Command::new("syncthing").args(args).output().expect("run syncthing (apt-get install syncthing)");
    assert!(out.status.success(), "syncthing {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Four distinct free loopback ports (all bound at once, so they differ).
fn free_ports() -> [u16; 4] {
    let held = [0; 4].map(|_| TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0"));
    held.map(|l| l.local_addr().unwrap().port())
}

/// Overwrites the generated config.xml; whatever is left out keeps Syncthing's default.
fn write_config(me: &Side, peer: &Side, dial_peer: bool) {
    let (path, id, peer_id) = (xml_escape(&me.dir), &me.id, &peer.id);
    let peer_addr = if dial_peer { format!("tcp://127.0.0.1:{}", peer.port) } else { "dynamic".into() };
    let xml = format!(
        r#"<configuration version="36">
    <folder id="{FOLDER_ID}" label="{FOLDER_ID}" path="{path}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{id}"></device>
        <device id="{peer_id}"></device>
    </folder>
    <device id="{id}" name="{id:.7}"><address>dynamic</address></device>
    <device id="{peer_id}" name="{peer_id:.7}"><address>{peer_addr}</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:{}</address><apikey>mend-test-key</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
    </options>
</configuration>
"#,
        me.gui, me.port
    );
    fs::write(me.home.join("config.xml"), xml).expect("write config.xml");
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
}

/// Starts `syncthing serve` with stdout and stderr going to `<home>/syncthing.log`.
fn serve(name: &'static str, side: Side) -> Node {
    let log = fs::File::create(side.home.join("syncthing.log")).expect("create log");
    let child = Command::new("syncthing")
        .args(["serve", &format!("--home={}", side.home.display()), "--no-browser", "--no-restart", "--no-upgrade"])
        // 1.19 always runs a monitor that forks the real syncthing, even with --no-restart, and
        // killing the monitor orphans it. This internal variable (the one the monitor sets for
        // its child) makes `serve` run syncthing itself: our child is the only process.
        .env("STMONITORED", "1")
        .env("STHASHING", "minio") // skip the ~1 s SHA-256 benchmark at start
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("clone log handle"))
        .stderr(log)
        .spawn()
        .expect("spawn syncthing serve");
    Node { name, id: side.id, home: side.home, child: Mutex::new(child) }
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}
