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
    accounts: Vec<AccountView>,
    audit: Vec<AuditLine>,
    /// (value, word), the least privileged first.
    roles: Vec<(&'static str, String)>,
    /// (slug, name), by name.
    regions: Vec<(&'static str, &'static str)>,
    /// Per region, the institutions a directie may vote for.
    institutions: Vec<RegionInstitutions>,
    /// The invitation form as it was sent, kept when it was refused.
    add: AddForm,
    /// A removal or a lower role, asked once more.
    confirm: Option<Confirm>,
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
    /// The beheerder's own address: their own row offers no removal.
    me: String,
    /// Where coordinator accounts and region owners differ.
    owners: Vec<String>,
    mails: Vec<MailLine>,
    /// The hub has a mail server.
    mail_on: bool,
    /// The national repository on the forge, where there is one.
    remote: Option<super::remote::Status>,
}

/// An account as the table shows it: role, regions and institutions in
/// words.
#[derive(Serialize)]
struct AccountView {
    email: String,
    name: String,
    role: String,
    regions: String,
    institutions: String,
    active: bool,
}

#[derive(Serialize)]
struct RegionInstitutions {
    slug: &'static str,
    name: &'static str,
    /// (key, "name (BRIN)").
    items: Vec<(String, String)>,
}

#[derive(Serialize, Default)]
struct AddForm {
    email: String,
    name: String,
    role: String,
    regions: Vec<String>,
    institutions: Vec<String>,
}

/// A question before a removal or a lower role: the form again, with
/// `confirm=ja`.
#[derive(Serialize)]
struct Confirm {
    question: String,
    action: &'static str,
    email: String,
    role: String,
    regions: Vec<String>,
    institutions: Vec<String>,
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
    /// What happened, in a sentence: "A. Jansen nodigde B. de Vries uit
    /// als coördinator van Midden-Holland".
    sentence: String,
    commit: String,
    /// The change on its region's page of changes, from the site's root.
    change: Option<String>,
}

/// The page, or an action's result on it.
pub(super) fn page(hub: &Hub, r: &Request, person: &Person, csrf: &str, base: &str) -> Reply {
    if person.role != Role::Beheerder {
        return refused(403, t!("hub-forbidden"));
    }
    let today = hub.clock.today();
    let national = hub.national.get(&hub.root, today).ok();
    let data = national.as_ref().map(|c| &c.data);
    let mut notice = None;
    let mut link = None;
    let mut error = None;
    let mut add = AddForm::default();
    let mut confirm = None;
    if r.method == axum::http::Method::POST {
        let form = r.form();
        if !form.carries("csrf", csrf) {
            return refused(403, t!("serve-refused-csrf"));
        }
        let email = form.text("email");
        let confirmed = form.text("confirm") == "ja";
        let regions: Vec<String> = form
            .all("region")
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect();
        let yourself = email.trim().eq_ignore_ascii_case(person.email.trim());
        let current = hub
            .state()
            .accounts()
            .unwrap_or_default()
            .into_iter()
            .find(|a| a.email.eq_ignore_ascii_case(email.trim()));
        let command = match form.text("action").as_str() {
            "add" => {
                add = AddForm {
                    email: email.clone(),
                    name: form.text("name"),
                    role: form.text("role"),
                    regions: regions.clone(),
                    institutions: form
                        .all("institution")
                        .map(str::trim)
                        .filter(|i| !i.is_empty())
                        .map(str::to_string)
                        .collect(),
                };
                match needs_region(&add.role, &add.regions)
                    .or_else(|| unknown_institution(data, &add))
                {
                    Some(refusal) => {
                        error = Some(refusal);
                        None
                    }
                    None => Some(UserCommand::Add {
                        email: email.clone(),
                        name: add.name.clone(),
                        role: add.role.clone(),
                        regions: regions.clone(),
                        institutions: add.institutions.clone(),
                    }),
                }
            }
            // A new invitation ends the password and sessions of who has
            // one: asked first.
            "reset" if current.as_ref().is_some_and(|a| a.active) && !confirmed => {
                let name = current.as_ref().map_or(email.clone(), |a| a.name.clone());
                confirm = Some(Confirm {
                    question: t!("hub-beheer-confirm-reset", name = name.as_str()),
                    action: "reset",
                    email: email.clone(),
                    role: String::new(),
                    regions: Vec::new(),
                    institutions: Vec::new(),
                });
                None
            }
            "reset" => Some(UserCommand::Reset {
                email: email.clone(),
            }),
            // Addresses are kept as given: compared without case.
            "remove" if yourself => return refused(409, t!("hub-beheer-not-yourself")),
            "role" if yourself => return refused(409, t!("hub-beheer-not-yourself-role")),
            "remove" if !confirmed => {
                let name = current.as_ref().map_or(email.clone(), |a| a.name.clone());
                confirm = Some(Confirm {
                    question: t!(
                        "hub-beheer-confirm-remove",
                        name = name.as_str(),
                        email = email.as_str()
                    ),
                    action: "remove",
                    email: email.clone(),
                    role: String::new(),
                    regions: Vec::new(),
                    institutions: Vec::new(),
                });
                None
            }
            "remove" => Some(UserCommand::Remove {
                email: email.clone(),
            }),
            "role" => {
                let new = Role::parse(&form.text("role"));
                let old = current.as_ref().and_then(|a| Role::parse(a.role));
                let chosen: Vec<String> = form
                    .all("institution")
                    .map(str::trim)
                    .filter(|i| !i.is_empty())
                    .map(str::to_string)
                    .collect();
                // None chosen for a directie who has some: they stay.
                let keeps = chosen.is_empty()
                    && new == Some(Role::Directie)
                    && current.as_ref().is_some_and(|a| !a.institutions.is_empty());
                let check = AddForm {
                    role: form.text("role"),
                    regions: regions.clone(),
                    institutions: chosen.clone(),
                    ..AddForm::default()
                };
                let refusal = needs_region(&check.role, &check.regions).or_else(|| {
                    (!keeps)
                        .then(|| unknown_institution(data, &check))
                        .flatten()
                });
                // Role derives its order from the most privileged down.
                match (old, new, refusal) {
                    (_, _, Some(refusal)) => {
                        error = Some(refusal);
                        None
                    }
                    (Some(old), Some(new), None) if new > old && !confirmed => {
                        let name = current.as_ref().map_or(email.clone(), |a| a.name.clone());
                        confirm = Some(Confirm {
                            question: t!(
                                "hub-beheer-confirm-lower",
                                name = name.as_str(),
                                old = old.word(),
                                new = new.word()
                            ),
                            action: "role",
                            email: email.clone(),
                            role: new.as_str().to_string(),
                            regions: regions.clone(),
                            institutions: chosen,
                        });
                        None
                    }
                    _ => Some(UserCommand::Role {
                        email: email.clone(),
                        role: form.text("role"),
                        regions: regions.clone(),
                        institutions: (!chosen.is_empty()).then_some(chosen),
                    }),
                }
            }
            _ => return refused(400, t!("serve-bad-form")),
        };
        let done = command.map(|command| {
            let mut st = hub.state();
            users::apply(&mut st, base, &command, Some((person.id, &person.email)))
        });
        match done {
            Some(Ok(mut report)) => {
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
                // Done: the invitation form starts empty again.
                if report.action == "added" {
                    add = AddForm::default();
                }
            }
            Some(Err(e)) => error = Some(e.describe().1),
            None => {}
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
    let names: std::collections::BTreeMap<String, String> = accounts
        .iter()
        .map(|a| (a.email.to_lowercase(), a.name.clone()))
        .collect();
    let rows = st
        .audit_where(200, refusals, &who, &region)
        .unwrap_or_default();
    // What each edit did, in its commit's words: one read for all.
    let hashes: Vec<String> = rows.iter().filter_map(|a| a.commit.clone()).collect();
    let subjects = crate::git::subjects(&hub.root, &hashes).unwrap_or_default();
    let audit = rows
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
            times: a.times,
            sentence: sentence(&a, &names, a.commit.as_ref().and_then(|c| subjects.get(c))),
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
    let owners = data
        .map(|d| super::owners::differences(d, &accounts))
        .unwrap_or_default()
        .iter()
        .map(|d| d.describe())
        .collect();
    let institutions = region_institutions(data);
    let mut regions: Vec<(&'static str, &'static str)> = crate::registry::REGIONS
        .iter()
        .map(|r| (r.slug, r.name))
        .collect();
    regions.sort_by_key(|r| r.1);
    let content = BeheerContent {
        kind: "beheer",
        csrf: crate::web::server::masked(csrf),
        accounts: accounts
            .iter()
            .map(|a| account_view(a, &institutions))
            .collect(),
        audit,
        roles: Role::ALL
            .iter()
            .rev()
            .map(|r| (r.as_str(), r.word()))
            .collect(),
        regions,
        institutions,
        add,
        confirm,
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
        me: person.email.to_lowercase(),
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

/// Per region (by name), its institutions: what a directie votes for.
fn region_institutions(data: Option<&crate::model::Dataset>) -> Vec<RegionInstitutions> {
    let mut out: Vec<RegionInstitutions> = crate::registry::REGIONS
        .iter()
        .filter_map(|r| {
            let region = data?.region(r.code)?;
            let items: Vec<(String, String)> = crate::model::institutions(region.schools())
                .into_iter()
                .map(|i| {
                    let label = if i.key.len() == 4 {
                        format!("{} ({})", i.name, i.key)
                    } else {
                        i.name.clone()
                    };
                    (i.key, label)
                })
                .collect();
            (!items.is_empty()).then_some(RegionInstitutions {
                slug: r.slug,
                name: r.name,
                items,
            })
        })
        .collect();
    out.sort_by_key(|r| r.name);
    out
}

/// A role of regions without one ticked: what to say, in the page's words
/// (the command line's says which flag).
fn needs_region(role: &str, regions: &[String]) -> Option<String> {
    let role = Role::parse(role)?;
    (role.has_regions() && regions.is_empty())
        .then(|| t!("hub-beheer-needs-region", role = role.word()))
}

/// An institution given that is none of the chosen regions', or one given
/// for a role that does not vote: what to say.
fn unknown_institution(data: Option<&crate::model::Dataset>, add: &AddForm) -> Option<String> {
    // A directie votes for an institution: without one, a round would
    // show them nothing to vote on.
    if add.institutions.is_empty() {
        return (Role::parse(&add.role) == Some(Role::Directie))
            .then(|| t!("hub-beheer-institution-needed"));
    }
    if Role::parse(&add.role) != Some(Role::Directie) {
        return Some(t!("hub-beheer-institutions-only-directie"));
    }
    let chosen: Vec<_> = add
        .regions
        .iter()
        .filter_map(|g| crate::registry::find_region(g))
        .filter_map(|r| data?.region(r.code))
        .collect();
    let names: Vec<&str> = chosen.iter().map(|r| r.info.name).collect();
    add.institutions
        .iter()
        .find(|given| {
            !chosen.iter().any(|r| {
                crate::model::institutions(r.schools())
                    .iter()
                    .any(|i| i.named_by(given))
            })
        })
        .map(|given| {
            t!(
                "hub-beheer-institution-unknown",
                given = given.as_str(),
                regions = names.join(", ")
            )
        })
}

/// An account's row in words: the role as a page names it, regions and
/// institutions by name.
fn account_view(a: &super::state::AccountRow, institutions: &[RegionInstitutions]) -> AccountView {
    let role = Role::parse(a.role).map_or_else(|| a.role.to_string(), Role::word);
    let regions = a
        .regions
        .iter()
        .map(|s| crate::registry::region_by_slug(s).map_or(s.as_str(), |r| r.name))
        .collect::<Vec<_>>()
        .join(", ");
    let institutions = a
        .institutions
        .iter()
        .map(|key| {
            institutions
                .iter()
                .filter(|r| a.regions.iter().any(|s| s == r.slug))
                .flat_map(|r| &r.items)
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map_or(key.clone(), |(_, label)| label.clone())
        })
        .collect::<Vec<_>>()
        .join(", ");
    AccountView {
        email: a.email.clone(),
        name: a.name.clone(),
        role,
        regions,
        institutions,
        active: a.active,
    }
}

/// An audit line as a sentence, with people by name where the hub knows
/// them and regions by name.
fn sentence(
    a: &super::state::AuditRow,
    names: &std::collections::BTreeMap<String, String>,
    subject: Option<&String>,
) -> String {
    let person = |email: &str| {
        names
            .get(&email.to_lowercase())
            .cloned()
            .unwrap_or_else(|| email.to_string())
    };
    let who = a
        .email
        .as_deref()
        .map_or_else(|| t!("audit-someone"), person);
    let detail = a.detail.clone().unwrap_or_default();
    let region = a
        .region
        .as_deref()
        .map(|s| crate::registry::region_by_slug(s).map_or(s.to_string(), |r| r.name.to_string()))
        .unwrap_or_default();
    // `email role region,region` for an account added or given a role.
    let mut parts = detail.split_whitespace();
    let (target, role, regions) = (
        parts.next().unwrap_or_default().to_string(),
        parts.next().and_then(Role::parse),
        parts
            .next()
            .unwrap_or_default()
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| crate::registry::region_by_slug(s).map_or(s, |r| r.name))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let as_role = match (role, regions.is_empty()) {
        (Some(r), true) => t!("audit-as-role", role = r.word()),
        (Some(r), false) => t!("audit-as-role-of", role = r.word(), regions = regions),
        (None, _) => String::new(),
    };
    let to_role = match (role, regions.is_empty()) {
        (Some(r), true) => t!("audit-to-role", role = r.word()),
        (Some(r), false) => t!(
            "audit-to-role-of",
            role = r.word(),
            regions = regions.as_str()
        ),
        (None, _) => String::new(),
    };
    let who = who.as_str();
    match a.kind.as_str() {
        "account-added" => t!(
            "audit-account-added",
            who = who,
            target = person(&target),
            role = as_role
        ),
        "account-role" => t!(
            "audit-account-role",
            who = who,
            target = person(&target),
            role = to_role
        ),
        "account-removed" => t!("audit-account-removed", who = who, target = target),
        "account-reset" => t!("audit-account-reset", who = who, target = person(&target)),
        "account-activated" => t!("audit-account-activated", who = who),
        "sign-in" => t!("audit-sign-in", who = who),
        "sign-in-sso" => t!("audit-sign-in-sso", who = who),
        "sign-out" => t!("audit-sign-out", who = who),
        "sign-in-failed" => t!("audit-sign-in-failed", detail = detail),
        "sign-in-limited" => t!("audit-sign-in-limited", detail = detail),
        "edit" if detail == "kept-applied" => t!("audit-kept-applied", who = who, region = region),
        "edit" => match subject {
            Some(s) => t!(
                "audit-edit-what",
                who = who,
                region = region,
                what = s.as_str()
            ),
            None => t!("audit-edit", who = who, region = region),
        },
        "webhook-refused" => t!("audit-webhook-refused", detail = detail),
        "webhook-replay-refused" => t!("audit-webhook-replay-refused", detail = detail),
        kind => t!("audit-other", who = who, kind = kind, detail = detail),
    }
}
