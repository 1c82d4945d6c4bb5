//! Safety: the red-flag check-in (signs from FACTS.md that need help now, at one of two
//! levels, whatever the pain score) and Mend's own rules on the log. Each produces a notice
//! with a code, a level and the article it links to. Mend's rules are a product decision, not a
//! diagnosis, and the UI says so; they never rise above the normal "talk to your clinician".

mod card;
mod signs;

pub use card::{level_of, notices as red_flag_notices, CLINICIAN_ARTICLE, PELVIC_FLOOR_ARTICLE};
pub use signs::{
    action_in, crisis_lines_in, find, signs_in, Group, RedFlag, Sign, CRISIS_LINES, MENTION, RED_FLAGS, RETIRED,
    TRUST_INSTINCTS,
};

use chrono::{Days, NaiveDate};
use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::i18n::{Lang, Msg};
use crate::model::{DeliveryType, Exercise, Intensity, Profile, Stored};
use crate::notice::{Level, Notice};
use crate::trends::{is_clear_change, Range};

/// Replaces the signs of `date` with `flags` (ids from the red-flag list or the "mention at
/// your next appointment" list), in one transaction; an unknown id changes nothing.
pub fn save_flags(conn: &mut Connection, date: NaiveDate, flags: &[String], now: &str) -> Result<Vec<String>> {
    let mut ids = Vec::with_capacity(flags.len());
    for id in flags {
        if find(id).is_none() {
            return Err(Error::invalid("flags", Msg::new("err-unknown-flag").arg("flag", crate::text::clip(id))));
        }
        ids.push(id.clone());
    }
    ids.sort();
    ids.dedup();
    let tx = conn.transaction()?;
    crate::repo::red_flags::replace(&tx, date, &ids, now)?;
    tx.commit()?;
    Ok(ids)
}

/// Mend's rules on the log, evaluated for `date`; the notices in `lang`.
pub fn rule_notices(
    conn: &Connection,
    date: NaiveDate,
    profile: &Profile,
    exercise: &[Stored<Exercise>],
    lang: Lang,
) -> Result<Vec<Notice>> {
    let mut out = Vec::new();
    let t = crate::trends::trends(conn, Range { from: date - Days::new(14), to: date, baseline_start: None }, profile)?;
    let day = |back: u64| t.days.iter().find(|d| d.date == date - Days::new(back));

    // Pain of 7 or more on 3 days in a row (a day without a check-in breaks the run).
    if (0..3).all(|back| day(back).and_then(|d| d.pain_max).is_some_and(|m| m >= 7)) {
        out.push(Notice {
            card: None,
            code: "pain_high_3_days",
            level: Level::Warning,
            message: Msg::new("notice-pain-high-3-days").render(lang),
            article_id: Some(CLINICIAN_ARTICLE),
        });
    }

    // The 7-day average rising by a point or more a week, two weeks running.
    let avg = |back: u64| day(back).and_then(|d| d.pain_avg7);
    if let (Some(now), Some(week), Some(fortnight)) = (avg(0), avg(7), avg(14)) {
        if now - week >= 1.0 - 1e-9 && week - fortnight >= 1.0 - 1e-9 {
            out.push(Notice {
                card: None,
                code: "pain_rising",
                level: Level::Warning,
                message: Msg::new("notice-pain-rising")
                    .arg("from", format!("{fortnight:.1}"))
                    .arg("to", format!("{now:.1}"))
                    .render(lang),
                article_id: Some(CLINICIAN_ARTICLE),
            });
        }
    }

    if let Some(birth) = profile.birth_date {
        let since = (date - birth).num_days();
        // Vigorous exercise in the first 6 weeks after a caesarean birth.
        let vigorous = exercise.iter().any(|e| e.entry.intensity == Intensity::Vigorous);
        if profile.delivery_type == Some(DeliveryType::Caesarean) && (0..42).contains(&since) && vigorous {
            out.push(Notice {
                card: None,
                code: "vigorous_after_caesarean",
                level: Level::Warning,
                message: Msg::new("notice-vigorous-after-caesarean").render(lang),
                article_id: Some("moving-gently"),
            });
        }
        // No clear improvement 12 weeks after the birth.
        if since >= 84 {
            // Her baseline, the one `trends` already read for this birth date.
            if let (Some(now), Some(start)) = (avg(0), t.baseline.map(|b| b.value)) {
                let improved = now < start && is_clear_change(start, now);
                if !improved && now >= 1.0 {
                    out.push(Notice {
                        card: None,
                        code: "no_improvement_12_weeks",
                        level: Level::Info,
                        message: Msg::new("notice-no-improvement-12-weeks")
                            .arg("now", format!("{now:.1}"))
                            .arg("start", format!("{start:.1}"))
                            .render(lang),
                        article_id: Some(CLINICIAN_ARTICLE),
                    });
                }
            }
        }
    }
    Ok(out)
}
