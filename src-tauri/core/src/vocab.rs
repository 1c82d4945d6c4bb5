//! Closed vocabularies: enums whose members have a snake_case name (JSON, SQL) and English
//! words the window shows, declared with `vocabulary!`. A leaf: the languages (`i18n::Lang`)
//! and the model's kinds are both vocabularies, and the words in other languages are
//! `i18n::Label`'s.

/// The name of a vocabulary (its type's name), which its members' message ids start with.
pub trait Named {
    /// E.g. "ExerciseKind".
    const NAME: &'static str;
}

/// A closed set of names stored and sent as snake_case strings, each with the words the window
/// shows for it. The string tables come from `strum`'s derives (see `vocabulary!`).
pub trait Vocabulary:
    Sized
    + Named
    + Copy
    + PartialEq
    + 'static
    + strum::IntoEnumIterator
    + Into<&'static str>
    + strum::EnumMessage
    + std::str::FromStr
{
    /// Every member, in display order.
    fn all() -> Vec<Self> {
        Self::iter().collect()
    }
    /// The name used in JSON and SQL.
    fn as_str(self) -> &'static str {
        self.into()
    }
    /// The words the window shows for it, in English.
    fn label(self) -> &'static str {
        self.get_message().unwrap_or_else(|| self.as_str())
    }
    /// The id of its label in the catalogs: `vocab-<kind>-<name>`, the kind in kebab case and
    /// the name as stored with "+" written "plus", e.g. "vocab-exercise-kind-pelvic_floor",
    /// "vocab-age-band-51plus" (vocab.ftl).
    fn label_id(self) -> String {
        let mut kind = String::new();
        for (i, c) in Self::NAME.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                kind.push('-');
            }
            kind.push(c.to_ascii_lowercase());
        }
        format!("vocab-{kind}-{}", self.as_str().replace('+', "plus"))
    }
    /// The member with this name.
    fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }
    /// The names, comma separated, for error messages.
    fn names() -> String {
        Self::iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ")
    }
}

impl<T> Vocabulary for T where
    T: Copy
        + Named
        + PartialEq
        + 'static
        + strum::IntoEnumIterator
        + Into<&'static str>
        + strum::EnumMessage
        + std::str::FromStr
{
}

/// Declares a closed vocabulary: an enum whose members have a snake_case name (JSON, SQL) and
/// the words the window shows (the UI has no copy of them); serde and strum derive the rest.
#[macro_export]
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
            strum::EnumIter, strum::IntoStaticStr, strum::EnumString, strum::EnumMessage,
        )]
        pub enum $name {
            $(#[serde(rename = $text)] #[strum(serialize = $text, message = $label)] $variant),+
        }

        impl $crate::vocab::Named for $name {
            const NAME: &'static str = stringify!($name);
        }
    };
}
