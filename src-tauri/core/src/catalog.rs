//! What the window needs to know of the core's vocabularies, ranges and targets, sent at start
//! (and again with a new language) so the UI keeps no copy: every label, in her language,
//! every limit its comfort checks use, and the targets it names.

use serde::Serialize;

use crate::chart::ChartKind;
use crate::i18n::{Label, Lang};
use crate::model::{AgeBand, CalciumSource, DeliveryType, EntryKind, ExerciseKind, Intensity, Location, Vocabulary};

/// One member of a vocabulary: its name and the words shown for it.
#[derive(Debug, Clone, Serialize)]
pub struct Term {
    pub id: &'static str,
    pub label: String,
}

fn terms<V: Vocabulary>(lang: Lang) -> Vec<Term> {
    V::all().into_iter().map(|v| Term { id: v.as_str(), label: v.label_in(lang) }).collect()
}

/// Every vocabulary, in display order.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Vocabularies {
    pub entry_kind: Vec<Term>,
    pub location: Vec<Term>,
    pub exercise_kind: Vec<Term>,
    pub intensity: Vec<Term>,
    pub calcium_source: Vec<Term>,
    pub delivery_type: Vec<Term>,
    pub age_band: Vec<Term>,
    pub chart: Vec<Term>,
    /// Words at points of the mood scale; the id is the score.
    pub mood_anchor: Vec<Term>,
    /// The languages Mend speaks, each named in itself ("English", "简体中文").
    pub language: Vec<Term>,
}

/// The numbers the window's comfort checks and texts use, from the validators and FACTS.md.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    pub score_max: i64,
    pub minutes: (i64, i64),
    pub mg: (i64, i64),
    pub note_max_chars: usize,
    pub exercise_minutes_per_week: u32,
    pub calcium_dose_mg: u32,
    pub mood_max: u8,
    pub sleep_max_hours: u8,
    pub tag_name_max_chars: usize,
}

/// Vocabularies and limits together.
#[derive(Debug, Clone, Serialize)]
pub struct Catalog {
    pub vocabulary: Vocabularies,
    pub limits: Limits,
}

/// The catalog of this build, its labels in English.
pub fn catalog() -> Catalog {
    catalog_in(Lang::En)
}

/// The catalog of this build, its labels in `lang` (each language's own name in itself).
pub fn catalog_in(lang: Lang) -> Catalog {
    Catalog {
        vocabulary: Vocabularies {
            entry_kind: terms::<EntryKind>(lang),
            location: terms::<Location>(lang),
            exercise_kind: terms::<ExerciseKind>(lang),
            intensity: terms::<Intensity>(lang),
            calcium_source: terms::<CalciumSource>(lang),
            delivery_type: terms::<DeliveryType>(lang),
            age_band: terms::<AgeBand>(lang),
            chart: terms::<ChartKind>(lang),
            mood_anchor: terms::<crate::factors::MoodAnchor>(lang),
            language: Lang::all().into_iter().map(|l| Term { id: l.as_str(), label: l.label().to_owned() }).collect(),
        },
        limits: Limits {
            score_max: crate::input::SCORE_MAX,
            minutes: crate::input::MINUTES_RANGE,
            mg: crate::input::MG_RANGE,
            note_max_chars: crate::input::MAX_NOTE_CHARS,
            exercise_minutes_per_week: crate::facts::EXERCISE_MINUTES_PER_WEEK,
            calcium_dose_mg: crate::facts::CALCIUM_DOSE_MG,
            mood_max: crate::factors::MOOD_MAX,
            sleep_max_hours: crate::factors::SLEEP_MAX_HALF_HOURS / 2,
            tag_name_max_chars: crate::factors::TAG_NAME_MAX_CHARS,
        },
    }
}
