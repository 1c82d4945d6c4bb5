//! Which language Mend speaks: hers once she has chosen one in Settings (kept in the settings
//! table), until then the system's (detected by the shell, passed in at start).

use super::Store;
use crate::error::Result;
use crate::i18n::Lang;
use crate::safety::{signs_in, Sign, MENTION, RED_FLAGS};

/// The settings key of her chosen language (a BCP 47 tag, e.g. "zh-CN").
pub const LANGUAGE_KEY: &str = "language";

/// The language now in force and everything the window shows in it that the core keeps: its
/// catalog, the vocabularies' labels and the signs to tick. Sent at start and when she
/// changes the language, so the page changes without a restart.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageView {
    pub lang: Lang,
    /// The window's Fluent catalog (source text) for `lang`.
    pub messages: &'static str,
    /// Labels, limits and targets: the UI keeps no copy of them.
    pub catalog: crate::catalog::Catalog,
    /// The red flags to tick, in `lang`.
    pub red_flags: Vec<Sign>,
    /// Signs to tick that are not red flags but worth raising at the next appointment.
    pub mention_signs: Vec<Sign>,
}

impl LanguageView {
    /// The view of `lang`.
    pub fn of(lang: Lang) -> Self {
        LanguageView {
            lang,
            messages: lang.ui_catalog(),
            catalog: crate::catalog::catalog_in(lang),
            red_flags: signs_in(RED_FLAGS, lang),
            mention_signs: signs_in(MENTION, lang),
        }
    }
}

/// Her chosen language as the settings table of `conn` keeps it. A stored tag this Mend does
/// not know (written by a newer one) reads as not chosen.
pub(super) fn chosen(conn: &rusqlite::Connection) -> Result<Option<Lang>> {
    let stored = crate::repo::settings::get(conn, LANGUAGE_KEY)?;
    Ok(stored.as_deref().and_then(Lang::parse_tag))
}

impl Store {
    /// Tells the store the system's language, used until she chooses one (the shell calls it
    /// at start with `Lang::from_locale` of the system locale).
    pub fn set_system_language(&self, lang: Lang) {
        self.state.write().unwrap_or_else(|p| p.into_inner()).system = lang;
    }

    /// Her chosen language, or `detected` while she has not chosen one.
    pub fn language_or(&self, detected: Lang) -> Lang {
        self.read_state(|s| s.chosen.unwrap_or(detected))
    }

    /// The system's language (see `set_system_language`).
    pub fn system_language(&self) -> Lang {
        self.read_state(|s| s.system)
    }

    /// The language in force: hers, or the system's. Never waits for the connection.
    pub fn language(&self) -> Lang {
        self.read_state(|s| s.chosen.unwrap_or(s.system))
    }

    /// Keeps `lang` as her language (parsed at the boundary by `requests::language`).
    pub fn set_language(&self, lang: Lang) -> Result<LanguageView> {
        let session = self.session()?;
        crate::repo::settings::set(&session, LANGUAGE_KEY, lang.tag())?;
        self.state.write().unwrap_or_else(|p| p.into_inner()).chosen = Some(lang);
        drop(session);
        self.remember_language(lang)?;
        Ok(LanguageView::of(lang))
    }

    /// Takes her chosen language again from the database now open (after a restore or a
    /// recovery put another file in place).
    pub(super) fn reread_language(&self, session: &super::Session) -> Result<()> {
        let chosen = chosen(session)?;
        self.state.write().unwrap_or_else(|p| p.into_inner()).chosen = chosen;
        Ok(())
    }
}
