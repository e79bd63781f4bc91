//! Single sign-on through the person's own organisation (SURFconext,
//! Microsoft Entra ID, …): OpenID Connect's authorization-code flow with
//! PKCE, state and nonce, through the `openidconnect` crate. The provider
//! only proves an e-mail address; the hub lets the person in only when an
//! invited account has that address and the provider says it is verified.
//!
//! A flow in progress (its state, nonce and PKCE verifier) is kept in
//! memory for ten minutes, by the state's hash, and bound to the browser by
//! a cookie holding the state: a callback without that cookie, with another
//! state, or a second time (a replayed code), is refused.

use super::config::{OIDC_SECRET, Oidc};
use super::state::{hashed, now};
use openidconnect::core::{CoreClient, CoreProviderMetadata, CoreResponseType};
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

/// The cookie that binds a flow to the browser that started it.
pub(crate) const COOKIE: &str = "vsopro-hub-sso";
/// How long a started flow may take.
pub(crate) const PENDING_SECONDS: i64 = 600;

struct Pending {
    nonce: String,
    verifier: String,
    next: String,
    created: i64,
}

/// Why a sign-in through the provider was refused.
#[derive(Debug)]
pub(crate) enum Refused {
    /// The provider cannot be reached or described itself wrongly.
    Unavailable(String),
    /// No flow of this browser with this state (or it expired, or was used).
    State,
    /// The provider said no (the person cancelled, or it refused).
    Provider(String),
    /// The code was not accepted, or the ID token failed verification.
    Token(String),
    /// No e-mail address, or one the provider does not call verified.
    Unverified(String),
}

pub(crate) struct Sso {
    config: Oidc,
    secret: Option<String>,
    redirect: RedirectUrl,
    issuer: IssuerUrl,
    /// The provider's metadata, discovered at the first sign-in.
    metadata: Mutex<Option<CoreProviderMetadata>>,
    pending: Mutex<HashMap<String, Pending>>,
}

/// No redirects (they would open the hub to server-side request forgery)
/// and a timeout: a slow provider fails a sign-in, not the hub.
fn http() -> openidconnect::ureq::Agent {
    openidconnect::ureq::AgentBuilder::new()
        .redirects(0)
        .timeout(Duration::from_secs(15))
        .build()
}

impl Sso {
    /// `base` is the hub's public address.
    pub(crate) fn new(config: &Oidc, base: &str) -> Result<Sso, String> {
        let issuer = IssuerUrl::new(config.issuer.clone()).map_err(|e| e.to_string())?;
        let redirect = RedirectUrl::new(format!(
            "{}/{}",
            base.trim_end_matches('/'),
            crate::web::Route::Hub(crate::web::route::HubRoute::SsoCallback).href()
        ))
        .map_err(|e| e.to_string())?;
        Ok(Sso {
            config: config.clone(),
            secret: std::env::var(OIDC_SECRET).ok().filter(|s| !s.is_empty()),
            redirect,
            issuer,
            metadata: Mutex::new(None),
            pending: Mutex::new(HashMap::new()),
        })
    }

    /// The provider's name for the button.
    pub(crate) fn name(&self) -> String {
        self.config
            .name
            .clone()
            .unwrap_or_else(|| self.config.issuer.clone())
    }

    fn metadata(&self) -> Result<CoreProviderMetadata, Refused> {
        let mut kept = self.metadata.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(m) = &*kept {
            return Ok(m.clone());
        }
        let m = CoreProviderMetadata::discover(&self.issuer, &http())
            .map_err(|e| Refused::Unavailable(chain(&e)))?;
        *kept = Some(m.clone());
        Ok(m)
    }

    /// Starts a flow: the provider's address to send the browser to, and
    /// the state for the browser's cookie.
    pub(crate) fn start(&self, next: String) -> Result<(String, String), Refused> {
        let client = CoreClient::from_provider_metadata(
            self.metadata()?,
            ClientId::new(self.config.client_id.clone()),
            self.secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(self.redirect.clone());
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let t = now();
        pending.retain(|_, p| t - p.created < PENDING_SECONDS);
        pending.insert(
            hashed(state.secret()),
            Pending {
                nonce: nonce.secret().clone(),
                verifier: verifier.secret().clone(),
                next,
                created: t,
            },
        );
        Ok((url.to_string(), state.secret().clone()))
    }

    /// Ends a flow at the callback: the verified e-mail address and where
    /// the person was going. `query` is the callback's; `cookie` the state
    /// the browser kept.
    pub(crate) fn finish(
        &self,
        query: &[(String, String)],
        cookie: Option<&str>,
    ) -> Result<(String, String), Refused> {
        let get = |k: &str| {
            query
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let state = get("state").unwrap_or_default();
        // The flow is used up whatever happens next: a code is tried once.
        let flow = match cookie {
            Some(c)
                if !state.is_empty()
                    && crate::web::server::constant_eq(c.as_bytes(), state.as_bytes()) =>
            {
                self.pending
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&hashed(state))
            }
            _ => None,
        };
        let flow = flow
            .filter(|p| now() - p.created < PENDING_SECONDS)
            .ok_or(Refused::State)?;
        if let Some(error) = get("error") {
            return Err(Refused::Provider(error.to_string()));
        }
        let code = get("code").ok_or(Refused::State)?;
        let client = CoreClient::from_provider_metadata(
            self.metadata()?,
            ClientId::new(self.config.client_id.clone()),
            self.secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(self.redirect.clone());
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| Refused::Token(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(flow.verifier))
            .request(&http())
            .map_err(|e| Refused::Token(chain(&e)))?;
        let id_token = tokens
            .extra_fields()
            .id_token()
            .ok_or_else(|| Refused::Token("no ID token".into()))?;
        let claims = id_token
            .claims(&client.id_token_verifier(), &Nonce::new(flow.nonce))
            .map_err(|e| Refused::Token(chain(&e)))?;
        let email = claims
            .email()
            .map(|e| e.as_str().trim().to_lowercase())
            .unwrap_or_default();
        if email.is_empty() || claims.email_verified() != Some(true) {
            return Err(Refused::Unverified(email));
        }
        Ok((email, flow.next))
    }
}

/// An error with its causes, for the log and the beheerder.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}
