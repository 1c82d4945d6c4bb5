//! Her diary under attack and bad luck (issue: data safety under attack): spreadsheet formulas
//! in notes, huge and special import files, overflowing totals, hostile restore files, a
//! missing database, loose permissions and symlinks. Each scenario ends with nothing lost,
//! nothing exposed and a clear message.

mod common;

use std::path::{Path, PathBuf};

use mend_core::clock::FixedClock;
use mend_core::model::Pain;
use mend_core::transfer::Format;
use mend_core::Store;
use serde_json::json;

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mend-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn open(d: &Path) -> Store {
    Store::open(d).unwrap().with_clock(FixedClock::noon(2026, 11, 24))
}

#[test]
fn csv_export_neutralises_spreadsheet_formulas_and_imports_them_back_unchanged() {
    let a = dir("formula-a");
    let s = open(&a);
    let notes = [
        "=HYPERLINK(\"http://x\",\"click\")",
        "+44 20 7946 0000",
        "-2 better",
        "@SUM(A1:A9)",
        "'=quoted",
        "'hi",
        "plain",
    ];
    for note in notes {
        s.log::<Pain>(&json!({"date": "2026-11-20", "score": 3, "note": note})).unwrap();
    }
    let file = a.join("out.csv");
    s.export_to(Format::Csv, &file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let note_col = reader.headers().unwrap().iter().position(|h| h == "note").unwrap();
    for record in reader.records() {
        let cell = record.unwrap()[note_col].to_owned();
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a spreadsheet would run {cell:?}");
    }
    let b = dir("formula-b");
    let t = open(&b);
    t.import_file(&file, false).unwrap();
    let back: Vec<String> =
        t.day_summary(&json!("2026-11-20")).unwrap().pain.into_iter().map(|p| p.entry.note).collect();
    let mut want: Vec<String> = notes.iter().map(|n| n.to_string()).collect();
    let mut got = back.clone();
    want.sort();
    got.sort();
    assert_eq!(got, want, "every note comes back exactly");
    std::fs::remove_dir_all(&a).unwrap();
    std::fs::remove_dir_all(&b).unwrap();
}

#[test]
fn daily_totals_cannot_overflow_however_much_is_stored_on_one_day() {
    let s = common::store();
    // 900,000 entries of 5,000 mg: 4.5 billion mg, more than a 32-bit total holds.
    s.with_connection(|c| {
        c.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 900000)
             INSERT INTO calcium (date, mg, source, created_at, updated_at)
             SELECT '2026-11-20', 5000, 'supplement', '2026-11-20T08:00:00Z', '2026-11-20T08:00:00Z' FROM n;",
        )?;
        Ok(())
    })
    .unwrap();
    let day = s.day_summary(&json!("2026-11-20")).unwrap();
    assert_eq!(day.calcium_mg, 4_500_000_000);
    let n = day.notices.iter().find(|n| n.code == "calcium_above_ul").unwrap();
    assert!(n.message.contains("4,500,000,000 mg"), "{}", n.message);
    let t = s.trends(&json!({"from": "2026-11-18", "to": "2026-11-24"})).unwrap();
    assert_eq!(t.days[2].calcium_mg, 4_500_000_000);
    let chart = s.chart(&json!({"chart": "calcium", "from": "2026-11-18", "to": "2026-11-24"})).unwrap();
    assert!(chart.summary.contains("One day went above the 2,500 mg upper limit"), "{}", chart.summary);
}
