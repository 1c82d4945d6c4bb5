//! The built-in guidance: every article is well formed, sourced, reviewed and linked; search
//! ranks titles first; rendering drops raw HTML, scripts and outside links.

use mend_core::guidance::{self, internal_links, library, library_in, search, search_in, to_html, Schedule};
use mend_core::i18n::Lang;
use mend_core::model::Vocabulary;

#[test]
fn every_file_in_assets_guidance_is_embedded() {
    for lang in Lang::all() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(lang.articles_dir());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".md"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = lang.articles().iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "{}", dir.display());
    }
    assert_eq!(guidance::SOURCES, Lang::En.articles());
}

#[test]
fn every_article_exists_in_every_language_with_the_same_facts() {
    let english = library();
    for lang in Lang::all() {
        let theirs = library_in(lang);
        assert_eq!(theirs.len(), english.len(), "{lang:?}");
        let ids: Vec<&str> = theirs.iter().map(|a| a.meta.id.as_str()).collect();
        for ((name, _), (a, en)) in lang.articles().iter().zip(theirs.iter().zip(english)) {
            let at = format!("{}/{name}", lang.tag());
            assert_eq!(a.meta.id, en.meta.id, "{at}: the same id in the same place");
            assert_eq!((a.reviewed, a.next_review), (en.reviewed, en.next_review), "{at}: review dates");
            assert_eq!(a.meta.sources.len(), en.meta.sources.len(), "{at}: the same sources");
            let reminders = |a: &guidance::Article| {
                a.meta.reminders.iter().map(|r| (r.id.clone(), r.schedule.clone(), r.enabled)).collect::<Vec<_>>()
            };
            assert_eq!(reminders(a), reminders(en), "{at}: the same reminders, schedules and defaults");
            for r in &a.meta.reminders {
                assert!(!r.title.is_empty() && r.text.chars().count() > 10, "{at}: {r:?}");
            }
            let when = |a: &guidance::Article| a.meta.for_you.as_ref().map(|f| f.when);
            assert_eq!(when(a), when(en), "{at}: \"for you\" in the same case");
            assert!(a.meta.for_you.as_ref().is_none_or(|f| !f.why.is_empty()), "{at}");
            assert_eq!(internal_links(&a.body), internal_links(&en.body), "{at}: the same links, in order");
            for link in internal_links(&a.body) {
                assert!(ids.contains(&link.as_str()), "{at} links to unknown article {link}");
            }
            assert!(a.body.chars().count() > 200 && !a.meta.title.is_empty() && !a.meta.summary.is_empty(), "{at}");
        }
    }
    let zh = guidance::get_in(Lang::ZhCn, "calcium").unwrap();
    assert!(zh.title.contains('钙') && zh.html.contains("<table>") && zh.html.contains("2,500 mg"), "{}", zh.title);
    assert_eq!(guidance::get_in(Lang::ZhCn, "nope").unwrap_err().code(), "not_found");
    let mine = guidance::list_in(Lang::ZhCn, Some(&mend_core::model::Profile { epidural: true, ..Default::default() }));
    assert_eq!(mine[0].id, "epidurals-and-back-pain");
    assert!(mine[0].for_you.as_deref().is_some_and(|why| why.contains("硬膜外")), "{:?}", mine[0].for_you);
}

#[test]
fn search_works_in_chinese() {
    let hits = search_in(Lang::ZhCn, "钙质");
    assert_eq!(hits.first().map(|h| h.id.as_str()), Some("calcium"), "{hits:?}");
    assert!(hits[0].snippet.contains("钙质"), "{}", hits[0].snippet);
    // One character is a word in Chinese; the title match ranks first.
    assert_eq!(search_in(Lang::ZhCn, "钙")[0].id, "calcium");
    // Written without spaces, a longer phrase matches on its character pairs.
    let phrase = search_in(Lang::ZhCn, "哺乳期补钙");
    assert!(phrase.iter().take(2).any(|h| h.id == "calcium" || h.id == "vitamin-d-and-bones"), "{phrase:?}");
    assert_eq!(search_in(Lang::ZhCn, "硬膜外 头痛")[0].id, "epidurals-and-back-pain");
    assert_eq!(search_in(Lang::ZhCn, "姿势")[0].id, "posture");
    assert!(search_in(Lang::ZhCn, "斑马独角兽").is_empty());
    assert!(search_in(Lang::ZhCn, "，").is_empty());
    // English search is unchanged, and the other language's words do not match.
    assert!(search_in(Lang::En, "钙质").is_empty());
    assert_eq!(search_in(Lang::En, "calcium")[0].id, "calcium");
}

#[test]
fn every_article_is_well_formed_sourced_reviewed_and_linked() {
    let ids: Vec<&str> = library().iter().map(|a| a.meta.id.as_str()).collect();
    assert!(ids.len() >= 11, "{ids:?}");
    for required in [
        "why-back-pain",
        "moving-gently",
        "posture",
        "calcium",
        "when-to-see-a-clinician",
        "rest-and-self-care",
        "low-mood-and-anxiety",
        "pelvic-girdle-pain",
        "tummy-muscles",
        "vitamin-d-and-bones",
        "epidurals-and-back-pain",
        "caesarean-recovery",
        "returning-to-running",
        "back-pain-breastfeeding",
    ] {
        assert!(ids.contains(&required), "missing article {required}");
    }
    let mut reminder_ids = Vec::new();
    for (name, a) in guidance::SOURCES.iter().map(|(n, _)| *n).zip(library()) {
        assert_eq!(format!("{}.md", a.meta.id), name, "the file is named after the id");
        assert!(!a.meta.title.is_empty() && !a.meta.summary.is_empty(), "{name}");
        assert!(!a.meta.sources.is_empty(), "{name} names at least one source");
        assert!(a.reviewed.to_string().as_str() >= "2026-01-01", "{name} has a recent review date");
        assert!(a.next_review > a.reviewed, "{name} says when it is next reviewed");
        for s in &a.meta.sources {
            assert!(
                !s.to_lowercase().contains("seed") && !s.contains("supplied with Mend"),
                "{name} cites the seed: {s}"
            );
        }
        assert!(a.body.len() > 400, "{name} has a body");
        for link in internal_links(&a.body) {
            assert!(ids.contains(&link.as_str()), "{name} links to unknown article {link}");
        }
        for r in &a.meta.reminders {
            assert!(!r.id.is_empty() && !r.title.is_empty() && r.text.len() > 20, "{name}: {r:?}");
            match &r.schedule {
                Schedule::Daily { time } | Schedule::Condition { time, .. } => {
                    assert!(chrono::NaiveTime::parse_from_str(time, "%H:%M").is_ok(), "{name}: {} time {time}", r.id)
                }
                Schedule::Interval { minutes } => {
                    assert!((5..=240).contains(minutes), "{name}: {}", r.id)
                }
            }
            reminder_ids.push(r.id.clone());
        }
    }
    let count = reminder_ids.len();
    reminder_ids.sort();
    reminder_ids.dedup();
    assert_eq!(reminder_ids.len(), count, "reminder ids are unique");
    assert!(count >= 4);
}

#[test]
fn no_article_gives_dosing_or_drug_advice() {
    for a in library() {
        let text = a.body.to_lowercase();
        for phrase in ["take ibuprofen", "take paracetamol", "blood stasis", "mg of ibuprofen", "you should take"] {
            assert!(!text.contains(phrase), "{} says {phrase:?}", a.meta.id);
        }
    }
    let calcium = guidance::get("calcium").unwrap();
    assert!(calcium.html.contains("2,500 mg") && calcium.html.contains("1,000 mg") && calcium.html.contains("500 mg"));
    assert!(calcium.html.contains("<table>"), "the figures table renders");
}

#[test]
fn rendering_drops_raw_html_scripts_images_and_outside_links() {
    let html = to_html(
        "Hello <script>alert(1)</script> world\n\n<div onclick=\"x()\">raw</div>\n\n\
         [inside](guidance:calcium) and [outside](https://example.com) ![img](https://example.com/a.png)",
    );
    assert!(!html.contains("<script") && !html.contains("onclick") && !html.contains("<div"), "{html}");
    assert!(html.contains("href=\"#guidance/calcium\""), "{html}");
    assert!(!html.contains("example.com"), "{html}");
    assert!(html.contains("outside"), "the link text stays: {html}");
}

#[test]
fn get_unknown_article_is_not_found() {
    assert_eq!(guidance::get("nope").unwrap_err().code(), "not_found");
    let not_text = mend_core::requests::name(&serde_json::json!(5), "id", "Article").unwrap_err();
    assert_eq!((not_text.code(), not_text.to_string().as_str()), ("invalid_input", "Article id must be text."));
    let page = guidance::get("when-to-see-a-clinician").unwrap();
    assert!(page.html.contains("38 °C"));
    assert!(!page.sources.is_empty());
}

#[test]
fn search_ranks_title_matches_first_and_returns_snippets() {
    let hits = search("calcium");
    assert_eq!(hits[0].id, "calcium", "{hits:?}");
    assert!(hits.len() > 1, "other articles mention calcium too");
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(hits[0].snippet.to_lowercase().contains("calcium"));
    assert!(hits[0].snippet.chars().count() <= 170);
    assert_eq!(search("posture")[0].id, "posture");
    assert!(search("zebra unicorn").is_empty());
    assert!(search("").is_empty());
    let both = search("epidural headache");
    assert_eq!(both[0].id, "epidurals-and-back-pain", "the title match first");
    assert!(both.iter().any(|h| h.id == "when-to-see-a-clinician"), "{both:?}");
}

/// Every number-with-unit in `text`, as written ("2,500 mg", "4 to 6 weeks", "38 °C").
fn figures(text: &str) -> Vec<String> {
    let units =
        ["mg", "IU", "µg", "minutes", "minute", "weeks", "week", "days", "day", "hours", "hour", "°C", "°F", "ml", "g"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let number = |w: &str| {
        let w = w.trim_start_matches(['(', '*']);
        !w.is_empty()
            && w.chars().next().unwrap().is_ascii_digit()
            && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let mut skip_to = 0;
    for i in 0..words.len().saturating_sub(1) {
        if i < skip_to || !number(words[i]) {
            continue;
        }
        let unit = words[i + 1].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '°' && c != 'µ');
        // "4 to 6 weeks" is one figure.
        if unit == "to" && i + 3 < words.len() && number(words[i + 2]) {
            let unit = words[i + 3].trim_end_matches(|c: char| !c.is_alphanumeric());
            if units.contains(&unit) {
                out.push(format!("{} to {} {unit}", words[i].trim_start_matches('('), words[i + 2]));
                skip_to = i + 4;
            }
            continue;
        }
        if units.contains(&unit) {
            out.push(format!("{} {unit}", words[i].trim_start_matches(['(', '*'])));
        }
    }
    out
}

#[test]
fn every_figure_in_the_articles_is_one_kept_beside_the_facts() {
    use mend_core::facts::*;
    use mend_core::model::AgeBand;
    use mend_core::text::thousands;
    // The list is tied to the constants the code uses, so the two cannot disagree.
    for band in [AgeBand::Teen, AgeBand::Adult, AgeBand::Older] {
        for mg in [calcium_rda(band), calcium_ul(band)] {
            assert!(ARTICLE_FIGURES.contains(&format!("{} mg", thousands(mg)).as_str()), "{mg}");
        }
    }
    for kept in [
        format!("{CALCIUM_DOSE_MG} mg"),
        format!("{EXERCISE_MINUTES_PER_WEEK} minutes"),
        format!("{VITAMIN_D_RDA_IU} IU"),
        format!("{} IU", thousands(VITAMIN_D_UL_IU)),
        format!("{FEVER_C} °C"),
        format!("{} to {} weeks", CHANGES_PERSIST_WEEKS.0, CHANGES_PERSIST_WEEKS.1),
        format!("{AFTER_CAESAREAN_WEEKS} weeks"),
        format!("{NO_IMPROVEMENT_WEEKS} weeks"),
        format!("{BABY_BLUES_WEEKS} weeks"),
        format!("{STAND_UP_MINUTES} minutes"),
        format!("{NO_EXERCISE_DAYS} days"),
    ] {
        assert!(ARTICLE_FIGURES.contains(&kept.as_str()), "{kept} is missing from ARTICLE_FIGURES");
    }
    let mut seen = 0;
    for (name, text) in guidance::SOURCES {
        for figure in figures(text) {
            assert!(
                ARTICLE_FIGURES.contains(&figure.as_str()),
                "{name} shows {figure:?}, which is not in facts::ARTICLE_FIGURES"
            );
            seen += 1;
        }
    }
    assert!(seen > 30, "the extractor finds the articles' figures ({seen})");
    // The extractor itself catches a drifted figure.
    assert_eq!(figures("up to 2,600 mg a day and (600 IU) for 4 to 6 weeks."), ["2,600 mg", "600 IU", "4 to 6 weeks"]);
}

/// Every number-with-unit in Chinese `text`, as written ("2,500 mg", "4 到 6 周", "150 分钟",
/// "38 °C"): a number, optionally "到" and a second number, then a unit, with or without a
/// space (Chinese sets none between a number and 周, but Mend's articles do).
fn figures_zh(text: &str) -> Vec<String> {
    const UNITS: [&str; 12] = ["mg", "IU", "µg", "ml", "°C", "°F", "g", "分钟", "小时", "天", "周", "个月"];
    let chars: Vec<char> = text.chars().collect();
    let is_num = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let number_at = |i: usize| -> Option<(String, usize)> {
        if !chars.get(i)?.is_ascii_digit() || (i > 0 && (chars[i - 1].is_ascii_alphanumeric() || is_num(chars[i - 1])))
        {
            return None;
        }
        let mut j = i;
        while j < chars.len() && is_num(chars[j]) {
            j += 1;
        }
        let n: String = chars[i..j].iter().collect::<String>().trim_end_matches([',', '.']).to_owned();
        Some((n.clone(), i + n.chars().count()))
    };
    let skip_space = |mut j: usize| {
        while j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        j
    };
    let unit_at = |j: usize| -> Option<&'static str> {
        let rest: String = chars[j..chars.len().min(j + 3)].iter().collect();
        UNITS.iter().copied().find(|u| {
            rest.starts_with(u)
                && !(u.is_ascii() && chars.get(j + u.chars().count()).is_some_and(|c| c.is_ascii_alphanumeric()))
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some((n, end)) = number_at(i) else {
            i += 1;
            continue;
        };
        let j = skip_space(end);
        // "4 到 6 周" (also "4–6 周") is one figure.
        let range = (chars.get(j) == Some(&'到') || chars.get(j) == Some(&'–')).then(|| skip_space(j + 1));
        if let Some((m, end2)) = range.and_then(number_at) {
            if let Some(u) = unit_at(skip_space(end2)) {
                out.push(format!("{n} 到 {m} {u}"));
                i = end2;
                continue;
            }
        }
        if let Some(u) = unit_at(j) {
            out.push(format!("{n} {u}"));
        }
        i = end;
    }
    out
}

#[test]
fn every_figure_in_the_chinese_articles_is_one_kept_beside_the_facts() {
    use mend_core::facts::*;
    // Each English figure has its Chinese twin, the same number in the same place of the list
    // (then those only Chinese spells with a unit: the 7-day average, a pad soaked in an hour,
    // the 42-day postnatal check).
    assert_eq!(ARTICLE_FIGURES.len() + 3, ARTICLE_FIGURES_ZH.len());
    for (en, zh) in ARTICLE_FIGURES.iter().zip(ARTICLE_FIGURES_ZH) {
        let numbers = |s: &str| -> Vec<String> {
            s.split(' ').filter(|w| w.starts_with(|c: char| c.is_ascii_digit())).map(str::to_owned).collect()
        };
        assert_eq!(numbers(en), numbers(zh), "{en} and {zh}");
        let symbol = |s: &str| s.rsplit(' ').next().unwrap().to_owned();
        if ["mg", "ml", "g", "IU", "µg", "°C", "°F"].contains(&symbol(en).as_str()) {
            assert_eq!(en, zh, "weights, volumes and temperatures are written the same");
        }
    }
    let baseline = format!("{} 天", mend_core::trends::BASELINE_DAYS);
    assert_eq!(ARTICLE_FIGURES_ZH[ARTICLE_FIGURES.len()], baseline);
    let mut seen = 0;
    for (name, text) in Lang::ZhCn.articles() {
        for figure in figures_zh(text) {
            assert!(
                ARTICLE_FIGURES_ZH.contains(&figure.as_str()),
                "zh-CN/{name} shows {figure:?}, which is not in facts::ARTICLE_FIGURES_ZH"
            );
            seen += 1;
        }
    }
    assert!(seen > 30, "the extractor finds the articles' figures ({seen})");
    // The extractor itself catches a drifted figure, with or without spaces.
    assert_eq!(
        figures_zh("每天最多 2,600 mg，（600 IU），持续 4 到 6 周，每周150分钟，第 5 天，体温 38 °C。"),
        ["2,600 mg", "600 IU", "4 到 6 周", "150 分钟", "5 天", "38 °C"]
    );
    assert!(!ARTICLE_FIGURES_ZH.contains(&"2,600 mg"));
    // Numbers without a unit (ages, scores, years, percentages) are not figures.
    assert!(figures_zh("19–50 岁，0 到 10 分，2011 年，30%").is_empty());
}

#[test]
fn articles_parse_the_same_with_windows_line_ends() {
    for (name, text) in Lang::all().into_iter().flat_map(|l| l.articles().iter()) {
        let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
        let a = guidance::parse(name, &crlf).unwrap_or_else(|e| panic!("{e}"));
        let b = guidance::parse(name, text).unwrap();
        assert_eq!((a.meta, a.body, a.reviewed), (b.meta, b.body, b.reviewed), "{name}");
    }
}

#[test]
fn for_you_puts_her_articles_first_and_says_why() {
    use mend_core::model::{DeliveryType, Profile};
    let general: Vec<String> = guidance::list(None).into_iter().map(|s| s.id).collect();
    assert!(guidance::list(None).iter().all(|s| s.for_you.is_none()));
    let ids =
        |p: &Profile| guidance::list(Some(p)).into_iter().map(|s| (s.id, s.for_you.is_some())).collect::<Vec<_>>();
    assert_eq!(ids(&Profile::default()).iter().map(|(id, _)| id.clone()).collect::<Vec<_>>(), general);

    let epidural = Profile { epidural: true, ..Profile::default() };
    assert_eq!(ids(&epidural)[0], ("epidurals-and-back-pain".into(), true));
    let list = guidance::list(Some(&epidural));
    assert!(list[0].for_you.as_deref().unwrap().contains("epidural"), "{:?}", list[0].for_you);

    let all = Profile {
        epidural: true,
        breastfeeding: true,
        delivery_type: Some(DeliveryType::Caesarean),
        ..Profile::default()
    };
    let mine: Vec<String> = ids(&all).into_iter().filter(|(_, f)| *f).map(|(id, _)| id).collect();
    assert_eq!(mine.len(), 4, "{mine:?}");
    for id in ["epidurals-and-back-pain", "vitamin-d-and-bones", "moving-gently", "caesarean-recovery"] {
        assert!(mine.contains(&id.to_owned()), "{id} is for her: {mine:?}");
    }
    assert_eq!(guidance::list(Some(&all)).len(), general.len(), "nothing is hidden");
}

#[test]
fn a_caesarean_brings_the_caesarean_article_into_for_you_in_every_language() {
    use mend_core::model::{DeliveryType, Profile};
    let caesarean = Profile { delivery_type: Some(DeliveryType::Caesarean), ..Profile::default() };
    for lang in Lang::all() {
        let list = guidance::list_in(lang, Some(&caesarean));
        let mine: Vec<&guidance::Summary> = list.iter().filter(|s| s.for_you.is_some()).collect();
        let at = mine.iter().position(|s| s.id == "caesarean-recovery");
        assert!(at.is_some(), "{lang:?}: the caesarean article is for her: {mine:?}");
        assert!(mine.iter().all(|s| ["caesarean-recovery", "moving-gently"].contains(&s.id.as_str())), "{mine:?}");
        // It says why, in her language, in the words of the article's own front matter.
        let article = library_in(lang).iter().find(|a| a.meta.id == "caesarean-recovery").unwrap();
        let declared = article.meta.for_you.as_ref().map(|f| f.why.as_str());
        assert_eq!(mine[at.unwrap()].for_you.as_deref(), declared, "{lang:?}");
    }
    let en = guidance::list(Some(&caesarean)).into_iter().find(|s| s.id == "caesarean-recovery").unwrap();
    assert!(en.for_you.is_some_and(|why| why.contains("caesarean")));
    // Any other birth, or none given, and it is in the list but not "for you".
    for delivery_type in [None, Some(DeliveryType::Vaginal)] {
        let other = Profile { delivery_type, epidural: true, breastfeeding: true, ..Profile::default() };
        for lang in Lang::all() {
            let list = guidance::list_in(lang, Some(&other));
            let article = list.iter().find(|s| s.id == "caesarean-recovery").expect("nothing is hidden");
            assert!(article.for_you.is_none(), "{lang:?} {delivery_type:?}: {:?}", article.for_you);
        }
    }
}
