//! The built-in guidance: Markdown articles with TOML front matter, embedded in the binary so
//! they read offline with no files beside it. Each article names its sources and review date,
//! and declares the reminders drawn from it.

mod render;
mod search;

use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Lang;

pub use render::{internal_links, to_html};
pub use search::{search, search_in, Hit};

/// Every English article's file name and text, embedded at compile time. A test checks this
/// list against the files in `assets/guidance/` (and each language's against its folder).
pub const SOURCES: &[(&str, &str)] = Lang::En.articles();

/// When a reminder comes due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Schedule {
    /// Every day at `time` (HH:MM).
    Daily { time: String },
    /// Every `minutes` while Mend is running.
    Interval { minutes: u32 },
    /// At `time` (HH:MM) if `condition` holds then.
    Condition {
        condition: Condition,
        time: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        days: Option<u32>,
    },
}

/// What a conditional reminder checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// No calcium logged today.
    NoCalciumToday,
    /// No exercise logged on the last `days` days (today included).
    NoExerciseDays,
}

/// A reminder as declared in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReminderDef {
    pub id: String,
    pub title: String,
    pub text: String,
    pub schedule: Schedule,
    /// On by default?
    #[serde(default)]
    pub enabled: bool,
}

/// What in her profile makes an article hers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Epidural,
    Breastfeeding,
    Caesarean,
}

impl When {
    /// Whether the profile says this.
    pub fn holds(self, p: &crate::model::Profile) -> bool {
        match self {
            When::Epidural => p.epidural,
            When::Breastfeeding => p.breastfeeding,
            When::Caesarean => p.delivery_type == Some(crate::model::DeliveryType::Caesarean),
        }
    }
}

/// An article that is especially for her when her profile says `when`, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ForYou {
    pub when: When,
    pub why: String,
}

/// An article's front matter.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FrontMatter {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub sources: Vec<String>,
    pub reviewed: String,
    pub next_review: String,
    #[serde(default)]
    pub reminders: Vec<ReminderDef>,
    #[serde(default)]
    pub for_you: Option<ForYou>,
}

/// A parsed article.
#[derive(Debug, Clone)]
pub struct Article {
    pub meta: FrontMatter,
    pub reviewed: NaiveDate,
    pub next_review: NaiveDate,
    pub body: String,
}

/// An article as the list shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Why this article is for her, when her profile makes it so.
    pub for_you: Option<String>,
}

/// An article as the reader shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub html: String,
    pub sources: Vec<String>,
    pub reviewed: NaiveDate,
    pub next_review: NaiveDate,
    pub reminders: Vec<ReminderDef>,
}

/// Splits `+++`-fenced TOML front matter from the Markdown body and parses it. Windows line
/// ends (a checkout with `core.autocrlf`) read the same as Unix ones.
pub fn parse(name: &str, text: &str) -> std::result::Result<Article, String> {
    let text = text.replace("\r\n", "\n");
    let rest = text.strip_prefix("+++\n").ok_or_else(|| format!("{name}: front matter must start with +++"))?;
    let end = rest.find("\n+++\n").ok_or_else(|| format!("{name}: front matter must end with +++"))?;
    let meta: FrontMatter = toml::from_str(&rest[..end]).map_err(|e| format!("{name}: {e}"))?;
    let date = |field: &str, value: &str| crate::input::parse_date(value).map_err(|e| format!("{name}: {field}: {e}"));
    let reviewed = date("reviewed", &meta.reviewed)?;
    let next_review = date("nextReview", &meta.next_review)?;
    if next_review <= reviewed {
        return Err(format!("{name}: nextReview must come after reviewed"));
    }
    Ok(Article { body: rest[end + 5..].to_owned(), meta, reviewed, next_review })
}

/// The English library (see `library_in`).
pub fn library() -> &'static [Article] {
    library_in(Lang::En)
}

/// The library in `lang`, parsed once. The article checks in the tests make a parse failure
/// here a bug that cannot ship.
pub fn library_in(lang: Lang) -> &'static [Article] {
    static LIBRARIES: LazyLock<Vec<(Lang, Vec<Article>)>> = LazyLock::new(|| {
        <Lang as crate::model::Vocabulary>::all()
            .into_iter()
            .map(|lang| {
                let parsed =
                    lang.articles().iter().map(|(name, text)| parse(name, text).expect("built-in guidance parses"));
                (lang, parsed.collect())
            })
            .collect()
    });
    LIBRARIES.iter().find(|(l, _)| *l == lang).map(|(_, articles)| articles.as_slice()).unwrap_or_default()
}

/// The English list (see `list_in`).
pub fn list(profile: Option<&crate::model::Profile>) -> Vec<Summary> {
    list_in(Lang::En, profile)
}

/// Every article's id, title and summary in `lang`: those her profile makes hers first, each
/// saying why, then the rest in reading order. Without a profile, the reading order.
pub fn list_in(lang: Lang, profile: Option<&crate::model::Profile>) -> Vec<Summary> {
    let why = |a: &Article| {
        a.meta.for_you.as_ref().filter(|f| profile.is_some_and(|p| f.when.holds(p))).map(|f| f.why.clone())
    };
    let mut out: Vec<Summary> = library_in(lang)
        .iter()
        .map(|a| Summary {
            id: a.meta.id.clone(),
            title: a.meta.title.clone(),
            summary: a.meta.summary.clone(),
            for_you: why(a),
        })
        .collect();
    out.sort_by_key(|s| s.for_you.is_none());
    out
}

/// One English article (see `get_in`).
pub fn get(id: &str) -> Result<Page> {
    get_in(Lang::En, id)
}

/// One article in `lang`, rendered; `not_found` for an unknown id.
pub fn get_in(lang: Lang, id: &str) -> Result<Page> {
    let a = library_in(lang)
        .iter()
        .find(|a| a.meta.id == id)
        .ok_or_else(|| Error::NotFound(crate::i18n::Msg::new("err-no-article").arg("id", crate::text::clip(id))))?;
    Ok(Page {
        id: a.meta.id.clone(),
        title: a.meta.title.clone(),
        summary: a.meta.summary.clone(),
        html: to_html(&a.body),
        sources: a.meta.sources.clone(),
        reviewed: a.reviewed,
        next_review: a.next_review,
        reminders: a.meta.reminders.clone(),
    })
}
