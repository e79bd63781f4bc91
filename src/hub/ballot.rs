//! The directies' round by e-mail. Where the hub has a mail server, each
//! directie of a region gets a message with the link to the round's page
//! when a round opens (however it was opened: in the hub, on the command
//! line, or taken in from the forge), and one reminder three working days
//! before the deadline if none of their institutions voted on the plan as
//! it is. Each message's fate is in the mail table under a kind naming the
//! round (`round-open:<region>:<opened>`), which is also how a message is
//! never sent twice. One thread looks after every edit and each hour.

use super::mail::Outbox;
use super::state::{Directie, State};
use crate::i18n::t;
use crate::model::{FileKind, JaarplanFile, Quorum, School};
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Working days before the deadline that the reminder goes.
pub(crate) const REMINDER_WORKING_DAYS: u32 = 3;

/// What a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Notice {
    Opened,
    /// The plan changed after their vote: they are asked again.
    Changed,
    Reminder,
    /// The round was withdrawn: to those who voted in it.
    Withdrawn,
}

impl Notice {
    /// The catalogue's ids of its subject and first paragraph.
    fn messages(self) -> (&'static str, &'static str) {
        match self {
            Notice::Opened => ("hub-mail-round-subject", "hub-mail-round-intro"),
            Notice::Changed => ("hub-mail-changed-subject", "hub-mail-changed-intro"),
            Notice::Reminder => ("hub-mail-reminder-subject", "hub-mail-reminder-intro"),
            Notice::Withdrawn => ("hub-mail-withdrawn-subject", "hub-mail-withdrawn-intro"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Notice::Opened => "round-open",
            Notice::Changed => "round-changed",
            Notice::Reminder => "round-reminder",
            Notice::Withdrawn => "round-withdrawn",
        }
    }
}

/// The mail table's kind of a round's message.
pub(crate) fn kind(notice: Notice, region: &str, opened: NaiveDate) -> String {
    format!("{}:{region}:{opened}", notice.name())
}

/// A round message's kind in words for the beheerder's page, if it is one.
pub(crate) fn describe_kind(kind: &str) -> Option<String> {
    let mut parts = kind.splitn(3, ':');
    let (what, region) = (parts.next()?, parts.next()?);
    match what {
        "round-open" => Some(t!("hub-mail-kind-round-open", region = region)),
        "round-changed" => Some(t!("hub-mail-kind-round-changed", region = region)),
        "round-reminder" => Some(t!("hub-mail-kind-round-reminder", region = region)),
        "round-withdrawn" => Some(t!("hub-mail-kind-round-withdrawn", region = region)),
        _ => None,
    }
}

/// The day the reminder is due: `n` working days (Monday to Friday)
/// before the deadline.
pub(crate) fn reminder_day(deadline: NaiveDate, n: u32) -> NaiveDate {
    let mut day = deadline;
    let mut left = n;
    while left > 0 {
        day = day.pred_opt().unwrap_or(day);
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    day
}

/// One message due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Due {
    pub email: String,
    pub name: String,
    pub notice: Notice,
    pub kind: String,
}

/// The messages due for one region's round on `today`: an opening notice
/// to every directie of the region with an institution there that was not
/// told yet; a reminder, from the reminder day to the deadline, to those
/// whose institutions have no vote on the plan as it is. `sent` holds
/// (email, kind) of every message queued before.
pub(crate) fn due(
    region: &str,
    plan: &JaarplanFile,
    schools: &[School],
    quorum: Quorum,
    directies: &[Directie],
    sent: &HashSet<(String, String)>,
    today: NaiveDate,
) -> Vec<Due> {
    let Some(t) = plan.tally(schools, quorum) else {
        return Vec::new();
    };
    let opened = t.round.opened.get_ref().0;
    if t.round.withdrawn.is_some() {
        return withdrawn(region, &t, directies, sent, opened);
    }
    if !t.open() || t.reached {
        return Vec::new();
    }
    let deadline = t.round.deadline.get_ref().0;
    let mut out = Vec::new();
    for d in directies
        .iter()
        .filter(|d| d.regions.iter().any(|r| r == region))
    {
        let theirs: Vec<_> = t
            .rows
            .iter()
            .filter(|row| d.institutions.iter().any(|i| row.institution.named_by(i)))
            .collect();
        if theirs.is_empty() {
            continue;
        }
        let mut push = |notice: Notice, kind: String| {
            if !sent.contains(&(d.email.clone(), kind.clone())) {
                out.push(Due {
                    email: d.email.clone(),
                    name: d.name.clone(),
                    notice,
                    kind,
                });
            }
        };
        push(Notice::Opened, kind(Notice::Opened, region, opened));
        // Their vote is on a version the plan no longer is: once per
        // version of the plan, they are asked again.
        if theirs
            .iter()
            .any(|row| row.standing == crate::model::Standing::Earlier)
        {
            let again = format!("{}:{}", kind(Notice::Changed, region, opened), t.current);
            push(Notice::Changed, again);
        }
        let voted = theirs
            .iter()
            .all(|row| row.standing == crate::model::Standing::Current);
        let window = reminder_day(deadline, REMINDER_WORKING_DAYS) <= today && today <= deadline;
        // A round opened inside the window has its opening notice as reminder.
        if window && !voted && opened < reminder_day(deadline, REMINDER_WORKING_DAYS) {
            push(Notice::Reminder, kind(Notice::Reminder, region, opened));
        }
    }
    out
}

/// A withdrawn round's notice: to each directie whose institution voted
/// in it, once.
fn withdrawn(
    region: &str,
    t: &crate::model::Tally,
    directies: &[Directie],
    sent: &HashSet<(String, String)>,
    opened: NaiveDate,
) -> Vec<Due> {
    let kind = kind(Notice::Withdrawn, region, opened);
    directies
        .iter()
        .filter(|d| d.regions.iter().any(|r| r == region))
        .filter(|d| {
            t.rows.iter().any(|row| {
                row.vote.is_some() && d.institutions.iter().any(|i| row.institution.named_by(i))
            })
        })
        .filter(|d| !sent.contains(&(d.email.clone(), kind.clone())))
        .map(|d| Due {
            email: d.email.clone(),
            name: d.name.clone(),
            notice: Notice::Withdrawn,
            kind: kind.clone(),
        })
        .collect()
}

/// The worker: a pass after each poke and each hour.
pub(crate) struct Ballots {
    poked: Mutex<bool>,
    wake: Condvar,
}

impl Ballots {
    pub(crate) fn start(
        root: PathBuf,
        state: PathBuf,
        outbox: Arc<Outbox>,
        base: String,
        clock: crate::usecases::Clock,
    ) -> Arc<Ballots> {
        let ballots = Arc::new(Ballots {
            poked: Mutex::new(true),
            wake: Condvar::new(),
        });
        let worker = ballots.clone();
        let _ = std::thread::Builder::new()
            .name("vsopro-ballots".into())
            .spawn(move || {
                loop {
                    {
                        let mut poked = worker.poked.lock().unwrap_or_else(|e| e.into_inner());
                        if !*poked {
                            poked = worker
                                .wake
                                .wait_timeout(poked, Duration::from_secs(3600))
                                .unwrap_or_else(|e| e.into_inner())
                                .0;
                        }
                        *poked = false;
                    }
                    // One bad message or recipient never stops the worker:
                    // the next pass sends the rest.
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        pass(&root, &state, &outbox, &base, clock.today())
                    }));
                    match done {
                        Ok(Ok(())) => {}
                        Ok(Err(e)) => {
                            tracing::warn!(error = e.describe().1.as_str(), "round e-mails")
                        }
                        Err(_) => tracing::error!("round e-mails: a pass failed; the next goes on"),
                    }
                }
            });
        ballots
    }

    /// Something changed: look again.
    pub(crate) fn poke(&self) {
        *self.poked.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.wake.notify_one();
    }
}

/// One look at every region a directie belongs to.
fn pass(
    root: &std::path::Path,
    state: &std::path::Path,
    outbox: &Outbox,
    base: &str,
    today: chrono::NaiveDate,
) -> Result<(), crate::error::Error> {
    let mut st = State::open(state)?;
    let directies = st.directies()?;
    let sent: HashSet<(String, String)> = st
        .mailed("round-")?
        .into_iter()
        .map(|m| (m.email, m.kind))
        .collect();
    let mut regions: Vec<&str> = directies
        .iter()
        .flat_map(|d| d.regions.iter().map(String::as_str))
        .collect();
    regions.sort_unstable();
    regions.dedup();
    let ws = crate::usecases::Workspace::new(root, today);
    for slug in regions {
        let Some(region) = crate::registry::region_by_slug(slug) else {
            continue;
        };
        let Ok(c) = ws.checked(&[region], &FileKind::REGION) else {
            continue;
        };
        let Some(r) = c.data.regions.first() else {
            continue;
        };
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        let quorum = c.data.settings.quorum();
        let link = format!(
            "{}/{}",
            base.trim_end_matches('/'),
            crate::web::Route::Round(region).href()
        );
        for d in due(slug, plan, r.schools(), quorum, &directies, &sent, today) {
            let deadline = plan
                .round()
                .map(|x| crate::i18n::date(x.deadline.get_ref().0))
                .unwrap_or_default();
            let args = [
                ("region", region.name.into()),
                ("title", plan.title.as_str().into()),
                ("deadline", deadline.as_str().into()),
            ];
            let (subject, intro) = d.notice.messages();
            let subject = crate::i18n::message(subject, &args);
            let mut paragraphs = vec![crate::i18n::message(intro, &args)];
            let withdrawal = plan.round().and_then(|x| x.withdrawn.as_ref());
            match (d.notice, withdrawal) {
                (Notice::Withdrawn, Some(w)) => paragraphs.push(t!(
                    "hub-mail-withdrawn-reason",
                    by = w.by.as_str(),
                    reason = w.reason.as_str()
                )),
                _ => {
                    if let Some(m) = plan.round().and_then(|x| x.message.clone()) {
                        paragraphs.push(t!("round-message", message = m.as_str()));
                    }
                }
            }
            let message = outbox.mailer().notice(
                &d.email,
                &d.name,
                subject,
                &paragraphs,
                &t!("hub-mail-round-action"),
                &link,
                &t!("hub-mail-round-closing"),
            );
            outbox.queue(&mut st, &d.email, &d.kind, message)?;
        }
    }
    Ok(())
}

/// The round's messages of a region, as its round page lists them for
/// who opens rounds: to whom, what, when, and how it went.
pub(crate) fn mailed(hub: &super::Hub, region: &str) -> Vec<crate::web::RoundMail> {
    let rows = {
        let st = hub.state();
        let mut rows = st
            .mailed(&format!("round-open:{region}:"))
            .unwrap_or_default();
        for kind in ["round-reminder", "round-withdrawn"] {
            rows.extend(st.mailed(&format!("{kind}:{region}:")).unwrap_or_default());
        }
        rows
    };
    let mut out: Vec<crate::web::RoundMail> = rows
        .into_iter()
        .map(|m| crate::web::RoundMail {
            email: m.email,
            what: describe_kind(&m.kind).unwrap_or_default(),
            when: super::beheer::stamp(m.created),
            status: m.status,
        })
        .collect();
    out.sort_by(|a, b| a.when.cmp(&b.when).then(a.email.cmp(&b.email)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_reminder_goes_three_working_days_before_the_deadline() {
        // Thursday 15 October 2026: Monday 12th.
        assert_eq!(reminder_day(day("2026-10-15"), 3), day("2026-10-12"));
        // Tuesday 13 October: over the weekend, Thursday 8th.
        assert_eq!(reminder_day(day("2026-10-13"), 3), day("2026-10-08"));
    }

    fn plan(votes: &str) -> (JaarplanFile, Vec<School>) {
        let schools = "[[school]]\nid = \"a\"\nname = \"A\"\nkind = \"pro\"\nmunicipality = \"X\"\n\n[[school]]\nid = \"b\"\nname = \"B\"\nkind = \"pro\"\nmunicipality = \"X\"\n";
        let schools: crate::model::SchoolsFile = toml::from_str(schools).unwrap();
        let text = format!(
            "title = \"Plan\"\nstart = 2026-08-01\nend = 2027-07-31\n\n[approval]\nstatus = \"submitted\"\n\n[approval.round]\nopened = 2026-09-01\ndeadline = 2026-10-15\n{votes}"
        );
        let plan: JaarplanFile = toml::from_str(&text).unwrap();
        (plan, schools.schools)
    }

    fn directie(email: &str, institution: &str) -> Directie {
        Directie {
            email: email.into(),
            name: email.into(),
            regions: vec!["gorinchem".into()],
            institutions: vec![institution.into()],
        }
    }

    #[test]
    fn a_withdrawn_round_is_told_to_those_who_voted_once() {
        let (p, schools) = plan("");
        let current = p.digest();
        let (p, _) = plan(&format!(
            "\n[approval.round.withdrawn]\ndate = 2026-09-10\nby = \"Anna\"\nreason = \"Het plan moet eerst naar de stuurgroep.\"\n\n[[approval.vote]]\ninstitution = \"a\"\nname = \"A\"\nfunction = \"d\"\ndate = 2026-09-02\ndecision = \"akkoord\"\nfingerprint = \"{current}\"\n"
        ));
        let people = [directie("a@x.nl", "a"), directie("b@x.nl", "b")];
        let found = due(
            "gorinchem",
            &p,
            &schools,
            Quorum::All,
            &people,
            &HashSet::new(),
            day("2026-09-10"),
        );
        let told: Vec<(&str, Notice)> =
            found.iter().map(|d| (d.email.as_str(), d.notice)).collect();
        assert_eq!(told, vec![("a@x.nl", Notice::Withdrawn)]);
        let sent: HashSet<(String, String)> =
            found.into_iter().map(|d| (d.email, d.kind)).collect();
        let again = due(
            "gorinchem",
            &p,
            &schools,
            Quorum::All,
            &people,
            &sent,
            day("2026-09-11"),
        );
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn who_is_told_and_who_is_reminded() {
        let (p, schools) = plan("");
        let current = p.digest();
        let (p, _) = plan(&format!(
            "\n[[approval.vote]]\ninstitution = \"a\"\nname = \"A\"\nfunction = \"d\"\ndate = 2026-09-02\ndecision = \"akkoord\"\nfingerprint = \"{current}\"\n"
        ));
        let people = [
            directie("a@x.nl", "a"),
            directie("b@x.nl", "b"),
            directie("c@x.nl", "elders"),
        ];
        let mut sent = HashSet::new();
        // What is due on `on` for `plan`; what is due counts as sent after.
        let mut step = |plan: &JaarplanFile, on: &str| -> Vec<(String, Notice)> {
            let found = due(
                "gorinchem",
                plan,
                &schools,
                Quorum::All,
                &people,
                &sent,
                day(on),
            );
            for d in &found {
                sent.insert((d.email.clone(), d.kind.clone()));
            }
            found.into_iter().map(|d| (d.email, d.notice)).collect()
        };
        let told = |list: &[(&str, Notice)]| -> Vec<(String, Notice)> {
            list.iter().map(|(e, n)| (e.to_string(), *n)).collect()
        };
        assert_eq!(
            step(&p, "2026-09-01"),
            told(&[("a@x.nl", Notice::Opened), ("b@x.nl", Notice::Opened)])
        );
        // Nothing twice; before the reminder day nothing more.
        assert!(step(&p, "2026-10-09").is_empty());
        // From Monday 12 October: b, who has not voted, is reminded once.
        assert_eq!(
            step(&p, "2026-10-12"),
            told(&[("b@x.nl", Notice::Reminder)])
        );
        assert!(step(&p, "2026-10-13").is_empty());
        // The plan changes: a, who voted on the earlier version, is asked
        // again, once for this version.
        let mut changed = p.clone();
        changed
            .goals
            .push(toml::from_str("id = \"nieuw\"\ntext = \"Nieuw doel\"").unwrap());
        assert_eq!(
            step(&changed, "2026-10-01"),
            told(&[("a@x.nl", Notice::Changed)])
        );
        assert!(step(&changed, "2026-10-02").is_empty());
        // After the deadline, no reminder.
        let none = HashSet::new();
        let late = due(
            "gorinchem",
            &p,
            &schools,
            Quorum::All,
            &people,
            &none,
            day("2026-10-16"),
        );
        assert!(late.iter().all(|d| d.notice == Notice::Opened));
    }
}
