//! `vsopro hub`: one shared vsopro for the whole network. axum on tokio
//! serves many people at once (a slow client or a long page blocks nobody:
//! each request's work runs on tokio's blocking pool); tower-http bounds
//! request bodies and time. Every person signs in (accounts in STATE's
//! SQLite database, never in the repository); every route is decided by
//! their role (`roles`) before the workbench's own handlers run over the
//! same files; every edit goes through the single write path, under the
//! data's lock, as a commit whose author is the person.

mod auth;
#[cfg(any(test, fuzzing))]
pub(crate) use auth::safe_next;
mod ballot;
mod beheer;
mod cache;
pub(crate) mod config;
mod kept;
pub(crate) mod mail;
mod owners;
pub(crate) mod password;
mod remote;

mod sso;
pub(crate) mod state;
pub(crate) mod users;

use crate::error::Error;

use crate::i18n::t;
use crate::web::access::Person;
use crate::web::route::HubRoute;
pub(crate) use crate::web::server::Request;
use crate::web::server::{self, Surface};
use crate::web::{Ctx, Reply, Route, WebError, redirect};
use axum::http::{HeaderMap, Method};
use state::State;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
/// The session's cookie.
pub(crate) const COOKIE: &str = "vsopro-hub";
/// The sign-in form's own token (double-submit), before there is a session.
pub(crate) const PRE_COOKIE: &str = "vsopro-hub-pre";

#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub root: PathBuf,
    pub state: PathBuf,
    pub host: String,
    pub port: u16,
    /// `https://…`: cookies are `Secure` and forms must come from here.
    pub public_url: Option<String>,
    /// Addresses whose `X-Forwarded-For` is believed (the reverse proxy).
    pub trusted_proxies: Vec<IpAddr>,
    /// `--today`: the day of every request, every mail and every check;
    /// without it each moment's own.
    pub today: Option<chrono::NaiveDate>,
}

/// What every request of the hub shares.
pub(crate) struct Hub {
    root: PathBuf,
    /// The day of a request (`--today`, or the clock's).
    clock: crate::usecases::Clock,
    state: Mutex<State>,
    git: bool,
    /// `scheme://host[:port]` forms must come from, when fixed.
    origin: Option<String>,
    /// Without a public URL: the `host:port` names of the address it
    /// listens on, the only `Host` it answers (set once it listens).
    hosts: std::sync::OnceLock<Vec<String>>,
    secure: bool,
    trusted: Vec<IpAddr>,
    /// What the last edit of a session did, for its next page (by the
    /// session's hashed id).
    flashes: Mutex<HashMap<String, String>>,
    /// The national pages' data, kept between requests.
    national: cache::National,
    /// Where there is a mail server: the messages to send.
    outbox: Option<Arc<mail::Outbox>>,
    /// Where there is a mail server: the directies' round by e-mail.
    ballots: Option<Arc<ballot::Ballots>>,
    /// Where the organisation has one: sign-in through its provider.
    sso: Option<Arc<sso::Sso>>,
    /// Where the national repository is on a forge: kept in step with it.
    remote: Option<Arc<remote::Remote>>,
    /// Pages rendered at once: one per core.
    pages: Arc<tokio::sync::Semaphore>,
    /// Passwords verified a few at a time (each holds 19 MiB).
    verifier: password::Verifier,
}

/// DATA must be a git work tree with data; STATE must lie outside it.
pub(crate) fn check_folders(root: &Path, state: &Path) -> Result<(), Error> {
    if !root.join(crate::model::REGIONS_DIR).is_dir() || !crate::git::in_work_tree(root) {
        return Err(Error::HubRoot(root.to_path_buf()));
    }
    let abs = |p: &Path| {
        let p = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        p.canonicalize().unwrap_or(p)
    };
    if abs(state).starts_with(abs(root)) {
        return Err(Error::HubStateInside(state.to_path_buf()));
    }
    Ok(())
}

/// The origin of a public URL: `https://hub.example.nl`.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next()?;
    (!host.is_empty() && matches!(scheme, "http" | "https")).then(|| format!("{scheme}://{host}"))
}

pub(crate) fn run(opts: &Options) -> Result<(), Error> {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(false)
        .try_init();
    check_folders(&opts.root, &opts.state)?;
    let origin = match &opts.public_url {
        Some(url) => Some(origin_of(url).ok_or_else(|| Error::HubPublicUrl(url.clone()))?),
        None => None,
    };
    let config = config::HubConfig::load(&opts.state)?;
    // What a hub killed mid-edit can leave, put right before anyone edits.
    {
        let _lock = crate::lock::DataLock::acquire(&opts.root)?;
        if let Some(commit) = crate::git::recover_at_start(&opts.root, &t!("hub-recovered-commit"))?
        {
            tracing::warn!(
                commit = commit.as_str(),
                "committed data left uncommitted by an interrupted run"
            );
        }
    }
    let mut state = State::open(&opts.state)?;
    let outbox = match &config.smtp {
        Some(smtp) => Some(mail::Outbox::start(
            mail::Mailer::new(smtp)?,
            opts.state.clone(),
        )?),
        None => None,
    };
    let base = opts
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}:{}", opts.host, opts.port));
    let sso = match &config.oidc {
        Some(oidc) => Some(Arc::new(sso::Sso::new(oidc, &base).map_err(|reason| {
            Error::HubConfig {
                path: opts.state.join(config::FILE),
                line: 1,
                column: 1,
                reason,
            }
        })?)),
        None => None,
    };
    if state.account_count()? == 0 {
        let link = users::first_beheerder(&mut state, &base)?;
        crate::output::print(&format!("{}\n", t!("hub-first-beheerder", link = link)))?;
    }
    // Who edits on the hub and who approves on the forge, compared once at
    // start (and on the beheerder's page).
    let clock = crate::usecases::Clock(opts.today);
    let today = clock.today();
    let national = cache::National::default();
    let mut owners_said = String::new();
    if let Ok(data) = national.get(&opts.root, today) {
        let differ = owners::differences(&data.data, &state.accounts()?);
        if !differ.is_empty() {
            let mut text = format!("{}\n", t!("hub-owners-start", count = differ.len()));
            for d in &differ {
                // Addresses from the data: never a control character to
                // the terminal.
                text.push_str(&format!("  {}\n", crate::render::safe::line(&d.describe())));
            }
            owners_said = text;
        }
    }
    let ballots = outbox.as_ref().map(|o| {
        ballot::Ballots::start(
            opts.root.clone(),
            opts.state.clone(),
            o.clone(),
            base.clone(),
            clock,
        )
    });
    let hub = Arc::new(Hub {
        root: opts.root.clone(),
        clock,
        state: Mutex::new(state),
        git: true,
        secure: origin.as_deref().is_some_and(|o| o.starts_with("https://")),
        origin,
        hosts: std::sync::OnceLock::new(),
        trusted: opts.trusted_proxies.clone(),
        flashes: Mutex::new(HashMap::new()),
        national,
        outbox,
        ballots,
        sso,
        remote: config
            .remote
            .clone()
            .map(|r| remote::Remote::start(opts.root.clone(), r, clock)),
        pages: Arc::new(tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, |n| n.get()),
        )),
        // As many verifying as cores (at most four), eight more waiting:
        // at most 12 × 19 MiB whatever comes in.
        verifier: password::Verifier::start(
            std::thread::available_parallelism().map_or(2, |n| n.get().min(4)),
            8,
        ),
    });
    // Edits commit without git's automatic gc (it would hold an edit up);
    // the hub packs the repository every ten minutes instead, beside the
    // edits (git's own locks keep that safe).
    let packing = opts.root.clone();
    let _ = std::thread::Builder::new()
        .name("vsopro-gc".into())
        .spawn(move || {
            loop {
                std::thread::sleep(Duration::from_secs(600));
                crate::git::pack(&packing);
            }
        });
    server::runtime()?.block_on(async move {
        let listener = server::bind(&opts.host, opts.port).await?;
        let addr = listener
            .local_addr()
            .map_err(|e| Error::Serve(e.to_string()))?;
        let mut hosts = vec![format!("{}:{}", opts.host, addr.port()), addr.to_string()];
        if addr.ip().is_loopback() {
            hosts.push(format!("localhost:{}", addr.port()));
        }
        let _ = hub.hosts.set(hosts);
        crate::output::print(&format!(
            "{}\n",
            t!(
                "hub-listening",
                url = format!("http://{addr}"),
                public = base.as_str()
            )
        ))?;
        // Said, not needed: a closed stdout does not stop the hub.
        let _ = crate::output::print(&owners_said);
        server::serve(listener, hub).await
    })
}

impl Hub {
    pub(crate) fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding it leaves the database as SQLite left it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `Set-Cookie` for a value of this hub (`Secure` behind HTTPS).
    pub(crate) fn cookie(&self, name: &str, value: &str, max_age: i64) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!("{name}={value}; HttpOnly; SameSite=Lax; Path=/; Max-Age={max_age}{secure}")
    }

    /// A POST must come from the hub's own pages: its `Origin` (or, where
    /// a browser sends none, its `Referer`) is the hub's origin.
    fn same_origin(&self, r: &Request) -> bool {
        let expected = match &self.origin {
            Some(o) => o.clone(),
            None => match r.header("host").filter(|h| self.answers(h)) {
                Some(host) => format!("http://{host}"),
                None => return false,
            },
        };
        match (r.header("origin"), r.header("referer")) {
            (Some(origin), _) => origin == expected,
            (None, Some(referer)) => {
                referer == expected || referer.starts_with(&format!("{expected}/"))
            }
            (None, None) => false,
        }
    }

    /// Whether a request's `Host` is this hub's: any behind its public URL
    /// (the proxy decides), else only the names it listens on (no DNS
    /// rebinding, no origin taken from a foreign Host).
    fn answers(&self, host: &str) -> bool {
        self.origin.is_some()
            || self
                .hosts
                .get()
                .is_some_and(|hosts| hosts.iter().any(|h| h.eq_ignore_ascii_case(host)))
    }

    /// The signed-in person of a request, with their session's hashed id
    /// and CSRF token.
    fn signed_in(&self, r: &Request) -> Option<(Person, String, String)> {
        let id = r.cookie(COOKIE)?;
        let mut st = self.state();
        let (account, csrf) = st.session(&id).ok()??;
        let person = st.person(account).ok()??;
        Some((person, state::hashed(&id), csrf))
    }
}

impl Surface for Hub {
    /// The connection's address; behind a trusted proxy, the right-most
    /// address of `X-Forwarded-For` that is not a trusted proxy's — what a
    /// proxy that appends (nginx's `$proxy_add_x_forwarded_for`) saw, not
    /// what the client wrote at the left.
    fn client(&self, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.ip();
        if !self.trusted.contains(&peer) {
            return peer;
        }
        let chain: Option<Vec<IpAddr>> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().parse().ok())
            .collect();
        chain
            .and_then(|c| c.into_iter().rev().find(|ip| !self.trusted.contains(ip)))
            .unwrap_or(peer)
    }

    async fn respond(self: Arc<Self>, request: Request) -> Reply {
        let started = Instant::now();
        let method = request.method.clone();
        let (reply, name, user) = respond(self, request).await;
        // The path is named by its route, not given: it may hold a token.
        tracing::info!(
            method = %method,
            route = name,
            status = reply.status,
            ms = started.elapsed().as_millis() as u64,
            user = user.unwrap_or(0),
            "request"
        );
        reply
    }
}

/// The reply, the log's route name, and the person's id.
async fn respond(hub: Arc<Hub>, r: Request) -> (Reply, &'static str, Option<i64>) {
    if !r.header("host").is_some_and(|h| hub.answers(h)) {
        return (
            WebError::Refused(403, t!("hub-refused-host")).page(),
            "refused",
            None,
        );
    }
    let Some(route) = Route::parse(&r.path) else {
        return (WebError::NotFound.page(), "unknown", None);
    };
    let name = route.name();
    let post = r.is_post();
    // The forge's call: no browser, no session; its signature instead.
    if route == Route::Hub(HubRoute::Webhook) {
        return (remote::webhook(&hub, &r), name, None);
    }
    if post && !hub.same_origin(&r) {
        return (
            WebError::Refused(403, t!("serve-refused-origin")).page(),
            name,
            None,
        );
    }
    if !matches!(r.method, Method::GET | Method::HEAD | Method::POST) {
        return (WebError::Method.page(), name, None);
    }
    if let Route::Hub(page) = &route {
        return hub_page(&hub, page, &r).await;
    }
    if matches!(route, Route::Style) {
        return (crate::web::style(&r.query_pairs()), name, None);
    }
    let Some((person, session, csrf)) = hub.signed_in(&r) else {
        let reply = if post {
            WebError::Refused(403, t!("hub-signed-out")).page()
        } else {
            let next: String = form_urlencoded::byte_serialize(r.path.as_bytes()).collect();
            redirect(&format!(
                "/{}?next={next}",
                Route::Hub(HubRoute::SignIn).href()
            ))
        };
        return (reply, name, None);
    };
    // A directie's home is their region; with institutions to vote for,
    // its round: what is before them is the first thing they see.
    if r.path == "/"
        && !person.reads_national()
        && let Some(region) = person
            .regions
            .first()
            .and_then(|s| crate::registry::region_by_slug(s))
    {
        let home = if person.institutions.is_empty() {
            Route::Region(region)
        } else {
            Route::Round(region)
        };
        return (
            redirect(&format!("/{}", home.href())),
            name,
            Some(person.id),
        );
    }
    let region = route.region();
    let ctx = Ctx {
        root: hub.root.clone(),
        today: hub.clock.today(),
        csrf,
        git: hub.git,
        flash: if post {
            None
        } else {
            hub.flashes
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&session)
        },
        query: r.query_pairs(),
        national: None,
        kept: Vec::new(),
        round_mail: match (&route, person.edits_any(region)) {
            (Route::Round(reg), true) => ballot::mailed(&hub, reg.slug),
            _ => Vec::new(),
        },
        person: person.clone(),
    };
    let national_page = matches!(route, Route::Index | Route::Problems | Route::Theme(_));
    let shared = hub.clone();
    // Pages take turns, one per core, so that an edit's check, write and
    // commit always find a core free; the edits themselves do not wait.
    let _turn = if post {
        None
    } else {
        hub.pages.clone().acquire_owned().await.ok()
    };
    let worked = tokio::task::spawn_blocking(move || {
        let mut ctx = ctx;
        // A region's kept changes, for who may edit it (a git process only
        // where the hub has a forge).
        if let (Route::Region(region), Some(_)) = (&route, &shared.remote)
            && ctx.person.edits(region)
        {
            ctx.kept = kept::kept_for(&shared.root, region.slug);
        }
        if national_page && ctx.person.reads_national() {
            ctx.national = shared.national.get(&shared.root, ctx.today).ok();
        }
        crate::web::respond(&ctx, &route, &r)
    })
    .await;
    let reply = worked.unwrap_or_else(|_| WebError::Internal(t!("hub-failed")).page());
    if let Some(flash) = &reply.flash {
        hub.flashes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(session, flash.clone());
    }
    if let Some(commit) = &reply.commit {
        if let Some(remote) = &hub.remote {
            remote.poke();
        }
        if let Some(ballots) = &hub.ballots {
            ballots.poke();
        }
        let _ = hub.state().audit(
            Some((person.id, &person.email)),
            "edit",
            region.map(|r| r.slug),
            Some(name),
            Some(commit),
        );
    }
    (reply, name, Some(person.id))
}

/// The hub's own pages: signing in and out, invitations, the beheerder's
/// page, a kept change applied again.
async fn hub_page(
    hub: &Arc<Hub>,
    page: &HubRoute,
    r: &Request,
) -> (Reply, &'static str, Option<i64>) {
    let name = page.name();
    let reply = match page {
        HubRoute::SignIn => auth::sign_in(hub, r).await,
        HubRoute::Sso => auth::sso_start(hub, r).await,
        HubRoute::SsoCallback => auth::sso_callback(hub, r).await,
        HubRoute::SignOut if r.is_post() => auth::sign_out(hub, r).await,
        HubRoute::SignOut => WebError::Method.page(),
        HubRoute::Invitation(token) => auth::invitation(hub, r, token).await,
        // Answered before a session is looked for.
        HubRoute::Webhook => remote::webhook(hub, r),
        HubRoute::Kept => {
            let Some((person, _, csrf)) = hub.signed_in(r) else {
                return (
                    WebError::Refused(403, t!("hub-signed-out")).page(),
                    name,
                    None,
                );
            };
            let reply = kept::apply_kept(hub, r, &person, &csrf).await;
            return (reply, name, Some(person.id));
        }
        HubRoute::Beheer => {
            let Some((person, _, csrf)) = hub.signed_in(r) else {
                return (
                    redirect(&format!("/{}", Route::Hub(HubRoute::SignIn).href())),
                    name,
                    None,
                );
            };
            let base = hub
                .origin
                .clone()
                .unwrap_or_else(|| format!("http://{}", r.header("host").unwrap_or("localhost")));
            let reply = beheer::page(hub, r, &person, &csrf, &base);
            return (reply, name, Some(person.id));
        }
    };
    (reply, name, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        assert_eq!(
            origin_of("https://hub.example.nl/"),
            Some("https://hub.example.nl".into())
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8080"),
            Some("http://127.0.0.1:8080".into())
        );
        assert_eq!(origin_of("ftp://x"), None);
        assert_eq!(origin_of("hub.example.nl"), None);
    }
}
