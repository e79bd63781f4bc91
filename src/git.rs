//! Git access through the `git` binary: the history of one file and its
//! contents at each commit. One `git log` and one `git cat-file --batch`
//! process, however many commits; arguments never pass through a shell and
//! paths always follow `--`.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Debug)]
pub enum GitError {
    NotInstalled,
    NotARepository(PathBuf),
    NoCommits,
    Failed(String),
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GitError::NotInstalled => write!(
                f,
                "--history reads git, and git is not installed (or not on PATH)\n  = help: install git; everything else in vsopro works without it"
            ),
            GitError::NotARepository(p) => write!(
                f,
                "--history needs a git repository, and {} is not inside one\n  = help: the history of a jaarplan is its git commits: run `git init` and commit the data folder",
                p.display()
            ),
            GitError::NoCommits => write!(
                f,
                "the git repository has no commits yet\n  = help: commit the data folder first"
            ),
            GitError::Failed(msg) => write!(f, "git failed: {msg}"),
        }
    }
}

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
}

fn git(root: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(root).args(["-c", "core.quotePath=false"]);
    // Messages we match on must not be translated.
    c.env("LC_ALL", "C");
    c
}

fn run(mut cmd: Command) -> Result<std::process::Output, GitError> {
    cmd.stdin(Stdio::null());
    cmd.output().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => GitError::NotInstalled,
        _ => GitError::Failed(e.to_string()),
    })
}

/// The commits that changed one file, and whether older ones may be missing.
#[derive(Debug, Clone)]
pub struct History {
    /// Newest first.
    pub commits: Vec<Commit>,
    /// A shallow clone: history before its boundary is not available.
    pub shallow: bool,
}

/// Commits that changed `rel` (relative to `root`), newest first, following
/// renames. Three processes in all: rev-parse, log, and (later) cat-file.
pub fn file_history(root: &Path, rel: &str) -> Result<History, GitError> {
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
        return Err(GitError::NotARepository(root.to_path_buf()));
    }
    let shallow = lines.next() == Some("true");
    let mut c = git(root);
    c.args([
        "log",
        "--follow",
        "--name-status",
        "--no-color",
        "--format=%x1e%H%x1f%h%x1f%aI%x1f%an%x1f%s",
        "--",
        rel,
    ]);
    let out = run(c)?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        // LC_ALL=C keeps this message in English.
        if err.contains("does not have any commits") {
            return Err(GitError::NoCommits);
        }
        return Err(GitError::Failed(err.trim().to_string()));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut commits = Vec::new();
    for record in text.split('\x1e').filter(|r| !r.trim().is_empty()) {
        let mut lines = record.lines();
        let header = lines.next().unwrap_or_default();
        let f: Vec<&str> = header.split('\x1f').collect();
        if f.len() < 5 {
            continue;
        }
        // The last name-status line names the file as this commit left it.
        let status = lines.rfind(|l| !l.trim().is_empty()).unwrap_or_default();
        let cols: Vec<&str> = status.split('\t').collect();
        let Some(path) = cols.last().filter(|_| cols.len() >= 2) else {
            continue;
        };
        commits.push(Commit {
            hash: f[0].to_string(),
            short: f[1].to_string(),
            date: f[2].to_string(),
            author: f[3].to_string(),
            subject: f[4..].join("\x1f"),
            path: path.to_string(),
            deleted: cols[0].starts_with('D'),
        });
    }
    Ok(History { commits, shallow })
}

/// The contents of `rev:path` for each pair, through one `git cat-file --batch`.
/// `None` where the object does not exist.
pub fn read_files(
    root: &Path,
    specs: &[(String, String)],
) -> Result<Vec<Option<Vec<u8>>>, GitError> {
    if specs.is_empty() {
        return Ok(Vec::new());
    }
    let mut c = git(root);
    c.args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = c.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => GitError::NotInstalled,
        _ => GitError::Failed(e.to_string()),
    })?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input: String = specs
        .iter()
        .map(|(rev, path)| format!("{rev}:{path}\n"))
        .collect();
    // Written from a thread: git answers while we are still asking.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut out = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut blobs = Vec::with_capacity(specs.len());
    for _ in specs {
        let mut header = String::new();
        if out
            .read_line(&mut header)
            .map_err(|e| GitError::Failed(e.to_string()))?
            == 0
        {
            return Err(GitError::Failed("git cat-file ended early".into()));
        }
        let parts: Vec<&str> = header.split_whitespace().collect();
        if parts.len() != 3 {
            blobs.push(None);
            continue;
        }
        let size: usize = parts[2]
            .parse()
            .map_err(|_| GitError::Failed(format!("bad cat-file header: {header}")))?;
        let mut buf = vec![0; size + 1];
        out.read_exact(&mut buf)
            .map_err(|e| GitError::Failed(e.to_string()))?;
        buf.truncate(size);
        blobs.push((parts[1] == "blob").then_some(buf));
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(blobs)
}
