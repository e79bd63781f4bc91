//! `vsopro jaarplan REGION --approve`: records the directies' approval in
//! jaarplan.toml (comments and layout kept) with a fingerprint of what they
//! approved; in git it commits that file alone and can tag the commit.

use crate::error::Error;
use crate::git;
use crate::model::{ApprovedChange, Date, FileKind, JaarplanFile, RegionData};
use crate::report::commands::ApproveReport;
use crate::source::SourceFile;
use crate::{parse, write};
use toml_edit::{DocumentMut, Item, Table, value};

const BOM: &str = "\u{feff}";

pub(crate) fn approve(
    root: &std::path::Path,
    r: &RegionData,
    by: &str,
    date: chrono::NaiveDate,
    tag: bool,
    commit: bool,
) -> Result<ApproveReport, Error> {
    let rel = r.path(FileKind::Jaarplan).to_string();
    let plan = r.jaarplan().ok_or_else(|| Error::NoJaarplan {
        region: r.info,
        path: rel.clone(),
    })?;
    // `commit = false`: the workbench writes without committing.
    let in_git = commit && git::in_work_tree(root);
    if tag && !in_git {
        return Err(Error::TagNeedsGit(root.to_path_buf()));
    }
    let mut report = ApproveReport {
        code: r.info.code,
        region: r.info.name,
        file: rel.clone(),
        date: Date(date),
        by: by.to_string(),
        goals: plan.goals.len(),
        renewed: plan.approval_changes().unwrap_or_default(),
        unchanged: false,
        git: in_git,
        commit: None,
        tag: None,
    };
    let same = plan.approval.as_ref().is_some_and(|a| {
        plan.is_approved()
            && a.fingerprint.as_ref() == Some(&plan.fingerprint())
            && a.by.as_deref() == Some(by)
            && a.date.as_ref().map(|d| d.get_ref().0) == Some(date)
    });
    if same {
        report.unchanged = true;
        return Ok(report);
    }

    let path = root.join(&rel);
    let old = std::fs::read(&path).map_err(|source| Error::Read {
        path: path.clone(),
        source,
    })?;
    let text = String::from_utf8_lossy(&old);
    let (bom, body) = match text.strip_prefix(BOM) {
        Some(body) => (BOM, body),
        None => ("", text.as_ref()),
    };
    let not_toml = |message: String| Error::NotToml {
        path: rel.clone(),
        message,
    };
    let mut doc: DocumentMut = body
        .parse()
        .map_err(|e: toml_edit::TomlError| not_toml(first_line(&e.to_string())))?;
    set_approval(&mut doc, plan, by, date);
    let new_text = format!("{bom}{doc}");

    // What is written must read back as exactly this approval.
    let mut diags = Vec::new();
    let reread =
        parse::parse::<JaarplanFile>(&SourceFile::new(rel.clone(), new_text.clone()), &mut diags)
            .value
            .filter(|_| diags.is_empty())
            .ok_or_else(|| {
                Error::Internal(format!("the approval written to {rel} does not read back"))
            })?;
    if reread.approval_changes() != Some(Vec::<ApprovedChange>::new()) {
        return Err(Error::Internal(format!(
            "the approval written to {rel} does not match the plan"
        )));
    }
    write::replace(&path, &old, new_text.as_bytes())?;

    if in_git {
        let message = format!(
            "Approve the jaarplan of {} ({date}, {by})\n\nRecorded by vsopro jaarplan --approve with a fingerprint of the approved period and goals.",
            r.info.name
        );
        let commit = match git::commit_file(root, &rel, &message) {
            Ok(c) => c,
            Err(e) => {
                // Without its commit the approval is not recorded: put the
                // file back as it was.
                write::replace(&path, new_text.as_bytes(), &old)?;
                return Err(e);
            }
        };
        if tag {
            let name = format!("jaarplan-{}-{date}", r.info.slug);
            let message = format!("Jaarplan {} approved by {by} on {date}", r.info.name);
            report.tag = Some(git::tag(root, &name, &message, &commit)?);
        }
        report.commit = Some(commit);
    }
    Ok(report)
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

/// `[approval]` with status, date, by and `[approval.fingerprint]`; other
/// keys and comments in the table stay.
fn set_approval(doc: &mut DocumentMut, plan: &JaarplanFile, by: &str, date: chrono::NaiveDate) {
    let fingerprint = plan.fingerprint();
    if !doc.contains_key("approval") || !doc["approval"].is_table_like() {
        let mut t = Table::new();
        // Before the goals and meetings, after the plan's own keys.
        t.set_position(Some(0));
        doc.insert("approval", Item::Table(t));
    }
    if let Some(inline) = doc["approval"].as_inline_table().cloned() {
        doc["approval"] = Item::Table(inline.into_table());
    }
    let a = doc["approval"].as_table_mut().expect("made a table above");
    a.insert("status", value("approved"));
    a.insert("date", value(crate::serve::edit::toml_date(date)));
    a.insert("by", value(by));
    let mut fp = Table::new();
    let comment: String = crate::i18n::t!("approve-fingerprint-comment")
        .lines()
        .map(|l| format!("# {l}\n"))
        .collect();
    fp.decor_mut().set_prefix(format!("\n{comment}"));
    fp.insert("period", value(fingerprint.period.as_str()));
    let mut goals = Table::new();
    for (id, hash) in &fingerprint.goals {
        goals.insert(id, value(hash.as_str()));
    }
    fp.insert("goals", Item::Table(goals));
    a.insert("fingerprint", Item::Table(fp));
}
