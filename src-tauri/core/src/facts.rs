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
