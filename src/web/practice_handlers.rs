//! The good practices in the workbench and the hub: the catalogue searched
//! on the server (the query in the address, the same use case as `vsopro
//! voorbeelden`), a practice's page, and taking one up into a region the
//! person edits (one commit through the one write path, by them).

use super::{Reply, Workshop, redirect, refused, reply, request_day};
use crate::i18n::t;
use crate::registry::Region;
use crate::report::practices::{PracticesReport, Query};
use crate::web::Workbench;
use std::collections::HashMap;

impl Workshop {
    /// The network's practices for `query`, and the page's workbench: the
    /// nation loaded and checked once.
    fn catalogue(&self, query: Query) -> Result<(PracticesReport, Workbench), Reply> {
        let failed = |e: crate::error::Error| refused(500, e.describe().1);
        let c = crate::usecases::practices::parts(&self.workspace()).map_err(failed)?;
        let workbench = self.workbench(&c, None);
        let report = crate::usecases::practices::catalogue(c, query).map_err(failed)?;
        Ok((report, workbench))
    }

    /// The regions the person may take a practice up into.
    fn adopt_into(&self) -> Vec<&'static Region> {
        match &self.visitor {
            Some(v) => v.adopt_into.clone(),
            // The workbench on one's own data: every region it has.
            None if !self.read_only => crate::registry::REGIONS
                .iter()
                .filter(|r| {
                    self.root
                        .join(crate::model::REGIONS_DIR)
                        .join(r.slug)
                        .is_dir()
                })
                .collect(),
            None => Vec::new(),
        }
    }

    pub(super) fn practices_page(&self) -> Reply {
        let query = crate::web::practices::query_from(&self.query.borrow());
        let (report, workbench) = match self.catalogue(query) {
            Ok(done) => done,
            Err(reply) => return reply,
        };
        let env = crate::web::environment();
        let today = request_day(self.today);
        match crate::web::practices::catalogue_page(&env, &report, today, Some(&workbench)) {
            Ok(body) => reply(200, "text/html; charset=utf-8", body),
            Err(e) => refused(500, e.to_string()),
        }
    }

    pub(super) fn practice_page(&self, region: &'static Region, id: &str) -> Reply {
        let (report, workbench) = match self.catalogue(Query::default()) {
            Ok(done) => done,
            Err(reply) => return reply,
        };
        let key = format!("{}/{id}", region.slug);
        let Some(practice) = report.practices.iter().find(|p| p.key == key) else {
            return refused(404, t!("serve-not-found"));
        };
        let env = crate::web::environment();
        let today = request_day(self.today);
        let into = self.adopt_into();
        match crate::web::practices::practice_page(
            &env,
            &report,
            practice,
            &into,
            today,
            Some(&workbench),
        ) {
            Ok(body) => reply(200, "text/html; charset=utf-8", body),
            Err(e) => refused(500, e.to_string()),
        }
    }

    /// Takes the practice up into the region the form names, if the person
    /// may edit it.
    pub(super) fn adopt(
        &self,
        region: &'static Region,
        id: &str,
        form: &HashMap<&str, &str>,
    ) -> Reply {
        let Some(into) = form
            .get("into")
            .and_then(|slug| crate::registry::region_by_slug(slug))
        else {
            return refused(400, t!("serve-bad-form"));
        };
        if !self.adopt_into().iter().any(|r| r.slug == into.slug) {
            return refused(403, t!("hub-forbidden"));
        }
        let ws = self.workspace();
        let writer = match crate::edit::Writer::open_region(&self.root, self.git, into) {
            Ok(w) => w.by(self.author.clone()),
            Err(e) => return refused(500, e.describe().1),
        };
        match crate::usecases::practices::adopt(
            &writer,
            &ws,
            &format!("{}/{id}", region.slug),
            into,
        ) {
            Ok(report) => {
                *self.flash.borrow_mut() = Some(t!(
                    "adopt-recorded",
                    from = report.from.as_str(),
                    id = report.id.as_str(),
                    file = report.file.as_str()
                ));
                if let Some(commit) = &report.commit {
                    *self.last_commit.borrow_mut() = Some(commit.clone());
                }
                let anchor = crate::edit::record::Record::Action.anchor(&report.id);
                redirect(&format!(
                    "/{}#{anchor}",
                    crate::web::Route::Region(into).href()
                ))
            }
            Err(e) => refused(422, e.describe().1),
        }
    }
}
