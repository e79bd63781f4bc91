use super::{Ctx, s, subject};
use crate::diag::{Code, Diagnostic};
use crate::model::{EntityKind, FileKind, Status};
use crate::registry::{self, THEMES};
use crate::suggest;

/// `themes` lists are non-empty and name the seven ontwikkelthema's.
pub(super) fn theme_lists(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let all: Vec<&str> = THEMES.iter().map(|t| t.id).collect();
    for r in &cx.data.regions {
        for (kind, id, list) in r.theme_lists() {
            let file = r.path(kind.file());
            let owner = subject(kind.as_str(), id);
            if list.get_ref().is_empty() && !list.is_stand_in() {
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
                if theme.is_stand_in() || registry::theme(s(theme)).is_some() {
                    continue;
                }
                let mut help = registry::suggest_theme(s(theme))
                    .map(|t| format!("did you mean `{}` ({})? ", t.id, t.title))
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
pub(super) fn theme_coverage(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        if r.actions.value.is_none() {
            continue;
        }
        // An action whose status was misspelt still counts: no false alarm.
        let covered = |id: &str| {
            r.actions()
                .iter()
                .filter(|a| a.status != Status::Dropped || r.is_guessed(EntityKind::Action, &a.id))
                .any(|a| a.has_theme(id))
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
                r.path(FileKind::Actions),
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
