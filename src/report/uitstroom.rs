//! `vsopro uitstroom`: where the leavers went — per school (within one
//! region), per region and nationally, per school year and kind of school
//! (pro, vso): the leavers, the shares to work, education, dagbesteding,
//! none and unknown, the share still in place after one and two years, the
//! change against the year before, and for pro and vso the national CBS
//! series beside them. Aggregates only. Outside the region (more than one
//! region) small numbers are protected (`disclosure`).

use super::disclosure::{self, Figure};
use crate::model::{
    Destination, DestinationGroup, Kind, Outcome, OutcomeMeasure, Profile, RegionData,
    school_year_label, school_year_start,
};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct UitstroomReport {
    /// Figures exact (one region, for its own use), or small numbers
    /// protected (more than one region: the figures leave the region).
    pub exact: bool,
    /// Only this school year (`--year`).
    pub year: Option<String>,
    /// Per school and year (one region only: the schools' own figures).
    pub schools: Vec<OutcomeRow>,
    /// Per region, year and kind of school.
    pub regions: Vec<OutcomeRow>,
    /// Over all regions, per year and kind (more than one region).
    pub national: Vec<OutcomeRow>,
    /// The national CBS series beside the rows of pro (and vso).
    pub comparison: Vec<Comparison>,
    /// Per region, the share to work or education in the latest school
    /// year, for the national map.
    pub map: Vec<MapShare>,
    /// Where the national series comes from.
    pub source: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct MapShare {
    pub code: &'static str,
    pub year: String,
    /// `null` where the region has no figures that year, or they are
    /// protected.
    pub share: Option<f64>,
    /// 0 (under the first of `SHARE_BANDS`) to 4.
    pub band: Option<usize>,
}

/// Which rows a row sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    School,
    Region,
    National,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomeRow {
    pub level: Level,
    /// The region's CBS code and name (not for the national rows).
    pub code: Option<&'static str>,
    pub region: Option<&'static str>,
    /// The school's id and name (school rows).
    pub school: Option<String>,
    pub school_name: Option<String>,
    pub kind: Kind,
    pub year: String,
    pub leavers: Figure,
    pub work: Figure,
    pub education: Figure,
    pub dagbesteding: Figure,
    pub none: Figure,
    /// Unknown, including leavers whose destination the file does not give.
    pub unknown: Figure,
    /// Shares of the leavers, in percent.
    pub shares: Shares,
    /// Still in their destination (or a better one) after one and two
    /// years, over the leavers whose follow-up is known.
    pub durable_1_year: Option<Durable>,
    pub durable_2_years: Option<Durable>,
    /// The share to work against the same row a year earlier, in
    /// percentage points.
    pub work_change: Option<f64>,
    /// The shares as a bar of 100 wide, destination by destination; what
    /// is not shown (protected) is one grey rest.
    pub bar: Vec<BarSegment>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BarSegment {
    /// `work`, `education`, `dagbesteding`, `none`, `unknown` or `hidden`.
    pub class: &'static str,
    pub x: f64,
    pub width: f64,
}

/// The row's shares laid end to end.
fn bar(shares: &Shares) -> Vec<BarSegment> {
    let parts = [
        ("work", shares.work),
        ("education", shares.education),
        ("dagbesteding", shares.dagbesteding),
        ("none", shares.none),
        ("unknown", shares.unknown),
    ];
    // Tenths, as the shares are: no float noise in the drawing.
    let tenth = |v: f64| (v * 10.0).round() / 10.0;
    let mut x = 0.0;
    let mut out = Vec::new();
    for (class, share) in parts {
        if let Some(width) = share.filter(|w| *w > 0.0) {
            out.push(BarSegment { class, x, width });
            x = tenth(x + width);
        }
    }
    // Protected shares leave a rest.
    let rest = tenth(100.0 - x);
    if rest > 0.5 && parts.iter().any(|(_, s)| s.is_none()) {
        out.push(BarSegment {
            class: "hidden",
            x,
            width: rest,
        });
    }
    out
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Shares {
    pub work: Option<f64>,
    pub education: Option<f64>,
    pub dagbesteding: Option<f64>,
    pub none: Option<f64>,
    pub unknown: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Durable {
    /// Leavers whose follow-up was recorded.
    pub followed: Figure,
    pub in_place: Figure,
    pub share: Option<f64>,
}

/// A row's share to work among those who did not go on to education,
/// beside the national series of the same kind and year.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub level: Level,
    pub code: Option<&'static str>,
    pub region: Option<&'static str>,
    pub kind: Kind,
    pub year: String,
    /// Work (all kinds) over the leavers who did not go on to education,
    /// of the pro schools and the vso schools with the profile
    /// arbeidsmarktgericht (the national series' population).
    pub work_not_in_education: Option<f64>,
    /// The calendar year of the national figures: the year this row's
    /// cohort left, or the latest published before it.
    pub national_year: i32,
    /// CBS: share with work among those who did not continue in education.
    pub national_work: f64,
    /// CBS: share with a benefit.
    pub national_benefit: f64,
}

/// Raw sums of one row before protection.
#[derive(Debug, Clone, Default)]
struct Sums {
    leavers: u64,
    groups: BTreeMap<DestinationGroup, u64>,
    followed: [u64; 2],
    in_place: [u64; 2],
}

fn positive(v: Option<&crate::model::Spanned<i64>>) -> u64 {
    v.map_or(0, |c| (*c.get_ref()).max(0) as u64)
}

impl Sums {
    fn add(&mut self, o: &Outcome) {
        let leavers = positive(Some(&o.leavers));
        self.leavers += leavers;
        let mut given = 0;
        for (d, v) in o.destinations() {
            let n = positive(v);
            given += n;
            *self.groups.entry(d.group()).or_default() += n;
        }
        // Leavers the file gives no destination for count as unknown.
        *self
            .groups
            .entry(Destination::Onbekend.group())
            .or_default() += leavers.saturating_sub(given);
        for (i, (_, f)) in o.follow_ups().into_iter().enumerate() {
            if let Some(f) = f {
                self.followed[i] += leavers;
                self.in_place[i] += positive(f.op_plek.as_ref());
            }
        }
    }

    /// After one (0) or two (1) years: followed, in place, not.
    fn follow_up(&self, i: usize) -> Vec<u64> {
        let (followed, in_place) = (self.followed[i], self.in_place[i]);
        vec![followed, in_place, followed.saturating_sub(in_place)]
    }

    fn merge(&mut self, other: &Sums) {
        self.leavers += other.leavers;
        for (g, n) in &other.groups {
            *self.groups.entry(*g).or_default() += n;
        }
        for i in 0..2 {
            self.followed[i] += other.followed[i];
            self.in_place[i] += other.in_place[i];
        }
    }

    fn group(&self, g: DestinationGroup) -> u64 {
        self.groups.get(&g).copied().unwrap_or_default()
    }
}

const GROUPS: [DestinationGroup; 5] = [
    DestinationGroup::Work,
    DestinationGroup::Education,
    DestinationGroup::Dagbesteding,
    DestinationGroup::None,
    DestinationGroup::Unknown,
];

/// Where a row's sums come from.
struct Who {
    level: Level,
    code: Option<&'static str>,
    region: Option<&'static str>,
    school: Option<(String, String)>,
    kind: Kind,
    year: String,
}

/// A row's counts as shown, each line `[total, parts…]`: the leavers by
/// destination, the follow-ups after one and two years (followed, in
/// place, not), and the national series' population (not in education,
/// to work, not).
struct Lines {
    main: Vec<Figure>,
    durable: [Vec<Figure>; 2],
    compared: Vec<Figure>,
}

type Line = fn(&[Sums; 2]) -> Vec<u64>;

const LINES: [Line; 4] = [
    |s| {
        let all = &s[0];
        std::iter::once(all.leavers)
            .chain(GROUPS.iter().map(|g| all.group(*g)))
            .collect()
    },
    |s| s[0].follow_up(0),
    |s| s[0].follow_up(1),
    |s| {
        let c = &s[1];
        let base = c
            .leavers
            .saturating_sub(c.group(DestinationGroup::Education));
        let work = c.group(DestinationGroup::Work);
        vec![base, work, base.saturating_sub(work)]
    },
];

/// The rows of one year and kind — the regions' (or schools'), and the
/// nation's as their margin — protected together, so that no suppressed
/// count follows from a row's total or a column's margin.
fn protect_block(
    rows: &[&[Sums; 2]],
    margin: Option<&[Sums; 2]>,
    protect: bool,
) -> (Vec<Lines>, Option<Lines>) {
    // Per kind of line: the rows' lines and the margin's, protected.
    let tables = LINES.map(|line| {
        let body: Vec<Vec<u64>> = rows.iter().map(|s| line(s)).collect();
        let margin = margin.map(line);
        disclosure::table(&body, margin.as_deref(), protect)
    });
    let lines = |pick: &dyn Fn(usize) -> Vec<Figure>| Lines {
        main: pick(0),
        durable: [pick(1), pick(2)],
        compared: pick(3),
    };
    let body = (0..rows.len())
        .map(|r| lines(&|t| tables[t].0[r].clone()))
        .collect();
    let margin = margin.map(|_| lines(&|t| tables[t].1.clone().expect("a margin line")));
    (body, margin)
}

fn make_row(who: &Who, sums: &[Sums; 2], lines: &Lines, protect: bool) -> OutcomeRow {
    let all = &sums[0];
    let cells = &lines.main[1..];
    let share = |f: Figure| disclosure::share(f, all.leavers, protect);
    let durable = |i: usize| {
        (all.followed[i] > 0).then(|| {
            let line = &lines.durable[i];
            Durable {
                followed: line[0],
                in_place: line[1],
                share: disclosure::share(line[1], all.followed[i], protect),
            }
        })
    };
    OutcomeRow {
        level: who.level,
        code: who.code,
        region: who.region,
        school_name: who.school.as_ref().map(|s| s.1.clone()),
        school: who.school.as_ref().map(|s| s.0.clone()),
        kind: who.kind,
        year: who.year.clone(),
        leavers: lines.main[0],
        work: cells[0],
        education: cells[1],
        dagbesteding: cells[2],
        none: cells[3],
        unknown: cells[4],
        shares: Shares {
            work: share(cells[0]),
            education: share(cells[1]),
            dagbesteding: share(cells[2]),
            none: share(cells[3]),
            unknown: share(cells[4]),
        },
        durable_1_year: durable(0),
        durable_2_years: durable(1),
        work_change: None,
        bar: Vec::new(),
    }
}

/// Each row's share to work against the row of the same school, region
/// or nation and kind a year earlier.
fn trends(rows: &mut [OutcomeRow]) {
    // Who — region, school, kind — and the year's first calendar year.
    type Key = (Option<&'static str>, Option<String>, Kind, i32);
    let key = |r: &OutcomeRow, back: i32| -> Option<Key> {
        let start = school_year_start(&r.year)?;
        Some((r.code, r.school.clone(), r.kind, start - back))
    };
    let by_year: BTreeMap<Key, Option<f64>> = rows
        .iter()
        .filter_map(|r| Some((key(r, 0)?, r.shares.work)))
        .collect();
    for r in rows.iter_mut() {
        let before = key(r, 1).and_then(|k| by_year.get(&k).copied().flatten());
        r.work_change = r
            .shares
            .work
            .zip(before)
            .map(|(now, then)| ((now - then) * 10.0).round() / 10.0);
    }
}

/// The national series (CBS / OCW in cijfers), shipped with its source in
/// assets/ocw/.
const SERIES: &str = include_str!("../../assets/ocw/uitstroom-landelijk.csv");
pub const SOURCE: &str = "CBS / OCW in cijfers";

/// The national series of `kind` for the calendar year a cohort left, or
/// (not yet published) the latest year before it: (year, work, benefit).
fn national(kind: Kind, left_in: i32) -> Option<(i32, f64, f64)> {
    let name = match kind {
        Kind::Pro => "pro",
        Kind::Vso => "vso-arbeidsmarkt",
    };
    SERIES
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            if f.len() != 4 || f[0] != name {
                return None;
            }
            Some((f[1].parse().ok()?, f[2].parse().ok()?, f[3].parse().ok()?))
        })
        .filter(|(year, _, _)| *year <= left_in)
        .max_by_key(|(year, _, _)| *year)
}

/// Whether a school's leavers are the population the national series
/// follows: pro, and vso with the profile arbeidsmarktgericht.
fn comparable(school: &crate::model::School) -> bool {
    match school.kind {
        Kind::Pro => true,
        Kind::Vso => school
            .profiles
            .as_ref()
            .is_some_and(|p| p.get_ref().contains(&Profile::Arbeidsmarktgericht)),
    }
}

fn compare(who: &Who, sums: &[Sums; 2], lines: &Lines, protect: bool) -> Option<Comparison> {
    if sums[1].leavers == 0 {
        return None;
    }
    // 2023-2024 left in calendar year 2024, as CBS counts the cohort.
    let left_in = school_year_start(&who.year)? + 1;
    let (national_year, work, benefit) = national(who.kind, left_in)?;
    let base = sums[1]
        .leavers
        .saturating_sub(sums[1].group(DestinationGroup::Education));
    Some(Comparison {
        level: who.level,
        code: who.code,
        region: who.region,
        kind: who.kind,
        year: who.year.clone(),
        work_not_in_education: disclosure::share(lines.compared[1], base, protect),
        national_year,
        national_work: work,
        national_benefit: benefit,
    })
}

/// One region's sums, taken while the region is loaded: the site streams
/// the regions and assembles the national report from these parts.
#[derive(Debug, Clone)]
pub struct RegionOutcomes {
    code: &'static str,
    name: &'static str,
    /// Per school year and kind: all leavers, and those the national
    /// series follows.
    per_year: BTreeMap<(i32, Kind), [Sums; 2]>,
    /// Per school and year: kind, name and sums.
    per_school: BTreeMap<(String, i32), (Kind, String, [Sums; 2])>,
}

/// What of a region's uitstroom.toml counts for `year` (or every year).
pub fn collect(r: &RegionData, year: Option<&str>) -> RegionOutcomes {
    let wanted = year.map(school_year_start);
    let by_id = r.schools_by_id();
    let mut part = RegionOutcomes {
        code: r.info.code,
        name: r.info.name,
        per_year: BTreeMap::new(),
        per_school: BTreeMap::new(),
    };
    for o in r.outcomes() {
        let (Some(school), Some(start)) = (
            by_id.get(o.school.get_ref().as_str()),
            school_year_start(o.year.get_ref()),
        ) else {
            continue;
        };
        if wanted.is_some_and(|w| w != Some(start)) {
            continue;
        }
        let kind = school.kind;
        let id = o.school.get_ref().clone();
        let of_school = &mut part
            .per_school
            .entry((id, start))
            .or_insert_with(|| (kind, school.name.clone(), Default::default()))
            .2;
        for sums in [part.per_year.entry((start, kind)).or_default(), of_school] {
            sums[0].add(o);
            if comparable(school) {
                sums[1].add(o);
            }
        }
    }
    part
}

/// Who sees the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The region itself: exact, per school.
    Region,
    /// Outside the region: protected, with the national rows (a region's
    /// public page takes its rows from these: [`UitstroomReport::only`]).
    National,
}

/// The report over `regions` (each with its uitstroom.toml and
/// schools.toml), for one school year or all.
pub fn compute(regions: &[&RegionData], year: Option<&str>, audience: Audience) -> UitstroomReport {
    let parts = regions.iter().map(|r| collect(r, year)).collect();
    assemble(parts, year, audience)
}

/// The report from the regions' parts (in the order given).
pub fn assemble(
    parts: Vec<RegionOutcomes>,
    year: Option<&str>,
    audience: Audience,
) -> UitstroomReport {
    let protect = audience != Audience::Region;
    let mut schools = Vec::new();
    // Per year and kind: each region's sums, and the nation's.
    type Block = Vec<(Who, [Sums; 2])>;
    let mut blocks: BTreeMap<(i32, Kind), Block> = BTreeMap::new();
    let mut nation: BTreeMap<(i32, Kind), [Sums; 2]> = BTreeMap::new();
    for part in &parts {
        if !protect {
            for ((id, start), (kind, name, sums)) in &part.per_school {
                let who = Who {
                    level: Level::School,
                    code: Some(part.code),
                    region: Some(part.name),
                    school: Some((id.clone(), name.clone())),
                    kind: *kind,
                    year: school_year_label(*start),
                };
                let (lines, _) = protect_block(&[sums], None, false);
                schools.push(make_row(&who, sums, &lines[0], false));
            }
        }
        for (&(start, kind), sums) in &part.per_year {
            let total = nation.entry((start, kind)).or_default();
            for i in 0..2 {
                total[i].merge(&sums[i]);
            }
            let who = Who {
                level: Level::Region,
                code: Some(part.code),
                region: Some(part.name),
                school: None,
                kind,
                year: school_year_label(start),
            };
            blocks
                .entry((start, kind))
                .or_default()
                .push((who, sums.clone()));
        }
    }
    let mut region_rows = Vec::new();
    let mut national_rows = Vec::new();
    let mut region_comparison = Vec::new();
    let mut national_comparison = Vec::new();
    for ((start, kind), block) in blocks {
        let sums: Vec<&[Sums; 2]> = block.iter().map(|(_, s)| s).collect();
        // Protected, the national row is the regions' margin.
        let margin = protect.then(|| &nation[&(start, kind)]);
        let (lines, margin_lines) = protect_block(&sums, margin, protect);
        for ((who, sums), lines) in block.iter().zip(&lines) {
            region_rows.push(make_row(who, sums, lines, protect));
            region_comparison.extend(compare(who, sums, lines, protect));
        }
        if let (Some(sums), Some(lines)) = (margin, margin_lines) {
            let who = Who {
                level: Level::National,
                code: None,
                region: None,
                school: None,
                kind,
                year: school_year_label(start),
            };
            national_rows.push(make_row(&who, sums, &lines, protect));
            national_comparison.extend(compare(&who, sums, &lines, protect));
        }
    }
    // Region by region (in the order given), then year and kind.
    let order: Vec<&str> = parts.iter().map(|p| p.code).collect();
    let place = |code: Option<&str>| order.iter().position(|c| Some(*c) == code);
    region_rows.sort_by_key(|r| place(r.code));
    region_comparison.sort_by_key(|r| place(r.code));
    trends(&mut schools);
    trends(&mut region_rows);
    trends(&mut national_rows);
    region_comparison.extend(national_comparison);
    for r in schools
        .iter_mut()
        .chain(&mut region_rows)
        .chain(&mut national_rows)
    {
        r.bar = bar(&r.shares);
    }
    let map = map_shares(&parts, &region_rows);
    UitstroomReport {
        exact: !protect,
        year: year.map(str::to_string),
        schools,
        regions: region_rows,
        national: national_rows,
        comparison: region_comparison,
        map,
        source: SOURCE,
    }
}

impl UitstroomReport {
    /// One region's part of a national report: its rows, protected as
    /// they are beside the others (so that no page gives away what
    /// another hides).
    pub fn only(&self, code: &str) -> UitstroomReport {
        UitstroomReport {
            exact: self.exact,
            year: self.year.clone(),
            schools: Vec::new(),
            regions: self
                .regions
                .iter()
                .filter(|r| r.code == Some(code))
                .cloned()
                .collect(),
            national: Vec::new(),
            comparison: self
                .comparison
                .iter()
                .filter(|c| c.code == Some(code))
                .cloned()
                .collect(),
            map: Vec::new(),
            source: self.source,
        }
    }

    /// A goal's measure school year by school year from the counts these
    /// rows show (all kinds of school together); a year whose rows hide a
    /// count it needs has no figure.
    pub fn measured(&self, measure: OutcomeMeasure) -> Vec<MeasuredYear> {
        let mut years: BTreeMap<i32, Vec<&OutcomeRow>> = BTreeMap::new();
        for r in &self.regions {
            if let Some(start) = school_year_start(&r.year) {
                years.entry(start).or_default().push(r);
            }
        }
        let c = |f: Figure| f.count();
        let pick = |r: &OutcomeRow| -> Option<(u64, u64)> {
            let durable =
                |d: &Option<Durable>| d.as_ref().map(|d| Some((c(d.in_place)?, c(d.followed)?)));
            match measure {
                OutcomeMeasure::Work => Some((c(r.work)?, c(r.leavers)?)),
                OutcomeMeasure::Education => Some((c(r.education)?, c(r.leavers)?)),
                OutcomeMeasure::WorkOrEducation => {
                    Some((c(r.work)? + c(r.education)?, c(r.leavers)?))
                }
                OutcomeMeasure::Dagbesteding => Some((c(r.dagbesteding)?, c(r.leavers)?)),
                OutcomeMeasure::Durable1 => durable(&r.durable_1_year).unwrap_or(Some((0, 0))),
                OutcomeMeasure::Durable2 => durable(&r.durable_2_years).unwrap_or(Some((0, 0))),
            }
        };
        let later = match measure {
            OutcomeMeasure::Durable1 => 1,
            OutcomeMeasure::Durable2 => 2,
            _ => 0,
        };
        years
            .into_iter()
            .filter_map(|(start, rows)| {
                let (part, over) = rows
                    .iter()
                    .map(|r| pick(r))
                    .try_fold((0, 0), |(p, o), x| x.map(|(a, b)| (p + a, o + b)))?;
                Some(MeasuredYear {
                    year: school_year_label(start),
                    over,
                    share: disclosure::share(Figure::Count(part), over, !self.exact)?,
                    known: NaiveDate::from_ymd_opt(start + 1 + later, 7, 31)?,
                })
            })
            .collect()
    }
}

/// Each region's share to work or education in the latest school year
/// of the report, from the counts its rows show (a region whose rows
/// hide one has none: the map discloses nothing the table does not).
fn map_shares(parts: &[RegionOutcomes], rows: &[OutcomeRow]) -> Vec<MapShare> {
    let latest = rows.iter().filter_map(|r| school_year_start(&r.year)).max();
    let Some(latest) = latest else {
        return Vec::new();
    };
    let year = school_year_label(latest);
    parts
        .iter()
        .map(|p| {
            let own: Vec<&OutcomeRow> = rows
                .iter()
                .filter(|r| r.code == Some(p.code) && r.year == year)
                .collect();
            let shown = |f: Figure| f.count();
            let sum = |f: &dyn Fn(&OutcomeRow) -> Option<u64>| {
                own.iter().map(|r| f(r)).sum::<Option<u64>>()
            };
            let leavers = sum(&|r| shown(r.leavers));
            let placed = sum(&|r| Some(shown(r.work)? + shown(r.education)?));
            let share = match (own.is_empty(), leavers, placed) {
                (false, Some(l), Some(p)) => disclosure::share(Figure::Count(p), l, true),
                _ => None,
            };
            MapShare {
                code: p.code,
                year: year.clone(),
                share,
                band: share.map(share_band),
            }
        })
        .collect()
}

/// The map's shading: bands of the share to work or education.
pub const SHARE_BANDS: [f64; 4] = [60.0, 70.0, 80.0, 90.0];

fn share_band(share: f64) -> usize {
    SHARE_BANDS.iter().filter(|&&b| share >= b).count()
}

/// One school year of a jaarplan goal measured from uitstroom.toml: the
/// region's share (exact in its own plan, protected on the site), over
/// how many.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasuredYear {
    pub year: String,
    /// The leavers (or, for the follow-up, those followed) the share is of.
    pub over: u64,
    pub share: f64,
    /// When the figure is known: the end of the school year, or one or
    /// two years later for the follow-up.
    pub known: NaiveDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_national_series_is_read_by_the_year_a_cohort_left() {
        assert_eq!(national(Kind::Pro, 2023), Some((2023, 66.2, 10.7)));
        // Not yet published: the latest year before.
        assert_eq!(national(Kind::Pro, 2026), Some((2023, 66.2, 10.7)));
        assert_eq!(national(Kind::Vso, 2020), Some((2020, 35.0, 33.0)));
        assert_eq!(national(Kind::Pro, 2010), None);
    }
}
