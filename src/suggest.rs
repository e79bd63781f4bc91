//! "Did you mean": the closest candidate by edit distance, if it is close enough
//! to be a plausible typo.

pub(crate) fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    // Short words allow one typo, longer ones one per four letters.
    let limit = (word.chars().count() / 4).max(1);
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    let near = candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c);
    // A clipped word ("stages" for "stageplaatsen") is a typo too.
    near.or_else(|| {
        let stem: String = lower.chars().take(5).collect();
        let mut starts = candidates
            .iter()
            .filter(|c| stem.chars().count() >= 4 && c.to_lowercase().starts_with(&stem));
        match (starts.next(), starts.next()) {
            (Some(only), None) => Some(*only),
            _ => None,
        }
    })
}

/// Names (of municipalities, regions) are the same regardless of case; texts
/// are in Unicode NFC from loading on, so `ö` matches however it was typed.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    a == b || a.to_lowercase() == b.to_lowercase()
}

/// `did you mean `x`?` or nothing.
pub(crate) fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    closest(word, candidates).map(|c| crate::i18n::t!("did-you-mean", word = c))
}

/// `a`, `b` or `c`
pub(crate) fn one_of(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
    or_list(&quoted)
}

/// a, b or c (the items as they are)
pub(crate) fn or_list(items: &[&str]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].to_string(),
        n => crate::i18n::t!(
            "one-of",
            first = items[..n - 1].join(", "),
            last = items[n - 1]
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        let c = ["stageplaatsen", "nazorg", "nieuwkomers"];
        assert_eq!(closest("stageplaatsn", c), Some("stageplaatsen"));
        assert_eq!(closest("nazrog", c), Some("nazorg"));
        assert_eq!(closest("zwembad", c), None);
        assert_eq!(closest("stages", c), Some("stageplaatsen"));
        assert_eq!(closest("nie", c), None);
    }

    #[test]
    fn lists() {
        assert_eq!(one_of(&["a"]), "`a`");
        // Unit tests run in the default language, Dutch.
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` of `c`");
    }
}
