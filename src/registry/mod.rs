//! Built-in facts: the 35 arbeidsmarktregio's, their municipalities and the
//! seven ontwikkelthema's.
//! They change by law or national agreement, not by user data, so they live
//! in the binary. (The five roles of a coordinator are `model::Role`.)

pub mod municipalities;
pub mod synonyms;

use serde::Serialize;

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Region {
    /// CBS code, e.g. `AM12`.
    pub code: &'static str,
    /// Official CBS 2025 name.
    pub name: &'static str,
    /// Folder name under `regions/`.
    pub slug: &'static str,
    /// Older or informal spellings that are accepted for `name`.
    #[serde(skip)]
    pub aliases: &'static [&'static str],
}

macro_rules! regions {
    ($(($code:literal, $name:literal, $slug:literal, [$($alias:literal),*])),* $(,)?) => {
        pub const REGIONS: &[Region] = &[
            $(Region { code: $code, name: $name, slug: $slug, aliases: &[$($alias),*] }),*
        ];
    };
}

regions![
    ("AM01", "Groningen", "groningen", []),
    ("AM02", "Friesland", "friesland", ["Fryslân"]),
    ("AM03", "Drenthe", "drenthe", []),
    ("AM05", "Twente", "twente", []),
    (
        "AM06",
        "Veluwe Stedendriehoek",
        "veluwe-stedendriehoek",
        ["Stedendriehoek en Noordwest Veluwe"]
    ),
    ("AM07", "Midden-Gelderland", "midden-gelderland", []),
    ("AM08", "Rijk van Nijmegen", "rijk-van-nijmegen", []),
    ("AM09", "Achterhoek", "achterhoek", []),
    ("AM10", "Rivierenland", "rivierenland", []),
    ("AM11", "Flevoland", "flevoland", []),
    (
        "AM12",
        "Gooi en Vechtstreek",
        "gooi-en-vechtstreek",
        ["Gooi- en Vechtstreek"]
    ),
    ("AM13", "Midden-Utrecht", "midden-utrecht", []),
    ("AM14", "Amersfoort", "amersfoort", []),
    ("AM15", "Noord-Holland Noord", "noord-holland-noord", []),
    (
        "AM17",
        "Zaanstreek/Waterland",
        "zaanstreek-waterland",
        ["Zaanstreek / Waterland"]
    ),
    ("AM18", "Groot Amsterdam", "groot-amsterdam", []),
    ("AM19", "Holland Rijnland", "holland-rijnland", []),
    ("AM20", "Midden-Holland", "midden-holland", []),
    ("AM21", "Haaglanden", "haaglanden", []),
    ("AM22", "Rijnmond", "rijnmond", []),
    ("AM23", "Drechtsteden", "drechtsteden", []),
    ("AM24", "Zeeland", "zeeland", []),
    ("AM25", "West-Brabant", "west-brabant", []),
    ("AM26", "Midden-Brabant", "midden-brabant", []),
    ("AM27", "Noordoost-Brabant", "noordoost-brabant", []),
    ("AM28", "Zuidoost-Brabant", "zuidoost-brabant", []),
    ("AM29", "Noord-Limburg", "noord-limburg", []),
    ("AM30", "Zuid-Limburg", "zuid-limburg", []),
    ("AM32", "Helmond-De Peel", "helmond-de-peel", []),
    ("AM33", "Midden-Limburg", "midden-limburg", []),
    ("AM34", "Zuid-Holland Centraal", "zuid-holland-centraal", []),
    ("AM35", "Gorinchem", "gorinchem", ["Gorkum"]),
    ("AM36", "Regio Zwolle", "regio-zwolle", ["Zwolle"]),
    (
        "AM37",
        "Zuid-Kennemerland en IJmond",
        "zuid-kennemerland-en-ijmond",
        []
    ),
    ("AM38", "FoodValley", "foodvalley", ["Food Valley"]),
];

impl Region {
    /// Whether `name` is the official name or an accepted alias (case-insensitive).
    pub fn is_named(&self, name: &str) -> bool {
        let name = name.trim();
        let name = name.to_lowercase();
        self.name.to_lowercase() == name || self.aliases.iter().any(|a| a.to_lowercase() == name)
    }
}

/// Lower case, accents dropped, every run of other characters one `-`:
/// `Gooi en Vechtstreek` → `gooi-en-vechtstreek`, `Zaanstreek / Waterland`
/// → `zaanstreek-waterland`. Region folders and imported school ids use it.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A region by its CBS code; for codes from the built-in tables.
pub fn region_by_code(code: &str) -> &'static Region {
    REGIONS
        .iter()
        .find(|r| r.code == code)
        .expect("a code from the built-in tables")
}

pub fn region_by_slug(slug: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.slug == slug)
}

/// Finds a region by slug, code, official name or alias, ignoring case.
pub fn find_region(query: &str) -> Option<&'static Region> {
    let q = query.trim();
    let slug = slugify(q);
    REGIONS
        .iter()
        .find(|r| r.slug == slug || r.code.eq_ignore_ascii_case(q) || r.is_named(q))
}

/// The region a misspelt or clipped name most likely means, for "did you mean".
pub fn suggest(name: &str) -> Option<&'static Region> {
    let slugs = REGIONS.iter().map(|r| r.slug);
    let spellings = REGIONS
        .iter()
        .flat_map(|r| std::iter::once(r.name).chain(r.aliases.iter().copied()));
    crate::suggest::closest(&slugify(name), slugs)
        .or_else(|| crate::suggest::closest(name, spellings))
        .and_then(find_region)
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Theme {
    pub id: &'static str,
    pub title: &'static str,
}

/// The seven national ontwikkelthema's, in the order of the source document.
pub const THEMES: &[Theme] = &[
    Theme {
        id: "stageplaatsen",
        title: "Voldoende kwalitatieve stage- en uitstroomplaatsen",
    },
    Theme {
        id: "nazorg",
        title: "Passende nazorg met aandacht voor doorontwikkeling",
    },
    Theme {
        id: "standaardisatie-gemeenten",
        title: "Standaardisatie van de inzet van verschillende gemeenten in de regio",
    },
    Theme {
        id: "nieuwkomers",
        title: "Passende routes voor nieuwkomers",
    },
    Theme {
        id: "beschut-werk",
        title: "Voldoende plaatsen beschut werk of passende alternatieven",
    },
    Theme {
        id: "dagbesteding",
        title: "Doorontwikkeling na uitstroom dagbesteding",
    },
    Theme {
        id: "zelf-in-dienst",
        title: "Zelf schoolverlaters in dienst nemen",
    },
];

/// A theme by id; ids compare without regard to case or surrounding spaces,
/// so `Nazorg` in the data is `nazorg`.
pub fn theme(id: &str) -> Option<&'static Theme> {
    let id = id.trim();
    THEMES.iter().find(|t| t.id.eq_ignore_ascii_case(id))
}

/// The theme a misspelt id, or an official title (exact or close), most
/// likely means: `Passende nazorg ...` → `nazorg`.
pub fn suggest_theme(query: &str) -> Option<&'static Theme> {
    let q = query.trim().to_lowercase();
    if let Some(t) = find_theme(&q) {
        return Some(t);
    }
    // A title with a few letters wrong: within a tenth of its length.
    let by_title = THEMES
        .iter()
        .map(|t| (strsim::levenshtein(&q, &t.title.to_lowercase()), t))
        .filter(|(d, t)| *d <= t.title.len() / 10 + 1)
        .min_by_key(|(d, _)| *d)
        .map(|(_, t)| t);
    by_title.or_else(|| crate::suggest::closest(&q, THEMES.iter().map(|t| t.id)).and_then(theme))
}

/// A theme by id or official title, ignoring case: for arguments typed by people.
pub fn find_theme(query: &str) -> Option<&'static Theme> {
    let q = query.trim();
    THEMES
        .iter()
        .find(|t| t.id.eq_ignore_ascii_case(q) || t.title.to_lowercase() == q.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn thirty_five_regions_with_unique_codes_and_slugs() {
        assert_eq!(REGIONS.len(), 35);
        let codes: HashSet<_> = REGIONS.iter().map(|r| r.code).collect();
        let slugs: HashSet<_> = REGIONS.iter().map(|r| r.slug).collect();
        assert_eq!(codes.len(), 35);
        assert_eq!(slugs.len(), 35);
        for missing in ["AM04", "AM16", "AM31"] {
            assert!(!codes.contains(missing));
        }
    }

    #[test]
    fn slugs_follow_the_rule() {
        for r in REGIONS {
            assert_eq!(slugify(r.name), r.slug, "{}", r.name);
        }
        assert_eq!(slugify("Zaanstreek / Waterland"), "zaanstreek-waterland");
    }

    #[test]
    fn finds_by_any_spelling() {
        for q in [
            "gooi-en-vechtstreek",
            "Gooi en Vechtstreek",
            "GOOI EN VECHTSTREEK",
            "am12",
        ] {
            assert_eq!(find_region(q).unwrap().code, "AM12", "{q}");
        }
        assert_eq!(find_region("Food Valley").unwrap().code, "AM38");
        assert_eq!(find_region("Zwolle").unwrap().code, "AM36");
        assert_eq!(
            find_region("Stedendriehoek en Noordwest Veluwe")
                .unwrap()
                .code,
            "AM06"
        );
        assert!(find_region("Atlantis").is_none());
        assert_eq!(suggest("gooi").unwrap().code, "AM12");
        assert_eq!(suggest("Gorkum").unwrap().code, "AM35");
        assert_eq!(suggest("Rijnmnd").unwrap().code, "AM22");
        assert!(suggest("Atlantis").is_none());
    }

    #[test]
    fn seven_themes() {
        assert_eq!(THEMES.len(), 7);
    }
}
