use super::cell;
use crate::render::{Block, Column, Render, Table};
use crate::report::staffing::StaffingReport;

impl Render for StaffingReport {
    fn blocks(&self) -> Vec<Block> {
        let t = &self.totals;
        vec![
            Block::Table(self.csv_table()),
            Block::Text(format!(
                "{} of {} regions have an appointed coordinator; {} recruiting, {} exploring, {} none, {} without data.",
                t.appointed, t.regions, t.recruiting, t.exploring, t.none, t.unknown
            )),
            Block::Text(format!(
                "{} of {} required FTE contracted (gap {} FTE), at {} min per school and a {}-hour week; required FTE counts the regions with data only.",
                cell::num(t.contracted_fte),
                cell::num(t.required_fte),
                cell::num(t.gap_fte),
                self.norms.minutes_per_school,
                crate::render::plain(self.norms.hours_per_week()),
            )),
        ]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("code"),
            Column::left("region"),
            Column::left("status"),
            Column::left("coordinator"),
            Column::left("since"),
            Column::left("scale"),
            Column::right("schools"),
            Column::right("required h"),
            Column::right("contracted h"),
            Column::right("required FTE"),
            Column::right("contracted FTE"),
            Column::right("gap FTE"),
        ]);
        for r in &self.regions {
            t.row(vec![
                r.code.into(),
                r.name.into(),
                r.status.as_str().into(),
                cell::opt(&r.coordinator),
                cell::date(&r.since),
                cell::opt(&r.scale),
                cell::opt_count(r.schools),
                cell::opt_num(r.required_hours),
                cell::opt_num(r.contracted_hours),
                cell::opt_num(r.required_fte),
                cell::opt_num(r.contracted_fte),
                cell::opt_num(r.gap_fte),
            ]);
        }
        t
    }
}
