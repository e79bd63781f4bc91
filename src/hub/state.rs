//! The hub's STATE: one SQLite database (WAL) with the accounts, their
//! regions, invitations, sessions, sign-in throttling and the audit log —
//! never domain data, which stays in the repository. Secrets (passwords,
//! invitation tokens, session ids) are stored only as hashes.

use crate::error::Error;
use crate::web::access::{Person, Role};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};

/// The database's file in STATE.
pub(crate) const DB_FILE: &str = "hub.sqlite";

/// The schema, one migration per version (PRAGMA user_version counts
/// those applied). A migration is never changed once shipped: a change is
/// a new one.
const MIGRATIONS: &[&str] = &[
    // 1: accounts, invitations, sessions, throttling, audit.
    "CREATE TABLE account (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        password TEXT,
        created INTEGER NOT NULL
    );
    CREATE TABLE account_region (
        account INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        region TEXT NOT NULL,
        PRIMARY KEY (account, region)
    );
    CREATE TABLE invitation (
        token_hash TEXT PRIMARY KEY,
        account INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        expires INTEGER NOT NULL
    );
    CREATE TABLE session (
        id_hash TEXT PRIMARY KEY,
        account INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created INTEGER NOT NULL,
        seen INTEGER NOT NULL
    );
    CREATE TABLE attempt (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last INTEGER NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        account INTEGER,
        email TEXT,
        kind TEXT NOT NULL,
        region TEXT,
        detail TEXT,
        commit_hash TEXT
    );
    CREATE INDEX audit_at ON audit(at);",
    // 2: the fate of each e-mail (never its text: it holds a link).
    "CREATE TABLE mail (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        kind TEXT NOT NULL,
        created INTEGER NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        updated INTEGER NOT NULL
    );",
    // 3: the institutions a directie account votes for (school ids or BRIN).
    "CREATE TABLE account_institution (
        account INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        institution TEXT NOT NULL,
        PRIMARY KEY (account, institution)
    );",
    // 4: a refusal repeated within the hour is one line with a count.
    "ALTER TABLE audit ADD COLUMN times INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX audit_kind ON audit(kind, at);",
];

/// The longest text the audit log keeps of a value (an e-mail address is
/// at most 254 characters; a detail is a line, not a document).
const AUDIT_VALUE: usize = 254;

/// The audit's kinds that are refusals: repeated within [`FOLD_SECONDS`],
/// one line with a count, never a flood that pushes people's actions out.
pub(crate) fn is_refusal(kind: &str) -> bool {
    kind.ends_with("-refused") || kind.ends_with("-failed") || kind.ends_with("-limited")
}

const FOLD_SECONDS: i64 = 3600;

/// A value as the audit log keeps it: at most [`AUDIT_VALUE`] characters,
/// no control character.
fn capped(value: Option<&str>) -> Option<String> {
    value.map(|v| {
        v.chars()
            .filter(|c| !c.is_control())
            .take(AUDIT_VALUE)
            .collect()
    })
}

/// How long an invitation link works.
pub(crate) const INVITATION_SECONDS: i64 = 14 * 24 * 3600;
/// A session ends after this long without a request…
pub(crate) const IDLE_SECONDS: i64 = 8 * 3600;
/// …and this long after sign-in, whatever happens.
pub(crate) const LIFETIME_SECONDS: i64 = 30 * 24 * 3600;

pub(crate) fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A random secret of 256 bits, as hex.
pub(crate) fn secret() -> Result<String, Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::Internal(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// How a secret is stored: its SHA-256.
pub(crate) fn hashed(secret: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn db(e: rusqlite::Error) -> Error {
    Error::Internal(format!("the hub's database: {e}"))
}

/// An account as `hub user list` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct AccountRow {
    pub email: String,
    pub name: String,
    pub role: &'static str,
    pub regions: Vec<String>,
    /// A directie's institutions (school ids or BRIN).
    pub institutions: Vec<String>,
    /// A password is set (the invitation was used).
    pub active: bool,
}

/// A row of `SELECT email, kind, created, status, attempts, last_error,
/// updated FROM mail`.
fn mail_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MailRow> {
    Ok(MailRow {
        email: r.get(0)?,
        kind: r.get(1)?,
        created: r.get(2)?,
        status: r.get(3)?,
        attempts: r.get(4)?,
        last_error: r.get(5)?,
        updated: r.get(6)?,
    })
}

/// A directie account, as the round's e-mails need it.
#[derive(Debug, Clone)]
pub(crate) struct Directie {
    pub email: String,
    pub name: String,
    pub regions: Vec<String>,
    pub institutions: Vec<String>,
}

/// One line of the audit log.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct AuditRow {
    pub at: i64,
    pub email: Option<String>,
    pub kind: String,
    pub region: Option<String>,
    pub detail: Option<String>,
    pub commit: Option<String>,
    /// How often it happened (a repeated refusal is one line).
    pub times: i64,
}

/// One e-mail as the beheerder's page shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct MailRow {
    pub email: String,
    /// `invitation` or `reset`.
    pub kind: String,
    pub created: i64,
    /// `waiting`, `sent`, `failed` (given up) or `lost` (the hub stopped).
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub updated: i64,
}

/// The open database of a STATE folder.
pub(crate) struct State {
    conn: Connection,
}

impl State {
    /// Opens (and, where new, makes) STATE's database, migrated to the
    /// current schema.
    pub(crate) fn open(state: &Path) -> Result<State, Error> {
        std::fs::create_dir_all(state).map_err(|source| Error::Write {
            path: state.to_path_buf(),
            source,
        })?;
        let conn = Connection::open(state.join(DB_FILE)).map_err(db)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(db)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(db)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(db)?;
        let mut s = State { conn };
        s.migrate()?;
        Ok(s)
    }

    fn migrate(&mut self) -> Result<(), Error> {
        let version: usize = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(db)?;
        if version > MIGRATIONS.len() {
            return Err(Error::Internal(format!(
                "the hub's database is of a newer vsopro (schema {version})"
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            let tx = self.conn.transaction().map_err(db)?;
            tx.execute_batch(sql).map_err(db)?;
            tx.pragma_update(None, "user_version", i + 1).map_err(db)?;
            tx.commit().map_err(db)?;
        }
        Ok(())
    }

    /// How many accounts are beheerder.
    pub(crate) fn beheerders(&self) -> Result<i64, Error> {
        self.conn
            .query_row(
                "SELECT count(*) FROM account WHERE role = ?1",
                [Role::Beheerder.as_str()],
                |r| r.get(0),
            )
            .map_err(db)
    }

    pub(crate) fn account_count(&self) -> Result<i64, Error> {
        self.conn
            .query_row("SELECT count(*) FROM account", [], |r| r.get(0))
            .map_err(db)
    }

    /// Adds an account; `None` when the address has one already.
    pub(crate) fn add_account(
        &mut self,
        email: &str,
        name: &str,
        role: Role,
        regions: &[String],
    ) -> Result<Option<i64>, Error> {
        let tx = self.conn.transaction().map_err(db)?;
        let added = tx
            .execute(
                "INSERT INTO account (email, name, role, created) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(email) DO NOTHING",
                params![email, name, role.as_str(), now()],
            )
            .map_err(db)?;
        if added == 0 {
            return Ok(None);
        }
        let id = tx.last_insert_rowid();
        for r in regions {
            tx.execute(
                "INSERT OR IGNORE INTO account_region (account, region) VALUES (?1, ?2)",
                params![id, r],
            )
            .map_err(db)?;
        }
        tx.commit().map_err(db)?;
        Ok(Some(id))
    }

    pub(crate) fn account_id(&self, email: &str) -> Result<Option<i64>, Error> {
        self.conn
            .query_row(
                "SELECT id FROM account WHERE email = ?1",
                [email.trim()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db)
    }

    pub(crate) fn person(&self, id: i64) -> Result<Option<Person>, Error> {
        let row = self
            .conn
            .query_row(
                "SELECT email, name, role FROM account WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()
            .map_err(db)?;
        let Some((email, name, role)) = row else {
            return Ok(None);
        };
        let Some(role) = Role::parse(&role) else {
            return Ok(None);
        };
        Ok(Some(Person {
            id,
            email,
            name,
            role,
            regions: self.regions(id)?,
            institutions: self.institutions(id)?,
            local: false,
        }))
    }

    fn institutions(&self, id: i64) -> Result<Vec<String>, Error> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT institution FROM account_institution WHERE account = ?1 ORDER BY institution",
            )
            .map_err(db)?;
        let rows = stmt
            .query_map([id], |r| r.get::<_, String>(0))
            .map_err(db)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(db)
    }

    /// Every directie account: (email, name, regions, institutions).
    pub(crate) fn directies(&self) -> Result<Vec<Directie>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, email, name FROM account WHERE role = 'directie' ORDER BY email")
            .map_err(db)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(db)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(db)?;
        rows.into_iter()
            .map(|(id, email, name)| {
                Ok(Directie {
                    email,
                    name,
                    regions: self.regions(id)?,
                    institutions: self.institutions(id)?,
                })
            })
            .collect()
    }

    /// The (address, kind) of every message of these kinds ever queued.
    pub(crate) fn mailed(&self, prefix: &str) -> Result<Vec<MailRow>, Error> {
        let mut st = self
            .conn
            .prepare(
                "SELECT email, kind, created, status, attempts, last_error, updated FROM mail
                 WHERE substr(kind, 1, length(?1)) = ?1 ORDER BY id",
            )
            .map_err(db)?;
        st.query_map([prefix], mail_row)
            .map_err(db)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(db)
    }

    /// The institutions a directie account votes for.
    pub(crate) fn set_institutions(
        &mut self,
        id: i64,
        institutions: &[String],
    ) -> Result<(), Error> {
        let tx = self.conn.transaction().map_err(db)?;
        tx.execute("DELETE FROM account_institution WHERE account = ?1", [id])
            .map_err(db)?;
        for i in institutions {
            tx.execute(
                "INSERT OR IGNORE INTO account_institution (account, institution) VALUES (?1, ?2)",
                params![id, i.trim()],
            )
            .map_err(db)?;
        }
        tx.commit().map_err(db)
    }

    fn regions(&self, id: i64) -> Result<Vec<String>, Error> {
        let mut st = self
            .conn
            .prepare("SELECT region FROM account_region WHERE account = ?1 ORDER BY region")
            .map_err(db)?;
        let rows = st
            .query_map([id], |r| r.get(0))
            .map_err(db)?
            .collect::<Result<Vec<String>, _>>()
            .map_err(db)?;
        Ok(rows)
    }

    pub(crate) fn accounts(&self) -> Result<Vec<AccountRow>, Error> {
        let mut st = self
            .conn
            .prepare(
                "SELECT id, email, name, role, password IS NOT NULL FROM account ORDER BY email",
            )
            .map_err(db)?;
        let rows: Vec<(i64, String, String, String, bool)> = st
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .map_err(db)?
            .collect::<Result<_, _>>()
            .map_err(db)?;
        rows.into_iter()
            .map(|(id, email, name, role, active)| {
                Ok(AccountRow {
                    email,
                    name,
                    role: Role::parse(&role).map_or("?", Role::as_str),
                    regions: self.regions(id)?,
                    institutions: self.institutions(id)?,
                    active,
                })
            })
            .collect()
    }

    /// A new address and name (the first beheerder's, from their
    /// invitation); an error when the address has an account already.
    pub(crate) fn rename(&mut self, id: i64, email: &str, name: &str) -> Result<(), Error> {
        self.conn
            .execute(
                "UPDATE account SET email = ?2, name = ?3 WHERE id = ?1",
                params![id, email, name],
            )
            .map_err(db)?;
        Ok(())
    }

    /// Removes an account with its sessions and invitations.
    pub(crate) fn remove_account(&mut self, id: i64) -> Result<(), Error> {
        self.conn
            .execute("DELETE FROM account WHERE id = ?1", [id])
            .map_err(db)?;
        Ok(())
    }

    /// A new role and regions for an account; its sessions end (what it
    /// may do changed).
    pub(crate) fn set_role(
        &mut self,
        id: i64,
        role: Role,
        regions: &[String],
    ) -> Result<(), Error> {
        let tx = self.conn.transaction().map_err(db)?;
        tx.execute(
            "UPDATE account SET role = ?2 WHERE id = ?1",
            params![id, role.as_str()],
        )
        .map_err(db)?;
        tx.execute("DELETE FROM account_region WHERE account = ?1", [id])
            .map_err(db)?;
        for r in regions {
            tx.execute(
                "INSERT OR IGNORE INTO account_region (account, region) VALUES (?1, ?2)",
                params![id, r],
            )
            .map_err(db)?;
        }
        tx.execute("DELETE FROM session WHERE account = ?1", [id])
            .map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(())
    }

    /// A new invitation for an account (its token, to put in a link); with
    /// `reset` the password, every session and every older invitation end.
    pub(crate) fn invite(&mut self, id: i64, reset: bool) -> Result<String, Error> {
        let token = secret()?;
        let tx = self.conn.transaction().map_err(db)?;
        if reset {
            tx.execute("UPDATE account SET password = NULL WHERE id = ?1", [id])
                .map_err(db)?;
            tx.execute("DELETE FROM session WHERE account = ?1", [id])
                .map_err(db)?;
        }
        tx.execute("DELETE FROM invitation WHERE account = ?1", [id])
            .map_err(db)?;
        tx.execute(
            "INSERT INTO invitation (token_hash, account, expires) VALUES (?1, ?2, ?3)",
            params![hashed(&token), id, now() + INVITATION_SECONDS],
        )
        .map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(token)
    }

    /// The account an invitation token is for, while it is valid.
    pub(crate) fn invitation(&self, token: &str) -> Result<Option<i64>, Error> {
        self.conn
            .query_row(
                "SELECT account FROM invitation WHERE token_hash = ?1 AND expires > ?2",
                params![hashed(token), now()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db)
    }

    /// Sets the password (its argon2id hash) with the invitation, which is
    /// used up; `false` when the invitation is no longer valid.
    pub(crate) fn accept(
        &mut self,
        token: &str,
        password_hash: &str,
    ) -> Result<Option<i64>, Error> {
        let tx = self.conn.transaction().map_err(db)?;
        let id: Option<i64> = tx
            .query_row(
                "DELETE FROM invitation WHERE token_hash = ?1 AND expires > ?2 RETURNING account",
                params![hashed(token), now()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db)?;
        if let Some(id) = id {
            tx.execute(
                "UPDATE account SET password = ?2 WHERE id = ?1",
                params![id, password_hash],
            )
            .map_err(db)?;
            tx.execute("DELETE FROM session WHERE account = ?1", [id])
                .map_err(db)?;
        }
        tx.commit().map_err(db)?;
        Ok(id)
    }

    /// The account and its password hash, by e-mail address.
    pub(crate) fn credentials(&self, email: &str) -> Result<Option<(i64, Option<String>)>, Error> {
        self.conn
            .query_row(
                "SELECT id, password FROM account WHERE email = ?1",
                [email.trim()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db)
    }

    /// The failures in a row of a throttling key (an account, an address).
    /// The failures a key has now: each is forgiven `decay` seconds after
    /// the one before it was (a leaky bucket), so a count never stays.
    fn effective(failures: i64, last: i64, now: i64, decay: i64) -> i64 {
        (failures - (now - last).max(0) / decay.max(1)).max(0)
    }

    /// One sign-in attempt, counted before its password is verified and in
    /// one transaction, so that guesses sent at once do not each get a try:
    /// `Ok(None)` where it may go ahead (counted as a failure until
    /// [`State::succeeded`] clears it), else how many seconds to wait.
    /// Each key is (key, limit); a key at its limit refuses.
    pub(crate) fn attempt(
        &mut self,
        keys: &[(&str, i64)],
        decay: i64,
    ) -> Result<Option<i64>, Error> {
        let tx = self.conn.transaction().map_err(db)?;
        let t = now();
        let mut wait = None;
        let mut counts = Vec::new();
        for (key, limit) in keys {
            let (failures, last): (i64, i64) = tx
                .query_row(
                    "SELECT failures, last FROM attempt WHERE key = ?1",
                    [key],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(db)?
                .unwrap_or((0, t));
            let now_failing = Self::effective(failures, last, t, decay);
            if now_failing >= *limit {
                // Until one failure is forgiven.
                let next = decay - (t - last).max(0) % decay.max(1);
                wait = Some(wait.map_or(next, |w: i64| w.max(next)));
            }
            counts.push((key, now_failing));
        }
        if wait.is_none() {
            for (key, now_failing) in counts {
                tx.execute(
                    "INSERT INTO attempt (key, failures, last) VALUES (?1, ?2, ?3)
                     ON CONFLICT(key) DO UPDATE SET failures = ?2, last = ?3",
                    params![key, now_failing + 1, t],
                )
                .map_err(db)?;
            }
        }
        tx.commit().map_err(db)?;
        Ok(wait)
    }

    /// The failures a key has now.
    pub(crate) fn failures(&self, key: &str, decay: i64) -> Result<i64, Error> {
        let row: Option<(i64, i64)> = self
            .conn
            .query_row(
                "SELECT failures, last FROM attempt WHERE key = ?1",
                [key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db)?;
        Ok(row.map_or(0, |(f, l)| Self::effective(f, l, now(), decay)))
    }

    /// Takes back the attempt [`State::attempt`] counted (one that was
    /// never made: the hub was busy).
    pub(crate) fn forgive(&mut self, key: &str) -> Result<(), Error> {
        self.conn
            .execute(
                "UPDATE attempt SET failures = max(failures - 1, 0) WHERE key = ?1",
                [key],
            )
            .map_err(db)?;
        Ok(())
    }

    pub(crate) fn succeeded(&mut self, key: &str) -> Result<(), Error> {
        self.conn
            .execute("DELETE FROM attempt WHERE key = ?1", [key])
            .map_err(db)?;
        Ok(())
    }

    /// A new session for an account: its id (for the cookie) and its CSRF
    /// token. Only the id's hash is stored.
    pub(crate) fn start_session(&mut self, account: i64) -> Result<(String, String), Error> {
        let (id, csrf) = (secret()?, secret()?);
        let t = now();
        self.conn
            .execute(
                "INSERT INTO session (id_hash, account, csrf, created, seen) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![hashed(&id), account, csrf, t],
            )
            .map_err(db)?;
        Ok((id, csrf))
    }

    /// The session's account and CSRF token while it is valid (and marks
    /// it seen); an expired one is removed.
    pub(crate) fn session(&mut self, id: &str) -> Result<Option<(i64, String)>, Error> {
        let t = now();
        let key = hashed(id);
        self.conn
            .execute(
                "DELETE FROM session WHERE id_hash = ?1 AND (seen < ?2 OR created < ?3)",
                params![key, t - IDLE_SECONDS, t - LIFETIME_SECONDS],
            )
            .map_err(db)?;
        self.conn
            .query_row(
                "UPDATE session SET seen = ?2 WHERE id_hash = ?1 RETURNING account, csrf",
                params![key, t],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db)
    }

    pub(crate) fn end_session(&mut self, id: &str) -> Result<(), Error> {
        self.conn
            .execute("DELETE FROM session WHERE id_hash = ?1", [hashed(id)])
            .map_err(db)?;
        Ok(())
    }

    /// A line in the audit log.
    pub(crate) fn audit(
        &mut self,
        person: Option<(i64, &str)>,
        kind: &str,
        region: Option<&str>,
        detail: Option<&str>,
        commit: Option<&str>,
    ) -> Result<(), Error> {
        let (email, region, detail, commit) = (
            capped(person.map(|p| p.1)),
            capped(region),
            capped(detail),
            capped(commit),
        );
        let kind: String = kind.chars().take(40).collect();
        let t = now();
        if is_refusal(&kind) {
            let folded = self
                .conn
                .execute(
                    "UPDATE audit SET times = times + 1, at = ?1 WHERE id = (
                        SELECT id FROM audit WHERE kind = ?2 AND coalesce(detail, '') = coalesce(?3, '')
                        AND coalesce(email, '') = coalesce(?4, '') AND at >= ?5
                        ORDER BY id DESC LIMIT 1)",
                    params![t, kind, detail, email, t - FOLD_SECONDS],
                )
                .map_err(db)?;
            if folded > 0 {
                return Ok(());
            }
        }
        self.conn
            .execute(
                "INSERT INTO audit (at, account, email, kind, region, detail, commit_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![t, person.map(|p| p.0), email, kind, region, detail, commit],
            )
            .map_err(db)?;
        Ok(())
    }

    /// The audit log, newest first.
    pub(crate) fn audit_log(&self, limit: i64) -> Result<Vec<AuditRow>, Error> {
        self.audit_where(limit, None, "", "")
    }

    /// The newest lines of the audit log: people's actions only
    /// (`Some(false)`), refusals only (`Some(true)`) or all, of a person
    /// and a region where given.
    pub(crate) fn audit_where(
        &self,
        limit: i64,
        refusals: Option<bool>,
        email: &str,
        region: &str,
    ) -> Result<Vec<AuditRow>, Error> {
        let refusal_sql =
            "(kind LIKE '%-refused' OR kind LIKE '%-failed' OR kind LIKE '%-limited')";
        let which = match refusals {
            None => "1".to_string(),
            Some(true) => refusal_sql.to_string(),
            Some(false) => format!("NOT {refusal_sql}"),
        };
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT at, email, kind, region, detail, commit_hash, times FROM audit
                 WHERE {which} AND (?2 = '' OR email = ?2 COLLATE NOCASE) AND (?3 = '' OR region = ?3)
                 ORDER BY at DESC, id DESC LIMIT ?1"
            ))
            .map_err(db)?;
        st.query_map(params![limit, email, region], |r| {
            Ok(AuditRow {
                at: r.get(0)?,
                email: r.get(1)?,
                kind: r.get(2)?,
                region: r.get(3)?,
                detail: r.get(4)?,
                commit: r.get(5)?,
                times: r.get(6)?,
            })
        })
        .map_err(db)?
        .collect::<Result<_, _>>()
        .map_err(db)
    }

    /// A message about to be sent: its id.
    pub(crate) fn mail_queued(&mut self, email: &str, kind: &str) -> Result<i64, Error> {
        let t = now();
        self.conn
            .execute(
                "INSERT INTO mail (email, kind, created, status, updated)
                 VALUES (?1, ?2, ?3, 'waiting', ?3)",
                params![email, kind, t],
            )
            .map_err(db)?;
        Ok(self.conn.last_insert_rowid())
    }

    pub(crate) fn mail_sent(&mut self, id: i64, attempts: u32) -> Result<(), Error> {
        self.conn
            .execute(
                "UPDATE mail SET status = 'sent', attempts = ?2, updated = ?3 WHERE id = ?1",
                params![id, attempts, now()],
            )
            .map_err(db)?;
        Ok(())
    }

    /// A failed attempt; `last` when no attempt follows.
    pub(crate) fn mail_failed(
        &mut self,
        id: i64,
        attempts: u32,
        reason: &str,
        last: bool,
    ) -> Result<(), Error> {
        let status = if last { "failed" } else { "waiting" };
        self.conn
            .execute(
                "UPDATE mail SET status = ?2, attempts = ?3, last_error = ?4, updated = ?5
                 WHERE id = ?1",
                params![id, status, attempts, reason, now()],
            )
            .map_err(db)?;
        Ok(())
    }

    /// Messages a previous run left waiting: they are gone with it.
    pub(crate) fn mail_lost(&mut self) -> Result<(), Error> {
        self.conn
            .execute(
                "UPDATE mail SET status = 'lost', updated = ?1 WHERE status = 'waiting'",
                params![now()],
            )
            .map_err(db)?;
        Ok(())
    }

    /// The latest messages, newest first.
    pub(crate) fn mails(&self, limit: i64) -> Result<Vec<MailRow>, Error> {
        let mut st = self
            .conn
            .prepare(
                "SELECT email, kind, created, status, attempts, last_error, updated FROM mail
                 ORDER BY id DESC LIMIT ?1",
            )
            .map_err(db)?;
        st.query_map([limit], mail_row)
            .map_err(db)?
            .collect::<Result<_, _>>()
            .map_err(db)
    }

    /// A consistent copy of the database at `to` while the hub may be
    /// writing (SQLite's online backup).
    pub(crate) fn backup(&self, to: &Path) -> Result<PathBuf, Error> {
        let mut dest = Connection::open(to).map_err(db)?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest).map_err(db)?;
        backup
            .run_to_completion(64, std::time::Duration::from_millis(10), None)
            .map_err(db)?;
        Ok(to.to_path_buf())
    }
}
