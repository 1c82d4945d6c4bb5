//! Which language Mend speaks: hers once she has chosen one in Settings (kept in the settings
//! table), until then the system's (detected by the shell, passed in at start).

use super::Store;
use crate::error::Result;
use crate::i18n::Lang;

/// The settings key of her chosen language (a BCP 47 tag, e.g. "zh-CN").
pub const LANGUAGE_KEY: &str = "language";

/// The language now in force and the window's catalog for it.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageView {
    pub lang: Lang,
    /// The window's Fluent catalog (source text) for `lang`.
    pub messages: &'static str,
}

impl LanguageView {
    /// The view of `lang`.
    pub fn of(lang: Lang) -> Self {
        LanguageView { lang, messages: lang.ui_catalog() }
    }
}

impl Store {
    /// Tells the store the system's language, used until she chooses one (the shell calls it
    /// at start with `Lang::from_locale` of the system locale).
    pub fn set_system_language(&self, lang: Lang) {
        *self.system_language.lock().unwrap_or_else(|p| p.into_inner()) = lang;
    }

    /// Her chosen language, or `detected` while she has not chosen one. A stored tag this
    /// Mend does not know (written by a newer one) reads as not chosen.
    pub fn language_or(&self, detected: Lang) -> Result<Lang> {
        let stored = crate::repo::settings::get(&self.conn(), LANGUAGE_KEY)?;
        Ok(stored.as_deref().and_then(Lang::parse_tag).unwrap_or(detected))
    }

    /// The language in force: hers, or the system's.
    pub fn language(&self) -> Result<Lang> {
        let system = *self.system_language.lock().unwrap_or_else(|p| p.into_inner());
        self.language_or(system)
    }

    /// Keeps `lang` as her language (parsed at the boundary by `requests::language`).
    pub fn set_language(&self, lang: Lang) -> Result<LanguageView> {
        crate::repo::settings::set(&self.conn(), LANGUAGE_KEY, lang.tag())?;
        Ok(LanguageView::of(lang))
    }
}
