//! Invitations and password resets by e-mail, where the hub has a mail
//! server (`[smtp]` in STATE/hub.toml), through lettre. The link is still
//! printed and shown to the beheerder: mail is a convenience, never the only
//! way. A failed send is recorded in the database and tried again with a
//! growing pause; the beheerder's page shows every message's fate. The
//! message itself (it holds the link, a secret) lives only in memory: a
//! message still waiting when the hub stops is marked lost, never kept.

use super::config::{SMTP_PASSWORD, Security, Smtp};
use super::state::State;
use crate::error::Error;
use crate::i18n::t;
use crate::render::safe::markup;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How often a message is tried before it is given up (and shown so).
pub(crate) const ATTEMPTS: u32 = 6;

/// A connection's settings to the mail server, and the sender.
pub(crate) struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
    /// The pause before the first retry; it doubles after each failure.
    pub retry: Duration,
}

impl Mailer {
    pub(crate) fn new(cfg: &Smtp) -> Result<Mailer, Error> {
        let failed = |reason: String| Error::HubUser(t!("hub-mail-setup", reason = reason));
        let builder = match cfg.security {
            Security::Starttls => {
                SmtpTransport::starttls_relay(&cfg.host).map_err(|e| failed(e.to_string()))?
            }
            Security::Tls => SmtpTransport::relay(&cfg.host).map_err(|e| failed(e.to_string()))?,
            Security::None => SmtpTransport::builder_dangerous(&cfg.host),
        };
        let mut builder = builder.timeout(Some(Duration::from_secs(20)));
        if let Some(port) = cfg.port {
            builder = builder.port(port);
        }
        if let Some(user) = &cfg.user {
            let password = std::env::var(SMTP_PASSWORD).unwrap_or_default();
            builder = builder.credentials(Credentials::new(user.clone(), password));
        }
        Ok(Mailer {
            transport: builder.build(),
            from: cfg
                .from
                .parse()
                .map_err(|_| Error::HubUser(t!("hub-config-from", from = cfg.from.as_str())))?,
            retry: Duration::from_secs(cfg.retry_seconds.unwrap_or(60)),
        })
    }

    /// The invitation (or, after a reset, the new link) for one person:
    /// plain text and HTML, in Dutch, the link and nothing else secret.
    pub(crate) fn invitation(
        &self,
        email: &str,
        name: &str,
        link: &str,
        reset: bool,
    ) -> Result<Message, String> {
        let (subject, intro) = if reset {
            (t!("hub-mail-reset-subject"), t!("hub-mail-reset-intro"))
        } else {
            (t!("hub-mail-invite-subject"), t!("hub-mail-invite-intro"))
        };
        self.notice(
            email,
            name,
            subject,
            &[intro],
            &t!("hub-mail-action"),
            link,
            &t!("hub-mail-unexpected"),
        )
    }

    /// A message to one person: a greeting, paragraphs, a link to act on
    /// and a closing line, as plain text and HTML.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn notice(
        &self,
        email: &str,
        name: &str,
        subject: String,
        paragraphs: &[String],
        action: &str,
        link: &str,
        closing: &str,
    ) -> Result<Message, String> {
        // A header line is one line: whatever a name holds, no control
        // character reaches it.
        let name: String = name.chars().filter(|c| !c.is_control()).collect();
        let to: Mailbox = email
            .trim()
            .parse::<lettre::Address>()
            .map(|a| Mailbox::new(Some(name.clone()), a))
            .map_err(|e| e.to_string())?;
        let greeting = t!("hub-mail-greeting", name = name.as_str());
        let sender = self.from.name.clone().unwrap_or_default();
        let body = paragraphs.join("\n\n");
        let text = format!("{greeting}\n\n{body}\n\n{action}\n{link}\n\n{closing}\n\n{sender}\n");
        let html_paragraphs: String = paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", markup(p)))
            .collect();
        let html = format!(
            "<!doctype html><html lang=\"nl\"><body><p>{}</p>{}<p>{}<br><a href=\"{}\">{}</a></p><p>{}</p><p>{}</p></body></html>",
            markup(&greeting),
            html_paragraphs,
            markup(action),
            markup(link),
            markup(link),
            markup(closing),
            markup(&sender),
        );
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .multipart(MultiPart::alternative_plain_html(text, html))
            .map_err(|e| e.to_string())
    }

    /// One attempt; the reason in the server's words where it fails.
    pub(crate) fn send(&self, message: &Message) -> Result<(), Failed> {
        self.transport
            .send(message)
            .map(|_| ())
            .map_err(|e| Failed {
                reason: e.to_string(),
                permanent: e.is_permanent(),
            })
    }
}

/// A send that failed: the server's words, and whether it refused for good
/// (a 5xx answer such as an unknown address: trying again changes nothing).
pub(crate) struct Failed {
    pub reason: String,
    pub permanent: bool,
}

/// A message waiting for its next attempt.
struct Job {
    id: i64,
    message: Message,
    attempts: u32,
    due: Instant,
}

/// The hub's messages to send: one thread works through them, so that no
/// request waits for the mail server.
pub(crate) struct Outbox {
    mailer: Arc<Mailer>,
    jobs: Mutex<Vec<Job>>,
    wake: Condvar,
    state: PathBuf,
}

impl Outbox {
    /// The outbox of a running hub, its worker started. Messages a
    /// previous run left waiting are marked lost (they were only in
    /// memory), so the beheerder sees they never went.
    pub(crate) fn start(mailer: Mailer, state_dir: PathBuf) -> Result<Arc<Outbox>, Error> {
        State::open(&state_dir)?.mail_lost()?;
        let outbox = Arc::new(Outbox {
            mailer: Arc::new(mailer),
            jobs: Mutex::new(Vec::new()),
            wake: Condvar::new(),
            state: state_dir,
        });
        let worker = outbox.clone();
        std::thread::Builder::new()
            .name("vsopro-mail".into())
            .spawn(move || worker.work())
            .map_err(|e| Error::Internal(e.to_string()))?;
        Ok(outbox)
    }

    /// An invitation to send (recorded at once as waiting).
    pub(crate) fn invitation(
        &self,
        st: &mut State,
        email: &str,
        name: &str,
        link: &str,
        reset: bool,
    ) -> Result<(), Error> {
        let kind = if reset { "reset" } else { "invitation" };
        let message = self.mailer.invitation(email, name, link, reset);
        self.queue(st, email, kind, message)
    }

    /// The mailer, to make a message to queue.
    pub(crate) fn mailer(&self) -> &Mailer {
        &self.mailer
    }

    /// A message to send, recorded at once as waiting under `kind`.
    pub(crate) fn queue(
        &self,
        st: &mut State,
        email: &str,
        kind: &str,
        message: Result<Message, String>,
    ) -> Result<(), Error> {
        let id = st.mail_queued(email, kind)?;
        match message {
            Ok(message) => {
                self.jobs
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(Job {
                        id,
                        message,
                        attempts: 0,
                        due: Instant::now(),
                    });
                self.wake.notify_one();
            }
            Err(reason) => st.mail_failed(id, 1, &reason, true)?,
        }
        Ok(())
    }

    fn work(&self) {
        let mut jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            let now = Instant::now();
            let Some(at) = jobs.iter().position(|j| j.due <= now) else {
                let wait = jobs
                    .iter()
                    .map(|j| j.due.saturating_duration_since(now))
                    .min()
                    .unwrap_or(Duration::from_secs(3600));
                jobs = self
                    .wake
                    .wait_timeout(jobs, wait)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
                continue;
            };
            let mut job = jobs.swap_remove(at);
            // The server is slow at times: nobody waits for it.
            drop(jobs);
            let result = self.mailer.send(&job.message);
            job.attempts += 1;
            // One message's failure is recorded and never stops the others.
            let again = matches!(&result, Err(f) if !f.permanent && job.attempts < ATTEMPTS);
            if let Ok(mut st) = State::open(&self.state) {
                let _ = match &result {
                    Ok(()) => st.mail_sent(job.id, job.attempts),
                    Err(f) => st.mail_failed(job.id, job.attempts, &f.reason, !again),
                };
            }
            jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
            if again {
                tracing::warn!(mail = job.id, attempts = job.attempts, "mail failed");
                job.due = Instant::now() + self.mailer.retry * 2u32.pow(job.attempts - 1);
                jobs.push(job);
            }
        }
    }
}

/// On the command line (no hub running): sent now, tried a few times with
/// a short pause, its fate recorded for the beheerder's page. `Err` with
/// the reason when it did not go.
pub(crate) fn send_now(
    mailer: &Mailer,
    st: &mut State,
    email: &str,
    name: &str,
    link: &str,
    reset: bool,
) -> Result<Result<(), String>, Error> {
    let kind = if reset { "reset" } else { "invitation" };
    let id = st.mail_queued(email, kind)?;
    let message = match mailer.invitation(email, name, link, reset) {
        Ok(m) => m,
        Err(reason) => {
            st.mail_failed(id, 1, &reason, true)?;
            return Ok(Err(reason));
        }
    };
    let mut attempts = 0;
    loop {
        attempts += 1;
        match mailer.send(&message) {
            Ok(()) => {
                st.mail_sent(id, attempts)?;
                return Ok(Ok(()));
            }
            Err(f) if f.permanent || attempts >= 3 => {
                st.mail_failed(id, attempts, &f.reason, true)?;
                return Ok(Err(f.reason));
            }
            Err(_) => std::thread::sleep(Duration::from_secs(attempts as u64)),
        }
    }
}
