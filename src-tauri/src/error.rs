//! The error a command rejects with, serialized for the UI as `{ code, message, field? }`.

use serde::Serialize;

/// A command failure as the UI receives it.
#[derive(Debug, Serialize, PartialEq)]
pub struct CommandError {
    /// `invalid_input`, `not_found` or `storage`.
    pub code: &'static str,
    /// A sentence the user can act on.
    pub message: String,
    /// The offending field (camelCase) for `invalid_input`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl From<mend_core::Error> for CommandError {
    fn from(e: mend_core::Error) -> Self {
        CommandError { code: e.code(), message: e.to_string(), field: e.field().map(str::to_owned) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_code_message_and_field() {
        let e: CommandError = mend_core::Error::invalid("score", "Pain score must be a whole number.").into();
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"code": "invalid_input", "message": "Pain score must be a whole number.", "field": "score"})
        );
        let e: CommandError = mend_core::Error::NotFound("gone".into()).into();
        assert_eq!(serde_json::to_value(&e).unwrap(), serde_json::json!({"code": "not_found", "message": "gone"}));
    }
}
