//! The languages Mend speaks, and its words in each: Fluent message catalogs (one folder per
//! language under `assets/locales/`, `ui.ftl` for the window and `core.ftl` for what the core
//! and the shell say themselves) and the guidance articles, all embedded in the binary.
//!
//! Adding a language is one line in `languages!` below, once its catalog folder and its
//! articles exist: the line names the tag (which is also the catalog folder) and the folder of
//! the articles; the includes, the parsing and the tests that every message and article exists
//! in every language follow from it.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;

/// The core's catalogs in every language's folder, by subject: the tray and notifications,
/// error messages and notices, the vocabularies' labels, chart text, the appointment report,
/// the command line.
macro_rules! core_catalogs {
    ($tag:literal) => {
        core_catalogs!(@ $tag; "core.ftl", "errors.ftl", "vocab.ftl", "charts.ftl", "report.ftl", "cli.ftl")
    };
    (@ $tag:literal; $($file:literal),+) => {
        &[$(($file, include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"), "/../../assets/locales/", $tag, "/", $file
        )))),+]
    };
}

/// Declares the articles' file names, once for every language: `articles_in!("folder")` is
/// the list of (file name, embedded text) of that folder, in reading order. Every language has
/// every article under the same file name (a test checks it); `i18n::languages!` names the
/// folder of each.
macro_rules! articles_in {
    ($dir:literal) => {
        crate::i18n::articles_in!(@ $dir;
            "why-back-pain.md",
            "moving-gently.md",
            "posture.md",
            "calcium.md",
            "when-to-see-a-clinician.md",
            "rest-and-self-care.md",
            "pelvic-floor.md",
            "pelvic-girdle-pain.md",
            "tummy-muscles.md",
            "caesarean-recovery.md",
            "epidurals-and-back-pain.md",
            "returning-to-running.md",
            "vitamin-d-and-bones.md",
            "back-pain-breastfeeding.md",
            "low-mood-and-anxiety.md",
        )
    };
    (@ $dir:literal; $($file:literal,)+) => {
        &[$(($file, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../", $dir, "/", $file)))),+]
    };
}
pub(crate) use articles_in;

/// Declares the languages: one line each, `Variant = "tag": "its own name" => "articles folder"`.
/// The tag is BCP 47 and names the catalog folder `assets/locales/<tag>/`.
macro_rules! languages {
    ($($variant:ident = $tag:literal : $name:literal => $articles:literal;)+) => {
        crate::vocabulary!(
            /// A language Mend speaks: its BCP 47 tag (JSON, the settings table) and its own
            /// name for itself (what the language menu shows).
            Lang { $($variant = $tag : $name),+ }
        );

        impl Lang {
            /// The window's catalog (Fluent source text); the UI formats it with @fluent/bundle.
            pub const fn ui_catalog(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"), "/../../assets/locales/", $tag, "/ui.ftl"
                    )),)+
                }
            }

            /// The catalogs of what the core and the shell say themselves: file name and Fluent
            /// source, one file per subject (see `core_catalogs!`).
            pub const fn core_catalogs(self) -> &'static [(&'static str, &'static str)] {
                match self {
                    $(Lang::$variant => core_catalogs!($tag),)+
                }
            }

            /// Where this language's guidance articles live, from the repository root.
            pub const fn articles_dir(self) -> &'static str {
                match self {
                    $(Lang::$variant => $articles,)+
                }
            }

            /// The guidance articles in this language: file name and text, in reading order.
            pub const fn articles(self) -> &'static [(&'static str, &'static str)] {
                match self {
                    $(Lang::$variant => crate::i18n::articles_in!($articles),)+
                }
            }
        }
    };
}

languages! {
    En = "en": "English" => "assets/guidance";
    ZhCn = "zh-CN": "简体中文" => "assets/guidance/zh-CN";
}

/// A vocabulary's words in any language: the catalog's `label_id` message, or the English
/// label where a catalog has none (a language's own name is the same in every language).
pub trait Label: crate::vocab::Vocabulary {
    /// The words the window shows for it in `lang`.
    fn label_in(self, lang: Lang) -> String {
        lookup(lang, &self.label_id()).unwrap_or_else(|| self.label().to_owned())
    }
}

impl<T: crate::vocab::Vocabulary> Label for T {}

#[allow(clippy::derivable_impls)] // the enum comes from a macro that cannot mark a default
impl Default for Lang {
    fn default() -> Self {
        Lang::En
    }
}

impl Lang {
    /// The closest language Mend speaks for a system locale, in any of the forms systems give
    /// it ("zh_CN.UTF-8", "zh-Hans-CN", "en-GB", "fr"): the same language (any Chinese is
    /// Simplified Chinese, the only Chinese Mend has), otherwise English.
    pub fn from_locale(locale: &str) -> Lang {
        let primary = |s: &str| s.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        let wanted = primary(locale.trim());
        <Lang as crate::vocab::Vocabulary>::all()
            .into_iter()
            .find(|l| primary(crate::vocab::Vocabulary::as_str(*l)) == wanted)
            .unwrap_or_default()
    }

    /// The BCP 47 tag ("en", "zh-CN").
    pub fn tag(self) -> &'static str {
        crate::vocab::Vocabulary::as_str(self)
    }

    /// The language that `tag` names exactly, if Mend speaks it.
    pub fn parse_tag(tag: &str) -> Option<Lang> {
        crate::vocab::Vocabulary::parse(tag)
    }
}

/// One bundle per language, holding both catalogs, built on first use.
static BUNDLES: LazyLock<Vec<(Lang, FluentBundle<FluentResource>)>> =
    LazyLock::new(|| <Lang as crate::vocab::Vocabulary>::all().into_iter().map(|lang| (lang, bundle(lang))).collect());

/// The bundle for `lang`; a catalog that does not parse, or an id defined twice, is a bug
/// `catalog_problems` reports and the tests catch.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    load(lang, &catalogs(lang)).0
}

/// Every catalog of `lang`: the core's files and the window's, each with its file name.
fn catalogs(lang: Lang) -> Vec<(&'static str, &'static str)> {
    lang.core_catalogs().iter().copied().chain([("ui.ftl", lang.ui_catalog())]).collect()
}

/// One bundle from `sources`, and what went wrong on the way: parse errors (Fluent keeps the
/// messages it could read) and ids defined again (Fluent keeps the first).
fn load(lang: Lang, sources: &[(&str, &str)]) -> (FluentBundle<FluentResource>, Vec<String>) {
    let id = lang.tag().parse().expect("a language tag Fluent understands");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: they would show in tray menus and
    // notifications, and neither language here mixes directions.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (name, source) in sources {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, errors)| {
            problems.extend(errors.iter().map(|e| format!("{}/{name}: does not parse: {e:?}", lang.tag())));
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{}/{name}: {e}", lang.tag())));
        }
    }
    (bundle, problems)
}

/// What is wrong with the catalogs, in every language: empty when each parses in full and
/// no id is defined twice across a language's files.
pub fn catalog_problems() -> Vec<String> {
    <Lang as crate::vocab::Vocabulary>::all().into_iter().flat_map(|lang| load(lang, &catalogs(lang)).1).collect()
}

/// The message `id` in `lang`, with `args` filled in. An unknown id gives the id itself (a
/// test checks that every id used exists in every catalog).
pub fn t(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    let Some((_, bundle)) = BUNDLES.iter().find(|(l, _)| *l == lang) else { return id.to_owned() };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors).into_owned()
}

/// The message `id` in `lang`, without arguments, if the catalogs have it.
pub(crate) fn lookup(lang: Lang, id: &str) -> Option<String> {
    has(lang, id).then(|| t(lang, id, &[]))
}

/// Whether `lang`'s catalogs have a message `id` (tests).
pub fn has(lang: Lang, id: &str) -> bool {
    BUNDLES.iter().any(|(l, b)| *l == lang && b.has_message(id))
}

/// A sentence not yet put into words: the id of a message in the catalogs and its arguments.
/// Errors and notices carry one, so they can be said in any language; `Display` says it in
/// English (logs, tests), `render` in the language asked for.
///
/// Build one with `Msg::new` and the id written out as a literal, so the catalog test sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    id: std::borrow::Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
}

/// One argument of a message: text as it is (a name she typed, a date, a technical detail), a
/// number (which can choose a plural form), or another message said in the same language
/// (a field's label, the message a place in a file wraps).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    Msg(Msg),
}

/// The id of a message kept as written: text from outside the catalogs, shown as it is.
const VERBATIM: &str = "";

impl Msg {
    /// The message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Self {
        Msg { id: id.into(), args: Vec::new() }
    }

    /// Text shown as it is, in every language: for text that does not come from a catalog.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Msg { id: VERBATIM.into(), args: vec![("text", Arg::Text(text.into()))] }
    }

    /// Adds the argument `name`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message's id ("" for verbatim text).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The argument `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The message in `lang`, its arguments (and theirs) filled in.
    pub fn render(&self, lang: Lang) -> String {
        if self.id == VERBATIM {
            return match self.get("text") {
                Some(Arg::Text(text)) => text.clone(),
                _ => String::new(),
            };
        }
        let rendered: Vec<(&str, FluentValue)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Msg(m) => FluentValue::from(m.render(lang)),
                };
                (*name, value)
            })
            .collect();
        t(lang, &self.id, &rendered)
    }
}

impl std::fmt::Display for Msg {
    /// In English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Text from outside the catalogs, shown as it is (see `Msg::verbatim`).
impl From<String> for Msg {
    fn from(text: String) -> Self {
        Msg::verbatim(text)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(m)
    }
}

macro_rules! number_args {
    ($($t:ty),+) => {
        $(impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        })+
    };
}
number_args!(i64, u64, i32, u32, u16, u8, usize, f64);

/// A day written out in `lang`: "14 October 2026", "2026年10月14日".
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    Msg::new("long-date").arg("year", date.year()).arg("month", date.month()).arg("day", date.day()).render(lang)
}

/// Items as a list in `lang`: "a", "a and b", "a, b and c"; "a、b和c".
pub fn and_list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => Msg::new("list-and")
            .arg("rest", rest.join(&Msg::new("list-separator").render(lang)))
            .arg("last", last)
            .render(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_parses_in_full_and_defines_each_id_once() {
        assert_eq!(catalog_problems(), Vec::<String>::new());
        // And the check itself sees both kinds of problem.
        let broken = [("a.ftl", "hello = Hello\nbroken = { $\n"), ("b.ftl", "hello = Hello again\n")];
        let problems = load(Lang::En, &broken).1;
        assert!(problems.iter().any(|p| p.starts_with("en/a.ftl: does not parse")), "{problems:?}");
        assert!(problems.iter().any(|p| p.starts_with("en/b.ftl:") && p.contains("hello")), "{problems:?}");
    }

    #[test]
    fn a_message_is_said_in_either_language_with_its_arguments_in_the_same_language() {
        let m =
            Msg::new("err-true-or-false").arg("label", Msg::new("field-epidural")).arg("value", Msg::new("value-list"));
        assert_eq!(m.to_string(), "Epidural must be true or false, not a list.");
        let zh = m.render(Lang::ZhCn);
        assert!(zh.contains("硬膜外") && zh.contains("列表") && !zh.contains("Epidural"), "{zh}");
        assert!(!zh.contains('{') && !zh.contains("err-") && !zh.contains("field-"), "{zh}");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 10, 14).unwrap();
        assert_eq!(
            (long_date(Lang::En, date), long_date(Lang::ZhCn, date)),
            ("14 October 2026".into(), "2026年10月14日".into())
        );
        let three = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!((and_list(Lang::En, &three), and_list(Lang::ZhCn, &three)), ("a, b and c".into(), "a、b和c".into()));
        assert_eq!(Msg::verbatim("as it is").render(Lang::ZhCn), "as it is");
        assert_eq!(Msg::from("kept".to_owned()).to_string(), "kept");
    }

    #[test]
    fn numbers_choose_the_plural_form() {
        let one = Msg::new("import-red-flags").arg("count", 1);
        assert_eq!(one.to_string(), "Added 1 red-flag check-in.");
        let many = Msg::new("import-red-flags").arg("count", 3);
        assert_eq!(many.to_string(), "Added 3 red-flag check-ins.");
        assert_eq!(many.get("count"), Some(&Arg::Number(3.0)));
        assert!(Msg::new("err-sleep-half-hours").arg("hours", 6.25).to_string().contains("6.25"));
    }
}
