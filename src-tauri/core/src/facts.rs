//! Figures from `shared/FACTS.md` that the code uses. Each names its source; change them only
//! together with FACTS.md and the guidance text.

use crate::model::AgeBand;

/// Calcium Recommended Dietary Allowance in mg/day, including pregnancy and breastfeeding
/// (Institute of Medicine, Dietary Reference Intakes for Calcium and Vitamin D, 2011).
pub fn calcium_rda(band: AgeBand) -> u32 {
    match band {
        AgeBand::Teen => 1_300,
        AgeBand::Adult => 1_000,
        // Women 51+: the IOM RDA is 1,200 mg/day.
        AgeBand::Older => 1_200,
    }
}

/// Calcium Tolerable Upper Intake Level in mg/day, food and supplements together (IOM 2011).
pub fn calcium_ul(band: AgeBand) -> u32 {
    match band {
        AgeBand::Teen => 3_000,
        AgeBand::Adult => 2_500,
        AgeBand::Older => 2_000,
    }
}

/// Supplement doses above this are absorbed less well (NIH ODS Calcium fact sheet).
pub const CALCIUM_DOSE_MG: u32 = 500;

/// Weekly moderate activity goal (Physical Activity Guidelines for Americans, 2nd ed., 2018).
pub const EXERCISE_MINUTES_PER_WEEK: u32 = 150;

/// "Clearly better/worse": the 7-day average changed by at least this fraction of the
/// baseline… (Farrar et al., Pain 94:149, 2001: about 30% is clinically important; IMMPACT,
/// Dworkin et al. 2008: 30% or more is a moderate improvement)
pub const CLEAR_CHANGE_FRACTION: f64 = 0.30;
/// …and by at least this many points, so that 1 → 0.7 does not count (Mend's rule, FACTS.md).
pub const CLEAR_CHANGE_POINTS: f64 = 1.0;

/// The rule in words, as the chart summary, the Trends screen and the guidance say it.
pub const CLEAR_CHANGE_RULE: &str =
    "a change of 30% or more from the baseline and at least 1 point, about the size of \
     change that people in studies rated as much better (Farrar et al., 2001)";

/// Vitamin D Recommended Dietary Allowance, ages 14–70 including pregnancy and breastfeeding
/// (IOM 2011; NIH ODS Vitamin D fact sheet): 600 IU = 15 µg a day.
pub const VITAMIN_D_RDA_IU: u32 = 600;
/// Vitamin D Tolerable Upper Intake Level, ages 9 and over (IOM 2011): 4,000 IU = 100 µg a day.
pub const VITAMIN_D_UL_IU: u32 = 4_000;
/// A temperature at or above this is a fever (POST-BIRTH): 38 °C, 100.4 °F.
pub const FEVER_C: f64 = 38.0;
/// Weeks after birth in which many pregnancy changes persist (ACOG CO 804): 4 to 6.
pub const CHANGES_PERSIST_WEEKS: (u32, u32) = (4, 6);
/// Weeks after a caesarean before abdominal exercise, at least (ACOG); also how long after an
/// epidural its warning signs can appear (NHS trust leaflets).
pub const AFTER_CAESAREAN_WEEKS: u32 = 6;
/// Mend's "no clear improvement" note comes this many weeks after the birth (product choice).
pub const NO_IMPROVEMENT_WEEKS: u32 = 12;
/// "Baby blues" pass within about this many weeks (NHS; NICE CG192).
pub const BABY_BLUES_WEEKS: u32 = 2;
/// Product defaults (FACTS.md, "Product choices"): stand up after this many minutes of sitting…
pub const STAND_UP_MINUTES: u32 = 45;
/// …and remind after this many days without exercise.
pub const NO_EXERCISE_DAYS: u32 = 3;

/// Every figure with a unit that the guidance articles may show, exactly as written there.
/// Each comes from FACTS.md, most through a constant above (a test ties the two together); an
/// article figure missing from this list fails the build's tests, so a figure cannot drift.
pub const ARTICLE_FIGURES: &[&str] = &[
    // Calcium RDA and UL by age band; the supplement dose; the food table (NIH ODS, "about").
    "1,000 mg",
    "1,300 mg",
    "1,200 mg",
    "2,500 mg",
    "3,000 mg",
    "2,000 mg",
    "500 mg",
    "300 mg",
    "400 mg",
    "250 ml",
    "225 g",
    "40 g",
    // Exercise: 150 minutes a week, e.g. 30 minutes on 5 days; stand up every 45 minutes.
    "150 minutes",
    "30 minutes",
    "5 days",
    "45 minutes",
    "3 days",
    // Weeks: changes persist 4 to 6 weeks; 6 weeks after a caesarean or epidural; 12-week note; baby blues 2 weeks.
    "4 to 6 weeks",
    "6 weeks",
    "12 weeks",
    "2 weeks",
    // Vitamin D.
    "600 IU",
    "15 µg",
    "4,000 IU",
    "100 µg",
    // Fever.
    "38 °C",
    "100.4 °F",
    // Crisis lines are not always open 24 hours (FACTS.md, "Emergency numbers and crisis lines").
    "24 hours",
];

/// The same figures as the Chinese articles write them, in the same order as
/// `ARTICLE_FIGURES` (a test pairs them by number): weights, volumes, vitamin D units and
/// temperatures keep their symbols; times take Chinese units (分钟 minutes, 天 days, 周 weeks).
/// Then the figures only the Chinese articles spell with a unit.
pub const ARTICLE_FIGURES_ZH: &[&str] = &[
    "1,000 mg",
    "1,300 mg",
    "1,200 mg",
    "2,500 mg",
    "3,000 mg",
    "2,000 mg",
    "500 mg",
    "300 mg",
    "400 mg",
    "250 ml",
    "225 g",
    "40 g",
    "150 分钟",
    "30 分钟",
    "5 天",
    "45 分钟",
    "3 天",
    "4 到 6 周",
    "6 周",
    "12 周",
    "2 周",
    "600 IU",
    "15 µg",
    "4,000 IU",
    "100 µg",
    "38 °C",
    "100.4 °F",
    "24 小时",
    // The 7-day average of the charts and the "clearly better" rule (`trends::BASELINE_DAYS`),
    // which English writes as one word, "7-day".
    "7 天",
    // Heavy bleeding: a pad soaked "in an hour" (POST-BIRTH), which English writes in words.
    "1 小时",
    // The postnatal check by its mainland name, 产后 42 天复查 (the 产后 42 天健康检查 of China's
    // national basic public health service), which the English articles call "your postnatal
    // check". A name, not a FACTS.md figure: no advice hangs on the number.
    "42 天",
];
