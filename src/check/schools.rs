use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{EntityKind, FileKind, Kind};

/// `profiles` and `cluster` only exist for vso.
pub(super) fn vso_only_fields(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for school in r.schools() {
            // A misspelt kind was read as a stand-in: no verdict on it.
            if school.kind != Kind::Pro || r.is_guessed(EntityKind::School, &school.id) {
                continue;
            }
            let fields = [
                ("profiles", school.profiles.as_ref().map(|p| p.span())),
                ("cluster", school.cluster.as_ref().map(|c| c.span())),
            ];
            for (key, span) in fields {
                let Some(span) = span else { continue };
                out.push(
                    Diagnostic::new(
                        Code::VsoOnlyField,
                        r.path(FileKind::Schools),
                        t!("vso-only-field", key = key, id = s(&school.id)),
                    )
                    .at(span, t!("vso-only-field-label"))
                    .help(t!("vso-only-field-help", key = key)),
                );
            }
        }
    }
}

/// VSO clusters are 1 to 4 (cluster 3 includes zml).
pub(super) fn clusters(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for school in r.schools() {
            let Some(c) = &school.cluster else { continue };
            if !c.is_stand_in() && !(1..=4).contains(c.get_ref()) {
                out.push(
                    Diagnostic::new(
                        Code::InvalidCluster,
                        r.path(FileKind::Schools),
                        t!(
                            "invalid-cluster",
                            cluster = c.get_ref().to_string(),
                            id = s(&school.id)
                        ),
                    )
                    .at(c.span(), t!("invalid-cluster-label"))
                    .help(t!("invalid-cluster-help")),
                );
            }
        }
    }
}

/// BRIN: 2 digits and 2 capital letters, optionally 2 digits for a location.
pub(super) fn brin(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for school in r.schools() {
            let Some(b) = &school.brin else { continue };
            if b.is_stand_in() || is_brin(s(b)) {
                continue;
            }
            let upper = s(b).trim().to_uppercase();
            let help = if is_brin(&upper) {
                t!("invalid-brin-upper", brin = upper)
            } else {
                t!("invalid-brin-help")
            };
            out.push(
                Diagnostic::new(
                    Code::InvalidBrin,
                    r.path(FileKind::Schools),
                    t!("invalid-brin", brin = s(b), id = s(&school.id)),
                )
                .at(b.span(), t!("invalid-brin-label"))
                .help(help),
            );
        }
    }
}

pub(super) fn is_brin(b: &str) -> bool {
    let bytes = b.as_bytes();
    let core = bytes.len() >= 4
        && bytes[..2].iter().all(u8::is_ascii_digit)
        && bytes[2..4].iter().all(u8::is_ascii_uppercase);
    match bytes.len() {
        4 => core,
        6 => core && bytes[4..].iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// Pupils are never negative.
pub(super) fn student_counts(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for school in r.schools() {
            let Some(n) = &school.students else { continue };
            if *n.get_ref() >= 0 {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Code::NegativeCount,
                    r.path(FileKind::Schools),
                    t!("negative-count", id = s(&school.id)),
                )
                .at(n.span(), t!("negative-count-label"))
                .help(t!("negative-count-help")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_brin;

    #[test]
    fn brin_shapes() {
        for ok in ["18BR", "18BR00", "00AA"] {
            assert!(is_brin(ok), "{ok}");
        }
        for bad in ["18br", "1BR0", "18B", "18BR0", "18BR0A", "ABCD", "18BRR"] {
            assert!(!is_brin(bad), "{bad}");
        }
    }
}
