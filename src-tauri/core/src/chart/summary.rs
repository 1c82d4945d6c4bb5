//! One or two plain sentences per chart, and the table behind it.

use chrono::NaiveDate;

use super::Table;
use crate::facts::{calcium_rda, calcium_ul, EXERCISE_MINUTES_PER_WEEK};
use crate::model::Profile;
use crate::text::thousands;
use crate::trends::{Direction, Trends};

fn span(from: NaiveDate, to: NaiveDate) -> String {
    let days = (to - from).num_days();
    match days {
        0..=13 => format!("{} day{}", days, if days == 1 { "" } else { "s" }),
        14..=97 => format!("{} weeks", (days as f64 / 7.0).round()),
        _ => format!("{} months", (days as f64 / 30.44).round()),
    }
}

fn short(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| format!("{v:.1}"))
}

/// "Pain average fell from 6.1 to 3.4 over 5 weeks. …"
pub(super) fn pain(t: &Trends) -> String {
    let logged = t.days.iter().filter(|d| d.pain_mean.is_some()).count();
    if logged == 0 {
        return "No pain check-ins in this period.".into();
    }
    let mut out = Vec::new();
    let avgs: Vec<_> = t.days.iter().filter_map(|d| d.pain_avg7.map(|a| (d.date, a))).collect();
    match (avgs.first(), avgs.last()) {
        (Some(&(d0, a0)), Some(&(d1, a1))) if d1 > d0 => {
            let verb = if (a1 - a0).abs() < 0.5 {
                "stayed about the same,"
            } else if a1 < a0 {
                "fell"
            } else {
                "rose"
            };
            out.push(format!("Pain average {verb} from {a0:.1} to {a1:.1} over {}.", span(d0, d1)));
        }
        _ => out.push("Not enough check-ins yet for a 7-day average (it needs 3 days in a week).".into()),
    }
    out.push(format!("Logged on {logged} of {} days.", t.days.len()));
    if let Some(b) = t.baseline {
        out.push(format!("Baseline {b:.1}."));
    }
    if let Some(c) = t.changes.last() {
        let word = if c.direction == Direction::Better { "better" } else { "worse" };
        out.push(format!(
            "Clearly {word} than the baseline from {} ({}).",
            short(c.date),
            crate::facts::CLEAR_CHANGE_RULE
        ));
    }
    out.join(" ")
}

pub(super) fn pain_table(t: &Trends) -> Table {
    Table {
        columns: vec!["Date", "Highest", "Mean", "7-day average"],
        rows: t
            .days
            .iter()
            .filter(|d| d.pain_mean.is_some())
            .map(|d| {
                vec![
                    d.date.to_string(),
                    d.pain_max.map_or_else(String::new, |m| m.to_string()),
                    opt(d.pain_mean),
                    opt(d.pain_avg7),
                ]
            })
            .collect(),
    }
}

/// "Averaged 95 minutes a week; 3 of 12 weeks reached 150 minutes."
pub(super) fn exercise(t: &Trends) -> String {
    let total: u64 = t.weeks.iter().map(|w| w.exercise_minutes).sum();
    if total == 0 {
        return "No exercise logged in this period.".into();
    }
    let weeks = t.weeks.len();
    let met = t.weeks.iter().filter(|w| w.exercise_minutes >= u64::from(EXERCISE_MINUTES_PER_WEEK)).count();
    format!(
        "Averaged {} minutes a week over {weeks} week{}; {met} of them reached the {EXERCISE_MINUTES_PER_WEEK}-minute goal.",
        thousands(total / weeks as u64),
        if weeks == 1 { "" } else { "s" }
    )
}

pub(super) fn exercise_table(t: &Trends) -> Table {
    Table {
        columns: vec!["Week starting", "Minutes"],
        rows: t.weeks.iter().map(|w| vec![w.week_start.to_string(), w.exercise_minutes.to_string()]).collect(),
    }
}

/// "Reached the recommended 1,000 mg on 40 of 52 logged days; above the 2,500 mg upper limit on 2."
pub(super) fn calcium(t: &Trends, profile: &Profile) -> String {
    let (rda, ul) = (calcium_rda(profile.age_band), calcium_ul(profile.age_band));
    let logged: Vec<u64> = t.days.iter().map(|d| d.calcium_mg).filter(|mg| *mg > 0).collect();
    if logged.is_empty() {
        return "No calcium logged in this period.".into();
    }
    let met = logged.iter().filter(|mg| **mg >= u64::from(rda)).count();
    let over = logged.iter().filter(|mg| **mg > u64::from(ul)).count();
    let mut out =
        format!("Reached the recommended {} mg on {met} of {} days with calcium logged.", thousands(rda), logged.len());
    out.push_str(&match over {
        0 => format!(" No day went above the {} mg upper limit.", thousands(ul)),
        1 => format!(" One day went above the {} mg upper limit.", thousands(ul)),
        n => format!(" {n} days went above the {} mg upper limit.", thousands(ul)),
    });
    out
}

pub(super) fn calcium_table(t: &Trends) -> Table {
    Table {
        columns: vec!["Date", "Calcium (mg)"],
        rows: t
            .days
            .iter()
            .filter(|d| d.calcium_mg > 0)
            .map(|d| vec![d.date.to_string(), d.calcium_mg.to_string()])
            .collect(),
    }
}
