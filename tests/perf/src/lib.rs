//! Measurements for `make bench`: start-up time and peak memory of a whole process tree (the
//! app and its WebKit processes) under Xvfb, simple statistics, and criterion's saved
//! estimates, printed as one table.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// One launch: time until the page said it was ready, how much of that the page itself spent
/// (its own clock, from navigation start), and the peak RSS of the process tree.
#[derive(Debug, Clone)]
pub struct Launch {
    pub ready: Duration,
    pub page_ms: f64,
    pub peak_rss_kib: u64,
    /// Peak RSS of each kind of process in the tree: the app, WebKit's web process, WebKit's
    /// network process (and anything else counted with the app), in KiB.
    pub peak_by_kind_kib: [u64; 3],
    /// The page's start-up marks sent with "ready" (ms from navigation start, by name), and
    /// the app's own "timing <name> <ms>" lines, up to the end of the settle time.
    pub marks: HashMap<String, f64>,
    pub timings: HashMap<String, f64>,
}

/// Reads "ready <at> [<marks as a JSON object>]": the page's clock and its marks.
pub fn parse_ready(rest: &str) -> (f64, HashMap<String, f64>) {
    let rest = rest.trim();
    let (at, json) = rest.split_once(' ').unwrap_or((rest, ""));
    let marks = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(json.trim())
        .map(|m| m.into_iter().filter_map(|(k, v)| Some((k, v.as_f64()?))).collect())
        .unwrap_or_default();
    (at.parse().unwrap_or(f64::NAN), marks)
}

/// Reads "timing <name> <ms>".
pub fn parse_timing(rest: &str) -> Option<(String, f64)> {
    let (name, ms) = rest.trim().split_once(' ')?;
    Some((name.to_owned(), ms.trim().parse().ok()?))
}

/// The files the page at `index` (an HTML file) asks for before its first screen: the
/// scripts, module preloads, stylesheets and images it names, and every module those import
/// statically (`import … from './x.js'`, followed through each file; a dynamic `import()`
/// loads later and is not counted). Sorted, relative to the HTML file's folder.
pub fn first_screen_requests(index: &Path) -> Vec<String> {
    let root = index.parent().unwrap_or(Path::new("."));
    let html = std::fs::read_to_string(index).unwrap_or_default();
    let mut queue: Vec<String> = Vec::new();
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        let named = |attr: &str| {
            let at = tag.find(&format!(" {attr}=\""))? + attr.len() + 3;
            Some(tag[at..].split('"').next()?.to_owned())
        };
        let wanted = tag.starts_with("script")
            || tag.starts_with("img")
            || (tag.starts_with("link") && (tag.contains("stylesheet") || tag.contains("modulepreload")));
        if let Some(url) = wanted.then(|| named("src").or_else(|| named("href"))).flatten() {
            queue.push(url);
        }
    }
    let mut seen: Vec<String> = Vec::new();
    while let Some(file) = queue.pop() {
        if seen.contains(&file) {
            continue;
        }
        if file.ends_with(".js") {
            let text = std::fs::read_to_string(root.join(&file)).unwrap_or_default();
            let dir = Path::new(&file).parent().unwrap_or(Path::new(""));
            for quote in ['\'', '"'] {
                for pattern in [format!("from {quote}"), format!("import {quote}")] {
                    for (at, _) in text.match_indices(&pattern) {
                        let rest = &text[at + pattern.len()..];
                        let Some(spec) = rest.split(quote).next() else { continue };
                        if spec.starts_with("./") || spec.starts_with("../") {
                            queue.push(normalise(&dir.join(spec)));
                        }
                    }
                }
            }
        }
        seen.push(file);
    }
    seen.sort();
    seen
}

/// `a/./b/../c` as `a/c`.
fn normalise(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                parts.pop();
            }
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    parts.join("/")
}

/// Which of the three kinds a process is, by its name (`comm`, cut at 15 characters).
fn kind_of(pid: u32) -> usize {
    let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    if comm.starts_with("WebKitWebProces") {
        1
    } else if comm.starts_with("WebKitNetworkPr") {
        2
    } else {
        0
    }
}

/// The resident set size of one process, in KiB (0 if it is gone).
fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// `root` and every process descended from it.
pub fn process_tree(root: u32) -> Vec<u32> {
    let mut parents: HashMap<u32, Vec<u32>> = HashMap::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else { continue };
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
            let Some(after) = stat.rsplit_once(')').map(|(_, rest)| rest) else { continue };
            if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse::<u32>().ok()) {
                parents.entry(ppid).or_default().push(pid);
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        if let Some(children) = parents.get(&tree[i]) {
            tree.extend(children);
        }
        i += 1;
    }
    tree
}

/// The summed RSS of a process tree, in KiB.
pub fn tree_rss_kib(root: u32) -> u64 {
    tree_rss_by_kind_kib(root).iter().sum()
}

/// The RSS of a process tree by kind of process (app, web, network), in KiB.
pub fn tree_rss_by_kind_kib(root: u32) -> [u64; 3] {
    let mut out = [0; 3];
    for pid in process_tree(root) {
        out[kind_of(pid)] += rss_kib(pid);
    }
    out
}

/// Launches `app` with `env` on `display`, waits for a "ready" line on its stdout (at most
/// `timeout`), keeps sampling memory for `settle` more, then stops the whole tree.
pub fn launch(
    app: &Path,
    env: &[(&str, &str)],
    display: &str,
    timeout: Duration,
    settle: Duration,
) -> Result<Launch, String> {
    let started = Instant::now();
    let mut child = Command::new(app)
        .envs(env.iter().copied())
        .env("DISPLAY", display)
        .env("MEND_REPORT_READY", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", app.display()))?;
    let pid = child.id();
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = done.clone();
        std::thread::spawn(move || {
            let (mut peak, mut by_kind) = (0, [0u64; 3]);
            while !done.load(Ordering::SeqCst) {
                let now = tree_rss_by_kind_kib(pid);
                peak = peak.max(now.iter().sum());
                for (p, n) in by_kind.iter_mut().zip(now) {
                    *p = (*p).max(n);
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            (peak, by_kind)
        })
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().expect("piped");
    let timings = Arc::new(std::sync::Mutex::new(HashMap::new()));
    let heard = timings.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.trim().strip_prefix("ready") {
                let _ = tx.send((Instant::now(), parse_ready(rest)));
            } else if let Some((name, ms)) = line.trim().strip_prefix("timing").and_then(parse_timing) {
                heard.lock().unwrap().insert(name, ms);
            }
        }
    });
    let ready = rx.recv_timeout(timeout).map(|(at, page)| (at - started, page));
    if ready.is_ok() {
        std::thread::sleep(settle);
    }
    done.store(true, Ordering::SeqCst);
    let timings = timings.lock().unwrap().clone();
    let (peak_rss_kib, peak_by_kind_kib) = sampler.join().unwrap_or((0, [0; 3]));
    // Stop the whole tree: the app, then any WebKit process it leaves behind.
    let tree = process_tree(pid);
    for p in tree.iter().rev() {
        let _ = Command::new("kill").args(["-TERM", &p.to_string()]).status();
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    let (ready, (page_ms, marks)) =
        ready.map_err(|_| format!("{} did not report ready within {timeout:?}", app.display()))?;
    Ok(Launch { ready, page_ms, peak_rss_kib, peak_by_kind_kib, marks, timings })
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The nearest-rank percentile `p` (0–100) of `values`.
pub fn percentile(values: &[f64], p: f64) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * v.len() as f64).ceil().max(1.0) as usize;
    v[rank.min(v.len()) - 1]
}

/// Criterion's mean estimate for benchmark `id` ("group/name" or "name"), in nanoseconds,
/// from `target/criterion`.
pub fn criterion_mean_ns(criterion_dir: &Path, id: &str) -> Option<f64> {
    let dir = criterion_dir.join(id).join("new/estimates.json");
    let text = std::fs::read_to_string(dir).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["mean"]["point_estimate"].as_f64()
}

/// A row of the results table.
pub struct Row {
    pub what: String,
    pub figure: String,
    pub goal: String,
    pub verdict: &'static str,
}

/// The results as a Markdown table.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from("| measure | figure | goal | met |\n| --- | --- | --- | --- |\n");
    for r in rows {
        out.push_str(&format!("| {} | {} | {} | {} |\n", r.what, r.figure, r.goal, r.verdict));
    }
    out
}

/// "yes" or "no".
pub fn met(ok: bool) -> &'static str {
    if ok {
        "yes"
    } else {
        "no"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        let hundred: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&hundred, 95.0), 95.0);
        assert_eq!(percentile(&hundred, 50.0), 50.0);
        assert_eq!(percentile(&[7.0], 95.0), 7.0);
    }

    #[test]
    fn the_process_tree_and_its_memory_are_found() {
        let mut child = Command::new("sh").args(["-c", "sleep 5 & sleep 5"]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        let tree = process_tree(child.id());
        assert!(tree.len() >= 3, "sh and its two sleeps: {tree:?}");
        assert!(tree_rss_kib(child.id()) > 0);
        for p in tree.iter().rev() {
            let _ = Command::new("kill").arg(p.to_string()).status();
        }
        let _ = child.wait();
    }

    #[test]
    fn ready_and_timing_lines_are_read() {
        let (at, marks) = parse_ready(" 312.5 {\"modules\":120,\"paint\":null,\"fluent\":140.25}");
        assert_eq!(at, 312.5);
        assert_eq!(marks.get("modules"), Some(&120.0));
        assert_eq!(marks.get("fluent"), Some(&140.25));
        assert!(!marks.contains_key("paint"), "a mark the page could not take is left out");
        let (at, marks) = parse_ready(" 29");
        assert_eq!((at, marks.len()), (29.0, 0), "the bare app sends no marks");
        assert_eq!(parse_timing(" core.summary 1.25"), Some(("core.summary".into(), 1.25)));
        assert_eq!(parse_timing(" nonsense"), None);
    }

    #[test]
    fn the_first_screen_requests_follow_static_imports_only() {
        let dir = std::env::temp_dir().join(format!("mend-perf-requests-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("lib")).unwrap();
        std::fs::write(
            dir.join("index.html"),
            r#"<link rel="stylesheet" href="styles.css"><script type="module" src="main.js"></script><img src="icon.svg" alt="">"#,
        )
        .unwrap();
        std::fs::write(
            dir.join("main.js"),
            "import { a } from './lib/a.js';\nconst later = () => import('./lib/late.js');",
        )
        .unwrap();
        std::fs::write(dir.join("lib/a.js"), "import {\n  b\n} from \"./b.js\";\nimport '../side.js';").unwrap();
        for f in ["lib/b.js", "side.js", "lib/late.js", "styles.css", "icon.svg"] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        let found = first_screen_requests(&dir.join("index.html"));
        assert_eq!(found, ["icon.svg", "lib/a.js", "lib/b.js", "main.js", "side.js", "styles.css"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_table_is_markdown() {
        let t = table(&[Row { what: "x".into(), figure: "1 ms".into(), goal: "≤ 2 ms".into(), verdict: met(true) }]);
        assert_eq!(t, "| measure | figure | goal | met |\n| --- | --- | --- | --- |\n| x | 1 ms | ≤ 2 ms | yes |\n");
    }
}
