//! Performance, measured as a user meets it: whole processes, each against
//! a floor measured in the same run, reported as ratios.
//!
//!     cargo build --release
//!     cargo bench --bench perf                        # scales 1 and 10, 100 commits
//!     VSOPRO_BENCH_FULL=1 cargo bench --bench perf    # also scale 100, 10,000 commits
//!     VSOPRO_BENCH_ONLY=workbench cargo bench --bench perf   # the workbench alone
//!     VSOPRO_BENCH_ONLY=check VSOPRO_BENCH_FULL=1 cargo bench --bench perf  # check alone, scales 1–100
//!     VSOPRO_BIN=/path/to/vsopro cargo bench --bench perf    # another build
//!
//! Every figure is the median of N runs of a real process (`vsopro` from the
//! same profile folder), the measurements of one scale alternating run by
//! run so that a slower minute of the machine hits all of them alike. Peak
//! memory comes from `wait4`'s `ru_maxrss`. The floor is this benchmark's
//! own binary started as `perf floor DIR THREADS`: it reads and parses every
//! TOML file into a `toml::Table`, nothing else, in one thread or two. A
//! hand-made harness, because the figures that matter are ratios within one
//! run, which criterion and divan do not report.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
#[path = "support/synth.rs"]
mod synth;

fn toml_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.path().extension().is_some_and(|x| x == "toml")
                && !e.path().components().any(|c| c.as_os_str() == ".git")
        })
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// The floor process: every file read and parsed into a plain table,
/// nothing else, by `threads` threads taking every n-th file.
fn floor_process(dir: &Path, threads: usize) {
    let files = toml_files(dir);
    std::thread::scope(|scope| {
        for t in 0..threads {
            let files = &files;
            scope.spawn(move || {
                for f in files.iter().skip(t).step_by(threads) {
                    let text = std::fs::read_to_string(f).unwrap();
                    let table: toml::Table = toml::from_str(&text).unwrap();
                    std::hint::black_box(table);
                }
            });
        }
    });
}

/// One finished process: wall time and peak resident memory.
#[derive(Clone, Copy)]
struct Run {
    time: Duration,
    peak_kib: u64,
}

/// Runs a command to its end (output discarded), timing it and reading its
/// peak memory from `wait4`.
fn run(cmd: &mut Command) -> Run {
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let start = Instant::now();
    let child = cmd.spawn().expect("the command starts");
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid out-parameter for wait4.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: pid is our own child, not yet reaped; status and usage are
    // valid for writes.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = start.elapsed();
    assert_eq!(r, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) <= 1,
        "{cmd:?} ended with {status}"
    );
    // The child is reaped; forget the handle so that nothing waits again.
    std::mem::forget(child);
    Run {
        time,
        peak_kib: usage.ru_maxrss as u64,
    }
}

/// Runs every command `rounds` times, alternating, and gives each one's
/// median time and median peak memory.
fn alternate(rounds: usize, cmds: &mut [Command]) -> Vec<Run> {
    let mut runs: Vec<Vec<Run>> = vec![Vec::new(); cmds.len()];
    for _ in 0..rounds {
        for (i, cmd) in cmds.iter_mut().enumerate() {
            runs[i].push(run(cmd));
        }
    }
    runs.into_iter()
        .map(|mut r| {
            r.sort_by_key(|x| x.time);
            let time = r[r.len() / 2].time;
            r.sort_by_key(|x| x.peak_kib);
            Run {
                time,
                peak_kib: r[r.len() / 2].peak_kib,
            }
        })
        .collect()
}

fn floor_cmd(dir: &Path, threads: usize) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.arg("floor").arg(dir).arg(threads.to_string());
    cmd
}

fn vsopro_cmd(bin: &Path, dir: &Path, threads: usize, args: &[&str]) -> Command {
    let mut cmd = Command::new(bin);
    cmd.env("RAYON_NUM_THREADS", threads.to_string())
        .args(["--today", "2026-11-22", "--lang", "nl", "--root"])
        .arg(dir)
        .args(args);
    cmd
}

fn mb(kib: u64) -> f64 {
    kib as f64 * 1024.0 / 1e6
}

/// The binary measured: `VSOPRO_BIN`, else the one `cargo build --release`
/// left beside the benchmark.
fn vsopro_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("VSOPRO_BIN") {
        return PathBuf::from(bin);
    }
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let bin = dir.join("vsopro");
    assert!(
        bin.is_file(),
        "build the binary first: cargo build --release ({})",
        bin.display()
    );
    bin
}

fn synth(dir: &Path, scale: usize, history: Option<usize>) -> u64 {
    let bytes = synth::write_dataset(dir, scale, 1).unwrap();
    if let Some(k) = history {
        let stream = synth::history_stream(dir, scale, 1, k).unwrap();
        let git = |args: &[&str]| {
            Command::new("git")
                .current_dir(dir)
                .args(args)
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        };
        assert!(git(&["init", "-q", "-b", "main"]).wait().unwrap().success());
        let mut fi = git(&["fast-import", "--quiet"]);
        use std::io::Write;
        fi.stdin
            .take()
            .unwrap()
            .write_all(stream.as_bytes())
            .unwrap();
        assert!(fi.wait().unwrap().success());
        assert!(
            git(&["reset", "-q", "--hard", "main"])
                .wait()
                .unwrap()
                .success()
        );
    }
    bytes
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn row(what: &str, floor: Duration, t: Duration) {
    println!(
        "| {what} | {} | {} | {:.2}× |",
        ms(floor),
        ms(t),
        t.as_secs_f64() / floor.as_secs_f64()
    );
}

/// Median wall time of `f` in this process (for the workbench's requests).
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// git without the machine's configuration, under a fixed identity.
const GIT_ENV: [(&str, &str); 6] = [
    ("GIT_CONFIG_GLOBAL", "/dev/null"),
    ("GIT_CONFIG_NOSYSTEM", "1"),
    ("GIT_AUTHOR_NAME", "Bench"),
    ("GIT_AUTHOR_EMAIL", "bench@example.org"),
    ("GIT_COMMITTER_NAME", "Bench"),
    ("GIT_COMMITTER_EMAIL", "bench@example.org"),
];

/// A copy of the shipped data (`regions/`), in git if asked.
fn shipped(dir: &Path, git: bool) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("regions");
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.unwrap();
        let to = dir
            .join("regions")
            .join(entry.path().strip_prefix(&from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
    if git {
        for args in [
            &["init", "-q"][..],
            &["add", "-A"],
            &["commit", "-qm", "Gegevens"],
        ] {
            let ok = Command::new("git")
                .current_dir(dir)
                .args(args)
                .envs(GIT_ENV)
                .status()
                .unwrap()
                .success();
            assert!(ok, "git {args:?}");
        }
    }
}

/// One HTTP request to the workbench, answered in full.
fn http(host: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

/// The workbench's edit round trip on the shipped data: an action's status
/// form posted (the check of the region in memory, the atomic write, the
/// commit if in git, the redirect), against the same server answering
/// `style.css` (the HTTP floor).
fn workbench(bin: &Path, git: bool) -> (Duration, Duration, Duration) {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    shipped(dir.path(), git);
    let mut cmd = Command::new(bin);
    cmd.args(["--today", "2026-11-22", "--root"])
        .arg(dir.path())
        .args(["serve", "--port", "0"])
        .envs(GIT_ENV)
        .stdout(std::process::Stdio::piped());
    if !git {
        cmd.arg("--no-git");
    }
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().rsplit(' ').next().unwrap();
    let (host, token) = url
        .strip_prefix("http://")
        .unwrap()
        .split_once("/?token=")
        .unwrap();
    let get = |path: &str| {
        http(
            host,
            &format!(
                "GET {path} HTTP/1.1\r\nHost: {host}\r\nCookie: vsopro-token={token}\r\nConnection: close\r\n\r\n"
            ),
        )
    };
    let floor = median(21, || {
        assert!(get("/style.css").starts_with("HTTP/1.1 200"))
    });
    let form = "regio/gooi-en-vechtstreek/actie/route-retail/status\"";
    let mut times = Vec::new();
    let mut pages = Vec::new();
    for i in 0..21 {
        // The page the edit redirects to (the region loaded and checked,
        // the region rendered), timed apart.
        let t = Instant::now();
        let page = get("/regio/gooi-en-vechtstreek.html");
        pages.push(t.elapsed());
        let field = |from: usize, name: &str| {
            let at = from
                + page[from..]
                    .find(&format!("name=\"{name}\" value=\""))
                    .unwrap()
                + name.len()
                + 15;
            page[at..at + page[at..].find('"').unwrap()].to_string()
        };
        let at = page.find(form).expect("the status form of route-retail");
        let (csrf, hash) = (field(at, "csrf"), field(at, "hash"));
        let status = if i % 2 == 0 { "done" } else { "active" };
        let body = format!("csrf={csrf}&hash={hash}&status={status}");
        let request = format!(
            "POST /regio/gooi-en-vechtstreek/actie/route-retail/status HTTP/1.1\r\nHost: {host}\r\nCookie: vsopro-token={token}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let t = Instant::now();
        let answer = http(host, &request);
        times.push(t.elapsed());
        assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    }
    let _ = child.kill();
    let _ = child.wait();
    times.sort();
    pages.sort();
    (floor, times[times.len() / 2], pages[pages.len() / 2])
}

/// A file with `n` invalid values, and the same file valid: the school
/// list of one region with `students` as words, or as numbers.
fn invalid_values(dir: &Path, n: usize, valid: bool) {
    let region = dir.join("regions/gorinchem");
    std::fs::create_dir_all(&region).unwrap();
    std::fs::write(
        region.join("region.toml"),
        "name = \"Gorinchem\"\ncode = \"AM23\"\n\n[coordinator]\nstatus = \"unknown\"\n",
    )
    .unwrap();
    let schools: String = (0..n)
        .map(|i| {
            let students = if valid {
                format!("{}", 100 + i)
            } else {
                "\"veel\"".to_string()
            };
            format!(
                "[[school]]\nid = \"s{i}\"\nname = \"School {i}\"\nkind = \"pro\"\nstudents = {students}\n\n"
            )
        })
        .collect();
    std::fs::write(region.join("schools.toml"), schools).unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // Started by itself as the floor process.
    if args.get(1).map(String::as_str) == Some("floor") {
        floor_process(Path::new(&args[2]), args[3].parse().unwrap());
        return;
    }
    // `cargo test --benches` passes nothing useful: only `cargo bench` runs it.
    if args.iter().any(|a| a == "--list" || a == "--test") || !args.iter().any(|a| a == "--bench") {
        return;
    }
    let full = std::env::var_os("VSOPRO_BENCH_FULL").is_some();
    let only = std::env::var("VSOPRO_BENCH_ONLY").unwrap_or_default();
    let only_workbench = only == "workbench";
    let only_check = only == "check";
    let bin = vsopro_bin();
    println!(
        "machine: {} cores; {}\n",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        std::env::consts::ARCH
    );
    println!("| measurement | floor | vsopro | ratio |");
    println!("|---|---:|---:|---:|");
    for git in [false, true] {
        if only_check {
            break;
        }
        let (floor, edit, page) = workbench(&bin, git);
        row(
            &format!(
                "workbench: an edit's round trip on the shipped data, {} (floor: GET style.css)",
                if git {
                    "with its git commit"
                } else {
                    "--no-git"
                }
            ),
            floor,
            edit,
        );
        if !git {
            row(
                "workbench: a region's page on the shipped data (floor: GET style.css)",
                floor,
                page,
            );
        }
    }
    if only_workbench {
        return;
    }

    // check at each scale: the floor in 1 and 2 threads, vsopro in 1 and 2.
    let scales: &[usize] = if full { &[1, 10, 100] } else { &[1, 10] };
    let mut per_scale = Vec::new();
    for &scale in scales {
        let dir = tempfile::tempdir().unwrap();
        let bytes = synth(dir.path(), scale, None);
        let files = toml_files(dir.path()).len();
        let rounds = match scale {
            1 => 11,
            10 => 7,
            _ => 3,
        };
        let d = dir.path();
        let r = alternate(
            rounds,
            &mut [
                floor_cmd(d, 1),
                floor_cmd(d, 2),
                vsopro_cmd(&bin, d, 1, &["check"]),
                vsopro_cmd(&bin, d, 2, &["check"]),
            ],
        );
        let (f1, f2, c1, c2) = (r[0], r[1], r[2], r[3]);
        println!(
            "| scale {scale}: the data set | {:.1} MB in {files} files | | |",
            bytes as f64 / 1e6
        );
        row(
            &format!("scale {scale}: floor, 2 threads"),
            f1.time,
            f2.time,
        );
        row(&format!("scale {scale}: check, 1 thread"), f1.time, c1.time);
        row(
            &format!("scale {scale}: check, 2 threads"),
            f1.time,
            c2.time,
        );
        for (what, r) in [
            ("floor, 1 thread", f1),
            ("check, 1 thread", c1),
            ("check, 2 threads", c2),
        ] {
            println!(
                "| scale {scale}: peak memory of {what} | {:.1} MB on disk | {:.1} MB | {:.2}× |",
                bytes as f64 / 1e6,
                mb(r.peak_kib),
                r.peak_kib as f64 * 1024.0 / bytes as f64
            );
        }
        if only_check {
            per_scale.push((scale, bytes, f1.time, c1.time, c2.time));
            continue;
        }
        if scale == 10 || !full && scale == 1 {
            let out = tempfile::tempdir().unwrap();
            let site = out.path().join("site");
            let r = alternate(
                rounds,
                &mut [
                    floor_cmd(d, 1),
                    vsopro_cmd(&bin, d, 2, &["site", site.to_str().unwrap(), "--force"]),
                ],
            );
            row(&format!("scale {scale}: site"), r[0].time, r[1].time);
        }
        // The national reports, each on its lean model (two threads).
        if scale >= 10 {
            let r = alternate(
                rounds,
                &mut [
                    floor_cmd(d, 1),
                    vsopro_cmd(&bin, d, 2, &["caseload"]),
                    vsopro_cmd(&bin, d, 2, &["themes"]),
                    // The good practices, searched with Dutch stemming.
                    vsopro_cmd(&bin, d, 2, &["voorbeelden", "acties"]),
                ],
            );
            for (what, run) in [
                ("caseload", r[1]),
                ("themes", r[2]),
                ("voorbeelden acties", r[3]),
            ] {
                row(&format!("scale {scale}: {what}"), r[0].time, run.time);
                println!(
                    "| scale {scale}: peak memory of {what} | {:.1} MB on disk | {:.1} MB | {:.2}× |",
                    bytes as f64 / 1e6,
                    mb(run.peak_kib),
                    run.peak_kib as f64 * 1024.0 / bytes as f64
                );
            }
        }
        per_scale.push((scale, bytes, f1.time, c1.time, c2.time));
    }
    if let (Some(a), Some(b)) = (per_scale.first(), per_scale.last())
        && b.0 > a.0
    {
        let data = b.1 as f64 / a.1 as f64;
        println!(
            "| growth scale {} → {}: data {data:.1}×, floor {:.1}× | | check 1 thread {:.1}×, 2 threads {:.1}× | {:.2}× of the data's |",
            a.0,
            b.0,
            b.2.as_secs_f64() / a.2.as_secs_f64(),
            b.3.as_secs_f64() / a.3.as_secs_f64(),
            b.4.as_secs_f64() / a.4.as_secs_f64(),
            (b.3.as_secs_f64() / a.3.as_secs_f64()) / data
        );
    }

    if only_check {
        return;
    }

    // 600 invalid values in one file against the same file valid.
    {
        let (valid, invalid) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        invalid_values(valid.path(), 600, true);
        invalid_values(invalid.path(), 600, false);
        let r = alternate(
            11,
            &mut [
                vsopro_cmd(&bin, valid.path(), 2, &["check", "--format", "json"]),
                vsopro_cmd(&bin, invalid.path(), 2, &["check", "--format", "json"]),
            ],
        );
        let out = vsopro_cmd(&bin, invalid.path(), 2, &["check", "--format", "json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let reported = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "wrong-type")
            .count();
        row(
            &format!(
                "600 invalid values in one file ({reported} reported; floor: the same file valid)"
            ),
            r[0].time,
            r[1].time,
        );
    }

    // History against git log -p of the same file.
    let commits: &[usize] = if full { &[100, 10_000] } else { &[100] };
    for &k in commits {
        let dir = tempfile::tempdir().unwrap();
        synth(dir.path(), 1, Some(k));
        // The region that changed most.
        let slug = {
            let out = Command::new("git")
                .current_dir(dir.path())
                .args(["log", "--format=", "--name-only"])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            let mut counts = std::collections::BTreeMap::new();
            for l in text.lines().filter(|l| l.ends_with("jaarplan.toml")) {
                *counts.entry(l.to_string()).or_insert(0) += 1;
            }
            let (path, _) = counts.into_iter().max_by_key(|(_, n)| *n).unwrap();
            path.split('/').nth(1).unwrap().to_string()
        };
        let path = format!("regions/{slug}/jaarplan.toml");
        let mut git = Command::new("git");
        git.current_dir(dir.path())
            .args(["log", "-p", "--follow", "--", &path]);
        let r = alternate(
            if k >= 10_000 { 3 } else { 7 },
            &mut [
                git,
                vsopro_cmd(
                    &bin,
                    dir.path(),
                    2,
                    &["jaarplan", &slug, "--history", "--format", "json"],
                ),
            ],
        );
        row(
            &format!("history: {k} commits (floor: git log -p --follow of the plan)"),
            r[0].time,
            r[1].time,
        );
    }

    // A PDF of the shipped region's foto (only with the pdf feature).
    {
        let dir = tempfile::tempdir().unwrap();
        shipped(dir.path(), false);
        let out = dir.path().join("foto.pdf");
        let out = out.to_str().unwrap();
        let args = ["foto", "gooi-en-vechtstreek", "--out", out, "--force"];
        let pdf = vsopro_cmd(&bin, dir.path(), 2, &args)
            .stderr(Stdio::null())
            .status()
            .unwrap();
        if pdf.success() {
            let r = alternate(
                7,
                &mut [
                    floor_cmd(dir.path(), 1),
                    vsopro_cmd(&bin, dir.path(), 2, &args),
                ],
            );
            row(
                "PDF of the shipped region's foto (floor: parse of the shipped data)",
                r[0].time,
                r[1].time,
            );
        } else {
            println!("| PDF of the shipped region's foto | | built without the pdf feature | |");
        }
    }

    let start = alternate(
        21,
        &mut [{
            let mut c = Command::new(&bin);
            c.args(["caseload", "--schools", "30"]);
            c
        }],
    );
    println!(
        "| start-up: `vsopro caseload --schools 30` (target < 5 ms) | | {} | |",
        ms(start[0].time)
    );
}
