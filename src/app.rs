//! Runs one command: a dispatcher of a few lines per command. Finding the
//! root, showing reports and the check gate are the runner's (`runner.rs`);
//! the work is the use cases' (`usecases.rs`) and the modules of history,
//! DUO import, init, schemas, sync and the site.

mod runner;

use runner::Run;

use crate::config::{Command, Config};
use crate::edit::Writer;
use crate::error::Error;
use crate::i18n::t;
use crate::model::FileKind;
use crate::output::print;
use crate::report;
use crate::usecases::{self, Workspace};
use crate::usecases::{history, init};
use crate::web::{self as site};
use crate::{import, load, schema};
use std::path::PathBuf;

pub(crate) fn run(config: &Config) -> Result<(), Error> {
    let run = Run { config };
    // A document that cannot be written is said before any work is done.
    if let Some(out) = &config.out {
        crate::out::target(out, run.root().ok().as_deref())?;
    }
    let today = config.today;
    let ws = || Ok::<_, Error>(Workspace::new(&run.root()?, today));
    match &config.command {
        Command::Print(text) => print(text),
        Command::Check { list: true, .. } => run.show(&report::codes::compute()),
        Command::Check {
            regions,
            deny_warnings,
            skip,
            ..
        } => run.check(&ws()?, regions, *deny_warnings, skip),
        Command::Codeowners { force } => {
            let ws = ws()?;
            // A writer of the data root like any other: under its lock.
            let _writer = Writer::open(&ws.root, false)?;
            let c = run.gate(ws.checked(&[], &[])?)?;
            run.show(&crate::usecases::codeowners::write(&c.data, *force)?)
        }
        Command::Explain { code } => run.show(&report::explain::compute(*code)),
        Command::Regions => run.regions(),
        Command::Caseload {
            schools: Some(n),
            overrides,
            ..
        } => run.show(&report::caseload::vacancy(
            *n,
            run.vacancy_norms(*overrides)?,
        )),
        Command::Caseload {
            regions, overrides, ..
        } => {
            let c = run.gate(usecases::caseload_parts(&ws()?, regions, *overrides)?)?;
            run.show(&usecases::caseload(c, *overrides)?)
        }
        Command::Foto { region } => {
            let (ws, c) = run.region(ws()?, region)?;
            run.show(&usecases::foto(&ws, &c)?)
        }
        Command::Themes {
            regions,
            theme: Some(t),
        } => {
            let c = run.gate(usecases::theme_actions(&ws()?, regions, t)?)?;
            run.show(&usecases::theme(t, c)?)
        }
        Command::Themes {
            regions,
            theme: None,
        } => {
            let c = run.gate(usecases::theme_rows(&ws()?, regions)?)?;
            run.show(&usecases::themes(c)?)
        }
        Command::Staffing { overrides } => {
            let c = run.gate(usecases::caseload_parts(&ws()?, &[], *overrides)?)?;
            run.show(&usecases::staffing(c, *overrides)?)
        }
        Command::Jaarplan {
            region,
            history: false,
            ..
        } => {
            let (ws, c) = run.region(ws()?, region)?;
            run.show(&usecases::jaarplan(&ws, &c)?)
        }
        Command::Jaarplan {
            region,
            newest_first,
            ..
        } => run.show(&history::trail(&run.root()?, region, *newest_first)?),
        Command::Approve {
            region,
            by,
            date,
            tag,
        } => {
            let ws = ws()?;
            // The lock first: the plan is read, approved and committed
            // with no other writer in between.
            let writer = Writer::open(&ws.root, true)?;
            let c = run.gate(ws.checked(&[region], &FileKind::REGION)?)?;
            let date = date.unwrap_or(today);
            run.show(&crate::usecases::approve::approve(
                &writer,
                c.region()?,
                by,
                date,
                *tag,
                today,
            )?)
        }
        Command::Practices(query) => {
            let c = run.gate(crate::usecases::practices::parts(&ws()?)?)?;
            run.show(&crate::usecases::practices::catalogue(
                c,
                query.clone(),
                today,
            )?)
        }
        Command::Adopt { from, into } => {
            let ws = ws()?;
            let writer = Writer::open(&ws.root, true)?;
            run.show(&crate::usecases::practices::adopt(
                &writer, &ws, from, into,
            )?)
        }
        Command::Round { region, change } => {
            let ws = ws()?;
            let writer = Writer::open(&ws.root, true)?;
            let c = run.gate(ws.checked(&[region], &FileKind::REGION)?)?;
            let quorum = c.data.settings.quorum();
            run.show(&crate::usecases::round::apply(
                &writer,
                c.region()?,
                quorum,
                change,
                today,
            )?)
        }
        Command::Vote {
            region,
            institution,
            by,
            function,
            decision,
            comment,
            date,
            fingerprint,
            yes,
        } => {
            let ws = ws()?;
            let writer = Writer::open(&ws.root, true)?;
            let c = run.gate(ws.checked(&[region], &FileKind::REGION)?)?;
            let r = c.region()?;
            let quorum = c.data.settings.quorum();
            let input = crate::usecases::round::VoteInput {
                institution: institution.clone(),
                name: by.clone(),
                function: function.clone(),
                decision: *decision,
                comment: comment.clone(),
                date: date.unwrap_or(today),
                fingerprint: fingerprint.clone(),
            };
            let vote = crate::usecases::round::validate(&writer, r, quorum, input)?;
            // The fingerprint is the director's word: without one from
            // their e-mail, the coordinator confirms the version shown.
            if fingerprint.is_none() && !yes {
                let current = r.jaarplan().map(|p| p.digest()).unwrap_or_default();
                let answer = crate::output::ask(&t!(
                    "round-confirm",
                    fingerprint = current.as_str(),
                    name = by.as_str()
                ));
                if !answer.is_some_and(|a| crate::words::is_yes(&a)) {
                    return Err(Error::Round(crate::error::RoundRefusal::NotConfirmed {
                        fingerprint: current,
                    }));
                }
            }
            run.show(&crate::usecases::round::vote(
                &writer, r, quorum, vote, today,
            )?)
        }
        Command::Uitstroom { regions, year } => {
            let ws = ws()?;
            let c = run.gate(usecases::outcomes(&ws, regions)?)?;
            run.show(&usecases::uitstroom(&c, regions, year.as_deref()))
        }
        Command::UitstroomTemplate { region, year } => {
            let out = config.out.as_ref().ok_or(Error::TemplateNeedsOut)?;
            let ws = ws()?;
            let c = run.gate(usecases::outcomes(&ws, &[region])?)?;
            let report = usecases::outcome_template(&c, region, year.as_deref(), out, today)?;
            run.print_report(&report)
        }
        Command::Voortgang { region, since } => {
            let (ws, c) = run.region(ws()?, region)?;
            run.show(&usecases::voortgang(&ws, &c, *since)?)
        }
        Command::Serve(opts) => crate::web::serve(&run.root()?, opts),
        Command::Hub(opts) => crate::hub::run(opts),
        Command::HubUser {
            state,
            public_url,
            command,
        } => run.show(&crate::hub::users::user(
            state,
            public_url.as_deref(),
            command,
        )?),
        Command::HubAudit { state } => run.show(&crate::hub::users::audit(state)?),
        Command::HubBackup { state, file } => run.show(&crate::hub::users::backup(state, file)?),
        Command::Init { region } => {
            let root = load::root_for_writing(config.root.as_deref(), &cwd());
            run.show(&init::init(&root, region, today)?)
        }
        Command::Sync { message } => {
            let root = load::root_for_writing(config.root.as_deref(), &cwd());
            let ask = |n: usize| crate::output::ask(&t!("sync-ask-message", count = n));
            let (report, failed) =
                crate::usecases::sync::sync(&root, message.as_deref(), today, &ask)?;
            run.show(&report)?;
            failed.map_or(Ok(()), Err)
        }
        Command::Schema { kind, out: None } => print(&schema::document(*kind)),
        Command::Schema {
            kind,
            out: Some(dir),
        } => run.show(&schema::write(*kind, dir)?),
        Command::ImportDuo {
            files,
            regions,
            write,
        } => {
            // Writing: the lock before the data is read, so that what is
            // added is computed from what the writer before us wrote.
            let root = load::root_for_writing(config.root.as_deref(), &cwd());
            let writer = write.then(|| Writer::open(&root, true)).transpose()?;
            let c = run.gate(usecases::import_target(&root, today, regions)?)?;
            run.show(&import::duo(
                &c.data,
                files,
                regions,
                writer.as_ref(),
                today,
            )?)
        }
        Command::ImportUitstroom {
            file,
            region,
            write,
        } => {
            let root = run.root()?;
            let writer = write.then(|| Writer::open(&root, true)).transpose()?;
            let sheet = import::uitstroom::read::read(file)?;
            let region = import::uitstroom::region(&sheet, *region, file)?;
            let c = run.gate(usecases::import_target(&root, today, &[region])?)?;
            run.show(&import::uitstroom::import(
                &c.data,
                region,
                file,
                &sheet,
                &root,
                writer.as_ref(),
                today,
            )?)
        }
        Command::Site { out, force } => {
            let ws = ws()?;
            let (build, parts) = site::build(&ws)?;
            let files = site::files(&build, run.gate(parts)?)?;
            site::site::write(&ws.root, out, &files, *force)?;
            run.show(&report::commands::SiteReport::new(out, files.len()))
        }
    }
}

pub(super) fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}
