//! The core of every request a surface lets in: its context ([`Ctx`] — the
//! data root, the day, the person), the route's declaration decided for
//! that person, and the handlers of the pages and small forms. Every page
//! is the static site's page, rendered from the same templates over the
//! data as it is on disk at that request, plus the problems; every edit
//! goes through the one write path.

use super::access::Person;
use super::server::{Form, Request};
use super::{
    Kept, Problem, Reply, Route, WebError, Workbench, fixes, forms, links, redirect, reply,
};
use crate::diag::Diagnostic;
use crate::edit::{self, Edit, Expect, Refusal};
use crate::i18n::t;
use crate::model::{Dataset, FileKind, MeetingKind, REGIONS_DIR, RegionData, Status, StrEnum};
use crate::registry::Region;
use crate::report::caseload::Norms;
use crate::source::SourceFile;
use crate::usecases::{self, Checked, Workspace};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// One request's context: what every handler may read, made by the
/// surface for the person it let in. No state lives here between
/// requests.
pub(crate) struct Ctx {
    pub root: PathBuf,
    /// The day of the request (or `--today`).
    pub today: NaiveDate,
    /// Who asks: a hub's account, or the local workbench's person.
    pub person: Person,
    /// The token every form of the person's pages carries.
    pub csrf: String,
    /// Commit each edit (in a git work tree).
    pub git: bool,
    /// What the person's last edit did, shown once.
    pub flash: Option<String>,
    /// The address's query (`?q=…&thema=…`).
    pub query: Vec<(String, String)>,
    /// Every region loaded and checked, as the hub keeps it between
    /// requests for the national pages; `None`: loaded for the page.
    pub national: Option<Arc<Checked>>,
    /// The region's changes kept after a conflict with the forge (the hub,
    /// for who may edit the region).
    pub kept: Vec<Kept>,
    /// The round's e-mails to the directies (the hub, for who opens rounds).
    pub round_mail: Vec<RoundMail>,
}

/// One e-mail of a round, as its page lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct RoundMail {
    pub email: String,
    pub what: String,
    pub when: String,
    /// `waiting`, `sent`, `failed` or `lost`.
    pub status: String,
}

/// The reply to a request of the core's routes: who may use it decided for
/// the person (on every route, whatever the page showed), the form's token
/// checked, and its handler run. A refusal is a page of the site.
pub(crate) fn respond(ctx: &Ctx, route: &Route, request: &Request) -> Reply {
    dispatch(ctx, route, request).unwrap_or_else(|e| e.page())
}

fn dispatch(ctx: &Ctx, route: &Route, request: &Request) -> Result<Reply, WebError> {
    // The local workbench's reader changes nothing, whatever the address.
    if request.is_post() && ctx.person.local && !ctx.person.edits_some() {
        return Err(WebError::Refused(403, t!("serve-refused-read-only")));
    }
    let decl = route.declare();
    if !ctx.person.may_use(decl.access) {
        // The local workbench's reader is told why: the run is read-only.
        return Err(if ctx.person.local {
            WebError::Refused(403, t!("serve-refused-read-only"))
        } else {
            WebError::Forbidden
        });
    }
    use axum::http::Method;
    let post = match request.method {
        Method::GET | Method::HEAD => false,
        Method::POST => true,
        _ => return Err(WebError::Method),
    };
    match (post, decl.get, decl.post) {
        (false, Some(get), _) => get(ctx),
        (true, _, Some(post)) => {
            let form = request.form();
            if !form.carries("csrf", &ctx.csrf) {
                return Err(WebError::Csrf);
            }
            // A form sent twice does one thing (see `once`).
            let Some(token) = form
                .get("once")
                .filter(|t| !t.is_empty())
                .map(str::to_string)
            else {
                return post(ctx, &form);
            };
            if let super::once::Begin::Done(location) = super::once::begin(&token) {
                // The header as the first reply had it (already encoded).
                return Ok(reply(303, "text/plain; charset=utf-8", "")
                    .with_header("Location", location)
                    .with_flash(Some(t!("form-already-done"))));
            }
            let reply = post(ctx, &form);
            let went = reply
                .as_ref()
                .ok()
                .filter(|r| r.status == 303)
                .and_then(|r| r.location());
            super::once::finish(&token, went);
            reply
        }
        _ => Err(WebError::Method),
    }
}

/// The style sheet, the same for every page.
/// The style sheet. Pages link it by its version (`style.css?v=…`), so that
/// address is kept by the browser for a year; any other is checked with
/// its ETag (the server answers 304 while it is the same).
pub(crate) fn style(query: &[(String, String)]) -> Reply {
    let version = super::pages::style_version();
    let versioned = query.iter().any(|(k, v)| k == "v" && v == version);
    reply(200, "text/css; charset=utf-8", super::STYLE)
        .with_cache(if versioned {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        })
        .with_header("ETag", format!("\"{version}\""))
}

/// A closed set's value as a form sends it (its English word).
pub(super) fn parse_choice<T: StrEnum>(v: &str) -> Option<T> {
    T::ALL.iter().copied().find(|s| s.as_str() == v)
}

impl Ctx {
    /// The data on the day of this request.
    pub(super) fn workspace(&self) -> Workspace {
        Workspace::new(&self.root, self.today)
    }

    /// A region file's bytes for a form (`None` where the region has none
    /// yet), never through a symbolic link: a link in its place is refused
    /// with the reason, and nothing of its target is shown.
    pub(super) fn region_file(&self, rel: &str) -> Result<Option<Vec<u8>>, WebError> {
        match crate::write::read_plain(&self.root.join(rel)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
                Err(crate::error::Error::SymlinkedFile(rel.into()).into_refusal())
            }
            Err(e) => Err(WebError::Internal(e.to_string())),
        }
    }

    /// Who the edits' commits are by: the hub's person; git's own identity
    /// on one's own machine.
    pub(super) fn author(&self) -> Option<crate::git::Author> {
        (!self.person.local).then(|| crate::git::Author {
            name: self.person.name.clone(),
            email: self.person.email.clone(),
        })
    }

    /// The local workbench, in git and allowed to write, offers to share
    /// (the hub shares through its own remote).
    pub(super) fn offers_sync(&self) -> bool {
        self.person.local && self.git && self.person.edits_some()
    }

    /// A national page: every region loaded and checked.
    pub(super) fn national_page(&self, route: &Route) -> Result<Reply, WebError> {
        let ws = self.workspace();
        let c = match &self.national {
            Some(cached) => cached.clone(),
            None => Arc::new(ws.checked(&[], &FileKind::REGION)?),
        };
        let workbench = self.workbench(&c, None);
        let norms = Norms::from_settings(&c.data.settings.caseload);
        let body =
            super::page(&c.data, norms, ws.today, route, &workbench)?.ok_or(WebError::NotFound)?;
        Ok(reply(200, "text/html; charset=utf-8", body))
    }

    /// A region loaded and checked (with the national files) for a page or
    /// a form.
    pub(super) fn loaded(&self, region: &'static Region) -> Result<(Workspace, Checked), WebError> {
        let ws = self.workspace();
        let c = ws.checked(&[region], &FileKind::REGION)?;
        if c.data.regions.is_empty() {
            return Err(WebError::NotFound);
        }
        Ok((ws, c))
    }

    /// A region's page: that region alone is loaded and checked (with the
    /// national files), through the same use cases as the command line;
    /// with a refused edit of one of its forms, the reason beside it (422).
    pub(super) fn region_page(
        &self,
        region: &'static Region,
        refusal: Option<(super::FormRefusal, &'static str)>,
    ) -> Result<Reply, WebError> {
        let (ws, c) = self.loaded(region)?;
        let r = &c.data.regions[0];
        let mut workbench = self.workbench(&c, Some(r));
        let status = if refusal.is_some() { 422 } else { 200 };
        // A refused small form answers at its own address: the page's
        // links lead from there.
        let root = refusal.as_ref().map_or("../", |r| r.1);
        workbench.refusal = refusal.map(|r| r.0);
        let mut content = usecases::region_content(&ws, r, &c.data.settings);
        // As the figures leave the region: small numbers suppressed.
        if !self.person.inside(region) {
            let national = crate::report::uitstroom::compute(
                &[r],
                None,
                crate::report::uitstroom::Audience::National,
            );
            content = content.public(&national);
        }
        let body = super::region_page(r.info, &content, ws.today, &workbench, root)?;
        Ok(reply(status, "text/html; charset=utf-8", body))
    }

    /// What the pages show of the workbench; on a region's page its forms'
    /// ready links and digests.
    pub(super) fn workbench<T>(&self, c: &Checked<T>, region: Option<&RegionData>) -> Workbench {
        let (links, forms) = region
            .map(|r| links::region(r, &c.data.sources))
            .unwrap_or_default();
        let outcomes = region.map(links::outcomes).unwrap_or_default();
        let person = &self.person;
        // One mask per page: every form of it carries the same.
        let csrf = super::server::masked(&self.csrf);
        let edits_here = match region {
            Some(r) => person.edits(r.info),
            None => person.edits_some(),
        };
        Workbench {
            outcomes,
            read_only: !edits_here,
            local: person.local,
            edits_some: person.edits_some(),
            mine: person
                .own_regions()
                .into_iter()
                .map(|r| super::pages::MyRegion {
                    name: r.name,
                    href: Route::Region(r).href(),
                })
                .collect(),
            national: person.reads_national(),
            records_meetings: region.is_some_and(|r| person.records_meetings(r.info)),
            signed_in: person.signed_in(),
            csrf_signout: (!person.local).then(|| csrf.clone()),
            beheer: !person.local && person.role == super::access::Role::Beheerder,
            problems: problems(&c.data, &c.diagnostics, person),
            csrf,
            once: super::once::token(),
            links,
            forms,
            flash: self.flash.clone(),
            refusal: None,
            unshared: self
                .offers_sync()
                .then(|| crate::usecases::sync::unshared(&self.root))
                .flatten(),
            kept: match region {
                Some(_) => self.kept.clone(),
                None => Vec::new(),
            },
        }
    }

    /// A form's page (a record's, the uitstroom figures'), with `status`.
    pub(super) fn form_page(
        &self,
        status: u16,
        data: &Checked,
        route: &Route,
        form: &forms::FormView,
    ) -> Result<Reply, WebError> {
        let region = route
            .region()
            .and_then(|r| data.data.region(r.code))
            .or(data.data.regions.first());
        let mut workbench = self.workbench(data, None);
        workbench.read_only = !region.is_some_and(|r| self.person.edits(r.info));
        let body = super::form_page(
            form.heading.clone(),
            route.root(),
            self.today,
            form,
            &workbench,
        )?;
        Ok(reply(status, "text/html; charset=utf-8", body))
    }

    /// After an edit: what it did, shown once on the region's page.
    pub(super) fn saved(
        &self,
        region: &'static Region,
        outcome: edit::Outcome,
        anchor: &str,
    ) -> Reply {
        self.saved_to(
            outcome,
            format!("/{}#{anchor}", Route::Region(region).href()),
        )
    }

    /// After an edit: to `to`, saying what it did, with its commit.
    pub(super) fn saved_to(&self, outcome: edit::Outcome, to: String) -> Reply {
        let commit = match &outcome.saved {
            edit::Saved::Committed(hash) => Some(hash.clone()),
            _ => None,
        };
        redirect(&to)
            .with_flash(Some(flash(&outcome)))
            .with_commit(commit)
    }

    /// An edit through the one write path, if the form was made from the
    /// file as it is now.
    pub(super) fn apply(
        &self,
        region: &'static Region,
        edit: &Edit,
        hash: &str,
    ) -> Result<edit::Outcome, Refusal> {
        let writer = edit::Writer::open_region(&self.root, self.git, region)
            .map_err(Refusal::Failed)?
            .by(self.author());
        writer.apply(region, edit, &Expect::Hash(hash.to_string()), self.today)
    }

    /// A small form of the region's page: its edit applied, or the
    /// region's page again with the reason beside the form.
    fn small_form(
        &self,
        region: &'static Region,
        route: &Route,
        form: &Form,
        edit: Edit,
    ) -> Result<Reply, WebError> {
        let hash = form.get("hash").ok_or(WebError::BadForm)?;
        let anchor = route.anchor();
        match self.apply(region, &edit, hash) {
            Ok(outcome) => Ok(self.saved(region, outcome, &anchor)),
            Err(Refusal::Invalid {
                problems,
                rel,
                text,
            }) => {
                let sources = fixes::new_text(&rel, &text);
                let refusal = super::FormRefusal {
                    form: anchor,
                    message: match edit {
                        Edit::Approve { .. } => t!("serve-approve-refused"),
                        _ => t!("serve-refused-invalid"),
                    },
                    problems: problems.iter().map(|d| describe(d, &sources)).collect(),
                };
                self.region_page(region, Some((refusal, route.root())))
            }
            // Beside the form, with the way to what is there.
            Err(Refusal::Taken(message)) => {
                let refusal = super::FormRefusal {
                    form: anchor,
                    message,
                    problems: Vec::new(),
                };
                self.region_page(region, Some((refusal, route.root())))
            }
            Err(refusal) => Err(refusal_error(refusal)),
        }
    }

    /// An action's status.
    pub(super) fn action_status(
        &self,
        region: &'static Region,
        id: &str,
        form: &Form,
    ) -> Result<Reply, WebError> {
        let status = form
            .get("status")
            .and_then(parse_choice::<Status>)
            .ok_or(WebError::BadForm)?;
        let route = Route::ActionStatus {
            region,
            id: id.to_string(),
        };
        let edit = Edit::ActionStatus {
            id: id.to_string(),
            status,
        };
        self.small_form(region, &route, form, edit)
    }

    /// A knelpunt marked solved on a day.
    pub(super) fn knelpunt_resolved(
        &self,
        region: &'static Region,
        id: &str,
        form: &Form,
    ) -> Result<Reply, WebError> {
        let date = date(form).ok_or(WebError::BadForm)?;
        let route = Route::KnelpuntResolved {
            region,
            id: id.to_string(),
        };
        let edit = Edit::KnelpuntResolved {
            id: id.to_string(),
            date,
        };
        self.small_form(region, &route, form, edit)
    }

    /// A goal's measurement.
    pub(super) fn measurement(
        &self,
        region: &'static Region,
        goal: &str,
        form: &Form,
    ) -> Result<Reply, WebError> {
        let value = form
            .get("value")
            .and_then(|v| v.trim().replace(',', ".").parse::<f64>().ok());
        let (Some(date), Some(value)) = (date(form), value) else {
            return Err(WebError::BadForm);
        };
        let route = Route::Measurement {
            region,
            goal: goal.to_string(),
        };
        let edit = Edit::Measurement {
            goal: goal.to_string(),
            date,
            value,
            source: form.get("source").map(str::to_string),
        };
        self.small_form(region, &route, form, edit)
    }

    /// A stuurgroep or directie meeting, with its notes and decisions.
    pub(super) fn meeting(&self, region: &'static Region, form: &Form) -> Result<Reply, WebError> {
        let kind = form.get("kind").and_then(parse_choice::<MeetingKind>);
        let (Some(kind), Some(date)) = (kind, date(form)) else {
            return Err(WebError::BadForm);
        };
        let edit = Edit::Meeting {
            kind,
            date,
            notes: form.get("notes").map(str::to_string),
            decisions: form
                .get("decisions")
                .map(|d| d.lines().map(str::to_string).collect())
                .unwrap_or_default(),
        };
        self.small_form(region, &Route::Meeting(region), form, edit)
    }

    /// The directies' approval recorded by hand.
    pub(super) fn approval(&self, region: &'static Region, form: &Form) -> Result<Reply, WebError> {
        let by = form.text("by");
        // Recorded by hand only when the person confirms the directies did.
        let (false, Some(date), Some("ja")) = (by.is_empty(), date(form), form.get("confirm"))
        else {
            return Err(WebError::BadForm);
        };
        let edit = Edit::Approve {
            by,
            date,
            tag: false,
        };
        self.small_form(region, &Route::Approval(region), form, edit)
    }
}

/// A form's `date` field (`2026-03-01`).
fn date(form: &Form) -> Option<NaiveDate> {
    form.get("date")
        .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
}

/// What an edit did, as the next page says it.
pub(super) fn flash(outcome: &edit::Outcome) -> String {
    // The commit message's first line says what changed.
    let message = outcome.message.lines().next().unwrap_or_default();
    match &outcome.saved {
        edit::Saved::Committed(_) => t!("serve-saved-committed", message = message),
        edit::Saved::Written => t!("serve-saved", message = message),
        edit::Saved::NotCommitted => t!(
            "serve-saved-uncommitted",
            file = outcome.files.join(", ").as_str()
        ),
        edit::Saved::Unchanged => t!("serve-unchanged"),
    }
}

/// A refused edit whose reason is no problem of one form's fields.
pub(super) fn refusal_error(refusal: Refusal) -> WebError {
    match refusal {
        Refusal::Stale => WebError::Stale,
        Refusal::NotFound => WebError::NotFound,
        Refusal::RoundOpen => WebError::Refused(409, t!("round-approval-during-round")),
        Refusal::Taken(message) => WebError::Refused(409, message),
        Refusal::NotToml(reason) => {
            WebError::Refused(422, t!("serve-not-toml", reason = reason.as_str()))
        }
        Refusal::Failed(crate::error::Error::GitFailed(reason)) => WebError::Internal(t!(
            "serve-commit-failed",
            reason = reason.lines().last().unwrap_or_default()
        )),
        Refusal::Failed(e) => e.into(),
        // Only an approval to be tagged asks for a commit; a form never does.
        Refusal::NoCommit { rel, .. } => {
            WebError::Refused(409, t!("err-tag-needs-commit", path = rel.as_str()))
        }
        Refusal::Invalid {
            problems,
            rel,
            text,
        } => {
            let sources = fixes::new_text(&rel, &text);
            let described: Vec<String> = problems.iter().map(|d| describe(d, &sources)).collect();
            WebError::Refused(422, described.join("\n"))
        }
    }
}

/// A diagnostic above a form or on a refusal's page, in the form's words:
/// the form and field it is in and what to do there.
pub(super) fn describe(d: &Diagnostic, sources: &BTreeMap<String, SourceFile>) -> String {
    fixes::sentence(&fixes::fix(d, sources).text)
}

/// The diagnostics as `check --format json` gives them, with the quoted
/// line and the region's slug, for the pages; a fix's form is linked for
/// who may edit its region.
pub(super) fn problems(data: &Dataset, diags: &[Diagnostic], person: &Person) -> Vec<Problem> {
    diags
        .iter()
        .map(|d| {
            let diagnostic = crate::report::check::to_json(d, &data.sources);
            let source = diagnostic
                .line
                .zip(data.sources.get(&d.file))
                .map(|(line, f)| crate::render::safe::line(f.line_text(line)).into_owned());
            let fix = fixes::fix(d, &data.sources);
            let region = crate::registry::REGIONS
                .iter()
                .find(|r| d.file.starts_with(&format!("{REGIONS_DIR}/{}/", r.slug)));
            // The check's message where it is in words ("het jaarplan is
            // niet geaccordeerd"); where it speaks the file's terms, the
            // form and field it is about in its place.
            let place = fix.place.filter(|_| speaks_toml(&d.message));
            Problem {
                source,
                fix: match place {
                    Some(_) => fix.instruction,
                    None => fix.text,
                },
                place,
                fix_link: fix
                    .link
                    .filter(|_| region.is_some_and(|r| person.edits(r)))
                    .map(super::Href),
                region: region.map(|r| r.slug),
                // Linked where the person may read it.
                region_name: region.map(|r| r.name),
                region_link: region.is_some_and(|r| person.reads(r)),
                diagnostic,
            }
        })
        .collect()
}

/// A message that names keys, tables or values as the file writes them.
fn speaks_toml(message: &str) -> bool {
    message.contains('`') || message.contains("[[") || message.contains(" = ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// A context over a copy of the example data, without a socket.
    fn ctx(dir: &Path) -> Ctx {
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        for entry in walkdir::WalkDir::new(&examples).min_depth(1) {
            let entry = entry.unwrap();
            let to = dir.join(entry.path().strip_prefix(&examples).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
        Ctx {
            root: dir.to_path_buf(),
            today: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            person: Person::local(false),
            csrf: "c".into(),
            git: false,
            flash: None,
            query: Vec::new(),
            national: None,
            kept: Vec::new(),
            round_mail: Vec::new(),
        }
    }

    fn request(post: bool, path: &str, fields: &[(&str, &str)]) -> Request {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        Request {
            method: if post {
                axum::http::Method::POST
            } else {
                axum::http::Method::GET
            },
            path: path.into(),
            query: String::new(),
            headers: Default::default(),
            body: body.into(),
            client: std::net::IpAddr::from([127, 0, 0, 1]),
        }
    }

    #[test]
    fn handlers_take_a_route_and_a_form() {
        let dir = tempfile::tempdir().unwrap();
        let ctx = ctx(dir.path());
        let actions = dir.path().join("regions/midden-holland/actions.toml");
        let hash = crate::source::digest(&std::fs::read(&actions).unwrap());
        let path = "regio/midden-holland/actie/stagebank-techniek/status";
        let route = Route::parse(path).unwrap();
        let status = |post: bool, route: &Route, fields: &[(&str, &str)]| {
            respond(&ctx, route, &request(post, path, fields)).status
        };
        // Posted with the digest of the file as it is: written, and back to
        // the action on the region's page.
        let sent = [("csrf", "c"), ("hash", hash.as_str()), ("status", "done")];
        assert_eq!(status(true, &route, &sent), 303);
        let text = std::fs::read_to_string(&actions).unwrap();
        assert!(text.contains("status = \"done\""), "{text}");
        // The same form again: made from the file as it was, so refused.
        assert_eq!(status(true, &route, &sent), 409);
        // Without the form's guard, nothing.
        let unguarded = [("hash", hash.as_str()), ("status", "active")];
        assert_eq!(status(true, &route, &unguarded), 403);
        // A form's address is no page, a page no form.
        assert_eq!(status(false, &route, &[]), 405);
        let page = Route::parse("regio/midden-holland.html").unwrap();
        assert_eq!(status(true, &page, &sent), 405);
        assert_eq!(status(false, &page, &[]), 200);
    }

    /// Every page that spans regions, over data with one region broken in
    /// each way the rules know (the check's fixtures): never a server
    /// failure; what it had to leave out, it names.
    #[test]
    fn a_broken_region_never_takes_a_page_of_the_network_down() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
        let mut cases: Vec<_> = std::fs::read_dir(&fixtures)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.join("regions").is_dir())
            .collect();
        cases.sort();
        assert!(cases.len() > 20, "{}", cases.len());
        let mut routes = vec![Route::Index, Route::Problems, Route::Practices];
        routes.extend(crate::registry::THEMES.iter().map(Route::Theme));
        for case in cases {
            let copy = tempfile::tempdir().unwrap();
            let mut ctx = ctx(copy.path());
            ctx.root = case.clone();
            ctx.person = Person::local(true);
            let regions: Vec<Route> = crate::registry::REGIONS
                .iter()
                .filter(|r| case.join("regions").join(r.slug).is_dir())
                .flat_map(|r| [Route::Region(r), Route::Round(r)])
                .collect();
            for route in routes.iter().chain(&regions) {
                let reply = respond(&ctx, route, &request(false, &route.href(), &[]));
                assert!(
                    reply.status != 500,
                    "{}: {} answered {}: {}",
                    case.display(),
                    route.href(),
                    reply.status,
                    String::from_utf8_lossy(&reply.body)
                );
            }
        }
    }

    #[test]
    fn every_route_is_decided_for_the_person_before_its_handler_runs() {
        let dir = tempfile::tempdir().unwrap();
        let mut ctx = ctx(dir.path());
        ctx.person = Person::local(true);
        let route = Route::parse("regio/midden-holland/nieuw/actie").unwrap();
        let reply = respond(&ctx, &route, &request(false, "", &[]));
        assert_eq!(reply.status, 403);
        // The share button is the local workbench's alone.
        ctx.person.local = false;
        let share = respond(&ctx, &Route::Share, &request(true, "", &[("csrf", "c")]));
        assert_eq!(share.status, 403);
    }
}
