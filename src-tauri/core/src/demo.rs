//! Sample data for exploring Mend: a realistic 16-week recovery written into a separate
//! database (never the user's own). Deterministic, so screenshots and tests are repeatable.

use chrono::{Days, NaiveDate};
use rusqlite::Connection;

use crate::error::Result;
use crate::i18n::{Lang, Msg};
use crate::model::{
    AgeBand, Calcium, CalciumSource, DeliveryType, Exercise, ExerciseKind, Intensity, Location, Pain, Profile,
};
use crate::repo::entries::insert;

/// Length of the sample recovery.
pub const WEEKS: u64 = 16;

/// A seeded generator (`fastrand`): sample data needs variety and repeatability, not security.
struct Rng(fastrand::Rng);

impl Rng {
    fn seeded(seed: u64) -> Self {
        Rng(fastrand::Rng::with_seed(seed))
    }

    fn next(&mut self) -> f64 {
        self.0.f64()
    }

    fn chance(&mut self, p: f64) -> bool {
        self.0.f64() < p
    }
}

/// Fills an empty database with 16 weeks after a birth that ends today, in one transaction;
/// her notes in the sample are in `lang`.
pub fn fill(conn: &mut Connection, today: NaiveDate, now: &str, lang: Lang) -> Result<()> {
    let rough = Msg::new("demo-note-rough-night").render(lang);
    let pram = Msg::new("demo-note-pram").render(lang);
    let milk = Msg::new("demo-note-milk").render(lang);
    let yogurt = Msg::new("demo-note-yogurt").render(lang);
    let second_tablet = Msg::new("demo-note-second-tablet").render(lang);
    let cheese = Msg::new("demo-note-cheese").render(lang);
    let birth = today - Days::new(WEEKS * 7);
    let tx = conn.transaction()?;
    let profile = Profile {
        birth_date: Some(birth),
        delivery_type: Some(DeliveryType::Vaginal),
        epidural: true,
        breastfeeding: true,
        age_band: AgeBand::Adult,
    };
    crate::repo::profile::write(&tx, &profile, now)?;
    let mut rng = Rng::seeded(0x5eed_1234_abcd_0042);
    let total = WEEKS * 7;
    for offset in 2..=total {
        let date = birth + Days::new(offset);
        let progress = offset as f64 / total as f64;
        // Pain drifts from about 6.5 to 2.5, with noise and the occasional bad day.
        if !rng.chance(0.12) {
            let bad = if rng.chance(0.09) { 2.5 } else { 0.0 };
            let checkins = if rng.chance(0.35) { 2 } else { 1 };
            for k in 0..checkins {
                let score = (6.5 - 4.0 * progress + bad + (rng.next() - 0.5) * 2.0).round().clamp(0.0, 10.0) as u8;
                let mut locations = vec![Location::LowerBack];
                if progress < 0.3 && rng.chance(0.5) {
                    locations.push(Location::Pelvis);
                }
                if offset < 14 && rng.chance(0.3) {
                    locations.push(Location::EpiduralSite);
                }
                if rng.chance(0.2) {
                    locations.push(Location::NeckShoulders);
                }
                let time = Some(if k == 0 { "08:30" } else { "20:45" }.to_owned());
                let note = if bad > 0.0 { rough.clone() } else { String::new() };
                insert(&tx, Pain { date, time, score, locations, note }, now)?;
            }
        }
        // Pelvic floor from the first days; walking from week 1, growing; yoga later.
        if rng.chance(0.7) {
            let e = Exercise {
                date,
                kind: ExerciseKind::PelvicFloor,
                minutes: 10,
                intensity: Intensity::Light,
                note: String::new(),
            };
            insert(&tx, e, now)?;
        }
        if offset >= 7 && rng.chance(0.6) {
            let minutes = (10.0 + 20.0 * progress + rng.next() * 10.0).round() as u16;
            let intensity = if progress > 0.5 { Intensity::Moderate } else { Intensity::Light };
            let note = pram.clone();
            insert(&tx, Exercise { date, kind: ExerciseKind::Walking, minutes, intensity, note }, now)?;
        }
        if offset >= 56 && offset % 7 == 3 {
            let e = Exercise {
                date,
                kind: ExerciseKind::Yoga,
                minutes: 30,
                intensity: Intensity::Light,
                note: String::new(),
            };
            insert(&tx, e, now)?;
        }
        // Calcium: milk most mornings, yogurt some days, a supplement most days; some days
        // missed, a few too high.
        let too_high = offset % 23 == 11;
        if !too_high && rng.chance(0.08) {
            continue;
        }
        let calcium = |mg: u16, source: CalciumSource, time: &str, note: &str| {
            let c = Calcium { date, time: Some(time.to_owned()), mg, source, note: note.to_owned() };
            insert(&tx, c, now).map(|_| ())
        };
        calcium(300, CalciumSource::Food, "07:45", &milk)?;
        if rng.chance(0.5) {
            calcium(400, CalciumSource::Food, "12:30", &yogurt)?;
        }
        if rng.chance(0.7) {
            calcium(500, CalciumSource::Supplement, "19:00", "")?;
        }
        // A few days too high (above the 2,500 mg upper limit), on fixed days so every sample
        // shows what that looks like.
        if too_high {
            calcium(1000, CalciumSource::Supplement, "21:00", &second_tablet)?;
            calcium(1300, CalciumSource::Food, "21:30", &cheese)?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Fills `days` consecutive days ending `last` with six entries a day (two of each kind),
/// in one transaction: the data set the benchmarks measure ("10 years of daily logging").
pub fn synthetic(conn: &mut Connection, last: NaiveDate, days: u64, now: &str) -> Result<()> {
    let tx = conn.transaction()?;
    let mut rng = Rng::seeded(0x0bad_5eed_0000_0001);
    for offset in 0..days {
        let date = last - Days::new(offset);
        for time in ["08:00", "20:00"] {
            let score = (rng.next() * 10.0).round() as u8;
            let pain = Pain {
                date,
                time: Some(time.into()),
                score,
                locations: vec![Location::LowerBack],
                note: String::new(),
            };
            insert(&tx, pain, now)?;
        }
        for kind in [ExerciseKind::Walking, ExerciseKind::PelvicFloor] {
            let minutes = 5 + (rng.next() * 40.0) as u16;
            insert(&tx, Exercise { date, kind, minutes, intensity: Intensity::Light, note: String::new() }, now)?;
        }
        for source in [CalciumSource::Food, CalciumSource::Supplement] {
            let mg = 100 + (rng.next() * 700.0) as u16;
            insert(&tx, Calcium { date, time: None, mg, source, note: String::new() }, now)?;
        }
    }
    tx.commit()?;
    Ok(())
}
