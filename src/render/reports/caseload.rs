use super::Cells;
use crate::i18n::{plain, t};
use crate::render::{Block, Column, Render, Table};
use crate::report::caseload::{CaseloadReport, CaseloadRow};

impl Render for CaseloadReport {
    fn title(&self) -> Option<String> {
        Some(t!("title-caseload"))
    }

    fn blocks(&self) -> Vec<Block> {
        let n = &self.norms;
        let ft = &self.full_time;
        let mut blocks = vec![Block::Table(self.table(Cells::TEXT))];
        if let Some(total) = &self.total {
            blocks.push(Block::Text(t!(
                "caseload-coverage",
                count = self.regions.len(),
                regions = crate::registry::REGIONS.len()
            )));
            blocks.push(Block::Text(t!(
                "caseload-unit",
                unit = n.unit.as_str(),
                locations = total.locations.unwrap_or(0),
                institutions = total.institutions.unwrap_or(0),
                left_out = total.left_out
            )));
        }
        blocks.extend([
            Block::Text(t!(
                "caseload-norm",
                minutes = n.minutes_per_school,
                hours = plain(n.hours_per_week()),
                schools = ft.schools_per_week,
                per_day = ft.schools_per_8_hour_day
            )),
            Block::Text(t!(
                "caseload-source",
                minutes = n.minutes_per_school,
                hours = plain(ft.hours_for_30_schools),
                at36 = ft.schools_per_36_hour_week,
                at40 = ft.schools_per_40_hour_week
            )),
        ]);
        blocks
    }

    fn csv_table(&self) -> Table {
        self.table(Cells::CSV)
    }
}

impl CaseloadReport {
    fn table(&self, c: Cells) -> Table {
        // Locations and institutions where there are schools to count (not
        // for a vacancy sized by number).
        let counts = self.total.is_some();
        let mut columns = vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-region")),
            Column::right(&t!("col-pro")),
            Column::right(&t!("col-vso")),
            Column::right(&t!("col-schools")),
        ];
        if counts {
            columns.push(Column::right(&t!("col-locations")));
            columns.push(Column::right(&t!("col-institutions")));
        }
        columns.extend([
            Column::duration(&t!("col-required-hm")),
            Column::right(&t!("col-required-h")),
            Column::right(&t!("col-required-fte")),
            Column::right(&t!("col-contracted-h")),
            Column::right(&t!("col-gap-h")),
            Column::right(&t!("col-gap-fte")),
        ]);
        let mut t = Table::new(columns);
        for r in self.regions.iter().chain(&self.total) {
            let mut cells = row(r, c);
            if counts {
                cells.insert(5, c.opt_count(r.locations));
                cells.insert(6, c.opt_count(r.institutions));
            }
            t.row(cells);
        }
        t
    }
}

/// A row's name: the region, the total, or the vacancy being sized.
fn name(r: &CaseloadRow) -> String {
    match (r.code, r.schools_pro) {
        (Some(_), _) => r.name.clone(),
        (None, Some(_)) => t!("caseload-total"),
        (None, None) => t!("caseload-vacancy", count = r.schools),
    }
}

fn row(r: &CaseloadRow, c: Cells) -> Vec<String> {
    vec![
        r.code.unwrap_or_default().to_string(),
        name(r),
        c.opt_count(r.schools_pro),
        c.opt_count(r.schools_vso),
        r.schools.to_string(),
        c.hm(&r.required),
        c.num(r.required_hours),
        c.num(r.required_fte),
        // A vacancy has no contract to know; a region's unknown hours are
        // `onbekend`.
        if r.schools_pro.is_some() {
            c.known(r.contracted_hours)
        } else {
            c.opt_num(r.contracted_hours)
        },
        if r.schools_pro.is_some() {
            c.known(r.gap_hours)
        } else {
            c.opt_num(r.gap_hours)
        },
        if r.schools_pro.is_some() {
            c.known(r.gap_fte)
        } else {
            c.opt_num(r.gap_fte)
        },
    ]
}
