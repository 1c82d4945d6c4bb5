//! Languages: every catalog parses, every message exists in every language with the same
//! placeholders and attributes, every id the code and the window use exists, the system locale
//! picks the closest language, and her choice is kept.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use mend_core::i18n::{self, t, Lang};
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
    // The window: `data-l10n-id="id"` in the page and `t('id'` in its modules.
    let mut ui = Vec::new();
    files(&root().join("ui"), &["html", "js"], &mut ui);
    let mut seen = 0;
    for path in ui.iter().filter(|p| !p.to_string_lossy().contains("vendor")) {
        let text = std::fs::read_to_string(path).unwrap();
        let mut ids = ids_after(&text, "data-l10n-id=");
        ids.extend(ids_after(&text, " t("));
        ids.extend(ids_after(&text, "(t("));
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
    assert_eq!(store.language().unwrap(), Lang::En);
    assert_eq!(store.language_or(Lang::ZhCn).unwrap(), Lang::ZhCn, "not chosen: the system's");
    store.set_system_language(Lang::ZhCn);
    let boot = serde_json::to_value(store.startup().unwrap()).unwrap();
    assert_eq!(boot["lang"], "zh-CN");
    assert!(boot["messages"].as_str().unwrap().contains("nav-today = 今天"), "the window's catalog comes along");
    let reminders = store.list_reminders().unwrap();
    assert!(reminders.iter().any(|r| r.title == "今天腰背感觉怎么样？"), "reminders in her language");

    let view = store.set_language(Lang::En).unwrap();
    assert_eq!((view.lang, view.messages), (Lang::En, Lang::En.ui_catalog()));
    assert_eq!(store.language_or(Lang::ZhCn).unwrap(), Lang::En, "her choice wins over the system's");
    assert!(store.list_reminders().unwrap().iter().any(|r| r.title == "Calcium with breakfast"));

    // Her choice goes with her into the sample data and back.
    store.set_language(Lang::ZhCn).unwrap();
    store.set_system_language(Lang::En);
    store.set_demo(true).unwrap();
    assert_eq!(store.language().unwrap(), Lang::ZhCn);
    store.set_language(Lang::En).unwrap();
    store.set_demo(false).unwrap();
    assert_eq!(store.language().unwrap(), Lang::En);
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
