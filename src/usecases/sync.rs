//! `vsopro sync`: a coordinator's own clone in step with the national
//! repository, for someone who does not speak git. Under the data's lock:
//! the data files changed by hand are committed, the remote is fetched,
//! the local commits are replayed on top of it (rebase), the result is
//! checked, and it is pushed. Each step is said in Dutch.
//!
//! Nothing is lost and nothing is left half-done:
//! - anything unusual (no remote, a detached HEAD, someone's own rebase or
//!   merge in progress, staged changes, changes outside the data) is
//!   refused before anything changes;
//! - no connection, or a result with errors in the regions changed here:
//!   the clone is put back exactly as it was (the hand changes uncommitted
//!   in the work tree again);
//! - a conflict (someone changed the same lines): the rebase is aborted,
//!   the local commits are kept on a branch `vsopro/conflict/<date>-<hash>`
//!   and the clone follows the remote; the person is told how to apply
//!   their change again. Never a conflict marker in a file, never a forced
//!   push.

use crate::error::Error;
use crate::git::{checked, git, run};
use crate::i18n::t;
use crate::lock::DataLock;
use crate::model::{REGIONS_DIR, SETTINGS_FILE};
use crate::render::{Block, Column, Render, Table};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::Path;
use std::process::Command;

/// The data's paths, relative to the data root.
const DATA: [&str; 2] = [REGIONS_DIR, SETTINGS_FILE];
/// How often a push refused because the remote moved meanwhile is tried
/// again (fetch, rebase, check, push).
const ROUNDS: usize = 3;

/// What `sync` did, step by step.
#[derive(Debug, Clone, Serialize)]
pub struct SyncReport {
    /// `synced` (and pushed), `up-to-date`, `conflict`.
    pub outcome: &'static str,
    pub remote: String,
    pub branch: String,
    /// The hand changes' commit (short hash).
    pub committed: Option<String>,
    /// Commits that came from the remote, and that went to it.
    pub received: usize,
    pub sent: usize,
    /// Where the local commits are kept after a conflict.
    pub conflict_branch: Option<String>,
    /// Each step as said to the person.
    pub steps: Vec<String>,
}

/// A refusal before anything changed.
fn refused(reason: String, help: String) -> Error {
    Error::SyncRefused { reason, help }
}

/// A failure after which the clone is as it was (or, for a conflict, as
/// said).
fn failed(reason: String, help: String) -> Error {
    Error::SyncFailed { reason, help }
}

/// git, never asking for a password on a terminal (credentials come from
/// git's own helpers), never opening an editor.
pub(crate) fn cmd(root: &Path) -> Command {
    let mut c = git(root);
    c.env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_EDITOR", "true")
        .env("GIT_SEQUENCE_EDITOR", "true");
    c
}

pub(crate) fn out(root: &Path, args: &[&str]) -> Result<String, Error> {
    let mut c = cmd(root);
    c.args(args);
    Ok(String::from_utf8_lossy(&checked(c)?.stdout)
        .trim()
        .to_string())
}

/// Whether a git command succeeds (its output unused).
pub(crate) fn ok(root: &Path, args: &[&str]) -> Result<bool, Error> {
    let mut c = cmd(root);
    c.args(args);
    Ok(run(c)?.status.success())
}

/// The last line git wrote to stderr, for a message.
pub(crate) fn said(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// What a remote brought that vsopro does not take in: the path (its
/// control characters shown escaped), the commit that brought it, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Held {
    pub path: String,
    pub commit: String,
    pub why: String,
}

/// Why a path from a remote may not enter the work tree, if it may not:
/// a component `.`, `..` or `.git`, an empty one, a control character, or
/// git's own attributes or modules file (they change how git reads files).
fn bad_path(path: &[u8]) -> Option<String> {
    let parts: Vec<&[u8]> = path.split(|b| *b == b'/').collect();
    let odd = parts.iter().any(|p| {
        p.is_empty()
            || *p == b"."
            || *p == b".."
            || p.eq_ignore_ascii_case(b".git")
            || p.iter().any(|b| *b < 0x20 || *b == 0x7f)
    });
    if odd {
        return Some(t!("held-bad-path"));
    }
    let name = parts.last().copied().unwrap_or_default();
    (name.eq_ignore_ascii_case(b".gitattributes") || name.eq_ignore_ascii_case(b".gitmodules"))
        .then(|| t!("held-attributes"))
}

/// The remote's changes from `base` to `theirs`, as they would enter the
/// work tree: the first that vsopro refuses — a symbolic link, a
/// submodule, a file over the size limit, a path it will not write —
/// else `None`. Read from git's objects; nothing is checked out.
pub(crate) fn held_back(root: &Path, base: &str, theirs: &str) -> Result<Option<Held>, Error> {
    let mut c = cmd(root);
    c.args(["diff-tree", "-r", "-z", "--no-renames", base, theirs]);
    let raw = crate::git::checked(c)?.stdout;
    // `:OLDMODE NEWMODE OLDSHA NEWSHA STATUS\0PATH\0`, one per change.
    let mut fields = raw.split(|b| *b == 0);
    let mut blobs: Vec<(Vec<u8>, String)> = Vec::new();
    let mut found: Option<(Vec<u8>, String)> = None;
    while let Some(meta) = fields.next() {
        if meta.is_empty() {
            continue;
        }
        let Some(path) = fields.next() else {
            break;
        };
        let meta = String::from_utf8_lossy(meta);
        let m: Vec<&str> = meta.trim_start_matches(':').split(' ').collect();
        if m.len() < 5 || m[4].starts_with('D') {
            continue;
        }
        let why = match m[1] {
            "120000" => Some(t!("held-symlink")),
            "160000" => Some(t!("held-submodule")),
            _ => bad_path(path),
        };
        if let Some(why) = why {
            found = Some((path.to_vec(), why));
            break;
        }
        blobs.push((path.to_vec(), m[3].to_string()));
    }
    if found.is_none() && !blobs.is_empty() {
        // Every blob's size in one process.
        let mut c = cmd(root);
        c.args(["cat-file", "--batch-check=%(objectsize)"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped());
        let mut child = c.spawn().map_err(|e| Error::GitFailed(e.to_string()))?;
        let input: String = blobs.iter().map(|(_, sha)| format!("{sha}\n")).collect();
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            let _ = stdin.write_all(input.as_bytes());
        }
        let output = child
            .wait_with_output()
            .map_err(|e| Error::GitFailed(e.to_string()))?;
        let sizes = String::from_utf8_lossy(&output.stdout);
        let max = crate::load::MAX_FILE_BYTES;
        found = blobs
            .iter()
            .zip(sizes.lines())
            .find_map(|((path, _), size)| {
                let size: u64 = size.trim().parse().ok()?;
                (size > max).then(|| (path.clone(), t!("held-too-large", bytes = size, max = max)))
            });
    }
    let Some((path, why)) = found else {
        return Ok(None);
    };
    let shown = String::from_utf8_lossy(&path).escape_debug().to_string();
    // The commit that brought it; its path as git has it, bytes and all.
    let mut c = cmd(root);
    c.args(["log", "-1", "--format=%h", theirs, "--"]);
    #[cfg(unix)]
    c.arg(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&path));
    #[cfg(not(unix))]
    c.arg(String::from_utf8_lossy(&path).as_ref());
    let commit = crate::git::run(c)
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| theirs.chars().take(7).collect());
    Ok(Some(Held {
        path: shown,
        commit,
        why,
    }))
}

/// Whether a failed fetch failed because the forge's repository does not
/// have the branch yet (a new, empty repository).
pub(crate) fn remote_is_empty(fetched: &std::process::Output) -> bool {
    String::from_utf8_lossy(&fetched.stderr).contains("couldn't find remote ref")
}

/// The branch and where it is shared: (branch, remote, remote branch).
fn upstream(root: &Path) -> Result<(String, String, String), Error> {
    let branch = out(root, &["symbolic-ref", "--quiet", "--short", "HEAD"])
        .map_err(|_| refused(t!("sync-detached"), t!("sync-detached-help")))?;
    if let Ok(up) = out(
        root,
        &["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"],
    ) && let Some((remote, on)) = up.split_once('/')
    {
        return Ok((branch, remote.to_string(), on.to_string()));
    }
    // No upstream set: the only remote, under the same branch name.
    let remotes = out(root, &["remote"])?;
    let remotes: Vec<&str> = remotes.lines().collect();
    match remotes.as_slice() {
        [one] => Ok((branch.clone(), one.to_string(), branch)),
        _ => Err(refused(t!("sync-no-remote"), t!("sync-no-remote-help"))),
    }
}

/// Refuses what sync must not touch: someone's rebase or merge, staged
/// changes, changes outside the data.
fn preconditions(root: &Path) -> Result<(), Error> {
    let unborn = !ok(root, &["rev-parse", "--verify", "-q", "HEAD"])?;
    for state in [
        "rebase-merge",
        "rebase-apply",
        "MERGE_HEAD",
        "CHERRY_PICK_HEAD",
        "REVERT_HEAD",
        "BISECT_LOG",
    ] {
        let path = out(root, &["rev-parse", "--git-path", state])?;
        let path = if Path::new(&path).is_absolute() {
            std::path::PathBuf::from(path)
        } else {
            root.join(path)
        };
        if path.exists() {
            return Err(refused(t!("sync-in-progress"), t!("sync-in-progress-help")));
        }
    }
    if !ok(root, &["diff", "--cached", "--quiet"])? {
        return Err(refused(t!("sync-staged"), t!("sync-staged-help")));
    }
    let prefix = out(root, &["rev-parse", "--show-prefix"])?;
    let mut args = vec![
        "diff".to_string(),
        "--quiet".into(),
        "HEAD".into(),
        "--".into(),
        ":(top)".into(),
    ];
    args.extend(DATA.iter().map(|p| format!(":(top,exclude){prefix}{p}")));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if !unborn && !ok(root, &args)? {
        return Err(refused(t!("sync-outside"), t!("sync-outside-help")));
    }
    Ok(())
}

/// The data files changed by hand (relative to the root).
fn changed(root: &Path) -> Result<Vec<String>, Error> {
    let mut c = cmd(root);
    c.args(["status", "--porcelain", "--untracked-files=all", "--"])
        .args(DATA);
    // Not trimmed: each line starts with its two status columns. Paths
    // are from the repository's top; the data may lie below it.
    let text = String::from_utf8_lossy(&checked(c)?.stdout).into_owned();
    let prefix = out(root, &["rev-parse", "--show-prefix"])?;
    Ok(text
        .lines()
        .filter_map(|l| l.get(3..))
        .map(|p| p.rsplit(" -> ").next().unwrap_or(p).trim_matches('"'))
        .map(|p| p.strip_prefix(prefix.as_str()).unwrap_or(p).to_string())
        .collect())
}

/// Errors the data has in the regions these files belong to (every
/// region, when vsopro.toml is among them).
fn errors_in(root: &Path, today: NaiveDate, files: &[String]) -> Result<usize, Error> {
    let national = files.iter().any(|f| f == SETTINGS_FILE);
    // Only the regions touched are loaded (every region when the settings
    // changed, as their rules may depend on them).
    let touched: Vec<&'static crate::registry::Region> = if national {
        Vec::new()
    } else {
        files
            .iter()
            .filter_map(|f| f.strip_prefix(&format!("{REGIONS_DIR}/")))
            .filter_map(|rest| rest.split('/').next())
            .filter_map(crate::registry::find_region)
            .collect()
    };
    if !national && touched.is_empty() {
        return Ok(0);
    }
    let c = crate::usecases::Workspace::new(root, today).check(&touched, &[])?;
    Ok(c.counts().errors)
}

/// Puts the clone back as it was: HEAD at `orig`, the hand changes (if
/// they were committed as `local`) uncommitted in the work tree again.
fn put_back(root: &Path, orig: &str, local: &str) {
    let _ = ok(root, &["reset", "--quiet", "--hard", local]);
    if orig.is_empty() {
        // The branch had no commit yet: none again, the files untracked.
        let _ = ok(root, &["update-ref", "-d", "HEAD"]);
        let _ = ok(root, &["read-tree", "--empty"]);
    } else {
        let _ = ok(root, &["reset", "--quiet", "--mixed", orig]);
    }
}

/// `ask` is asked for a message when there are hand changes and none was
/// given (the command line asks on a terminal).
pub(crate) fn sync(
    root: &Path,
    message: Option<&str>,
    today: NaiveDate,
    ask: &dyn Fn(usize) -> Option<String>,
) -> Result<(SyncReport, Option<Error>), Error> {
    if !crate::git::in_work_tree(root) {
        return Err(refused(t!("sync-no-git"), t!("sync-no-git-help")));
    }
    // Every writer waits for this one: no edit lands between the steps.
    let _lock = DataLock::acquire(root)?;
    let (branch, remote, on) = upstream(root)?;
    preconditions(root)?;
    let mut report = SyncReport {
        outcome: "up-to-date",
        remote: remote.clone(),
        branch: branch.clone(),
        committed: None,
        received: 0,
        sent: 0,
        conflict_branch: None,
        steps: Vec::new(),
    };
    // A new clone of an empty repository has no commit yet.
    let orig = out(root, &["rev-parse", "--verify", "-q", "HEAD"]).unwrap_or_default();
    let files = changed(root)?;
    if !files.is_empty() {
        let message = match message {
            Some(m) => Some(m.to_string()),
            None => ask(files.len()),
        };
        let Some(message) = message.filter(|m| !m.trim().is_empty()) else {
            return Err(Error::SyncNeedsMessage(files.len()));
        };
        let message = message.trim();
        if errors_in(root, today, &files)? > 0 {
            return Err(refused(t!("sync-errors-before"), t!("sync-errors-help")));
        }
        // The changed paths themselves: a pathspec that matches nothing
        // (vsopro.toml, which is optional) would make git refuse the add.
        let mut args = vec!["add", "-A", "--"];
        args.extend(files.iter().map(String::as_str));
        out(root, &args)?;
        if let Err(e) = out(root, &["commit", "--quiet", "-m", message]) {
            let _ = ok(root, &["reset", "--quiet", "--mixed", &orig]);
            return Err(e);
        }
        let short = out(root, &["rev-parse", "--short", "HEAD"])?;
        report.steps.push(t!(
            "sync-step-committed",
            count = files.len(),
            hash = short.as_str()
        ));
        report.committed = Some(short);
    }
    let local = out(root, &["rev-parse", "HEAD"])?;
    let tracking = format!("refs/remotes/{remote}/{on}");
    for round in 0..ROUNDS {
        let mut c = cmd(root);
        c.args([
            "fetch",
            "--quiet",
            &remote,
            &format!("+refs/heads/{on}:{tracking}"),
        ]);
        let fetched = run(c)?;
        // A new, empty repository on the forge: nothing to take in, all
        // to share (the push makes the branch).
        let empty = !fetched.status.success() && remote_is_empty(&fetched);
        if !fetched.status.success() && !empty {
            put_back(root, &orig, &local);
            return Err(failed(
                t!(
                    "sync-fetch-failed",
                    remote = remote.as_str(),
                    reason = said(&fetched)
                ),
                t!("sync-fetch-failed-help"),
            ));
        }
        let count = |range: String| -> Result<usize, Error> {
            Ok(out(root, &["rev-list", "--count", &range])?
                .parse()
                .unwrap_or(0))
        };
        let (received, sent) = if empty {
            (0, count("HEAD".into())?)
        } else {
            (
                count(format!("HEAD..{tracking}"))?,
                count(format!("{tracking}..HEAD"))?,
            )
        };
        if round == 0 {
            report.steps.push(if received == 0 {
                t!("sync-step-fetched-nothing", remote = remote.as_str())
            } else {
                t!(
                    "sync-step-fetched",
                    remote = remote.as_str(),
                    count = received
                )
            });
        }
        report.received += received;
        if received > 0 {
            let base = out(root, &["merge-base", "HEAD", &tracking]).unwrap_or_default();
            let base = if base.is_empty() {
                "HEAD".to_string()
            } else {
                base
            };
            if let Some(h) = held_back(root, &base, &tracking)? {
                put_back(root, &orig, &local);
                return Err(failed(
                    t!(
                        "sync-held",
                        path = h.path.as_str(),
                        commit = h.commit.as_str(),
                        why = h.why.as_str()
                    ),
                    t!("sync-held-help", path = h.path.as_str()),
                ));
            }
        }
        if received > 0 && sent == 0 {
            if !ok(root, &["merge", "--ff-only", "--quiet", &tracking])? {
                put_back(root, &orig, &local);
                return Err(failed(
                    t!("sync-update-failed"),
                    t!("sync-update-failed-help"),
                ));
            }
            report.steps.push(t!("sync-step-updated", count = received));
        } else if received > 0 {
            let before = out(root, &["rev-parse", "HEAD"])?;
            let base = out(root, &["merge-base", "HEAD", &tracking])?;
            let clash = same_record(root, &base, &tracking, &before);
            if clash || !ok(root, &["rebase", "--quiet", &tracking])? {
                // Their change and this one touch the same record: this
                // one is kept on a branch, the clone follows the remote.
                let _ = ok(root, &["rebase", "--abort"]);
                let short = out(root, &["rev-parse", "--short", &before])?;
                let region = region_of(root, &format!("{base}..{before}"));
                let name = format!("vsopro/conflict/{today}-{region}-{short}");
                out(root, &["branch", "--force", &name, &before])?;
                out(root, &["reset", "--quiet", "--hard", &tracking])?;
                report.outcome = "conflict";
                report
                    .steps
                    .push(t!("sync-step-conflict", branch = name.as_str()));
                report.conflict_branch = Some(name.clone());
                return Ok((
                    report,
                    Some(failed(
                        t!("sync-conflict", branch = name.as_str()),
                        t!("sync-conflict-help", branch = name.as_str()),
                    )),
                ));
            }
            report.steps.push(t!("sync-step-rebased", count = sent));
            let mine = out(
                root,
                &["diff", "--name-only", &format!("{tracking}..HEAD"), "--"],
            )?;
            let prefix = out(root, &["rev-parse", "--show-prefix"])?;
            let mine: Vec<String> = mine
                .lines()
                .filter_map(|l| l.strip_prefix(prefix.as_str()).map(str::to_string))
                .collect();
            if errors_in(root, today, &mine)? > 0 {
                let _ = ok(root, &["reset", "--quiet", "--hard", &before]);
                put_back(root, &orig, &local);
                return Err(failed(t!("sync-errors-after"), t!("sync-errors-help")));
            }
            report.steps.push(t!("sync-step-checked"));
        }
        if sent == 0 {
            if report.received > 0 {
                report.outcome = "synced";
            }
            return Ok((report, None));
        }
        let mut c = cmd(root);
        c.args(["push", "--quiet", &remote, &format!("HEAD:refs/heads/{on}")]);
        let pushed = run(c)?;
        if pushed.status.success() {
            let _ = ok(root, &["update-ref", &tracking, "HEAD"]);
            report.sent = sent;
            report.outcome = "synced";
            report.steps.push(t!(
                "sync-step-pushed",
                count = sent,
                remote = remote.as_str()
            ));
            return Ok((report, None));
        }
        let why = said(&pushed);
        // The remote moved between fetch and push: another round.
        let moved = String::from_utf8_lossy(&pushed.stderr).contains("[rejected]")
            || why.contains("fetch first")
            || why.contains("non-fast-forward");
        if !moved {
            report
                .steps
                .push(t!("sync-step-not-pushed", reason = why.as_str()));
            return Ok((
                report,
                Some(failed(
                    t!(
                        "sync-push-failed",
                        remote = remote.as_str(),
                        reason = why.as_str()
                    ),
                    t!("sync-push-failed-help"),
                )),
            ));
        }
    }
    Ok((
        report,
        Some(failed(t!("sync-busy"), t!("sync-push-failed-help"))),
    ))
}

/// What a clone has not shared yet: its commits ahead of the remote and
/// the data files changed by hand. `None` where there is nothing to share
/// with (no git, no remote, a detached HEAD).
#[derive(Debug, Clone, Copy, Serialize)]
pub(crate) struct Unshared {
    pub commits: usize,
    pub files: usize,
    /// Commits and files together: what the header counts.
    pub total: usize,
}

pub(crate) fn unshared(root: &Path) -> Option<Unshared> {
    let (_, remote, on) = upstream(root).ok()?;
    let tracking = format!("refs/remotes/{remote}/{on}");
    let commits = out(root, &["rev-list", "--count", &format!("{tracking}..HEAD")])
        .ok()?
        .parse()
        .ok()?;
    let files = changed(root).ok()?.len();
    Some(Unshared {
        commits,
        files,
        total: commits + files,
    })
}

/// The records (`[[array]]` entries by id, or a file's top-level tables)
/// that changed in `path` between two versions; `None` where a version is
/// not TOML (then the whole file counts).
fn changed_records(root: &Path, path: &str, from: &str, to: &str) -> Option<Vec<String>> {
    let read = |rev: &str| -> Option<toml_edit::DocumentMut> {
        let text = out(root, &["show", &format!("{rev}:./{path}")]).unwrap_or_default();
        text.parse().ok()
    };
    let (a, b) = (read(from)?, read(to)?);
    // Each record as text, by a key: `action/stagebank`, `[coordinator]`.
    let records = |doc: &toml_edit::DocumentMut| -> std::collections::BTreeMap<String, String> {
        let mut map = std::collections::BTreeMap::new();
        for (key, item) in doc.as_table().iter() {
            match item.as_array_of_tables() {
                Some(list) => {
                    for (i, t) in list.iter().enumerate() {
                        let id = t
                            .get("id")
                            .or_else(|| t.get("school"))
                            .and_then(|v| v.as_str())
                            .map(str::to_string)
                            .unwrap_or_else(|| i.to_string());
                        let year = t.get("year").and_then(|v| v.as_str()).unwrap_or_default();
                        map.insert(format!("{key}/{id}/{year}"), t.to_string());
                    }
                }
                None => {
                    map.insert(key.to_string(), item.to_string());
                }
            }
        }
        map
    };
    let (ra, rb) = (records(&a), records(&b));
    let mut keys: Vec<String> = ra.keys().chain(rb.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    Some(
        keys.into_iter()
            .filter(|k| ra.get(k) != rb.get(k))
            .collect(),
    )
}

/// Whether the remote's commits (`base..theirs`) and the local ones
/// (`base..ours`) changed the same record of the data: then the local
/// change is kept on a branch even where git could join the lines, as the
/// hub's rule says (one record, one person's version at a time).
pub(crate) fn same_record(root: &Path, base: &str, theirs: &str, ours: &str) -> bool {
    let files = |to: &str| -> Vec<String> {
        let mut args = vec!["diff", "--name-only", "--relative"];
        let range = format!("{base}..{to}");
        args.push(&range);
        args.push("--");
        args.extend(DATA);
        out(root, &args)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    };
    let mine = files(ours);
    for path in files(theirs).iter().filter(|f| mine.contains(f)) {
        match (
            changed_records(root, path, base, theirs),
            changed_records(root, path, base, ours),
        ) {
            (Some(a), Some(b)) if !a.iter().any(|r| b.contains(r)) => {}
            _ => return true,
        }
    }
    false
}

/// The region a set of local commits is about (the first region folder
/// they touch), for a conflict branch's name.
pub(crate) fn region_of(root: &Path, range: &str) -> String {
    out(
        root,
        &[
            "diff",
            "--name-only",
            "--relative",
            range,
            "--",
            REGIONS_DIR,
        ],
    )
    .unwrap_or_default()
    .lines()
    .find_map(|l| l.split('/').nth(1).map(str::to_string))
    .unwrap_or_else(|| "landelijk".into())
}

impl Render for SyncReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b: Vec<Block> = self.steps.iter().map(|s| Block::Text(s.clone())).collect();
        b.push(Block::Text(match self.outcome {
            "synced" => t!(
                "sync-done",
                remote = self.remote.as_str(),
                branch = self.branch.as_str()
            ),
            "conflict" => t!(
                "sync-done-conflict",
                branch = self.conflict_branch.as_deref().unwrap_or_default()
            ),
            _ => t!("sync-done-nothing", remote = self.remote.as_str()),
        }));
        b
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![Column::left(&t!("col-step"))]);
        for s in &self.steps {
            t.row(vec![s.clone()]);
        }
        t
    }
}
