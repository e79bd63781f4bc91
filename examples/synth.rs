//! Synthetic national data for benchmarks.
//!
//!     cargo run --release --example synth -- --out /tmp/synth --scale 10 [--seed 1] [--history 1000]
//!
//! Writes all 35 regions with about 20×N schools, 10×N overlegtafels, 10×N
//! plans/projects/developments, 30×N knelpunten and 60×N actions each, and a
//! jaarplan; the same seed gives the same bytes. `--history K` makes DIR a git
//! repository with K further commits, each changing one region's jaarplan.

#[path = "../benches/support/synth.rs"]
mod synth;

use std::io::Write;
use std::process::{Command, Stdio};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let Some(out) = value("--out") else {
        eprintln!("usage: synth --out DIR [--scale N] [--seed S] [--history K]");
        std::process::exit(2);
    };
    let scale: usize = value("--scale").map_or(1, |s| s.parse().expect("--scale N"));
    let seed: u64 = value("--seed").map_or(1, |s| s.parse().expect("--seed S"));
    let out = std::path::PathBuf::from(out);
    let bytes = synth::write_dataset(&out, scale, seed).expect("writing the data");
    eprintln!(
        "wrote {bytes} bytes of TOML for 35 regions at scale {scale} into {}",
        out.display()
    );
    if let Some(k) = value("--history") {
        let commits: usize = k.parse().expect("--history K");
        let stream = synth::history_stream(&out, scale, seed, commits).expect("reading the data");
        let git = |args: &[&str]| {
            Command::new("git")
                .current_dir(&out)
                .args(args)
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .stdin(Stdio::piped())
                .spawn()
                .expect("git runs")
        };
        assert!(
            git(&["init", "-q", "-b", "main"])
                .wait()
                .expect("git init")
                .success()
        );
        let mut fi = git(&["fast-import", "--quiet"]);
        fi.stdin
            .take()
            .expect("stdin")
            .write_all(stream.as_bytes())
            .expect("feeding git");
        assert!(fi.wait().expect("fast-import").success());
        assert!(
            git(&["reset", "-q", "--hard", "main"])
                .wait()
                .expect("git reset")
                .success()
        );
        eprintln!("and a git history of {} commits", commits + 1);
    }
}
