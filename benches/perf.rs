//! Performance, measured as ratios against floors taken in the same run.
//!
//!     cargo bench --bench perf                 # scales 1 and 10, history 100
//!     VSOPRO_BENCH_FULL=1 cargo bench --bench perf   # also scale 100 and 1,000 commits
//!
//! Floors: reading and parsing every TOML file into `toml::Table` (data),
//! `git log -p` of the jaarplan (history). Each figure is the median of
//! several runs; the table is what docs/performance.md reports. A hand-made
//! harness because the figures that matter are ratios within one run, which
//! criterion and divan do not report.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
#[path = "support/synth.rs"]
mod synth;

use vsopro::render::{self, Format, Options};
use vsopro::report;

/// Median wall time of `f`; what it returns is dropped outside the timing,
/// as the binary never frees its data before exiting.
fn median<T>(mut runs: usize, mut f: impl FnMut() -> T) -> Duration {
    runs = runs.max(1);
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let kept = f();
            let elapsed = t.elapsed();
            drop(kept);
            elapsed
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn toml_files(root: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.path().extension().is_some_and(|x| x == "toml")
                && !e.path().components().any(|c| c.as_os_str() == ".git")
        })
        .map(|e| e.into_path())
        .collect()
}

/// The floor: every file read and parsed into a plain table, nothing else.
fn floor(files: &[PathBuf]) {
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        let t: toml::Table = toml::from_str(&text).unwrap();
        std::hint::black_box(t);
    }
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn check(root: &Path) -> vsopro::model::Dataset {
    let data = vsopro::load::load(root, None).unwrap();
    let diags = vsopro::check::run(&data, today());
    std::hint::black_box(diags);
    data
}

fn in_one_thread<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(f)
}

/// A whole report as the command computes it: load, check, compute, render.
fn report_run(root: &Path, which: &str) -> vsopro::model::Dataset {
    let data = vsopro::load::load(root, None).unwrap();
    let diags = vsopro::check::run(&data, today());
    std::hint::black_box(&diags);
    let norms = report::caseload::Norms::from_settings(&data.settings.caseload);
    let opts = Options::default();
    let out = match which {
        "caseload" => render::render(&report::caseload::compute(&data, norms), Format::Json, opts),
        "themes" => render::render(&report::themes::compute(&data), Format::Json, opts),
        "staffing" => render::render(&report::staffing::compute(&data, norms), Format::Json, opts),
        "foto" => render::render(
            &report::foto::compute(&data.regions[0], norms, today()),
            Format::Json,
            opts,
        ),
        "jaarplan" => render::render(
            &report::jaarplan::compute(&data.regions[0], today()).unwrap(),
            Format::Json,
            opts,
        ),
        _ => unreachable!(),
    };
    std::hint::black_box(out);
    data
}

fn vsopro_bin() -> PathBuf {
    // cargo bench builds the binary in the same profile folder.
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

/// Peak resident memory of a command, in KiB (GNU time), if available.
fn peak_kib(cmd: &mut Command) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.is_file() {
        return None;
    }
    let program = cmd.get_program().to_owned();
    let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
    let out = Command::new(time)
        .arg("-f")
        .arg("%M")
        .arg(program)
        .args(args)
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

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
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .env("GIT_AUTHOR_NAME", "Bench")
                .env("GIT_AUTHOR_EMAIL", "bench@example.org")
                .env("GIT_COMMITTER_NAME", "Bench")
                .env("GIT_COMMITTER_EMAIL", "bench@example.org")
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
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.org")
        .env("GIT_COMMITTER_NAME", "Bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.org")
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
        // The page the edit redirects to (all 35 regions loaded and checked,
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

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing useful.
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return;
    }
    let full = std::env::var_os("VSOPRO_BENCH_FULL").is_some();
    let scales: &[usize] = if full { &[1, 10, 100] } else { &[1, 10] };
    let bin = vsopro_bin();
    let threads = rayon::current_num_threads();
    println!(
        "machine: {} cores for rayon; {}\n",
        threads,
        std::env::consts::ARCH
    );
    println!("| measurement | floor | vsopro | ratio |");
    println!("|---|---:|---:|---:|");
    for git in [false, true] {
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
    // `VSOPRO_BENCH_ONLY=workbench`: the workbench's figures alone.
    if std::env::var("VSOPRO_BENCH_ONLY").is_ok_and(|v| v == "workbench") {
        return;
    }
    let mut per_scale = Vec::new();
    for &scale in scales {
        let dir = tempfile::tempdir().unwrap();
        let bytes = synth(dir.path(), scale, None);
        let files = toml_files(dir.path());
        let runs = if scale >= 100 { 3 } else { 7 };
        floor(&files); // warm the page cache
        let f1 = median(runs, || in_one_thread(|| floor(&files)));
        let c1 = median(runs, || in_one_thread(|| check(dir.path())));
        let cp = median(runs, || check(dir.path()));
        println!(
            "| scale {scale}: the data set | {:.1} MB in {} files | | |",
            bytes as f64 / 1e6,
            files.len()
        );
        row(&format!("scale {scale}: check, 1 thread"), f1, c1);
        row(&format!("scale {scale}: check, {threads} threads"), f1, cp);
        for which in ["caseload", "themes", "staffing", "foto", "jaarplan"] {
            let t = median(runs, || report_run(dir.path(), which));
            row(
                &format!("scale {scale}: {which} (load+check+report)"),
                f1,
                t,
            );
        }
        if let Some(kib) =
            peak_kib(Command::new(&bin).args(["--root", dir.path().to_str().unwrap(), "check"]))
        {
            println!(
                "| scale {scale}: peak memory of `vsopro check` | {:.1} MB on disk | {:.1} MB | {:.2}× |",
                bytes as f64 / 1e6,
                kib as f64 * 1024.0 / 1e6,
                kib as f64 * 1024.0 / bytes as f64
            );
        }
        per_scale.push((scale, f1, c1));
    }
    if let (Some(first), Some(last)) = (per_scale.first(), per_scale.last()) {
        let growth = last.2.as_secs_f64() / first.2.as_secs_f64();
        let data_growth = last.1.as_secs_f64() / first.1.as_secs_f64();
        println!(
            "| check time, scale {} / scale {} (target ≤ {:.0}×) | {data_growth:.1}× (floor) | {growth:.1}× | |",
            last.0,
            first.0,
            last.0 as f64 / first.0 as f64 * 1.1
        );
    }

    let commits: &[usize] = if full { &[100, 1000] } else { &[100] };
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
        let count = String::from_utf8_lossy(
            &Command::new("git")
                .current_dir(dir.path())
                .args(["rev-list", "--count", "HEAD", "--", &path])
                .output()
                .unwrap()
                .stdout,
        )
        .trim()
        .to_string();
        let runs = 5;
        let g = median(runs, || {
            let o = Command::new("git")
                .current_dir(dir.path())
                .args(["log", "-p", "--follow", "--", &path])
                .output()
                .unwrap();
            std::hint::black_box(o);
        });
        let v = median(runs, || {
            let o = Command::new(&bin)
                .current_dir(dir.path())
                .args(["jaarplan", &slug, "--history", "--format", "json"])
                .output()
                .unwrap();
            assert!(o.status.success());
            std::hint::black_box(o);
        });
        row(
            &format!(
                "history: {k} commits in the repository, {count} of them on the plan (floor: git log -p --follow)"
            ),
            g,
            v,
        );
    }

    let start = median(21, || {
        let o = Command::new(&bin)
            .args(["caseload", "--schools", "30"])
            .output()
            .unwrap();
        assert!(o.status.success());
    });
    println!(
        "| start-up: `vsopro caseload --schools 30` (target < 5 ms) | | {} | |",
        ms(start)
    );
}
