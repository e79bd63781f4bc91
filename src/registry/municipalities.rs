//! The 342 municipalities of 2025 and the arbeidsmarktregio each belongs
//! to (CBS, CC BY 4.0; assets/cbs/README.md gives the source). Built into
//! the binary: a region's municipalities need not be typed, and DUO's files,
//! which name municipalities in capitals without CBS's suffix (`HENGELO` for
//! `Hengelo (O.)`), are matched on the municipality code.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../assets/cbs/gemeente_arbeidsmarktregio_2025.csv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// CBS code without `GM`, as DUO's GEMEENTENUMMER: `0402`.
    pub code: String,
    /// CBS name: `Hilversum`, `Hengelo (O.)`.
    pub name: String,
    /// The arbeidsmarktregio's CBS code: `AM12`.
    pub region: &'static str,
}

impl Municipality {
    /// The name as people write it: `Hengelo` for `Hengelo (O.)`.
    pub fn short_name(&self) -> &str {
        match self.name.split_once(" (") {
            Some((short, _)) => short,
            None => &self.name,
        }
    }
}

/// Every municipality, in the table's order (by code).
pub fn municipalities() -> &'static [Municipality] {
    static ALL: OnceLock<Vec<Municipality>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(TABLE.as_bytes());
        reader
            .records()
            .map(|r| {
                let r = r.expect("the built-in table is valid CSV");
                let region = super::REGIONS
                    .iter()
                    .find(|x| x.code == &r[2])
                    .expect("every region of the table is official")
                    .code;
                Municipality {
                    code: r[0].trim_start_matches("GM").to_string(),
                    name: r[1].to_string(),
                    region,
                }
            })
            .collect()
    })
}

/// By DUO's GEMEENTENUMMER or CBS's code (`0402`, `402`, `GM0402`).
pub fn by_code(code: &str) -> Option<&'static Municipality> {
    let digits = code.trim().trim_start_matches("GM");
    let n: u32 = digits.parse().ok()?;
    municipalities()
        .iter()
        .find(|m| m.code.parse::<u32>().ok() == Some(n))
}

/// The municipalities of one region (by CBS code).
pub fn of_region(code: &str) -> Vec<&'static Municipality> {
    municipalities()
        .iter()
        .filter(|m| m.region == code)
        .collect()
}

/// A municipality by name as people and DUO write it: the CBS name or the
/// name without its suffix, in any case and with or without punctuation
/// (`'s-Gravenhage`, `S GRAVENHAGE`). Where a short name is ambiguous
/// (`Bergen`), the one in `prefer` (a region code) wins, else none.
pub fn by_name(name: &str, prefer: Option<&str>) -> Option<&'static Municipality> {
    let key = letters(name);
    if key.is_empty() {
        return None;
    }
    let index = by_letters();
    if let Some(m) = index.full.get(&key) {
        return Some(m);
    }
    match index.short.get(&key).map_or(&[][..], Vec::as_slice) {
        [one] => Some(one),
        many => many.iter().copied().find(|m| Some(m.region) == prefer),
    }
}

/// The municipalities by the letters of their CBS name and of their short
/// name, made once: every school's municipality is looked up, and making
/// the 342 keys at each lookup was a tenth of `check`.
struct ByLetters {
    /// The first (by code) with each full name.
    full: std::collections::HashMap<String, &'static Municipality>,
    /// Every one with each short name, by code.
    short: std::collections::HashMap<String, Vec<&'static Municipality>>,
}

fn by_letters() -> &'static ByLetters {
    static INDEX: OnceLock<ByLetters> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = ByLetters {
            full: Default::default(),
            short: Default::default(),
        };
        for m in municipalities() {
            index.full.entry(letters(&m.name)).or_insert(m);
            index
                .short
                .entry(letters(m.short_name()))
                .or_default()
                .push(m);
        }
        index
    })
}

/// Lower-case letters and digits only.
fn letters(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn three_hundred_forty_two_municipalities_in_the_35_regions() {
        let all = municipalities();
        assert_eq!(all.len(), 342);
        let codes: HashSet<&str> = all.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes.len(), 342, "each municipality once, so in one region");
        let regions: HashSet<&str> = all.iter().map(|m| m.region).collect();
        assert_eq!(regions.len(), 35);
        for r in super::super::REGIONS {
            assert!(
                !of_region(r.code).is_empty(),
                "{} has municipalities",
                r.code
            );
        }
    }

    #[test]
    fn found_by_code_and_by_name_as_duo_writes_it() {
        assert_eq!(by_code("0402").unwrap().name, "Hilversum");
        assert_eq!(by_code("GM0402").unwrap().region, "AM12");
        assert_eq!(by_code("164").unwrap().name, "Hengelo (O.)");
        assert_eq!(by_name("HENGELO", None).unwrap().code, "0164");
        assert_eq!(by_name("S GRAVENHAGE", None).unwrap().name, "'s-Gravenhage");
        assert_eq!(by_name("Gouda", None).unwrap().region, "AM20");
        assert_eq!(
            by_name("Nuenen, Gerwen en Nederwetten", None)
                .unwrap()
                .region,
            "AM28"
        );
        // Two Bergens: only a region decides.
        assert!(by_name("Bergen", None).is_none());
        assert_eq!(by_name("BERGEN", Some("AM29")).unwrap().code, "0893");
        assert_eq!(by_name("Bergen (NH.)", None).unwrap().region, "AM15");
        assert!(by_name("Atlantis", None).is_none());
    }
}
