//! The directies' approval of a jaarplan: recorded in jaarplan.toml with a
//! fingerprint of what they approved, through the one write path
//! (`edit`): committed in git, and with `tag` an annotated tag on that
//! commit.

use crate::edit::{Edit, Expect, Saved, Writer};
use crate::error::Error;
use crate::i18n::{date_in, message_in};
use crate::model::{Date, FileKind, RegionData};
use crate::report::commands::ApproveReport;

pub(crate) fn approve(
    writer: &Writer,
    r: &RegionData,
    by: &str,
    date: chrono::NaiveDate,
    tag: bool,
    today: chrono::NaiveDate,
) -> Result<ApproveReport, Error> {
    let rel = r.path(FileKind::Jaarplan).to_string();
    let plan = r.jaarplan().ok_or_else(|| Error::NoJaarplan {
        region: r.info,
        path: rel.clone(),
    })?;
    let mut report = ApproveReport {
        code: r.info.code,
        region: r.info.name,
        file: rel.clone(),
        date: Date(date),
        by: by.to_string(),
        goals: plan.goals.len(),
        renewed: plan.approval_changes().unwrap_or_default(),
        unchanged: false,
        git: writer.commits(),
        commit: None,
        tag: None,
    };
    let edit = Edit::Approve {
        by: by.to_string(),
        date,
        tag,
    };
    let outcome = writer
        .apply(r.info, &edit, &Expect::Current, today)
        .map_err(|e| e.into_error(writer.root(), &rel))?;
    match outcome.saved {
        Saved::Unchanged => report.unchanged = true,
        Saved::Committed(commit) => {
            if tag {
                let lang = writer.language();
                let name = format!("jaarplan-{}-{date}", r.info.slug);
                let message = message_in(
                    lang,
                    "commit-approve-tag",
                    &[
                        ("region", r.info.name.into()),
                        ("by", by.into()),
                        ("date", date_in(lang, date).into()),
                    ],
                );
                report.tag = Some(crate::git::tag(writer.root(), &name, &message, &commit)?);
            }
            report.commit = Some(commit);
        }
        Saved::Written | Saved::NotCommitted => {}
    }
    Ok(report)
}
