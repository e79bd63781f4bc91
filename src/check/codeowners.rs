use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::FileKind;
use crate::model::codeowners::{codeowners, is_owner};

/// Owners are forge users, teams or e-mail addresses.
pub(super) fn owners(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let national = cx
        .data
        .settings
        .codeowners
        .national
        .iter()
        .map(|o| (crate::model::SETTINGS_FILE.to_string(), o));
    let regional = cx.data.regions.iter().flat_map(|r| {
        r.region_file()
            .map_or(&[][..], |f| &f.owners)
            .iter()
            .map(move |o| (r.path(FileKind::Region).to_string(), o))
    });
    for (file, owner) in national.chain(regional) {
        if owner.is_stand_in() || is_owner(s(owner).trim()) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::InvalidOwner,
                file,
                t!("invalid-owner", owner = s(owner)),
            )
            .at(owner.span(), t!("invalid-owner-label"))
            .help(t!("invalid-owner-help")),
        );
    }
}

/// A CODEOWNERS file says what the data says: its rules (comments aside)
/// are those `vsopro codeowners` would write.
pub(super) fn codeowners_current(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let (Some(path), Some(expected)) = (&cx.data.codeowners, codeowners(cx.data, "")) else {
        return;
    };
    let Some(file) = cx.data.sources.get(path) else {
        return;
    };
    let rules = |text: &str| -> Vec<String> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    if rules(&file.text) != rules(&expected) {
        out.push(
            Diagnostic::new(
                Code::StaleCodeowners,
                path,
                t!("stale-codeowners", path = path),
            )
            .help(t!("stale-codeowners-help")),
        );
    }
}
