//! The card a day's ticked signs show: one card at the highest level of everything ticked (a
//! combination can raise it), what to do now, the words to use with the birth date filled in,
//! and crisis lines as examples when thoughts of harm are ticked.

use chrono::NaiveDate;
use serde::Serialize;

use super::signs::{self, RedFlag, CRISIS_LINES, TRUST_INSTINCTS, WITH_EPIDURAL_SITE};
use crate::summary::{Level, Notice};

/// The article every red-flag card links to.
pub const CLINICIAN_ARTICLE: &str = "when-to-see-a-clinician";
/// The article the "mention it at your next appointment" note links to.
pub const PELVIC_FLOOR_ARTICLE: &str = "pelvic-floor";

/// What the red-flag card shows besides its message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    /// What to do, now.
    pub action: &'static str,
    /// The ticked signs, as the list shows them.
    pub signs: Vec<&'static str>,
    /// Why a combination made this an emergency, when it did.
    pub raised: Option<&'static str>,
    /// "Trust your instincts…"
    pub instinct: &'static str,
    /// "I gave birth on … and I am having …", ready to read out.
    pub script: String,
    /// Crisis lines by country, as examples; empty unless thoughts of harm are ticked.
    pub crisis_lines: Vec<&'static str>,
}

/// Why epidural-site pain together with a fever or a nerve or bladder sign is an emergency.
const RAISED_EPIDURAL: &str = "Back pain near the epidural or spinal site together with a fever, numbness, weakness, \
     or a bladder or bowel change needs emergency care, even if each sign alone seems mild.";

/// The level of everything ticked together, and why a combination raised it.
pub fn level_of(ticked: &[&RedFlag]) -> (Level, Option<&'static str>) {
    let has = |id: &str| ticked.iter().any(|f| f.id == id);
    let highest = ticked.iter().map(|f| f.level).max().unwrap_or(Level::Info);
    if has("epidural_site") && WITH_EPIDURAL_SITE.iter().any(|id| has(id)) {
        return (Level::Emergency, Some(RAISED_EPIDURAL));
    }
    (highest, None)
}

/// The day's notices for its ticked signs: one red-flag card (if any red flag is ticked) and a
/// calm note for each sign worth mentioning at the next appointment.
pub fn notices(ids: &[String], birth: Option<NaiveDate>) -> Vec<Notice> {
    // In the list's order, most serious first, whatever order they were stored in.
    let ticked: Vec<&'static RedFlag> = signs::all().filter(|f| ids.iter().any(|id| id == f.id)).collect();
    let (flags, mention): (Vec<&RedFlag>, Vec<&RedFlag>) = ticked.into_iter().partition(|f| f.level >= Level::Urgent);
    let mut out = Vec::new();
    if !flags.is_empty() {
        out.push(red_flag_card(&flags, birth));
    }
    out.extend(mention.iter().map(|f| Notice {
        code: "mention_at_appointment",
        level: Level::Info,
        message: format!(
            "You noted: {}. This is common after birth and not an emergency: mention it at your next appointment. \
             Pelvic floor exercises and a pelvic health physiotherapist can help.",
            lower_first(f.label)
        ),
        article_id: Some(PELVIC_FLOOR_ARTICLE),
        card: None,
    }));
    out
}

fn red_flag_card(flags: &[&RedFlag], birth: Option<NaiveDate>) -> Notice {
    let (level, raised) = level_of(flags);
    let action = signs::action(level);
    let labels: Vec<&'static str> = flags.iter().map(|f| f.label).collect();
    let noted = labels.iter().map(|l| lower_first(l)).collect::<Vec<_>>().join("; ");
    let born = birth.map_or_else(|| "______".to_owned(), |d| d.format("%-d %B %Y").to_string());
    let spoken: Vec<&str> = flags.iter().map(|f| f.spoken).collect();
    let harm = flags.iter().any(|f| f.id == "harm_thoughts");
    Notice {
        code: "red_flag",
        level,
        message: format!("{action} You noted: {noted}."),
        article_id: Some(CLINICIAN_ARTICLE),
        card: Some(Box::new(Card {
            action,
            signs: labels,
            raised,
            instinct: TRUST_INSTINCTS,
            script: format!("I gave birth on {born} and I am having {}.", and_list(&spoken)),
            crisis_lines: if harm { CRISIS_LINES.to_vec() } else { Vec::new() },
        })),
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}
