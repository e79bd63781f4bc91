//! Finding the data root and reading every region folder into the model.
//! Loading never stops at a broken file: each file is parsed on its own and
//! its problems are collected.

use crate::diag::{Code, Diagnostic};
use crate::error::Error;
use crate::i18n::t;
use crate::model::*;
use crate::parse;
use crate::registry::{self, Region};
use crate::source::SourceFile;
use crate::suggest;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Region files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

use crate::model::SETTINGS_FILE;

/// Folders above which the search for a data root stops, like git's
/// `GIT_CEILING_DIRECTORIES`: a list of absolute paths (`:`-separated, `;`
/// on Windows). Tests and scripts use it to stay inside their own folder.
pub(crate) const CEILING_ENV: &str = "VSOPRO_CEILING_DIRECTORIES";

/// `--root`, else the nearest ancestor of `start` holding `vsopro.toml` or
/// `regions/`, not looking above a ceiling folder.
/// An explicit `--root` that holds no data is an error: a mistyped root in a
/// CI job must not pass as "0 regions checked".
pub(crate) fn find_root(explicit: Option<&Path>, start: &Path) -> Result<PathBuf, Error> {
    if let Some(root) = explicit {
        return if !root.is_dir() {
            Err(Error::RootNotADirectory(root.to_path_buf()))
        } else if !holds_data(root) {
            Err(Error::RootWithoutData(root.to_path_buf()))
        } else {
            Ok(root.to_path_buf())
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
        .find(|dir| holds_data(dir))
        .map(Path::to_path_buf)
        .ok_or_else(|| Error::NoRoot {
            start: start.to_path_buf(),
        })
}

fn holds_data(dir: &Path) -> bool {
    dir.join(SETTINGS_FILE).is_file() || dir.join(REGIONS_DIR).is_dir()
}

/// The root for commands that create data (`init`): `--root` as given,
/// else the nearest data root, else the working directory.
pub(crate) fn root_for_writing(explicit: Option<&Path>, start: &Path) -> PathBuf {
    match explicit {
        Some(r) => r.to_path_buf(),
        None => find_root(None, start).unwrap_or_else(|_| start.to_path_buf()),
    }
}

/// The official regions that have a folder under `regions/`, without reading them.
pub(crate) fn region_folders(root: &Path) -> Vec<&'static Region> {
    registry::REGIONS
        .iter()
        .filter(|r| {
            std::fs::symlink_metadata(root.join(REGIONS_DIR).join(r.slug)).is_ok_and(|m| m.is_dir())
        })
        .collect()
}

/// Reads the settings and the region folders. With `only`, just those regions
/// are read and the rest of `regions/` is not inspected.
/// A symbolic link for `regions/` itself is refused: nothing outside the
/// data root is read.
pub fn load(root: &Path, only: Option<&[&'static Region]>) -> Result<Dataset, Error> {
    let (mut data, found) = national(root, only)?;
    // Regions are independent: read and parse them in parallel; collected
    // in the order found (by slug), whatever the scheduling.
    let loaded: Vec<Dataset> = found.par_iter().map(|info| region(root, info)).collect();
    for one in loaded {
        data.regions.extend(one.regions);
        data.diagnostics.extend(one.diagnostics);
        data.sources.extend(one.sources);
    }
    Ok(data)
}

/// One region's files read and parsed on their own: a data set with that
/// region, its sources and what reading them found (no settings).
pub fn region(root: &Path, info: &'static Region) -> Dataset {
    let mut one = empty(root);
    load_region(&mut one, info);
    one
}

/// Everything but the regions: the settings, CODEOWNERS, what the scan of
/// `regions/` found there, and the region folders to load (in slug order).
pub fn national(
    root: &Path,
    only: Option<&[&'static Region]>,
) -> Result<(Dataset, Vec<&'static Region>), Error> {
    let mut data = empty(root);
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
    // The national programmes' practices: a plain file only, never a link.
    if std::fs::symlink_metadata(root.join(NATIONAL_PRACTICES_FILE)).is_ok_and(|m| m.is_file())
        && let Some(file) = read_source(
            root,
            NATIONAL_PRACTICES_FILE,
            &mut data.diagnostics,
            &mut data.sources,
        )
    {
        data.practices = parse::parse::<PracticesFile>(&file, &mut data.diagnostics).value;
        data.sources.insert(file.path.clone(), file);
    }
    if let Some(rel) = crate::model::codeowners::CODEOWNERS_PATHS
        .iter()
        .find(|p| root.join(p).is_file())
        && let Some(file) = read_source(root, rel, &mut data.diagnostics, &mut data.sources)
    {
        data.sources.insert(file.path.clone(), file);
        data.codeowners = Some(rel.to_string());
    }
    let regions_dir = root.join(REGIONS_DIR);
    let kind = std::fs::symlink_metadata(&regions_dir).map(|m| m.file_type());
    if kind.as_ref().is_ok_and(|k| k.is_symlink()) {
        return Err(Error::SymlinkedRegions(regions_dir));
    }
    let found: Vec<&'static Region> = match only {
        // Named regions get exactly the treatment of the full scan.
        Some(list) => list
            .iter()
            .copied()
            .filter(|info| {
                let rel = format!("{REGIONS_DIR}/{}", info.slug);
                match std::fs::symlink_metadata(regions_dir.join(info.slug)) {
                    Err(_) => false,
                    Ok(m) if m.is_dir() => true,
                    Ok(m) => {
                        data.diagnostics
                            .push(not_a_region_folder(&rel, m.file_type()));
                        false
                    }
                }
            })
            .collect(),
        None if kind.is_ok_and(|k| k.is_dir()) => scan_regions(&mut data, &regions_dir)?,
        None => Vec::new(),
    };
    let mut found = found;
    found.sort_by_key(|r| r.slug);
    Ok((data, found))
}

fn empty(root: &Path) -> Dataset {
    Dataset {
        root: root.to_path_buf(),
        ..Dataset::default()
    }
}

/// The official region folders under `regions/`; everything else there is reported.
fn scan_regions(data: &mut Dataset, regions_dir: &Path) -> Result<Vec<&'static Region>, Error> {
    let mut found = Vec::new();
    let walker = walkdir::WalkDir::new(regions_dir)
        .min_depth(1)
        .max_depth(1)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walker {
        let entry = entry.map_err(|e| Error::Read {
            path: regions_dir.to_path_buf(),
            source: e.into(),
        })?;
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{REGIONS_DIR}/{name}");
        let ft = entry.file_type();
        if !ft.is_dir() {
            data.diagnostics.push(not_a_region_folder(&rel, ft));
        } else if let Some(info) = registry::region_by_slug(&name) {
            found.push(info);
        } else {
            let guess = registry::find_region(&name).or_else(|| registry::suggest(&name));
            let help = match guess.map(|r| r.slug) {
                Some(slug) => t!("unknown-region-guess", slug = slug),
                None => t!("unknown-region-help"),
            };
            data.diagnostics.push(
                Diagnostic::new(
                    Code::UnknownRegion,
                    &rel,
                    t!("unknown-region", name = name.as_str()),
                )
                .help(help),
            );
        }
    }
    Ok(found)
}

/// A symbolic link or a file where a region folder could be.
fn not_a_region_folder(rel: &str, ft: std::fs::FileType) -> Diagnostic {
    if ft.is_symlink() {
        Diagnostic::new(Code::StrayFile, rel, t!("stray-region-symlink", path = rel))
            .help(t!("stray-region-symlink-help"))
    } else {
        Diagnostic::new(Code::StrayFile, rel, t!("stray-region-file", path = rel))
            .help(t!("stray-region-file-help"))
    }
}

fn load_region(data: &mut Dataset, info: &'static Region) {
    let dir = format!("{REGIONS_DIR}/{}", info.slug);
    report_strays(data, &dir);
    let inputs = REGION_FILE_NAMES
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
        if ft.is_symlink() && REGION_FILE_NAMES.contains(&name.as_str()) {
            // One of the region's own files as a link to somewhere else:
            // never read, and an error, so that nothing is made of it.
            data.diagnostics.push(
                Diagnostic::new(Code::UnreadableFile, &rel, t!("symlinked-region-file"))
                    .help(t!("stray-symlink-help")),
            );
        } else if ft.is_symlink() {
            data.diagnostics.push(
                Diagnostic::new(Code::StrayFile, &rel, t!("stray-symlink"))
                    .help(t!("stray-symlink-help")),
            );
        } else if ft.is_dir() || !REGION_FILE_NAMES.contains(&name.as_str()) {
            let folder = ft.is_dir();
            let files = suggest::one_of(&REGION_FILE_NAMES);
            let help = match suggest::did_you_mean(&name, REGION_FILE_NAMES) {
                Some(d) => d + " " + &t!("stray-file-help", files = files),
                None => t!("stray-file-help", files = files),
            };
            data.diagnostics.push(
                Diagnostic::new(
                    Code::StrayFile,
                    &rel,
                    if folder {
                        t!("stray-folder")
                    } else {
                        t!("stray-file")
                    },
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
        |msg: String, help: String| Diagnostic::new(Code::UnreadableFile, rel, msg).help(help);
    if meta.len() > MAX_FILE_BYTES {
        diags.push(unreadable(
            t!(
                "too-large",
                path = rel,
                bytes = meta.len(),
                max = MAX_FILE_BYTES
            ),
            t!("too-large-help"),
        ));
        return Input::Unreadable;
    }
    match std::fs::read(&path) {
        Ok(b) => Input::Bytes(b),
        Err(e) => {
            diags.push(unreadable(
                t!("cannot-read", path = rel, reason = e.to_string()),
                t!("cannot-read-help"),
            ));
            Input::Unreadable
        }
    }
}

/// Loads one region from the files' contents (in `FileKind::REGION` order),
/// without touching the disk: for fuzzing and benchmarks.
pub fn from_memory(info: &'static Region, inputs: [Input; 7]) -> Dataset {
    let mut data = empty(Path::new(""));
    add_region(&mut data, info, inputs);
    data
}

/// Decodes, parses and records the region's files.
fn add_region(data: &mut Dataset, info: &'static Region, inputs: [Input; 7]) {
    let dir = format!("{REGIONS_DIR}/{}", info.slug);
    let mut unparsed = Unparsed::new();
    let mut guessed = Unparsed::new();
    let found_any = inputs.iter().any(|i| !matches!(i, Input::Missing));
    let [
        region,
        schools,
        overlegtafels,
        actions,
        jaarplan,
        uitstroom,
        practices,
    ] = inputs;

    fn part<T: parse::FileModel>(
        data: &mut Dataset,
        (unparsed, guessed): (&mut Unparsed, &mut Unparsed),
        kind: FileKind,
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
        // The file's top-level marker names the file.
        guessed.extend(parsed.guessed.into_iter().map(|(table, id)| {
            if table.is_empty() {
                (kind.as_str().to_string(), id)
            } else {
                (table, id)
            }
        }));
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
    let rel = |i: usize| format!("{dir}/{}", REGION_FILE_NAMES[i]);
    let (u, g) = (&mut unparsed, &mut guessed);
    let region: Part<RegionFile> = part(data, (u, g), FileKind::Region, rel(0), region);
    let (u, g) = (&mut unparsed, &mut guessed);
    let schools: Part<SchoolsFile> = part(data, (u, g), FileKind::Schools, rel(1), schools);
    let (u, g) = (&mut unparsed, &mut guessed);
    let overlegtafels: Part<OverlegtafelsFile> =
        part(data, (u, g), FileKind::Overlegtafels, rel(2), overlegtafels);
    let (u, g) = (&mut unparsed, &mut guessed);
    let actions: Part<ActionsFile> = part(data, (u, g), FileKind::Actions, rel(3), actions);
    let (u, g) = (&mut unparsed, &mut guessed);
    let jaarplan: Part<JaarplanFile> = part(data, (u, g), FileKind::Jaarplan, rel(4), jaarplan);
    let (u, g) = (&mut unparsed, &mut guessed);
    let uitstroom: Part<UitstroomFile> = part(data, (u, g), FileKind::Uitstroom, rel(5), uitstroom);
    let (u, g) = (&mut unparsed, &mut guessed);
    let practices: Part<PracticesFile> = part(data, (u, g), FileKind::Practices, rel(6), practices);

    if !found_any {
        data.diagnostics.push(
            Diagnostic::new(
                Code::EmptyRegion,
                &dir,
                t!("empty-region", slug = info.slug),
            )
            .help(t!("empty-region-help")),
        );
    }

    data.regions.push(RegionData {
        info,
        dir,
        region,
        schools,
        overlegtafels,
        actions,
        jaarplan,
        uitstroom,
        practices,
        unparsed,
        guessed,
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

/// Text in Unicode NFC: an id or name typed with a combining diaeresis
/// (`o` + `¨`) is the same as one typed with `ö`, as it looks.
fn nfc(text: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
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
        Ok(text) => {
            // An invisible byte-order mark is not part of the text: columns
            // on line 1 count from the first visible character.
            let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
            if body.len() == text.len()
                && matches!(
                    unicode_normalization::is_nfc_quick(text.chars()),
                    unicode_normalization::IsNormalized::Yes
                )
            {
                return Some(SourceFile::new(rel.to_string(), text));
            }
            let clean = nfc(body.to_string());
            Some(SourceFile::read_from(
                rel.to_string(),
                clean,
                text.as_bytes(),
            ))
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
                    t!("not-utf8", path = rel, line = line),
                )
                .help(t!("not-utf8-help"))
                .at(at..at + '\u{fffd}'.len_utf8(), t!("not-utf8-label")),
            );
            sources.insert(rel.to_string(), lossy);
            None
        }
    }
}
