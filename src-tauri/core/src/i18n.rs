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
/// error messages and notices, chart text, the appointment report, the command line.
macro_rules! core_catalogs {
    ($tag:literal) => {
        core_catalogs!(@ $tag; "core.ftl", "errors.ftl", "charts.ftl", "report.ftl", "cli.ftl")
    };
    (@ $tag:literal; $($file:literal),+) => {
        &[$(($file, include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"), "/../../assets/locales/", $tag, "/", $file
        )))),+]
    };
}

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
                    $(Lang::$variant => crate::guidance::articles_in!($articles),)+
                }
            }
        }
    };
}

languages! {
    En = "en": "English" => "assets/guidance";
    ZhCn = "zh-CN": "简体中文" => "assets/guidance/zh-CN";
}

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
        <Lang as crate::model::Vocabulary>::all()
            .into_iter()
            .find(|l| primary(crate::model::Vocabulary::as_str(*l)) == wanted)
            .unwrap_or_default()
    }

    /// The BCP 47 tag ("en", "zh-CN").
    pub fn tag(self) -> &'static str {
        crate::model::Vocabulary::as_str(self)
    }

    /// The language that `tag` names exactly, if Mend speaks it.
    pub fn parse_tag(tag: &str) -> Option<Lang> {
        crate::model::Vocabulary::parse(tag)
    }
}

/// One bundle per language, holding both catalogs, built on first use.
static BUNDLES: LazyLock<Vec<(Lang, FluentBundle<FluentResource>)>> =
    LazyLock::new(|| <Lang as crate::model::Vocabulary>::all().into_iter().map(|lang| (lang, bundle(lang))).collect());

/// The bundle for `lang`; a catalog that does not parse is a bug the tests catch.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.tag().parse().expect("a language tag Fluent understands");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: they would show in tray menus and
    // notifications, and neither language here mixes directions.
    bundle.set_use_isolating(false);
    for source in lang.core_catalogs().iter().map(|(_, source)| *source).chain([lang.ui_catalog()]) {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
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

/// Whether `lang`'s catalogs have a message `id` (tests).
pub fn has(lang: Lang, id: &str) -> bool {
    BUNDLES.iter().any(|(l, b)| *l == lang && b.has_message(id))
}
