//! The words that mean the same to a coordinator, for the search of the
//! good practices: built in (`synonyms.toml`), like the themes they belong
//! to, and used alike by `vsopro voorbeelden` and the site's search.

use serde::Deserialize;

/// One group of words and phrases that mean the same, and the theme they
/// belong to.
#[derive(Debug, Clone, Deserialize)]
pub struct Group {
    pub theme: Option<String>,
    pub words: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    group: Vec<Group>,
}

/// Every group, read once from the list built into the binary.
pub fn groups() -> &'static [Group] {
    static GROUPS: std::sync::OnceLock<Vec<Group>> = std::sync::OnceLock::new();
    GROUPS.get_or_init(|| {
        toml::from_str::<File>(include_str!("synonyms.toml"))
            .expect("the built-in synonyms are valid")
            .group
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_group_names_a_theme_of_the_seven_and_has_words() {
        for g in super::groups() {
            assert!(!g.words.is_empty());
            if let Some(t) = &g.theme {
                assert!(super::super::theme(t).is_some(), "{t}");
            }
        }
    }
}
