//! Red flags and Mend's rules on the log, each at its boundary.

use crate::common::{assert_invalid, store};
use mend_core::api;
use mend_core::i18n::Lang;
use mend_core::model::{Exercise, Pain};
use mend_core::Store;
use serde_json::json;

fn codes(s: &Store, date: &str) -> Vec<&'static str> {
    api::day_summary(s, &json!(date)).unwrap().notices.iter().map(|n| n.code).collect()
}

fn pain(s: &Store, date: &str, score: u8) {
    api::log::<Pain>(s, &json!({"date": date, "score": score})).unwrap();
}

const EMERGENCY: &str = "Call your local emergency number or go to the emergency department now.";
const URGENT: &str = "Contact your midwife, doctor or maternity unit now. If you cannot reach them, go to the \
                      emergency department or call your local emergency number.";
/// The same actions in Chinese: 120 named beside "the local emergency number" on both, and the
/// hospital's 产科 first for a mainland reader (FACTS.md, "Words for the two levels").
const EMERGENCY_ZH: &str = "请立即拨打当地急救电话（中国大陆为 120）或去急诊。";
const URGENT_ZH: &str =
    "请立即联系你分娩医院的产科或你的医生。如果联系不上，请去急诊或拨打当地急救电话（中国大陆为 120）。";

/// Every sign alone: its level, and the words she would say in English and in Chinese (FACTS.md,
/// "Red flags: what to do, and how fast").
const EVERY_SIGN: &[(&str, &str, &str, &str)] = &[
    ("bleeding_faint", "emergency", "heavy bleeding and feeling faint", "大量出血并感觉要晕倒"),
    ("sepsis_skin", "emergency", "blue, grey or blotchy skin or lips", "皮肤或嘴唇发青发灰或有花斑"),
    ("sepsis_rash", "emergency", "a rash that does not fade under a glass", "用玻璃杯压也不褪色的皮疹"),
    ("fever", "urgent", "a fever", "发烧"),
    ("sepsis", "urgent", "shivering and a fast heartbeat", "发抖并且心跳很快"),
    ("discharge", "urgent", "foul-smelling discharge", "阴道分泌物有臭味"),
    ("bleeding", "urgent", "heavy bleeding", "大量出血"),
    ("wound", "urgent", "a wound that is not healing", "伤口愈合不好"),
    ("chest_pain", "emergency", "chest pain", "胸痛"),
    ("breathing", "emergency", "trouble breathing", "呼吸困难"),
    ("seizure", "emergency", "a seizure", "抽搐"),
    ("fainting", "emergency", "fainting", "晕倒"),
    ("sepsis_confused", "emergency", "confusion or slurred speech", "意识混乱或说话含糊不清"),
    ("sudden_headache", "emergency", "a sudden, severe headache", "突然发作的剧烈头痛"),
    ("headache", "urgent", "a bad headache", "严重头痛"),
    ("spinal_headache", "urgent", "a headache that gets worse when I sit up", "坐起时加重的头痛"),
    ("vision", "urgent", "changes in my vision", "视力变化"),
    ("dizziness", "urgent", "dizziness", "头晕"),
    ("racing_heart", "urgent", "a racing heartbeat", "心跳很快或心慌"),
    ("saddle_numbness", "emergency", "numbness between my legs", "两腿之间麻木"),
    ("urine_retention", "emergency", "new trouble passing urine", "新出现的排尿困难"),
    ("incontinence", "emergency", "new loss of bladder or bowel control", "新出现的大小便失控"),
    ("leg_weakness", "emergency", "weakness or numbness in my legs", "双腿无力或麻木"),
    (
        "epidural_fever",
        "emergency",
        "back pain at my epidural site with a fever or a stiff neck",
        "硬膜外麻醉穿刺处疼痛并伴有发烧或脖子发硬",
    ),
    ("epidural_site", "urgent", "pain at my epidural site", "硬膜外麻醉穿刺处疼痛"),
    ("night_pain", "urgent", "severe back pain at night", "夜间严重的腰背痛"),
    ("fall", "urgent", "back pain after a fall", "摔倒后的腰背痛"),
    ("leg", "urgent", "a red, swollen leg", "一条腿红肿"),
    ("belly_pain", "urgent", "severe belly pain", "剧烈腹痛"),
    ("rib_pain", "urgent", "pain just below my ribs", "肋骨正下方疼痛"),
    ("vomiting", "urgent", "severe nausea or vomiting", "严重的恶心或呕吐"),
    ("swelling", "urgent", "sudden swelling", "脸或手脚突然肿胀"),
    ("exhaustion", "urgent", "overwhelming tiredness", "极度疲惫"),
    ("harm_thoughts", "emergency", "thoughts of harming myself or my baby", "有伤害自己或宝宝的念头"),
    ("psychosis", "emergency", "sudden changes in my mood or thinking", "情绪或思维突然变化"),
    ("numbness", "emergency", "numbness", "麻木"),
    ("bladder_bowel", "emergency", "new bladder or bowel problems", "新出现的大小便问题"),
];

/// The day's one red-flag card after ticking `flags`.
fn card(s: &Store, flags: &[&str]) -> mend_core::notice::Notice {
    api::save_red_flags(s, &json!("2026-11-24"), &json!(flags)).unwrap();
    let day = api::day_summary(s, &json!("2026-11-24")).unwrap();
    let cards: Vec<_> = day.notices.into_iter().filter(|n| n.code == "red_flag").collect();
    assert_eq!(cards.len(), 1, "one card for {flags:?}");
    cards.into_iter().next().unwrap()
}

fn level(n: &mend_core::notice::Notice) -> String {
    serde_json::to_value(n.level).unwrap().as_str().unwrap().to_owned()
}

#[test]
fn every_sign_alone_shows_its_level_says_now_and_gives_the_words_in_both_languages() {
    let s = store();
    for lang in [Lang::En, Lang::ZhCn] {
        s.set_language(lang).unwrap();
        let (emergency, urgent, script, instinct) = match lang {
            Lang::En => (
                EMERGENCY,
                URGENT,
                "I gave birth on ______ and I am having ",
                "Trust your instincts: if something feels seriously wrong, get help.",
            ),
            Lang::ZhCn => (
                EMERGENCY_ZH,
                URGENT_ZH,
                "我在______生的孩子，现在有这些情况：",
                "相信你的直觉：如果觉得哪里严重不对劲，就去寻求帮助。",
            ),
        };
        for &(id, want, spoken_en, spoken_zh) in EVERY_SIGN {
            let n = card(&s, &[id]);
            assert_eq!(level(&n), want, "{id}");
            let action = if want == "emergency" { emergency } else { urgent };
            assert!(n.message.starts_with(action), "{id} in {lang:?}: {}", n.message);
            for never in ["today", "soon", "尽快", "今天"] {
                assert!(!n.message.to_lowercase().contains(never), "{id} must not say {never}: {}", n.message);
            }
            let c = n.card.as_ref().unwrap();
            assert_eq!(c.action, action);
            assert_eq!(c.instinct, instinct);
            let spoken = if lang == Lang::En { spoken_en } else { spoken_zh };
            assert_eq!(c.script, format!("{script}{spoken}{}", if lang == Lang::En { "." } else { "。" }), "{id}");
            assert_eq!(n.article_id, Some("when-to-see-a-clinician"));
            assert_eq!(
                c.crisis_lines.is_empty(),
                id != "harm_thoughts",
                "{id}: crisis lines only for thoughts of harm"
            );
            if lang == Lang::ZhCn {
                let label = &c.signs[0];
                assert!(label.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)), "{id} is Chinese: {label}");
            }
        }
    }
    // Every offered sign is in the table, and the list offers only the two levels.
    for f in mend_core::safety::RED_FLAGS {
        assert!(EVERY_SIGN.iter().any(|(id, ..)| *id == f.id), "{} is not tested", f.id);
        assert!(matches!(level_of_flag(f).as_str(), "emergency" | "urgent"), "{}", f.id);
    }
}

fn level_of_flag(f: &mend_core::safety::RedFlag) -> String {
    serde_json::to_value(f.level).unwrap().as_str().unwrap().to_owned()
}

#[test]
fn combinations_take_the_highest_level_and_epidural_pain_with_fever_or_nerve_signs_is_an_emergency() {
    let s = store();
    for (flags, want, raised) in [
        (&["fever", "breathing"][..], "emergency", false),
        (&["wound", "leg", "headache"][..], "urgent", false),
        (&["epidural_site", "fever"][..], "emergency", true),
        (&["epidural_site", "saddle_numbness"][..], "emergency", true),
        (&["epidural_site", "urine_retention"][..], "emergency", true),
        (&["epidural_site", "incontinence"][..], "emergency", true),
        (&["epidural_site", "leg_weakness"][..], "emergency", true),
        // Feeling very unwell and shivery raises it as a fever does; the one-tick sign is an
        // emergency on its own, with no combination to explain.
        (&["epidural_site", "sepsis"][..], "emergency", true),
        (&["epidural_fever"][..], "emergency", false),
        (&["dizziness", "racing_heart"][..], "urgent", false),
        (&["vomiting", "fainting"][..], "emergency", false),
        (&["epidural_site", "spinal_headache"][..], "urgent", false),
        (&["spinal_headache", "fever"][..], "urgent", false),
        (&["epidural_site", "leaking"][..], "urgent", false),
    ] {
        let n = card(&s, flags);
        assert_eq!(level(&n), want, "{flags:?}");
        assert_eq!(n.card.as_ref().unwrap().raised.is_some(), raised, "{flags:?}");
        assert_eq!(n.card.as_ref().unwrap().signs.len(), flags.iter().filter(|f| **f != "leaking").count());
    }
}

#[test]
fn the_card_gives_the_words_to_use_with_her_birth_date() {
    let s = store();
    api::save_profile(&s, &json!({"birthDate": "2026-10-14"})).unwrap();
    let n = card(&s, &["saddle_numbness", "fever"]);
    assert_eq!(
        n.card.as_ref().unwrap().script,
        "I gave birth on 14 October 2026 and I am having numbness between my legs and a fever."
    );
    let n = card(&s, &["harm_thoughts"]);
    let lines = &n.card.as_ref().unwrap().crisis_lines;
    assert!(lines.iter().any(|l| l.contains("988")) && lines.iter().any(|l| l.contains("116 123")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("12356") && l.contains("mainland China")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("local emergency number")), "never the only option: {lines:?}");
    // The alert bar gets the same level and wording.
    let alerts = s.alerts().unwrap();
    assert_eq!((alerts[0].code, level(&alerts[0])), ("red_flag", "emergency".to_owned()));
    assert!(alerts[0].message.starts_with(EMERGENCY));
}

#[test]
fn in_chinese_the_card_gives_120_and_the_crisis_lines_include_12356_beside_it() {
    let s = store();
    s.set_language(Lang::ZhCn).unwrap();
    api::save_profile(&s, &json!({"birthDate": "2026-10-14"})).unwrap();
    let n = card(&s, &["harm_thoughts", "epidural_fever"]);
    let c = n.card.as_ref().unwrap();
    assert_eq!(c.action, EMERGENCY_ZH);
    assert_eq!(c.script, "我在2026年10月14日生的孩子，现在有这些情况：硬膜外麻醉穿刺处疼痛并伴有发烧或脖子发硬和有伤害自己或宝宝的念头。");
    assert!(c.crisis_lines.iter().any(|l| l.contains("12356")), "{:?}", c.crisis_lines);
    // 12356 is an example beside the emergency number, never instead of it.
    assert!(c.crisis_lines.iter().any(|l| l.contains("120")), "{:?}", c.crisis_lines);
    // The most serious first, whatever the list's order.
    let n = card(&s, &["dizziness", "fainting"]);
    assert_eq!(n.card.as_ref().unwrap().signs, ["晕倒或失去知觉", "头晕，但没有晕倒"]);
}

#[test]
fn the_check_in_list_is_grouped_under_short_headings_most_serious_first_in_each() {
    use mend_core::notice::Level;
    use mend_core::safety::{Group, RED_FLAGS};
    // Each group once, in the order the check-in shows them.
    let mut seen: Vec<Group> = Vec::new();
    for f in RED_FLAGS {
        if seen.last() != Some(&f.group) {
            assert!(!seen.contains(&f.group), "{:?} is split: {}", f.group, f.id);
            seen.push(f.group);
        }
    }
    assert_eq!(seen, Group::RED_FLAG_ORDER);
    // Within a group, emergencies come first.
    for pair in RED_FLAGS.windows(2) {
        if pair[0].group == pair[1].group {
            assert!(pair[0].level >= pair[1].level, "{} before {}", pair[0].id, pair[1].id);
        }
    }
    assert!(RED_FLAGS.iter().all(|f| matches!(f.level, Level::Emergency | Level::Urgent)));
    // Every heading has words in every language, and the window gets them with each sign.
    for lang in [Lang::En, Lang::ZhCn] {
        let labels: Vec<String> = Group::RED_FLAG_ORDER.iter().map(|g| g.label_in(lang)).collect();
        assert!(labels.iter().all(|l| !l.starts_with("sign-group")), "{labels:?}");
        let view = mend_core::safety::signs_in(RED_FLAGS, lang);
        assert!(view.iter().all(|s| s.group_label == s.group.label_in(lang)));
    }
    assert_eq!(Group::HeadChest.label_in(Lang::En), "Head, chest and breathing");
    assert_eq!(Group::HeadChest.label_in(Lang::ZhCn), "头部、胸部和呼吸");
}

#[test]
fn a_little_leaking_is_a_calm_note_for_the_next_appointment() {
    let s = store();
    api::save_red_flags(&s, &json!("2026-11-24"), &json!(["leaking"])).unwrap();
    let day = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert_eq!(day.red_flags, ["leaking"]);
    assert!(day.notices.iter().all(|n| n.code != "red_flag"), "not a red flag");
    let n = day.notices.iter().find(|n| n.code == "mention_at_appointment").unwrap();
    assert_eq!(level(n), "info");
    assert!(n.message.contains("next appointment"), "{}", n.message);
    assert_eq!(n.article_id, Some("pelvic-floor"));
    assert!(s.alerts().unwrap().is_empty(), "nothing in the alert bar");
    assert!(mend_core::safety::RED_FLAGS.iter().all(|f| f.id != "leaking"), "not on the red-flag list");
}

#[test]
fn ticking_and_unticking_red_flags() {
    let s = store();
    api::save_red_flags(&s, &json!("2026-11-24"), &json!(["fever", "breathing"])).unwrap();
    assert_eq!(s.alerts().unwrap().len(), 1, "one card for everything ticked");
    // Unticking clears; another day is unaffected.
    api::save_red_flags(&s, &json!("2026-11-24"), &json!([])).unwrap();
    assert!(s.alerts().unwrap().is_empty());
    assert_invalid(api::save_red_flags(&s, &json!("2026-11-24"), &json!(["tired"])), "flags", "Unknown red flag");
    assert_invalid(api::save_red_flags(&s, &json!("2026-11-24"), &json!("fever")), "flags", "must be a list");
    assert_invalid(api::save_red_flags(&s, &json!("2026-11-25"), &json!([])), "date", "after today");
}

#[test]
fn ticked_signs_show_in_history() {
    let s = store();
    api::save_red_flags(&s, &json!("2026-11-20"), &json!(["fall", "leaking"])).unwrap();
    let page = api::history(&s, &json!({})).unwrap();
    let day = page.days.iter().find(|d| d.date.to_string() == "2026-11-20").expect("a day with only signs is listed");
    let ids: Vec<&str> = day.red_flags.iter().map(|f| f.id).collect();
    assert_eq!(ids, ["fall", "leaking"]);
}

#[test]
fn a_failed_red_flag_save_leaves_the_day_as_it_was() {
    let s = store();
    api::save_red_flags(&s, &json!("2026-11-24"), &json!(["wound"])).unwrap();
    assert!(api::save_red_flags(&s, &json!("2026-11-24"), &json!(["fever", 7])).is_err());
    assert_eq!(api::day_summary(&s, &json!("2026-11-24")).unwrap().red_flags, ["wound"]);
}

#[test]
fn pain_of_seven_on_three_days_in_a_row() {
    let s = store();
    for (d, score) in [("2026-11-22", 7), ("2026-11-23", 7), ("2026-11-24", 7)] {
        pain(&s, d, score);
    }
    assert!(codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "7, 7, 7 fires");
    assert!(!codes(&s, "2026-11-23").contains(&"pain_high_3_days"), "only two days up to the 23rd");

    let s = store();
    for (d, score) in [("2026-11-22", 7), ("2026-11-23", 7), ("2026-11-24", 6)] {
        pain(&s, d, score);
    }
    assert!(!codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "7, 7, 6 does not");

    let s = store();
    for (d, score) in [("2026-11-21", 8), ("2026-11-22", 8), ("2026-11-24", 8)] {
        pain(&s, d, score);
    }
    assert!(!codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "a gap day breaks the run");

    let s = store();
    for (d, score) in [("2026-11-22", 7), ("2026-11-23", 2), ("2026-11-23", 9), ("2026-11-24", 7)] {
        pain(&s, d, score);
    }
    assert!(codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "the day's highest counts");
}

#[test]
fn a_rising_seven_day_average_over_two_weeks() {
    let s = store();
    // Weeks ending 11-10, 11-17, 11-24 at 3, 4, 5: +1 a week, twice.
    for (start, score) in [(4, 3), (11, 4), (18, 5)] {
        for d in start..start + 7 {
            pain(&s, &format!("2026-11-{d:02}"), score);
        }
    }
    assert!(codes(&s, "2026-11-24").contains(&"pain_rising"));
    let s = store();
    for (start, score) in [(4, 3), (11, 4), (18, 4)] {
        for d in start..start + 7 {
            pain(&s, &format!("2026-11-{d:02}"), score);
        }
    }
    assert!(!codes(&s, "2026-11-24").contains(&"pain_rising"), "flat in the second week");
}

#[test]
fn vigorous_exercise_in_the_first_six_weeks_after_a_caesarean() {
    let s = store();
    api::save_profile(&s, &json!({"birthDate": "2026-10-14", "deliveryType": "caesarean"})).unwrap();
    api::log::<Exercise>(
        &s,
        &json!({"date": "2026-11-24", "kind": "strength", "minutes": 20, "intensity": "vigorous"}),
    )
    .unwrap();
    // 2026-11-24 is 41 days after 2026-10-14: inside the 6 weeks.
    assert!(codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"));
    api::save_profile(&s, &json!({"birthDate": "2026-10-13", "deliveryType": "caesarean"})).unwrap();
    assert!(!codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"), "42 days: 6 weeks have passed");
    api::save_profile(&s, &json!({"birthDate": "2026-10-14", "deliveryType": "vaginal"})).unwrap();
    assert!(!codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"));
}

#[test]
fn no_improvement_twelve_weeks_after_birth_is_a_gentle_note() {
    let s = store();
    api::save_profile(&s, &json!({"birthDate": "2026-08-31"})).unwrap();
    for d in 1..=7 {
        pain(&s, &format!("2026-09-{d:02}"), 6);
    }
    for d in 18..=24 {
        pain(&s, &format!("2026-11-{d:02}"), 5);
    }
    // 2026-11-23 is day 84 after the birth.
    let notes = api::day_summary(&s, &json!("2026-11-24")).unwrap().notices;
    let n = notes.iter().find(|n| n.code == "no_improvement_12_weeks").expect("6 → 5 is not a clear improvement");
    assert_eq!(serde_json::to_value(n.level).unwrap(), json!("info"));
    assert!(n.message.contains("Mend's own rule"));
    // A clear improvement (6 → 0: 6 points, 100%) does not fire.
    for d in 18..=24 {
        api::log::<Pain>(&s, &json!({"date": format!("2026-11-{d:02}"), "score": 0})).unwrap();
    }
    assert!(!codes(&s, "2026-11-24").contains(&"no_improvement_12_weeks"));
}

/// A message's value in a Fluent source (one line, no placeholders): enough for the level words.
fn ftl_value<'a>(source: &'a str, id: &str) -> &'a str {
    let prefix = format!("{id} = ");
    source.lines().find_map(|l| l.strip_prefix(prefix.as_str())).unwrap_or_else(|| panic!("{id} missing")).trim()
}

/// The level words mean the same level everywhere in a language: the card and History (the
/// window's catalog), the report, and the `when-to-see-a-clinician` article, whose two
/// sections are headed by them. Neither level ever reads as "soon" or "today".
#[test]
fn the_level_words_match_the_article_in_every_language() {
    for lang in <Lang as mend_core::model::Vocabulary>::all() {
        let ui = lang.ui_catalog();
        let article = mend_core::guidance::library_in(lang)
            .iter()
            .find(|a| a.meta.id == "when-to-see-a-clinician")
            .expect("every language has the article");
        let headings: Vec<&str> = article.body.lines().filter_map(|l| l.strip_prefix("## ")).collect();
        for (level, action) in [("emergency", "card-action-emergency"), ("urgent", "card-action-urgent")] {
            let word = ftl_value(ui, &format!("level-{level}"));
            let report = mend_core::i18n::t(lang, &format!("pdf-level-{level}"), &[]);
            assert_eq!(report, word, "{lang:?}: the report's word for {level}");
            // The article heads the level's section with the same word, then a colon.
            let heading = headings
                .iter()
                .find(|h| h.starts_with(&format!("{word}:")) || h.starts_with(&format!("{word}：")))
                .unwrap_or_else(|| panic!("{lang:?}: no heading starts with {word}: {headings:?}"));
            let section = section_under(&article.body, heading);
            let card_action = mend_core::i18n::t(lang, action, &[]);
            for text in [word, heading, section.as_str(), card_action.as_str()] {
                for never in ["尽快", "今天", "today", "soon"] {
                    assert!(!text.to_lowercase().contains(never), "{lang:?} {level} says {never}: {text}");
                }
            }
            if lang == Lang::ZhCn {
                // 120 beside the local emergency number wherever "now" may mean calling.
                assert!(card_action.contains("当地急救电话（中国大陆为 120）"), "{card_action}");
                assert!(format!("{heading}{section}").contains("当地急救电话（中国大陆为 120）"), "{heading}");
            }
        }
        assert_ne!(ftl_value(ui, "level-emergency"), ftl_value(ui, "level-urgent"));
    }
    // The words FACTS.md sets.
    assert_eq!(ftl_value(Lang::ZhCn.ui_catalog(), "level-emergency"), "危急");
    assert_eq!(ftl_value(Lang::ZhCn.ui_catalog(), "level-urgent"), "紧急");
    assert_eq!(ftl_value(Lang::En.ui_catalog(), "level-emergency"), "Emergency");
    assert_eq!(ftl_value(Lang::En.ui_catalog(), "level-urgent"), "Urgent");
}

/// The text under `## {heading}` up to the next `## `.
fn section_under(body: &str, heading: &str) -> String {
    let start = body.find(&format!("## {heading}")).expect("heading is in the body");
    let rest = &body[start + heading.len() + 3..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_owned()
}
