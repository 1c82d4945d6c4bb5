//! `mend-perf`: measures Mend against a bare Tauri window and raw SQLite, and prints one table.
//! Run by `make bench` after the criterion benchmarks and a release build:
//!   mend-perf [--runs N] [--ipc N]
//! Start-up and memory: each app is launched N times under Xvfb, alternating, timing from
//! process start until the page reports ready, and sampling the RSS of the app and its WebKit
//! processes every 10 ms. IPC: `log_pain` + `day_summary` round trips timed in the page.

use std::path::{Path, PathBuf};
use std::time::Duration;


use mend_perf::{criterion_mean_ns, first_screen_requests, launch, median, met, percentile, table, Launch, Row};

struct Options {
    runs: usize,
    ipc: usize,
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
    Options { runs: value("--runs", 7), ipc: value("--ipc", 200) }
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
    let parts: [(&'static str, Option<f64>); 15] = [
        ("before the window: opening the data file and checking its migrations", timing("open")),
        ("page: navigation start to the HTML received", mark("html")),
        ("page: fetching and running the modules and the stylesheet", between("html", "modules")),
        ("page: the `startup` IPC round trip (asked as the first module runs)", between("ipc-start", "ipc-end")),
        ("… core inside it, in all", timing("core")),
        ("… core: the language and its catalog", Some(timing("core.language")? + timing("core.catalog")?)),
        ("… core: the reminders due", timing("core.reminders")),
        ("… core: the profile", timing("core.profile")),
        ("… core: today's summary", timing("core.summary")),
        ("page: waiting for `startup` once the modules ran", between("modules", "boot")),
        ("page: parsing the Fluent catalog", between("boot", "fluent")),
        ("page: building and localising Today", between("fluent", "today")),
        ("page: first paint after the page is revealed", between("today", "paint")),
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

    // Warm the disk cache once for each, then alternate.
    let _ = launch(&bare, &[], &display, timeout, Duration::ZERO);
    let _ = launch(&mend, &[("MEND_DATA_DIR", &data_env)], &display, timeout, Duration::ZERO);
    let (mut m_ready, mut m_rss, mut b_ready, mut b_rss) = (vec![], vec![], vec![], vec![]);
    let (mut m_page, mut b_page) = (vec![], vec![]);
    let mut m_runs: Vec<Launch> = Vec::new();
    // Peak memory by process kind (app, WebKit web, WebKit network), MiB, one row per run.
    let (mut m_kind, mut b_kind): (Vec<[f64; 3]>, Vec<[f64; 3]>) = (vec![], vec![]);
    for i in 0..opts.runs {
        let order: [bool; 2] = if i % 2 == 0 { [true, false] } else { [false, true] };
        for is_mend in order {
            let run = if is_mend {
                launch(&mend, &[("MEND_DATA_DIR", &data_env)], &display, timeout, settle)
            } else {
                launch(&bare, &[], &display, timeout, settle)
            }
            .unwrap_or_else(|e| panic!("{e}"));
            let (ready, rss, page) =
                if is_mend { (&mut m_ready, &mut m_rss, &mut m_page) } else { (&mut b_ready, &mut b_rss, &mut b_page) };
            ready.push(run.ready.as_secs_f64() * 1000.0);
            rss.push(run.peak_rss_kib as f64 / 1024.0);
            page.push(run.page_ms);
            let kinds = run.peak_by_kind_kib.map(|k| k as f64 / 1024.0);
            if is_mend {
                m_kind.push(kinds);
                m_runs.push(run);
            } else {
                b_kind.push(kinds)
            }
        }
        eprintln!(
            "run {}/{}: Mend {:.0} ms (page {:.0} ms), bare {:.0} ms (page {:.0} ms)",
            i + 1,
            opts.runs,
            m_ready[i],
            m_page[i],
            b_ready[i],
            b_page[i]
        );
    }

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
    let (mr, br) = (median(&m_ready), median(&b_ready));
    rows.push(Row {
        what: format!("Start-up to first screen, median of {} (Mend / bare Tauri)", opts.runs),
        figure: format!("{} / {} = {:.2}×", ms(mr), ms(br), mr / br),
        goal: "≤ 1.2×".into(),
        verdict: met(mr / br <= 1.2),
    });
    rows.push(Row {
        what: "… of which the page itself, from navigation start (Mend / bare Tauri)".into(),
        figure: format!("{} / {}", ms(median(&m_page)), ms(median(&b_page))),
        goal: "—".into(),
        verdict: "—",
    });
    let (mm, bm) = (median(&m_rss), median(&b_rss));
    rows.push(Row {
        what: "Peak memory of the process tree, median (Mend / bare Tauri)".into(),
        figure: format!("{mm:.0} MiB / {bm:.0} MiB = {:.2}×", mm / bm),
        goal: "≤ 1.2×".into(),
        verdict: met(mm / bm <= 1.2),
    });
    for (i, who) in ["the app process", "WebKit's web process", "WebKit's network process"].iter().enumerate() {
        let (mk, bk) = (
            median(&m_kind.iter().map(|k| k[i]).collect::<Vec<_>>()),
            median(&b_kind.iter().map(|k| k[i]).collect::<Vec<_>>()),
        );
        rows.push(Row {
            what: format!("… of which {who} (Mend / bare Tauri)"),
            figure: format!("{mk:.0} MiB / {bk:.0} MiB (+{:.0} MiB)", mk - bk),
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
    let out = format!("{}\n{}", table(&rows), breakdown_table(&m_runs, first_screen_requests(&ui).len() + 1));
    println!("{out}");
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts");
    let _ = std::fs::create_dir_all(&artifacts);
    let _ = std::fs::write(artifacts.join("bench.md"), &out);
    let _ = std::fs::remove_dir_all(&data);
}
