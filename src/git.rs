//! Git access through the `git` binary: the history of one file and its
//! contents at each commit. Four processes however many commits (rev-parse,
//! log, status, cat-file --batch; one more in a shallow clone); arguments
//! never pass through a shell and paths always follow `--`.
//!
//! Nothing is parsed with separators that a commit message, an author name
//! or a path could contain: `git log -z` gives only hashes and NUL-separated
//! paths, and author, date and subject are read from each commit object by
//! its hash, whose header lines git keeps free of newlines.

use crate::error::Error;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// One commit that touched the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    pub hash: String,
    pub short: String,
    /// Author date, strict ISO 8601.
    pub date: String,
    pub author: String,
    pub subject: String,
    /// The file's path at this commit, relative to the repository top.
    pub path: String,
    /// The commit deleted the file.
    pub deleted: bool,
    /// The commit added the file (as opposed to changing or moving it).
    pub added: bool,
    /// A merge: the change it brought is counted against its first parent.
    pub merge: bool,
    /// The cut-off point of a shallow clone: its parents are not here.
    pub boundary: bool,
}

pub(crate) fn git(root: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(root).args(["-c", "core.quotePath=false"]);
    // Messages we match on must not be translated.
    c.env("LC_ALL", "C");
    c
}

pub(crate) fn run(mut cmd: Command) -> Result<std::process::Output, Error> {
    cmd.stdin(Stdio::null());
    cmd.output().map_err(not_started)
}

/// Why git could not be started: not installed, or otherwise.
fn not_started(e: std::io::Error) -> Error {
    match e.kind() {
        std::io::ErrorKind::NotFound => Error::GitMissing,
        _ => Error::GitFailed(e.to_string()),
    }
}

/// A `git cat-file --batch` to ask objects of, one name a line.
fn cat_file(root: &Path) -> Result<std::process::Child, Error> {
    let mut c = git(root);
    c.args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    c.spawn().map_err(not_started)
}

/// What a `git log` that failed said, as an error.
fn log_failed(stderr: &[u8]) -> Error {
    let err = String::from_utf8_lossy(stderr);
    // LC_ALL=C keeps this message in English.
    if err.contains("does not have any commits") {
        return Error::NoCommits;
    }
    Error::GitFailed(err.trim().to_string())
}

/// The commits that changed one file, and what else is known about it.
#[derive(Debug, Clone)]
pub(crate) struct History {
    /// Newest first, following the first parent of merges.
    pub commits: Vec<Commit>,
    /// A shallow clone: history before its boundary is not available.
    pub shallow: bool,
    /// The working tree has changes to the file that are not committed.
    pub uncommitted: bool,
    /// The file as each commit has it (same order as `commits`); `None`
    /// where it was deleted or cannot be read.
    pub contents: Vec<Option<Vec<u8>>>,
}

/// Commits that changed `rel` (relative to `root`), newest first, following
/// renames and the first parent of merges, so that the trail is one line
/// that ends in the state HEAD has.
pub(crate) fn file_history(root: &Path, rel: &str) -> Result<History, Error> {
    // rev-parse and status beside the log, whose commits and versions are
    // read while it still walks the history.
    let (tree, logged, status) = std::thread::scope(|scope| {
        let tree = scope.spawn(|| work_tree(root));
        let status = scope.spawn(|| uncommitted(root, &[rel]));
        let logged = log_with_objects(root, rel);
        (
            join(tree, "git rev-parse"),
            logged,
            join(status, "git status"),
        )
    });
    let shallow = tree?;
    let (changes, objects, contents) = logged?;
    let uncommitted = status?;

    let boundaries = if shallow {
        shallow_commits(root)?
    } else {
        Vec::new()
    };
    let mut commits = Vec::with_capacity(changes.len());
    for (change, object) in changes.into_iter().zip(objects) {
        let object = object
            .filter(|(kind, _)| kind == "commit")
            .ok_or_else(|| Error::GitFailed(format!("commit {} cannot be read", change.hash)))?;
        let meta = parse_commit(&object.1);
        commits.push(Commit {
            short: change.hash.chars().take(7).collect(),
            hash: change.hash.clone(),
            date: meta.date,
            author: meta.author,
            subject: meta.subject,
            path: change.path,
            deleted: change.status.starts_with('D'),
            added: change.status.starts_with('A'),
            merge: meta.parents > 1,
            boundary: boundaries.contains(&change.hash),
        });
    }
    Ok(History {
        commits,
        shallow,
        uncommitted,
        contents,
    })
}

/// A commit of a region's log and the region files it changed, each with
/// its content before (first parent) and after.
#[derive(Debug, Clone)]
pub(crate) struct LogCommit {
    pub hash: String,
    pub short: String,
    /// Author date, strict ISO 8601.
    pub date: String,
    pub author: String,
    /// The message's first line (what a vote or an approval did).
    pub subject: String,
    pub files: Vec<LogFile>,
}

#[derive(Debug, Clone)]
pub(crate) struct LogFile {
    /// Relative to the repository top.
    pub path: String,
    /// `None`: the file did not exist (added) or no longer exists (deleted).
    pub old: Option<Vec<u8>>,
    pub new: Option<Vec<u8>>,
}

/// What the region's log holds: newest first.
#[derive(Debug, Clone)]
pub(crate) struct RegionLog {
    pub commits: Vec<LogCommit>,
    pub shallow: bool,
    /// The working tree has changes under the folder that no commit holds.
    pub uncommitted: bool,
}

/// The commits since `since` (committer date; callers filter by author
/// date) that changed files under `dir` (relative to `root`), following
/// first parents, with the contents of each changed file before and after:
/// one `git log` and one `git cat-file --batch` however many commits.
pub(crate) fn region_log(root: &Path, dir: &str, since: &str) -> Result<RegionLog, Error> {
    let since = format!("--since={since}");
    let (shallow, changes, uncommitted) = log_and_status(root, &["--no-renames", &since], dir)?;

    // One batch: the commit objects, then per changed file its version in
    // the commit and in the commit's first parent.
    let mut hashes: Vec<String> = Vec::new();
    for ch in &changes {
        if hashes.last() != Some(&ch.hash) {
            hashes.push(ch.hash.clone());
        }
    }
    let mut names: Vec<String> = hashes.clone();
    for ch in &changes {
        names.push(format!("{}:{}", ch.hash, ch.path));
        names.push(format!("{}^1:{}", ch.hash, ch.path));
    }
    let mut objects = batch(root, &names)?.into_iter();
    let metas: Vec<CommitMeta> = hashes
        .iter()
        .map(|h| match objects.next().flatten() {
            Some((kind, bytes)) if kind == "commit" => Ok(parse_commit(&bytes)),
            _ => Err(Error::GitFailed(format!("commit {h} cannot be read"))),
        })
        .collect::<Result<_, _>>()?;
    let blob = |o: Option<Object>| o.and_then(|(kind, bytes)| (kind == "blob").then_some(bytes));
    let mut commits: Vec<LogCommit> = hashes
        .iter()
        .zip(metas)
        .map(|(h, m)| LogCommit {
            hash: h.clone(),
            short: h.chars().take(7).collect(),
            date: m.date,
            author: m.author,
            subject: m.subject,
            files: Vec::new(),
        })
        .collect();
    for ch in changes {
        let new = blob(objects.next().flatten());
        let old = blob(objects.next().flatten());
        let deleted = ch.status.starts_with('D');
        if let Some(c) = commits.iter_mut().find(|c| c.hash == ch.hash) {
            c.files.push(LogFile {
                path: ch.path,
                old,
                new: if deleted { None } else { new },
            });
        }
    }
    Ok(RegionLog {
        commits,
        shallow,
        uncommitted,
    })
}

/// The commits that changed the paths, following first parents, each with
/// its changed files: `<hash>\0\n<status>\0<path>\0...` (see `parse_log`).
const LOG_ARGS: [&str; 7] = [
    "log",
    "-z",
    "--first-parent",
    "--diff-merges=first-parent",
    "--name-status",
    "--no-color",
    "--format=%H",
];

/// `git log` of the commits that changed `path`, following first parents:
/// each with its changed files.
fn log(root: &Path, extra: &[&str], path: &str) -> Result<Vec<Change>, Error> {
    let mut c = git(root);
    c.args(LOG_ARGS).args(extra).args(["--", path]);
    let out = run(c)?;
    if !out.status.success() {
        return Err(log_failed(&out.stderr));
    }
    parse_log(&out.stdout)
}

/// Whether `root` is a shallow work tree, `log` of `path` (no contents)
/// and whether it has uncommitted changes: the three git processes at once,
/// `git status` refreshing the index while `git log` walks the history (a
/// third of `--history`'s time in a large repository). Outside a work tree
/// the first says so, whatever the others found.
fn log_and_status(
    root: &Path,
    extra: &[&str],
    path: &str,
) -> Result<(bool, Vec<Change>, bool), Error> {
    std::thread::scope(|scope| {
        let tree = scope.spawn(|| work_tree(root));
        let status = scope.spawn(|| uncommitted(root, &[path]));
        let changes = log(root, extra, path);
        let tree = join(tree, "git rev-parse");
        let status = join(status, "git status");
        Ok((tree?, changes?, status?))
    })
}

/// The result of a git process run on a scoped thread.
fn join<T>(h: std::thread::ScopedJoinHandle<'_, Result<T, Error>>, what: &str) -> Result<T, Error> {
    h.join()
        .unwrap_or_else(|_| Err(Error::GitFailed(what.to_string())))
}

/// Each commit's object and the file as it has it, per change.
type Logged = (Vec<Change>, Vec<Option<Object>>, Vec<Option<Vec<u8>>>);

/// `git log --follow` of `rel` piped into one `git cat-file --batch`: each
/// commit is asked for (its object, and the file at its path) as soon as
/// the log names it, so that cat-file reads the versions while log is
/// still walking the history (on two cores the versions come almost free).
fn log_with_objects(root: &Path, rel: &str) -> Result<Logged, Error> {
    let failed = |e: std::io::Error| Error::GitFailed(e.to_string());
    let mut cat = cat_file(root)?;
    let mut log = git(root);
    log.args(LOG_ARGS)
        .args(["--follow", "--", rel])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut log = match log.spawn() {
        Ok(log) => log,
        Err(e) => {
            let _ = cat.kill();
            let _ = cat.wait();
            return Err(not_started(e));
        }
    };
    let ask = cat.stdin.take().expect("piped stdin");
    let log_out = log.stdout.take().expect("piped stdout");
    let mut answers_in = BufReader::new(cat.stdout.take().expect("piped stdout"));
    let (logged, answers) = std::thread::scope(|scope| {
        let asker = scope.spawn(move || {
            let mut ask = std::io::BufWriter::new(ask);
            let fields = BufReader::new(log_out).split(0).map_while(Result::ok);
            // A path with a newline cannot be asked for: its file is `None`.
            parse_fields(fields, |c| {
                let _ = writeln!(ask, "{}", c.hash);
                if !c.path.contains('\n') {
                    let _ = writeln!(ask, "{}:{}", c.hash, c.path);
                }
                let _ = ask.flush();
            })
            // Dropping `ask` closes cat-file's input: it ends after its answers.
        });
        let mut answers = Vec::new();
        while let Some(answer) = read_object(&mut answers_in).map_err(failed)? {
            answers.push(answer);
        }
        let logged = join(asker, "git log");
        Ok::<_, Error>((logged, answers))
    })?;
    let _ = cat.wait();
    let mut err = Vec::new();
    if let Some(mut e) = log.stderr.take() {
        let _ = e.read_to_end(&mut err);
    }
    if !log.wait().map_err(failed)?.success() {
        return Err(log_failed(&err));
    }
    let changes = logged?;
    let mut answers = answers.into_iter();
    let (mut commits, mut files) = (Vec::new(), Vec::new());
    for c in &changes {
        commits.push(answers.next().flatten());
        let file = if c.path.contains('\n') {
            None
        } else {
            answers.next().flatten()
        };
        files.push(file.and_then(|(kind, bytes)| (kind == "blob").then_some(bytes)));
    }
    Ok((changes, commits, files))
}

/// One answer of `git cat-file --batch`: `Some(None)` for a missing
/// object, `None` at the end.
fn read_object(out: &mut impl BufRead) -> std::io::Result<Option<Option<Object>>> {
    let mut header = String::new();
    if out.read_line(&mut header)? == 0 {
        return Ok(None);
    }
    let parts: Vec<&str> = header.split_whitespace().collect();
    if parts.len() != 3 {
        return Ok(Some(None));
    }
    let size: usize = parts[2].parse().map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("bad cat-file header: {header}"),
        )
    })?;
    let mut buf = vec![0; size + 1];
    out.read_exact(&mut buf)?;
    buf.truncate(size);
    Ok(Some(Some((parts[1].to_string(), buf))))
}

/// The working tree has changes under the paths that no commit holds.
fn uncommitted(root: &Path, paths: &[&str]) -> Result<bool, Error> {
    let mut c = git(root);
    c.args(["status", "--porcelain", "-z", "--"]).args(paths);
    let out = run(c)?;
    Ok(out.status.success() && !out.stdout.is_empty())
}

/// Checks that `root` is in a work tree; returns whether it is shallow.
fn work_tree(root: &Path) -> Result<bool, Error> {
    let mut c = git(root);
    c.args([
        "rev-parse",
        "--is-inside-work-tree",
        "--is-shallow-repository",
    ]);
    let out = run(c)?;
    let answer = String::from_utf8_lossy(&out.stdout);
    let mut lines = answer.lines();
    if !out.status.success() || lines.next() != Some("true") {
        return Err(Error::NotARepository(root.to_path_buf()));
    }
    Ok(lines.next() == Some("true"))
}

/// Whether `root` lies in a git work tree that tracks it; false without
/// git, and for a folder the enclosing repository ignores (a copy under
/// its `target/`): nothing there can be committed.
pub(crate) fn in_work_tree(root: &Path) -> bool {
    work_tree(root).is_ok() && !ignored(root)
}

fn ignored(root: &Path) -> bool {
    let mut c = git(root);
    c.args(["check-ignore", "-q", "."]);
    run(c).is_ok_and(|o| o.status.success())
}

pub(crate) fn checked(cmd: Command) -> Result<std::process::Output, Error> {
    let out = run(cmd)?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(Error::GitFailed(err));
    }
    Ok(out)
}

/// Commits the working-tree state of `paths` (relative to `root`) and
/// nothing else, whatever else is staged; returns the new commit's hash.
/// The user's own git settings apply (author, hooks, signing).
/// The person a commit is by (its author), where that is not git's own
/// configured identity: the hub commits each edit as the person who made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Author {
    pub name: String,
    pub email: String,
}

/// How long a git lock file may stand still before it counts as left by a
/// git that was killed (a live git holds one for milliseconds).
const STALE_LOCK: std::time::Duration = std::time::Duration::from_secs(3);

/// The repository's git folder (where `index.lock` lies).
fn git_dir(root: &Path) -> Option<std::path::PathBuf> {
    // The usual case without a process: the root is the work tree's top.
    if root.join(".git").is_dir() {
        return Some(root.join(".git"));
    }
    let mut c = git(root);
    c.args(["rev-parse", "--absolute-git-dir"]);
    let out = checked(c).ok()?;
    Some(std::path::PathBuf::from(
        String::from_utf8_lossy(&out.stdout).trim(),
    ))
}

/// The lock files a killed git can leave: the index's, HEAD's, the
/// packed refs' and every branch's.
fn lock_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<std::path::PathBuf> = [
        "index.lock",
        "HEAD.lock",
        "ORIG_HEAD.lock",
        "packed-refs.lock",
    ]
    .iter()
    .map(|f| dir.join(f))
    .filter(|p| p.exists())
    .collect();
    found.extend(
        walkdir::WalkDir::new(dir.join("refs"))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| {
                e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "lock")
            })
            .map(|e| e.into_path()),
    );
    found
}

/// Called under the data's lock, before git writes: a lock file a live
/// git holds is waited for; one that has not changed for [`STALE_LOCK`]
/// was left by a git that was killed (every git of vsopro that writes runs
/// under the data's lock, which a killed process gives up) and is removed,
/// so that no commit fails for ever after. `at_start`: no git of vsopro can
/// be running, so what is there is removed at once.
pub(crate) fn recover_locks(root: &Path, at_start: bool) {
    let Some(dir) = git_dir(root) else {
        return;
    };
    let started = std::time::Instant::now();
    for lock in lock_files(&dir) {
        while let Ok(meta) = std::fs::metadata(&lock) {
            let still = meta
                .modified()
                .ok()
                .and_then(|m| m.elapsed().ok())
                .unwrap_or_default();
            if at_start || still >= STALE_LOCK {
                if std::fs::remove_file(&lock).is_ok() {
                    tracing::warn!(path = %lock.display(), "removed a lock file a killed git left");
                }
                break;
            }
            if started.elapsed() > STALE_LOCK * 2 {
                // It keeps changing: a live git; its own error will say so.
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

/// At a hub's start, under the data's lock: what a killed hub can leave is
/// put right. Lock files go; a rebase it left is aborted (its commits are
/// still on the branch it started from); data files written but not
/// committed (the edit was never answered) are committed, so that nothing
/// the person typed is lost and later edits of those files commit again.
pub(crate) fn recover_at_start(root: &Path, message: &str) -> Result<Option<String>, Error> {
    recover_locks(root, true);
    if let Some(dir) = git_dir(root)
        && (dir.join("rebase-merge").exists() || dir.join("rebase-apply").exists())
    {
        let mut c = git(root);
        c.args(["rebase", "--abort"]);
        let _ = run(c);
    }
    let data = [crate::model::REGIONS_DIR, crate::model::SETTINGS_FILE];
    if !uncommitted(root, &data)? {
        return Ok(None);
    }
    let mut c = git(root);
    c.args(["add", "-A", "--"]).args(data);
    checked(c)?;
    // By the hub itself: its committer identity as the author too.
    let mut c = git(root);
    c.args(["var", "GIT_COMMITTER_IDENT"]);
    let ident = String::from_utf8_lossy(&checked(c)?.stdout).into_owned();
    let mut c = git(root);
    if let Some((name, rest)) = ident.split_once(" <")
        && let Some((email, _)) = rest.split_once('>')
    {
        c.env("GIT_AUTHOR_NAME", name)
            .env("GIT_AUTHOR_EMAIL", email);
    }
    c.args(["commit", "--quiet", "-m", message, "--"])
        .args(data);
    checked(c)?;
    let mut c = git(root);
    c.args(["rev-parse", "HEAD"]);
    Ok(Some(
        String::from_utf8_lossy(&checked(c)?.stdout)
            .trim()
            .to_string(),
    ))
}

/// A three-way merge of one file's text (`git merge-file`): the changes
/// from `base` to `theirs` made on `ours`; where both changed the same
/// lines, `theirs` wins. No repository is needed; the three texts go
/// through a folder of their own under the system's temporary folder.
pub(crate) fn merge_keeping_theirs(
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
) -> Result<Vec<u8>, Error> {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("vsopro-merge-{}-{n}", std::process::id()));
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map(|_| path)
    };
    let failed = |e: std::io::Error| Error::Write {
        path: dir.clone(),
        source: e,
    };
    std::fs::create_dir_all(&dir).map_err(failed)?;
    let merged = (|| {
        let paths = [
            write("ours", ours)?,
            write("base", base)?,
            write("theirs", theirs)?,
        ];
        Ok::<_, std::io::Error>(paths)
    })()
    .map_err(failed)
    .and_then(|[o, b, t]| {
        let mut c = Command::new("git");
        c.args(["merge-file", "-p", "--theirs"])
            .arg(&o)
            .arg(&b)
            .arg(&t);
        let out = run(c)?;
        // 0: merged; a positive count of conflicts cannot happen with --theirs.
        match out.status.code() {
            Some(0) => Ok(out.stdout),
            _ => Err(Error::GitFailed(
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )),
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
    merged
}

/// `git gc --auto`: packs the repository when git finds it worth it (the
/// edits' commits leave that out).
pub(crate) fn pack(root: &Path) {
    let mut c = git(root);
    c.args(["gc", "--auto", "--quiet"]);
    let _ = run(c);
}

/// [`commit_files`] with `author` as the commit's author; the committer
/// stays whoever runs vsopro (the hub's own identity).
pub(crate) fn commit_files_as(
    root: &Path,
    paths: &[&str],
    message: &str,
    author: Option<&Author>,
) -> Result<String, Error> {
    recover_locks(root, false);
    let mut c = git(root);
    c.args(["add", "--"]).args(paths);
    checked(c)?;
    let mut c = git(root);
    if let Some(a) = author {
        // Through the environment, not --author: a name is never parsed.
        c.env("GIT_AUTHOR_NAME", &a.name)
            .env("GIT_AUTHOR_EMAIL", &a.email);
    }
    // No automatic gc inside an edit: it would hold the edit up (the hub
    // packs the repository in its own time).
    c.args(["-c", "gc.auto=0", "-c", "maintenance.auto=false"]);
    c.args(["commit", "--quiet", "--only", "-m", message, "--"])
        .args(paths);
    if let Err(e) = checked(c) {
        // Leave the index as it was for these files.
        let mut c = git(root);
        c.args(["reset", "--quiet", "--"]).args(paths);
        let _ = run(c);
        return Err(e);
    }
    let mut c = git(root);
    c.args(["rev-parse", "HEAD"]);
    let out = checked(c)?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The commit the data is at (short hash), and whether the data (regions/
/// and vsopro.toml under `root`) has changes no commit holds; `None`
/// outside git.
pub(crate) fn head(root: &Path) -> Option<(String, bool)> {
    let mut c = git(root);
    c.args(["rev-parse", "--short", "HEAD"]);
    let out = run(c).ok().filter(|o| o.status.success())?;
    let short = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let dirty = uncommitted(root, &["regions", "vsopro.toml"]).unwrap_or(false);
    Some((short, dirty))
}

/// Who last committed a change to `rel`, and when (`JJJJ-MM-DD UU:MM`):
/// for a form refused because someone changed its record meanwhile.
pub(crate) fn last_change(root: &Path, rel: &str) -> Option<(String, String)> {
    let mut c = git(root);
    c.args([
        "log",
        "-1",
        "--format=%an%x09%ad",
        "--date=format:%Y-%m-%d %H:%M",
        "--",
        rel,
    ]);
    let out = run(c).ok().filter(|o| o.status.success())?;
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let (who, when) = line.split_once('\t')?;
    Some((who.to_string(), when.to_string()))
}

/// Whether `rel` has changes (staged or not) that no commit holds.
pub(crate) fn has_changes(root: &Path, rel: &str) -> bool {
    uncommitted(root, &[rel]).unwrap_or(false)
}

/// Whether `path` (from the repository's top) is a symbolic link in
/// `commit`; false when git cannot tell.
pub(crate) fn is_symlink_at(root: &Path, commit: &str, path: &str) -> bool {
    let mut c = git(root);
    c.args(["ls-tree", "-z", "--full-tree", commit, "--", path]);
    run(c)
        .ok()
        .filter(|o| o.status.success())
        .is_some_and(|o| o.stdout.starts_with(b"120000 "))
}

/// The tags that point at `commit`.
pub(crate) fn tags_at(root: &Path, commit: &str) -> Vec<String> {
    let mut c = git(root);
    c.args([
        "for-each-ref",
        "--format=%(refname:strip=2)",
        &format!("--points-at={commit}"),
        "refs/tags",
    ]);
    run(c)
        .ok()
        .filter(|o| o.status.success())
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// An annotated tag `name` on `commit` (`git tag -a`: signed when the
/// user's `tag.gpgSign` says so). A taken name gets `-2`, `-3`, ...;
/// returns the name used.
pub(crate) fn tag(root: &Path, name: &str, message: &str, commit: &str) -> Result<String, Error> {
    let exists = |n: &str| {
        let mut c = git(root);
        c.args([
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("refs/tags/{n}"),
        ]);
        run(c).is_ok_and(|o| o.status.success())
    };
    let mut used = name.to_string();
    let mut n = 1;
    while exists(&used) {
        n += 1;
        used = format!("{name}-{n}");
    }
    let mut c = git(root);
    c.args(["tag", "-a", &used, "-m", message, commit]);
    checked(c)?;
    Ok(used)
}

/// The commits at which a shallow clone is cut off.
fn shallow_commits(root: &Path) -> Result<Vec<String>, Error> {
    let mut c = git(root);
    c.args([
        "rev-parse",
        "--path-format=absolute",
        "--git-path",
        "shallow",
    ]);
    let out = run(c)?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok(std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect())
}

/// One entry of `git log -z --name-status --format=%H`.
#[derive(Debug, PartialEq)]
struct Change {
    hash: String,
    status: String,
    path: String,
}

/// `<hash>\0\n<status>\0<path>\0[<new path>\0]...` per commit: after a
/// hash one or more status-and-path records. Read as a sequence of
/// NUL-separated fields with a fixed grammar, so no byte in a path can
/// start a new record; a field in status position that is a full object
/// name starts the next commit (no status is 40 or 64 hex digits).
fn parse_log(bytes: &[u8]) -> Result<Vec<Change>, Error> {
    parse_fields(bytes.split(|&b| b == 0).map(<[u8]>::to_vec), |_| {})
}

/// [`parse_log`] of the fields as they come (from a pipe), calling `each`
/// on every change as soon as it is complete.
fn parse_fields(
    fields: impl Iterator<Item = Vec<u8>>,
    mut each: impl FnMut(&Change),
) -> Result<Vec<Change>, Error> {
    let bad = || Error::GitFailed("unexpected output of git log".into());
    let is_hash =
        |f: &str| (f.len() == 40 || f.len() == 64) && f.bytes().all(|b| b.is_ascii_hexdigit());
    let mut fields = fields
        .map(|f| {
            String::from_utf8_lossy(&f)
                .trim_start_matches('\n')
                .to_string()
        })
        .peekable();
    let mut out = Vec::new();
    while let Some(hash) = fields.next() {
        if hash.is_empty() {
            continue;
        }
        if !is_hash(&hash) {
            return Err(bad());
        }
        loop {
            let status = fields.next().ok_or_else(bad)?;
            let mut path = fields.next().ok_or_else(bad)?;
            // A rename or copy names the old path, then the new one.
            if status.starts_with('R') || status.starts_with('C') {
                path = fields.next().ok_or_else(bad)?;
            }
            let change = Change {
                hash: hash.clone(),
                status,
                path,
            };
            each(&change);
            out.push(change);
            match fields.peek() {
                Some(next) if !next.is_empty() && !is_hash(next) => continue,
                _ => break,
            }
        }
    }
    Ok(out)
}

struct CommitMeta {
    author: String,
    date: String,
    subject: String,
    parents: usize,
}

/// The header of a commit object: `author Name <mail> 1727777777 +0200`
/// and `parent` lines, then a blank line and the message.
fn parse_commit(bytes: &[u8]) -> CommitMeta {
    let text = String::from_utf8_lossy(bytes);
    let (header, message) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut meta = CommitMeta {
        author: String::new(),
        date: String::new(),
        subject: subject(message),
        parents: 0,
    };
    for line in header.lines() {
        if line.starts_with("parent ") {
            meta.parents += 1;
        } else if let Some(rest) = line.strip_prefix("author ") {
            // The name ends at the last ` <`; the mail, time and zone follow.
            let (name, tail) = rest.rsplit_once(" <").unwrap_or((rest, ""));
            meta.author = name.to_string();
            let mut when = tail.rsplit(' ');
            let zone = when.next().unwrap_or("+0000");
            let secs = when.next().and_then(|s| s.parse::<i64>().ok());
            meta.date = secs.map(|s| iso_date(s, zone)).unwrap_or_default();
        }
    }
    meta
}

/// The subject as `git log %s` gives it: the first paragraph on one line.
fn subject(message: &str) -> String {
    message
        .split("\n\n")
        .next()
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Seconds since 1970 and a `+0200` zone as `2026-08-01T09:00:00+02:00`.
fn iso_date(secs: i64, zone: &str) -> String {
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits = zone.trim_start_matches(['+', '-']);
    let (h, m) = digits.split_at(digits.len().min(2));
    let offset = sign * (h.parse::<i32>().unwrap_or(0) * 3600 + m.parse::<i32>().unwrap_or(0) * 60);
    let Some(tz) = chrono::FixedOffset::east_opt(offset) else {
        return String::new();
    };
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| {
            t.with_timezone(&tz)
                .format("%Y-%m-%dT%H:%M:%S%:z")
                .to_string()
        })
        .unwrap_or_default()
}

/// An object's type (`blob`, `commit`, ...) and contents.
/// The subjects of the commits named, by their full hash, read in one
/// `git cat-file --batch`; a commit that is not there is left out.
pub(crate) fn subjects(
    root: &Path,
    hashes: &[String],
) -> Result<std::collections::BTreeMap<String, String>, Error> {
    let names: Vec<String> = hashes
        .iter()
        .filter(|h| h.len() == 40 && h.bytes().all(|b| b.is_ascii_hexdigit()))
        .cloned()
        .collect();
    let objects = batch(root, &names)?;
    Ok(names
        .into_iter()
        .zip(objects)
        .filter_map(|(h, o)| match o {
            Some((kind, bytes)) if kind == "commit" => Some((h, parse_commit(&bytes).subject)),
            _ => None,
        })
        .collect())
}

type Object = (String, Vec<u8>);

/// A file's bytes at a commit; `None` where it was not there.
pub(crate) type Version = Option<Vec<u8>>;

/// A file as a commit's first parent had it and as the commit has it: the
/// two sides of the commit's change.
pub(crate) fn file_around(
    root: &Path,
    commit: &str,
    rel: &str,
) -> Result<(Version, Version), Error> {
    let names = [format!("{commit}^1:{rel}"), format!("{commit}:{rel}")];
    let blob = |o: Option<Object>| o.and_then(|(kind, bytes)| (kind == "blob").then_some(bytes));
    let mut found = batch(root, &names)?.into_iter();
    Ok((blob(found.next().flatten()), blob(found.next().flatten())))
}

/// Objects by name through one `git cat-file --batch`.
/// A name with a newline cannot be asked for and is answered `None`.
fn batch(root: &Path, names: &[String]) -> Result<Vec<Option<Object>>, Error> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let askable: Vec<&String> = names.iter().filter(|n| !n.contains('\n')).collect();
    let mut child = cat_file(root)?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input: String = askable.iter().map(|n| format!("{n}\n")).collect();
    // Written from a thread: git answers while we are still asking.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let failed = |e: std::io::Error| Error::GitFailed(e.to_string());
    let mut out = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut answers = Vec::with_capacity(askable.len());
    for _ in &askable {
        let answer = read_object(&mut out).map_err(failed)?;
        answers.push(answer.ok_or_else(|| Error::GitFailed("git cat-file ended early".into()))?);
    }
    let _ = writer.join();
    let _ = child.wait();
    let mut answers = answers.into_iter();
    Ok(names
        .iter()
        .map(|n| {
            if n.contains('\n') {
                None
            } else {
                answers.next().flatten()
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_kept_change_is_merged_with_its_own_lines_winning() {
        let base = b"a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n";
        // The other change: b and e; the kept one: b (the same line) and a.
        let ours = b"a = 1\nb = 20\nc = 3\nd = 4\ne = 50\n";
        let theirs = b"a = 10\nb = 200\nc = 3\nd = 4\ne = 5\n";
        let merged = merge_keeping_theirs(base, ours, theirs).unwrap();
        assert_eq!(merged, b"a = 10\nb = 200\nc = 3\nd = 4\ne = 50\n");
    }

    use super::*;

    #[test]
    fn log_records_cannot_be_forged_by_paths() {
        let (a, b, c) = ("a".repeat(40), "b".repeat(40), "c".repeat(40));
        let bytes = format!(
            "{a}\0\nM\0regions/x/jaarplan.toml\0{b}\0\nR100\0old\x1e/j.toml\0new\nj.toml\0{c}\0\nA\0old\x1e/j.toml\0A\0{a}\0"
        );
        let log = parse_log(bytes.as_bytes()).unwrap();
        assert_eq!(log.len(), 4);
        assert_eq!(log[1].path, "new\nj.toml");
        assert_eq!(log[2].status, "A");
        // A path that looks like a hash is still a path of the same commit.
        assert_eq!(
            (log[3].hash.as_str(), log[3].path.as_str()),
            (c.as_str(), a.as_str())
        );
    }

    #[test]
    fn commit_headers() {
        let obj = b"tree t\nparent p1\nparent p2\nauthor Co\xc3\xb6 <a@b> 1785567600 +0200\ncommitter x <y> 1 +0000\n\nSubject \x1e with\nmore\n\nbody\n";
        let m = parse_commit(obj);
        assert_eq!(m.author, "Coö");
        assert_eq!(m.date, "2026-08-01T09:00:00+02:00");
        assert_eq!(m.subject, "Subject \u{1e} with more");
        assert_eq!(m.parents, 2);
    }
}
