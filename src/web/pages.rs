//! `vsopro site OUT`: a self-contained static site (HTML, CSS, inline SVG;
//! no JavaScript, fonts or CDNs) with the national map and heatmap, a page
//! per region and a page per theme. The pages are minijinja templates that
//! escape every piece of user text.

use super::{Route, practices};

use crate::i18n::t;
use crate::model::Dataset;
use crate::model::{ApprovalStatus, EntityKind, InitiativeKind, Level, SlotStatus, Status};
use crate::registry::THEMES;
use crate::report::caseload::Norms;
use crate::report::staffing::{StaffingReport, StaffingRow, StaffingStatus, StaffingTotals};
use crate::report::themes::{ThemeActionsReport, ThemesReport};
use crate::report::uitstroom::{self, Audience, MapShare, UitstroomReport};
use crate::report::{caseload, staffing, themes};
use crate::words;
use chrono::NaiveDate;
use minijinja::{Environment, Value};
use serde::Serialize;
use std::collections::BTreeMap;

pub(crate) const STYLE: &str = include_str!("templates/style.css");

/// The style sheet's version: the start of its SHA-256, in its address.
pub(crate) fn style_version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        use sha2::Digest;
        let hash = sha2::Sha256::digest(STYLE.as_bytes());
        hash.iter().take(8).map(|b| format!("{b:02x}")).collect()
    })
}
const TEMPLATES: [(&str, &str); 14] = [
    ("base.html", include_str!("templates/base.html")),
    ("error.html", include_str!("templates/error.html")),
    ("form.html", include_str!("templates/form.html")),
    ("remove.html", include_str!("templates/remove.html")),
    ("changes.html", include_str!("templates/changes.html")),
    ("hub.html", include_str!("templates/hub.html")),
    ("problems.html", include_str!("templates/problems.html")),
    (
        "problem-list.html",
        include_str!("templates/problem-list.html"),
    ),
    ("index.html", include_str!("templates/index.html")),
    ("region.html", include_str!("templates/region.html")),
    ("round.html", include_str!("templates/round.html")),
    ("practices.html", include_str!("templates/practices.html")),
    ("practice.html", include_str!("templates/practice.html")),
    ("theme.html", include_str!("templates/theme.html")),
];

/// One region on the index: its outline and its staffing.
#[derive(Debug, Serialize)]
pub(crate) struct MapRegion {
    #[serde(flatten)]
    pub staffing: StaffingRow,
    /// Link to the region's page, for regions with data.
    pub page: Option<String>,
    pub d: String,
    pub label_x: f64,
    pub label_y: f64,
    /// The band of its required hours (`NEED_BANDS`), for regions with data.
    pub need: Option<usize>,
    /// Its share to work or education in the latest school year, protected.
    pub outcome: Option<MapShare>,
}

/// One band of the map of need: required hours per week from `from` up to
/// (not including) `to`, and the same in FTE of the working week.
#[derive(Debug, Serialize)]
pub(crate) struct NeedBand {
    pub band: usize,
    pub from_hours: f64,
    pub to_hours: Option<f64>,
    pub from_fte: f64,
    pub to_fte: Option<f64>,
}

/// Band limits in hours per week: a third, two thirds, one and one and a
/// half of a 36-hour week, so that the darkest regions need more than one
/// coordinator.
const NEED_LIMITS: [f64; 4] = [12.0, 24.0, 36.0, 54.0];

fn need_band(hours: f64) -> usize {
    NEED_LIMITS.iter().filter(|&&l| hours >= l).count()
}

fn share_bands() -> Vec<(f64, Option<f64>)> {
    let limits = crate::report::uitstroom::SHARE_BANDS;
    std::iter::once(0.0)
        .chain(limits)
        .zip(limits.iter().map(|l| Some(*l)).chain([None]))
        .collect()
}

fn need_bands(norms: Norms) -> Vec<NeedBand> {
    let week = norms.hours_per_week();
    let fte = |h: f64| (h / week * 100.0).round() / 100.0;
    (0..=NEED_LIMITS.len())
        .map(|band| {
            let from = if band == 0 {
                0.0
            } else {
                NEED_LIMITS[band - 1]
            };
            let to = NEED_LIMITS.get(band).copied();
            NeedBand {
                band,
                from_hours: from,
                to_hours: to,
                from_fte: fte(from),
                to_fte: to.map(fte),
            }
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub(crate) struct StatusCount {
    pub status: StaffingStatus,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub(super) struct Page<'a, T: Serialize> {
    pub(super) title: String,
    /// Relative path back to the site root, so the pages work from file://.
    pub(super) root: &'static str,
    pub(super) today: NaiveDate,
    #[serde(flatten)]
    pub(super) content: &'a T,
    /// Served by `vsopro serve`: the problems and the workbench's state;
    /// `null` on the static site.
    pub(super) workbench: Option<&'a Workbench>,
}

/// What the workbench adds to the pages it serves.
/// One of the person's own regions, as the header links it.
#[derive(Debug, Serialize)]
pub(crate) struct MyRegion {
    pub name: &'static str,
    pub href: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Workbench {
    pub read_only: bool,
    /// The local workbench (not the hub): its header says "Werkbank".
    pub local: bool,
    /// The person edits some region: the problems are theirs to fix.
    pub edits_some: bool,
    /// In the hub: the person's own regions, linked from the header.
    pub mine: Vec<MyRegion>,
    /// The network's pages (and so the good practices) are open to the
    /// person: not to a hub's directie.
    pub national: bool,
    /// The stuurgroep's meeting form is shown (also to a read-only person
    /// of the stuurgroep in the hub).
    pub records_meetings: bool,
    /// In the hub: who is signed in ("Name (rol)"), and the token their
    /// sign-out form carries.
    pub signed_in: Option<String>,
    pub csrf_signout: Option<String>,
    /// The signed-in person is a beheerder: a link to the beheer page.
    pub beheer: bool,
    /// Every diagnostic of the data as it is now.
    pub problems: Vec<Problem>,
    /// The forms' guard against requests from other sites.
    pub csrf: String,
    /// The page's forms' one-time token: a form sent twice does one thing.
    pub once: String,
    /// Per record's anchor on the page (`actie-<id>`, `nieuw-school`,
    /// `netwerkcoordinator`, …), the address of its form.
    pub links: BTreeMap<String, Href>,
    /// Per small form on the page (`actie-<id>`, `doel-<id>`, `overleg`,
    /// …), where it posts and the digest of the file as the page showed
    /// it: a form made from an older file is refused.
    pub forms: BTreeMap<String, FormTarget>,
    /// The uitstroom figures recorded, each with the address of its form
    /// (newest year first).
    pub outcomes: Vec<OutcomeLink>,
    /// What the last edit did, shown once.
    pub flash: Option<String>,
    /// An edit of a form on the page that was refused: the form's id and
    /// why, shown beside that form.
    pub refusal: Option<FormRefusal>,
    /// The local workbench in a clone with a remote: what is not shared
    /// yet (its button does what `vsopro sync` does).
    pub unshared: Option<crate::usecases::sync::Unshared>,
    /// In the hub: the region's changes kept after a conflict with the
    /// forge, each with a button to apply it again (for who may edit).
    pub kept: Vec<Kept>,
}

/// A change of the hub kept on a conflict branch, as a region's page shows
/// it to those who may edit the region.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Kept {
    pub commit: String,
    pub author: String,
    pub date: String,
    pub subject: String,
    /// The change to the region's files (as `git show` gives it, cut).
    pub diff: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct OutcomeLink {
    /// The school's name (its id where schools.toml does not have it).
    pub school: String,
    pub year: String,
    pub href: Href,
}

#[derive(Debug, Serialize)]
pub(crate) struct FormTarget {
    pub action: Href,
    pub hash: String,
}

/// An address made by [`Route::href`]: percent-encoded ASCII, which needs
/// no escaping in a page (so that it reads `regio/x` there, not
/// `regio&#x2f;x`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Href(pub String);

impl Serialize for Href {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Value::from_safe_string(self.0.clone()).serialize(s)
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct FormRefusal {
    pub form: String,
    pub message: String,
    pub problems: Vec<String>,
}

/// One diagnostic as the workbench shows it.
#[derive(Debug, Serialize)]
pub(crate) struct Problem {
    /// The diagnostic as `check --format json` gives it.
    #[serde(flatten)]
    pub diagnostic: crate::report::check::JsonDiagnostic,
    /// The quoted source line.
    pub source: Option<String>,
    /// The region the file belongs to (its slug), for the link to its page.
    pub region: Option<&'static str>,
    pub region_name: Option<&'static str>,
    /// The person may open the region's page.
    pub region_link: bool,
    /// What fixes it in the workbench: the form and field, in the words of
    /// someone filling in forms (the diagnostic's `help` speaks TOML).
    pub fix: String,
    /// The form and field the problem is in, in words: shown instead of
    /// the check's message (which speaks TOML) where it is known.
    pub place: Option<String>,
    /// Where that form is, from the site's root.
    pub fix_link: Option<Href>,
}

#[derive(Debug, Serialize)]
pub(crate) struct IndexContent {
    pub norms: Norms,
    pub totals: StaffingTotals,
    pub map: MapSize,
    pub regions: Vec<MapRegion>,
    pub statuses: Vec<StatusCount>,
    pub need_bands: Vec<NeedBand>,
    pub themes: ThemesReport,
    /// The bands of the uitstroom map: `[from, to)` in percent.
    pub share_bands: Vec<(f64, Option<f64>)>,
    /// Where the leavers went, protected.
    pub uitstroom: UitstroomReport,
}

#[derive(Debug, Serialize)]
pub(crate) struct MapSize {
    pub width: f64,
    pub height: f64,
}

pub(crate) use crate::usecases::RegionContent;

#[derive(Debug, Serialize)]
pub(crate) struct ThemeContent {
    pub report: ThemeActionsReport,
}

/// The index: map regions joined with staffing.
pub(crate) fn index_content(data: &Dataset, norms: Norms) -> IndexContent {
    let parts: Vec<_> = data
        .regions
        .iter()
        .map(|r| caseload::region_part(r, norms))
        .collect();
    let regions: Vec<&crate::model::RegionData> = data.regions.iter().collect();
    let outcomes = uitstroom::compute(&regions, None, Audience::National);
    index_with(data, &parts, norms, themes::compute(data), outcomes)
}

/// The index from each region's caseload part (in the order of
/// `data.regions`) and the themes report, made region by region.
fn index_with(
    data: &Dataset,
    parts: &[caseload::RegionPart],
    norms: Norms,
    themes: ThemesReport,
    outcomes: UitstroomReport,
) -> IndexContent {
    let staffing: StaffingReport = staffing::compute(data, parts, norms);
    let map = crate::map::map();
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
                staffing: row.clone(),
                page: data
                    .regions
                    .iter()
                    .find(|r| r.info.code == row.code)
                    .map(|r| Route::Region(r.info).href()),
                d: shape.d.clone(),
                label_x: shape.label_x,
                label_y: shape.label_y,
                need: row.required_hours.map(need_band),
                outcome: outcomes.map.iter().find(|m| m.code == row.code).cloned(),
            }
        })
        .collect();
    let statuses = StaffingStatus::ALL
        .iter()
        .map(|&status| StatusCount {
            status,
            count: staffing
                .regions
                .iter()
                .filter(|r| r.status == status)
                .count(),
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
        need_bands: need_bands(norms),
        themes,
        share_bands: share_bands(),
        uitstroom: outcomes,
    }
}

pub(super) fn value<T: Serialize>(t: T) -> Value {
    Value::from(minijinja::value::Serde(t))
}

pub(crate) fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    for (name, text) in TEMPLATES {
        env.add_template(name, text)
            .expect("the built-in templates are valid");
    }
    // The hub's own addresses by name (`path("sign-out")`), and the
    // workbench's share button: written once, in `Route::href`.
    env.add_function("path", |name: &str| -> Result<Value, minijinja::Error> {
        let route = match name {
            "share" => Some(Route::Share),
            _ => super::route::HubRoute::FIXED
                .into_iter()
                .find(|h| h.name() == name)
                .map(Route::Hub),
        };
        // Percent-encoded ASCII, which needs no escaping in a page.
        route
            .map(|r| Value::from_safe_string(format!("/{}", r.href())))
            .ok_or_else(|| {
                minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("no address named {name}"),
                )
            })
    });
    // The Dutch words of render::nl, keyed by the JSON spelling of each value.
    fn table<T: Copy>(all: &[T], key: fn(T) -> &'static str, word: fn(T) -> String) -> Value {
        value(
            all.iter()
                .map(|&v| (key(v), word(v)))
                .collect::<BTreeMap<_, _>>(),
        )
    }
    env.add_global("style_version", style_version());
    env.add_global(
        "action_status",
        table(Status::ALL, Status::as_str, words::action_status),
    );
    env.add_global(
        "partner_label",
        table(
            crate::model::PartnerKind::ALL,
            crate::model::PartnerKind::as_str,
            crate::words::partner,
        ),
    );
    env.add_global(
        "target_label",
        table(
            crate::model::TargetGroup::ALL,
            crate::model::TargetGroup::as_str,
            crate::words::target,
        ),
    );
    env.add_global(
        "approval_label",
        table(ApprovalStatus::ALL, ApprovalStatus::as_str, words::approval),
    );
    env.add_global(
        "severity_label",
        table(
            &[
                crate::diag::Severity::Error,
                crate::diag::Severity::Warning,
                crate::diag::Severity::Hint,
            ],
            crate::diag::Severity::as_str,
            crate::diag::Severity::word,
        ),
    );
    env.add_global(
        "slot_label",
        table(SlotStatus::ALL, SlotStatus::as_str, words::slot),
    );
    env.add_global(
        "staffing_label",
        table(
            StaffingStatus::ALL,
            StaffingStatus::as_str,
            crate::render::words::staffing,
        ),
    );
    env.add_global(
        "level_label",
        table(Level::ALL, Level::as_str, words::level),
    );
    env.add_global(
        "kind_label",
        table(InitiativeKind::ALL, InitiativeKind::as_str, |k| {
            words::entity(k.into())
        }),
    );
    env.add_filter("plain", crate::i18n::plain);
    env.add_filter("frequency", |f: String| words::frequency(&f));
    // A count of the uitstroom tables: the number, or the words that
    // protect it.
    env.add_filter("figure", |v: Value| {
        use crate::report::disclosure::{Figure, HIDDEN, SMALL};
        match (v.as_i64(), v.as_str()) {
            (Some(n), _) => crate::render::words::figure(Figure::Count(n.max(0) as u64)),
            (_, Some(SMALL)) => crate::render::words::figure(Figure::Small),
            (_, Some(HIDDEN)) => crate::render::words::figure(Figure::Hidden),
            _ => v.to_string(),
        }
    });
    env.add_filter("measure", |m: String| {
        crate::model::OutcomeMeasure::ALL
            .iter()
            .find(|x| x.as_str() == m)
            .map_or(m, |x| words::outcome_measure(*x))
    });
    // Links to pages are made by `Route`, never written in a template. An
    // address is percent-encoded ASCII: nothing in it needs escaping.
    env.add_function("region_page", |slug: String| {
        let href = crate::registry::region_by_slug(&slug).map(|r| Route::Region(r).href());
        Value::from_safe_string(href.unwrap_or_default())
    });
    env.add_function("practice_page", |slug: String, id: String| {
        let href = match slug.as_str() {
            crate::model::NATIONAL_KEY => Some(Route::Practice { region: None, id }.href()),
            slug => crate::registry::region_by_slug(slug).map(|r| {
                Route::Practice {
                    region: Some(r),
                    id,
                }
                .href()
            }),
        };
        Value::from_safe_string(href.unwrap_or_default())
    });
    env.add_function("theme_page", |id: String| {
        let href = THEMES
            .iter()
            .find(|t| t.id == id)
            .map(|t| Route::Theme(t).href());
        Value::from_safe_string(href.unwrap_or_default())
    });
    // The word for each kind of record in the page's anchors.
    env.add_global(
        "segments",
        value(
            [
                EntityKind::School,
                EntityKind::Overlegtafel,
                EntityKind::Plan,
                EntityKind::Project,
                EntityKind::Development,
                EntityKind::Knelpunt,
                EntityKind::Action,
            ]
            .map(|k| (k.as_str(), crate::records::segment(k)))
            .into_iter()
            .collect::<BTreeMap<_, _>>(),
        ),
    );
    env.add_filter("decimal", |x: f64, places: usize| {
        crate::i18n::decimal(x, places)
    });
    // An ISO date in running text: `1 december 2026` in Dutch.
    env.add_filter("date", |iso: String| {
        NaiveDate::parse_from_str(&iso, "%Y-%m-%d").map_or(iso, crate::i18n::date)
    });
    // Week time as `5:20`.
    env.add_filter("hm", |t: Value| -> Result<String, minijinja::Error> {
        let part = |name: &str| t.get_attr(name).map(|v| v.as_i64().unwrap_or(0));
        Ok(format!("{}:{:02}", part("hours")?, part("rest_minutes")?))
    });
    env.add_function("t", translate);
    // The legend of the uitstroom bars, in their order.
    env.add_global(
        "outcome_groups",
        value([
            ("work", t!("uitstroom-group-work")),
            ("education", t!("uitstroom-group-education")),
            ("dagbesteding", t!("uitstroom-group-dagbesteding")),
            ("none", t!("uitstroom-group-none")),
            ("unknown", t!("uitstroom-group-unknown")),
            ("hidden", t!("uitstroom-group-hidden")),
        ]),
    );
    env.add_global("lang", crate::i18n::lang().code());
    env.add_global(
        "theme_titles",
        value(
            THEMES
                .iter()
                .map(|t| (t.id, t.title))
                .collect::<BTreeMap<_, _>>(),
        ),
    );
    env
}

/// `t("id", name=value, ...)`: a message of the catalogue in the run's
/// language. Whole numbers stay numbers, for Fluent's plurals; everything
/// else is passed as text (the template formats numbers first).
fn translate(id: &str, kwargs: minijinja::value::Kwargs) -> Result<String, minijinja::Error> {
    use crate::i18n::Arg;
    let mut args = Vec::new();
    for key in kwargs.args() {
        let v: Value = kwargs.get(key)?;
        let arg = match v.as_i64() {
            Some(n) if v.is_integer() => n.arg(),
            _ if v.is_none() || v.is_undefined() => String::new().arg(),
            _ => v.to_string().arg(),
        };
        args.push((key, arg));
    }
    kwargs.assert_all_used()?;
    Ok(crate::i18n::message(id, &args))
}

/// The page a double-clicked vsopro shows where it finds no data folder:
/// how to start one, and which folder it would use. Its style is inline,
/// as the page is served at every address.
pub(crate) fn no_data_page(folder: &str) -> String {
    use crate::render::safe::markup;
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body class=\"start\">\n<main>\n{}\n</main>\n</body>\n</html>\n",
        crate::i18n::lang().code(),
        markup(&t!("launch-no-data-title")),
        t!("launch-no-data", folder = markup(folder)),
    )
}

/// A page that says why a request was refused, with the site's header
/// and a way back (no date: it shows no data).
pub(crate) fn error_page<T: Serialize>(
    title: String,
    content: &T,
) -> Result<String, minijinja::Error> {
    #[derive(Serialize)]
    struct ErrorPage<'a, T: Serialize> {
        title: String,
        root: &'static str,
        #[serde(flatten)]
        content: &'a T,
    }
    let page = ErrorPage {
        title,
        root: "/",
        content,
    };
    environment()
        .get_template("error.html")?
        .render(value(page))
}

/// A page of the hub: signing in, setting a password, the beheerder's
/// page. `kind` is the template's block (`signin`, `invite`, `beheer`);
/// `today` where the page shows data of a day.
pub(crate) fn hub_page<T: Serialize>(
    title: String,
    today: Option<NaiveDate>,
    content: &T,
) -> Result<String, minijinja::Error> {
    #[derive(Serialize)]
    struct HubPage<'a, T: Serialize> {
        title: String,
        root: &'static str,
        today: Option<NaiveDate>,
        #[serde(flatten)]
        content: &'a T,
    }
    let page = HubPage {
        title,
        root: "/",
        today,
        content,
    };
    environment().get_template("hub.html")?.render(value(page))
}

pub(crate) fn form_page<T: Serialize>(
    title: String,
    root: &'static str,
    today: NaiveDate,
    form: &T,
    workbench: &Workbench,
) -> Result<String, minijinja::Error> {
    form_page_of("form.html", title, root, today, form, workbench)
}

/// The question before a record is removed.
pub(crate) fn remove_page<T: Serialize>(
    title: String,
    root: &'static str,
    today: NaiveDate,
    form: &T,
    workbench: &Workbench,
) -> Result<String, minijinja::Error> {
    form_page_of("remove.html", title, root, today, form, workbench)
}

/// A record's history, or the region's recent changes.
pub(crate) fn changes_page<T: Serialize>(
    title: String,
    root: &'static str,
    today: NaiveDate,
    view: &T,
    workbench: &Workbench,
) -> Result<String, minijinja::Error> {
    #[derive(Serialize)]
    struct ChangesContent<'a, T: Serialize> {
        view: &'a T,
    }
    let page = Page {
        title,
        root,
        today,
        content: &ChangesContent { view },
        workbench: Some(workbench),
    };
    environment()
        .get_template("changes.html")?
        .render(value(page))
}

fn form_page_of<T: Serialize>(
    template: &str,
    title: String,
    root: &'static str,
    today: NaiveDate,
    form: &T,
    workbench: &Workbench,
) -> Result<String, minijinja::Error> {
    #[derive(Serialize)]
    struct FormContent<'a, T: Serialize> {
        form: &'a T,
    }
    let page = Page {
        title,
        root,
        today,
        content: &FormContent { form },
        workbench: Some(workbench),
    };
    environment().get_template(template)?.render(value(page))
}

/// The directies' round page of the hub.
pub(crate) fn round_page<T: Serialize>(
    title: String,
    root: &'static str,
    today: NaiveDate,
    view: &T,
    workbench: &Workbench,
) -> Result<String, minijinja::Error> {
    #[derive(Serialize)]
    struct RoundContent<'a, T: Serialize> {
        view: &'a T,
    }
    let page = Page {
        title,
        root,
        today,
        content: &RoundContent { view },
        workbench: Some(workbench),
    };
    environment()
        .get_template("round.html")?
        .render(value(page))
}

/// The static site, made in two steps so that no region has to stay
/// whole until the end: each region's content and its part of the
/// national pages while `check::stream_each` has the region
/// ([`Build::region`]), then the national pages and the regions' pages
/// ([`Build::finish`]) — a region's page last, because its outcome figures
/// are protected as they stand beside every other region's.
pub(crate) struct Build {
    env: Environment<'static>,
    today: NaiveDate,
}

/// What the site takes of one region while it is loaded.
pub(crate) struct RegionPart {
    region: &'static crate::registry::Region,
    /// What its page shows, with its exact outcome figures.
    content: RegionContent,
    /// Its outcome sums, for the national report.
    outcomes: uitstroom::RegionOutcomes,
    /// Its caseload, for the staffing on the index.
    caseload: caseload::RegionPart,
    /// Its row of the themes on the index.
    themes: themes::ThemeRegionRow,
    /// Its actions on each theme (in the order of `THEMES`).
    theme_actions: Vec<Vec<themes::ThemeAction>>,
    /// Its good practices and what it took up from others.
    practices: crate::report::practices::RegionPart,
}

impl RegionContent {
    /// The content as it leaves the region: its outcome figures (and the
    /// goals measured from them) are its rows of the protected national
    /// report, never the exact counts.
    pub(crate) fn public(mut self, national: &UitstroomReport) -> RegionContent {
        let own = national.only(self.foto.code);
        if let Some(plan) = self.jaarplan.as_mut() {
            crate::report::jaarplan::protect_outcomes(plan, &own);
        }
        self.foto.uitstroom = (!own.regions.is_empty()).then_some(own);
        self
    }
}

impl Build {
    pub(crate) fn new(today: NaiveDate) -> Build {
        Build {
            env: environment(),
            today,
        }
    }

    /// The part of the one region in `one`: its page's content and its
    /// part of the national pages.
    pub(crate) fn region(&self, one: &Dataset, content: RegionContent) -> RegionPart {
        let norms = Norms::from_settings(&one.settings.caseload);
        let r = &one.regions[0];
        RegionPart {
            region: r.info,
            content,
            outcomes: uitstroom::collect(r, None),
            caseload: caseload::region_part(r, norms),
            themes: themes::region_row(r),
            theme_actions: THEMES.iter().map(|t| themes::theme_actions(r, t)).collect(),
            practices: crate::report::practices::region_part(r, self.today),
        }
    }

    /// Every file of the site as (relative path, contents): the style
    /// sheet, the index, the regions' pages (in region order) and a page
    /// per theme. Of each region `data` needs region.toml alone.
    pub(crate) fn finish(
        &self,
        data: &Dataset,
        parts: Vec<RegionPart>,
    ) -> Result<Vec<(String, String)>, minijinja::Error> {
        use rayon::prelude::*;
        let mut rows = Vec::with_capacity(parts.len());
        let mut caseloads = Vec::with_capacity(parts.len());
        let mut outcomes = Vec::with_capacity(parts.len());
        let mut contents = Vec::with_capacity(parts.len());
        let mut on_theme: Vec<Vec<themes::ThemeAction>> = vec![Vec::new(); THEMES.len()];
        let mut practice_parts = Vec::with_capacity(parts.len());
        for part in parts {
            practice_parts.push(part.practices);
            rows.push(part.themes);
            caseloads.push(part.caseload);
            outcomes.push(part.outcomes);
            contents.push((part.region, part.content));
            for (all, own) in on_theme.iter_mut().zip(part.theme_actions) {
                all.extend(own);
            }
        }
        let national = uitstroom::assemble(outcomes, None, Audience::National);
        let pages = contents
            .into_par_iter()
            .map(|(region, content)| {
                let content = content.public(&national);
                let page = render_region(&self.env, region, &content, self.today, None, "../")?;
                Ok((Route::Region(region).href(), page))
            })
            .collect::<Result<Vec<_>, minijinja::Error>>();
        let norms = Norms::from_settings(&data.settings.caseload);
        let index = index_with(data, &caseloads, norms, themes::from_rows(rows), national);
        let (index, theme_pages) = rayon::join(
            || render_index(&self.env, &index, self.today, None),
            || {
                THEMES
                    .par_iter()
                    .zip(on_theme)
                    .map(|(t, actions)| {
                        let report = themes::from_actions(t, actions);
                        let page = render_theme(&self.env, t, report, self.today, None)?;
                        Ok((Route::Theme(t).href(), page))
                    })
                    .collect::<Result<Vec<_>, minijinja::Error>>()
            },
        );
        let mut files = vec![
            ("style.css".to_string(), STYLE.to_string()),
            ("index.html".to_string(), index?),
        ];
        files.extend(pages?);
        files.extend(theme_pages?);
        // The national programmes' practices beside the regions'.
        practice_parts.push(crate::report::practices::national_part(data, self.today));
        files.extend(self.practice_files(practice_parts)?);
        Ok(files)
    }
}

impl Build {
    /// The good practices: the catalogue, a page per practice, the
    /// browser's index and search scripts.
    fn practice_files(
        &self,
        parts: Vec<crate::report::practices::RegionPart>,
    ) -> Result<Vec<(String, String)>, minijinja::Error> {
        use rayon::prelude::*;
        let report = crate::report::practices::compute(parts, Default::default());
        let mut files = vec![(
            Route::Practices.href(),
            practices::catalogue_page(&self.env, &report, self.today, None)?,
        )];
        let pages = report
            .practices
            .par_iter()
            .map(|p| {
                let page = practices::practice_page(&self.env, &report, p, &[], self.today, None)?;
                Ok((practices::href(p), page))
            })
            .collect::<Result<Vec<_>, minijinja::Error>>()?;
        files.extend(pages);
        files.push((
            "js/voorbeelden-index.js".to_string(),
            practices::index_script(&report),
        ));
        files.extend(
            practices::SCRIPTS
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string())),
        );
        Ok(files)
    }
}

/// One page of the site (as `vsopro serve` asks for it); `None` for a path
/// the site does not have.
/// One of the national pages (as `vsopro serve` asks for it): the index,
/// a theme's page, the workbench's problems; `None` for any other route.
pub(crate) fn page(
    data: &Dataset,
    norms: Norms,
    today: NaiveDate,
    route: &Route,
    workbench: &Workbench,
) -> Result<Option<String>, minijinja::Error> {
    let env = environment();
    let workbench = Some(workbench);
    match route {
        Route::Index => render_index(&env, &index_content(data, norms), today, workbench).map(Some),
        Route::Problems => env
            .get_template("problems.html")?
            .render(value(Page {
                title: t!("serve-problems-title"),
                root: "",
                today,
                content: &(),
                workbench,
            }))
            .map(Some),
        Route::Theme(t) => {
            render_theme(&env, t, themes::for_theme(data, t), today, workbench).map(Some)
        }
        _ => Ok(None),
    }
}

/// A region's page (as `vsopro serve` asks for it) from its content.
/// The region's page; `root` leads from the address it is answered at to
/// the site's root (a refused small form answers at its own address).
pub(crate) fn region_page(
    region: &'static crate::registry::Region,
    content: &RegionContent,
    today: NaiveDate,
    workbench: &Workbench,
    root: &'static str,
) -> Result<String, minijinja::Error> {
    render_region(
        &environment(),
        region,
        content,
        today,
        Some(workbench),
        root,
    )
}

fn render_region(
    env: &Environment<'static>,
    region: &'static crate::registry::Region,
    content: &RegionContent,
    today: NaiveDate,
    workbench: Option<&Workbench>,
    root: &'static str,
) -> Result<String, minijinja::Error> {
    /// The region's content with the round's state in words, said as the
    /// reports say it.
    #[derive(Serialize)]
    struct RegionPage<'a> {
        #[serde(flatten)]
        content: &'a RegionContent,
        round_summary: Option<String>,
    }
    let round_summary = content
        .jaarplan
        .as_ref()
        .and_then(|j| j.approval.as_ref())
        .and_then(|a| a.round.as_ref())
        .map(crate::render::reports::round::summary);
    let page = Page {
        title: t!("foto-title", name = region.name, code = region.code),
        root,
        today,
        content: &RegionPage {
            content,
            round_summary,
        },
        workbench,
    };
    env.get_template("region.html")?.render(value(page))
}

fn render_index(
    env: &Environment<'static>,
    index: &IndexContent,
    today: NaiveDate,
    workbench: Option<&Workbench>,
) -> Result<String, minijinja::Error> {
    let page = Page {
        title: t!("site-title"),
        root: "",
        today,
        content: index,
        workbench,
    };
    env.get_template("index.html")?.render(value(page))
}

fn render_theme(
    env: &Environment<'static>,
    theme: &crate::registry::Theme,
    report: ThemeActionsReport,
    today: NaiveDate,
    workbench: Option<&Workbench>,
) -> Result<String, minijinja::Error> {
    let page = Page {
        title: theme.title.to_string(),
        root: "../",
        today,
        content: &ThemeContent { report },
        workbench,
    };
    env.get_template("theme.html")?.render(value(page))
}

/// The static site: each region's page and its part of the national
/// pages made while the stream has the region, then the national pages.
pub(crate) fn build(
    ws: &crate::usecases::Workspace,
) -> Result<(Build, SiteParts), crate::error::Error> {
    let build = Build::new(ws.today);
    let parts = ws.checked_each(&[], &[], |one| {
        build.region(
            one,
            crate::usecases::region_content(ws, &one.regions[0], &one.settings),
        )
    })?;
    Ok((build, parts))
}

/// What the site made of each region while the stream had it.
pub(crate) type SiteParts = crate::usecases::Checked<RegionPart>;

/// Every file of the site, from the regions' parts.
pub(crate) fn files(
    build: &Build,
    c: SiteParts,
) -> Result<Vec<(String, String)>, crate::error::Error> {
    let failed = |e: minijinja::Error| {
        crate::error::Error::Internal(format!("rendering the site failed: {e}"))
    };
    let (data, parts) = c.into_made()?;
    build.finish(&data, parts).map_err(failed)
}
