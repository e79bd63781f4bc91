//! Synthetic, valid national data for benchmarks (`examples/synth.rs`):
//! all 35 regions, sized by a scale factor, deterministic for a seed.

use std::fmt::Write as _;
use std::path::Path;
use vsopro::model::Role;
use vsopro::registry::{REGIONS, THEMES};

/// A small deterministic generator (SplitMix64): benchmarks need the same
/// data on every machine, not cryptographic randomness.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const STATUSES: [&str; 4] = ["planned", "active", "done", "dropped"];
const LEVELS: [&str; 3] = ["bestuurlijk", "beleidsmatig", "operationeel"];

fn themes(rng: &mut Rng) -> String {
    let a = rng.pick(THEMES).id;
    let b = rng.pick(THEMES).id;
    if a == b {
        format!("[\"{a}\"]")
    } else {
        format!("[\"{a}\", \"{b}\"]")
    }
}

fn date(rng: &mut Rng, year: i32) -> String {
    format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28))
}

fn brin(i: usize) -> String {
    let letters = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    format!(
        "{:02}{}{}",
        i % 100,
        letters[(i / 100) % 26] as char,
        letters[(i / 2600) % 26] as char
    )
}

/// The five files of one region as (file name, contents).
pub fn region_files(index: usize, scale: usize, seed: u64) -> Vec<(&'static str, String)> {
    let info = &REGIONS[index];
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0x1000_0001));
    let municipalities: Vec<String> = (1..=6)
        .map(|i| format!("Gemeente {} {i}", info.code))
        .collect();
    let (n_schools, n_tables, n_knelpunten, n_actions) =
        (20 * scale, 10 * scale, 30 * scale, 60 * scale);

    let mut region = format!(
        "name = \"{}\"\ncode = \"{}\"\ncentrumgemeente = \"{}\"\nmunicipalities = [",
        info.name, info.code, municipalities[0]
    );
    region.push_str(
        &municipalities
            .iter()
            .map(|m| format!("\"{m}\""))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let status = ["appointed", "recruiting", "exploring", "none"][index % 4];
    let _ = write!(region, "]\n\n[coordinator]\nstatus = \"{status}\"\n");
    if status == "appointed" {
        let _ = write!(
            region,
            "name = \"Coördinator {}\"\nhours_per_week = {}\nsince = 2024-09-01\nscale = \"LC\"\n",
            info.code,
            8 + rng.below(24)
        );
    }
    for i in 0..3 {
        let _ = write!(
            region,
            "\n[[stuurgroep]]\nname = \"Directeur {i}\"\nrole = \"directeur\"\nschool = \"school-{i}\"\n"
        );
    }

    let mut schools = String::new();
    for i in 0..n_schools {
        let vso = i % 3 == 0;
        let _ = write!(
            schools,
            "[[school]]\nid = \"school-{i}\"\nname = \"School {} {i}\"\nkind = \"{}\"\nbrin = \"{}\"\nmunicipality = \"{}\"\nboard = \"Stichting {}\"\nstudents = {}\n",
            info.code,
            if vso { "vso" } else { "pro" },
            brin(index * 10_000 + i),
            rng.pick(&municipalities),
            i % 7,
            50 + rng.below(400)
        );
        if vso {
            let _ = write!(
                schools,
                "profiles = [\"arbeidsmarktgericht\", \"dagbesteding\"]\ncluster = {}\n",
                1 + rng.below(4)
            );
        }
        schools.push('\n');
    }

    let mut tables = String::new();
    for i in 0..n_tables {
        let relevant = i % 5 != 4;
        let _ = write!(
            tables,
            "[[overlegtafel]]\nid = \"tafel-{i}\"\nname = \"Overlegtafel {i}\"\nlevel = \"{}\"\norganizer = \"Gemeente\"\npartners = [\"UWV\", \"mbo\"]\nfrequency = \"maandelijks\"\nrelevant = {relevant}\n",
            rng.pick(&LEVELS)
        );
        if relevant {
            let by = if i % 2 == 0 {
                "coordinator".to_string()
            } else {
                format!("school-{}", rng.below(n_schools))
            };
            let _ = write!(
                tables,
                "represented_by = \"{by}\"\nthemes = {}\n\n",
                themes(&mut rng)
            );
        } else {
            tables.push_str("reason = \"Geen pro/vso-leerlingen in de doelgroep.\"\n\n");
        }
    }
    for (kind, count) in [
        ("plan", scale.max(1)),
        ("project", 4 * scale),
        ("development", 5 * scale),
    ] {
        for i in 0..count {
            let _ = write!(
                tables,
                "[[{kind}]]\nid = \"{kind}-{i}\"\nname = \"{kind} {i}\"\nowner = \"Regio\"\nstart = 2026-01-01\nend = 2027-12-31\nfunding = \"Regionale middelen\"\nthemes = {}\n\n",
                themes(&mut rng)
            );
        }
    }

    let mut actions = String::new();
    for i in 0..n_knelpunten {
        let _ = write!(
            actions,
            "[[knelpunt]]\nid = \"knelpunt-{i}\"\ntext = \"Knelpunt {i} van de scholen in de regio.\"\nschools = [\"school-{}\", \"school-{}\"]\nthemes = {}\n\n",
            rng.below(n_schools),
            rng.below(n_schools),
            themes(&mut rng)
        );
    }
    for i in 0..n_actions {
        let _ = write!(
            actions,
            "[[action]]\nid = \"action-{i}\"\ntitle = \"Actie {i}\"\nthemes = {}\nrole = \"{}\"\naddresses = [\"knelpunt-{}\"]\nschools = [\"school-{}\"]\noverlegtafel = \"tafel-{}\"\nowner = \"coordinator\"\nstatus = \"{}\"\ndue = {}\n",
            themes(&mut rng),
            rng.pick(Role::ALL).as_str(),
            rng.below(n_knelpunten),
            rng.below(n_schools),
            rng.below(n_tables),
            rng.pick(&STATUSES),
            date(&mut rng, 2027),
        );
        // Every 17th a good practice, written out as a coordinator shares
        // one: what it is and whom to ask (valid data: no finding).
        if i % 17 == 0 {
            let _ = write!(
                actions,
                "example = true\nsummary = \"Leerlingen van school {} lopen stage bij werkgevers in de regio, met een begeleider van school op de werkvloer.\"\ncontact = {{ role = \"stagecoördinator\", organisation = \"School {}\" }}\n",
                rng.below(n_schools),
                rng.below(n_schools),
            );
        }
        actions.push('\n');
    }

    let jaarplan = jaarplan_text(info.name, scale, n_actions, 0, &mut rng);
    vec![
        ("region.toml", region),
        ("schools.toml", schools),
        ("overlegtafels.toml", tables),
        ("actions.toml", actions),
        ("jaarplan.toml", jaarplan),
    ]
}

/// A jaarplan; `version` varies goals, approval and meetings for history commits.
pub fn jaarplan_text(
    name: &str,
    scale: usize,
    n_actions: usize,
    version: usize,
    rng: &mut Rng,
) -> String {
    let approved = version % 3 == 2;
    let mut s = format!(
        "title = \"Jaarplan {name} 2026-2027\"\nstart = 2026-08-01\nend = 2027-07-31\nregional_plan = \"plan-0\"\n\n[approval]\nstatus = \"{}\"\n",
        if approved { "approved" } else { "draft" }
    );
    if approved {
        let _ = write!(
            s,
            "date = 2026-09-{:02}\nby = \"Directies\"\n",
            1 + version % 28
        );
    }
    for g in 0..(5 * scale).max(1) {
        let _ = write!(
            s,
            "\n[[goal]]\nid = \"goal-{g}\"\ntext = \"Doel {g}, versie {}\"\nthemes = {}\nactions = [\"action-{}\", \"action-{}\"]\n",
            if g == version % (5 * scale).max(1) {
                version
            } else {
                0
            },
            themes(rng),
            rng.below(n_actions),
            rng.below(n_actions)
        );
    }
    for q in 0..(1 + version % 4) {
        let _ = write!(
            s,
            "\n[[meeting]]\nkind = \"stuurgroep\"\ndate = 2026-{:02}-15\n",
            9 + q
        );
    }
    s.push_str("\n[[meeting]]\nkind = \"directies\"\ndate = 2026-10-01\n");
    s
}

/// Writes all 35 regions (and a vsopro.toml) under `out`.
pub fn write_dataset(out: &Path, scale: usize, seed: u64) -> std::io::Result<u64> {
    let mut bytes = 0;
    std::fs::create_dir_all(out)?;
    std::fs::write(
        out.join("vsopro.toml"),
        "[caseload]\nminutes_per_school = 80\nhours_per_week = 36\n",
    )?;
    for (i, r) in REGIONS.iter().enumerate() {
        let dir = out.join("regions").join(r.slug);
        std::fs::create_dir_all(&dir)?;
        for (name, text) in region_files(i, scale, seed) {
            bytes += text.len() as u64;
            std::fs::write(dir.join(name), text)?;
        }
    }
    Ok(bytes)
}

/// A `git fast-import` stream: one commit with the whole dataset as it is
/// on disk, then `commits` commits that each change one region's jaarplan.
pub fn history_stream(
    out: &Path,
    scale: usize,
    seed: u64,
    commits: usize,
) -> std::io::Result<String> {
    let mut s = String::new();
    let mut mark = 0;
    let mut blob = |s: &mut String, data: &str| {
        mark += 1;
        let _ = write!(s, "blob\nmark :{mark}\ndata {}\n{data}\n", data.len());
        mark
    };
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(out).sort_by_file_name() {
        let entry = entry?;
        if entry.file_type().is_file()
            && !entry.path().components().any(|c| c.as_os_str() == ".git")
        {
            let rel = entry
                .path()
                .strip_prefix(out)
                .expect("under out")
                .to_string_lossy()
                .replace('\\', "/");
            let m = blob(&mut s, &std::fs::read_to_string(entry.path())?);
            files.push((rel, m));
        }
    }
    let mut time = 1_767_225_600u64; // 2026-01-01
    // Later commits on the branch continue from its tip.
    let commit = |s: &mut String, msg: &str, changes: &[(String, usize)], time: u64| {
        let _ = write!(
            s,
            "commit refs/heads/main\nauthor Synth <synth@example.org> {time} +0100\ncommitter Synth <synth@example.org> {time} +0100\ndata {}\n{msg}\n",
            msg.len()
        );
        for (path, m) in changes {
            let _ = writeln!(s, "M 100644 :{m} {path}");
        }
        s.push('\n');
    };
    commit(&mut s, "Synthetic data", &files, time);
    let mut rng = Rng::new(seed);
    for k in 1..=commits {
        let index = rng.below(REGIONS.len());
        let info = &REGIONS[index];
        let text = jaarplan_text(info.name, scale, 60 * scale, k, &mut rng);
        let path = format!("regions/{}/jaarplan.toml", info.slug);
        let m = blob(&mut s, &text);
        time += 3600;
        commit(
            &mut s,
            &format!("Jaarplan {} versie {k}", info.name),
            &[(path, m)],
            time,
        );
    }
    Ok(s)
}
