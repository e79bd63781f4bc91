//! The data model: one file per kind of region file. Every table rejects
//! unknown keys; ids and references keep their source spans for diagnostics.

pub mod actions;
pub mod approval;
pub mod codeowners;
pub mod dataset;
pub mod files;
pub mod jaarplan;
pub mod overlegtafels;
pub mod practices;
pub mod region;
pub mod round;
pub mod schools;
pub mod settings;
pub mod uitstroom;

pub use actions::*;
pub use approval::*;
pub use dataset::*;
pub use files::*;
pub use jaarplan::*;
pub use overlegtafels::*;
pub use practices::*;
pub use region::*;
pub use round::*;
pub use schools::*;
pub use settings::*;
pub use uitstroom::*;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A value with its byte span in the source file. A thin wrapper around
/// `toml::Spanned` so that it can also describe itself as a JSON Schema
/// (the schema of the value: spans do not exist in the file).
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T>(toml::Spanned<T>);

impl<T> Spanned<T> {
    pub fn new(span: std::ops::Range<usize>, value: T) -> Self {
        Spanned(toml::Spanned::new(span, value))
    }

    pub fn get_ref(&self) -> &T {
        self.0.get_ref()
    }

    pub fn span(&self) -> std::ops::Range<usize> {
        self.0.span()
    }

    /// A value the loader put in place of a missing or invalid one (it has
    /// no place in the file): rules draw no conclusions from it.
    pub fn is_stand_in(&self) -> bool {
        self.0.span().start >= STAND_IN_SPANS
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        toml::Spanned::<T>::deserialize(d).map(Spanned)
    }
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.get_ref().serialize(s)
    }
}

impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

impl JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A TOML local date without quotes, e.g. 2026-03-01"
        })
    }
}

/// Stand-ins get spans from here on: far beyond any file, one each, so that
/// an error about one can still be located while it is repaired.
pub const STAND_IN_SPANS: usize = usize::MAX / 2;

/// Text with its place in the file.
pub type Text = Spanned<String>;

/// A calendar date written as a TOML local date (`2026-03-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Date(pub NaiveDate);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.format("%Y-%m-%d").fmt(f)
    }
}

/// The message start that the loader recognises as an `invalid-date`.
pub const DATE_ERROR: &str = "expected a date like 2026-03-01";

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let dt = toml::value::Datetime::deserialize(d).map_err(|e| {
            let msg = e.to_string();
            if let Some(found) = msg.strip_prefix("invalid type: ") {
                let found = found.split(", expected").next().unwrap_or(found);
                D::Error::custom(format!("{DATE_ERROR} (without quotes), found {found}"))
            } else {
                e
            }
        })?;
        match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                    .map(Date)
                    .ok_or_else(|| D::Error::custom(format!("{DATE_ERROR}, found {dt}")))
            }
            _ => Err(D::Error::custom(format!(
                "{DATE_ERROR}, found the date-time or time {dt}"
            ))),
        }
    }
}

/// Whether a `themes` entry names the theme `id`: theme ids compare
/// without regard to case or surrounding spaces.
pub fn names_theme(entry: &Text, id: &str) -> bool {
    entry.get_ref().trim().eq_ignore_ascii_case(id)
}

/// A `themes` list as theme ids: a known theme in its own spelling, anything
/// else as written.
pub fn theme_ids(list: &Option<Spanned<Vec<Text>>>) -> Vec<String> {
    list.iter()
        .flat_map(|l| l.get_ref())
        .map(|t| {
            crate::registry::theme(t.get_ref())
                .map_or_else(|| t.get_ref().clone(), |th| th.id.to_string())
        })
        .collect()
}

/// Ids and references are compared as written.
pub fn ids<'a, T: 'a>(
    items: &'a [T],
    id: impl Fn(&'a T) -> &'a Text,
) -> impl Iterator<Item = &'a str> {
    items.iter().map(move |i| id(i).get_ref().as_str())
}

/// A closed set of values written as strings in TOML. Gives serde (with the
/// exact spellings), `as_str`, and the list of allowed values for help texts.
macro_rules! str_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal $(| $alias:literal)*),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize, serde::Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text $(, alias = $alias)*)] $variant),*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            /// The other spellings the files may use for it.
            #[allow(dead_code)]
            pub fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($alias),*]),* }
            }
        }

        // By hand, so that editors accept the aliases too (`L11`, role letters).
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "enum": [$($text $(, $alias)*),*]
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::model::StrEnum for $name {
            const ALL: &'static [$name] = $name::ALL;

            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }

            fn aliases(self) -> &'static [&'static str] {
                $name::aliases(self)
            }
        }
    };
}
pub(crate) use str_enum;

/// What `str_enum!` gives every closed set, for code that takes any of
/// them (a form's choices).
pub trait StrEnum: Copy + 'static {
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
    /// The other spellings the files may use for a value.
    fn aliases(self) -> &'static [&'static str];
}
