//! Changes of the hub kept on a conflict branch after the forge changed
//! the same record (see `remote`): shown on their region's page to those
//! who may edit it, and applied again with one button through the one
//! write path, by the person who pressed it.

use super::{Hub, Request};
use crate::i18n::t;
use crate::usecases::sync::{cmd, ok, out};
use crate::web::Route;
use crate::web::access::Person;
use crate::web::{Reply, redirect, refused};
use axum::http::Method;
use std::sync::Arc;

/// A kept change applied again by someone who may edit its region: one
/// commit by them, said on the region's page.
pub(super) async fn apply_kept(hub: &Arc<Hub>, r: &Request, person: &Person, csrf: &str) -> Reply {
    if r.method != Method::POST {
        return refused(405, t!("serve-refused-method"));
    }
    let pairs = r.form().0;
    let field = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    if !crate::web::server::token_matches(&field("csrf"), csrf) {
        return refused(403, t!("serve-refused-csrf"));
    }
    let Some(region) = crate::registry::find_region(&field("region")) else {
        return refused(404, t!("serve-not-found"));
    };
    if !person.edits(region) {
        return refused(403, t!("hub-forbidden"));
    }
    let commit = field("commit");
    if commit.len() != 40 || !commit.chars().all(|c| c.is_ascii_hexdigit()) {
        return refused(400, t!("serve-bad-form"));
    }
    let author = crate::git::Author {
        name: person.name.clone(),
        email: person.email.clone(),
    };
    let root = hub.root.clone();
    let today = hub.clock.today();
    let done =
        tokio::task::spawn_blocking(move || apply_again(&root, region, &commit, &author, today))
            .await
            .unwrap_or_else(|_| Err(t!("hub-failed")));
    let said = match &done {
        Ok(hash) => {
            let _ = hub.state().audit(
                Some((person.id, &person.email)),
                "edit",
                Some(region.slug),
                Some("kept-applied"),
                Some(hash),
            );
            if let Some(remote) = &hub.remote {
                remote.poke();
            }
            t!("hub-kept-applied")
        }
        Err(why) => why.clone(),
    };
    if let Some((_, session, _)) = hub.signed_in(r) {
        hub.flashes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(session, said);
    }
    redirect(&format!("/{}#bewaard", Route::Region(region).href()))
}

pub(crate) use crate::web::Kept;

/// The kept changes that touch a region, oldest first. Costs one git
/// process where there are no conflict branches.
pub(crate) fn kept_for(root: &std::path::Path, slug: &str) -> Vec<Kept> {
    let branches = out(
        root,
        &[
            "for-each-ref",
            "--format=%(refname:short)",
            "refs/heads/vsopro/conflict/",
        ],
    )
    .unwrap_or_default();
    let folder = format!("{}/{slug}", crate::model::REGIONS_DIR);
    let mut kept = Vec::new();
    for branch in branches.lines().filter(|b| !b.is_empty()) {
        let commits = out(
            root,
            &[
                "rev-list",
                "--reverse",
                &format!("HEAD..{branch}"),
                "--",
                &folder,
            ],
        )
        .unwrap_or_default();
        for commit in commits.lines().filter(|c| !c.is_empty()) {
            let meta = out(
                root,
                &[
                    "show",
                    "-s",
                    "--format=%an%x09%ad%x09%s",
                    "--date=format:%Y-%m-%d %H:%M",
                    commit,
                ],
            )
            .unwrap_or_default();
            let mut parts = meta.splitn(3, '\t');
            let (author, date, subject) = (
                parts.next().unwrap_or_default().to_string(),
                parts.next().unwrap_or_default().to_string(),
                parts.next().unwrap_or_default().to_string(),
            );
            let diff: String = out(root, &["show", "--format=", commit, "--", &folder])
                .unwrap_or_default()
                .chars()
                .take(4000)
                .collect();
            if !kept.iter().any(|k: &Kept| k.commit == commit) {
                kept.push(Kept {
                    commit: commit.to_string(),
                    author,
                    date,
                    subject,
                    diff,
                });
            }
        }
    }
    kept
}

/// A file's bytes in a commit (`rev:path`, the path from the root), as
/// they are; `None` where the commit does not have it.
fn blob(root: &std::path::Path, spec: &str) -> Option<Vec<u8>> {
    let mut c = cmd(root);
    c.args(["cat-file", "blob", spec]);
    let out = crate::git::run(c).ok()?;
    out.status.success().then_some(out.stdout)
}

/// Applies a kept change again on top of the data as it is now, by
/// `author`, through the one write path (the region's lock, the check,
/// the atomic write, the commit): where it touches the same lines as the
/// other change, the kept version wins (that is what the button asks). The
/// branch goes when nothing of it is left to apply. The new commit's hash,
/// or why not.
pub(crate) fn apply_again(
    root: &std::path::Path,
    region: &'static crate::registry::Region,
    commit: &str,
    author: &crate::git::Author,
    today: chrono::NaiveDate,
) -> Result<String, String> {
    use crate::edit::{Edit, Expect, KeptFile, Refusal, Saved, Writer};
    let folder = format!("{}/{}", crate::model::REGIONS_DIR, region.slug);
    // Only a commit a conflict branch holds, and only its files of this
    // region.
    let holders = out(
        root,
        &[
            "for-each-ref",
            "--format=%(refname:short)",
            "--contains",
            commit,
            "refs/heads/vsopro/conflict/",
        ],
    )
    .unwrap_or_default();
    let paths = out(
        root,
        &[
            "diff-tree",
            "--no-commit-id",
            "--name-only",
            "--relative",
            "-r",
            commit,
            "--",
            &folder,
        ],
    )
    .unwrap_or_default();
    let files: Vec<KeptFile> = paths
        .lines()
        .filter_map(|path| {
            let name = path.rsplit('/').next()?;
            let kind = crate::model::FileKind::REGION
                .into_iter()
                .find(|k| k.file_name() == name)?;
            Some(KeptFile {
                kind,
                before: blob(root, &format!("{commit}^:./{path}")),
                after: blob(root, &format!("{commit}:./{path}"))?,
            })
        })
        .collect();
    if holders.trim().is_empty() || files.is_empty() {
        return Err(crate::i18n::t!("serve-not-found"));
    }
    let subject = out(root, &["show", "-s", "--format=%s", commit]).unwrap_or_default();
    let edit = Edit::Reapply { subject, files };
    let writer = Writer::open_region(root, true, region)
        .map_err(|e| e.describe().1)?
        .by(Some(author.clone()));
    let hash = match writer.apply(region, &edit, &Expect::Current, today) {
        Ok(outcome) => match outcome.saved {
            Saved::Committed(hash) => hash,
            _ => return Err(crate::i18n::t!("hub-kept-failed")),
        },
        Err(Refusal::Invalid { problems, .. }) => {
            return Err(crate::i18n::t!("hub-kept-errors", count = problems.len()));
        }
        Err(_) => return Err(crate::i18n::t!("hub-kept-failed")),
    };
    drop(writer);
    // A branch whose every commit is now applied again has done its work.
    for branch in holders.lines().filter(|b| !b.is_empty()) {
        let left = out(root, &["rev-list", &format!("HEAD..{branch}")]).unwrap_or_default();
        if left.lines().all(|c| c == commit) {
            let _ = ok(root, &["branch", "-D", branch]);
        }
    }
    Ok(hash)
}
