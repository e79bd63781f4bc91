//! The hub's own settings, `STATE/hub.toml`: a mail server and a single
//! sign-on provider, where the organisation has them. Beside the database,
//! never in the repository; secrets never in the file either (they come
//! from the environment: `VSOPRO_SMTP_PASSWORD`, `VSOPRO_OIDC_SECRET`).

use crate::error::Error;
use serde::Deserialize;
use std::path::Path;

/// The settings file in STATE.
pub(crate) const FILE: &str = "hub.toml";
/// The SMTP password's environment variable.
pub(crate) const SMTP_PASSWORD: &str = "VSOPRO_SMTP_PASSWORD";
/// The forge's webhook secret's environment variable.
pub(crate) const WEBHOOK_SECRET: &str = "VSOPRO_WEBHOOK_SECRET";
/// The OpenID Connect client secret's environment variable.
pub(crate) const OIDC_SECRET: &str = "VSOPRO_OIDC_SECRET";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HubConfig {
    pub smtp: Option<Smtp>,
    pub oidc: Option<Oidc>,
    pub remote: Option<RemoteConfig>,
}

/// The national repository on the forge the hub keeps in step with.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RemoteConfig {
    /// git's name of the remote (default `origin`); its credentials are
    /// git's own (a credential helper or an SSH key), never vsopro's.
    #[serde(default = "origin")]
    pub name: String,
    #[serde(default = "main")]
    pub branch: String,
    /// Seconds between fetches (default 60).
    pub fetch_seconds: Option<u64>,
    /// Seconds before a failed push or fetch is tried again (doubling).
    pub retry_seconds: Option<u64>,
}

fn origin() -> String {
    "origin".into()
}

fn main() -> String {
    "main".into()
}

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Security {
    /// Plain, then upgraded with STARTTLS (port 587); refused without it.
    #[default]
    Starttls,
    /// TLS from the start (port 465).
    Tls,
    /// No encryption: only for a mail server on the same machine.
    #[serde(alias = "geen")]
    None,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Smtp {
    pub host: String,
    pub port: Option<u16>,
    #[serde(default)]
    pub security: Security,
    /// The account on the mail server (its password from the environment).
    pub user: Option<String>,
    /// The sender: `Netwerk vso/pro <noreply@example.nl>`.
    pub from: String,
    /// Seconds before a failed message is tried again (doubling each time).
    pub retry_seconds: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Oidc {
    /// The provider's issuer URL, e.g. `https://connect.surfconext.nl`.
    pub issuer: String,
    pub client_id: String,
    /// The provider's name on the button: "Inloggen met SURFconext".
    pub name: Option<String>,
}

impl HubConfig {
    /// STATE's settings, or none where there is no file.
    pub(crate) fn load(state: &Path) -> Result<HubConfig, Error> {
        let path = state.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HubConfig::default()),
            Err(source) => return Err(Error::Read { path, source }),
        };
        let config: HubConfig = toml::from_str(&text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| {
                    let before = &text[..s.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                    (line, column)
                })
                .unwrap_or((1, 1));
            Error::HubConfig {
                path: path.clone(),
                line,
                column,
                reason: e.message().to_string(),
            }
        })?;
        if let Some(smtp) = &config.smtp
            && smtp.from.parse::<lettre::message::Mailbox>().is_err()
        {
            return Err(Error::HubConfig {
                path,
                line: line_of(&text, "from"),
                column: 1,
                reason: crate::i18n::t!("hub-config-from", from = smtp.from.as_str()),
            });
        }
        Ok(config)
    }
}

/// The line where `key =` first stands, for a value found wrong after
/// reading.
fn line_of(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}
