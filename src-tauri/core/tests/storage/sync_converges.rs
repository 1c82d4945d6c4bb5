//! The property every merge rule serves: whatever three computers do, in whatever order their
//! files reach each other (late, out of order, twice, as conflict copies), once every file has
//! reached every computer they all hold the same diary. Each computer sees its own copy of the
//! folder, and a `Deliver` step carries one file from one copy to another, as a sync service
//! would. 48 cases of up to 40 steps each.

use std::path::{Path, PathBuf};

use mend_core::api;
use mend_core::model::Pain;
use mend_core::Store;
use proptest::prelude::*;
use serde_json::json;

use super::sync::{diary, dir, FAST, PHRASE};

const DAYS: [&str; 3] = ["2026-11-01", "2026-11-02", "2026-11-03"];
const TAGS: [&str; 3] = ["Walk", "physio", "Yoga"];
const FLAGS: [&str; 3] = ["fever", "fainting", "discharge"];

#[derive(Debug, Clone)]
enum Step {
    Log { on: usize, day: usize, score: u8 },
    Edit { on: usize, pick: usize, score: u8 },
    Delete { on: usize, pick: usize },
    Tag { on: usize, tag: usize, day: usize, set: bool },
    Sleep { on: usize, day: usize, half_hours: Option<u8> },
    Flags { on: usize, day: usize, which: u8 },
    Profile { on: usize, breastfeeding: bool, epidural: bool },
    Sync { on: usize },
    Deliver { from: usize, to: usize, pick: usize },
    ConflictCopy { on: usize, pick: usize },
}

fn step() -> impl Strategy<Value = Step> {
    let on = 0..3usize;
    prop_oneof![
        3 => (on.clone(), 0..3usize, 0..=10u8).prop_map(|(on, day, score)| Step::Log { on, day, score }),
        2 => (on.clone(), any::<usize>(), 0..=10u8).prop_map(|(on, pick, score)| Step::Edit { on, pick, score }),
        1 => (on.clone(), any::<usize>()).prop_map(|(on, pick)| Step::Delete { on, pick }),
        2 => (on.clone(), 0..3usize, 0..3usize, any::<bool>()).prop_map(|(on, tag, day, set)| Step::Tag { on, tag, day, set }),
        1 => (on.clone(), 0..3usize, proptest::option::of(0..=48u8))
            .prop_map(|(on, day, half_hours)| Step::Sleep { on, day, half_hours }),
        1 => (on.clone(), 0..3usize, 0..8u8).prop_map(|(on, day, which)| Step::Flags { on, day, which }),
        1 => (on.clone(), any::<bool>(), any::<bool>())
            .prop_map(|(on, breastfeeding, epidural)| Step::Profile { on, breastfeeding, epidural }),
        3 => on.clone().prop_map(|on| Step::Sync { on }),
        4 => (on.clone(), 0..3usize, any::<usize>()).prop_map(|(from, to, pick)| Step::Deliver { from, to, pick }),
        1 => (on, any::<usize>()).prop_map(|(on, pick)| Step::ConflictCopy { on, pick }),
    ]
}

/// Every file in `folder` (relative path, bytes).
fn files(folder: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for d in std::fs::read_dir(folder).unwrap().flatten() {
        for f in std::fs::read_dir(d.path()).unwrap().flatten() {
            out.push((f.path().strip_prefix(folder).unwrap().to_path_buf(), f.path()));
        }
    }
    out.sort();
    out
}

fn deliver(from: &Path, to: &Path, rel: &Path) {
    let target = to.join(rel);
    if !target.exists() {
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(from.join(rel), target).unwrap();
    }
}

fn pain_ids(s: &Store) -> Vec<i64> {
    s.with_connection(|c| {
        let mut stmt = c.prepare("SELECT id FROM pain ORDER BY uid")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids)
    })
    .unwrap()
}

fn run(steps: &[Step]) -> Result<(), TestCaseError> {
    let root = dir("converge");
    let folders: Vec<PathBuf> = (0..3).map(|i| root.join(format!("folder{i}"))).collect();
    for f in &folders {
        std::fs::create_dir(f).unwrap();
    }
    let computers: Vec<Store> = (0..3).map(|_| Store::open_in_memory().unwrap()).collect();
    // The first computer sets the folder up; its key file reaches the others, which join.
    computers[0].sync_start_with(&folders[0], PHRASE, FAST).unwrap();
    for i in 1..3 {
        for (rel, _) in files(&folders[0]) {
            deliver(&folders[0], &folders[i], &rel);
        }
        computers[i].sync_start_with(&folders[i], PHRASE, FAST).unwrap();
    }
    for step in steps {
        match *step {
            Step::Log { on, day, score } => {
                api::log::<Pain>(&computers[on], &json!({"date": DAYS[day], "score": score})).unwrap();
            }
            Step::Edit { on, pick, score } => {
                let ids = pain_ids(&computers[on]);
                if !ids.is_empty() {
                    let id = ids[pick % ids.len()];
                    api::update::<Pain>(&computers[on], &json!(id), &json!({"date": DAYS[0], "score": score})).unwrap();
                }
            }
            Step::Delete { on, pick } => {
                let ids = pain_ids(&computers[on]);
                if !ids.is_empty() {
                    api::delete_entry(&computers[on], &json!("pain"), &json!(ids[pick % ids.len()])).unwrap();
                }
            }
            Step::Tag { on, tag, day, set } => {
                let s = &computers[on];
                let name = mend_core::factors::TagName::parse(TAGS[tag]).unwrap();
                let t = s.tag_named(&name).or_else(|_| s.create_tag(&name)).unwrap();
                s.set_day_tag(DAYS[day].parse().unwrap(), t.id, set).unwrap();
            }
            Step::Sleep { on, day, half_hours } => {
                let hours = half_hours.map(|h| f64::from(h) / 2.0);
                api::set_sleep(&computers[on], &json!(DAYS[day]), &json!(hours)).unwrap();
            }
            Step::Flags { on, day, which } => {
                let flags: Vec<&str> = (0..3).filter(|i| which & (1 << i) != 0).map(|i| FLAGS[i]).collect();
                api::save_red_flags(&computers[on], &json!(DAYS[day]), &json!(flags)).unwrap();
            }
            Step::Profile { on, breastfeeding, epidural } => {
                let p = json!({"breastfeeding": breastfeeding, "epidural": epidural});
                api::save_profile(&computers[on], &p).unwrap();
            }
            Step::Sync { on } => {
                computers[on].sync_now().unwrap();
            }
            Step::Deliver { from, to, pick } => {
                let all = files(&folders[from]);
                if !all.is_empty() && from != to {
                    deliver(&folders[from], &folders[to], &all[pick % all.len()].0);
                }
            }
            Step::ConflictCopy { on, pick } => {
                let all: Vec<_> = files(&folders[on])
                    .into_iter()
                    .filter(|(r, _)| r.extension().is_some_and(|e| e == "mendsync"))
                    .collect();
                if !all.is_empty() {
                    let (_, path) = &all[pick % all.len()];
                    std::fs::copy(path, path.with_extension("sync-conflict-20261203-000000-ABCDEFG.mendsync")).unwrap();
                }
            }
        }
    }
    // Everything reaches everyone: each sends what is left, then every file goes everywhere.
    for s in &computers {
        s.sync_now().unwrap();
    }
    for from in 0..3 {
        for (rel, _) in files(&folders[from]) {
            for to in 0..3 {
                deliver(&folders[from], &folders[to], &rel);
            }
        }
    }
    for s in &computers {
        let report = s.sync_now().unwrap();
        prop_assert_eq!(report.sent, 0, "nothing new was made while applying");
    }
    let first = diary(&computers[0]);
    for (i, s) in computers.iter().enumerate().skip(1) {
        prop_assert_eq!(&diary(s), &first, "computer {} differs from computer 0", i);
    }
    std::fs::remove_dir_all(&root).unwrap();
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn three_computers_converge_whatever_the_order_of_their_files(steps in proptest::collection::vec(step(), 1..40)) {
        run(&steps)?;
    }
}
