//! The built-in guidance: every article is well formed, sourced, reviewed and linked; search
//! ranks titles first; rendering drops raw HTML, scripts and outside links.

use mend_core::guidance::{self, internal_links, library, search, to_html, Schedule};
use serde_json::json;

#[test]
fn every_file_in_assets_guidance_is_embedded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/guidance");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".md"))
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = guidance::SOURCES.iter().map(|(n, _)| n.to_string()).collect();
    embedded.sort();
    assert_eq!(on_disk, embedded);
}

#[test]
fn every_article_is_well_formed_sourced_reviewed_and_linked() {
    let ids: Vec<&str> = library().iter().map(|a| a.meta.id.as_str()).collect();
    assert!(ids.len() >= 6, "{ids:?}");
    for required in
        ["why-back-pain", "moving-gently", "posture", "calcium", "when-to-see-a-clinician", "rest-and-self-care"]
    {
        assert!(ids.contains(&required), "missing article {required}");
    }
    let mut reminder_ids = Vec::new();
    for (name, a) in guidance::SOURCES.iter().map(|(n, _)| *n).zip(library()) {
        assert_eq!(format!("{}.md", a.meta.id), name, "the file is named after the id");
        assert!(!a.meta.title.is_empty() && !a.meta.summary.is_empty(), "{name}");
        assert!(!a.meta.sources.is_empty(), "{name} names at least one source");
        assert!(a.reviewed.to_string() >= "2026-01-01".to_string(), "{name} has a recent review date");
        assert!(a.body.len() > 400, "{name} has a body");
        for link in internal_links(a.body) {
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
    let calcium = guidance::get(&json!("calcium")).unwrap();
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
    assert_eq!(guidance::get(&json!("nope")).unwrap_err().code(), "not_found");
    assert_eq!(guidance::get(&json!(5)).unwrap_err().code(), "invalid_input");
    let page = guidance::get(&json!("when-to-see-a-clinician")).unwrap();
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
    assert_eq!(both[0].id, "when-to-see-a-clinician");
}
