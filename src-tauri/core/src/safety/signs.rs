//! The signs on the "Any of these today?" check-in, each at its level, from FACTS.md ("Red flags:
//! what to do, and how fast"). There are two levels, and both mean now: `Emergency` (call the
//! local emergency number or go to the emergency department) and `Urgent` (contact the midwife,
//! doctor or maternity unit now). A few signs are not red flags but worth raising at the next
//! appointment; they are ticked on the same form and kept on the same day.

use serde::Serialize;

use crate::i18n::{lookup, Lang, Msg};
use crate::summary::Level;

/// One sign a person can tick. Its words here are English; those of every language are
/// `sign-<id>` and `sign-<id>-spoken` in errors.ftl (see `label_in`, `view`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RedFlag {
    /// Stable id, stored per date and exported.
    pub id: &'static str,
    /// As the check-in list shows it, in English.
    pub label: &'static str,
    /// `Emergency` or `Urgent` for red flags; `Info` for signs to mention at an appointment.
    pub level: Level,
    /// As she would say it: "I am having {spoken}".
    #[serde(skip)]
    pub spoken: &'static str,
}

impl RedFlag {
    /// As the check-in list shows it, in `lang`.
    pub fn label_in(&self, lang: Lang) -> String {
        lookup(lang, &format!("sign-{}", self.id)).unwrap_or_else(|| self.label.to_owned())
    }

    /// As she would say it, in `lang`.
    pub fn spoken_in(&self, lang: Lang) -> String {
        lookup(lang, &format!("sign-{}-spoken", self.id)).unwrap_or_else(|| self.spoken.to_owned())
    }

    /// The sign as the window shows it, in `lang`.
    pub fn view(&self, lang: Lang) -> Sign {
        Sign { id: self.id, label: self.label_in(lang), level: self.level }
    }
}

/// A sign as the window shows it: its id, its words in her language, its level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sign {
    pub id: &'static str,
    pub label: String,
    pub level: Level,
}

/// The signs of `list` in `lang`.
pub fn signs_in(list: &[RedFlag], lang: Lang) -> Vec<Sign> {
    list.iter().map(|f| f.view(lang)).collect()
}

const fn sign(id: &'static str, level: Level, label: &'static str, spoken: &'static str) -> RedFlag {
    RedFlag { id, label, level, spoken }
}

use Level::{Emergency, Urgent};

/// The red flags, in the order the check-in shows them: emergencies first.
pub const RED_FLAGS: &[RedFlag] = &[
    // AWHONN POST-BIRTH, "call 911".
    sign("chest_pain", Emergency, "Chest pain", "chest pain"),
    sign("breathing", Emergency, "Trouble breathing or shortness of breath", "trouble breathing"),
    sign("seizure", Emergency, "A seizure", "a seizure"),
    sign(
        "harm_thoughts",
        Emergency,
        "Thoughts of harming yourself or your baby",
        "thoughts of harming myself or my baby",
    ),
    // Cauda equina syndrome (NHS; AHCPR red flags): each sign on its own line, in plain words.
    sign(
        "saddle_numbness",
        Emergency,
        "Numbness or tingling between your legs, around your bottom or genitals (the \"saddle\" area)",
        "numbness between my legs",
    ),
    sign(
        "urine_retention",
        Emergency,
        "New trouble passing urine, or not knowing when your bladder is full",
        "new trouble passing urine",
    ),
    sign(
        "incontinence",
        Emergency,
        "New loss of control of your bladder or bowels",
        "new loss of bladder or bowel control",
    ),
    sign(
        "leg_weakness",
        Emergency,
        "Weakness or numbness in both legs, or leg weakness that is getting worse",
        "weakness or numbness in my legs",
    ),
    // POST-BIRTH; NHS "Postpartum haemorrhage".
    sign(
        "bleeding_faint",
        Emergency,
        "Heavy bleeding (a pad soaked in an hour, or egg-sized clots) with feeling faint, dizzy or a racing heart",
        "heavy bleeding and feeling faint",
    ),
    // NHS "Postpartum psychosis".
    sign(
        "psychosis",
        Emergency,
        "Seeing or hearing things others do not, believing things that are not true, or a sudden high or confused mood",
        "sudden changes in my mood or thinking",
    ),
    // POST-BIRTH's second list, NHS "Sepsis" and "Pre-eclampsia", epidural aftercare leaflets, AHCPR.
    sign("fever", Urgent, "A temperature of 38 °C (100.4 °F) or higher, or chills", "a fever"),
    sign("sepsis", Urgent, "Feeling very unwell and shivery, with a fast heartbeat", "shivering and a fast heartbeat"),
    sign("discharge", Urgent, "Foul-smelling discharge from your vagina", "foul-smelling discharge"),
    sign(
        "bleeding",
        Urgent,
        "Heavy bleeding (a pad soaked in an hour, or egg-sized clots) without feeling faint",
        "heavy bleeding",
    ),
    sign("wound", Urgent, "A wound, tear or caesarean cut that is red, hot, oozing or opening", "a wound that is not healing"),
    sign("leg", Urgent, "A red or swollen leg that is painful or warm to touch", "a red, swollen leg"),
    sign(
        "headache",
        Urgent,
        "A headache that medicine does not help, or a bad headache with changes in your vision",
        "a bad headache",
    ),
    sign("rib_pain", Urgent, "Pain just below your ribs", "pain just below my ribs"),
    sign("swelling", Urgent, "Sudden swelling of your face, hands or feet", "sudden swelling"),
    sign(
        "epidural_site",
        Urgent,
        "After an epidural or spinal: back pain near the injection site that is severe or getting worse, or a site that is hot, red or oozing",
        "pain at my epidural site",
    ),
    sign(
        "spinal_headache",
        Urgent,
        "After an epidural or spinal: a headache that gets worse when you sit or stand up",
        "a headache that gets worse when I sit up",
    ),
    sign("night_pain", Urgent, "Back pain that is severe at night or when lying down", "severe back pain at night"),
    sign("fall", Urgent, "Back pain after a fall", "back pain after a fall"),
];

/// Signs that earlier versions of Mend offered and that may still be stored or imported. They
/// are no longer offered (each was split into plainer signs) but keep the level of the most
/// serious sign they covered, so an old record is never shown as less serious than it was.
pub const RETIRED: &[RedFlag] = &[
    sign(
        "numbness",
        Emergency,
        "Numbness between the legs or around the bottom, or new numbness or weakness in the legs",
        "numbness",
    ),
    sign(
        "bladder_bowel",
        Emergency,
        "New problems controlling your bladder or bowels",
        "new bladder or bowel problems",
    ),
];

/// Not red flags, but worth raising at the next appointment (FACTS.md).
pub const MENTION: &[RedFlag] = &[sign(
    "leaking",
    Level::Info,
    "Leaking a little urine when you cough, sneeze or lift",
    "some leaking when I cough",
)];

/// Signs that, ticked together with back pain at the epidural site, make an emergency: a fever,
/// or any numbness, weakness, or bladder or bowel sign (NHS trust epidural aftercare leaflets:
/// a possible abscess or blood clot).
pub const WITH_EPIDURAL_SITE: &[&str] =
    &["fever", "saddle_numbness", "urine_retention", "incontinence", "leg_weakness", "numbness", "bladder_bowel"];

/// What to do, by level, in `lang`. Both levels mean now; nothing here says "today".
pub fn action_in(level: Level, lang: Lang) -> String {
    let m = if level == Level::Emergency { Msg::new("card-action-emergency") } else { Msg::new("card-action-urgent") };
    m.render(lang)
}

/// What to do, by level, in English.
pub fn action(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Call your local emergency number or go to the emergency department now.",
        _ => "Contact your midwife, doctor or maternity unit now. If you cannot reach them, go to the emergency department or call your local emergency number.",
    }
}

/// Crisis lines in `lang` (see `CRISIS_LINES`).
pub fn crisis_lines_in(lang: Lang) -> Vec<String> {
    [Msg::new("crisis-line-us"), Msg::new("crisis-line-uk"), Msg::new("crisis-line-anywhere")]
        .iter()
        .map(|m| m.render(lang))
        .collect()
}

/// Every card says this (POST-BIRTH), in English; `card-instinct` in every language.
pub const TRUST_INSTINCTS: &str = "Trust your instincts: if something feels seriously wrong, get help.";

/// Crisis lines, as examples by country, never as the only option (FACTS.md, "Mental health").
pub const CRISIS_LINES: &[&str] = &[
    "In the US: call or text 988 (Suicide & Crisis Lifeline).",
    "In the UK: call Samaritans on 116 123.",
    "Anywhere: your local emergency number.",
];

/// Every sign a day can hold: the offered, retired and mention signs, in that order.
pub fn all() -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().chain(RETIRED).chain(MENTION)
}

/// The sign with this id.
pub fn find(id: &str) -> Option<&'static RedFlag> {
    all().find(|f| f.id == id)
}
