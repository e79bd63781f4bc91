//! The beheerder's page (`/beheer`): every account with its role and
//! regions, inviting someone, a new invitation, a new role, removing an
//! account, and the audit log filtered by person and region — the same
//! actions as `vsopro hub user …`, on the same database.

use super::users::{self, UserCommand};
use super::{Hub, Request};
use crate::i18n::t;
use crate::web::access::{Person, Role};
use crate::web::{Reply, refused, reply};
use serde::Serialize;

#[derive(Serialize)]
struct BeheerContent {
    kind: &'static str,
    csrf: String,
    accounts: Vec<super::state::AccountRow>,
    audit: Vec<AuditLine>,
    roles: Vec<&'static str>,
    regions: Vec<(&'static str, &'static str)>,
    /// The filters of the audit log: a person, a region, and which lines
    /// (`mensen`, `weigeringen` or `alles`).
    person: String,
    region: String,
    shown: String,
    /// What the last action did, and an invitation link to pass on.
    notice: Option<String>,
    link: Option<String>,
    error: Option<String>,
    signed_in: String,
    /// Where coordinator accounts and region owners differ.
    owners: Vec<String>,
    mails: Vec<MailLine>,
    /// The hub has a mail server.
    mail_on: bool,
    /// The national repository on the forge, where there is one.
    remote: Option<super::remote::Status>,
}

/// One e-mail's fate.
#[derive(Serialize)]
struct MailLine {
    when: String,
    email: String,
    kind: String,
    status: String,
    error: String,
    /// Given up or lost: the beheerder must act.
    failed: bool,
}

/// A moment as the page shows it (UTC).
pub(super) fn stamp(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

#[derive(Serialize)]
struct AuditLine {
    when: String,
    /// How often (a repeated refusal is one line).
    times: i64,
    email: String,
    kind: String,
    region: String,
    detail: String,
    commit: String,
    /// The change on its region's page of changes, from the site's root.
    change: Option<String>,
}

/// The page, or an action's result on it.
pub(super) fn page(hub: &Hub, r: &Request, person: &Person, csrf: &str, base: &str) -> Reply {
    if person.role != Role::Beheerder {
        return refused(403, t!("hub-forbidden"));
    }
    let mut notice = None;
    let mut link = None;
    let mut error = None;
    if r.method == axum::http::Method::POST {
        let form = r.form();
        if !form.carries("csrf", csrf) {
            return refused(403, t!("serve-refused-csrf"));
        }
        let email = form.text("email");
        let command = match form.text("action").as_str() {
            "add" => UserCommand::Add {
                email: email.clone(),
                name: form.text("name"),
                role: form.text("role"),
                regions: form
                    .all("region")
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
                    .collect(),
                institutions: form
                    .text("institutions")
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|i| !i.is_empty())
                    .map(str::to_string)
                    .collect(),
            },
            "reset" => UserCommand::Reset {
                email: email.clone(),
            },
            // Addresses are kept as given: compared without case.
            "remove" if email.trim().eq_ignore_ascii_case(person.email.trim()) => {
                return refused(409, t!("hub-beheer-not-yourself"));
            }
            "role" if email.trim().eq_ignore_ascii_case(person.email.trim()) => {
                return refused(409, t!("hub-beheer-not-yourself-role"));
            }
            "remove" => UserCommand::Remove {
                email: email.clone(),
            },
            "role" => UserCommand::Role {
                email: email.clone(),
                role: form.text("role"),
                regions: form
                    .all("region")
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
                    .collect(),
            },
            _ => return refused(400, t!("serve-bad-form")),
        };
        let done = {
            let mut st = hub.state();
            users::apply(&mut st, base, &command, Some((person.id, &person.email)))
        };
        match done {
            Ok(mut report) => {
                if let (Some(outbox), Some(l)) = (&hub.outbox, &report.link) {
                    let reset = report.action == "reset";
                    let mut st = hub.state();
                    match outbox.invitation(&mut st, &report.email, &report.name, l, reset) {
                        Ok(()) => report.mail = Some("queued"),
                        Err(e) => {
                            report.mail = Some("failed");
                            report.mail_error = Some(e.describe().1);
                        }
                    }
                }
                notice = Some(match report.mail_said() {
                    Some(mail) => format!("{} {mail}", report.summary()),
                    None => report.summary(),
                });
                link = report.link;
            }
            Err(e) => error = Some(e.describe().1),
        }
    }
    let query = crate::web::server::Form(r.query_pairs());
    let (who, region) = (query.text("person"), query.text("regio"));
    // People's actions unless the refusals are asked for: noise never
    // pushes them out of the table.
    let shown = query.text("soort");
    let refusals = match shown.as_str() {
        "weigeringen" => Some(true),
        "alles" => None,
        _ => Some(false),
    };
    let st = hub.state();
    let accounts = st.accounts().unwrap_or_default();
    let audit = st
        .audit_where(200, refusals, &who, &region)
        .unwrap_or_default()
        .into_iter()
        .map(|a| AuditLine {
            change: a
                .region
                .as_deref()
                .and_then(crate::registry::region_by_slug)
                .zip(a.commit.as_deref())
                .map(|(r, c)| {
                    let short: String = c.chars().take(7).collect();
                    format!("{}#c-{short}", crate::web::Route::Changes(r).href())
                }),
            when: stamp(a.at),
            email: a.email.unwrap_or_default(),
            times: a.times,
            kind: a.kind,
            region: a.region.unwrap_or_default(),
            detail: a.detail.unwrap_or_default(),
            commit: a
                .commit
                .map(|c| c.chars().take(10).collect())
                .unwrap_or_default(),
        })
        .collect();
    let mails = st
        .mails(50)
        .unwrap_or_default()
        .into_iter()
        .map(|m| MailLine {
            when: stamp(m.updated),
            email: m.email,
            kind: if m.kind == "reset" {
                t!("hub-mail-kind-reset")
            } else if let Some(round) = super::ballot::describe_kind(&m.kind) {
                round
            } else {
                t!("hub-mail-kind-invitation")
            },
            status: match m.status.as_str() {
                "sent" => t!("hub-mail-status-sent"),
                "failed" => t!("hub-mail-status-failed", attempts = m.attempts),
                "lost" => t!("hub-mail-status-lost"),
                _ => t!("hub-mail-status-waiting", attempts = m.attempts),
            },
            error: m.last_error.unwrap_or_default(),
            failed: matches!(m.status.as_str(), "failed" | "lost"),
        })
        .collect();
    drop(st);
    let today = hub.clock.today();
    let owners = hub
        .national
        .get(&hub.root, today)
        .map(|c| super::owners::differences(&c.data, &accounts))
        .unwrap_or_default()
        .iter()
        .map(|d| d.describe())
        .collect();
    let content = BeheerContent {
        kind: "beheer",
        csrf: crate::web::server::masked(csrf),
        accounts,
        audit,
        roles: Role::ALL.iter().map(|r| r.as_str()).collect(),
        regions: crate::registry::REGIONS
            .iter()
            .map(|r| (r.slug, r.name))
            .collect(),
        person: who,
        region,
        shown: if shown.is_empty() {
            "mensen".into()
        } else {
            shown
        },
        notice,
        link,
        error,
        signed_in: person.signed_in().unwrap_or_default(),
        owners,
        mails,
        mail_on: hub.outbox.is_some(),
        remote: hub.remote.as_ref().map(|r| r.status()),
    };
    let status = if content.error.is_some() { 422 } else { 200 };
    match crate::web::hub_page(t!("hub-beheer-title"), Some(today), &content) {
        Ok(body) => reply(status, "text/html; charset=utf-8", body),
        Err(e) => refused(500, e.to_string()),
    }
}
