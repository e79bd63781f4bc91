//! `vsopro hub user …` and `vsopro hub backup`: the beheerder's work on the
//! command line, on the same database the running hub uses. An invitation
//! is a one-time link, printed (the link is the secret: only its hash is
//! kept).

use super::state::State;
use crate::error::Error;
use crate::i18n::t;
use crate::registry;
use crate::render::{Block, Column, Render, Table};
use crate::web::access::Role;
use serde::Serialize;
use std::path::Path;

/// The address of the first beheerder's account until they give theirs.
pub(crate) const FIRST_BEHEERDER: &str = "beheerder";

/// What a `hub user` command did, as it is printed.
#[derive(Debug, Clone, Serialize)]
pub struct UserReport {
    /// `added`, `reset`, `role`, `removed`, `list`.
    pub action: &'static str,
    pub email: String,
    /// The invitation link, where one was made.
    pub link: Option<String>,
    pub accounts: Vec<super::state::AccountRow>,
    /// Where the hub has a mail server: the link by e-mail too, `sent`,
    /// `queued` (the running hub sends it) or `failed`.
    pub mail: Option<&'static str>,
    /// Why the mail did not go.
    pub mail_error: Option<String>,
    /// The person's name, for the message.
    #[serde(skip)]
    pub name: String,
}

/// The invitation link of a token.
fn link(base: &str, token: &str) -> String {
    format!("{}/uitnodiging/{token}", base.trim_end_matches('/'))
}

/// The account for the first beheerder, and its invitation link.
pub(crate) fn first_beheerder(state: &mut State, base: &str) -> Result<String, Error> {
    let id = match state.add_account(FIRST_BEHEERDER, "Beheerder", Role::Beheerder, &[])? {
        Some(id) => id,
        None => state
            .account_id(FIRST_BEHEERDER)?
            .ok_or_else(|| Error::Internal("no first account".into()))?,
    };
    Ok(link(base, &state.invite(id, false)?))
}

/// Region slugs as the registry spells them; an unknown one is an error.
fn regions(given: &[String]) -> Result<Vec<String>, Error> {
    given
        .iter()
        .map(|g| {
            registry::find_region(g)
                .map(|r| r.slug.to_string())
                .ok_or_else(|| {
                    Error::HubUser(crate::i18n::t!("hub-user-region", region = g.as_str()))
                })
        })
        .collect()
}

/// The longest e-mail address there is (RFC 5321).
pub(crate) const MAX_EMAIL: usize = 254;
/// The longest name the hub keeps.
pub(crate) const MAX_NAME: usize = 200;

/// An e-mail address as the hub takes it, from the command line, the
/// beheerder's page or a provider's claim: trimmed and in lower case, at
/// most 254 characters, one `@` with something on each side, and no space,
/// control character, `<` or `>` (it goes into mail headers).
pub(crate) fn valid_email(given: &str) -> Result<String, Error> {
    let email = given.trim().to_lowercase();
    let ok = email.chars().count() <= MAX_EMAIL
        && email.matches('@').count() == 1
        && email.split('@').all(|part| !part.is_empty())
        && !email
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | '"' | ','));
    if ok {
        Ok(email)
    } else {
        let shown: String =
            crate::render::safe::line(&given.chars().take(80).collect::<String>()).into();
        Err(Error::HubUser(crate::i18n::t!(
            "hub-user-email",
            email = shown.as_str()
        )))
    }
}

/// A person's name as the hub takes it: trimmed, one to 200 characters,
/// no control character, `<` or `>` (a commit's author and a mail's
/// recipient are made of it).
pub(crate) fn valid_name(given: &str) -> Result<String, Error> {
    let name = given.trim();
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_NAME
        && !name
            .chars()
            .any(|c| c.is_control() || matches!(c, '<' | '>'));
    if ok {
        Ok(name.to_string())
    } else {
        Err(Error::HubUser(crate::i18n::t!(
            "hub-user-name",
            max = MAX_NAME
        )))
    }
}

/// Refuses to leave the network without a beheerder: the one left may be
/// neither removed nor given another role.
fn keeps_a_beheerder(st: &State, id: i64) -> Result<(), Error> {
    let is_beheerder = st.person(id)?.is_some_and(|p| p.role == Role::Beheerder);
    if is_beheerder && st.beheerders()? <= 1 {
        return Err(Error::HubUser(crate::i18n::t!("hub-user-last-beheerder")));
    }
    Ok(())
}

fn role(given: &str, regions: &[String]) -> Result<Role, Error> {
    let role = Role::parse(given)
        .ok_or_else(|| Error::HubUser(crate::i18n::t!("hub-user-role", role = given)))?;
    if role.has_regions() && regions.is_empty() {
        return Err(Error::HubUser(crate::i18n::t!(
            "hub-user-needs-region",
            role = role.as_str()
        )));
    }
    Ok(role)
}

/// What `hub user` is asked to do.
#[derive(Debug, Clone)]
pub(crate) enum UserCommand {
    Add {
        email: String,
        name: String,
        role: String,
        regions: Vec<String>,
        /// A directie's institutions (school ids or BRIN).
        institutions: Vec<String>,
    },
    List,
    Remove {
        email: String,
    },
    Reset {
        email: String,
    },
    Role {
        email: String,
        role: String,
        regions: Vec<String>,
        /// A directie's institutions anew; `None` keeps them.
        institutions: Option<Vec<String>>,
    },
}

/// The hub's address in the links, unless `--public-url` gives another.
const LOCAL_BASE: &str = "http://127.0.0.1:8050";

pub(crate) fn user(
    state_dir: &Path,
    public_url: Option<&str>,
    command: &UserCommand,
) -> Result<UserReport, Error> {
    let base = public_url.unwrap_or(LOCAL_BASE);
    let mut st = State::open(state_dir)?;
    let config = super::config::HubConfig::load(state_dir)?;
    let mut report = apply(&mut st, base, command, None)?;
    if let (Some(smtp), Some(link)) = (&config.smtp, &report.link) {
        let mailer = super::mail::Mailer::new(smtp)?;
        let reset = report.action == "reset";
        match super::mail::send_now(&mailer, &mut st, &report.email, &report.name, link, reset)? {
            Ok(()) => report.mail = Some("sent"),
            Err(reason) => {
                report.mail = Some("failed");
                report.mail_error = Some(reason);
            }
        }
    }
    Ok(report)
}

impl UserReport {
    /// What became of the e-mail, in a sentence.
    pub fn mail_said(&self) -> Option<String> {
        let email = self.email.as_str();
        Some(match self.mail? {
            "sent" => crate::i18n::t!("hub-user-mail-sent", email = email),
            "queued" => crate::i18n::t!("hub-user-mail-queued", email = email),
            _ => crate::i18n::t!(
                "hub-user-mail-failed",
                email = email,
                reason = self.mail_error.as_deref().unwrap_or_default()
            ),
        })
    }

    /// What the command did, in a sentence (not for `list`).
    pub fn summary(&self) -> String {
        let email = self.email.as_str();
        match self.action {
            "added" => crate::i18n::t!("hub-user-added", email = email),
            "reset" => crate::i18n::t!("hub-user-reset-done", email = email),
            "role" => crate::i18n::t!("hub-user-role-done", email = email),
            _ => crate::i18n::t!("hub-user-removed", email = email),
        }
    }
}

/// Does `command` on the open database; `actor` is the beheerder who asked
/// in the browser (the audit log names them), `None` on the command line.
pub(crate) fn apply(
    st: &mut State,
    base: &str,
    command: &UserCommand,
    actor: Option<(i64, &str)>,
) -> Result<UserReport, Error> {
    let report = |action, email: &str, link: Option<String>| UserReport {
        action,
        email: email.to_string(),
        link,
        accounts: Vec::new(),
        mail: None,
        mail_error: None,
        name: String::new(),
    };
    let existing = |st: &State, email: &str| {
        st.account_id(email)?
            .ok_or_else(|| Error::HubUser(crate::i18n::t!("hub-user-unknown", email = email)))
    };
    match command {
        UserCommand::Add {
            email,
            name,
            role: r,
            regions: given,
            institutions,
        } => {
            let email = valid_email(email)?;
            let name = valid_name(name)?;
            let regions = regions(given)?;
            let role = role(r, &regions)?;
            let id = st
                .add_account(&email, &name, role, &regions)?
                .ok_or_else(|| {
                    Error::HubUser(crate::i18n::t!("hub-user-exists", email = email.as_str()))
                })?;
            if !institutions.is_empty() {
                st.set_institutions(id, institutions)?;
            }
            let token = st.invite(id, false)?;
            st.audit(
                actor,
                "account-added",
                regions.first().map(String::as_str),
                Some(&audit_detail(&email, role, &regions)),
                None,
            )?;
            Ok(UserReport {
                name,
                ..report("added", &email, Some(link(base, &token)))
            })
        }
        UserCommand::List => Ok(UserReport {
            accounts: st.accounts()?,
            ..report("list", "", None)
        }),
        UserCommand::Remove { email } => {
            let id = existing(st, email)?;
            keeps_a_beheerder(st, id)?;
            st.remove_account(id)?;
            st.audit(actor, "account-removed", None, Some(email), None)?;
            Ok(report("removed", email, None))
        }
        UserCommand::Reset { email } => {
            let id = existing(st, email)?;
            let token = st.invite(id, true)?;
            st.audit(actor, "account-reset", None, Some(email), None)?;
            let name = st.person(id)?.map(|p| p.name).unwrap_or_default();
            Ok(UserReport {
                name,
                ..report("reset", email, Some(link(base, &token)))
            })
        }
        UserCommand::Role {
            email,
            role: r,
            regions: given,
            institutions,
        } => {
            let id = existing(st, email)?;
            let regions = regions(given)?;
            let role = role(r, &regions)?;
            if role != Role::Beheerder {
                keeps_a_beheerder(st, id)?;
            }
            st.set_role(id, role, &regions)?;
            // Only a directie votes: any other role keeps none.
            match (role, institutions) {
                (Role::Directie, Some(list)) => st.set_institutions(id, list)?,
                (Role::Directie, None) => {}
                _ => st.set_institutions(id, &[])?,
            }
            st.audit(
                actor,
                "account-role",
                regions.first().map(String::as_str),
                Some(&audit_detail(email, role, &regions)),
                None,
            )?;
            Ok(report("role", email, None))
        }
    }
}

/// What `hub backup` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    pub path: String,
}

pub(crate) fn backup(state_dir: &Path, out: &Path) -> Result<BackupReport, Error> {
    if std::fs::symlink_metadata(out).is_ok() {
        return Err(Error::OutExists(out.to_path_buf()));
    }
    if !state_dir.join(super::state::DB_FILE).is_file() {
        return Err(Error::HubUser(crate::i18n::t!(
            "hub-no-state",
            path = state_dir.display().to_string()
        )));
    }
    let st = State::open(state_dir)?;
    st.backup(out)?;
    Ok(BackupReport {
        path: out.display().to_string(),
    })
}

/// The audit log, newest first.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    pub entries: Vec<super::state::AuditRow>,
}

pub(crate) fn audit(state_dir: &Path) -> Result<AuditReport, Error> {
    if !state_dir.join(super::state::DB_FILE).is_file() {
        return Err(Error::HubUser(crate::i18n::t!(
            "hub-no-state",
            path = state_dir.display().to_string()
        )));
    }
    Ok(AuditReport {
        entries: State::open(state_dir)?.audit_log(1000)?,
    })
}

impl Render for UserReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = Vec::new();
        match self.action {
            "list" => b.push(Block::Table(self.csv_table())),
            _ => {
                b.push(Block::Text(self.summary()));
                if let Some(link) = &self.link {
                    b.push(Block::Text(t!("hub-user-link", link = link.as_str())));
                }
                if let Some(mail) = self.mail_said() {
                    b.push(Block::Text(mail));
                }
            }
        }
        b
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-email")),
            Column::left(&t!("col-name")),
            Column::left(&t!("col-role")),
            Column::left(&t!("col-regions")),
            Column::left(&t!("col-status")),
        ]);
        for a in &self.accounts {
            t.row(vec![
                a.email.clone(),
                a.name.clone(),
                a.role.into(),
                a.regions.join(", "),
                if a.active {
                    t!("hub-user-active")
                } else {
                    t!("hub-user-invited")
                },
            ]);
        }
        t
    }
}

impl Render for BackupReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Text(t!(
            "hub-backup-written",
            path = self.path.as_str()
        ))]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![Column::left(&t!("col-file"))]);
        t.row(vec![self.path.clone()]);
        t
    }
}

impl Render for AuditReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Table(self.csv_table())]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-when")),
            Column::left(&t!("col-email")),
            Column::left(&t!("col-kind")),
            Column::left(&t!("col-region")),
            Column::left(&t!("col-detail")),
            Column::left(&t!("col-commit")),
        ]);
        for e in &self.entries {
            let when = chrono::DateTime::from_timestamp(e.at, 0)
                .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
                .unwrap_or_default();
            t.row(vec![
                when,
                e.email.clone().unwrap_or_default(),
                e.kind.clone(),
                e.region.clone().unwrap_or_default(),
                e.detail.clone().unwrap_or_default(),
                e.commit.clone().unwrap_or_default(),
            ]);
        }
        t
    }
}

/// An account's audit detail: its address, role and regions, separated by
/// spaces (an address has none), for the log's sentence.
fn audit_detail(email: &str, role: Role, regions: &[String]) -> String {
    let mut out = format!("{email} {}", role.as_str());
    if !regions.is_empty() {
        out.push(' ');
        out.push_str(&regions.join(","));
    }
    out
}
