//! Signing in, signing out and setting a password from an invitation, as
//! OWASP's cheat sheets say: the same answer for an unknown address and a
//! wrong password (and the same time: a decoy hash is verified), a growing
//! delay after five failures per account and per address, a new session id
//! at every sign-in, a `next` that never leaves the site, and a
//! double-submit token on the forms that come before a session.

use super::password;
use super::state::{self, LIFETIME_SECONDS};
use super::{COOKIE, Hub, PRE_COOKIE, Request};
use crate::i18n::t;
use crate::web::Route;
use crate::web::route::HubRoute;
use crate::web::{Reply, redirect, refused, reply};
use serde::Serialize;

/// Failed sign-ins an address may have; beyond it, it waits.
const ADDRESS_LIMIT: i64 = 10;
/// Failed sign-ins an account takes from addresses that failed before.
const ACCOUNT_LIMIT: i64 = 10;
/// Failed sign-ins after which an account takes none, from anywhere (NIST
/// SP 800-63B §5.2.2 caps them at 100) until they are forgiven.
const ACCOUNT_HARD_LIMIT: i64 = 100;
/// Seconds after which one failure is forgiven: the limits are rates, and
/// a count never stays.
const DECAY: i64 = 60;
/// The longest e-mail address there is (RFC 5321): longer is no account,
/// and is never stored whole.
pub(crate) const MAX_EMAIL: usize = 254;

/// What the hub's own pages show.
#[derive(Serialize, Default, Clone)]
struct HubContent {
    kind: &'static str,
    error: Option<String>,
    notice: Option<String>,
    email: String,
    name: String,
    next: String,
    pre: String,
    /// Where the invitation's form posts (its token in the address).
    action: String,
    ask_email: bool,
    message: String,
    /// The single sign-on provider's name, where the hub has one.
    sso: Option<String>,
    /// `next`, encoded for the single sign-on link's query.
    next_query: String,
}

fn page(status: u16, title: String, content: &HubContent) -> Reply {
    let mut content = content.clone();
    content.next_query = form_urlencoded::byte_serialize(content.next.as_bytes()).collect();
    let content = &content;
    match crate::web::hub_page(title, None, content) {
        Ok(body) => reply(status, "text/html; charset=utf-8", body),
        Err(e) => refused(500, e.to_string()),
    }
}

/// A `next` that stays on the site: a path of one of its pages.
pub(crate) fn safe_next(next: &str) -> String {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && Route::parse(next).is_some();
    if ok { next.to_string() } else { "/".into() }
}

/// Where a person goes once signed in: the page they asked for, else
/// where their work is (a coordinator's region, say).
fn landing(hub: &Hub, account: i64, next: &str) -> String {
    if next != "/" {
        return next.to_string();
    }
    match hub.state().person(account) {
        Ok(Some(person)) => match person.landing() {
            Some(route) => format!("/{}", route.href()),
            None => "/".into(),
        },
        _ => "/".into(),
    }
}

fn field(pairs: &[(String, String)], name: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The pre-session token of a form: the one the browser has, or a new one
/// (with its cookie).
fn pre_token(hub: &Hub, r: &Request) -> (String, Option<String>) {
    match r.cookie(PRE_COOKIE).filter(|t| t.len() == 64) {
        Some(t) => (t, None),
        None => {
            let t = state::secret().unwrap_or_default();
            let cookie = hub.cookie(PRE_COOKIE, &t, 3600);
            (t, Some(cookie))
        }
    }
}

fn with_cookie(reply: Reply, cookie: Option<String>) -> Reply {
    match cookie {
        Some(c) => reply.with_header("Set-Cookie", c),
        None => reply,
    }
}

/// The sign-in form's token matches its cookie.
fn pre_ok(r: &Request, pairs: &[(String, String)]) -> bool {
    let sent = field(pairs, "pre");
    r.cookie(PRE_COOKIE)
        .is_some_and(|c| crate::web::server::token_matches(&sent, &c))
}

/// A new session for `account`: its cookie, and the old session (if the
/// browser had one) ended — no fixation.
fn start_session(hub: &Hub, r: &Request, account: i64) -> Option<String> {
    let mut st = hub.state();
    if let Some(old) = r.cookie(COOKIE) {
        let _ = st.end_session(&old);
    }
    let (id, _) = st.start_session(account).ok()?;
    Some(hub.cookie(COOKIE, &id, LIFETIME_SECONDS))
}

pub(super) async fn sign_in(hub: &Hub, r: &Request) -> Reply {
    let query: Vec<(String, String)> = form_urlencoded::parse(r.query.as_bytes())
        .into_owned()
        .collect();
    let (pre, pre_cookie) = pre_token(hub, r);
    let mut content = HubContent {
        kind: "signin",
        next: safe_next(&field(&query, "next")),
        pre: crate::web::server::masked(&pre),
        sso: hub.sso.as_ref().map(|s| s.name()),
        ..HubContent::default()
    };
    if r.method != axum::http::Method::POST {
        if field(&query, "uit") == "1" {
            content.notice = Some(t!("hub-signed-out-notice"));
        }
        return with_cookie(page(200, t!("hub-signin-title"), &content), pre_cookie);
    }
    let pairs = r.form().0;
    content.next = safe_next(&field(&pairs, "next"));
    if !pre_ok(r, &pairs) {
        return refused(403, t!("serve-refused-csrf"));
    }
    let email: String = field(&pairs, "email")
        .trim()
        .to_lowercase()
        .chars()
        .take(MAX_EMAIL + 1)
        .collect();
    let given = field(&pairs, "password");
    content.email = email.chars().take(MAX_EMAIL).collect();
    let address = format!("address:{}", r.client);
    let account_key = format!("account:{}", content.email);
    // Counted before the password is verified, in one transaction: the
    // address's limit first; an account under attack still takes a right
    // password from an address that has not failed, up to the hard cap.
    let verdict = {
        let mut st = hub.state();
        let clean = st.failures(&address, DECAY).unwrap_or(0) == 0;
        let limit = if clean {
            ACCOUNT_HARD_LIMIT
        } else {
            ACCOUNT_LIMIT
        };
        st.attempt(&[(&address, ADDRESS_LIMIT), (&account_key, limit)], DECAY)
    };
    match verdict {
        Ok(None) => {}
        Ok(Some(wait)) => {
            let _ = hub
                .state()
                .audit(None, "sign-in-limited", None, Some(&content.email), None);
            let minutes = ((wait + 59) / 60).max(1);
            content.error = Some(t!("hub-signin-too-many", minutes = minutes));
            return page(429, t!("hub-signin-title"), &content)
                .with_header("Retry-After", wait.to_string());
        }
        Err(_) => return refused(500, t!("hub-failed")),
    }
    let credentials = match email.len() <= MAX_EMAIL {
        true => hub.state().credentials(&email).ok().flatten(),
        false => None,
    };
    let stored = credentials
        .as_ref()
        .and_then(|(_, p)| p.clone())
        .unwrap_or_else(|| password::decoy().to_string());
    let Some(verified) = hub.verifier.verify(given, stored).await else {
        // Too many at once: said, and counted as no attempt.
        let mut st = hub.state();
        let _ = st.forgive(&address);
        let _ = st.forgive(&account_key);
        content.error = Some(t!("hub-busy"));
        return page(503, t!("hub-signin-title"), &content).with_header("Retry-After", "5");
    };
    let account = credentials
        .filter(|(_, p)| p.is_some() && verified)
        .map(|(id, _)| id);
    let Some(account) = account else {
        let _ = hub
            .state()
            .audit(None, "sign-in-failed", None, Some(&content.email), None);
        content.error = Some(t!("hub-signin-wrong"));
        return page(401, t!("hub-signin-title"), &content);
    };
    {
        let mut st = hub.state();
        for k in [&address, &account_key] {
            let _ = st.succeeded(k);
        }
        let _ = st.audit(Some((account, &email)), "sign-in", None, None, None);
    }
    match start_session(hub, r, account) {
        Some(cookie) => {
            redirect(&landing(hub, account, &content.next)).with_header("Set-Cookie", cookie)
        }
        None => refused(500, t!("hub-failed")),
    }
}

/// `/aanmelden/sso`: off to the organisation's provider.
pub(super) async fn sso_start(hub: &Hub, r: &Request) -> Reply {
    let Some(sso) = hub.sso.clone() else {
        return refused(404, t!("serve-not-found"));
    };
    let query: Vec<(String, String)> = form_urlencoded::parse(r.query.as_bytes())
        .into_owned()
        .collect();
    let next = safe_next(&field(&query, "next"));
    let started = tokio::task::spawn_blocking(move || sso.start(next)).await;
    match started {
        Ok(Ok((url, state))) => redirect(&url).with_header(
            "Set-Cookie",
            hub.cookie(super::sso::COOKIE, &state, super::sso::PENDING_SECONDS),
        ),
        Ok(Err(refusal)) => sso_refused(hub, refusal),
        Err(_) => refused(500, t!("hub-failed")),
    }
}

/// `/aanmelden/sso/terug`: the provider's answer. Signed in only with an
/// invited account of the verified address.
pub(super) async fn sso_callback(hub: &Hub, r: &Request) -> Reply {
    let Some(sso) = hub.sso.clone() else {
        return refused(404, t!("serve-not-found"));
    };
    let query: Vec<(String, String)> = form_urlencoded::parse(r.query.as_bytes())
        .into_owned()
        .collect();
    let cookie = r.cookie(super::sso::COOKIE);
    let finished = tokio::task::spawn_blocking(move || sso.finish(&query, cookie.as_deref())).await;
    let clear = hub.cookie(super::sso::COOKIE, "", 0);
    let (email, next) = match finished {
        Ok(Ok(found)) => found,
        Ok(Err(refusal)) => return sso_refused(hub, refusal).with_header("Set-Cookie", clear),
        Err(_) => return refused(500, t!("hub-failed")),
    };
    // The provider's claim is held to what the hub takes as an address.
    let email = match super::users::valid_email(&email) {
        Ok(email) => email,
        Err(_) => email
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_EMAIL)
            .collect(),
    };
    let account = match super::users::valid_email(&email) {
        Ok(_) => hub.state().credentials(&email).ok().flatten(),
        Err(_) => None,
    };
    let Some((account, _)) = account else {
        let detail = format!("sso: no account {email}");
        let _ = hub
            .state()
            .audit(None, "sign-in-failed", None, Some(&detail), None);
        return signin_error(hub, 403, t!("hub-sso-no-account", email = email.as_str()))
            .with_header("Set-Cookie", clear);
    };
    let _ = hub
        .state()
        .audit(Some((account, &email)), "sign-in-sso", None, None, None);
    match start_session(hub, r, account) {
        Some(cookie) => redirect(&landing(hub, account, &next))
            .with_header("Set-Cookie", cookie)
            .with_header("Set-Cookie", clear),
        None => refused(500, t!("hub-failed")),
    }
}

/// The sign-in page with a refusal of the provider's sign-in, logged.
fn sso_refused(hub: &Hub, refusal: super::sso::Refused) -> Reply {
    use super::sso::Refused;
    let (status, said, reason) = match &refusal {
        Refused::Unavailable(why) => (503, t!("hub-sso-unavailable"), why.clone()),
        Refused::State => (400, t!("hub-sso-failed"), "state".to_string()),
        Refused::Provider(why) => (403, t!("hub-sso-provider"), why.clone()),
        Refused::Token(why) => (403, t!("hub-sso-failed"), why.clone()),
        Refused::Unverified(email) => (
            403,
            t!("hub-sso-unverified", email = email.as_str()),
            format!("unverified {email}"),
        ),
    };
    tracing::warn!(reason = reason.as_str(), "single sign-on refused");
    let _ = hub.state().audit(
        None,
        "sign-in-failed",
        None,
        Some(&format!(
            "sso: {}",
            reason.chars().take(200).collect::<String>()
        )),
        None,
    );
    signin_error(hub, status, said)
}

/// The sign-in page with an error above the form.
fn signin_error(hub: &Hub, status: u16, error: String) -> Reply {
    let content = HubContent {
        kind: "signin",
        next: "/".into(),
        error: Some(error),
        sso: hub.sso.as_ref().map(|s| s.name()),
        // The form's own token comes with the next visit of the page.
        ..HubContent::default()
    };
    page(status, t!("hub-signin-title"), &content)
}

pub(super) async fn sign_out(hub: &Hub, r: &Request) -> Reply {
    let Some((person, _, csrf)) = hub.signed_in(r) else {
        return redirect(&format!("/{}", Route::Hub(HubRoute::SignIn).href()));
    };
    let pairs = r.form().0;
    if !crate::web::server::token_matches(&field(&pairs, "csrf"), &csrf) {
        return refused(403, t!("serve-refused-csrf"));
    }
    let mut st = hub.state();
    if let Some(id) = r.cookie(COOKIE) {
        let _ = st.end_session(&id);
    }
    let _ = st.audit(
        Some((person.id, &person.email)),
        "sign-out",
        None,
        None,
        None,
    );
    redirect(&format!("/{}?uit=1", Route::Hub(HubRoute::SignIn).href()))
        .with_header("Set-Cookie", hub.cookie(COOKIE, "", 0))
}

pub(super) async fn invitation(hub: &Hub, r: &Request, token: &str) -> Reply {
    let token = token.to_string();
    let account = hub.state().invitation(&token).ok().flatten();
    let person = account.and_then(|id| hub.state().person(id).ok().flatten());
    let Some(person) = person else {
        let content = HubContent {
            kind: "message",
            message: t!("hub-invitation-invalid"),
            ..HubContent::default()
        };
        return page(404, t!("hub-invitation-title"), &content);
    };
    let (pre, pre_cookie) = pre_token(hub, r);
    let bootstrap = person.email == super::users::FIRST_BEHEERDER;
    let mut content = HubContent {
        kind: "invite",
        email: if bootstrap {
            String::new()
        } else {
            person.email.clone()
        },
        name: person.name.clone(),
        pre: crate::web::server::masked(&pre),
        action: format!(
            "/{}",
            Route::Hub(HubRoute::Invitation(token.clone())).href()
        ),
        ask_email: bootstrap,
        ..HubContent::default()
    };
    if r.method != axum::http::Method::POST {
        return with_cookie(page(200, t!("hub-invitation-title"), &content), pre_cookie);
    }
    let pairs = r.form().0;
    if !pre_ok(r, &pairs) {
        return refused(403, t!("serve-refused-csrf"));
    }
    let (new, again) = (field(&pairs, "password"), field(&pairs, "password2"));
    let email = if bootstrap {
        field(&pairs, "email").trim().to_lowercase()
    } else {
        person.email.clone()
    };
    if bootstrap {
        content.email = email.clone();
        content.name = field(&pairs, "name").trim().to_string();
    }
    let problem = if bootstrap && (!email.contains('@') || content.name.is_empty()) {
        Some(t!("hub-invitation-who"))
    } else if new != again {
        Some(t!("hub-password-differ"))
    } else {
        password::problem(&new, &email).map(|id| crate::i18n::message(id, &[]))
    };
    if let Some(problem) = problem {
        content.error = Some(problem);
        return page(422, t!("hub-invitation-title"), &content);
    }
    let hash = tokio::task::spawn_blocking(move || password::hash(&new))
        .await
        .ok()
        .and_then(Result::ok);
    let Some(hash) = hash else {
        return refused(500, t!("hub-failed"));
    };
    let accepted = {
        let mut st = hub.state();
        if bootstrap && st.rename(person.id, &email, &content.name).is_err() {
            content.error = Some(t!("hub-invitation-taken"));
            return page(422, t!("hub-invitation-title"), &content);
        }
        let id = st.accept(&token, &hash).ok().flatten();
        if let Some(id) = id {
            let _ = st.audit(Some((id, &email)), "account-activated", None, None, None);
        }
        id
    };
    let session = accepted.and_then(|id| Some((id, start_session(hub, r, id)?)));
    match session {
        Some((id, cookie)) => redirect(&landing(hub, id, "/")).with_header("Set-Cookie", cookie),
        None => {
            let content = HubContent {
                kind: "message",
                message: t!("hub-invitation-invalid"),
                ..HubContent::default()
            };
            page(404, t!("hub-invitation-title"), &content)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(
            safe_next("/regio/midden-holland.html"),
            "/regio/midden-holland.html"
        );
        for bad in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "javascript:alert(1)",
            "/niet-bestaand",
            "",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad}");
        }
    }
}
