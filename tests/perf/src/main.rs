//! `mend-perf`: measures Mend against a bare Tauri window and raw SQLite, and prints one table.
//! Run by `make bench` after the criterion benchmarks and a release build:
//!   mend-perf [--runs N] [--ipc N] [--before PATH]
//! (`--before`: another build of Mend, measured in the same alternation, e.g. before a change).
//! Start-up and memory: each app is launched N times under Xvfb, alternating, timing from
//! process start until the page reports ready, and sampling the RSS of the app and its WebKit
//! processes every 10 ms. IPC: `log_pain` + `day_summary` round trips timed in the page.

use std::path::{Path, PathBuf};
use std::time::Duration;

use mend_perf::{criterion_mean_ns, first_screen_requests, launch, median, met, percentile, table, Launch, Row};

/// An app to launch: its name in the progress lines, its binary and its environment.
type Measured<'a> = (&'a str, PathBuf, Vec<(&'a str, &'a str)>);

struct Options {
    runs: usize,
    ipc: usize,
    /// Another build of Mend to measure in the same run (`--before PATH`), e.g. the last release.
    before: Option<PathBuf>,
}

fn options() -> Options {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str, default: usize| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let before = args.iter().position(|a| a == "--before").and_then(|i| args.get(i + 1)).map(PathBuf::from);
    Options { runs: value("--runs", 7), ipc: value("--ipc", 200), before }
}

/// The time to ready of one launch, in ms.
fn ms_of(run: &Launch) -> f64 {
    run.ready.as_secs_f64() * 1000.0
}

/// A copy of the data folder `dir` beside it (its files, not its backups), so another build
/// opens the same diary without touching this one's.
fn copy_of(dir: &Path) -> PathBuf {
    let copy = dir.with_extension("before");
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
        }
    }
    copy
}

/// A data folder with a profile and a week of entries, so Mend's first screen has real data.
fn prepared_data(mend: &Path) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mend-perf-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let today = chrono_free_today();
    let doc = serde_json::json!({
        "format": "mend", "version": 1,
        "profile": {"ageBand": "19-50", "breastfeeding": true},
        "pain": [{"date": today, "score": 4}, {"date": today, "score": 5, "locations": ["lower_back"]}],
        "calcium": [{"date": today, "mg": 300, "source": "food"}],
        "exercise": [{"date": today, "kind": "walking", "minutes": 20}],
    });
    let file = dir.join("seed.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let out = std::process::Command::new(mend).arg("import").arg(&file).env("MEND_DATA_DIR", &dir).output().unwrap();
    assert!(out.status.success(), "seeding failed: {}", String::from_utf8_lossy(&out.stderr));
    dir
}

/// Today's local date from the `date` command (this crate avoids a date dependency).
fn chrono_free_today() -> String {
    let out = std::process::Command::new("date").arg("+%F").output().expect("date");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn ms(d: f64) -> String {
    format!("{d:.0} ms")
}

/// Where one launch of Mend spent its start-up, by part, in ms (a part it could not measure
/// is left out): the page's marks (from navigation start) and the app's own timings.
fn breakdown(run: &Launch) -> Vec<(&'static str, f64)> {
    let mark = |name: &str| run.marks.get(name).copied();
    let timing = |name: &str| run.timings.get(name).copied();
    let between = |from: &str, to: &str| Some(mark(to)? - mark(from)?);
    let parts: Vec<(&'static str, Option<f64>)> = vec![
        ("app: opening the data file and checking its migrations", timing("open")),
        ("app: from process start to the window's setup", timing("at.setup")),
        ("app: from process start to the page starting to load", timing("at.page-load-started")),
        ("app: from process start to `startup` being called", timing("at.startup-called")),
        ("app: from process start to `startup` answered", timing("at.startup-answered")),
        ("app: from process start to `app_ready`", timing("at.ready")),
        ("page: navigation start to the HTML received", mark("html")),
        ("page: fetching and running the modules and the stylesheet", between("html", "modules")),
        ("page: the first style and layout (fonts)", between("modules", "layout")),
        ("page: the `startup` IPC round trip (asked as the first module runs)", between("ipc-start", "ipc-end")),
        ("… core inside it, in all", timing("core")),
        (
            "… core: the language and its catalog",
            timing("core.language").zip(timing("core.catalog")).map(|(a, b)| a + b),
        ),
        ("… core: the reminders due", timing("core.reminders")),
        ("… core: the profile", timing("core.profile")),
        ("… core: today's summary", timing("core.summary")),
        ("page: waiting for `startup` after that", between("layout", "boot")),
        ("page: parsing the Fluent catalog", between("boot", "fluent")),
        ("page: building and localising Today", between("fluent", "today")),
        ("page: first paint after the page is revealed", between("today", "paint")),
        ("page: navigation start to first paint", mark("paint")),
        ("page: from first navigation to ready (banners, then `app_ready`)", Some(run.page_ms)),
        ("after the first screen: the day's backup", timing("backup")),
    ];
    parts.into_iter().filter_map(|(what, v)| Some((what, v?))).collect()
}

/// The medians of the breakdowns of Mend's launches, as a Markdown table.
fn breakdown_table(runs: &[Launch], requests: usize) -> String {
    let mut by_part: Vec<(&'static str, Vec<f64>)> = Vec::new();
    for run in runs {
        for (what, v) in breakdown(run) {
            match by_part.iter_mut().find(|(w, _)| *w == what) {
                Some((_, values)) => values.push(v),
                None => by_part.push((what, vec![v])),
            }
        }
    }
    let mut out = format!(
        "| part of Mend's start-up (median of {} launches) | ms |\n| --- | --- |\n| page: requests before the first screen (HTML, modules, stylesheet, icon) | {requests} |\n",
        runs.len()
    );
    for (what, values) in by_part {
        out.push_str(&format!("| {what} | {:.1} |\n", median(&values)));
    }
    out
}

#[tokio::main]
async fn main() {
    let opts = options();
    let bin_dir = std::env::current_exe().unwrap().parent().unwrap().to_path_buf();
    let (mend, bare) = (bin_dir.join("mend"), bin_dir.join("mend-bare"));
    for b in [&mend, &bare] {
        assert!(b.exists(), "{} is missing: build it first (make bench does)", b.display());
    }
    let display = mend_driver::display();
    let data = prepared_data(&mend);
    let data_env = data.to_string_lossy().into_owned();
    let timeout = Duration::from_secs(30);
    let settle = Duration::from_millis(1500);

    // The apps measured, in turn: Mend, the bare window, and (`--before PATH`) another build
    // of Mend to compare with, on a copy of the same data.
    let mut apps: Vec<Measured> =
        vec![("Mend", mend.clone(), vec![("MEND_DATA_DIR", data_env.as_str())]), ("bare", bare.clone(), vec![])];
    let before_data = opts.before.as_ref().map(|_| copy_of(&data));
    let before_env = before_data.as_ref().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    if let Some(before) = &opts.before {
        apps.push(("before", before.clone(), vec![("MEND_DATA_DIR", before_env.as_str())]));
    }
    // Warm the disk cache once for each, then alternate, each round starting with the next app.
    for (_, app, env) in &apps {
        let _ = launch(app, env, &display, timeout, Duration::ZERO);
    }
    let mut runs: Vec<Vec<Launch>> = vec![Vec::new(); apps.len()];
    for i in 0..opts.runs {
        for k in 0..apps.len() {
            let a = (i + k) % apps.len();
            let (_, app, env) = &apps[a];
            runs[a].push(launch(app, env, &display, timeout, settle).unwrap_or_else(|e| panic!("{e}")));
        }
        let said: Vec<String> = apps
            .iter()
            .zip(&runs)
            .map(|((name, ..), r)| {
                let last = &r[i];
                format!(
                    "{name} {:.0} ms (page {:.0} ms, {:.0} MiB)",
                    ms_of(last),
                    last.page_ms,
                    last.peak_rss_kib as f64 / 1024.0
                )
            })
            .collect();
        eprintln!("run {}/{}: {}", i + 1, opts.runs, said.join(", "));
    }
    let ready = |r: &[Launch]| median(&r.iter().map(ms_of).collect::<Vec<_>>());
    let page = |r: &[Launch]| median(&r.iter().map(|l| l.page_ms).collect::<Vec<_>>());
    let rss = |r: &[Launch]| median(&r.iter().map(|l| l.peak_rss_kib as f64 / 1024.0).collect::<Vec<_>>());
    let kind =
        |r: &[Launch], k: usize| median(&r.iter().map(|l| l.peak_by_kind_kib[k] as f64 / 1024.0).collect::<Vec<_>>());
    let (m_runs, b_runs) = (&runs[0], &runs[1]);

    // IPC round trips from the page, through WebDriver.
    let app = mend_driver::App::launch(mend.to_str().unwrap(), &data, &[]).await;
    let script = format!(
        "const done = arguments[0]; const invoke = window.__TAURI__.core.invoke; const times = [];
         const date = new Date(); const p = (n) => String(n).padStart(2, '0');
         const today = `${{date.getFullYear()}}-${{p(date.getMonth() + 1)}}-${{p(date.getDate())}}`;
         (async () => {{
           for (let i = 0; i < {n}; i++) {{
             const t = performance.now();
             await invoke('log_pain', {{ entry: {{ date: today, score: i % 11, note: 'bench' }} }});
             await invoke('day_summary', {{ date: today }});
             times.push(performance.now() - t);
           }}
           done(times);
         }})().catch((e) => done(String(e)));",
        n = opts.ipc
    );
    let times: Vec<f64> = serde_json::from_value(app.script_async(&script).await).expect("IPC timings");
    app.quit().await;
    let (ipc_median, ipc_p95) = (median(&times), percentile(&times, 95.0));

    let criterion = bin_dir.join("../criterion");
    let ns = |id: &str| criterion_mean_ns(&criterion, id);
    let mut rows = Vec::new();
    match (ns("save/mend log_pain"), ns("save/raw insert")) {
        (Some(mend_ns), Some(raw_ns)) => rows.push(Row {
            what: "Save one pain check-in: Mend / raw SQLite INSERT".into(),
            figure: format!("{:.1} µs / {:.1} µs = {:.2}×", mend_ns / 1e3, raw_ns / 1e3, mend_ns / raw_ns),
            goal: "≤ 2×".into(),
            verdict: met(mend_ns / raw_ns <= 2.0),
        }),
        _ => eprintln!("no criterion results for the save benchmark: run `cargo bench -p mend-core` first"),
    }
    for id in [
        "day_summary",
        "trends 1 month",
        "trends 1 year",
        "trends 10 years",
        "chart_svg pain 1 month",
        "chart_svg pain 1 year",
        "chart_svg pain 10 years",
        "chart_svg exercise 10 years",
        "chart_svg calcium 10 years",
        "history page of 30 days",
    ] {
        if let Some(v) = ns(id) {
            rows.push(Row {
                what: format!("{id} (10 years of data)"),
                figure: format!("{:.2} ms", v / 1e6),
                goal: "≤ 20 ms".into(),
                verdict: met(v / 1e6 <= 20.0),
            });
        }
    }
    let (mr, br) = (ready(m_runs), ready(b_runs));
    rows.push(Row {
        what: format!("Start-up to first screen, median of {} (Mend / bare Tauri)", opts.runs),
        figure: format!("{} / {} = {:.2}×", ms(mr), ms(br), mr / br),
        goal: "≤ 1.1×".into(),
        verdict: met(mr / br <= 1.1),
    });
    rows.push(Row {
        what: "… of which the page itself, from navigation start (Mend / bare Tauri)".into(),
        figure: format!("{} / {}", ms(page(m_runs)), ms(page(b_runs))),
        goal: "—".into(),
        verdict: "—",
    });
    let (mm, bm) = (rss(m_runs), rss(b_runs));
    rows.push(Row {
        what: "Peak memory of the process tree, median (Mend / bare Tauri)".into(),
        figure: format!("{mm:.0} MiB / {bm:.0} MiB = {:.2}×", mm / bm),
        goal: "≤ 1.15×".into(),
        verdict: met(mm / bm <= 1.15),
    });
    for (i, who) in ["the app process", "WebKit's web process", "WebKit's network process"].iter().enumerate() {
        let (mk, bk) = (kind(m_runs, i), kind(b_runs, i));
        rows.push(Row {
            what: format!("… of which {who} (Mend / bare Tauri)"),
            figure: format!("{mk:.0} MiB / {bk:.0} MiB ({:+.0} MiB)", mk - bk),
            goal: "—".into(),
            verdict: "—",
        });
    }
    if let Some(before) = runs.get(2) {
        let (pr, pm) = (ready(before), rss(before));
        rows.push(Row {
            what: "The build given by --before, in the same run: start-up, page, peak memory (against bare Tauri)"
                .into(),
            figure: format!("{} = {:.2}×, page {}, {pm:.0} MiB = {:.2}×", ms(pr), pr / br, ms(page(before)), pm / bm),
            goal: "—".into(),
            verdict: "—",
        });
    }
    rows.push(Row {
        what: format!("IPC: log_pain + day_summary from the page, {} round trips", opts.ipc),
        figure: format!("median {ipc_median:.2} ms, p95 {ipc_p95:.2} ms"),
        goal: "—".into(),
        verdict: "—",
    });
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len() as f64 / 1_048_576.0).unwrap_or(0.0);
    rows.push(Row {
        what: "Release binary, stripped (Mend / bare Tauri)".into(),
        figure: format!("{:.1} MB / {:.1} MB", size(&mend), size(&bare)),
        goal: "—".into(),
        verdict: "—",
    });
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/index.html");
    let out = format!("{}\n{}", table(&rows), breakdown_table(m_runs, first_screen_requests(&ui).len() + 1));
    println!("{out}");
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts");
    let _ = std::fs::create_dir_all(&artifacts);
    let _ = std::fs::write(artifacts.join("bench.md"), &out);
    let _ = std::fs::remove_dir_all(&data);
    if let Some(copy) = before_data {
        let _ = std::fs::remove_dir_all(copy);
    }
}
