//! `vsopro serve`: the coordinator's workbench, the web core on one's own
//! data for one local person. Only this machine can reach it (127.0.0.1
//! unless `--host`), only by the names it listens on (no DNS rebinding),
//! and only with the run's secret token, which the printed link carries and
//! a cookie keeps. It is the same axum server as the hub's, without
//! accounts.

use super::access::Person;
use super::server::{self, Form, Request, Surface};
use super::{Ctx, Reply, Route, WebError, redirect, reply};
use crate::error::Error;
use crate::i18n::t;
use crate::usecases::Clock;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

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

/// The workbench of one run.
struct Local {
    root: PathBuf,
    clock: Clock,
    token: String,
    csrf: String,
    git: bool,
    /// `host:port` as a browser on this machine names the server.
    hosts: Vec<String>,
    read_only: bool,
    /// What the last edit did, for the next page.
    flash: Mutex<Option<String>>,
}

fn token() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::Internal(format!("no randomness: {e}")))?;
    // Hashed, so that the token shows none of the random bytes as they are.
    Ok(crate::source::short_hash(&bytes, 16))
}

pub(crate) fn serve(root: &Path, opts: &Options) -> Result<(), Error> {
    server::runtime()?.block_on(async {
        let listener = server::bind(&opts.host, opts.port).await?;
        let port = listener
            .local_addr()
            .map_err(|e| Error::Serve(e.to_string()))?
            .port();
        let mut hosts = vec![format!("{}:{port}", opts.host)];
        if opts.host == "127.0.0.1" {
            hosts.push(format!("localhost:{port}"));
        }
        let local = Local {
            root: root.to_path_buf(),
            clock: Clock(opts.today),
            token: token()?,
            csrf: token()?,
            git: !opts.no_git && crate::git::in_work_tree(root),
            hosts,
            read_only: opts.read_only,
            flash: Mutex::new(None),
        };
        let url = format!("http://{}/?token={}", local.hosts[0], local.token);
        if opts.host != "127.0.0.1" && opts.host != "localhost" {
            crate::output::eprint(&format!(
                "{}\n",
                t!("serve-host-warning", host = opts.host.as_str())
            ));
        }
        announce(&url, opts)?;
        server::serve(listener, Arc::new(local)).await
    })
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
    struct NoData(String);
    impl Surface for NoData {
        async fn respond(self: Arc<Self>, _: Request) -> Reply {
            reply(200, "text/html; charset=utf-8", self.0.as_str())
        }
    }
    let page = super::no_data_page(&folder.display().to_string());
    server::runtime()?.block_on(async {
        let listener = server::bind(&opts.host, opts.port).await?;
        let port = listener.local_addr().map_or(opts.port, |a| a.port());
        announce(&format!("http://{}:{port}/", opts.host), opts)?;
        server::serve(listener, Arc::new(NoData(page))).await
    })
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

impl Surface for Local {
    async fn respond(self: Arc<Self>, request: Request) -> Reply {
        if let Err(refused) = self.admit(&request) {
            return refused;
        }
        let Some(route) = Route::parse(&request.path) else {
            return WebError::NotFound.page();
        };
        // The hub's own pages are not the workbench's.
        if matches!(route, Route::Hub(_)) {
            return WebError::NotFound.page();
        }
        let flash = if request.is_post() || matches!(route, Route::Style) {
            None
        } else {
            self.flash.lock().unwrap_or_else(|e| e.into_inner()).take()
        };
        let ctx = Ctx {
            root: self.root.clone(),
            today: self.clock.today(),
            person: Person::local(self.read_only),
            csrf: self.csrf.clone(),
            git: self.git,
            flash,
            query: request.query_pairs(),
            national: None,
            kept: Vec::new(),
            round_mail: Vec::new(),
        };
        let done =
            tokio::task::spawn_blocking(move || super::respond(&ctx, &route, &request)).await;
        let reply = done.unwrap_or_else(|_| WebError::Internal(t!("hub-failed")).page());
        if reply.flash.is_some() {
            *self.flash.lock().unwrap_or_else(|e| e.into_inner()) = reply.flash.clone();
        }
        reply
    }
}

impl Local {
    /// Only this machine's browser, by this server's names, with the run's
    /// token: else the reply that refuses it. The printed link's token
    /// becomes a cookie and leaves the address.
    fn admit(&self, request: &Request) -> Result<(), Reply> {
        let refused = |message: String| Err(WebError::Refused(403, message).page());
        let host = request.header("host").unwrap_or("");
        if !self.hosts.iter().any(|h| h == host) {
            return refused(t!("serve-refused-host"));
        }
        if let Some(origin) = request.header("origin")
            && !self.hosts.iter().any(|h| origin == format!("http://{h}"))
        {
            return refused(t!("serve-refused-origin"));
        }
        let query = Form(request.query_pairs());
        if query.get("token").is_some() {
            if !query.carries("token", &self.token) {
                return refused(t!("serve-refused-token"));
            }
            return Err(redirect(&request.path).with_header(
                "Set-Cookie",
                format!("{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/", self.token),
            ));
        }
        let has_token = request
            .cookie(COOKIE)
            .is_some_and(|c| server::constant_eq(c.as_bytes(), self.token.as_bytes()));
        if !has_token {
            return refused(t!("serve-refused-token"));
        }
        Ok(())
    }
}

impl Ctx {
    /// The share button: what `vsopro sync` does, said on the next page.
    pub(super) fn share(&self, form: &Form) -> Result<Reply, WebError> {
        if !self.offers_sync() {
            return Err(WebError::Forbidden);
        }
        let message = Some(form.text("message")).filter(|m| !m.is_empty());
        let said = match crate::usecases::sync::sync(
            &self.root,
            message.as_deref(),
            self.today,
            &|_| None,
        ) {
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
        Ok(redirect("/").with_flash(Some(said)))
    }
}
