//! The directies' round in the hub: its page (the plan to vote on, what
//! changed since the version approved before, the count), a director's
//! vote for their own institution(s), the coordinator's opening of a
//! round, and the plan as the PDF they approve. Each through the same use
//! cases as `vsopro jaarplan --round` and `--vote`.

use super::server::Form;
use super::{Ctx, Reply, WebError, reply};
use crate::error::Error;
use crate::i18n::t;
use crate::model::{Decision, FileKind, RegionData};
use crate::records::Record;
use crate::registry::Region;
use crate::report::round::RoundReport;
use crate::web::Route;
use chrono::NaiveDate;
use serde::Serialize;

/// What the round's page shows.
#[derive(Serialize)]
struct RoundView {
    region: &'static str,
    slug: &'static str,
    heading: String,
    back: String,
    pdf: String,
    action: String,
    plan: crate::report::jaarplan::JaarplanReport,
    round: Option<RoundReport>,
    /// "5 van 9 instellingen akkoord, …": the round in words.
    summary: Option<String>,
    /// What changed since the version approved before.
    changes: Vec<String>,
    /// What changed since the person's vote on an earlier version: per
    /// goal (by its text) each field before → after.
    since_vote: Vec<crate::records::RecordChange>,
    /// The institutions the person votes for, with their latest vote.
    mine: Vec<Mine>,
    /// No round is open and the person may open one.
    may_open: bool,
    /// A round is open and the person may extend or withdraw it.
    may_change: bool,
    /// Defaults of the vote form.
    name: String,
    function: String,
    refusal: Option<String>,
    /// The vote form's input after a refusal.
    comment: String,
    /// The open form's default deadline.
    deadline: String,
    /// The round's e-mails to the directies.
    mail: Vec<super::RoundMail>,
}

#[derive(Serialize)]
struct Mine {
    school: String,
    name: String,
    /// Their latest vote, in words, and whether it is on this version.
    said: Option<String>,
    current: bool,
}

impl Ctx {
    /// The institutions the hub's directie votes for in the region's
    /// round (none elsewhere).
    fn votes_for(&self, region: &Region) -> Vec<String> {
        self.person.votes_for(region)
    }

    fn round_view(
        &self,
        c: &crate::usecases::Checked,
        r: &RegionData,
        today: NaiveDate,
    ) -> Result<RoundView, Error> {
        let ws = self.workspace();
        let plan = crate::usecases::jaarplan(&ws, c)?;
        let round = plan.approval.as_ref().and_then(|a| a.round.clone());
        let file = r.jaarplan();
        let changes = file
            .and_then(|p| {
                let before = p.approval.as_ref()?.fingerprint.as_ref()?;
                Some(before.changes_to(&p.fingerprint()))
            })
            .map(|c| crate::words::approved_change_list(&c))
            .unwrap_or_default();
        let institutions = crate::model::institutions(r.schools());
        let mine: Vec<Mine> = institutions
            .iter()
            .filter(|i| self.votes_for(r.info).iter().any(|v| i.named_by(v)))
            .map(|i| {
                let row = round
                    .as_ref()
                    .and_then(|x| x.rows.iter().find(|row| row.key == i.key));
                let vote = row.and_then(|row| row.vote.as_ref());
                Mine {
                    school: i.schools[0].clone(),
                    name: i.name.clone(),
                    said: vote.map(|v| {
                        t!(
                            "round-your-vote",
                            decision = crate::render::reports::round::decision(v.decision),
                            date = crate::i18n::date(v.date.0),
                            fingerprint = v.fingerprint.as_str()
                        )
                    }),
                    current: vote.is_some_and(|v| v.current),
                }
            })
            .collect();
        let function = round
            .as_ref()
            .and_then(|x| {
                x.votes
                    .iter()
                    .rev()
                    .find(|v| mine.iter().any(|m| m.school == v.institution))
            })
            .map(|v| v.function.clone())
            .unwrap_or_default();
        // Since their own vote on an earlier version: that version's goals
        // from git, against the plan as it is.
        let since_vote = round
            .as_ref()
            .and_then(|x| {
                x.rows.iter().find_map(|row| {
                    let v = row.vote.as_ref().filter(|v| !v.current)?;
                    mine.iter()
                        .any(|m| row.schools.contains(&m.school))
                        .then_some(v)
                })
            })
            .and_then(|v| crate::usecases::history::plan_text(&self.root, r.info, &v.fingerprint))
            .map(|before| {
                let now = c.data.sources.get(r.path(FileKind::Jaarplan));
                crate::records::diff(
                    FileKind::Jaarplan,
                    Some(&before),
                    now.map(|s| s.text.as_str()),
                    Some(r),
                )
                .into_iter()
                // What the directies approve: the plan's period and goals.
                .filter(|c| matches!(c.record, Record::Jaarplan | Record::Goal))
                .collect()
            })
            .unwrap_or_default();
        let region = r.info;
        let open = round.as_ref().is_some_and(|x| x.open);
        Ok(RoundView {
            since_vote,
            region: region.name,
            slug: region.slug,
            heading: t!(
                "round-page-heading",
                title = plan.title.as_str(),
                region = region.name
            ),
            back: crate::web::Route::Region(region).href(),
            pdf: crate::web::Route::RoundPdf(region).href(),
            action: crate::web::Route::Round(region).href(),
            summary: round.as_ref().map(crate::render::reports::round::summary),
            round,
            plan,
            changes,
            mine,
            may_open: self.person.edits(region) && !open,
            may_change: self.person.edits(region) && open,
            name: self.person.name.clone(),
            function,
            refusal: None,
            comment: String::new(),
            deadline: (today + chrono::Days::new(21)).to_string(),
            mail: self.round_mail.clone(),
        })
    }

    /// The round's page, with a refused form's reason.
    pub(super) fn round_page(
        &self,
        region: &'static Region,
        status: u16,
        refusal: Option<Refused>,
    ) -> Result<Reply, WebError> {
        let (ws, c) = self.loaded(region)?;
        let r = &c.data.regions[0];
        if r.jaarplan().is_none() {
            // Who may begin the plan is shown the button; others the region.
            let (link, label) = match self.person.edits(region) {
                true => (
                    Route::Record {
                        region,
                        record: crate::records::Record::Jaarplan,
                        id: None,
                    },
                    t!("form-begin-jaarplan"),
                ),
                false => (Route::Region(region), t!("error-to-region")),
            };
            return Err(WebError::NotYet {
                message: t!("round-no-jaarplan", region = region.name),
                link: link.href(),
                label,
            });
        }
        let mut view = self
            .round_view(&c, r, ws.today)
            .map_err(|e| WebError::Refused(404, e.describe().1))?;
        if let Some(r) = refusal {
            view.refusal = Some(r.message);
            view.comment = r.comment;
            if !r.function.is_empty() {
                view.function = r.function;
            }
        }
        let workbench = self.workbench(&c, None);
        let route = Route::Round(region);
        let body = crate::web::round_page(
            view.heading.clone(),
            route.root(),
            ws.today,
            &view,
            &workbench,
        )?;
        Ok(reply(status, "text/html; charset=utf-8", body))
    }

    /// The plan as the approval document.
    pub(super) fn round_pdf(&self, region: &'static Region) -> Result<Reply, WebError> {
        let ws = self.workspace();
        let plan = ws
            .checked(&[region], &FileKind::REGION)
            .and_then(|c| crate::usecases::jaarplan(&ws, &c))
            .map_err(|e| WebError::Refused(404, e.describe().1))?;
        let footer = t!("round-pdf-footer", fingerprint = plan.fingerprint.as_str());
        match crate::render::document::document(
            &plan,
            crate::render::document::DocKind::Pdf,
            &footer,
            ws.today,
        ) {
            Ok(bytes) => Ok(reply(200, "application/pdf", bytes)),
            Err(crate::render::document::DocError::Failed(e)) => Err(WebError::Internal(e)),
            Err(crate::render::document::DocError::NoPdf) => Err(WebError::NotFound),
        }
    }

    /// A vote (a directie, for their own institution) or a round opened
    /// (who may edit the region).
    pub(super) fn round_post(
        &self,
        region: &'static Region,
        form: &Form,
    ) -> Result<Reply, WebError> {
        let field = |k: &str| form.text(k);
        let ws = self.workspace();
        let writer =
            crate::edit::Writer::open_region(&self.root, self.git, region)?.by(self.author());
        let (_, c) = self.loaded(region)?;
        let r = &c.data.regions[0];
        let quorum = c.data.settings.quorum();
        let done = match field("action").as_str() {
            "open" | "extend" | "withdraw" if !self.person.edits(region) => {
                return Err(WebError::Forbidden);
            }
            action @ ("open" | "extend" | "withdraw") => {
                use crate::usecases::round::RoundChange;
                let deadline = || {
                    NaiveDate::parse_from_str(&field("deadline"), "%Y-%m-%d")
                        .map_err(|_| WebError::BadForm)
                };
                let change = match action {
                    "open" => RoundChange::Open {
                        deadline: deadline()?,
                        message: Some(field("message")).filter(|m| !m.is_empty()),
                    },
                    "extend" => RoundChange::Extend {
                        deadline: deadline()?,
                    },
                    // The hub's person; on the workbench, the coordinator.
                    _ => RoundChange::Withdraw {
                        by: self
                            .author()
                            .map_or_else(|| t!("round-withdrawn-by-coordinator"), |a| a.name),
                        reason: field("reason"),
                    },
                };
                crate::usecases::round::apply(&writer, r, quorum, &change, ws.today)
            }
            "vote" => {
                let school = field("institution");
                let allowed = crate::model::institutions(r.schools())
                    .into_iter()
                    .any(|i| {
                        i.schools.contains(&school)
                            && self.votes_for(region).iter().any(|v| i.named_by(v))
                    });
                if !allowed {
                    return Err(WebError::Refused(
                        403,
                        t!("round-not-yours", institution = school.as_str()),
                    ));
                }
                let Some(decision) = super::core::parse_choice::<Decision>(&field("decision"))
                else {
                    return Err(WebError::BadForm);
                };
                // The version the page showed: a vote on a plan that changed
                // since is refused, not counted on the new one.
                let fingerprint = field("fingerprint");
                let current = r.jaarplan().map(|p| p.digest()).unwrap_or_default();
                if fingerprint != current {
                    return self.round_page(
                        region,
                        409,
                        Some(Refused {
                            message: t!("round-changed-meanwhile"),
                            comment: field("comment"),
                            function: field("function"),
                        }),
                    );
                }
                let input = crate::usecases::round::VoteInput {
                    institution: school,
                    name: match self.person.local {
                        true => field("name"),
                        false => self.person.name.clone(),
                    },
                    function: field("function"),
                    decision,
                    comment: Some(field("comment")).filter(|c| !c.is_empty()),
                    date: ws.today,
                    fingerprint: Some(fingerprint),
                };
                crate::usecases::round::validate(&writer, r, quorum, input).and_then(|vote| {
                    crate::usecases::round::vote(&writer, r, quorum, vote, ws.today)
                })
            }
            _ => return Err(WebError::BadForm),
        };
        match done {
            Ok(report) => {
                let said = match (report.action, &report.round) {
                    ("opened", Some(x)) => t!(
                        "round-flash-opened",
                        deadline = crate::i18n::date(x.deadline.0)
                    ),
                    ("extended", Some(x)) => t!(
                        "round-flash-extended",
                        deadline = crate::i18n::date(x.deadline.0)
                    ),
                    ("withdrawn", _) => t!("round-flash-withdrawn"),
                    (_, _) if report.approved => t!("round-flash-voted-approved"),
                    _ => t!("round-flash-voted"),
                };
                let said = Some(said);
                Ok(
                    super::redirect(&format!("/{}", crate::web::Route::Round(region).href()))
                        .with_flash(said)
                        .with_commit(report.commit.clone()),
                )
            }
            Err(Error::Round(refusal)) => {
                // What to do, in the page's words (the command line's help
                // names its flags).
                let help = web_help(&refusal);
                let message = Error::Round(refusal).describe().1;
                let text = match help {
                    Some(help) => format!("{message} {help}"),
                    None => message,
                };
                let kept = Refused {
                    message: text,
                    comment: field("comment"),
                    function: field("function"),
                };
                self.round_page(region, 422, Some(kept))
            }
            Err(e) => Err(WebError::Refused(422, e.describe().1)),
        }
    }
}

/// A refused round action, and what the person typed, shown again.
pub(super) struct Refused {
    message: String,
    comment: String,
    function: String,
}

/// What to do about a refusal, on the round's page.
fn web_help(refusal: &crate::error::RoundRefusal) -> Option<String> {
    use crate::error::RoundRefusal::*;
    Some(match refusal {
        DeadlineBeforeOpening { .. } => t!("round-deadline-before-web"),
        NeedsComment => t!("round-needs-comment-web"),
        NeedsReason => t!("round-needs-reason-web"),
        UnknownInstitution { .. } | NotConfirmed { .. } | UnknownFingerprint { .. } => {
            t!("round-vote-again-web")
        }
        NoRound { .. } | ApprovalDuringRound => return None,
    })
}
