//! `vsopro serve`: the coordinator's workbench, a local web server over the
//! same files. Every page is the static site's page, rendered from the same
//! templates over the data as it is on disk at that request, plus the
//! problems. Only this machine can reach it (127.0.0.1 unless `--host`),
//! and only with the run's secret token, which the printed link carries and
//! a cookie keeps.

use super::{Reply, fixes, forms, links, outcomes, redirect, refused, reply};

use crate::diag::Diagnostic;
use crate::edit::{self, Edit, Expect, Refusal};
use crate::error::Error;
use crate::i18n::t;
use crate::model::{Dataset, FileKind, MeetingKind, REGIONS_DIR, RegionData, Status, StrEnum};
use crate::registry::Region;
use crate::report::caseload::Norms;
use crate::source::SourceFile;
use crate::usecases::{self, Checked, Workspace};
use crate::web::Route;
use crate::web::{Problem, Workbench};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use tiny_http::{Method, Request, Server};

/// The share button's address (the local workbench only).
const SHARE: &str = "/delen";

/// Request bodies larger than this are refused (a form is a few kB).
const MAX_BODY: u64 = 64 * 1024;
const COOKIE: &str = "vsopro-token";

#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub host: String,
    pub port: u16,
    pub read_only: bool,
    pub no_git: bool,
    pub open: bool,
    /// `--today`: the reference date of every request; without it each
    /// request's own day (a server runs for weeks).
    pub today: Option<NaiveDate>,
    /// Started by a double-click: the console window is the way to stop it.
    pub launched: bool,
}

pub(crate) struct Workshop {
    pub(super) root: PathBuf,
    pub(super) today: Option<NaiveDate>,
    pub(super) token: String,
    pub(super) csrf: String,
    /// Commit each edit (in a git work tree).
    pub(super) git: bool,
    /// What the last edit did, for the next page.
    pub(super) flash: std::cell::RefCell<Option<String>>,
    /// `host:port` as a browser on this machine names the server.
    pub(super) hosts: Vec<String>,
    pub(super) read_only: bool,
    /// The person the edits' commits are by (the hub's); `None`: git's
    /// configured identity.
    pub(super) author: Option<crate::git::Author>,
    /// A page shows the stuurgroep's meeting form to someone who may not
    /// edit the rest (the hub's `stuurgroep`).
    pub(super) records_meetings: bool,
    /// The hub's signed-in person; `None`: the workbench on one's own data.
    pub(super) visitor: Option<Visitor>,
    /// The commit of the last edit, for the hub's audit log.
    pub(super) last_commit: std::cell::RefCell<Option<String>>,
    /// Every region loaded and checked, as the hub keeps it between
    /// requests for the national pages; `None`: loaded for the page.
    pub(super) national: Option<std::sync::Arc<Checked>>,
    /// The request's query (`?q=…&theme=…`), for the practices' search.
    pub(super) query: std::cell::RefCell<Vec<(String, String)>>,
}

/// The uitstroom form's fields, for the fuzzer.
pub(crate) fn outcome_fields_for_fuzzing() -> Vec<crate::edit::record::Field> {
    outcomes::fields_for_fuzzing()
}

/// A submission read into a form's fields, for the fuzzer.
pub(crate) fn raw_from_form_for_fuzzing(
    fields: &[crate::edit::record::Field],
    pairs: &[(String, String)],
) -> Vec<crate::edit::record::Raw> {
    forms::raw_from_form(fields, pairs)
}

/// What the hub gives the workbench's handlers for one request by one
/// signed-in person.
pub(crate) struct Desk {
    pub root: PathBuf,
    pub csrf: String,
    pub git: bool,
    pub read_only: bool,
    pub records_meetings: bool,
    pub author: crate::git::Author,
    pub flash: Option<String>,
    /// The hub's cached national data, for a national page.
    pub national: Option<std::sync::Arc<Checked>>,
    /// The request's query string.
    pub query: String,
    pub visitor: Visitor,
}

/// The hub's signed-in person, as the workbench's handlers need them.
pub(crate) struct Visitor {
    /// "Name (role)" for the page's header.
    pub signed_in: String,
    /// The person is a beheerder.
    pub beheer: bool,
    /// The region's changes kept after a conflict with the forge.
    pub kept: Vec<crate::web::Kept>,
    /// The institutions (school ids or BRIN) the person votes for in the
    /// region's round.
    pub votes_for: Vec<String>,
    /// The round's e-mails to the directies (for who opens rounds).
    pub round_mail: Vec<RoundMail>,
    /// The person may read the network's pages (all but a directie).
    pub national_pages: bool,
    /// The regions the person may take a practice up into.
    pub adopt_into: Vec<&'static Region>,
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

impl Workshop {
    /// The workbench's handlers for one request of the hub.
    pub(crate) fn for_desk(desk: Desk) -> Workshop {
        Workshop {
            root: desk.root,
            today: None,
            token: String::new(),
            csrf: desk.csrf,
            git: desk.git,
            flash: std::cell::RefCell::new(desk.flash),
            hosts: Vec::new(),
            read_only: desk.read_only,
            author: Some(desk.author),
            records_meetings: desk.records_meetings,
            last_commit: std::cell::RefCell::new(None),
            national: desk.national,
            query: std::cell::RefCell::new(
                form_urlencoded::parse(desk.query.as_bytes())
                    .into_owned()
                    .collect(),
            ),
            visitor: Some(desk.visitor),
        }
    }

    /// The route's page (GET) or its form's submission (POST, its fields),
    /// once the caller has checked who may; with what an edit did for the
    /// next page.
    pub(crate) fn respond(
        &self,
        route: &Route,
        post: Option<&[(String, String)]>,
    ) -> (Reply, Option<String>, Option<String>) {
        let reply = match post {
            None => self.get(route),
            Some(pairs) => self.post(route, pairs),
        };
        (
            reply,
            self.flash.borrow_mut().take(),
            self.last_commit.borrow_mut().take(),
        )
    }
}

fn token() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::Internal(format!("no randomness: {e}")))?;
    // Hashed, so that the token shows none of the random bytes as they are.
    Ok(crate::model::short_hash(&bytes, 16))
}

pub(crate) fn serve(root: &Path, opts: &Options) -> Result<(), Error> {
    let server = Server::http((opts.host.as_str(), opts.port))
        .map_err(|e| Error::Serve(format!("{}:{}: {e}", opts.host, opts.port)))?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or_else(|| Error::Serve("no TCP address".into()))?;
    let mut hosts = vec![format!("{}:{port}", opts.host)];
    if opts.host == "127.0.0.1" {
        hosts.push(format!("localhost:{port}"));
    }
    let shop = Workshop {
        root: root.to_path_buf(),
        today: opts.today,
        token: token()?,
        csrf: token()?,
        git: !opts.no_git && crate::git::in_work_tree(root),
        flash: std::cell::RefCell::new(None),
        hosts,
        read_only: opts.read_only,
        author: None,
        records_meetings: !opts.read_only,
        visitor: None,
        last_commit: std::cell::RefCell::new(None),
        national: None,
        query: std::cell::RefCell::new(Vec::new()),
    };
    let url = format!("http://{}/?token={}", shop.hosts[0], shop.token);
    if opts.host != "127.0.0.1" && opts.host != "localhost" {
        crate::output::eprint(&format!(
            "{}\n",
            t!("serve-host-warning", host = opts.host.as_str())
        ));
    }
    announce(&url, opts)?;
    for mut request in server.incoming_requests() {
        let response = shop.handle(&mut request);
        // A browser that went away is no reason to stop serving.
        let _ = request.respond(response.into_tiny());
    }
    Ok(())
}

/// The link, how to stop, and the browser opened on it if asked.
fn announce(url: &str, opts: &Options) -> Result<(), Error> {
    let stop = if opts.launched {
        t!("serve-stop-window")
    } else {
        t!("serve-stop")
    };
    crate::output::print(&format!("{}\n{stop}\n", t!("serve-url", url = url)))?;
    if opts.open {
        open_browser(url);
    }
    Ok(())
}

/// Double-clicked where there is no data folder: one page, at every
/// address, that says how to start one and which folder vsopro would use.
pub(crate) fn no_data(folder: &Path, opts: &Options) -> Result<(), Error> {
    let server = Server::http((opts.host.as_str(), opts.port))
        .map_err(|e| Error::Serve(format!("{}:{}: {e}", opts.host, opts.port)))?;
    let port = server.server_addr().to_ip().map_or(opts.port, |a| a.port());
    let folder = folder.display().to_string();
    let page = crate::web::no_data_page(&folder);
    announce(&format!("http://{}:{port}/", opts.host), opts)?;
    for request in server.incoming_requests() {
        let _ = request.respond(reply(200, "text/html; charset=utf-8", page.as_str()).into_tiny());
    }
    Ok(())
}

fn open_browser(url: &str) {
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(program)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

/// A closed set's value as a form sends it (its English word).
pub(super) fn parse_choice<T: StrEnum>(v: &str) -> Option<T> {
    T::ALL.iter().copied().find(|s| s.as_str() == v)
}

fn header_value<'r>(request: &'r Request, name: &'static str) -> Option<&'r str> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str())
}

impl Workshop {
    pub(super) fn handle(&self, request: &mut Request) -> Reply {
        // DNS rebinding: only the names of this server.
        let host = header_value(request, "Host").unwrap_or("");
        if !self.hosts.iter().any(|h| h == host) {
            return refused(403, t!("serve-refused-host"));
        }
        if let Some(origin) = header_value(request, "Origin")
            && !self.hosts.iter().any(|h| origin == format!("http://{h}"))
        {
            return refused(403, t!("serve-refused-origin"));
        }
        let url = request.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
        // The printed link: the token becomes a cookie, the URL loses it.
        if let Some(given) = query.split('&').find_map(|kv| kv.strip_prefix("token=")) {
            if given != self.token {
                return refused(403, t!("serve-refused-token"));
            }
            return redirect(path).with_header(
                "Set-Cookie",
                format!("{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/", self.token),
            );
        }
        let cookie = header_value(request, "Cookie").unwrap_or("");
        let has_token = cookie
            .split(';')
            .filter_map(|c| c.trim().split_once('='))
            .any(|(k, v)| k == COOKIE && v == self.token);
        if !has_token {
            return refused(403, t!("serve-refused-token"));
        }
        if request.body_length().is_some_and(|n| n as u64 > MAX_BODY) {
            return refused(413, t!("serve-refused-size"));
        }
        if path == SHARE && self.offers_sync() && *request.method() == Method::Post {
            let mut body = Vec::new();
            let _ = request.as_reader().take(MAX_BODY).read_to_end(&mut body);
            let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
            return self.share(&pairs);
        }
        // The path is parsed once, here: the handlers take its route.
        let Some(route) = Route::parse(path) else {
            return refused(404, t!("serve-not-found"));
        };
        *self.query.borrow_mut() = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        match request.method() {
            Method::Get | Method::Head => self.get(&route),
            Method::Post if self.read_only => refused(403, t!("serve-refused-read-only")),
            Method::Post => {
                let mut body = Vec::new();
                let read = request
                    .as_reader()
                    .take(MAX_BODY + 1)
                    .read_to_end(&mut body);
                if read.is_err() || body.len() as u64 > MAX_BODY {
                    return refused(413, t!("serve-refused-size"));
                }
                let pairs: Vec<(String, String)> =
                    form_urlencoded::parse(&body).into_owned().collect();
                self.post(&route, &pairs)
            }
            _ => refused(405, t!("serve-refused-method")),
        }
    }

    /// The local workbench, in git and allowed to write, offers to share
    /// (the hub shares through its own remote).
    pub(super) fn offers_sync(&self) -> bool {
        self.author.is_none() && self.git && !self.read_only
    }

    /// The share button: what `vsopro sync` does, said on the next page.
    pub(super) fn share(&self, pairs: &[(String, String)]) -> Reply {
        let field = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        if field("csrf") != Some(self.csrf.as_str()) {
            return refused(403, t!("serve-refused-csrf"));
        }
        let message = field("message").map(str::trim).filter(|m| !m.is_empty());
        let said =
            match crate::usecases::sync::sync(&self.root, message, request_day(self.today), &|_| {
                None
            }) {
                Ok((report, None)) => report.steps.join("; "),
                Ok((report, Some(e))) => {
                    let (_, reason, help) = e.describe();
                    let mut text = report.steps.join("; ");
                    text.push_str(&format!("\n{reason}"));
                    if let Some(help) = help {
                        text.push_str(&format!("\n{help}"));
                    }
                    text
                }
                Err(e) => {
                    let (_, reason, help) = e.describe();
                    match help {
                        Some(help) => format!("{reason}\n{help}"),
                        None => reason,
                    }
                }
            };
        *self.flash.borrow_mut() = Some(said);
        redirect("/")
    }

    /// The data on the day of this request.
    pub(super) fn workspace(&self) -> Workspace {
        Workspace::new(&self.root, request_day(self.today))
    }

    /// A page.
    pub(super) fn get(&self, route: &Route) -> Reply {
        match route {
            // The style sheet needs no data.
            Route::Style => reply(200, "text/css; charset=utf-8", crate::web::STYLE),
            Route::Record { .. } if self.read_only => refused(403, t!("serve-refused-read-only")),
            Route::Record { .. } => self.record_form(route, None),
            Route::Outcome { .. } if self.read_only => refused(403, t!("serve-refused-read-only")),
            Route::Outcome { .. } => self.outcome_form(route, None),
            Route::Region(region) => self.region_page(region, None),
            Route::Round(region) => self.round_page(region, 200, None),
            Route::Practices => self.practices_page(),
            Route::Practice { region, id } => self.practice_page(region, id),
            Route::RoundPdf(region) => self.round_pdf(region),
            Route::Index | Route::Problems | Route::Theme(_) => self.national_page(route),
            // The small forms' addresses take a POST only.
            _ => refused(405, t!("serve-refused-method")),
        }
    }

    /// A national page: every region loaded and checked.
    pub(super) fn national_page(&self, route: &Route) -> Reply {
        let ws = self.workspace();
        let c = match &self.national {
            Some(cached) => cached.clone(),
            None => match ws.checked(&[], &FileKind::REGION) {
                Ok(c) => std::sync::Arc::new(c),
                Err(e) => return refused(500, e.describe().1),
            },
        };
        let workbench = self.workbench(&c, None);
        let norms = Norms::from_settings(&c.data.settings.caseload);
        match crate::web::page(&c.data, norms, ws.today, route, &workbench) {
            Ok(Some(body)) => reply(200, "text/html; charset=utf-8", body),
            Ok(None) => refused(404, t!("serve-not-found")),
            Err(e) => refused(500, e.to_string()),
        }
    }

    /// A region loaded and checked (with the national files) for a page or
    /// a form, or the reply that says why not.
    pub(super) fn loaded(&self, region: &'static Region) -> Result<(Workspace, Checked), Reply> {
        let ws = self.workspace();
        let c = ws
            .checked(&[region], &FileKind::REGION)
            .map_err(|e| refused(500, e.describe().1))?;
        if c.data.regions.is_empty() {
            return Err(refused(404, t!("serve-not-found")));
        }
        Ok((ws, c))
    }

    /// A region's page: that region alone is loaded and checked (with the
    /// national files), through the same use cases as the command line;
    /// with a refused edit of one of its forms, the reason beside it (422).
    pub(super) fn region_page(
        &self,
        region: &'static Region,
        refusal: Option<crate::web::FormRefusal>,
    ) -> Reply {
        let (ws, c) = match self.loaded(region) {
            Ok(loaded) => loaded,
            Err(reply) => return reply,
        };
        let r = &c.data.regions[0];
        let mut workbench = self.workbench(&c, Some(r));
        let status = if refusal.is_some() { 422 } else { 200 };
        workbench.refusal = refusal;
        let content = usecases::region_content(&ws, r, &c.data.settings);
        match crate::web::region_page(r.info, &content, ws.today, &workbench) {
            Ok(body) => reply(status, "text/html; charset=utf-8", body),
            Err(e) => refused(500, e.to_string()),
        }
    }

    /// What the pages show of the workbench; on a region's page its forms'
    /// ready links and digests.
    pub(super) fn workbench<T>(&self, c: &Checked<T>, region: Option<&RegionData>) -> Workbench {
        let (links, forms) = region
            .map(|r| links::region(r, &c.data.sources))
            .unwrap_or_default();
        let outcomes = region.map(links::outcomes).unwrap_or_default();
        Workbench {
            outcomes,
            read_only: self.read_only,
            national: self.visitor.as_ref().is_none_or(|v| v.national_pages),
            records_meetings: self.records_meetings,
            signed_in: self.visitor.as_ref().map(|v| v.signed_in.clone()),
            csrf_signout: self.visitor.as_ref().map(|_| self.csrf.clone()),
            beheer: self.visitor.as_ref().is_some_and(|v| v.beheer),
            problems: problems(&c.data, &c.diagnostics, self.read_only),
            csrf: self.csrf.clone(),
            links,
            forms,
            flash: self.flash.borrow_mut().take(),
            refusal: None,
            unshared: self
                .offers_sync()
                .then(|| crate::usecases::sync::unshared(&self.root))
                .flatten(),
            kept: match (&self.visitor, region) {
                (Some(v), Some(_)) => v.kept.clone(),
                _ => Vec::new(),
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
    ) -> Reply {
        let workbench = self.workbench(data, None);
        let today = request_day(self.today);
        match crate::web::form_page(form.heading.clone(), route.root(), today, form, &workbench) {
            Ok(body) => reply(status, "text/html; charset=utf-8", body),
            Err(e) => refused(500, e.to_string()),
        }
    }

    /// After an edit: what it did, shown once on the region's page.
    pub(super) fn saved(
        &self,
        region: &'static Region,
        outcome: edit::Outcome,
        anchor: &str,
    ) -> Reply {
        *self.flash.borrow_mut() = Some(flash(&outcome));
        if let edit::Saved::Committed(hash) = &outcome.saved {
            *self.last_commit.borrow_mut() = Some(hash.clone());
        }
        redirect(&format!("/{}#{anchor}", Route::Region(region).href()))
    }
}

/// `--today`, or the day of the request.
pub(super) fn request_day(fixed: Option<NaiveDate>) -> NaiveDate {
    fixed.unwrap_or_else(|| chrono::Local::now().date_naive())
}

impl Workshop {
    /// A form's submission, its fields as the browser sent them.
    pub(super) fn post(&self, route: &Route, pairs: &[(String, String)]) -> Reply {
        let form: std::collections::HashMap<&str, &str> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if form.get("csrf") != Some(&self.csrf.as_str()) {
            return refused(403, t!("serve-refused-csrf"));
        }
        let date = || {
            form.get("date")
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        };
        let bad = || refused(400, t!("serve-bad-form"));
        let edit = match route {
            Route::Record { .. } => return self.record_form(route, Some(pairs)),
            Route::Outcome { .. } => return self.outcome_form(route, Some(pairs)),
            Route::Round(region) => return self.round_post(region, &form),
            Route::Practice { region, id } => return self.adopt(region, id, &form),
            Route::ActionStatus { id, .. } => {
                let Some(status) = form.get("status").and_then(|v| parse_choice::<Status>(v))
                else {
                    return bad();
                };
                Edit::ActionStatus {
                    id: id.clone(),
                    status,
                }
            }
            Route::Measurement { goal, .. } => {
                let value = form
                    .get("value")
                    .and_then(|v| v.trim().replace(',', ".").parse::<f64>().ok());
                let (Some(date), Some(value)) = (date(), value) else {
                    return bad();
                };
                Edit::Measurement {
                    goal: goal.clone(),
                    date,
                    value,
                    source: form.get("source").map(|s| s.to_string()),
                }
            }
            Route::Approval(_) => {
                let by = form.get("by").map(|b| b.trim()).filter(|b| !b.is_empty());
                let (Some(by), Some(date)) = (by, date()) else {
                    return bad();
                };
                Edit::Approve {
                    by: by.to_string(),
                    date,
                    tag: false,
                }
            }
            Route::KnelpuntResolved { id, .. } => {
                let Some(date) = date() else {
                    return bad();
                };
                Edit::KnelpuntResolved {
                    id: id.clone(),
                    date,
                }
            }
            Route::Meeting(_) => {
                let kind = form
                    .get("kind")
                    .and_then(|k| parse_choice::<MeetingKind>(k));
                let (Some(kind), Some(date)) = (kind, date()) else {
                    return bad();
                };
                Edit::Meeting {
                    kind,
                    date,
                    notes: form.get("notes").map(|n| n.to_string()),
                    decisions: form
                        .get("decisions")
                        .map(|d| d.lines().map(str::to_string).collect())
                        .unwrap_or_default(),
                }
            }
            // The pages take a GET only.
            _ => return refused(405, t!("serve-refused-method")),
        };
        let Some(region) = route.region() else {
            return refused(404, t!("serve-not-found"));
        };
        let Some(hash) = form.get("hash") else {
            return bad();
        };
        let anchor = route.anchor();
        match self.apply(region, &edit, hash) {
            Ok(outcome) => self.saved(region, outcome, &anchor),
            Err(Refusal::Invalid {
                problems,
                rel,
                text,
            }) => {
                let sources = fixes::new_text(&rel, &text);
                self.region_page(
                    region,
                    Some(crate::web::FormRefusal {
                        form: anchor,
                        message: match edit {
                            Edit::Approve { .. } => t!("serve-approve-refused"),
                            _ => t!("serve-refused-invalid"),
                        },
                        problems: problems.iter().map(|d| describe(d, &sources)).collect(),
                    }),
                )
            }
            Err(refusal) => refusal_reply(refusal),
        }
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
            .by(self.author.clone());
        writer.apply(
            region,
            edit,
            &Expect::Hash(hash.to_string()),
            request_day(self.today),
        )
    }
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

/// A refused edit whose reason is no problem in the data.
pub(super) fn refusal_reply(refusal: Refusal) -> Reply {
    match refusal {
        Refusal::Stale => refused(409, t!("serve-stale")),
        Refusal::NotFound => refused(404, t!("serve-not-found")),
        Refusal::NotToml(reason) => refused(422, t!("serve-not-toml", reason = reason.as_str())),
        Refusal::Failed(crate::error::Error::GitFailed(reason)) => refused(
            500,
            t!(
                "serve-commit-failed",
                reason = reason.lines().last().unwrap_or_default()
            ),
        ),
        Refusal::Failed(e) => refused(500, e.describe().1),
        // Only an approval to be tagged asks for a commit; a form never does.
        Refusal::NoCommit { rel, .. } => {
            refused(409, t!("err-tag-needs-commit", path = rel.as_str()))
        }
        Refusal::Invalid {
            problems,
            rel,
            text,
        } => {
            let sources = fixes::new_text(&rel, &text);
            let described: Vec<String> = problems.iter().map(|d| describe(d, &sources)).collect();
            refused(422, described.join("\n"))
        }
    }
}

/// A diagnostic beside a form or a field: what, its code, and the help on
/// a line of its own.
pub(super) fn describe(d: &Diagnostic, sources: &BTreeMap<String, SourceFile>) -> String {
    let fix = fixes::fix(d, sources);
    format!(
        "{} [{}]\n{}",
        d.message,
        d.code.name(),
        t!("serve-help", help = fix.text.as_str())
    )
}

/// The diagnostics as `check --format json` gives them, with the quoted
/// line and the region's slug, for the pages.
pub(super) fn problems(data: &Dataset, diags: &[Diagnostic], read_only: bool) -> Vec<Problem> {
    diags
        .iter()
        .map(|d| {
            let diagnostic = crate::report::check::to_json(d, &data.sources);
            let source = diagnostic
                .line
                .zip(data.sources.get(&d.file))
                .map(|(line, f)| crate::render::safe::line(f.line_text(line)).into_owned());
            let fix = fixes::fix(d, &data.sources);
            Problem {
                source,
                fix: fix.text,
                // Read-only: no form to go to.
                fix_link: fix.link.filter(|_| !read_only).map(crate::web::Href),
                region: crate::registry::REGIONS
                    .iter()
                    .find(|r| d.file.starts_with(&format!("{REGIONS_DIR}/{}/", r.slug)))
                    .map(|r| r.slug),
                diagnostic,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workbench over a copy of the example data, without a socket.
    fn shop(dir: &Path) -> Workshop {
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
        Workshop {
            root: dir.to_path_buf(),
            today: NaiveDate::from_ymd_opt(2026, 11, 22),
            token: "t".into(),
            csrf: "c".into(),
            git: false,
            flash: std::cell::RefCell::new(None),
            hosts: Vec::new(),
            read_only: false,
            author: None,
            records_meetings: true,
            visitor: None,
            last_commit: std::cell::RefCell::new(None),
            national: None,
            query: std::cell::RefCell::new(Vec::new()),
        }
    }

    fn form(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn handlers_take_a_route_and_a_form() {
        let dir = tempfile::tempdir().unwrap();
        let shop = shop(dir.path());
        let actions = dir.path().join("regions/midden-holland/actions.toml");
        let hash = crate::source::digest(&std::fs::read(&actions).unwrap());
        let route = Route::parse("regio/midden-holland/actie/stagebank-techniek/status").unwrap();
        let status = |r: Reply| r.status;
        // Posted with the digest of the file as it is: written, and back to
        // the action on the region's page.
        let sent = form(&[("csrf", "c"), ("hash", &hash), ("status", "done")]);
        assert_eq!(status(shop.post(&route, &sent)), 303);
        let text = std::fs::read_to_string(&actions).unwrap();
        assert!(text.contains("status = \"done\""), "{text}");
        // The same form again: made from the file as it was, so refused.
        assert_eq!(status(shop.post(&route, &sent)), 409);
        // Without the form's guard, nothing.
        let unguarded = form(&[("hash", &hash), ("status", "active")]);
        assert_eq!(status(shop.post(&route, &unguarded)), 403);
        // A form's address is no page, a page no form.
        assert_eq!(status(shop.get(&route)), 405);
        let page = Route::parse("regio/midden-holland.html").unwrap();
        assert_eq!(status(shop.post(&page, &sent)), 405);
        assert_eq!(status(shop.get(&page)), 200);
    }

    #[test]
    fn a_request_s_day_is_its_own_unless_fixed() {
        let fixed = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(request_day(Some(fixed)), fixed);
        // Read at each request, not at the start: the clock's day now.
        assert_eq!(request_day(None), chrono::Local::now().date_naive());
    }
}
