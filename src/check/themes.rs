use super::{Ctx, Owner, owner, s};
use crate::diag::{Code, Diagnostic};
use crate::load::RegionData;
use crate::model::{Spanned, Status, Text};
use crate::registry::{self, THEMES};
use crate::suggest;

/// Every `themes` list in a region: (file, owner description, list).
fn theme_lists(r: &RegionData) -> Vec<(&str, Owner<'_>, &Spanned<Vec<Text>>)> {
    let mut lists = Vec::new();
    if let Some(f) = &r.overlegtafels.value {
        for t in &f.overlegtafels {
            lists.extend(t.themes.as_ref().map(|l| {
                (
                    r.overlegtafels.path.as_str(),
                    owner("overlegtafel", &t.id),
                    l,
                )
            }));
        }
        for (kind, items) in [
            ("plan", &f.plans),
            ("project", &f.projects),
            ("development", &f.developments),
        ] {
            for i in items {
                lists.extend(
                    i.themes
                        .as_ref()
                        .map(|l| (r.overlegtafels.path.as_str(), owner(kind, &i.id), l)),
                );
            }
        }
    }
    if let Some(f) = &r.actions.value {
        for k in &f.knelpunten {
            lists.extend(
                k.themes
                    .as_ref()
                    .map(|l| (r.actions.path.as_str(), owner("knelpunt", &k.id), l)),
            );
        }
        for a in &f.actions {
            lists.push((r.actions.path.as_str(), owner("action", &a.id), &a.themes));
        }
    }
    if let Some(f) = &r.jaarplan.value {
        for g in &f.goals {
            lists.extend(
                g.themes
                    .as_ref()
                    .map(|l| (r.jaarplan.path.as_str(), owner("goal", &g.id), l)),
            );
        }
    }
    lists
}

/// `themes` lists are non-empty and name the seven ontwikkelthema's.
pub fn lists(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let all: Vec<&str> = THEMES.iter().map(|t| t.id).collect();
    for r in &cx.data.regions {
        for (file, owner, list) in theme_lists(r) {
            if list.get_ref().is_empty() {
                out.push(
                    Diagnostic::new(
                        Code::EmptyThemes,
                        file,
                        format!("{owner} has an empty `themes` list"),
                    )
                    .at(list.span(), "no themes")
                    .help(format!("name at least one of {}", suggest::one_of(&all))),
                );
            }
            for theme in list.get_ref() {
                if registry::theme(s(theme)).is_some() {
                    continue;
                }
                let mut help = suggest::did_you_mean(s(theme), all.iter().copied())
                    .map(|d| format!("{d} "))
                    .unwrap_or_default();
                help.push_str(&format!("the themes are {}", suggest::one_of(&all)));
                out.push(
                    Diagnostic::new(
                        Code::UnknownTheme,
                        file,
                        format!("{owner}: `{}` is not an ontwikkelthema", s(theme)),
                    )
                    .at(theme.span(), "unknown theme")
                    .help(help),
                );
            }
        }
    }
}

/// Themes that no (non-dropped) action of the region addresses.
pub fn coverage(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(f) = &r.actions.value else { continue };
        let covered = |id: &str| {
            f.actions
                .iter()
                .filter(|a| a.status != Status::Dropped)
                .any(|a| a.themes.get_ref().iter().any(|t| s(t) == id))
        };
        let open: Vec<&str> = THEMES
            .iter()
            .map(|t| t.id)
            .filter(|id| !covered(id))
            .collect();
        if open.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::UncoveredTheme,
                &r.actions.path,
                format!(
                    "{} of the 7 ontwikkelthema's have no action in {}: {}",
                    open.len(),
                    r.info.name,
                    open.join(", ")
                ),
            )
            .help("plan an action for them, or record in the foto why they do not apply to this region"),
        );
    }
}
