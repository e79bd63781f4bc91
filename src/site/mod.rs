//! `vsopro site OUT`: a self-contained static site (HTML, CSS, inline SVG;
//! no JavaScript, fonts or CDNs) with the national map and heatmap, a page
//! per region and a page per theme. The pages are minijinja templates that
//! escape every piece of user text.

pub mod map;

use crate::load::Dataset;
use crate::model::{ApprovalStatus, Status};
use crate::registry::{REGIONS, THEMES};
use crate::report::caseload::Norms;
use crate::report::foto::FotoReport;
use crate::report::jaarplan::JaarplanReport;
use crate::report::staffing::{StaffingReport, StaffingStatus, StaffingTotals};
use crate::report::themes::{ThemeActionsReport, ThemesReport};
use crate::report::{foto, jaarplan, staffing, themes};
use chrono::NaiveDate;
use minijinja::{Environment, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const STYLE: &str = include_str!("templates/style.css");
const TEMPLATES: [(&str, &str); 4] = [
    ("base.html", include_str!("templates/base.html")),
    ("index.html", include_str!("templates/index.html")),
    ("region.html", include_str!("templates/region.html")),
    ("theme.html", include_str!("templates/theme.html")),
];

pub fn status_label(s: StaffingStatus) -> &'static str {
    match s {
        StaffingStatus::Appointed => "benoemd",
        StaffingStatus::Recruiting => "werving",
        StaffingStatus::Exploring => "verkenning",
        StaffingStatus::None => "geen coördinator",
        StaffingStatus::Unknown => "onbekend (geen gegevens)",
    }
}

/// One region on the index: its outline and its staffing.
#[derive(Debug, Serialize)]
pub struct MapRegion {
    pub code: &'static str,
    pub name: &'static str,
    pub slug: &'static str,
    pub status: &'static str,
    pub status_label: &'static str,
    /// Link to the region's page, for regions with data.
    pub page: Option<String>,
    pub coordinator: Option<String>,
    pub schools: Option<u64>,
    pub required_hours: Option<f64>,
    pub contracted_hours: Option<f64>,
    pub gap_fte: Option<f64>,
    pub d: String,
    pub label_x: f64,
    pub label_y: f64,
}

#[derive(Debug, Serialize)]
pub struct StatusCount {
    pub id: &'static str,
    pub label: &'static str,
    pub count: usize,
}

#[derive(Debug, Serialize)]
struct Page<'a, T: Serialize> {
    title: String,
    /// Relative path back to the site root, so the pages work from file://.
    root: &'static str,
    today: NaiveDate,
    #[serde(flatten)]
    content: &'a T,
}

#[derive(Debug, Serialize)]
pub struct IndexContent {
    pub norms: Norms,
    pub totals: StaffingTotals,
    pub map: MapSize,
    pub regions: Vec<MapRegion>,
    pub statuses: Vec<StatusCount>,
    pub themes: ThemesReport,
    pub slugs: BTreeMap<&'static str, &'static str>,
}

#[derive(Debug, Serialize)]
pub struct MapSize {
    pub width: f64,
    pub height: f64,
}

#[derive(Debug, Serialize)]
pub struct RegionContent {
    pub foto: FotoReport,
    pub jaarplan: Option<JaarplanReport>,
    pub status_label: &'static str,
}

#[derive(Debug, Serialize)]
pub struct ThemeContent {
    pub report: ThemeActionsReport,
    pub slugs: BTreeMap<&'static str, &'static str>,
}

/// The index: map regions joined with staffing.
pub fn index_content(data: &Dataset, norms: Norms) -> IndexContent {
    let staffing: StaffingReport = staffing::compute(data, norms);
    let map = map::map();
    let regions: Vec<MapRegion> = staffing
        .regions
        .iter()
        .map(|row| {
            let shape = map
                .shapes
                .iter()
                .find(|s| s.code == row.code)
                .expect("every official region has a shape");
            MapRegion {
                code: row.code,
                name: row.name,
                slug: row.slug,
                status: StaffingStatus::as_str(row.status),
                status_label: status_label(row.status),
                page: data
                    .regions
                    .iter()
                    .any(|r| r.info.code == row.code)
                    .then(|| format!("regio/{}.html", row.slug)),
                coordinator: row.coordinator.clone(),
                schools: row.schools,
                required_hours: row.required_hours,
                contracted_hours: row.contracted_hours,
                gap_fte: row.gap_fte,
                d: shape.d.clone(),
                label_x: shape.label_x,
                label_y: shape.label_y,
            }
        })
        .collect();
    let statuses = [
        StaffingStatus::Appointed,
        StaffingStatus::Recruiting,
        StaffingStatus::Exploring,
        StaffingStatus::None,
        StaffingStatus::Unknown,
    ]
    .into_iter()
    .map(|s| StatusCount {
        id: StaffingStatus::as_str(s),
        label: status_label(s),
        count: staffing.regions.iter().filter(|r| r.status == s).count(),
    })
    .collect();
    IndexContent {
        norms,
        totals: staffing.totals,
        map: MapSize {
            width: map.width,
            height: map.height,
        },
        regions,
        statuses,
        themes: themes::compute(data),
        slugs: REGIONS.iter().map(|r| (r.code, r.slug)).collect(),
    }
}

fn value<T: Serialize>(t: T) -> Value {
    Value::from(minijinja::value::Serde(t))
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    for (name, text) in TEMPLATES {
        env.add_template(name, text)
            .expect("the built-in templates are valid");
    }
    let map = |pairs: Vec<(&'static str, &'static str)>| {
        value(pairs.into_iter().collect::<BTreeMap<_, _>>())
    };
    env.add_global(
        "action_status",
        map(Status::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str(),
                    match s {
                        Status::Planned => "gepland",
                        Status::Active => "lopend",
                        Status::Done => "afgerond",
                        Status::Dropped => "vervallen",
                    },
                )
            })
            .collect()),
    );
    env.add_global(
        "approval_label",
        map(ApprovalStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str(),
                    match s {
                        ApprovalStatus::Draft => "concept",
                        ApprovalStatus::Submitted => "voorgelegd",
                        ApprovalStatus::Approved => "geaccordeerd",
                    },
                )
            })
            .collect()),
    );
    env.add_global(
        "slot_label",
        map(vec![
            ("held", "gehouden"),
            ("missed", "gemist"),
            ("open", "nog te houden"),
            ("upcoming", "komt nog"),
        ]),
    );
    // 36 → "36", 6.5 → "6.5": hours and minutes as people write them.
    env.add_filter("plain", |x: f64| {
        if x.fract() == 0.0 {
            format!("{x:.0}")
        } else {
            format!("{x}")
        }
    });
    env.add_global(
        "theme_titles",
        map(THEMES.iter().map(|t| (t.id, t.title)).collect()),
    );
    env
}

/// Every file of the site as (relative path, contents).
pub fn build(
    data: &Dataset,
    norms: Norms,
    today: NaiveDate,
) -> Result<Vec<(String, String)>, minijinja::Error> {
    let env = environment();
    let render = |template: &str, value: Value| env.get_template(template)?.render(value);
    let mut files = vec![("style.css".to_string(), STYLE.to_string())];

    let index = index_content(data, norms);
    files.push((
        "index.html".into(),
        render(
            "index.html",
            value(Page {
                title: "Netwerkcoördinatoren vso/pro".into(),
                root: "",
                today,
                content: &index,
            }),
        )?,
    ));

    for r in &data.regions {
        let staffing_status = index
            .regions
            .iter()
            .find(|m| m.code == r.info.code)
            .map_or("onbekend", |m| m.status_label);
        let content = RegionContent {
            foto: foto::compute(r, norms, today),
            jaarplan: jaarplan::compute(r, today),
            status_label: staffing_status,
        };
        let page = Page {
            title: format!("Regionale foto {}", r.info.name),
            root: "../",
            today,
            content: &content,
        };
        files.push((
            format!("regio/{}.html", r.info.slug),
            render("region.html", value(page))?,
        ));
    }

    for t in THEMES {
        let content = ThemeContent {
            report: themes::for_theme(data, t),
            slugs: index.slugs.clone(),
        };
        let page = Page {
            title: t.title.to_string(),
            root: "../",
            today,
            content: &content,
        };
        files.push((
            format!("thema/{}.html", t.id),
            render("theme.html", value(page))?,
        ));
    }
    Ok(files)
}

#[derive(Debug)]
pub enum SiteError {
    NotEmpty(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for SiteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SiteError::NotEmpty(p) => write!(
                f,
                "{} exists and is not empty\n  = help: choose an empty folder, or pass --force to replace it",
                p.display()
            ),
            SiteError::Io(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

/// Writes the site into `out`: built in a temporary folder beside it, then
/// moved into place, so that a reader never sees half a site.
pub fn write(out: &Path, files: &[(String, String)], force: bool) -> Result<(), SiteError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e| SiteError::Io(p, e)
    };
    let exists = out.exists();
    if exists && !force && std::fs::read_dir(out).map_err(io(out))?.next().is_some() {
        return Err(SiteError::NotEmpty(out.to_path_buf()));
    }
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let tmp = parent.join(format!(".{name}.building-{}", std::process::id()));
    let result = (|| {
        for (rel, text) in files {
            let path = tmp.join(rel);
            std::fs::create_dir_all(path.parent().expect("a file has a folder"))
                .map_err(io(&path))?;
            std::fs::write(&path, text).map_err(io(&path))?;
        }
        if exists {
            let old = parent.join(format!(".{name}.old-{}", std::process::id()));
            std::fs::rename(out, &old).map_err(io(out))?;
            std::fs::rename(&tmp, out).map_err(io(out))?;
            let _ = std::fs::remove_dir_all(&old);
        } else {
            std::fs::rename(&tmp, out).map_err(io(out))?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}
