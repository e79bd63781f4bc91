//! Who approves changes on a shared forge: a CODEOWNERS file (GitHub and
//! GitLab syntax) from each region's `owners` and the national team in
//! vsopro.toml. A domain rule of the data, used by `vsopro codeowners` and by
//! the check that it is current.

use super::{Dataset, REGIONS_DIR, Text};

/// Where forges look for the file, in the order GitHub does.
pub const CODEOWNERS_PATHS: [&str; 4] = [
    ".github/CODEOWNERS",
    "CODEOWNERS",
    "docs/CODEOWNERS",
    ".gitlab/CODEOWNERS",
];

/// The first line of a file vsopro wrote; only such a file is replaced.
pub const CODEOWNERS_MARK: &str = "# vsopro codeowners";

/// A forge user (`@naam`), team (`@organisatie/team`) or e-mail address.
pub fn is_owner(owner: &str) -> bool {
    let name = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    match owner.strip_prefix('@') {
        Some(rest) => match rest.split_once('/') {
            Some((org, team)) => name(org) && name(team),
            None => name(rest),
        },
        None => owner.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !owner.contains(char::is_whitespace)
        }),
    }
}

/// The CODEOWNERS text for the data, or `None` when nobody is named. Each
/// region's folder is owned by its owners and the national team; anything
/// else by the national team. Later lines win on both forges.
pub fn codeowners(data: &Dataset, header: &str) -> Option<String> {
    let valid = |list: &[Text]| -> Vec<String> {
        list.iter()
            .map(|o| o.get_ref().trim().to_string())
            .filter(|o| is_owner(o))
            .collect()
    };
    let national = valid(&data.settings.codeowners.national);
    let regions: Vec<(String, Vec<String>)> = data
        .regions
        .iter()
        .map(|r| {
            let owners = r.region_file().map_or_else(Vec::new, |f| valid(&f.owners));
            (format!("/{REGIONS_DIR}/{}/", r.info.slug), owners)
        })
        .filter(|(_, owners)| !owners.is_empty())
        .collect();
    if national.is_empty() && regions.is_empty() {
        return None;
    }
    let mut out = format!("{CODEOWNERS_MARK}\n# {header}\n\n");
    if !national.is_empty() {
        out.push_str(&format!("* {}\n", national.join(" ")));
    }
    for (path, owners) in regions {
        let mut all = owners;
        for n in &national {
            if !all.contains(n) {
                all.push(n.clone());
            }
        }
        out.push_str(&format!("{path} {}\n", all.join(" ")));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_are_users_teams_or_addresses() {
        for ok in [
            "@jjansen",
            "@netwerk-vsopro/landelijk",
            "j.jansen@school.nl",
            "@a_b.c",
        ] {
            assert!(is_owner(ok), "{ok}");
        }
        for bad in [
            "Jan Jansen",
            "@",
            "@org/",
            "jansen",
            "@jan jansen",
            "jan@school",
        ] {
            assert!(!is_owner(bad), "{bad}");
        }
    }
}
