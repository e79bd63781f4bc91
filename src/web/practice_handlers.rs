//! The good practices in the workbench and the hub: the catalogue searched
//! on the server (the query in the address, the same use case as `vsopro
//! voorbeelden`), a practice's page, and taking one up into a region the
//! person edits (one commit through the one write path, by them).

use super::server::Form;
use super::{Ctx, Reply, WebError, redirect, reply};
use crate::i18n::t;
use crate::registry::Region;
use crate::report::practices::{PracticesReport, Query};
use crate::web::Workbench;

/// A practice's region in its key: the region's slug, or `landelijk`.
fn key_of(region: Option<&'static Region>) -> &'static str {
    region.map_or(crate::model::NATIONAL_KEY, |r| r.slug)
}

impl Ctx {
    /// The network's practices for `query`, and the page's workbench: the
    /// nation loaded and checked once.
    fn catalogue(&self, query: Query) -> Result<(PracticesReport, Workbench), WebError> {
        let c = crate::usecases::practices::parts(&self.workspace())?;
        let workbench = self.workbench(&c, None);
        let report = crate::usecases::practices::catalogue_of_what_passed(c, query, self.today);
        Ok((report, workbench))
    }

    /// The regions the person may take a practice up into.
    fn adopt_into(&self) -> Vec<&'static Region> {
        crate::registry::REGIONS
            .iter()
            .filter(|r| self.person.edits(r))
            // The workbench on one's own data: every region it has.
            .filter(|r| {
                !self.person.local
                    || self
                        .root
                        .join(crate::model::REGIONS_DIR)
                        .join(r.slug)
                        .is_dir()
            })
            .collect()
    }

    pub(super) fn practices_page(&self) -> Result<Reply, WebError> {
        let query = crate::web::practices::query_from(&self.query);
        let (report, workbench) = self.catalogue(query)?;
        let env = crate::web::environment();
        let body =
            crate::web::practices::catalogue_page(&env, &report, self.today, Some(&workbench))?;
        Ok(reply(200, "text/html; charset=utf-8", body))
    }

    pub(super) fn practice_page(
        &self,
        region: Option<&'static Region>,
        id: &str,
    ) -> Result<Reply, WebError> {
        let (report, workbench) = self.catalogue(Query::default())?;
        let key = format!("{}/{id}", key_of(region));
        let practice = report
            .practices
            .iter()
            .find(|p| p.key == key)
            .ok_or(WebError::NotFound)?;
        let env = crate::web::environment();
        let into = self.adopt_into();
        let body = crate::web::practices::practice_page(
            &env,
            &report,
            practice,
            &into,
            self.today,
            Some(&workbench),
        )?;
        Ok(reply(200, "text/html; charset=utf-8", body))
    }

    /// Takes the practice up into the region the form names, if the person
    /// may edit it.
    pub(super) fn adopt(
        &self,
        region: Option<&'static Region>,
        id: &str,
        form: &Form,
    ) -> Result<Reply, WebError> {
        let into = form
            .get("into")
            .and_then(crate::registry::region_by_slug)
            .ok_or(WebError::BadForm)?;
        if !self.adopt_into().iter().any(|r| r.slug == into.slug) {
            return Err(WebError::Forbidden);
        }
        let ws = self.workspace();
        let writer =
            crate::edit::Writer::open_region(&self.root, self.git, into)?.by(self.author());
        match crate::usecases::practices::adopt(
            &writer,
            &ws,
            &format!("{}/{id}", key_of(region)),
            into,
        ) {
            Ok(report) => {
                let said = t!(
                    "adopt-recorded",
                    from = report.from.as_str(),
                    id = report.id.as_str(),
                    file = report.file.as_str()
                );
                let anchor = crate::records::Record::Action.anchor(&report.id);
                Ok(redirect(&format!(
                    "/{}#{anchor}",
                    crate::web::Route::Region(into).href()
                ))
                .with_flash(Some(said))
                .with_commit(report.commit.clone()))
            }
            Err(e) => Err(WebError::Refused(422, e.describe().1)),
        }
    }
}
