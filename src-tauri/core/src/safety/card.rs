//! The card a day's ticked signs show: one card at the highest level of everything ticked (a
//! combination can raise it), what to do now, the words to use with the birth date filled in,
//! and crisis lines as examples when thoughts of harm are ticked. Every word in her language.

use super::signs::{self, RedFlag, WITH_EPIDURAL_SITE};
use crate::i18n::{Lang, Msg};
use crate::notice::{Card, Level, Notice};
use chrono::NaiveDate;

/// The article every red-flag card links to.
pub const CLINICIAN_ARTICLE: &str = "when-to-see-a-clinician";
/// The article the "mention it at your next appointment" note links to.
pub const PELVIC_FLOOR_ARTICLE: &str = "pelvic-floor";

/// Why epidural-site pain together with a fever or a nerve or bladder sign is an emergency
/// (English; `card-raised-epidural` in every language).
const RAISED_EPIDURAL: &str = "Back pain near the epidural or spinal site together with a fever, feeling very unwell \
     and shivery, numbness, weakness, or a bladder or bowel change needs emergency care, even if each sign alone seems mild.";

/// The level of everything ticked together, and why a combination raised it (in English).
pub fn level_of(ticked: &[&RedFlag]) -> (Level, Option<&'static str>) {
    let has = |id: &str| ticked.iter().any(|f| f.id == id);
    let highest = ticked.iter().map(|f| f.level).max().unwrap_or(Level::Info);
    if has("epidural_site") && WITH_EPIDURAL_SITE.iter().any(|id| has(id)) {
        return (Level::Emergency, Some(RAISED_EPIDURAL));
    }
    (highest, None)
}

/// The day's notices for its ticked signs, in `lang`: one red-flag card (if any red flag is
/// ticked) and a calm note for each sign worth mentioning at the next appointment.
pub fn notices(ids: &[String], birth: Option<NaiveDate>, lang: Lang) -> Vec<Notice> {
    // Most serious first, then in the list's order, whatever order they were stored in.
    let mut ticked: Vec<&'static RedFlag> = signs::all().filter(|f| ids.iter().any(|id| id == f.id)).collect();
    ticked.sort_by_key(|f| std::cmp::Reverse(f.level));
    let (flags, mention): (Vec<&RedFlag>, Vec<&RedFlag>) = ticked.into_iter().partition(|f| f.level >= Level::Urgent);
    let mut out = Vec::new();
    if !flags.is_empty() {
        out.push(red_flag_card(&flags, birth, lang));
    }
    out.extend(mention.iter().map(|f| Notice {
        code: "mention_at_appointment",
        level: Level::Info,
        message: Msg::new("notice-mention").arg("sign", lower_first(&f.label_in(lang))).render(lang),
        article_id: Some(PELVIC_FLOOR_ARTICLE),
        card: None,
    }));
    out
}

fn red_flag_card(flags: &[&RedFlag], birth: Option<NaiveDate>, lang: Lang) -> Notice {
    let (level, raised) = level_of(flags);
    let action = signs::action_in(level, lang);
    let labels: Vec<String> = flags.iter().map(|f| f.label_in(lang)).collect();
    let noted =
        labels.iter().map(|l| lower_first(l)).collect::<Vec<_>>().join(&Msg::new("clause-separator").render(lang));
    let born = birth.map_or_else(|| "______".to_owned(), |d| crate::i18n::long_date(lang, d));
    let spoken: Vec<String> = flags.iter().map(|f| f.spoken_in(lang)).collect();
    let harm = flags.iter().any(|f| f.id == "harm_thoughts");
    Notice {
        code: "red_flag",
        level,
        message: Msg::new("notice-red-flag").arg("action", &action).arg("noted", noted).render(lang),
        article_id: Some(CLINICIAN_ARTICLE),
        card: Some(Box::new(Card {
            action,
            signs: labels,
            raised: raised.map(|_| Msg::new("card-raised-epidural").render(lang)),
            instinct: Msg::new("card-instinct").render(lang),
            script: Msg::new("card-script")
                .arg("born", born)
                .arg("signs", crate::i18n::and_list(lang, &spoken))
                .render(lang),
            crisis_lines: if harm { signs::crisis_lines_in(lang) } else { Vec::new() },
        })),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}
