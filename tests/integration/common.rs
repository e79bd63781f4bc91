//! The test harness: a sandbox folder per test and a builder that runs the
//! real binary in it, isolated from the machine it runs on (no global git
//! configuration, no repository or data root above the sandbox, a fixed date,
//! no colour).
#![allow(dead_code)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixed reference date of every test.
pub const TODAY: &str = "2026-11-22";

pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures")
}

/// The source tree: for fixtures, examples and documentation only; tests
/// never run vsopro on it.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn examples() -> PathBuf {
    repo().join("examples")
}

/// Copies `from` into `to`, overwriting files that exist.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).min_depth(1) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A temporary folder that a test owns; removed when dropped.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Sandbox {
    /// An empty folder.
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// The valid base region (Gorinchem) of tests/fixtures/base.
    pub fn base() -> Self {
        Self::new().copy(&fixtures().join("base"))
    }

    /// The base region with the fixture of one diagnostic code laid over it.
    pub fn case(code: &str) -> Self {
        let overlay = fixtures().join("check").join(code);
        assert!(overlay.is_dir(), "no fixture folder {}", overlay.display());
        let sandbox = Self::base().copy(&overlay);
        // The example of `vsopro uitleg` is not part of the data.
        std::fs::remove_file(sandbox.join("fix.toml")).expect("every case has a fix.toml");
        sandbox
    }

    /// The base region with one of tests/fixtures/dutch/ laid over it.
    pub fn dutch(case: &str) -> Self {
        let overlay = fixtures().join("dutch").join(case);
        assert!(overlay.is_dir(), "no fixture folder {}", overlay.display());
        Self::base().copy(&overlay)
    }

    /// The example data (Midden-Holland, every field used).
    pub fn examples() -> Self {
        Self::new().copy(&examples())
    }

    fn copy(self, from: &Path) -> Self {
        copy_tree(from, self.path());
        self
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.path().join(rel)
    }

    /// Writes a file (and its folders) relative to the sandbox.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> &Self {
        let p = self.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, contents).unwrap();
        self
    }

    pub fn read(&self, rel: &str) -> String {
        let p = self.join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    /// Every file under `rel` with its bytes, sorted: for "nothing changed".
    pub fn files(&self, rel: &str) -> Vec<(String, Vec<u8>)> {
        let dir = self.join(rel);
        let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(&dir).unwrap().display().to_string(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        out.sort();
        out
    }

    /// `vsopro --root SANDBOX ARGS` in the sandbox.
    pub fn run(&self, args: &[&str]) -> Run {
        self.cmd(args).run()
    }

    /// A command to adjust before running.
    pub fn cmd(&self, args: &[&str]) -> Cmd<'_> {
        Cmd {
            sandbox: self,
            args: args.iter().map(OsString::from).collect(),
            cwd: None,
            root: true,
            today: TODAY.into(),
            lang: Some("en"),
            env: Vec::new(),
        }
    }

    /// A shallow clone of `repo` (`depth` commits) as the folder `name` here.
    pub fn clone_shallow(&self, repo: &Sandbox, depth: u32, name: &str) {
        let url = format!("file://{}", repo.path().display());
        let depth = depth.to_string();
        self.git(
            ".",
            &["clone", "-q", "--depth", &depth, &url, name],
            "2026-11-01T10:00:00+01:00",
        );
    }

    /// A pre-commit hook that refuses every commit, saying `reason`.
    pub fn refuse_commits(&self, reason: &str) {
        self.write(
            ".git/hooks/pre-commit",
            format!("#!/bin/sh\necho {reason} >&2\nexit 1\n"),
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(
                self.join(".git/hooks/pre-commit"),
                std::fs::Permissions::from_mode(0o755),
            )
            .unwrap();
        }
    }

    /// Runs git in the sandbox (or a folder in it) with a fixed identity and date.
    pub fn git(&self, rel: &str, args: &[&str], when: &str) -> String {
        let out = Command::new("git")
            .current_dir(self.join(rel))
            .args(args)
            .envs(isolation(self.path()))
            .env("GIT_AUTHOR_NAME", "Coördinator Test")
            .env("GIT_AUTHOR_EMAIL", "coordinator@example.org")
            .env("GIT_COMMITTER_NAME", "Coördinator Test")
            .env("GIT_COMMITTER_EMAIL", "coordinator@example.org")
            .env("GIT_AUTHOR_DATE", when)
            .env("GIT_COMMITTER_DATE", when)
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

/// The environment every process of a test runs with: nothing of the
/// machine's git or vsopro set-up, and no repository or data root above the
/// sandbox.
pub fn isolation(sandbox: &Path) -> Vec<(&'static str, OsString)> {
    let ceiling = sandbox
        .parent()
        .unwrap_or(sandbox)
        .as_os_str()
        .to_os_string();
    vec![
        ("GIT_CEILING_DIRECTORIES", ceiling.clone()),
        ("VSOPRO_CEILING_DIRECTORIES", ceiling),
        ("GIT_CONFIG_GLOBAL", "/dev/null".into()),
        ("GIT_CONFIG_NOSYSTEM", "1".into()),
        ("HOME", sandbox.as_os_str().to_os_string()),
        ("LC_ALL", "C".into()),
    ]
}

pub struct Cmd<'a> {
    sandbox: &'a Sandbox,
    args: Vec<OsString>,
    cwd: Option<PathBuf>,
    /// Pass `--root` (the working directory).
    root: bool,
    today: String,
    /// `--lang`; English unless a test asks for Dutch.
    lang: Option<&'static str>,
    env: Vec<(String, Option<OsString>)>,
}

impl Cmd<'_> {
    /// Runs in this folder of the sandbox and finds the data root itself.
    pub fn discover_from(mut self, rel: &str) -> Self {
        self.cwd = Some(self.sandbox.join(rel));
        self.root = false;
        self
    }

    /// Runs in `dir` (inside the sandbox) without `--root`.
    pub fn discover_in(mut self, dir: &Path) -> Self {
        self.cwd = Some(dir.to_path_buf());
        self.root = false;
        self
    }

    /// Runs in this folder of the sandbox, with it as `--root`.
    pub fn root_at(mut self, rel: &str) -> Self {
        self.cwd = Some(self.sandbox.join(rel));
        self.root = true;
        self
    }

    /// Runs in this language (`nl`, `en`), or with none: the default of
    /// the environment decides (Dutch here, where the locale is `C`).
    pub fn lang(mut self, lang: Option<&'static str>) -> Self {
        self.lang = lang;
        self
    }

    pub fn today(mut self, date: &str) -> Self {
        self.today = date.into();
        self
    }

    pub fn env(mut self, key: &str, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), Some(value.into())));
        self
    }

    /// A git identity and fixed date for the commits vsopro itself makes.
    pub fn git_identity(self, when: &str) -> Self {
        self.env("GIT_AUTHOR_NAME", "Coördinator Test")
            .env("GIT_AUTHOR_EMAIL", "coordinator@example.org")
            .env("GIT_COMMITTER_NAME", "Coördinator Test")
            .env("GIT_COMMITTER_EMAIL", "coordinator@example.org")
            .env("GIT_AUTHOR_DATE", when)
            .env("GIT_COMMITTER_DATE", when)
    }

    pub fn env_remove(mut self, key: &str) -> Self {
        self.env.push((key.into(), None));
        self
    }

    /// Runs in the sandbox without `--root`: the arguments name it.
    pub fn no_root(mut self) -> Self {
        self.root = false;
        self
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub fn run(self) -> Run {
        Run(self.command().output().expect("vsopro runs"))
    }

    /// Starts the run without waiting for it (for runs at the same time).
    pub fn spawn(self) -> std::process::Child {
        self.command()
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("vsopro starts")
    }

    /// The command, for a server to start (`web::Server::spawn`).
    pub fn command(self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_vsopro"));
        let cwd = self.cwd.as_deref().unwrap_or(self.sandbox.path());
        c.current_dir(cwd);
        c.envs(isolation(self.sandbox.path()));
        for key in ["NO_COLOR", "VSOPRO_LANG", "CI", "LANG", "LANGUAGE"] {
            c.env_remove(key);
        }
        c.args(["--today", &self.today, "--color", "never"]);
        if let Some(lang) = self.lang {
            c.args(["--lang", lang]);
        }
        if self.root {
            c.arg("--root").arg(cwd);
        }
        c.args(&self.args);
        for (k, v) in &self.env {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c
    }
}

/// What a run printed and how it ended.
pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().expect("exited normally")
    }

    pub fn stdout(&self) -> String {
        String::from_utf8(self.0.stdout.clone()).expect("stdout is UTF-8")
    }

    pub fn stderr(&self) -> String {
        String::from_utf8(self.0.stderr.clone()).expect("stderr is UTF-8")
    }

    /// The codes of `check --format json`, in order.
    pub fn codes(&self) -> Vec<String> {
        self.json()["diagnostics"]
            .as_array()
            .expect("check --format json")
            .iter()
            .map(|d| d["code"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout())
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout(), self.stderr()))
    }

    /// Asserts the exit code, showing stderr when it differs.
    #[track_caller]
    pub fn expect(&self, code: i32) -> &Self {
        assert_eq!(self.code(), code, "stderr:\n{}", self.stderr());
        self
    }

    /// Asserts that stderr contains `text`.
    #[track_caller]
    pub fn err_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr().contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr()
        );
        self
    }

    /// Asserts that stdout contains `text`.
    #[track_caller]
    pub fn out_has(&self, text: &str) -> &Self {
        assert!(
            self.stdout().contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout()
        );
        self
    }
}
