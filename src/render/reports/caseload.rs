use super::cell;
use crate::render::{Block, Column, Render, Table};
use crate::report::caseload::{CaseloadReport, CaseloadRow};

impl Render for CaseloadReport {
    fn blocks(&self) -> Vec<Block> {
        let n = &self.norms;
        let ft = &self.full_time;
        let mut blocks = vec![Block::Table(self.csv_table())];
        blocks.push(Block::Text(format!(
            "Norm: {} min per school per week; working week {} h. A full-time coordinator carries {} schools ({} per 8-hour day).",
            n.minutes_per_school,
            crate::render::plain(n.hours_per_week()),
            ft.schools_per_week,
            ft.schools_per_8_hour_day,
        )));
        blocks.push(Block::Text(format!(
            "The source document says a 36-hour week gives a caseload of 30 schools. At {} min per school, 30 schools take {} h a week: a 36-hour week holds {} schools, a 40-hour week {}.",
            n.minutes_per_school,
            crate::render::plain(ft.hours_for_30_schools),
            ft.schools_per_36_hour_week,
            ft.schools_per_40_hour_week,
        )));
        blocks
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("code"),
            Column::left("region"),
            Column::right("pro"),
            Column::right("vso"),
            Column::right("schools"),
            Column::right("required h:mm"),
            Column::right("required h"),
            Column::right("required FTE"),
            Column::right("contracted h"),
            Column::right("gap h"),
            Column::right("gap FTE"),
        ]);
        for r in self.regions.iter().chain(&self.total) {
            t.row(row(r));
        }
        t
    }
}

fn row(r: &CaseloadRow) -> Vec<String> {
    vec![
        r.code.unwrap_or_default().to_string(),
        r.name.clone(),
        cell::opt_count(r.schools_pro),
        cell::opt_count(r.schools_vso),
        r.schools.to_string(),
        cell::hm(&r.required),
        cell::num(r.required_hours),
        cell::num(r.required_fte),
        cell::opt_num(r.contracted_hours),
        cell::opt_num(r.gap_hours),
        cell::opt_num(r.gap_fte),
    ]
}
