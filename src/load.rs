//! Finding the data root and reading every region folder into the model.
//! Loading never stops at a broken file: each file is parsed on its own and
//! its problems are collected.

use crate::diag::{Code, Diagnostic};
use crate::model::*;
use crate::parse::{self, Unparsed};
use crate::registry::{self, Region};
use crate::source::SourceFile;
use crate::suggest;
use rayon::prelude::*;
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

/// Folders above which the search for a data root stops, like git's
/// `GIT_CEILING_DIRECTORIES`: a list of absolute paths (`:`-separated, `;`
/// on Windows). Tests and scripts use it to stay inside their own folder.
pub const CEILING_ENV: &str = "VSOPRO_CEILING_DIRECTORIES";

/// `--root`, else the nearest ancestor of `start` holding `vsopro.toml` or
/// `regions/`, not looking above a ceiling folder.
pub fn find_root(explicit: Option<&Path>, start: &Path) -> Result<PathBuf, LoadError> {
    if let Some(root) = explicit {
        return if root.is_dir() {
            Ok(root.to_path_buf())
        } else {
            Err(LoadError::NotADirectory(root.to_path_buf()))
        };
    }
    let ceilings: Vec<PathBuf> = std::env::var_os(CEILING_ENV)
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| p.is_absolute())
                .collect()
        })
        .unwrap_or_default();
    start
        .ancestors()
        .take_while(|dir| !ceilings.iter().any(|c| c == dir))
        .find(|dir| dir.join(SETTINGS_FILE).is_file() || dir.join(REGIONS_DIR).is_dir())
        .map(Path::to_path_buf)
        .ok_or_else(|| LoadError::NoRoot {
            start: start.to_path_buf(),
        })
}

/// Reads the settings and the region folders. With `only`, just those regions
/// are read and the rest of `regions/` is not inspected.
pub fn load(root: &Path, only: Option<&[&'static Region]>) -> Result<Dataset, LoadError> {
    let mut data = Dataset::empty(root);
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
    let found: Vec<&'static Region> = match only {
        Some(list) => list
            .iter()
            .copied()
            .filter(|info| regions_dir.join(info.slug).is_dir())
            .collect(),
        None if regions_dir.is_dir() => scan_regions(&mut data, &regions_dir)?,
        None => Vec::new(),
    };
    // Regions are independent: read and parse them in parallel, then merge
    // in slug order so that the result does not depend on scheduling.
    let loaded: Vec<Dataset> = found
        .par_iter()
        .map(|info| {
            let mut one = Dataset::empty(root);
            load_region(&mut one, info);
            one
        })
        .collect();
    for one in loaded {
        data.regions.extend(one.regions);
        data.diagnostics.extend(one.diagnostics);
        data.sources.extend(one.sources);
    }
    data.regions.sort_by_key(|r| r.info.slug);
    Ok(data)
}

impl Dataset {
    fn empty(root: &Path) -> Self {
        Dataset {
            root: root.to_path_buf(),
            settings: SettingsFile::default(),
            sources: BTreeMap::new(),
            regions: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}

/// The official region folders under `regions/`; everything else there is reported.
fn scan_regions(data: &mut Dataset, regions_dir: &Path) -> Result<Vec<&'static Region>, LoadError> {
    let mut found = Vec::new();
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
            found.push(info);
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
    Ok(found)
}

fn load_region(data: &mut Dataset, info: &'static Region) {
    let dir = format!("{REGIONS_DIR}/{}", info.slug);
    report_strays(data, &dir);
    let inputs = REGION_FILES
        .map(|name| read_input(&data.root, &format!("{dir}/{name}"), &mut data.diagnostics));
    add_region(data, info, inputs);
}

/// Anything in a region folder that is not one of the five files.
fn report_strays(data: &mut Dataset, dir: &str) {
    let walker = walkdir::WalkDir::new(data.root.join(dir))
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
            let files = suggest::one_of(&REGION_FILES);
            let help = match suggest::did_you_mean(&name, REGION_FILES) {
                Some(d) => format!("{d} a region folder holds {files}"),
                None => format!("a region folder holds {files}"),
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
}

/// One region file as found: absent, present but unreadable, or its bytes.
#[derive(Debug, Clone)]
pub enum Input {
    Missing,
    Unreadable,
    Bytes(Vec<u8>),
}

/// Reads a file, refusing symlinks, non-files and files over the size limit.
fn read_input(root: &Path, rel: &str, diags: &mut Vec<Diagnostic>) -> Input {
    let path = root.join(rel);
    let Ok(meta) = std::fs::symlink_metadata(&path) else {
        return Input::Missing;
    };
    if !meta.is_file() {
        // Symlinks and folders were reported by report_strays.
        return Input::Missing;
    }
    let unreadable =
        |msg: String, help: &str| Diagnostic::new(Code::UnreadableFile, rel, msg).help(help);
    if meta.len() > MAX_FILE_BYTES {
        diags.push(unreadable(
            format!("{rel} is {} bytes; region files may be at most {MAX_FILE_BYTES} bytes", meta.len()),
            "a region file holds a few hundred entries at most; was a data export saved here by mistake?",
        ));
        return Input::Unreadable;
    }
    match std::fs::read(&path) {
        Ok(b) => Input::Bytes(b),
        Err(e) => {
            diags.push(unreadable(
                format!("cannot read {rel}: {e}"),
                "check the file's permissions",
            ));
            Input::Unreadable
        }
    }
}

/// Loads one region from the five files' contents (in `REGION_FILES` order),
/// without touching the disk: for fuzzing and benchmarks.
pub fn from_memory(info: &'static Region, inputs: [Input; 5]) -> Dataset {
    let mut data = Dataset::empty(Path::new(""));
    add_region(&mut data, info, inputs);
    data
}

/// Decodes, parses and records the region's files.
fn add_region(data: &mut Dataset, info: &'static Region, inputs: [Input; 5]) {
    let dir = format!("{REGIONS_DIR}/{}", info.slug);
    let mut unparsed = Unparsed::new();
    let found_any = inputs.iter().any(|i| !matches!(i, Input::Missing));
    let [region, schools, overlegtafels, actions, jaarplan] = inputs;

    fn part<T: serde::de::DeserializeOwned>(
        data: &mut Dataset,
        unparsed: &mut Unparsed,
        rel: String,
        input: Input,
    ) -> Part<T> {
        let bytes = match input {
            Input::Missing => {
                return Part {
                    path: rel,
                    status: FileStatus::Missing,
                    value: None,
                };
            }
            Input::Unreadable => {
                return Part {
                    path: rel,
                    status: FileStatus::Broken,
                    value: None,
                };
            }
            Input::Bytes(b) => b,
        };
        let Some(file) = decode(&rel, bytes, &mut data.diagnostics, &mut data.sources) else {
            return Part {
                path: rel,
                status: FileStatus::Broken,
                value: None,
            };
        };
        let parsed = parse::parse::<T>(&file, &mut data.diagnostics);
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
    let rel = |i: usize| format!("{dir}/{}", REGION_FILES[i]);
    let region: Part<RegionFile> = part(data, &mut unparsed, rel(0), region);
    let schools: Part<SchoolsFile> = part(data, &mut unparsed, rel(1), schools);
    let overlegtafels: Part<OverlegtafelsFile> = part(data, &mut unparsed, rel(2), overlegtafels);
    let actions: Part<ActionsFile> = part(data, &mut unparsed, rel(3), actions);
    let jaarplan: Part<JaarplanFile> = part(data, &mut unparsed, rel(4), jaarplan);

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
        let statuses = [
            &region.path,
            &schools.path,
            &overlegtafels.path,
            &actions.path,
            &jaarplan.path,
        ]
        .into_iter()
        .zip([
            region.status,
            schools.status,
            overlegtafels.status,
            actions.status,
            jaarplan.status,
        ]);
        for (p, status) in statuses {
            if status == FileStatus::Missing {
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
    match read_input(root, rel, diags) {
        Input::Bytes(b) => decode(rel, b, diags, sources),
        Input::Missing | Input::Unreadable => None,
    }
}

/// UTF-8 text as a source file. Anything else is reported, and kept (with the
/// bad bytes as U+FFFD) only so that the diagnostic can point at them.
fn decode(
    rel: &str,
    bytes: Vec<u8>,
    diags: &mut Vec<Diagnostic>,
    sources: &mut BTreeMap<String, SourceFile>,
) -> Option<SourceFile> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            // An invisible byte-order mark; blanked so that offsets stay put.
            if text.starts_with('\u{feff}') {
                text.replace_range(..3, "   ");
            }
            Some(SourceFile::new(rel.to_string(), text))
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = SourceFile::new(
                rel.to_string(),
                String::from_utf8_lossy(e.as_bytes()).into_owned(),
            );
            let line = lossy.line_col(at).line;
            diags.push(
                Diagnostic::new(
                    Code::UnreadableFile,
                    rel,
                    format!("{rel} is not UTF-8 text (invalid byte on line {line})"),
                )
                .help("save the file as UTF-8 in your editor (Windows-1252 / ANSI is not accepted)")
                .at(at..at + '\u{fffd}'.len_utf8(), "not UTF-8"),
            );
            sources.insert(rel.to_string(), lossy);
            None
        }
    }
}
