//! The command line's day factors: `mend log sleep|mood` and `mend tag …`. Arguments are read
//! into the core's typed values with its own parsers, so a wrong one gets the window's message.

use clap::Subcommand;
use serde_json::json;

use mend_core::factors::{Mood, Sleep, TagName};
use mend_core::i18n::{Lang, Msg};
use mend_core::input::Fields;
use mend_core::Store;

use super::number;

/// `mend log sleep` and `mend log mood`.
#[derive(Subcommand)]
pub enum LogFactor {
    /// Hours slept, 0 to 24 in half hours (e.g. 6.5); replaces what the day had.
    Sleep {
        #[arg(long, allow_hyphen_values = true)]
        hours: String,
        /// YYYY-MM-DD; today if left out.
        #[arg(long)]
        date: Option<String>,
    },
    /// Mood, 0 (very low) to 10 (very good); replaces what the day had.
    Mood {
        #[arg(long, allow_hyphen_values = true)]
        score: String,
        /// YYYY-MM-DD; today if left out.
        #[arg(long)]
        date: Option<String>,
    },
}

/// `mend tag …`: her own yes/no labels for a day.
#[derive(Subcommand)]
pub enum TagAction {
    /// Add a tag (1 to 40 characters, a name she has not used).
    Add { name: String },
    /// Mark a tag true on a day.
    On {
        name: String,
        /// YYYY-MM-DD; today if left out.
        #[arg(long)]
        date: Option<String>,
    },
    /// Mark a tag not true on a day.
    Off {
        name: String,
        /// YYYY-MM-DD; today if left out.
        #[arg(long)]
        date: Option<String>,
    },
    /// List the tags, those in use first.
    List,
    /// Rename a tag; its days keep it.
    Rename { old: String, new: String },
    /// Retire a tag: its days keep it, but it is no longer offered.
    Retire { name: String },
    /// Bring a retired tag back.
    Unretire { name: String },
}

/// A `--date` argument read as the log commands read theirs (today when left out), so a wrong
/// one is named: "Date: … is not a date written YYYY-MM-DD."
fn day(store: &Store, date: Option<String>) -> mend_core::Result<chrono::NaiveDate> {
    let today = store.today();
    let value = json!({ "date": date.unwrap_or_else(|| today.to_string()) });
    Fields::new(&value, "what-date", &["date"])?.date("date", "field-date", today)
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("serializes")
}

/// Runs `mend log sleep|mood`; prints the day's factors as JSON.
pub fn log(store: &Store, factor: LogFactor) -> mend_core::Result<String> {
    Ok(match factor {
        LogFactor::Sleep { hours, date } => {
            let sleep = Sleep::from_input(&number(&hours))?;
            to_json(&store.set_sleep(day(store, date)?, sleep)?)
        }
        LogFactor::Mood { score, date } => {
            let mood = Mood::from_input(&number(&score))?;
            to_json(&store.set_mood(day(store, date)?, mood)?)
        }
    })
}

/// Runs `mend tag …`; what it says in words is in `lang`.
pub fn tag(store: &Store, action: TagAction, lang: Lang) -> mend_core::Result<String> {
    let named = |name: &str| TagName::parse(name).and_then(|n| store.tag_named(&n));
    Ok(match action {
        TagAction::Add { name } => to_json(&store.create_tag(&TagName::parse(&name)?)?),
        TagAction::On { name, date } => {
            let date = day(store, date)?;
            to_json(&store.set_day_tag(date, named(&name)?.id, true)?)
        }
        TagAction::Off { name, date } => {
            let date = day(store, date)?;
            to_json(&store.set_day_tag(date, named(&name)?.id, false)?)
        }
        TagAction::List => {
            store
                .list_tags()?
                .iter()
                .map(|t| {
                    if t.retired {
                        Msg::new("cli-tag-retired").arg("name", &t.name).render(lang)
                    } else {
                        t.name.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        TagAction::Rename { old, new } => {
            let id = named(&old)?.id;
            to_json(&store.rename_tag(id, &TagName::parse(&new)?)?)
        }
        TagAction::Retire { name } => to_json(&store.retire_tag(named(&name)?.id, true)?),
        TagAction::Unretire { name } => to_json(&store.retire_tag(named(&name)?.id, false)?),
    })
}
