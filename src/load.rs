//! Finding the data root and reading every region folder into the model.
//! Loading never stops at a broken file: each file is parsed on its own and
//! its problems are collected.

use crate::diag::{Code, Diagnostic};
use crate::model::*;
use crate::parse::{self, Unparsed};
use crate::registry::{self, Region};
use crate::source::SourceFile;
use crate::suggest;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const SETTINGS_FILE: &str = "vsopro.toml";
pub const REGIONS_DIR: &str = "regions";
/// Region files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The five files of a region folder, in the order they are presented.
pub const REGION_FILES: [&str; 5] = [
    "region.toml",
    "schools.toml",
    "overlegtafels.toml",
    "actions.toml",
    "jaarplan.toml",
];

/// Whether a region file was there and could be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStatus {
    Missing,
    /// Present, but too broken to yield a value (syntax error, missing required key, ...).
    Broken,
    Loaded,
}

#[derive(Debug, Clone)]
pub struct Part<T> {
    /// Path relative to the data root.
    pub path: String,
    pub status: FileStatus,
    pub value: Option<T>,
}

#[derive(Debug, Clone)]
pub struct RegionData {
    pub info: &'static Region,
    /// `regions/<slug>`
    pub dir: String,
    pub region: Part<RegionFile>,
    pub schools: Part<SchoolsFile>,
    pub overlegtafels: Part<OverlegtafelsFile>,
    pub actions: Part<ActionsFile>,
    pub jaarplan: Part<JaarplanFile>,
    /// Entities dropped for errors, by table name: references to them are not errors.
    pub unparsed: Unparsed,
}

#[derive(Debug)]
pub struct Dataset {
    pub root: PathBuf,
    pub settings: SettingsFile,
    pub sources: BTreeMap<String, SourceFile>,
    /// Official regions that have a folder, sorted by slug.
    pub regions: Vec<RegionData>,
    /// Problems found while reading.
    pub diagnostics: Vec<Diagnostic>,
}

/// Failures that stop a run before any data is read (exit code 2).
#[derive(Debug)]
pub enum LoadError {
    NoRoot { start: PathBuf },
    NotADirectory(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NoRoot { start } => write!(
                f,
                "no vsopro data found in {} or any folder above it (looked for `{SETTINGS_FILE}` or `{REGIONS_DIR}/`)\n  = help: start one with `vsopro init <region>`, or point to it with `--root DIR`",
                start.display()
            ),
            LoadError::NotADirectory(p) => write!(f, "--root {}: not a directory", p.display()),
            LoadError::Io(p, e) => write!(f, "cannot read {}: {e}", p.display()),
        }
    }
}

/// `--root`, else the nearest ancestor of `start` holding `vsopro.toml` or `regions/`.
pub fn find_root(explicit: Option<&Path>, start: &Path) -> Result<PathBuf, LoadError> {
    if let Some(root) = explicit {
        return if root.is_dir() {
            Ok(root.to_path_buf())
        } else {
            Err(LoadError::NotADirectory(root.to_path_buf()))
        };
    }
    start
        .ancestors()
        .find(|dir| dir.join(SETTINGS_FILE).is_file() || dir.join(REGIONS_DIR).is_dir())
        .map(Path::to_path_buf)
        .ok_or_else(|| LoadError::NoRoot {
            start: start.to_path_buf(),
        })
}

/// Reads the settings and the region folders. With `only`, just those regions
/// are read and the rest of `regions/` is not inspected.
pub fn load(root: &Path, only: Option<&[&'static Region]>) -> Result<Dataset, LoadError> {
    let mut data = Dataset {
        root: root.to_path_buf(),
        settings: SettingsFile::default(),
        sources: BTreeMap::new(),
        regions: Vec::new(),
        diagnostics: Vec::new(),
    };
    if root.join(SETTINGS_FILE).is_file()
        && let Some(file) = read_source(
            root,
            SETTINGS_FILE,
            &mut data.diagnostics,
            &mut data.sources,
        )
    {
        data.settings = parse::parse::<SettingsFile>(&file, &mut data.diagnostics)
            .value
            .unwrap_or_default();
        data.sources.insert(file.path.clone(), file);
    }
    let regions_dir = root.join(REGIONS_DIR);
    match only {
        Some(list) => {
            for info in list {
                if regions_dir.join(info.slug).is_dir() {
                    load_region(&mut data, info);
                }
            }
        }
        None if regions_dir.is_dir() => scan_regions(&mut data, &regions_dir)?,
        None => {}
    }
    data.regions.sort_by_key(|r| r.info.slug);
    Ok(data)
}

fn scan_regions(data: &mut Dataset, regions_dir: &Path) -> Result<(), LoadError> {
    let walker = walkdir::WalkDir::new(regions_dir)
        .min_depth(1)
        .max_depth(1)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walker {
        let entry = entry.map_err(|e| LoadError::Io(regions_dir.to_path_buf(), e.into()))?;
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{REGIONS_DIR}/{name}");
        let ft = entry.file_type();
        if ft.is_symlink() {
            data.diagnostics.push(
                Diagnostic::new(
                    Code::StrayFile,
                    &rel,
                    "symbolic link in regions/ is not followed",
                )
                .help("move the region folder itself into regions/"),
            );
        } else if !ft.is_dir() {
            data.diagnostics.push(
                Diagnostic::new(
                    Code::StrayFile,
                    &rel,
                    "file directly in regions/ is ignored",
                )
                .help("regions/ holds one folder per region, e.g. regions/gooi-en-vechtstreek/"),
            );
        } else if let Some(info) = registry::region_by_slug(&name) {
            load_region(data, info);
        } else {
            let guess = registry::find_region(&name).or_else(|| registry::suggest(&name));
            let help = match guess.map(|r| r.slug) {
                Some(slug) => format!("did you mean `{slug}`? the folder name is the region's slug; `vsopro regions` lists all 35"),
                None => "the folder name is the slug of an official region; `vsopro regions` lists all 35".into(),
            };
            data.diagnostics.push(
                Diagnostic::new(
                    Code::UnknownRegion,
                    &rel,
                    format!("`{name}` is not an official arbeidsmarktregio"),
                )
                .help(help),
            );
        }
    }
    Ok(())
}

fn load_region(data: &mut Dataset, info: &'static Region) {
    let dir = format!("{REGIONS_DIR}/{}", info.slug);
    let abs = data.root.join(&dir);
    let mut unparsed = Unparsed::new();
    let mut found_any = false;

    // Anything in the folder that is not one of the five files.
    let walker = walkdir::WalkDir::new(&abs)
        .min_depth(1)
        .max_depth(1)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walker.into_iter().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{dir}/{name}");
        let ft = entry.file_type();
        if ft.is_symlink() {
            data.diagnostics.push(
                Diagnostic::new(Code::StrayFile, &rel, "symbolic link is not followed")
                    .help("replace the link with the file itself"),
            );
        } else if ft.is_dir() || !REGION_FILES.contains(&name.as_str()) {
            let what = if ft.is_dir() { "folder" } else { "file" };
            let help = match suggest::did_you_mean(&name, REGION_FILES) {
                Some(d) => format!(
                    "{d} a region folder holds {}",
                    suggest::one_of(&REGION_FILES)
                ),
                None => format!("a region folder holds {}", suggest::one_of(&REGION_FILES)),
            };
            data.diagnostics.push(
                Diagnostic::new(
                    Code::StrayFile,
                    &rel,
                    format!("unknown {what} in a region folder is ignored"),
                )
                .help(help),
            );
        }
    }

    let mut part = |data: &mut Dataset, name: &str| -> Option<SourceFile> {
        let rel = format!("{dir}/{name}");
        let path = data.root.join(&rel);
        let meta = std::fs::symlink_metadata(&path).ok()?;
        if !meta.is_file() {
            return None;
        }
        found_any = true;
        read_source(&data.root, &rel, &mut data.diagnostics, &mut data.sources)
    };

    macro_rules! load_part {
        ($name:expr, $ty:ty) => {{
            let rel = format!("{dir}/{}", $name);
            match part(data, $name) {
                None if data.root.join(&rel).is_file() => Part::<$ty> {
                    path: rel,
                    status: FileStatus::Broken,
                    value: None,
                },
                None => Part::<$ty> {
                    path: rel,
                    status: FileStatus::Missing,
                    value: None,
                },
                Some(file) => {
                    let parsed = parse::parse::<$ty>(&file, &mut data.diagnostics);
                    unparsed.extend(parsed.unparsed);
                    data.sources.insert(rel.clone(), file);
                    let status = if parsed.value.is_some() {
                        FileStatus::Loaded
                    } else {
                        FileStatus::Broken
                    };
                    Part {
                        path: rel,
                        status,
                        value: parsed.value,
                    }
                }
            }
        }};
    }

    let region = load_part!(REGION_FILES[0], RegionFile);
    let schools = load_part!(REGION_FILES[1], SchoolsFile);
    let overlegtafels = load_part!(REGION_FILES[2], OverlegtafelsFile);
    let actions = load_part!(REGION_FILES[3], ActionsFile);
    let jaarplan = load_part!(REGION_FILES[4], JaarplanFile);

    if !found_any {
        data.diagnostics.push(
            Diagnostic::new(
                Code::EmptyRegion,
                &dir,
                format!(
                    "region folder `{}` holds none of the region files",
                    info.slug
                ),
            )
            .help("add the region files (see docs/format.md), or remove the folder"),
        );
    } else {
        for p in [
            &region.path,
            &schools.path,
            &overlegtafels.path,
            &actions.path,
            &jaarplan.path,
        ] {
            let exists = data.root.join(p).exists();
            if !exists {
                let name = p.rsplit('/').next().unwrap_or(p);
                data.diagnostics.push(
                    Diagnostic::new(
                        Code::MissingFile,
                        p.as_str(),
                        format!("{name} is missing for {}", info.name),
                    )
                    .help(format!("create {p}; docs/format.md describes every file")),
                );
            }
        }
    }

    data.regions.push(RegionData {
        info,
        dir,
        region,
        schools,
        overlegtafels,
        actions,
        jaarplan,
        unparsed,
    });
}

/// Reads a file as UTF-8 text, reporting a file that is too large or not text.
fn read_source(
    root: &Path,
    rel: &str,
    diags: &mut Vec<Diagnostic>,
    sources: &mut BTreeMap<String, SourceFile>,
) -> Option<SourceFile> {
    let path = root.join(rel);
    let unreadable =
        |msg: String, help: &str| Diagnostic::new(Code::UnreadableFile, rel, msg).help(help);
    match std::fs::metadata(&path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            diags.push(unreadable(
                format!("{rel} is {} bytes; region files may be at most {MAX_FILE_BYTES} bytes", m.len()),
                "a region file holds a few hundred entries at most; was a data export saved here by mistake?",
            ));
            return None;
        }
        Err(e) => {
            diags.push(unreadable(
                format!("cannot read {rel}: {e}"),
                "check the file's permissions",
            ));
            return None;
        }
        Ok(_) => {}
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(unreadable(
                format!("cannot read {rel}: {e}"),
                "check the file's permissions",
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            // An invisible byte-order mark; blanked so that offsets stay put.
            if text.starts_with('\u{feff}') {
                text.replace_range(..3, "   ");
            }
            Some(SourceFile::new(rel.to_string(), text))
        }
        Err(e) => {
            // Shown with the bad byte as U+FFFD, so the diagnostic can point at it.
            let at = e.utf8_error().valid_up_to();
            let lossy = SourceFile::new(
                rel.to_string(),
                String::from_utf8_lossy(e.as_bytes()).into_owned(),
            );
            let line = lossy.line_col(at).line;
            diags.push(
                unreadable(
                    format!("{rel} is not UTF-8 text (invalid byte on line {line})"),
                    "save the file as UTF-8 in your editor (Windows-1252 / ANSI is not accepted)",
                )
                .at(at..at + '\u{fffd}'.len_utf8(), "not UTF-8"),
            );
            sources.insert(rel.to_string(), lossy);
            None
        }
    }
}
