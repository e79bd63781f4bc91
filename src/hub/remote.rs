//! The hub and the national repository on the forge (`[remote]` in
//! STATE/hub.toml): one worker thread keeps them in step, so that no edit
//! waits for the network. After each commit, on a schedule, and when the
//! forge calls the webhook, it fetches; new remote commits are taken in
//! (fast-forward, or the hub's unpushed commits rebased on top) under the
//! data's lock; then what the hub has that the forge has not is pushed.
//!
//! Nothing is lost: a rebase that conflicts is aborted, the hub's commits
//! are kept on `vsopro/conflict/<date>-<hash>` and the hub follows the
//! forge (shown on the beheerder's page); a forge whose branch no longer
//! holds what the hub pushed (a forced push) stops the pushing and is said;
//! a failed fetch or push is tried again after a doubling pause. Never a
//! merge conflict marker in a file, never a forced push.

use super::config::RemoteConfig;
use crate::lock::DataLock;
use crate::usecases::sync::{cmd, ok, out, said};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// What the beheerder's page shows of the remote.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Status {
    pub remote: String,
    pub branch: String,
    /// `JJJJ-MM-DD UU:MM` and what happened, of the last fetch and push.
    pub fetched: Option<(String, String)>,
    pub pushed: Option<(String, String)>,
    /// Commits the forge does not have yet.
    pub waiting: usize,
    /// Branches where the hub's commits wait after a conflict.
    pub conflicts: Vec<String>,
    /// The last failure, in Dutch.
    pub error: Option<String>,
    /// Pushing stopped: the forge's branch lost what the hub pushed.
    pub stopped: bool,
    /// Errors `check` found in the data after the last take-in from the
    /// forge.
    pub errors: Option<usize>,
    /// What the forge has that the hub does not take in (a symbolic link,
    /// a file too large, a path it will not write), in words.
    pub held: Option<String>,
}

pub(crate) struct Remote {
    root: PathBuf,
    /// The day of a check of what came in (`--today`, or the clock's).
    clock: crate::usecases::Clock,
    config: RemoteConfig,
    every: Duration,
    retry: Duration,
    poked: Mutex<bool>,
    wake: Condvar,
    status: Mutex<Status>,
    /// The last commit the hub pushed (a forced push on the forge loses it).
    pushed: Mutex<Option<String>>,
    /// The webhook deliveries taken (their ids, the newest last): a signed
    /// call is taken once, never replayed.
    deliveries: Mutex<std::collections::VecDeque<String>>,
}

/// How many delivery ids the hub remembers.
const DELIVERIES: usize = 1000;

fn stamp() -> String {
    chrono::Local::now().format("%Y-%m-%d %H:%M").to_string()
}

impl Remote {
    /// The worker, started; its first round pushes what an earlier run
    /// left.
    pub(crate) fn start(
        root: PathBuf,
        config: RemoteConfig,
        clock: crate::usecases::Clock,
    ) -> Arc<Remote> {
        let remote = Arc::new(Remote {
            clock,
            every: Duration::from_secs(config.fetch_seconds.unwrap_or(60).max(1)),
            retry: Duration::from_secs(config.retry_seconds.unwrap_or(30).max(1)),
            status: Mutex::new(Status {
                remote: config.name.clone(),
                branch: config.branch.clone(),
                ..Status::default()
            }),
            root,
            config,
            poked: Mutex::new(true),
            wake: Condvar::new(),
            pushed: Mutex::new(None),
            deliveries: Mutex::new(std::collections::VecDeque::new()),
        });
        let worker = remote.clone();
        let _ = std::thread::Builder::new()
            .name("vsopro-remote".into())
            .spawn(move || worker.work());
        remote
    }

    /// Something changed (a commit, the webhook): a round soon.
    pub(crate) fn poke(&self) {
        *self.poked.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.wake.notify_one();
    }

    pub(crate) fn status(&self) -> Status {
        let mut s = self
            .status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        s.conflicts = out(
            &self.root,
            &[
                "branch",
                "--list",
                "--format=%(refname:short)",
                "vsopro/conflict/*",
            ],
        )
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default();
        s
    }

    fn set(&self, f: impl FnOnce(&mut Status)) {
        f(&mut self.status.lock().unwrap_or_else(|e| e.into_inner()));
    }

    fn work(&self) {
        let mut failures = 0u32;
        loop {
            let pause = if failures == 0 {
                self.every
            } else {
                (self.retry * 2u32.saturating_pow(failures - 1)).min(Duration::from_secs(3600))
            };
            let until = Instant::now() + pause;
            let mut poked = self.poked.lock().unwrap_or_else(|e| e.into_inner());
            while !*poked && Instant::now() < until {
                let left = until.saturating_duration_since(Instant::now());
                poked = self
                    .wake
                    .wait_timeout(poked, left)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
            *poked = false;
            drop(poked);
            match self.round() {
                Ok(again) => {
                    failures = 0;
                    self.set(|s| s.error = None);
                    if again {
                        self.poke();
                    }
                }
                Err(reason) => {
                    failures += 1;
                    tracing::warn!(failures, "remote: {reason}");
                    self.set(|s| s.error = Some(reason));
                }
            }
        }
    }

    /// One round: fetch, take in, push. `Ok(true)`: the forge moved during
    /// the push, another round at once.
    fn round(&self) -> Result<bool, String> {
        let root = &self.root;
        let (name, branch) = (&self.config.name, &self.config.branch);
        let tracking = format!("refs/remotes/{name}/{branch}");
        // The network without the lock: a fetch writes only the remote's
        // refs and objects, never the work tree.
        let mut c = cmd(root);
        c.args([
            "fetch",
            "--quiet",
            name,
            &format!("+refs/heads/{branch}:{tracking}"),
        ]);
        let count = |range: String| -> usize {
            out(root, &["rev-list", "--count", &range])
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        let fetched = crate::git::run(c).map_err(|e| e.describe().1)?;
        if !fetched.status.success() && crate::usecases::sync::remote_is_empty(&fetched) {
            // A new, empty repository on the forge: the hub's history is
            // its first push.
            let head = out(root, &["rev-parse", "HEAD"]).map_err(|e| e.describe().1)?;
            self.set(|s| {
                s.fetched = Some((stamp(), crate::i18n::t!("hub-remote-fetched-nothing")))
            });
            return self.push(&head, count("HEAD".into()));
        }
        if !fetched.status.success() {
            let why = crate::i18n::t!(
                "hub-remote-fetch-failed",
                remote = name.as_str(),
                reason = said(&fetched)
            );
            // What waits, as far as the last fetch knew the forge.
            let waiting = count(format!("{tracking}..HEAD"));
            self.set(|s| {
                s.fetched = Some((stamp(), why.clone()));
                s.waiting = waiting;
            });
            return Err(why);
        }
        // A forced push on the forge: what the hub pushed is gone there.
        if let Some(last) = self
            .pushed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            && !ok(root, &["merge-base", "--is-ancestor", &last, &tracking]).unwrap_or(false)
        {
            let why = crate::i18n::t!("hub-remote-rewritten", branch = branch.as_str());
            self.set(|s| {
                s.stopped = true;
                s.fetched = Some((stamp(), why.clone()));
            });
            return Err(why);
        }
        let head = {
            // The work tree changes only under the lock: no edit between.
            let _lock = DataLock::acquire(root).map_err(|e| e.describe().1)?;
            crate::git::recover_locks(root, false);
            let received = count(format!("HEAD..{tracking}"));
            let ahead = count(format!("{tracking}..HEAD"));
            let base =
                |tracking: &str| out(root, &["merge-base", "HEAD", tracking]).unwrap_or_default();
            // What would enter the work tree is looked at first: a symbolic
            // link, a file too large or a path vsopro will not write stays
            // out, and so does everything else of the forge's until it is
            // put right there. The hub's own edits go on, kept here.
            let from = Some(base(&tracking))
                .filter(|b| !b.is_empty())
                .unwrap_or_else(|| "HEAD".into());
            let held = match received {
                0 => None,
                _ => crate::usecases::sync::held_back(root, &from, &tracking)
                    .map_err(|e| e.describe().1)?,
            };
            if let Some(h) = held {
                let why = crate::i18n::t!(
                    "hub-remote-held",
                    remote = name.as_str(),
                    path = h.path.as_str(),
                    commit = h.commit.as_str(),
                    why = h.why.as_str()
                );
                tracing::warn!(
                    path = h.path.as_str(),
                    commit = h.commit.as_str(),
                    "remote: held back"
                );
                let waiting = ahead;
                self.set(|s| {
                    s.held = Some(why);
                    s.fetched = Some((stamp(), crate::i18n::t!("hub-remote-fetched-held")));
                    s.waiting = waiting;
                });
                // Not a failure to retry at once: looked at again at each
                // round, until the forge has put it right.
                return Ok(false);
            }
            self.set(|s| s.held = None);
            let taken = if received == 0 {
                crate::i18n::t!("hub-remote-fetched-nothing")
            } else if ahead == 0 {
                if !ok(root, &["merge", "--ff-only", "--quiet", &tracking]).unwrap_or(false) {
                    return Err(crate::i18n::t!("sync-update-failed"));
                }
                crate::i18n::t!("hub-remote-fetched", count = received)
            } else if !crate::usecases::sync::same_record(root, &base(&tracking), &tracking, "HEAD")
                && ok(root, &["rebase", "--quiet", &tracking]).unwrap_or(false)
            {
                crate::i18n::t!("hub-remote-rebased", count = received, ahead = ahead)
            } else {
                let _ = ok(root, &["rebase", "--abort"]);
                let short = out(root, &["rev-parse", "--short", "HEAD"]).unwrap_or_default();
                let today = self.clock.today();
                let region =
                    crate::usecases::sync::region_of(root, &format!("{}..HEAD", base(&tracking)));
                let kept = format!("vsopro/conflict/{today}-{region}-{short}");
                out(root, &["branch", "--force", &kept, "HEAD"]).map_err(|e| e.describe().1)?;
                out(root, &["reset", "--quiet", "--hard", &tracking])
                    .map_err(|e| e.describe().1)?;
                tracing::warn!(branch = kept.as_str(), "remote: conflict");
                crate::i18n::t!("hub-remote-conflict", branch = kept.as_str())
            };
            self.set(|s| s.fetched = Some((stamp(), taken)));
            (
                out(root, &["rev-parse", "HEAD"]).map_err(|e| e.describe().1)?,
                received > 0,
            )
        };
        let (head, took_in) = head;
        if took_in {
            // What came in is checked as `vsopro check` would: said on the
            // beheerder's page (the pages show each problem).
            let today = self.clock.today();
            let errors = crate::usecases::Workspace::new(root, today)
                .check(&[], &[])
                .map(|c| c.counts().errors)
                .ok();
            self.set(|s| s.errors = errors);
        }
        let ahead = count(format!("{tracking}..{head}"));
        self.push(&head, ahead)
    }

    /// Pushes `head` (`ahead` commits the forge lacks). `Ok(true)`: the
    /// forge moved meanwhile, or more is waiting: another round at once.
    fn push(&self, head: &str, ahead: usize) -> Result<bool, String> {
        let root = &self.root;
        let (name, branch) = (&self.config.name, &self.config.branch);
        let tracking = format!("refs/remotes/{name}/{branch}");
        let count = |range: String| -> usize {
            out(root, &["rev-list", "--count", &range])
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        self.set(|s| s.waiting = ahead);
        if ahead == 0 || self.status.lock().is_ok_and(|s| s.stopped) {
            return Ok(false);
        }
        let mut c = cmd(root);
        c.args([
            "push",
            "--quiet",
            name,
            &format!("{head}:refs/heads/{branch}"),
        ]);
        let pushed = crate::git::run(c).map_err(|e| e.describe().1)?;
        if pushed.status.success() {
            let _ = ok(root, &["update-ref", &tracking, head]);
            *self.pushed.lock().unwrap_or_else(|e| e.into_inner()) = Some(head.to_string());
            let said = crate::i18n::t!("hub-remote-pushed", count = ahead);
            self.set(|s| {
                s.pushed = Some((stamp(), said));
                s.waiting = count(format!("{tracking}..HEAD"));
            });
            return Ok(self.status.lock().map(|s| s.waiting).unwrap_or(0) > 0);
        }
        let why = said(&pushed);
        if String::from_utf8_lossy(&pushed.stderr).contains("[rejected]") {
            // The forge moved since the fetch: take it in first.
            return Ok(true);
        }
        let why = crate::i18n::t!(
            "hub-remote-push-failed",
            remote = name.as_str(),
            reason = why.as_str()
        );
        self.set(|s| s.pushed = Some((stamp(), why.clone())));
        Err(why)
    }
}

/// `POST /hooks/git`: the forge says its branch moved. Believed only with
/// the shared secret's signature; anything else is refused and logged.
pub(super) fn webhook(hub: &super::Hub, r: &super::Request) -> crate::web::Reply {
    let secret = std::env::var(super::config::WEBHOOK_SECRET).unwrap_or_default();
    let Some(remote) = hub.remote.as_ref().filter(|_| !secret.is_empty()) else {
        return crate::web::refused(404, crate::i18n::t!("serve-not-found"));
    };
    if r.method != axum::http::Method::POST {
        return crate::web::refused(405, crate::i18n::t!("serve-refused-method"));
    }
    if !signed(&secret, &r.body, &r.headers) {
        tracing::warn!(client = %r.client, "webhook refused: no valid signature");
        let _ = hub.state().audit(
            None,
            "webhook-refused",
            None,
            Some(&r.client.to_string()),
            None,
        );
        return crate::web::refused(401, crate::i18n::t!("hub-webhook-refused"));
    }
    // The forge's id of this delivery, where it sends one: each taken once.
    let delivery = [
        "x-github-delivery",
        "x-forgejo-delivery",
        "x-gitea-delivery",
        "x-gitlab-event-uuid",
    ]
    .iter()
    .find_map(|h| r.header(h))
    .map(|d| d.chars().take(100).collect::<String>());
    if let Some(id) = delivery {
        let mut seen = remote.deliveries.lock().unwrap_or_else(|e| e.into_inner());
        if seen.contains(&id) {
            drop(seen);
            let _ = hub.state().audit(
                None,
                "webhook-replay-refused",
                None,
                Some(&r.client.to_string()),
                None,
            );
            return crate::web::refused(409, crate::i18n::t!("hub-webhook-replayed"));
        }
        seen.push_back(id);
        if seen.len() > DELIVERIES {
            seen.pop_front();
        }
    }
    remote.poke();
    crate::web::reply(
        202,
        "text/plain; charset=utf-8",
        crate::i18n::t!("hub-webhook-accepted"),
    )
}

/// The forge's webhook signature (HMAC-SHA256 over the body, hex, as
/// GitHub sends it in `X-Hub-Signature-256: sha256=…` and Forgejo in
/// `X-Forgejo-Signature`), compared in constant time.
pub(crate) fn signed(secret: &str, body: &[u8], headers: &axum::http::HeaderMap) -> bool {
    use hmac::{KeyInit, Mac};
    let given = [
        "x-hub-signature-256",
        "x-forgejo-signature",
        "x-gitea-signature",
    ]
    .iter()
    .find_map(|h| headers.get(*h).and_then(|v| v.to_str().ok()))
    .map(|v| v.trim().trim_start_matches("sha256=").to_string());
    let Some(bytes) = given.and_then(|hex| decode_hex(&hex)) else {
        return false;
    };
    let Ok(mut mac) = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&bytes).is_ok()
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_webhook_is_believed_only_with_the_right_signature() {
        use hmac::{KeyInit, Mac};
        let body = br#"{"ref":"refs/heads/main"}"#;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(b"geheim").unwrap();
        mac.update(body);
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let mut h = axum::http::HeaderMap::new();
        h.insert(
            "x-hub-signature-256",
            format!("sha256={hex}").parse().unwrap(),
        );
        assert!(signed("geheim", body, &h));
        assert!(!signed("ander geheim", body, &h));
        assert!(!signed("geheim", b"{}", &h));
        let mut f = axum::http::HeaderMap::new();
        f.insert("x-forgejo-signature", hex.parse().unwrap());
        assert!(signed("geheim", body, &f));
        assert!(!signed("geheim", body, &axum::http::HeaderMap::new()));
        let mut bad = axum::http::HeaderMap::new();
        bad.insert("x-hub-signature-256", "sha256=zz".parse().unwrap());
        assert!(!signed("geheim", body, &bad));
    }
}
