//! Notices: what Mend tells her about a day, at a level, with the red-flag card when signs
//! are ticked. Plain data that both the day's summary (`summary`) and the safety rules
//! (`safety`) make; neither needs the other for it.

use serde::Serialize;

/// How much a notice matters, least first; the UI styles by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Info,
    Warning,
    /// Contact the midwife, doctor or maternity unit now.
    Urgent,
    /// Call the local emergency number now.
    Emergency,
}

/// A short message about the day, with a stable code and the guidance it links to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub code: &'static str,
    pub level: Level,
    pub message: String,
    pub article_id: Option<&'static str>,
    /// The red-flag card's action, signs and words to use; only on the `red_flag` notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<Box<Card>>,
}

/// What the red-flag card shows besides its message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    /// What to do, now.
    pub action: String,
    /// The ticked signs, as the list shows them.
    pub signs: Vec<String>,
    /// Why a combination made this an emergency, when it did.
    pub raised: Option<String>,
    /// "Trust your instincts…"
    pub instinct: String,
    /// "I gave birth on … and I am having …", ready to read out.
    pub script: String,
    /// Crisis lines by country, as examples; empty unless thoughts of harm are ticked.
    pub crisis_lines: Vec<String>,
}
