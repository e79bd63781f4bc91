use super::Cells;
use crate::i18n::{plain, t};
use crate::render::{Block, Column, Render, Table};
use crate::report::staffing::{Balance, StaffingReport};

impl Render for StaffingReport {
    fn title(&self) -> Option<String> {
        Some(t!("title-staffing"))
    }

    fn blocks(&self) -> Vec<Block> {
        let s = &self.totals;
        let c = Cells::TEXT;
        let mut blocks = vec![
            Block::Table(self.table(c)),
            Block::Text(t!(
                "staffing-summary",
                appointed = s.appointed,
                regions = s.regions,
                recruiting = s.recruiting,
                exploring = s.exploring,
                without = s.none,
                unknown = s.unknown
            )),
            Block::Text(t!(
                "staffing-schools",
                schools = s.schools,
                pro = s.pro,
                vso = s.vso,
                with_data = s.with_data,
                regions = s.regions,
                hours = c.num(s.required_hours),
                fte = c.num(s.required_fte),
                minutes = self.norms.minutes_per_school,
                week = plain(self.norms.hours_per_week())
            )),
            Block::Text(match (s.contracted_fte, s.balance) {
                (Some(contracted), Some(balance)) => {
                    let (side, fte) = match balance {
                        Balance::Shortfall(f) => ("shortfall", f),
                        Balance::Surplus(f) => ("surplus", f),
                        Balance::Even => ("even", 0.0),
                    };
                    t!(
                        "staffing-contracted",
                        contracted = c.num(contracted),
                        known = s.contracted_known,
                        regions = s.regions,
                        side = side,
                        gap = c.num(fte)
                    )
                }
                _ => t!("staffing-contracted-unknown", regions = s.regions),
            }),
        ];
        if !s.over_one_fte.is_empty() {
            blocks.push(Block::Text(t!(
                "staffing-over-one",
                count = s.over_one_fte.len(),
                names = s.over_one_fte.join(", ")
            )));
        }
        blocks
    }

    fn csv_table(&self) -> Table {
        self.table(Cells::CSV)
    }
}

impl StaffingReport {
    fn table(&self, c: Cells) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-region")),
            Column::left(&t!("col-status")),
            Column::left(&t!("col-coordinator")),
            Column::date(&t!("col-since")),
            Column::left(&t!("col-scale")),
            Column::right(&t!("col-schools")),
            Column::right(&t!("col-required-h")),
            Column::right(&t!("col-contracted-h")),
            Column::right(&t!("col-required-fte")),
            Column::right(&t!("col-contracted-fte")),
            Column::right(&t!("col-gap-fte")),
        ]);
        for r in &self.regions {
            t.row(vec![
                r.code.into(),
                r.name.into(),
                crate::render::words::staffing(r.status),
                c.opt(&r.coordinator),
                c.date(&r.since),
                c.opt(&r.scale),
                c.opt_count(r.schools),
                c.opt_num(r.required_hours),
                c.known(r.contracted_hours),
                c.opt_num(r.required_fte),
                c.known(r.contracted_fte),
                c.known(r.gap_fte),
            ]);
        }
        t
    }
}
