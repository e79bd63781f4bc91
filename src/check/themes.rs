use super::{Ctx, s, subject};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{EntityKind, FileKind, Status};
use crate::registry::{self, THEMES};
use crate::suggest;

/// `themes` lists are non-empty and name the seven ontwikkelthema's.
pub(super) fn theme_lists(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let all: Vec<&str> = THEMES.iter().map(|t| t.id).collect();
    for r in cx.regions() {
        // The jaarplan's [[theme]] choices name themes too.
        for choice in r.jaarplan().map_or(&[][..], |p| &p.themes) {
            let theme = &choice.id;
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
                    r.path(FileKind::Jaarplan),
                    t!("unknown-theme-choice", theme = s(theme)),
                )
                .at(theme.span(), t!("unknown-theme-label"))
                .help(help),
            );
        }
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
            for theme in list.get_ref().iter() {
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
    for r in cx.regions() {
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
        // A theme the jaarplan leaves for this year, with its reason, is a
        // choice, not a gap.
        let declined = |id: &str| r.jaarplan().and_then(|p| p.declined(id)).is_some();
        let open: Vec<&str> = THEMES
            .iter()
            .map(|t| t.id)
            .filter(|id| !covered(id) && !declined(id))
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
