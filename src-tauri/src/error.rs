//! The error a command rejects with, serialized for the UI as `{ code, message, field? }`, its
//! message in the language in force.

use serde::Serialize;

use mend_core::i18n::{Lang, Msg};
use mend_core::Store;

/// A command failure as the UI receives it.
#[derive(Debug, Serialize, PartialEq)]
pub struct CommandError {
    /// `invalid_input`, `not_found`, `storage`, … (see `mend_core::Error::code`).
    pub code: &'static str,
    /// A sentence the user can act on, in her language.
    pub message: String,
    /// The offending field (camelCase) for `invalid_input`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl CommandError {
    /// The core's error `e`, said in `lang`.
    pub fn new(e: &mend_core::Error, lang: Lang) -> Self {
        CommandError { code: e.code(), message: e.message_in(lang), field: e.field().map(str::to_owned) }
    }

    /// An error of the shell's own (`code`), on `field`, said in `lang`.
    pub fn own(code: &'static str, message: &Msg, field: Option<&str>, lang: Lang) -> Self {
        CommandError { code, message: message.render(lang), field: field.map(str::to_owned) }
    }
}

/// Runs a command's `body` and says its error, if any, in the language in force (kept apart
/// from the connection's lock, so reading it never waits for a body still running elsewhere).
pub fn said<T>(store: &Store, body: impl FnOnce() -> mend_core::Result<T>) -> Result<T, CommandError> {
    body().map_err(|e| CommandError::new(&e, store.language()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_code_message_and_field_in_the_language_asked_for() {
        let e = mend_core::Error::invalid(
            "score",
            Msg::new("err-got").arg("rule", Msg::new("err-score")).arg("value", "11"),
        );
        assert_eq!(
            serde_json::to_value(CommandError::new(&e, Lang::En)).unwrap(),
            serde_json::json!({
                "code": "invalid_input",
                "message": "Pain score must be a whole number from 0 (no pain) to 10 (worst imaginable). Got 11.",
                "field": "score"
            })
        );
        let zh = CommandError::new(&e, Lang::ZhCn);
        assert!(zh.message.starts_with("疼痛评分必须是") && zh.message.contains("11"), "{}", zh.message);
        let e = mend_core::Error::NotFound(Msg::new("err-backup-gone"));
        assert_eq!(
            serde_json::to_value(CommandError::new(&e, Lang::En)).unwrap(),
            serde_json::json!({"code": "not_found", "message": "That backup is no longer in the backups folder."})
        );
    }

    #[test]
    fn an_error_is_said_in_her_language_once_the_body_has_let_go_of_the_store() {
        let store = Store::open_in_memory().unwrap();
        store.set_language(Lang::ZhCn).unwrap();
        // The body holds the connection while it fails; the language is read after.
        let e = said(&store, || -> mend_core::Result<()> {
            store.delete(mend_core::model::EntryKind::Pain, 99)?;
            Ok(())
        })
        .unwrap_err();
        assert_eq!(e.code, "not_found");
        assert!(e.message.contains("疼痛") && e.message.contains("99"), "{}", e.message);
    }
}
