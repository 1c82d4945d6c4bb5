//! The signs on the "Any of these today?" check-in, each at its level, from FACTS.md ("Red flags:
//! what to do, and how fast"). There are two levels, and both mean now: `Emergency` (call the
//! local emergency number or go to the emergency department) and `Urgent` (contact the midwife,
//! doctor or maternity unit now). A few signs are not red flags but worth raising at the next
//! appointment; they are ticked on the same form and kept on the same day.

use serde::Serialize;

use crate::i18n::{lookup, Lang, Msg};
use crate::notice::Level;

/// The short headings the check-in groups its signs under, so a list of about 30 stays
/// scannable. A heading's words are `sign-group-<id>` in errors.ftl.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    BleedingFever,
    HeadChest,
    BackLegs,
    Body,
    Mind,
    /// Not a red flag: the "mention at your next appointment" list, under its own legend.
    Mention,
}

impl Group {
    /// The groups of the red-flag list, in the order the check-in shows them.
    pub const RED_FLAG_ORDER: [Group; 5] =
        [Group::BleedingFever, Group::HeadChest, Group::BackLegs, Group::Body, Group::Mind];

    /// The heading in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        Msg::new(match self {
            Group::BleedingFever => "sign-group-bleeding_fever",
            Group::HeadChest => "sign-group-head_chest",
            Group::BackLegs => "sign-group-back_legs",
            Group::Body => "sign-group-body",
            Group::Mind => "sign-group-mind",
            Group::Mention => "sign-group-mention",
        })
        .render(lang)
    }
}

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
    /// The heading it is listed under.
    pub group: Group,
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
        Sign {
            id: self.id,
            label: self.label_in(lang),
            level: self.level,
            group: self.group,
            group_label: self.group.label_in(lang),
        }
    }
}

/// A sign as the window shows it: its id, its words in her language, its level and the
/// heading it is listed under.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sign {
    pub id: &'static str,
    pub label: String,
    pub level: Level,
    pub group: Group,
    pub group_label: String,
}

/// The signs of `list` in `lang`.
pub fn signs_in(list: &[RedFlag], lang: Lang) -> Vec<Sign> {
    list.iter().map(|f| f.view(lang)).collect()
}

const fn sign(id: &'static str, level: Level, group: Group, label: &'static str, spoken: &'static str) -> RedFlag {
    RedFlag { id, label, level, group, spoken }
}

use Group::{BackLegs, BleedingFever, Body, HeadChest, Mind};
use Level::{Emergency, Urgent};

/// The red flags, in the order the check-in shows them: by group (`Group::RED_FLAG_ORDER`),
/// emergencies first within each group. Sources, from FACTS.md: AWHONN POST-BIRTH; NHS
/// "Sepsis", "Postpartum haemorrhage", "Pre-eclampsia", "Headaches", "Postpartum psychosis" and
/// cauda equina pages; CDC "Hear Her" urgent maternal warning signs; NHS trust epidural
/// aftercare leaflets; AHCPR red flags.
pub const RED_FLAGS: &[RedFlag] = &[
    // Bleeding, fever and infection.
    sign(
        "bleeding_faint",
        Emergency,
        BleedingFever,
        "Heavy bleeding (a pad soaked in an hour, or clots the size of an egg or bigger) with feeling faint, dizzy or a racing heart",
        "heavy bleeding and feeling faint",
    ),
    // NHS "Sepsis": the signs that need 999, not 111.
    sign(
        "sepsis_skin",
        Emergency,
        BleedingFever,
        "Blue, grey, pale or blotchy skin, lips or tongue (on brown or black skin, look at the palms and soles)",
        "blue, grey or blotchy skin or lips",
    ),
    sign(
        "sepsis_rash",
        Emergency,
        BleedingFever,
        "A rash that does not fade when you roll a glass over it",
        "a rash that does not fade under a glass",
    ),
    sign("fever", Urgent, BleedingFever, "A temperature of 38 °C (100.4 °F) or higher, or chills", "a fever"),
    sign(
        "sepsis",
        Urgent,
        BleedingFever,
        "Feeling very unwell and shivery, with a fast heartbeat",
        "shivering and a fast heartbeat",
    ),
    sign("discharge", Urgent, BleedingFever, "Foul-smelling discharge from your vagina", "foul-smelling discharge"),
    sign(
        "bleeding",
        Urgent,
        BleedingFever,
        "Heavy bleeding (a pad soaked in an hour, or clots the size of an egg or bigger) without feeling faint",
        "heavy bleeding",
    ),
    sign(
        "wound",
        Urgent,
        BleedingFever,
        "A wound, tear or caesarean cut that is red, hot, oozing or opening",
        "a wound that is not healing",
    ),
    // Head, chest and breathing.
    sign("chest_pain", Emergency, HeadChest, "Chest pain", "chest pain"),
    sign(
        "breathing",
        Emergency,
        HeadChest,
        "Trouble breathing, shortness of breath or breathing very fast",
        "trouble breathing",
    ),
    sign("seizure", Emergency, HeadChest, "A seizure", "a seizure"),
    // CDC "Hear Her": fainting after birth can mean internal bleeding.
    sign("fainting", Emergency, HeadChest, "Fainting or passing out", "fainting"),
    // NHS "Sepsis" (999).
    sign(
        "sepsis_confused",
        Emergency,
        HeadChest,
        "Acting confused, slurred speech or not making sense",
        "confusion or slurred speech",
    ),
    // NHS "Headaches": call 999 if it came on suddenly and is extremely painful.
    sign(
        "sudden_headache",
        Emergency,
        HeadChest,
        "A headache that comes on suddenly and is extremely painful, the worst you have had",
        "a sudden, severe headache",
    ),
    sign(
        "headache",
        Urgent,
        HeadChest,
        "A headache that medicine does not help, or a bad headache with changes in your vision",
        "a bad headache",
    ),
    sign(
        "spinal_headache",
        Urgent,
        HeadChest,
        "After an epidural or spinal: a headache that gets worse when you sit or stand up",
        "a headache that gets worse when I sit up",
    ),
    sign(
        "vision",
        Urgent,
        HeadChest,
        "Changes in your vision, even without a headache: blurring, flashing lights or spots",
        "changes in my vision",
    ),
    sign("dizziness", Urgent, HeadChest, "Feeling dizzy, without fainting", "dizziness"),
    sign("racing_heart", Urgent, HeadChest, "A racing or pounding heartbeat", "a racing heartbeat"),
    // Back and legs: cauda equina syndrome (NHS; AHCPR red flags), each sign on its own line;
    // the epidural site (NHS trust leaflets); a leg clot (POST-BIRTH).
    sign(
        "saddle_numbness",
        Emergency,
        BackLegs,
        "Numbness or tingling between your legs, around your bottom or genitals (the \"saddle\" area)",
        "numbness between my legs",
    ),
    sign(
        "urine_retention",
        Emergency,
        BackLegs,
        "New trouble passing urine, or not knowing when your bladder is full",
        "new trouble passing urine",
    ),
    sign(
        "incontinence",
        Emergency,
        BackLegs,
        "New loss of control of your bladder or bowels, with back pain or numbness (not a small leak when you cough)",
        "new loss of bladder or bowel control",
    ),
    sign(
        "leg_weakness",
        Emergency,
        BackLegs,
        "Weakness or numbness in both legs, or leg weakness that is getting worse",
        "weakness or numbness in my legs",
    ),
    // One tick for what the article calls an emergency: Mend's own cautious decision (a
    // possible epidural abscess or meningitis), not the leaflets' wording.
    sign(
        "epidural_fever",
        Emergency,
        BackLegs,
        "After an epidural or spinal (up to 6 weeks): back pain at the injection site with a fever, shivers or a stiff neck",
        "back pain at my epidural site with a fever or a stiff neck",
    ),
    sign(
        "epidural_site",
        Urgent,
        BackLegs,
        "After an epidural or spinal: back pain near the injection site that is severe or getting worse, or a site that is hot, red or oozing",
        "pain at my epidural site",
    ),
    sign("night_pain", Urgent, BackLegs, "Back pain that is severe at night or when lying down", "severe back pain at night"),
    sign("fall", Urgent, BackLegs, "Back pain after a fall", "back pain after a fall"),
    sign("leg", Urgent, BackLegs, "A red or swollen leg that is painful or warm to touch", "a red, swollen leg"),
    // Tummy, swelling and tiredness: pre-eclampsia (NHS) and CDC "Hear Her".
    sign("belly_pain", Urgent, Body, "Severe belly pain that does not go away", "severe belly pain"),
    sign("rib_pain", Urgent, Body, "Pain just below your ribs", "pain just below my ribs"),
    sign("vomiting", Urgent, Body, "Severe nausea or vomiting", "severe nausea or vomiting"),
    sign("swelling", Urgent, Body, "Sudden swelling of your face, hands or feet", "sudden swelling"),
    sign("exhaustion", Urgent, Body, "Overwhelming tiredness", "overwhelming tiredness"),
    // Mind and mood: POST-BIRTH; NHS "Postpartum psychosis".
    sign(
        "harm_thoughts",
        Emergency,
        Mind,
        "Thoughts of harming yourself or your baby",
        "thoughts of harming myself or my baby",
    ),
    sign(
        "psychosis",
        Emergency,
        Mind,
        "Seeing or hearing things others do not, believing things that are not true, or a sudden high or confused mood",
        "sudden changes in my mood or thinking",
    ),
];

/// Signs that earlier versions of Mend offered and that may still be stored or imported. They
/// are no longer offered (each was split into plainer signs) but keep the level of the most
/// serious sign they covered, so an old record is never shown as less serious than it was.
pub const RETIRED: &[RedFlag] = &[
    sign(
        "numbness",
        Emergency,
        BackLegs,
        "Numbness between the legs or around the bottom, or new numbness or weakness in the legs",
        "numbness",
    ),
    sign(
        "bladder_bowel",
        Emergency,
        BackLegs,
        "New problems controlling your bladder or bowels",
        "new bladder or bowel problems",
    ),
];

/// Not red flags, but worth raising at the next appointment (FACTS.md).
pub const MENTION: &[RedFlag] = &[sign(
    "leaking",
    Level::Info,
    Group::Mention,
    "Leaking a little urine when you cough, sneeze or lift",
    "some leaking when I cough",
)];

/// Signs that, ticked together with back pain at the epidural site, make an emergency: a fever
/// or feeling very unwell and shivery, or any numbness, weakness, or bladder or bowel sign (NHS
/// trust epidural aftercare leaflets: a possible abscess or blood clot).
pub const WITH_EPIDURAL_SITE: &[&str] = &[
    "fever",
    "sepsis",
    "saddle_numbness",
    "urine_retention",
    "incontinence",
    "leg_weakness",
    "numbness",
    "bladder_bowel",
];

/// What to do, by level, in `lang`. Both levels mean now; nothing here says "today".
pub fn action_in(level: Level, lang: Lang) -> String {
    let m = if level == Level::Emergency { Msg::new("card-action-emergency") } else { Msg::new("card-action-urgent") };
    m.render(lang)
}

/// Crisis lines in `lang` (see `CRISIS_LINES`).
pub fn crisis_lines_in(lang: Lang) -> Vec<String> {
    ["crisis-line-us", "crisis-line-uk", "crisis-line-cn", "crisis-line-anywhere"]
        .iter()
        .map(|id| Msg::new(id).render(lang))
        .collect()
}

/// Every card says this (POST-BIRTH), in English; `card-instinct` in every language.
pub const TRUST_INSTINCTS: &str = "Trust your instincts: if something feels seriously wrong, get help.";

/// Crisis lines, as examples by country, never as the only option (FACTS.md, "Mental health").
pub const CRISIS_LINES: &[&str] = &[
    "In the US: call or text 988 (Suicide & Crisis Lifeline).",
    "In the UK: call Samaritans on 116 123.",
    "In mainland China: call 12356 (the national psychological assistance hotline; not always open 24 hours).",
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
