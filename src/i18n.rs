//! The message catalogue: every text a person reads comes from here, in
//! Dutch (the default, for this audience) or English. The catalogues are
//! Project Fluent files embedded in the binary (`locales/*/vsopro.ftl`), so
//! plurals ("1 regio", "2 regio's") are the catalogue's business, not the
//! code's. Numbers and dates in running text are formatted here too, with
//! the conventions of the language (`0,15 fte`, `23 november 2026`).

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The languages vsopro speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch: the coordinators, directors and national office read it.
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(s: &str) -> Option<Lang> {
        let s = s.trim().to_lowercase();
        if s == "nl" || s.starts_with("nl-") || s.starts_with("nl_") {
            Some(Lang::Nl)
        } else if s == "en" || s.starts_with("en-") || s.starts_with("en_") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// `--lang`, else `VSOPRO_LANG`, else the system locale (an `en*` locale
    /// gives English), else Dutch — also on a machine whose locale is `C`.
    pub fn choose(flag: Option<&str>) -> Lang {
        if let Some(lang) = flag.and_then(Lang::from_code) {
            return lang;
        }
        if let Some(lang) = std::env::var("VSOPRO_LANG")
            .ok()
            .and_then(|v| Lang::from_code(&v))
        {
            return lang;
        }
        // The POSIX order: the first of these that is set decides.
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        if locale.to_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }
}

/// Where a coordinator reads the user guide: in the repository that
/// Cargo.toml names, so that the address is set in one place.
pub const GUIDE: &str = concat!(
    env!("CARGO_PKG_REPOSITORY"),
    "/blob/main/docs/handleiding.md"
);

pub(crate) const NL: &str = include_str!("../locales/nl/vsopro.ftl");
pub(crate) const EN: &str = include_str!("../locales/en/vsopro.ftl");

static LANG: OnceLock<Lang> = OnceLock::new();
// One per language, each parsed on first use: a run reads one catalogue.
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] = [OnceLock::new(), OnceLock::new()];

/// Sets the language of this run, once, before anything is said.
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language of this run (Dutch if none was set).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    let (slot, source) = match lang {
        Lang::Nl => (&BUNDLES[0], NL),
        Lang::En => (&BUNDLES[1], EN),
    };
    slot.get_or_init(|| {
        let resource = FluentResource::try_new(source.to_string())
            .expect("the built-in catalogues are valid Fluent");
        let id = lang.code().parse().expect("a language code");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around values: the output is plain text.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("no message is defined twice");
        bundle
    })
}

/// A message in the language of this run, with its arguments.
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    message_in(lang(), id, args)
}

/// A message in a given language.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        // A test keeps the catalogues complete; this is a last resort.
        return id.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// Whether the catalogue of `lang` has a message.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// `t!("id")`, `t!("id", count = n, name = s)`: a message of the catalogue.
/// Numbers are passed as numbers (for plurals), everything else as text.
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($key), $crate::i18n::Arg::arg(&$value))),+],
        )
    };
}
pub(crate) use t;

/// What can be passed to a message.
pub trait Arg {
    fn arg(&self) -> FluentValue<'static>;
}

macro_rules! number_arg {
    ($($ty:ty),*) => {$(
        impl Arg for $ty {
            fn arg(&self) -> FluentValue<'static> {
                FluentValue::from(*self as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

impl Arg for str {
    fn arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl Arg for String {
    fn arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn arg(&self) -> FluentValue<'static> {
        (**self).arg()
    }
}

impl Arg for std::borrow::Cow<'_, str> {
    fn arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

/// A decimal number with `places` decimals, in the language's notation:
/// `0,15` in Dutch, `0.15` in English.
pub fn decimal(x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    match lang() {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A number as people write it: no decimals when whole (`36`), else as
/// few as needed (`38,5`).
pub fn plain(x: f64) -> String {
    plain_in(lang(), x)
}

/// [`plain`] in a given language (a commit message is Dutch whatever the
/// run's language).
pub fn plain_in(lang: Lang, x: f64) -> String {
    let s = if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    };
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A date in running text: `23 november 2026` in Dutch; in English the ISO
/// form (`2026-11-23`), which is what the national office and scripts read.
pub fn date(d: NaiveDate) -> String {
    date_in(lang(), d)
}

/// A date in running text in the given language (Dutch commit messages).
pub fn date_in(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!(
            "{} {} {}",
            d.day(),
            month_name_in(lang, d.month()),
            d.year()
        ),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

fn month_name_in(lang: Lang, month: u32) -> String {
    let id = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
        "month-9", "month-10", "month-11", "month-12",
    ][(month.clamp(1, 12) - 1) as usize];
    message_in(lang, id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Resource};
    use std::collections::BTreeSet;

    fn ids(source: &str) -> BTreeSet<String> {
        let resource: Resource<&str> =
            fluent_syntax::parser::parse(source).expect("the catalogue parses");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn both_catalogues_have_the_same_messages() {
        let nl = ids(NL);
        let en = ids(EN);
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(only_nl.is_empty(), "only in nl: {only_nl:?}");
        assert!(only_en.is_empty(), "only in en: {only_en:?}");
    }

    /// Every `t!("id"` in the source (and `t("id"` in the site's templates)
    /// names a message of both catalogues.
    #[test]
    fn every_message_the_code_uses_exists() {
        let nl = ids(NL);
        let mut missing = Vec::new();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        // This file only explains the macro.
        for entry in walk(&src).into_iter().filter(|p| !p.ends_with("i18n.rs")) {
            let text = std::fs::read_to_string(&entry).unwrap();
            // The site's templates call `t("id", ...)`.
            let call = if entry.extension().is_some_and(|x| x == "html") {
                "t("
            } else {
                "t!("
            };
            for (at, _) in text.match_indices(call) {
                // `t!(` on its own, not the end of `format!(` or `assert!(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let part = text[at + call.len()..].trim_start();
                let Some(rest) = part.strip_prefix('"') else {
                    continue;
                };
                let id = rest.split('"').next().unwrap_or_default();
                if !nl.contains(id) {
                    missing.push(format!("{}: {id}", entry.display()));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else if p.extension().is_some_and(|x| x == "rs" || x == "html") {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn every_code_has_a_description_in_both_languages() {
        for code in crate::diag::Code::ALL {
            for lang in Lang::ALL {
                let id = format!("code-{}", code.name());
                assert!(has(lang, &id), "{id} in {}", lang.code());
            }
        }
    }

    #[test]
    fn plurals_and_numbers() {
        let one = message_in(
            Lang::Nl,
            "regions-checked",
            &[("count", FluentValue::from(1))],
        );
        let two = message_in(
            Lang::Nl,
            "regions-checked",
            &[("count", FluentValue::from(2))],
        );
        assert_eq!(one, "1 regio gecontroleerd");
        assert_eq!(two, "2 regio's gecontroleerd");
        let en = message_in(
            Lang::En,
            "regions-checked",
            &[("count", FluentValue::from(1))],
        );
        assert_eq!(en, "1 region checked");
    }

    #[test]
    fn choosing_the_language() {
        assert_eq!(Lang::from_code("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_code("NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("C"), None);
        assert_eq!(Lang::choose(Some("en")), Lang::En);
    }
}
