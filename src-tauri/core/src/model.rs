//! What Mend records: the profile and the three kinds of entry, with their closed vocabularies.
//! These types are always valid; `input` builds them from untrusted JSON.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::vocab::{Named, Vocabulary};

crate::vocabulary!(
    /// Where it hurts.
    Location {
        LowerBack = "lower_back": "Lower back",
        UpperBack = "upper_back": "Upper back",
        Pelvis = "pelvis": "Pelvis or hips",
        NeckShoulders = "neck_shoulders": "Neck and shoulders",
        EpiduralSite = "epidural_site": "Epidural site",
    }
);
crate::vocabulary!(
    /// What kind of exercise.
    ExerciseKind {
        Walking = "walking": "Walking",
        PelvicFloor = "pelvic_floor": "Pelvic floor exercises",
        Stretching = "stretching": "Stretching",
        Yoga = "yoga": "Yoga",
        Strength = "strength": "Strength",
        Swimming = "swimming": "Swimming",
        Other = "other": "Other",
    }
);
crate::vocabulary!(
    /// How hard the exercise felt.
    Intensity { Light = "light": "Light", Moderate = "moderate": "Moderate", Vigorous = "vigorous": "Vigorous" }
);
crate::vocabulary!(
    /// Where calcium came from; both count towards the daily total and the upper limit.
    CalciumSource { Food = "food": "Food or drink", Supplement = "supplement": "Supplement" }
);
crate::vocabulary!(
    /// How the baby was born.
    DeliveryType { Vaginal = "vaginal": "Vaginal birth", Caesarean = "caesarean": "Caesarean" }
);
crate::vocabulary!(
    /// The age band that picks the calcium RDA and UL (IOM 2011).
    AgeBand { Teen = "14-18": "14–18", Adult = "19-50": "19–50", Older = "51+": "51 or older" }
);

#[allow(clippy::derivable_impls)] // the enum comes from a macro that cannot mark a default
impl Default for AgeBand {
    fn default() -> Self {
        AgeBand::Adult
    }
}
crate::vocabulary!(
    /// The three kinds of entry.
    EntryKind { Pain = "pain": "Pain", Exercise = "exercise": "Exercise", Calcium = "calcium": "Calcium" }
);

/// The one profile row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub birth_date: Option<NaiveDate>,
    pub delivery_type: Option<DeliveryType>,
    pub epidural: bool,
    pub breastfeeding: bool,
    pub age_band: AgeBand,
}

/// A pain check-in on the 0–10 Numeric Rating Scale; several a day are allowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pain {
    pub date: NaiveDate,
    /// "HH:MM", local time.
    pub time: Option<String>,
    pub score: u8,
    pub locations: Vec<Location>,
    pub note: String,
}

/// One exercise session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Exercise {
    pub date: NaiveDate,
    pub kind: ExerciseKind,
    pub minutes: u16,
    pub intensity: Intensity,
    pub note: String,
}

/// One calcium intake, from food or a supplement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Calcium {
    pub date: NaiveDate,
    /// "HH:MM", local time.
    pub time: Option<String>,
    pub mg: u16,
    pub source: CalciumSource,
    pub note: String,
}

/// An entry as stored: its id and timestamps (RFC 3339, UTC) around the entry itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stored<T> {
    pub id: i64,
    #[serde(flatten)]
    pub entry: T,
    pub created_at: String,
    pub updated_at: String,
}

/// One of her own tags: a short label she defines ("physio day") and marks yes or no per day.
/// A retired tag keeps its days but is no longer offered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tag {
    pub id: i64,
    pub name: String,
    pub retired: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// A tag as a day shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DayTag {
    pub id: i64,
    pub name: String,
    pub retired: bool,
}

/// A day's factors besides the entries: sleep (hours, in half hours), mood (0–10) and the tags
/// that were true that day. Each is optional.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DayFactors {
    pub sleep_hours: Option<f64>,
    pub mood: Option<u8>,
    pub tags: Vec<DayTag>,
}
