use super::{Ctx, s, subject};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{EntityKind, FileKind, Status};
use crate::registry::{self, THEMES};
use crate::suggest;

/// `themes` lists are non-empty and name the seven ontwikkelthema's.
pub(super) fn theme_lists(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let all: Vec<&str> = THEMES.iter().map(|t| t.id).collect();
    for r in &cx.data.regions {
        for (kind, id, list) in r.theme_lists() {
            let file = r.path(kind.file());
            let owner = subject(kind, id);
            if list.get_ref().is_empty() && !list.is_stand_in() {
                out.push(
                    Diagnostic::new(
                        Code::EmptyThemes,
                        file,
                        t!("empty-themes", what = owner.to_string()),
                    )
                    .at(list.span(), t!("empty-themes-label"))
                    .help(t!("empty-themes-help", themes = suggest::one_of(&all))),
                );
            }
            for theme in list.get_ref() {
                if theme.is_stand_in() || registry::theme(s(theme)).is_some() {
                    continue;
                }
                let mut help = registry::suggest_theme(s(theme))
                    .map(|t| t!("unknown-theme-guess", id = t.id, title = t.title) + " ")
                    .unwrap_or_default();
                help.push_str(&t!("unknown-theme-all", themes = suggest::one_of(&all)));
                out.push(
                    Diagnostic::new(
                        Code::UnknownTheme,
                        file,
                        t!("unknown-theme", what = owner.to_string(), theme = s(theme)),
                    )
                    .at(theme.span(), t!("unknown-theme-label"))
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
                t!(
                    "uncovered-theme",
                    count = open.len(),
                    region = r.info.name,
                    themes = open.join(", ")
                ),
            )
            .help(t!("uncovered-theme-help")),
        );
    }
}
