//! Each region's coordinator accounts on the hub beside `owners` in its
//! region.toml (what CODEOWNERS is made from): who may edit on the hub and
//! who approves on the forge should be the same people. Compared by e-mail
//! address; an owner named by a forge handle (`@naam`) cannot be matched to
//! an account, so a region named only by handles is said to be so.

use super::state::AccountRow;
use crate::model::Dataset;
use serde::Serialize;

/// Where a region's owners and its coordinator accounts differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Difference {
    pub region: String,
    pub name: String,
    /// Owners named by e-mail without a coordinator account for the region.
    pub without_account: Vec<String>,
    /// Coordinator accounts for the region that are not among its owners.
    pub not_owner: Vec<String>,
    /// The owners are forge handles only: nothing to compare by e-mail.
    pub handles_only: bool,
}

/// The regions where they differ, in the data's order (by slug).
pub(crate) fn differences(data: &Dataset, accounts: &[AccountRow]) -> Vec<Difference> {
    let mut out = Vec::new();
    for region in &data.regions {
        let slug = region.info.slug;
        let owners: Vec<String> = region
            .region_file()
            .map(|f| {
                f.owners
                    .iter()
                    .map(|o| o.get_ref().trim().to_lowercase())
                    .filter(|o| !o.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let emails: Vec<&String> = owners.iter().filter(|o| !o.starts_with('@')).collect();
        let coordinators: Vec<String> = accounts
            .iter()
            .filter(|a| a.role == "coordinator" && a.regions.iter().any(|r| r == slug))
            .map(|a| a.email.to_lowercase())
            .collect();
        let handles_only = emails.is_empty() && !owners.is_empty();
        let without_account: Vec<String> = emails
            .iter()
            .filter(|o| !coordinators.contains(o))
            .map(|o| o.to_string())
            .collect();
        let not_owner: Vec<String> = if handles_only {
            Vec::new()
        } else {
            coordinators
                .iter()
                .filter(|c| !owners.contains(c))
                .cloned()
                .collect()
        };
        let differs = !without_account.is_empty()
            || !not_owner.is_empty()
            || (handles_only && !coordinators.is_empty());
        if differs {
            out.push(Difference {
                region: slug.to_string(),
                name: region.info.name.to_string(),
                without_account,
                not_owner,
                handles_only,
            });
        }
    }
    out
}

impl Difference {
    /// The difference in one sentence, for the start and the page.
    pub(crate) fn describe(&self) -> String {
        use crate::i18n::t;
        let mut parts = Vec::new();
        if !self.without_account.is_empty() {
            parts.push(t!(
                "hub-owners-without-account",
                emails = self.without_account.join(", ")
            ));
        }
        if !self.not_owner.is_empty() {
            parts.push(t!(
                "hub-owners-not-owner",
                emails = self.not_owner.join(", ")
            ));
        }
        if self.handles_only {
            parts.push(t!("hub-owners-handles-only"));
        }
        t!(
            "hub-owners-differ",
            region = self.name.as_str(),
            what = parts.join("; ")
        )
    }
}
