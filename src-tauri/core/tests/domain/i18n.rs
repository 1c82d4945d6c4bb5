//! Languages: every catalog parses, every message exists in every language with the same
//! placeholders and attributes, every id the code and the window use exists, the system locale
//! picks the closest language, and her choice is kept.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use mend_core::i18n::{self, t, Label, Lang};
use mend_core::model::Vocabulary;
use mend_core::Store;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// What a message needs and offers: its variables, the messages it refers to, its attributes.
#[derive(Debug, PartialEq, Default)]
struct Shape {
    has_value: bool,
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    attributes: BTreeMap<String, BTreeSet<String>>,
}

fn walk_inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, refs);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, refs),
        _ => {}
    }
}

fn walk_expression(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, refs);
            for v in variants {
                walk_pattern(&v.value, vars, refs);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, vars, refs),
    }
}

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, refs);
        }
    }
}

/// Every message of one catalog file, by id; a syntax error or a repeated id fails.
fn messages(name: &str, source: &str) -> BTreeMap<String, Shape> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{name}: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut shape = Shape { has_value: m.value.is_some(), ..Shape::default() };
                if let Some(v) = &m.value {
                    walk_pattern(v, &mut shape.variables, &mut shape.references);
                }
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    walk_pattern(&a.value, &mut vars, &mut shape.references);
                    shape.attributes.insert(a.id.name.to_owned(), vars);
                }
                assert!(out.insert(m.id.name.to_owned(), shape).is_none(), "{name}: {} twice", m.id.name);
            }
            ast::Entry::Junk { content } => panic!("{name}: cannot parse {content:?}"),
            _ => {}
        }
    }
    out
}

/// Every catalog file of `lang`, the window's last.
fn catalogs(lang: Lang) -> Vec<(&'static str, BTreeMap<String, Shape>)> {
    let mut all: Vec<_> = lang
        .core_catalogs()
        .iter()
        .map(|(file, source)| (*file, messages(&format!("{}/{file}", lang.tag()), source)))
        .collect();
    all.push(("ui.ftl", messages(&format!("{}/ui.ftl", lang.tag()), lang.ui_catalog())));
    all
}

#[test]
fn every_message_exists_in_every_language_with_the_same_placeholders() {
    let english = catalogs(Lang::En);
    let (core, ui) = (&english[0].1, &english[english.len() - 1].1);
    assert!(core.len() >= 8 && ui.len() >= 80, "{} core and {} ui messages", core.len(), ui.len());
    // One bundle holds them all, so an id may live in one file only.
    let mut seen = BTreeMap::new();
    for (file, messages) in &english {
        for id in messages.keys() {
            if let Some(other) = seen.insert(id, file) {
                panic!("{id} is in both {other} and {file}");
            }
        }
    }
    for lang in Lang::all() {
        for ((file, theirs), (_, ours)) in catalogs(lang).iter().zip(&english) {
            let (a, b): (BTreeSet<_>, BTreeSet<_>) = (ours.keys().collect(), theirs.keys().collect());
            assert_eq!(
                a.difference(&b).collect::<Vec<_>>(),
                Vec::<&&String>::new(),
                "{}/{file} lacks these",
                lang.tag()
            );
            assert_eq!(b.difference(&a).collect::<Vec<_>>(), Vec::<&&String>::new(), "{}/{file} has extra", lang.tag());
            for (id, shape) in ours {
                assert_eq!(&theirs[id], shape, "{}/{file}: {id} differs in placeholders or attributes", lang.tag());
            }
        }
    }
}

#[test]
fn the_system_locale_picks_the_closest_language() {
    for (locale, lang) in [
        ("zh_CN.UTF-8", Lang::ZhCn),
        ("zh-Hans-CN", Lang::ZhCn),
        ("zh-TW", Lang::ZhCn),
        ("zh_HK.UTF-8@stroke", Lang::ZhCn),
        ("zh", Lang::ZhCn),
        ("en-GB", Lang::En),
        ("en_US.UTF-8", Lang::En),
        ("fr", Lang::En),
        ("fr_FR.UTF-8", Lang::En),
        ("C", Lang::En),
        ("POSIX", Lang::En),
        ("", Lang::En),
    ] {
        assert_eq!(Lang::from_locale(locale), lang, "{locale:?}");
    }
    assert_eq!(Lang::parse_tag("zh-CN"), Some(Lang::ZhCn));
    assert_eq!(Lang::parse_tag("zh_CN"), None, "a stored tag is exact");
    assert_eq!((Lang::ZhCn.tag(), Lang::ZhCn.label()), ("zh-CN", "简体中文"));
    assert_eq!(serde_json::to_value(Lang::ZhCn).unwrap(), "zh-CN");
}

#[test]
fn t_fills_in_arguments_and_gives_the_id_for_an_unknown_message() {
    assert_eq!(t(Lang::En, "tray-open", &[]), "Open Mend");
    assert_eq!(t(Lang::ZhCn, "tray-open", &[]), "打开 Mend");
    let args = [("day", 3.into()), ("time", "08:00".into()), ("title", "Calcium with breakfast".into())];
    assert_eq!(t(Lang::En, "tray-next-later", &args), "Next reminder: Wed 08:00 · Calcium with breakfast");
    assert_eq!(t(Lang::ZhCn, "tray-next-later", &args), "下一个提醒：周三 08:00 · Calcium with breakfast");
    assert_eq!(t(Lang::En, "no-such-message", &[]), "no-such-message");
    assert!(i18n::has(Lang::ZhCn, "nav-today") && !i18n::has(Lang::ZhCn, "no-such-message"));
}

/// Every file under `dir` ending in one of `exts`.
fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, exts, out);
        } else if exts.iter().any(|e| path.extension().is_some_and(|x| x == *e)) {
            out.push(path);
        }
    }
}

/// The message ids in each `mark(element, 'id', …)` call of `text`: every literal on the line
/// after `mark(` that looks like an id (lower case words joined by hyphens), so a selector such
/// as `'#today-title'` or a tag name is not taken for one.
fn ids_in_marks(text: &str) -> Vec<String> {
    let is_id = |s: &str| {
        s.contains('-')
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    text.match_indices("mark(")
        .flat_map(|(at, _)| {
            let line = text[at..].lines().next().unwrap_or("");
            line.split('\'').skip(1).step_by(2).filter(|s| is_id(s)).map(str::to_owned).collect::<Vec<_>>()
        })
        .collect()
}

/// The string literal that follows each `marker` in `text`, quoted by `'` or `"`.
fn ids_after(text: &str, marker: &str) -> Vec<String> {
    text.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &text[at + marker.len()..];
            let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
            Some(rest[1..].split(quote).next()?.to_owned())
        })
        .collect()
}

#[test]
fn every_message_the_code_and_the_window_use_exists() {
    // Rust: `i18n::t(lang, "id", …)`, in the core and the shell.
    let mut rust = Vec::new();
    files(&root().join("src-tauri/src"), &["rs"], &mut rust);
    files(&root().join("src-tauri/core/src"), &["rs"], &mut rust);
    let mut used = 0;
    for path in rust {
        let text = std::fs::read_to_string(&path).unwrap();
        for (at, _) in text.match_indices("i18n::t(") {
            // The id is a literal, so this test can see it.
            let call = &text[at..at + text[at..].find(')').unwrap()];
            let id = call.split('"').nth(1).unwrap_or_else(|| panic!("{}: {call}: name the id", path.display()));
            assert!(i18n::has(Lang::En, id), "{}: no message {id:?}", path.display());
            used += 1;
        }
    }
    assert!(used >= 6, "the shell says its tray and notification words through t() ({used})");
    // Errors, notices and the command line: `Msg::new("id")`, and the labels a message names
    // (`"field-…"`, `"what-…"`, `"place-…"` passed to the input readers), each a literal.
    let mut msgs = 0;
    let mut rust = Vec::new();
    files(&root().join("src-tauri/src"), &["rs"], &mut rust);
    files(&root().join("src-tauri/core/src"), &["rs"], &mut rust);
    for path in rust {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut ids = ids_after(&text, "Msg::new(");
        for prefix in ["\"field-", "\"what-", "\"place-"] {
            ids.extend(text.match_indices(prefix).filter_map(|(at, _)| {
                let id = text[at + 1..].split('"').next()?;
                let whole = !id.ends_with('-') && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                whole.then(|| id.to_owned())
            }));
        }
        for id in ids {
            for lang in Lang::all() {
                assert!(i18n::has(lang, &id), "{}: no message {id:?} in {}", path.display(), lang.tag());
            }
            msgs += 1;
        }
    }
    assert!(msgs >= 150, "errors and notices are said through the catalogs ({msgs} ids)");
    // The window: `data-l10n-id="id"` in the page, `t('id'` and `mark(el, 'id'` in its modules.
    let mut ui = Vec::new();
    files(&root().join("ui"), &["html", "js"], &mut ui);
    let mut seen = 0;
    for path in ui.iter().filter(|p| !p.to_string_lossy().contains("vendor")) {
        let text = std::fs::read_to_string(path).unwrap();
        let mut ids = ids_after(&text, "data-l10n-id=");
        ids.extend(ids_after(&text, " t("));
        ids.extend(ids_after(&text, "(t("));
        ids.extend(ids_in_marks(&text));
        for id in ids {
            assert!(i18n::has(Lang::En, &id), "{}: no message {id:?} in ui.ftl", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 80, "the window's text comes from the catalog ({seen} ids)");
}

#[test]
fn the_language_follows_the_system_until_she_chooses_and_is_kept() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.language(), Lang::En);
    assert_eq!(store.language_or(Lang::ZhCn), Lang::ZhCn, "not chosen: the system's");
    store.set_system_language(Lang::ZhCn);
    let boot = serde_json::to_value(store.startup().unwrap()).unwrap();
    assert_eq!(boot["lang"], "zh-CN");
    assert!(boot["messages"].as_str().unwrap().contains("nav-today = 今天"), "the window's catalog comes along");
    let reminders = store.list_reminders().unwrap();
    assert!(reminders.iter().any(|r| r.title == "今天腰背感觉怎么样？"), "reminders in her language");

    let view = store.set_language(Lang::En).unwrap();
    assert_eq!((view.lang, view.messages), (Lang::En, Lang::En.ui_catalog()));
    assert_eq!(store.language_or(Lang::ZhCn), Lang::En, "her choice wins over the system's");
    assert!(store.list_reminders().unwrap().iter().any(|r| r.title == "Calcium with breakfast"));

    // Her choice goes with her into the sample data and back.
    store.set_language(Lang::ZhCn).unwrap();
    store.set_system_language(Lang::En);
    store.set_demo(true).unwrap();
    assert_eq!(store.language(), Lang::ZhCn);
    store.set_language(Lang::En).unwrap();
    store.set_demo(false).unwrap();
    assert_eq!(store.language(), Lang::En);
}

#[test]
fn a_language_tag_is_parsed_at_the_boundary() {
    use mend_core::requests::language;
    assert_eq!(language(&serde_json::json!("zh-CN")).unwrap(), Lang::ZhCn);
    for bad in [serde_json::json!("fr"), serde_json::json!("ZH"), serde_json::json!(null), serde_json::json!(5)] {
        let e = language(&bad).unwrap_err();
        assert_eq!((e.code(), e.field()), ("invalid_input", Some("lang")), "{bad}");
        assert_eq!(e.to_string(), "Language must be one of: en, zh-CN.");
    }
}

#[test]
fn the_window_and_the_tray_get_their_catalogs_in_every_language() {
    for lang in Lang::all() {
        assert!(
            !lang.ui_catalog().is_empty() && lang.core_catalogs().iter().all(|(_, source)| !source.is_empty()),
            "{lang:?}"
        );
        assert_eq!(lang.articles().len(), Lang::En.articles().len(), "{lang:?} has every article");
    }
}

/// CJK characters: what a Chinese sentence has.
fn chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_vocabulary_label_and_every_sign_is_in_every_language() {
    use mend_core::model::{AgeBand, CalciumSource, DeliveryType, EntryKind, ExerciseKind, Intensity, Location};
    fn each<V: Vocabulary>(out: &mut Vec<(String, &'static str)>) {
        out.extend(V::all().into_iter().map(|v| (v.label_id(), v.label())));
    }
    let mut labels = Vec::new();
    each::<EntryKind>(&mut labels);
    each::<Location>(&mut labels);
    each::<ExerciseKind>(&mut labels);
    each::<Intensity>(&mut labels);
    each::<CalciumSource>(&mut labels);
    each::<DeliveryType>(&mut labels);
    each::<AgeBand>(&mut labels);
    each::<mend_core::factors::MoodAnchor>(&mut labels);
    each::<mend_core::chart::ChartKind>(&mut labels);
    each::<mend_core::chart::ThemeName>(&mut labels);
    each::<mend_core::report::Paper>(&mut labels);
    for (id, english) in &labels {
        assert_eq!(&t(Lang::En, id, &[]), english, "vocab.ftl says what the vocabulary says in English");
        for lang in Lang::all() {
            assert!(i18n::has(lang, id), "{}: no {id}", lang.tag());
        }
    }
    assert_eq!(Location::LowerBack.label_id(), "vocab-location-lower_back");
    assert_eq!(AgeBand::Older.label_id(), "vocab-age-band-51plus");
    assert_eq!(ExerciseKind::PelvicFloor.label_in(Lang::ZhCn), "盆底肌练习");
    assert_eq!(Lang::ZhCn.label_in(Lang::En), "简体中文", "a language's name is its own in every language");

    for sign in mend_core::safety::RED_FLAGS.iter().chain(mend_core::safety::RETIRED).chain(mend_core::safety::MENTION)
    {
        assert_eq!(sign.label_in(Lang::En), sign.label, "{}", sign.id);
        assert_eq!(sign.spoken_in(Lang::En), sign.spoken, "{}", sign.id);
        for lang in Lang::all().into_iter().filter(|l| *l != Lang::En) {
            assert!(chinese(&sign.label_in(lang)) && chinese(&sign.spoken_in(lang)), "{}: {}", sign.id, lang.tag());
        }
    }
}

#[test]
fn the_start_up_catalog_and_a_new_language_carry_the_labels_and_signs_in_it() {
    let store = Store::open_in_memory().unwrap();
    store.set_language(Lang::ZhCn).unwrap();
    let boot = serde_json::to_value(store.startup().unwrap()).unwrap();
    let label = |v: &serde_json::Value, kind: &str, id: &str| {
        v["catalog"]["vocabulary"][kind].as_array().unwrap().iter().find(|t| t["id"] == id).unwrap()["label"].clone()
    };
    assert_eq!(label(&boot, "location", "lower_back"), "下背部（腰部）");
    assert_eq!(label(&boot, "calciumSource", "food"), "食物或饮品");
    assert_eq!(label(&boot, "language", "en"), "English");
    let sign = |v: &serde_json::Value, id: &str| {
        v["redFlags"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap().clone()
    };
    assert_eq!(sign(&boot, "chest_pain")["label"], "胸痛");
    assert_eq!(sign(&boot, "chest_pain")["groupLabel"], "头部、胸部和呼吸");
    assert!(boot["mentionSigns"][0]["label"].as_str().is_some_and(chinese));
    let view = serde_json::to_value(store.set_language(Lang::En).unwrap()).unwrap();
    assert_eq!(label(&view, "location", "lower_back"), "Lower back");
    assert_eq!(sign(&view, "chest_pain")["label"], "Chest pain");
    assert_eq!(sign(&view, "chest_pain")["groupLabel"], "Head, chest and breathing");
    assert_eq!(label(&view, "language", "zh-CN"), "简体中文");
}

#[test]
fn errors_and_notices_are_said_in_her_language() {
    use mend_core::input::FromInput;
    let store = Store::open_in_memory().unwrap();
    let today = store.today();
    let bad = mend_core::model::Pain::from_input(&serde_json::json!({"date": today.to_string(), "score": "7"}), today)
        .unwrap_err();
    assert_eq!(
        bad.to_string(),
        "Pain score must be a whole number from 0 (no pain) to 10 (worst imaginable). Got the text \"7\"."
    );
    let zh = bad.message_in(Lang::ZhCn);
    assert!(chinese(&zh) && zh.contains("“7”") && !zh.contains("Got"), "{zh}");
    // A field's label in the message is hers too.
    let bad = mend_core::model::Exercise::from_input(
        &serde_json::json!({"date": today.to_string(), "kind": "dancing", "minutes": 20}),
        today,
    )
    .unwrap_err();
    assert!(bad.to_string().starts_with("Exercise kind: \"dancing\" is not one of"), "{bad}");
    assert!(bad.message_in(Lang::ZhCn).starts_with("运动类型："), "{}", bad.message_in(Lang::ZhCn));

    // The day's notices and the red-flag card in her language.
    store.set_language(Lang::ZhCn).unwrap();
    store
        .save_profile(
            &mend_core::model::Profile::from_input(&serde_json::json!({"birthDate": "2026-10-14"}), today).unwrap(),
        )
        .unwrap();
    store.save_red_flags(today, &["fever".into(), "leaking".into()]).unwrap();
    let day = store.day_summary(today).unwrap();
    let card = day.notices.iter().find(|n| n.code == "red_flag").unwrap();
    assert!(card.message.starts_with("请立即联系你分娩医院的产科"), "{}", card.message);
    let c = card.card.as_ref().unwrap();
    assert_eq!(c.script, "我在2026年10月14日生的孩子，现在有这些情况：发烧。");
    assert!(chinese(&c.instinct) && c.signs.iter().all(|s| chinese(s)));
    let mention = day.notices.iter().find(|n| n.code == "mention_at_appointment").unwrap();
    assert!(mention.message.contains("咳嗽、打喷嚏或提重物时漏一点尿"), "{}", mention.message);
    assert!(day.notices.iter().all(|n| chinese(&n.message)), "{:?}", day.notices);
    store.set_language(Lang::En).unwrap();
    let day = store.day_summary(today).unwrap();
    assert!(day.notices.iter().any(|n| n.message.starts_with("Contact your midwife")));
}
