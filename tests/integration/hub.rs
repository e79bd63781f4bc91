//! `vsopro hub`: the shared server, over real HTTP, on the example data in
//! a real git repository (`data/`) with its database in `state/` beside
//! it. People are invited with `vsopro hub user add`, set their password
//! through the invitation page, sign in, and edit; every route is decided
//! by their role; every edit is a commit by them.

use crate::common::*;
use crate::web::{Client, Reply, Server, hidden};

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WHEN: &str = "2026-09-01T10:00:00+02:00";
const PASSWORD: &str = "paard batterij nietje";
const ACTIONS: &str = "data/regions/midden-holland/actions.toml";

/// The examples as the national repository, in `data/`.
fn network() -> Sandbox {
    let root = Sandbox::new();
    copy_tree(&examples(), &root.join("data"));
    // A second region, to be out of a coordinator's reach.
    copy_tree(
        &fixtures().join("base/regions/gorinchem"),
        &root.join("data/regions/gorinchem"),
    );
    root.git("data", &["init", "-q"], WHEN);
    root.git("data", &["add", "-A"], WHEN);
    root.git("data", &["commit", "-qm", "Gegevens"], WHEN);
    root
}

/// `vsopro ARGS` in the sandbox, in Dutch; the arguments name the data.
fn vsopro(root: &Sandbox, args: &[&str]) -> std::process::Output {
    root.cmd(args).lang(Some("nl")).no_root().run().0
}

/// The network with Anna invited as coordinator of Midden-Holland: the
/// invitation's token.
fn anna() -> (Sandbox, String) {
    let root = network();
    let token = invite(
        &root,
        "a@example.org",
        "Anna",
        "coordinator",
        &["midden-holland"],
    );
    (root, token)
}

/// `hub user add …`: the invitation's token.
fn invite(root: &Sandbox, email: &str, name: &str, role: &str, regions: &[&str]) -> String {
    let mut args = vec!["hub", "user", "add", email, "--name", name, "--role", role];
    for r in regions {
        args.extend(["--region", r]);
    }
    args.extend(["--state", "state"]);
    let out = vsopro(root, &args);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text.split("/uitnodiging/")
        .nth(1)
        .expect("a link")
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

/// The hub as the tests start it: a real `vsopro hub` on port 0.
type Hub = Server;

fn start(root: &Sandbox) -> Hub {
    start_with(root, &[])
}

fn start_with(root: &Sandbox, env: &[(&str, &str)]) -> Hub {
    start_hub(root, env, &[])
}

/// The hub with these environment variables and arguments.
fn start_hub(root: &Sandbox, env: &[(&str, &str)], extra: &[&str]) -> Hub {
    let data = root.join("data");
    let state = root.join("state");
    let mut args = vec![
        "--root",
        data.to_str().unwrap(),
        "hub",
        "--port",
        "0",
        "--state",
        state.to_str().unwrap(),
    ];
    args.extend(extra);
    let mut cmd = root
        .cmd(&args)
        .lang(Some("nl"))
        .no_root()
        .env("GIT_COMMITTER_NAME", "vsopro hub")
        .env("GIT_COMMITTER_EMAIL", "hub@example.org");
    for (k, v) in env {
        cmd = cmd.env(k, v);
    }
    Server::spawn(cmd.command())
}

/// A browser of the hub.
type Browser = Client;

impl Browser {
    fn new(hub: &Hub) -> Browser {
        hub.client()
    }

    fn hidden(page: &str, name: &str) -> String {
        hidden(page, name)
    }

    /// A browser of the person the invitation is for, signed in.
    fn signed_in(hub: &Hub, token: &str) -> Browser {
        let mut b = Browser::new(hub);
        assert_eq!(b.accept(token).status, 303);
        b
    }

    /// Opens an invitation and sets the password: signed in.
    fn accept(&mut self, token: &str) -> Reply {
        let page = self.get(&format!("/uitnodiging/{token}"));
        assert_eq!(page.status, 200, "{}", page.body);
        let pre = Browser::hidden(&page.body, "pre");
        self.post(
            &format!("/uitnodiging/{token}"),
            &[
                ("pre", &pre),
                ("password", PASSWORD),
                ("password2", PASSWORD),
            ],
        )
    }

    /// Signs in; "busy, try again" (503, when the verifiers are all at
    /// work on a machine loaded with other tests) is tried again, as a
    /// person would.
    fn sign_in(&mut self, email: &str, password: &str) -> Reply {
        for _ in 0..5 {
            let r = self.sign_in_once(email, password);
            if r.status != 503 {
                return r;
            }
            std::thread::sleep(Duration::from_millis(300));
        }
        panic!("the hub stayed busy");
    }

    /// One sign-in, whatever the hub answers (503 included).
    fn sign_in_once(&mut self, email: &str, password: &str) -> Reply {
        let page = self.get("/aanmelden");
        let pre = Browser::hidden(&page.body, "pre");
        self.post(
            "/aanmelden",
            &[
                ("pre", &pre),
                ("email", email),
                ("password", password),
                ("next", "/"),
            ],
        )
    }
}

/// The status form of an action on its region's page: (csrf, hash).
fn status_form(page: &str, action: &str) -> (String, String) {
    let at = page
        .find(&format!("actie/{action}/status\""))
        .unwrap_or_else(|| panic!("no status form of {action}"));
    let form = &page[at..];
    (Browser::hidden(form, "csrf"), Browser::hidden(form, "hash"))
}

#[test]
fn the_hub_refuses_data_that_is_no_repository_and_state_inside_it() {
    let root = Sandbox::examples();
    let out = vsopro(&root, &["--root", ".", "hub", "--state", "/tmp/elders"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("geen git-werkmap"));
    let root = network();
    let out = vsopro(&root, &["--root", "data", "hub", "--state", "data/state"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ligt in de datamap"));
    assert!(!root.join("data/state").exists());
}

#[test]
fn an_invited_coordinator_edits_their_region_and_the_commit_is_theirs() {
    let root = network();
    let token = invite(
        &root,
        "a.jansen@example.org",
        "Anna Jansen",
        "coordinator",
        &["midden-holland"],
    );
    let hub = start(&root);
    let mut b = Browser::new(&hub);
    // Not signed in: to the sign-in page, the page kept as `next`.
    let r = b.get("/regio/midden-holland.html");
    assert_eq!(r.status, 303);
    assert_eq!(
        r.header("location").unwrap(),
        "/aanmelden?next=%2Fregio%2Fmidden-holland.html"
    );
    let r = b.accept(&token);
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        r.header("set-cookie")
            .unwrap()
            .contains("HttpOnly; SameSite=Lax")
    );
    // The invitation is used up.
    assert_eq!(
        Browser::new(&hub)
            .get(&format!("/uitnodiging/{token}"))
            .status,
        404
    );

    let page = b.get("/regio/midden-holland.html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Anna Jansen (coördinator)"));
    let (csrf, hash) = status_form(&page.body, "stagebank-techniek");
    let r = b.post(
        "/regio/midden-holland/actie/stagebank-techniek/status",
        &[("csrf", &csrf), ("hash", &hash), ("status", "done")],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get("/regio/midden-holland.html");
    assert!(page.body.contains("vastgelegd"), "{}", page.body);
    let log = root.git("data", &["log", "-1", "--format=%an <%ae>|%cn|%s"], WHEN);
    assert_eq!(
        log.trim(),
        "Anna Jansen <a.jansen@example.org>|vsopro hub|Actie 'Gezamenlijke stagebank techniek met het…' afgerond"
    );

    // Another region's records: not by any address, and nothing written.
    let before = root.files("data/regions");
    let other = b.get("/regio/gorinchem.html");
    assert_eq!(other.status, 200, "a coordinator reads every region");
    assert!(
        !other.body.contains("class=\"status-form\""),
        "but edits none there"
    );
    for path in [
        "/regio/gorinchem/nieuw/actie",
        "/regio/gorinchem/netwerkcoordinator",
        "/regio/gorinchem/uitstroom",
    ] {
        assert_eq!(b.get(path).status, 403, "{path}");
    }
    for path in [
        "/regio/gorinchem/actie/x/status",
        "/regio/gorinchem/overleg",
        "/regio/gorinchem/accordering",
        "/regio/gorinchem/nieuw/actie",
    ] {
        let r = b.post(
            path,
            &[
                ("csrf", &csrf),
                ("hash", "x"),
                ("status", "done"),
                ("title", "x"),
            ],
        );
        assert_eq!(r.status, 403, "{path}");
    }
    assert_eq!(root.files("data/regions"), before);

    // The audit log has the sign-in and the edit with its commit.
    let out = vsopro(
        &root,
        &["hub", "audit", "--state", "state", "--format", "csv"],
    );
    let audit = String::from_utf8_lossy(&out.stdout);
    assert!(
        audit.contains("a.jansen@example.org,edit,midden-holland,action-status,"),
        "{audit}"
    );
    assert!(audit.contains("account-activated"), "{audit}");

    // Signing out ends the session on the server: the old cookie is dead.
    let old = b.cookies.clone();
    let page = b.get("/regio/midden-holland.html");
    let csrf = Browser::hidden(&page.body, "csrf");
    let r = b.post("/afmelden", &[("csrf", &csrf)]);
    assert_eq!(r.status, 303);
    let mut replay = Browser::new(&hub);
    replay.cookies = old;
    assert_eq!(replay.get("/regio/midden-holland.html").status, 303);
}

#[test]
fn a_lezer_reads_everything_and_sees_no_form() {
    let root = network();
    let token = invite(&root, "lezer@example.org", "Lea Lezer", "lezer", &[]);
    let hub = start(&root);
    let mut b = Browser::signed_in(&hub, &token);
    for path in ["/", "/regio/midden-holland.html", "/problemen.html"] {
        let page = b.get(path);
        assert_eq!(page.status, 200, "{path}");
        // The sign-out form is the only form.
        assert_eq!(page.body.matches("<form").count(), 1, "{path}");
    }
    let before = root.files("data/regions");
    assert_eq!(b.get("/regio/midden-holland/nieuw/actie").status, 403);
    let csrf = Browser::hidden(&b.get("/").body, "csrf");
    let r = b.post(
        "/regio/midden-holland/actie/stagebank-techniek/status",
        &[("csrf", &csrf), ("hash", "x"), ("status", "done")],
    );
    assert_eq!(r.status, 403);
    assert_eq!(root.files("data/regions"), before);
}

#[test]
fn a_directie_reads_its_own_region_only() {
    let root = network();
    let token = invite(
        &root,
        "d@example.org",
        "Dirk Directeur",
        "directie",
        &["midden-holland"],
    );
    let hub = start(&root);
    let mut b = Browser::signed_in(&hub, &token);
    let page = b.get("/regio/midden-holland.html");
    assert_eq!(page.status, 200);
    // The good practice is named, not linked: its page is the network's.
    assert!(
        page.body
            .contains("<span class=\"example\">goed voorbeeld</span>")
    );
    assert!(!page.body.contains("voorbeelden&#x2f;") && !page.body.contains("voorbeelden/"));
    assert_eq!(b.get("/regio/gorinchem.html").status, 403);
    assert_eq!(b.get("/index.html").status, 403);
    // Home is their region (with institutions to vote for, its round).
    let home = b.get("/");
    assert_eq!(home.status, 303);
    assert_eq!(home.header("location"), Some("/regio/midden-holland.html"));
}

#[test]
fn each_person_starts_where_their_work_is() {
    let root = network();
    let people = [
        (
            "c@example.org",
            "coordinator",
            vec!["midden-holland"],
            "/regio/midden-holland.html",
        ),
        (
            "cc@example.org",
            "coordinator",
            vec!["midden-holland", "gorinchem"],
            "/",
        ),
        (
            "s@example.org",
            "stuurgroep",
            vec!["gorinchem"],
            "/regio/gorinchem.html",
        ),
        ("l@example.org", "lezer", vec![], "/"),
        ("b@example.org", "beheerder", vec![], "/"),
    ];
    let tokens: Vec<String> = people
        .iter()
        .map(|(email, role, regions, _)| invite(&root, email, "Iemand", role, regions))
        .collect();
    let hub = start(&root);
    for ((email, role, regions, landing), token) in people.iter().zip(&tokens) {
        // Accepting the invitation lands them there …
        let mut b = Browser::new(&hub);
        let r = b.accept(token);
        assert_eq!(r.status, 303, "{role}");
        assert_eq!(r.header("location"), Some(*landing), "{role} {regions:?}");
        // … and so does signing in again, unless they asked for a page.
        let mut again = Browser::new(&hub);
        let r = again.sign_in(email, PASSWORD);
        assert_eq!(r.header("location"), Some(*landing), "{role}");
        // The header links their own regions by name, and says
        // "Werkbank" to nobody in the hub.
        let page = b.get(landing);
        let page = if page.status == 303 {
            b.get(page.header("location").unwrap())
        } else {
            page
        };
        assert_eq!(page.status, 200, "{role}");
        let header = &page.body[..page.body.find("</header>").unwrap()];
        assert!(!header.contains("Werkbank"), "{role}: {header}");
        for slug in regions {
            assert!(
                header.contains(&format!("regio&#x2f;{slug}.html\">")),
                "{role}: {header}"
            );
        }
        if regions.is_empty() {
            assert!(!header.contains("Mijn regio"), "{role}: {header}");
        }
    }
    // A coordinator on another region's page is told they can only read it;
    // on their own, nothing of the kind.
    let mut b = Browser::new(&hub);
    b.sign_in("c@example.org", PASSWORD);
    let other = b.get("/regio/gorinchem.html").body;
    assert!(other.contains("Deze regio kunt u alleen lezen"));
    let own = b.get("/regio/midden-holland.html").body;
    assert!(!own.contains("alleen lezen"));
}

#[test]
fn signing_in_says_the_same_for_an_unknown_address_and_the_failures_are_a_rate() {
    let (root, token) = anna();
    // Behind a proxy: each test client its own address.
    let hub = start_hub(&root, &[], &["--trusted-proxy", "127.0.0.1"]);
    let from = |address: &str| {
        let mut b = Browser::new(&hub);
        b.forwarded = Some(address.to_string());
        b
    };
    assert_eq!(from("10.0.0.9").accept(&token).status, 303);
    let wrong = from("10.0.0.1").sign_in("a@example.org", "niet het wachtwoord");
    let unknown = from("10.0.0.1").sign_in("niemand@example.org", "niet het wachtwoord");
    assert_eq!((wrong.status, unknown.status), (401, 401));
    let message = |r: &Reply| {
        let at = r.body.find("id=\"hub-error\">").unwrap();
        r.body[at..at + r.body[at..].find('<').unwrap()].to_string()
    };
    assert_eq!(message(&wrong), message(&unknown));
    // Ten failures from one address, then it is refused at once (no
    // verification, no wait), with when to try again.
    for _ in 0..8 {
        assert_eq!(
            from("10.0.0.1").sign_in("a@example.org", "fout").status,
            401
        );
    }
    let started = Instant::now();
    let limited = from("10.0.0.1").sign_in("a@example.org", PASSWORD);
    assert_eq!(limited.status, 429, "{}", limited.body);
    // Well under the 8 s a delaying throttle waited: refused, not slowed
    // (the bound is loose, for a machine busy with the other tests).
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert!(
        limited.header("retry-after").is_some(),
        "{}",
        limited.headers
    );
    assert!(
        message(&limited).contains("Te veel mislukte"),
        "{}",
        limited.body
    );
    // Guesses sent at once from another address do not each get a try:
    // ten are counted before any is verified, the rest refused.
    let tried: Vec<u16> = std::thread::scope(|s| {
        let guesses: Vec<_> = (0..24)
            .map(|i| {
                let hub = &hub;
                s.spawn(move || {
                    let mut b = Browser::new(hub);
                    b.forwarded = Some("10.0.0.2".into());
                    let password = if i == 23 { PASSWORD } else { "geraden" };
                    b.sign_in_once("a@example.org", password).status
                })
            })
            .collect();
        guesses.into_iter().map(|g| g.join().unwrap()).collect()
    });
    let verified = tried.iter().filter(|s| matches!(s, 401 | 303)).count();
    assert!(verified <= 10, "{tried:?}");
    assert!(
        tried.iter().all(|s| matches!(s, 401 | 303 | 429 | 503)),
        "{tried:?}"
    );
    // The account has twenty failures now; its owner, from an address
    // without failures, is not made to wait for the attacker's.
    let started = Instant::now();
    let mut owner = from("10.0.0.3");
    assert_eq!(owner.sign_in("a@example.org", PASSWORD).status, 303);
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(owner.get("/regio/midden-holland.html").status, 200);
    // A failure is forgiven after a while: the count decays. The limited
    // address's failures aged an hour in the database, it may try again.
    let db = rusqlite::Connection::open(root.join("state/hub.sqlite")).unwrap();
    db.execute("UPDATE attempt SET last = last - 3600", [])
        .unwrap();
    drop(db);
    assert_eq!(
        from("10.0.0.1").sign_in("a@example.org", PASSWORD).status,
        303
    );
}

#[test]
fn two_hundred_sign_ins_at_once_keep_the_hub_under_its_ceiling() {
    let (root, token) = anna();
    let hub = start_hub(&root, &[], &["--trusted-proxy", "127.0.0.1"]);
    assert_eq!(Browser::new(&hub).accept(&token).status, 303);
    let peak = || {
        std::fs::read_to_string(format!("/proc/{}/status", hub.child.id()))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    let before = peak();
    // Unknown addresses, each from its own client address: every one
    // verified against the decoy hash (19 MiB each) unless the hub is busy.
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let all: Vec<_> = (0..200)
            .map(|i| {
                let hub = &hub;
                s.spawn(move || {
                    let mut b = Browser::new(hub);
                    b.forwarded = Some(format!("10.1.{}.{}", i / 250, i % 250 + 1));
                    b.sign_in_once(&format!("x{i}@example.org"), "niet het wachtwoord")
                        .status
                })
            })
            .collect();
        all.into_iter().map(|t| t.join().unwrap()).collect()
    });
    let after = peak();
    let busy = statuses.iter().filter(|s| **s == 503).count();
    eprintln!("200 sign-ins at once: peak {before} -> {after} kB, {busy} told busy");
    assert!(
        statuses.iter().all(|s| matches!(s, 401 | 503)),
        "{statuses:?}"
    );
    assert!(statuses.contains(&503), "some were told the hub is busy");
    // A hash's 19 MiB per verifying thread (at most four), used again
    // whatever came in, and some slack: 160 at once took 4.7 GB before.
    let ceiling = before + 4 * 20 * 1024 + 32 * 1024;
    assert!(
        after <= ceiling,
        "peak {after} kB, ceiling {ceiling} kB (before: {before} kB)"
    );
    // And the hub answers on.
    let mut b = Browser::new(&hub);
    assert_eq!(b.get("/aanmelden").status, 200);
}

#[test]
fn a_hostile_client_changes_nothing() {
    let (root, token) = anna();
    let hub = start(&root);
    let mut b = Browser::new(&hub);
    // Session fixation: a session id the attacker chose is never kept.
    b.cookies.insert("vsopro-hub".into(), "a".repeat(64));
    assert_eq!(b.accept(&token).status, 303);
    assert_ne!(b.cookies["vsopro-hub"], "a".repeat(64));
    let page = b.get("/regio/midden-holland.html");
    let (csrf, hash) = status_form(&page.body, "stagebank-techniek");
    let before = root.files("data/regions");
    let path = "/regio/midden-holland/actie/stagebank-techniek/status";
    // Another site's form: no Origin of ours.
    b.origin = Some("https://evil.example".into());
    assert_eq!(
        b.post(
            path,
            &[("csrf", &csrf), ("hash", &hash), ("status", "done")]
        )
        .status,
        403
    );
    b.origin = None;
    assert_eq!(
        b.post(
            path,
            &[("csrf", &csrf), ("hash", &hash), ("status", "done")]
        )
        .status,
        403
    );
    // Our origin, without the session's token.
    b.origin = Some(format!("http://{}", hub.host));
    assert_eq!(
        b.post(path, &[("csrf", "x"), ("hash", &hash), ("status", "done")])
            .status,
        403
    );
    assert_eq!(root.files("data/regions"), before);
    // No redirect off the site after signing in.
    let mut c = Browser::new(&hub);
    let page = c.get("/aanmelden?next=https://evil.example/");
    let pre = Browser::hidden(&page.body, "pre");
    let r = c.post(
        "/aanmelden",
        &[
            ("pre", &pre),
            ("email", "a@example.org"),
            ("password", PASSWORD),
            ("next", "//evil.example"),
        ],
    );
    // The foreign address is dropped: Anna lands where her work is.
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location").unwrap(), "/regio/midden-holland.html");
    // The sign-in form needs its own token (no login CSRF).
    let r = Browser::new(&hub).post(
        "/aanmelden",
        &[("email", "a@example.org"), ("password", PASSWORD)],
    );
    assert_eq!(r.status, 403);
}

#[test]
fn user_commands_and_a_backup_while_the_hub_runs() {
    let root = network();
    invite(
        &root,
        "a@example.org",
        "Anna",
        "coordinator",
        &["midden-holland"],
    );
    // A role that belongs to a region needs one; an unknown region is said.
    let out = vsopro(
        &root,
        &[
            "hub",
            "user",
            "add",
            "b@example.org",
            "--name",
            "B",
            "--role",
            "stuurgroep",
            "--state",
            "state",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = vsopro(
        &root,
        &[
            "hub",
            "user",
            "add",
            "b@example.org",
            "--name",
            "B",
            "--role",
            "stuurgroep",
            "--region",
            "atlantis",
            "--state",
            "state",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("atlantis"));
    // The same address twice is refused.
    let out = vsopro(
        &root,
        &[
            "hub",
            "user",
            "add",
            "A@example.org",
            "--name",
            "A",
            "--role",
            "lezer",
            "--state",
            "state",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let _hub = start(&root);
    let out = vsopro(
        &root,
        &[
            "hub",
            "user",
            "role",
            "a@example.org",
            "--role",
            "lezer",
            "--state",
            "state",
        ],
    );
    assert!(out.status.success());
    let out = vsopro(
        &root,
        &["hub", "user", "list", "--state", "state", "--format", "csv"],
    );
    let list = String::from_utf8_lossy(&out.stdout);
    assert!(
        list.contains("a@example.org,Anna,lezer,,uitgenodigd"),
        "{list}"
    );
    let out = vsopro(
        &root,
        &["hub", "backup", "--state", "state", "kopie.sqlite"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let copy = rusqlite::Connection::open(root.join("kopie.sqlite")).unwrap();
    let n: i64 = copy
        .query_row("SELECT count(*) FROM account", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    // No secret in clear in the database: the invitation's token is hashed.
    let token = vsopro(
        &root,
        &["hub", "user", "reset", "a@example.org", "--state", "state"],
    );
    let token = String::from_utf8_lossy(&token.stdout)
        .split("/uitnodiging/")
        .nth(1)
        .unwrap()
        .trim()
        .to_string();
    let db = std::fs::read(root.join("state/hub.sqlite")).unwrap();
    let wal = std::fs::read(root.join("state/hub.sqlite-wal")).unwrap_or_default();
    for bytes in [db, wal] {
        assert!(!String::from_utf8_lossy(&bytes).contains(&token));
    }
    let out = vsopro(
        &root,
        &["hub", "user", "remove", "a@example.org", "--state", "state"],
    );
    assert!(out.status.success());
    assert_eq!(
        vsopro(
            &root,
            &["hub", "user", "remove", "a@example.org", "--state", "state"]
        )
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn the_first_start_invites_the_first_beheerder() {
    let root = network();
    // The region's owners (what CODEOWNERS is made from): one by e-mail, one
    // who will get an account.
    let region = root.join("data/regions/midden-holland/region.toml");
    let text = std::fs::read_to_string(&region).unwrap().replacen(
        "\n[coordinator]",
        "owners = [\"piet@example.org\", \"c@example.org\"]\n\n[coordinator]",
        1,
    );
    std::fs::write(&region, text).unwrap();
    root.git("data", &["commit", "-qam", "Owners"], WHEN);
    let mut hub = start(&root);
    let first = hub.said.first().cloned().unwrap_or_default();
    // After the address: where the owners and the coordinator accounts differ.
    let mut said = String::new();
    hub.stdout.read_line(&mut said).unwrap();
    hub.stdout.read_line(&mut said).unwrap();
    assert!(
        said.contains("verschillen in 1 regio")
            && said.contains(
                "Midden-Holland: owner zonder coördinator-account: piet@example.org, c@example.org"
            ),
        "{said}"
    );
    let token = first
        .split("/uitnodiging/")
        .nth(1)
        .expect(&first)
        .trim()
        .to_string();
    let mut b = Browser::new(&hub);
    let page = b.get(&format!("/uitnodiging/{token}"));
    assert!(
        page.body.contains("id=\"field-email\""),
        "asks for the address"
    );
    let pre = Browser::hidden(&page.body, "pre");
    let r = b.post(
        &format!("/uitnodiging/{token}"),
        &[
            ("pre", &pre),
            ("email", "office@example.org"),
            ("name", "Bureau"),
            ("password", "kort"),
            ("password2", "kort"),
        ],
    );
    assert_eq!(r.status, 422);
    assert!(r.body.contains("te kort"));
    let r = b.post(
        &format!("/uitnodiging/{token}"),
        &[
            ("pre", &pre),
            ("email", "office@example.org"),
            ("name", "Bureau"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get("/regio/midden-holland.html").body;
    assert!(page.contains("Bureau (beheerder)"));
    assert!(
        page.contains("href=\"/beheer\""),
        "a beheerder has a link to the accounts"
    );
    // The beheer page: invite a coordinator there.
    let beheer = b.get("/beheer");
    assert_eq!(beheer.status, 200);
    let csrf = Browser::hidden(&beheer.body, "csrf");
    let r = b.post(
        "/beheer",
        &[
            ("csrf", &csrf),
            ("action", "add"),
            ("email", "c@example.org"),
            ("name", "Carla"),
            ("role", "coordinator"),
            ("region", "midden-holland"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let link = r
        .body
        .split("uitnodiging&#x2f;")
        .nth(1)
        .expect("the link is shown");
    let token: String = link.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    assert_eq!(token.len(), 64);
    let row = |body: &str| {
        let at = body.find(">c@example.org</td>").expect("her row");
        let start = body[..at].rfind("<tr>").unwrap();
        body[start..start + body[start..].find("</tr>").unwrap()].to_string()
    };
    // In words: her role as written, her region by name.
    let carla = row(&r.body);
    assert!(
        carla.contains(">coördinator</td>") && carla.contains(">Midden-Holland</td>"),
        "{carla}"
    );
    // Without the session's token: refused, nothing added.
    let r = b.post(
        "/beheer",
        &[
            ("csrf", "x"),
            ("action", "add"),
            ("email", "d@example.org"),
            ("name", "D"),
            ("role", "lezer"),
        ],
    );
    assert_eq!(r.status, 403);
    // Piet is an owner without an account; Carla is both.
    let r = b.get("/beheer");
    let owners = &r.body[r.body.find("id=\"owners\"").unwrap()..];
    let owners = &owners[..owners.find("id=\"audit\"").unwrap()];
    assert!(
        owners.contains("owner zonder coördinator-account: piet@example.org<"),
        "{owners}"
    );
    assert!(!owners.contains("c@example.org"), "{owners}");
    // Her role changed on the page to Gorinchem: now she is an account
    // there that is no owner, and an owner here without an account.
    let r = b.post(
        "/beheer",
        &[
            ("csrf", &csrf),
            ("action", "role"),
            ("email", "c@example.org"),
            ("role", "coordinator"),
            ("region", "gorinchem"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let carla = row(&r.body);
    assert!(
        carla.contains(">coördinator</td>") && carla.contains(">Gorinchem</td>"),
        "{carla}"
    );
    assert!(
        r.body
            .contains("coördinator-account niet in owners: c@example.org")
    );
    assert!(r.body.contains("piet@example.org, c@example.org"));
    // Back to Midden-Holland for the rest.
    let r = b.post(
        "/beheer",
        &[
            ("csrf", &csrf),
            ("action", "role"),
            ("email", "c@example.org"),
            ("role", "coordinator"),
            ("region", "midden-holland"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // Carla signs in with it; she may not see the beheer page.
    let mut c = Browser::signed_in(&hub, &token);
    assert_eq!(c.get("/beheer").status, 403);
    // The audit log on the page, filtered by person.
    let audit = b.get("/beheer?person=office%40example.org").body;
    // In sentences, people by name.
    assert!(
        audit.contains("Bureau nodigde Carla uit als coördinator van Midden-Holland"),
        "{audit}"
    );
    assert!(
        audit.contains("Bureau maakte Carla coördinator van Gorinchem"),
        "{audit}"
    );
    assert!(!audit.contains("account-added"), "{audit}");
    assert!(
        !audit.contains("Carla nam de uitnodiging aan"),
        "filtered by person"
    );
    assert!(
        b.get("/beheer")
            .body
            .contains("Carla nam de uitnodiging aan"),
        "unfiltered"
    );
    let out = vsopro(
        &root,
        &["hub", "user", "list", "--state", "state", "--format", "csv"],
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("office@example.org,Bureau,beheerder,,actief")
    );
    let _ = ACTIONS;
}

/// Every kind of route, in a person's own region (midden-holland) and in
/// another (gorinchem), with every role and without a session: what is
/// refused is refused for GET and POST alike, and nothing is written.
#[test]
fn every_route_with_every_role() {
    let root = network();
    let roles = [
        "beheerder",
        "coordinator",
        "stuurgroep",
        "directie",
        "lezer",
    ];
    let tokens: Vec<String> = roles
        .iter()
        .map(|role| {
            let regions: &[&str] = if matches!(*role, "beheerder" | "lezer") {
                &[]
            } else {
                &["midden-holland"]
            };
            invite(&root, &format!("{role}@example.org"), role, role, regions)
        })
        .collect();
    let hub = start(&root);
    // (address with R for the region, may each role have it in its own
    // region, in another): the rules of docs/hub.md, stated again.
    let y = (true, true);
    let own = (true, false);
    let no = (false, false);
    let table: [(&str, [(bool, bool); 5]); 12] = [
        ("/index.html", [y, y, y, no, y]),
        ("/regio/R.html", [y, y, y, own, y]),
        ("/regio/R/nieuw/actie", [y, own, no, no, no]),
        ("/regio/R/actie/a/status", [y, own, no, no, no]),
        ("/regio/R/knelpunt/k/opgelost", [y, own, no, no, no]),
        ("/regio/R/doel/g/meting", [y, own, no, no, no]),
        ("/regio/R/uitstroom", [y, own, no, no, no]),
        ("/regio/R/overleg", [y, own, own, no, no]),
        ("/regio/R/accordering", [y, own, no, no, no]),
        ("/regio/R/ronde", [y, y, y, own, y]),
        ("/voorbeelden.html", [y, y, y, no, y]),
        ("/voorbeelden/R/stagebank-techniek.html", [y, y, y, no, y]),
    ];
    let before = root.files("data/regions");
    let mut anonymous = Browser::new(&hub);
    for (i, token) in tokens.iter().enumerate() {
        let mut b = Browser::new(&hub);
        assert_eq!(b.accept(token).status, 303, "{}", roles[i]);
        for (path, rules) in &table {
            for (region, allowed) in [("midden-holland", rules[i].0), ("gorinchem", rules[i].1)] {
                let path = path.replace('R', region);
                let get = b.get(&path).status;
                if allowed {
                    assert_ne!(get, 403, "{} GET {path}", roles[i]);
                } else {
                    assert_eq!(get, 403, "{} GET {path}", roles[i]);
                    // A crafted POST: refused before the form is read.
                    let post = b.post(&path, &[("csrf", "x"), ("status", "done")]).status;
                    assert_eq!(post, 403, "{} POST {path}", roles[i]);
                }
                if i == 0 {
                    assert_eq!(anonymous.get(&path).status, 303, "GET {path} signed out");
                    let post = anonymous.post(&path, &[("status", "done")]).status;
                    assert_eq!(post, 403, "POST {path} signed out");
                }
            }
        }
        // The hub's own addresses: the beheerder's page, a kept change
        // applied again (with the person's own token), the forge's hook.
        let beheer = b.get("/beheer").status;
        assert_eq!(
            beheer,
            if i == 0 { 200 } else { 403 },
            "{} /beheer",
            roles[i]
        );
        let csrf = Browser::hidden(&b.get("/regio/midden-holland.html").body, "csrf");
        for (region, allowed) in [("midden-holland", i <= 1), ("gorinchem", i == 0)] {
            let commit = "ab".repeat(20);
            let fields = [
                ("csrf", csrf.as_str()),
                ("region", region),
                ("commit", commit.as_str()),
            ];
            let status = b.post("/bewaard/opnieuw", &fields).status;
            assert_eq!(
                status,
                if allowed { 303 } else { 403 },
                "{} kept {region}",
                roles[i]
            );
        }
        assert_eq!(b.post("/hooks/git", &[("ref", "main")]).status, 404);
    }
    assert_eq!(anonymous.get("/beheer").status, 303);
    assert_eq!(
        anonymous.post("/bewaard/opnieuw", &[("csrf", "x")]).status,
        403
    );
    assert_eq!(root.files("data/regions"), before);
}

/// Behind a TLS proxy: cookies only over https, forms only from the public
/// origin, and the client's address from the proxy alone.
#[test]
fn behind_https_cookies_are_secure_and_forms_come_from_the_public_origin() {
    let (root, token) = anna();
    let hub = start_hub(
        &root,
        &[],
        &[
            "--public-url",
            "https://vsopro.example.nl",
            "--trusted-proxy",
            "127.0.0.1",
        ],
    );
    let mut b = Browser::new(&hub);
    // The hub's own address is not the public one: refused.
    assert_eq!(b.accept(&token).status, 403);
    b.origin = Some("https://vsopro.example.nl".into());
    let r = b.accept(&token);
    assert_eq!(r.status, 303);
    assert!(
        r.header("set-cookie").unwrap().ends_with("; Secure"),
        "{}",
        r.headers
    );
}

/// Script in a record's text is stored as text and shown as text, to the
/// person who wrote it and to everyone else.
#[test]
fn script_in_a_record_field_stays_text() {
    let root = network();
    let coordinator = invite(
        &root,
        "a@example.org",
        "Anna",
        "coordinator",
        &["midden-holland"],
    );
    let reader = invite(&root, "l@example.org", "Lea", "lezer", &[]);
    let hub = start(&root);
    let mut b = Browser::signed_in(&hub, &coordinator);
    let form = b.get("/regio/midden-holland/nieuw/knelpunt");
    assert_eq!(form.status, 200);
    let script = "<script>alert('x')</script>";
    let r = b.post(
        "/regio/midden-holland/nieuw/knelpunt",
        &[
            ("csrf", &Browser::hidden(&form.body, "csrf")),
            ("hash", &Browser::hidden(&form.body, "hash")),
            ("text", script),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        root.read("data/regions/midden-holland/actions.toml")
            .contains(script)
    );
    let mut l = Browser::signed_in(&hub, &reader);
    for page in [
        b.get("/regio/midden-holland.html"),
        l.get("/regio/midden-holland.html"),
    ] {
        assert!(!page.body.contains(script), "a script in the page");
        assert!(page.body.contains("&lt;script&gt;"), "{}", page.body);
        assert!(
            page.headers
                .contains("content-security-policy: default-src 'self'")
        );
    }
}

/// STATE/hub.toml is read before anything is done: a wrong setting is a
/// usage error at its line and column, for the hub and its commands alike.
#[test]
fn wrong_hub_settings_are_refused_at_their_line() {
    let root = network();
    std::fs::create_dir_all(root.join("state")).unwrap();
    for (text, at, says) in [
        (
            "[smtp]\nhost = 5\nfrom = \"a@b.nl\"\n",
            "hub.toml:2:8",
            "string",
        ),
        (
            "[smtp]\nhost = \"h\"\nfrom = \"a@b.nl\"\nsecurity = \"tls\"\nport = 465\npoort = 1\n",
            "hub.toml:6:1",
            "poort",
        ),
        (
            "[smtp]\nhost = \"h\"\nfrom = \"niemand\"\n",
            "hub.toml:3:1",
            "geen afzender",
        ),
    ] {
        std::fs::write(root.join("state/hub.toml"), text).unwrap();
        for args in [
            &["hub", "user", "list", "--state", "state"][..],
            &["--root", "data", "hub", "--port", "0", "--state", "state"][..],
        ] {
            let out = vsopro(&root, args);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{err}");
            assert!(err.contains(at) && err.contains(says), "{args:?}: {err}");
            assert!(err.contains("docs/hub.md"), "{err}");
        }
    }
}

/// Without `[oidc]` there is no single sign-on; with it the sign-in page
/// offers the provider, and a provider that cannot be reached is said so
/// (the password still works). The flow itself is tested against a real
/// provider in tests/e2e/oidc.mjs.
#[test]
fn single_sign_on_is_offered_only_where_configured() {
    let root = network();
    let hub = start(&root);
    let mut b = Browser::new(&hub);
    assert!(!b.get("/aanmelden").body.contains("/aanmelden/sso"));
    assert_eq!(b.get("/aanmelden/sso").status, 404);
    assert_eq!(b.get("/aanmelden/sso/terug?code=x&state=y").status, 404);
    drop(hub);
    // A provider on a port where nothing listens.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    std::fs::write(
        root.join("state/hub.toml"),
        format!(
            "[oidc]\nissuer = \"http://127.0.0.1:{port}\"\nclient_id = \"vsopro\"\nname = \"SURFconext\"\n"
        ),
    )
    .unwrap();
    let hub = start(&root);
    let mut b = Browser::new(&hub);
    let page = b.get("/aanmelden?next=%2Fregio%2Fmidden-holland.html").body;
    assert!(
        page.contains("href=\"/aanmelden/sso?next=%2Fregio%2Fmidden-holland.html\">Inloggen met SURFconext</a>"),
        "{page}"
    );
    let r = b.get("/aanmelden/sso?next=%2F");
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("niet bereikbaar"));
    // A callback no flow started: refused, no session.
    let r = b.get("/aanmelden/sso/terug?code=x&state=y");
    assert_eq!(r.status, 400);
    assert!(!b.cookies.contains_key("vsopro-hub"));
}

impl Browser {
    /// Sets an action of Midden-Holland to `status` through its form on
    /// the region's page: the reply.
    fn set_status(&mut self, action: &str, status: &str) -> Reply {
        let page = self.get("/regio/midden-holland.html").body;
        let (csrf, hash) = status_form(&page, action);
        self.post(
            &format!("/regio/midden-holland/actie/{action}/status"),
            &[("csrf", &csrf), ("hash", &hash), ("status", status)],
        )
    }
}

/// `forge.git` beside `data/`, a bare repository as the forge, with the
/// data's history on `main` and `data/` tracking it as `origin`.
fn with_forge(root: &Sandbox) {
    root.git(
        ".",
        &["init", "-q", "--bare", "-b", "main", "forge.git"],
        WHEN,
    );
    root.git("data", &["branch", "-M", "main"], WHEN);
    root.git("data", &["remote", "add", "origin", "../forge.git"], WHEN);
    root.git("data", &["push", "-q", "-u", "origin", "main"], WHEN);
}

/// Waits (up to 20 s) until `done` holds.
fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let until = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < until, "not within 20 s: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The hub with the national repository on a "forge" (a bare repository):
/// its edits are pushed without waiting; another clone's pushes come in on
/// the signed webhook; an unreachable forge is retried; a conflict keeps
/// the hub's commit on a branch; the beheerder's page shows it all.
#[test]
fn the_hub_keeps_in_step_with_the_forge() {
    let root = network();
    with_forge(&root);
    root.git(".", &["clone", "-q", "forge.git", "other"], WHEN);
    let coordinator = invite(
        &root,
        "a@example.org",
        "Anna",
        "coordinator",
        &["midden-holland"],
    );
    let office = invite(&root, "b@example.org", "Bureau", "beheerder", &[]);
    std::fs::write(
        root.join("state/hub.toml"),
        "[remote]\nfetch_seconds = 3600\nretry_seconds = 1\n",
    )
    .unwrap();
    let secret = "een gedeeld geheim";
    let hub = start_with(&root, &[("VSOPRO_WEBHOOK_SECRET", secret)]);
    let mut anna = Browser::signed_in(&hub, &coordinator);
    let mut boss = Browser::signed_in(&hub, &office);
    let forge_head = || root.git("forge.git", &["rev-parse", "main"], WHEN);
    let hub_head = || root.git("data", &["rev-parse", "HEAD"], WHEN);

    // An edit: answered at once, on the forge soon after.
    let r = anna.set_status("stagebank-techniek", "done");
    assert_eq!(r.status, 303, "{}", r.body);
    eventually("the edit on the forge", || forge_head() == hub_head());

    // Another clone pushes a change to another file; the forge calls.
    root.git("other", &["pull", "-q", "--ff-only"], WHEN);
    let schools = "other/regions/midden-holland/schools.toml";
    root.write(schools, root.read(schools) + "\n# van de andere clone\n");
    root.git("other", &["commit", "-qam", "Scholen van elders"], WHEN);
    root.git("other", &["push", "-q"], WHEN);
    let body = r#"{"ref":"refs/heads/main"}"#;
    let hook_once = |signature: Option<&str>, delivery: Option<&str>| {
        let mut stream = TcpStream::connect(&hub.host).unwrap();
        let mut head = format!(
            "POST /hooks/git HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            hub.host,
            body.len()
        );
        if let Some(sig) = signature {
            head.push_str(&format!("X-Hub-Signature-256: sha256={sig}\r\n"));
        }
        if let Some(id) = delivery {
            head.push_str(&format!("X-GitHub-Delivery: {id}\r\n"));
        }
        stream
            .write_all(format!("{head}\r\n{body}").as_bytes())
            .unwrap();
        let mut text = String::new();
        let _ = stream.read_to_string(&mut text);
        text.split(' ').nth(1).unwrap().parse::<u16>().unwrap()
    };
    let hook = |signature: Option<&str>| hook_once(signature, None);
    // Unsigned or wrongly signed: refused, nothing fetched.
    assert_eq!(hook(None), 401);
    assert_eq!(hook(Some(&"0".repeat(64))), 401);
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        !root
            .read("data/regions/midden-holland/schools.toml")
            .contains("andere clone")
    );
    let signature = {
        use hmac::{KeyInit, Mac};
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(body.as_bytes());
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    assert_eq!(hook_once(Some(&signature), Some("levering-1")), 202);
    // The same delivery again (a replayed call): taken once only.
    assert_eq!(hook_once(Some(&signature), Some("levering-1")), 409);
    eventually("the other clone's change in the hub", || {
        root.read("data/regions/midden-holland/schools.toml")
            .contains("andere clone")
    });

    // The forge away: an edit still answers at once; the page says it waits.
    std::fs::rename(root.join("forge.git"), root.join("weg.git")).unwrap();
    let r = anna.set_status("nazorgprotocol", "active");
    assert_eq!(r.status, 303);
    eventually("the failure shown, the edit waiting", || {
        let page = boss.get("/beheer").body;
        page.contains("id=\"remote-error\"") && page.contains("<dd id=\"remote-waiting\">1</dd>")
    });
    // Meanwhile someone else changes the same line on the forge.
    std::fs::rename(root.join("weg.git"), root.join("forge.git")).unwrap();
    let actions = "other/regions/midden-holland/actions.toml";
    root.git("other", &["pull", "-q", "--ff-only"], WHEN);
    let text = root.read(actions);
    let at = text.find("id = \"nazorgprotocol\"").unwrap();
    let changed = format!(
        "{}{}",
        &text[..at],
        text[at..].replacen("status = \"planned\"", "status = \"done\"", 1)
    );
    root.write(actions, changed);
    root.git(
        "other",
        &["commit", "-qam", "Nazorg klaar, van elders"],
        WHEN,
    );
    root.git("other", &["push", "-q"], WHEN);
    // The retry finds the conflict: the hub's commit kept on a branch, the
    // hub follows the forge, nothing forced.
    eventually("the conflict kept", || {
        root.git("data", &["branch", "--list", "vsopro/conflict/*"], WHEN)
            .contains("vsopro/conflict/")
    });
    eventually("the hub on the forge's commit", || {
        forge_head() == hub_head()
    });
    assert_eq!(
        root.git("forge.git", &["log", "-1", "--format=%s", "main"], WHEN)
            .trim(),
        "Nazorg klaar, van elders"
    );
    let kept = root.git(
        "data",
        &[
            "branch",
            "--list",
            "--format=%(refname:short)",
            "vsopro/conflict/*",
        ],
        WHEN,
    );
    let kept = kept.trim();
    assert!(
        root.git("data", &["log", "-1", "--format=%an: %s", kept], WHEN)
            .starts_with("Anna: Actie 'Eén nazorgprotocol voor alle gemeenten in de regio'")
    );
    assert!(
        !root
            .read("data/regions/midden-holland/actions.toml")
            .contains("<<<<<<<")
    );
    let page = boss.get("/beheer").body;
    assert!(page.contains(&kept.replace('/', "&#x2f;")), "{page}");

    // Anna's region page shows her kept change, with its button.
    let page = anna.get("/regio/midden-holland.html").body;
    let section = &page[page.find("id=\"bewaard\"").expect("the kept changes")..];
    assert!(section.contains("<strong>Anna</strong>"), "{section}");
    assert!(
        section.contains("+status = &quot;active&quot;"),
        "{section}"
    );
    let commit = root.git("data", &["rev-parse", kept], WHEN);
    let csrf = Browser::hidden(section, "csrf");
    // Not for someone who may not edit the region, nor with a made-up commit.
    let gorinchem = invite(
        &root,
        "g@example.org",
        "Gijs",
        "coordinator",
        &["gorinchem"],
    );
    let mut gijs = Browser::signed_in(&hub, &gorinchem);
    let gijs_csrf = Browser::hidden(&gijs.get("/regio/gorinchem.html").body, "csrf");
    let r = gijs.post(
        "/bewaard/opnieuw",
        &[
            ("csrf", &gijs_csrf),
            ("region", "midden-holland"),
            ("commit", commit.trim()),
        ],
    );
    assert_eq!(r.status, 403);
    let made_up = anna.post(
        "/bewaard/opnieuw",
        &[
            ("csrf", &csrf),
            ("region", "midden-holland"),
            ("commit", &"ab".repeat(20)),
        ],
    );
    assert_eq!(made_up.status, 303);
    let page = anna.get("/regio/midden-holland.html").body;
    assert!(page.contains("id=\"bewaard\""), "nothing changed");
    // Applied again: her change on top, by her, the branch gone, shared.
    let subject = root.git("data", &["show", "-s", "--format=%s", kept], WHEN);
    let r = anna.post(
        "/bewaard/opnieuw",
        &[
            ("csrf", &csrf),
            ("region", "midden-holland"),
            ("commit", commit.trim()),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = anna.get("/regio/midden-holland.html").body;
    assert!(page.contains("opnieuw toegepast en vastgelegd"), "{page}");
    assert!(!page.contains("id=\"bewaard\""));
    assert_eq!(
        root.git("data", &["log", "-1", "--format=%an: %s"], WHEN)
            .trim(),
        format!(
            "Anna: {} (opnieuw toegepast na een conflict)",
            subject.trim()
        )
    );
    assert_eq!(
        root.git("data", &["branch", "--list", "vsopro/conflict/*"], WHEN),
        ""
    );
    let actions = root.read("data/regions/midden-holland/actions.toml");
    let at = actions.find("id = \"nazorgprotocol\"").unwrap();
    assert!(actions[at..].find("status = \"active\"") < actions[at..].find("[[action]]"));
    eventually("shared", || forge_head() == hub_head());
    root.git("forge.git", &["fsck", "--no-progress"], WHEN);
    root.git("data", &["fsck", "--no-progress"], WHEN);
}

/// The hub killed (SIGKILL) at random moments of edit → commit → push, 50
/// times, and started again: after every start the repository is whole
/// (`git fsck`), every edit that was answered is in it, and in the end the
/// forge has the hub's history, each edit once.
#[test]
fn killed_at_random_the_hub_loses_nothing() {
    let root = network();
    with_forge(&root);
    let token = invite(
        &root,
        "a@example.org",
        "Anna",
        "coordinator",
        &["midden-holland"],
    );
    std::fs::write(
        root.join("state/hub.toml"),
        "[remote]\nfetch_seconds = 3600\nretry_seconds = 1\n",
    )
    .unwrap();
    let started = Instant::now();
    let mut answered: Vec<String> = Vec::new();
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed >> 33
    };
    for round in 0..50 {
        let hub = start(&root);
        let mut b = Browser::new(&hub);
        if round == 0 {
            assert_eq!(b.accept(&token).status, 303);
        } else {
            assert_eq!(b.sign_in("a@example.org", PASSWORD).status, 303);
        }
        // Every start finds the repository whole and every answered edit.
        root.git("data", &["fsck", "--no-progress"], WHEN);
        let history = root.git(
            "data",
            &["log", "-p", "--", "regions/midden-holland/actions.toml"],
            WHEN,
        );
        for due in &answered {
            assert!(
                history.contains(&format!("+due = {due}")),
                "round {round}: {due} lost"
            );
        }
        // An edit with a date of its own, and a kill at a random moment.
        let due =
            chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Duration::days(round);
        let due = due.to_string();
        let form = b.get("/regio/midden-holland/actie/nazorgprotocol").body;
        let mut fields: Vec<(String, String)> = Vec::new();
        for name in ["csrf", "hash", "record"] {
            fields.push((name.into(), Browser::hidden(&form, name)));
        }
        for (k, v) in [
            (
                "title",
                "Eén nazorgprotocol voor alle gemeenten in de regio",
            ),
            ("themes", "nazorg"),
            ("status", "planned"),
            ("due", due.as_str()),
        ] {
            fields.push((k.into(), v.into()));
        }
        // Spread over the edit itself (its check, write and commit take
        // a few tens of milliseconds), so that the kill hits git mid-work.
        let delay = Duration::from_micros(next() % 60_000);
        let pid = hub.child.id().to_string();
        let host = hub.host.clone();
        let killer = std::thread::spawn(move || {
            std::thread::sleep(delay);
            let _ = Command::new("kill").args(["-KILL", &pid]).status();
        });
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let mut poster = Browser {
            host: host.clone(),
            cookies: b.cookies.clone(),
            origin: Some(format!("http://{host}")),
            forwarded: None,
        };
        let r = poster.post("/regio/midden-holland/actie/nazorgprotocol", &pairs);
        if r.status == 303 {
            answered.push(due);
        }
        killer.join().unwrap();
        drop(hub);
    }
    // A last start: what is left goes to the forge, each edit once.
    let hub = start(&root);
    let forge_head = || root.git("forge.git", &["rev-parse", "main"], WHEN);
    let hub_head = || root.git("data", &["rev-parse", "HEAD"], WHEN);
    eventually("the hub's history on the forge", || {
        forge_head() == hub_head()
    });
    drop(hub);
    root.git("forge.git", &["fsck", "--no-progress"], WHEN);
    let history = root.git(
        "forge.git",
        &[
            "log",
            "-p",
            "main",
            "--",
            "regions/midden-holland/actions.toml",
        ],
        WHEN,
    );
    for due in &answered {
        assert_eq!(
            history.matches(&format!("+due = {due}\n")).count(),
            1,
            "{due} once on the forge"
        );
    }
    assert!(
        !answered.is_empty(),
        "some edits were answered before the kill"
    );
    eprintln!(
        "50 kills: {} edits answered, all kept; {:.1} s",
        answered.len(),
        started.elapsed().as_secs_f64()
    );
}

/// Lock files a killed git left (the index's, a branch's) do not stop the
/// hub: at start they are removed, and the next edit commits.
#[test]
fn lock_files_a_killed_git_left_are_recovered_at_start() {
    let (root, token) = anna();
    root.write("data/.git/index.lock", "");
    let head = root.git("data", &["symbolic-ref", "--short", "HEAD"], WHEN);
    root.write(&format!("data/.git/refs/heads/{}.lock", head.trim()), "");
    let hub = start(&root);
    let mut b = Browser::signed_in(&hub, &token);
    let r = b.set_status("stagebank-techniek", "done");
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(!root.join("data/.git/index.lock").exists());
    assert_eq!(
        root.git("data", &["log", "-1", "--format=%an: %s"], WHEN)
            .trim(),
        "Anna: Actie 'Gezamenlijke stagebank techniek met het…' afgerond"
    );
}

/// Two hubs (two clones of the forge) and a coordinator's own clone with
/// `vsopro sync`, all editing against one bare repository, converge: the
/// same commits everywhere, every edit once, `check` clean. Then a forced
/// push on the forge makes a hub stop pushing and say so.
#[test]
fn two_hubs_and_a_clone_converge_and_a_forced_push_stops_pushing() {
    let root = network();
    with_forge(&root);
    // The second hub: its own clone and state beside the first's.
    let two = Sandbox::new();
    two.git(
        ".",
        &[
            "clone",
            "-q",
            &root.join("forge.git").display().to_string(),
            "data",
        ],
        WHEN,
    );
    root.git(".", &["clone", "-q", "forge.git", "own"], WHEN);
    let hubs: Vec<(&Sandbox, String)> = [&root, &two]
        .into_iter()
        .map(|sb| {
            let token = invite(
                sb,
                "a@example.org",
                "Anna",
                "coordinator",
                &["midden-holland", "gorinchem"],
            );
            std::fs::write(
                sb.join("state/hub.toml"),
                "[remote]\nfetch_seconds = 1\nretry_seconds = 1\n",
            )
            .unwrap();
            (sb, token)
        })
        .collect();
    let running: Vec<Hub> = hubs.iter().map(|(sb, _)| start(sb)).collect();
    let mut browsers: Vec<Browser> = running
        .iter()
        .zip(&hubs)
        .map(|(h, (_, token))| {
            let mut b = Browser::new(h);
            assert_eq!(b.accept(token).status, 303);
            b
        })
        .collect();
    // Hub one edits an action; hub two another; the clone the schools.
    for (b, action) in browsers
        .iter_mut()
        .zip(["stagebank-techniek", "nazorgprotocol"])
    {
        let r = b.set_status(action, "done");
        assert!(matches!(r.status, 303 | 409), "{}", r.body);
        if r.status == 409 {
            // The other hub's commit came in between page and post: again.
            let r = b.set_status(action, "done");
            assert_eq!(r.status, 303, "{}", r.body);
        }
    }
    let schools = "own/regions/midden-holland/schools.toml";
    root.write(schools, root.read(schools) + "\n# van de eigen clone\n");
    let r = root
        .cmd(&["sync", "--message", "Scholen bijgewerkt"])
        .root_at("own")
        .lang(Some("nl"))
        .git_identity(WHEN)
        .run();
    assert_eq!(r.code(), 0, "{}{}", r.stdout(), r.stderr());
    let heads = || {
        [
            root.git("forge.git", &["rev-parse", "main"], WHEN),
            root.git("data", &["rev-parse", "HEAD"], WHEN),
            two.git("data", &["rev-parse", "HEAD"], WHEN),
        ]
    };
    eventually("both hubs on the forge's commit", || {
        let [forge, one, other] = heads();
        forge == one && forge == other
    });
    let subjects = root.git("forge.git", &["log", "--format=%s", "main"], WHEN);
    for edit in [
        "Actie 'Gezamenlijke stagebank techniek met het…' afgerond",
        "Actie 'Eén nazorgprotocol voor alle gemeenten in de regio' afgerond",
        "Scholen bijgewerkt",
    ] {
        assert_eq!(
            subjects.matches(edit).count(),
            1,
            "{edit} once:\n{subjects}"
        );
    }
    for sb in [&root, &two] {
        let check = sb.cmd(&["check"]).root_at("data").run();
        assert_eq!(check.code(), 0, "{}", check.stderr());
    }
    // Someone pushes by force, dropping hub one's commit from the forge.
    root.git("own", &["reset", "-q", "--hard", "HEAD~3"], WHEN);
    root.git("own", &["push", "-q", "--force", "origin", "main"], WHEN);
    let mut boss_token = invite(&root, "b@example.org", "Bureau", "beheerder", &[]);
    let mut boss = Browser::new(&running[0]);
    assert_eq!(boss.accept(&boss_token).status, 303);
    boss_token.clear();
    eventually("the hub stops pushing and says so", || {
        boss.get("/beheer").body.contains("geforceerd overschreven")
    });
    // The forge keeps what was forced: the hub does not push over it.
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(
        root.git("forge.git", &["rev-parse", "main"], WHEN),
        root.git("own", &["rev-parse", "HEAD"], WHEN)
    );
}

/// The forge over git's smart HTTP with a password (`git http-backend`
/// behind Basic authentication): a refused credential is said on the
/// beheerder's page and nothing is lost; with the right one (git's own
/// configuration, never vsopro's) the waiting commit goes.
#[test]
fn a_refused_credential_is_said_and_the_right_one_pushes() {
    // The test forge is Python's standard library; without python3 the
    // test says so and skips, except in CI, where it must run.
    if Command::new("python3").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "python3 is needed in CI");
        eprintln!("SKIPPED: no python3 for the smart-HTTP test forge");
        return;
    }
    let root = network();
    root.git(
        ".",
        &["init", "-q", "--bare", "-b", "main", "forges/landelijk.git"],
        WHEN,
    );
    root.git("data", &["branch", "-M", "main"], WHEN);
    root.git(
        "data",
        &["push", "-q", "../forges/landelijk.git", "main"],
        WHEN,
    );
    let mut forge = Command::new("python3")
        .arg(repo().join("tests/support/git_http.py"))
        .arg(root.join("forges"))
        .args(["bureau", "juist-wachtwoord"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 runs the test forge");
    let mut port = String::new();
    BufReader::new(forge.stdout.take().unwrap())
        .read_line(&mut port)
        .unwrap();
    let url = |pw: &str| format!("http://bureau:{pw}@127.0.0.1:{}/landelijk.git", port.trim());
    root.git("data", &["remote", "add", "origin", &url("fout")], WHEN);
    root.git(
        "data",
        &[
            "fetch",
            "-q",
            "../forges/landelijk.git",
            "main:refs/remotes/origin/main",
        ],
        WHEN,
    );
    let (coordinator, office) = (
        invite(
            &root,
            "a@example.org",
            "Anna",
            "coordinator",
            &["midden-holland"],
        ),
        invite(&root, "b@example.org", "Bureau", "beheerder", &[]),
    );
    std::fs::write(
        root.join("state/hub.toml"),
        "[remote]\nfetch_seconds = 3600\nretry_seconds = 1\n",
    )
    .unwrap();
    let hub = start(&root);
    let mut anna = Browser::signed_in(&hub, &coordinator);
    let mut boss = Browser::signed_in(&hub, &office);
    let r = anna.set_status("stagebank-techniek", "done");
    assert_eq!(r.status, 303);
    eventually("the refusal said, the edit waiting", || {
        let page = boss.get("/beheer").body;
        page.contains("id=\"remote-error\"")
            && page.contains("kon origin niet ophalen")
            && page.contains("<dd id=\"remote-waiting\">1</dd>")
    });
    let page = boss.get("/beheer").body;
    assert!(
        !page.contains("juist-wachtwoord") && !page.contains("bureau:fout"),
        "no credential shown"
    );
    // The beheerder sets the right credential in git; the retry pushes.
    root.git(
        "data",
        &["remote", "set-url", "origin", &url("juist-wachtwoord")],
        WHEN,
    );
    eventually("the commit on the forge", || {
        root.git(
            "forges/landelijk.git",
            &["log", "-1", "--format=%an: %s", "main"],
            WHEN,
        )
        .trim()
            == "Anna: Actie 'Gezamenlijke stagebank techniek met het…' afgerond"
    });
    let _ = forge.kill();
    let _ = forge.wait();
}

/// A new, empty repository on the forge: the hub's history is its first
/// push, and the edits follow.
#[test]
fn an_empty_forge_gets_the_hubs_history() {
    let (root, token) = anna();
    root.git(
        ".",
        &["init", "-q", "--bare", "-b", "main", "forge.git"],
        WHEN,
    );
    root.git("data", &["branch", "-M", "main"], WHEN);
    root.git("data", &["remote", "add", "origin", "../forge.git"], WHEN);
    std::fs::write(
        root.join("state/hub.toml"),
        "[remote]\nfetch_seconds = 3600\nretry_seconds = 1\n",
    )
    .unwrap();
    let hub = start(&root);
    let forge_head = || {
        Command::new("git")
            .args(["-C", "forge.git", "rev-parse", "--verify", "-q", "main"])
            .current_dir(root.path())
            .envs(isolation(root.path()))
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    };
    let hub_head = || root.git("data", &["rev-parse", "HEAD"], WHEN);
    eventually("the history on the empty forge", || {
        forge_head() == hub_head()
    });
    let mut b = Browser::signed_in(&hub, &token);
    assert_eq!(b.set_status("stagebank-techniek", "done").status, 303);
    eventually("the edit after it", || forge_head() == hub_head());
}

/// The round's two forms are decided per person on the server: only who
/// edits the region opens a round, only a directie votes, and only for the
/// institutions their account names. Nothing is written otherwise.
#[test]
fn only_the_coordinator_opens_a_round_and_a_directie_votes_for_their_own_institution() {
    let root = network();
    let coordinator = invite(
        &root,
        "c@example.org",
        "Cora",
        "coordinator",
        &["midden-holland"],
    );
    let other = invite(
        &root,
        "o@example.org",
        "Otto",
        "coordinator",
        &["gorinchem"],
    );
    let lezer = invite(&root, "l@example.org", "Lea", "lezer", &[]);
    let out = vsopro(
        &root,
        &[
            "hub",
            "user",
            "add",
            "d@example.org",
            "--name",
            "Dirk",
            "--role",
            "directie",
            "--region",
            "midden-holland",
            "--institution",
            "pro-goudse-hoeve",
            "--state",
            "state",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let directie = String::from_utf8_lossy(&out.stdout)
        .split("/uitnodiging/")
        .nth(1)
        .map(|t| t.split_whitespace().next().unwrap_or_default().to_string())
        .expect("an invitation link");
    let hub = start(&root);
    let path = "/regio/midden-holland/ronde";
    let before = root.files("data/regions");
    for (token, who) in [
        (&other, "another region's coordinator"),
        (&lezer, "a lezer"),
    ] {
        let mut b = Browser::signed_in(&hub, token);
        let page = b.get(path);
        assert_eq!(page.status, 200, "{who} reads the round");
        assert!(
            !page.body.contains("action\" value=\"open"),
            "{who} sees no open form"
        );
        let csrf = Browser::hidden(&page.body, "csrf");
        let open = b.post(
            path,
            &[
                ("csrf", &csrf),
                ("action", "open"),
                ("deadline", "2099-01-01"),
            ],
        );
        assert_eq!(open.status, 403, "{who} cannot open a round");
        let vote = b.post(
            path,
            &[
                ("csrf", &csrf),
                ("action", "vote"),
                ("institution", "pro-goudse-hoeve"),
                ("decision", "akkoord"),
                ("function", "x"),
                ("fingerprint", "x"),
            ],
        );
        assert_eq!(vote.status, 403, "{who} cannot vote");
    }
    assert_eq!(root.files("data/regions"), before);

    let mut c = Browser::signed_in(&hub, &coordinator);
    let csrf = Browser::hidden(&c.get(path).body, "csrf");
    let open = c.post(
        path,
        &[
            ("csrf", &csrf),
            ("action", "open"),
            ("deadline", "2099-01-01"),
        ],
    );
    assert_eq!(open.status, 303);

    let mut d = Browser::signed_in(&hub, &directie);
    let home = d.get("/");
    assert_eq!(home.header("location"), Some(path));
    let page = d.get(path);
    let csrf = Browser::hidden(&page.body, "csrf");
    let fingerprint = Browser::hidden(&page.body, "fingerprint");
    let vote = |b: &mut Browser, school: &str| {
        b.post(
            path,
            &[
                ("csrf", &csrf),
                ("action", "vote"),
                ("institution", school),
                ("decision", "akkoord"),
                ("function", "directeur"),
                ("fingerprint", &fingerprint),
            ],
        )
        .status
    };
    assert_eq!(vote(&mut d, "vso-de-brug"), 403, "not their institution");
    assert_eq!(vote(&mut d, "pro-goudse-hoeve"), 303);
    // The region's changes say what the vote did, in its own words.
    let changes = c.get("/regio/midden-holland/wijzigingen").body;
    assert!(
        changes.contains("<p class=\"subject\">Stem van "),
        "{changes}"
    );
    let plan = root.read("data/regions/midden-holland/jaarplan.toml");
    assert!(
        plan.contains("institution = \"pro-goudse-hoeve\"\nname = \"Dirk\""),
        "{plan}"
    );
    assert!(!plan.contains("vso-de-brug\"\nname"), "{plan}");

    // The command line, on the same data and day, writes the same file and
    // the same report: one use case behind both.
    // The hub's day is the run's --today, as the command line's.
    let today = TODAY.to_string();
    let cli = network();
    let steps: [&[&str]; 2] = [
        &[
            "jaarplan",
            "midden-holland",
            "--round",
            "open",
            "--deadline",
            "2099-01-01",
        ],
        &[
            "jaarplan",
            "midden-holland",
            "--vote",
            "--institution",
            "pro-goudse-hoeve",
            "--by",
            "Dirk",
            "--function",
            "directeur",
            "--decision",
            "akkoord",
            "--yes",
        ],
    ];
    for step in steps {
        let out = Command::new(env!("CARGO_BIN_EXE_vsopro"))
            .envs(isolation(cli.path()))
            .args(["--root", "data", "--today", today.as_str()])
            .args(step)
            .current_dir(cli.path())
            .env("GIT_AUTHOR_NAME", "Dirk")
            .env("GIT_AUTHOR_EMAIL", "d@example.org")
            .env("GIT_COMMITTER_NAME", "Dirk")
            .env("GIT_COMMITTER_EMAIL", "d@example.org")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(cli.read("data/regions/midden-holland/jaarplan.toml"), plan);
    let report = |root: &Sandbox| {
        let args = [
            "--root",
            "data",
            "--today",
            &today,
            "jaarplan",
            "midden-holland",
        ];
        vsopro(root, &[&args[..], &["--format", "json"]].concat()).stdout
    };
    assert_eq!(report(&cli), report(&root));
}

/// The good practices in the hub: searched on the server (a word in
/// another form finds them), and taken up by a coordinator into their own
/// region only — one commit by them; nobody else writes.
#[test]
fn practices_are_searched_on_the_server_and_taken_up_by_a_coordinator() {
    let root = network();
    let coordinator = invite(
        &root,
        "g@example.org",
        "Gerda Gorinchem",
        "coordinator",
        &["gorinchem"],
    );
    let lezer = invite(&root, "l@example.org", "Lea", "lezer", &[]);
    let hub = start(&root);
    let mut g = Browser::signed_in(&hub, &coordinator);
    let found = g.get("/voorbeelden.html?q=stageplekken");
    assert_eq!(found.status, 200, "{}", found.body);
    assert!(
        found.body.contains("Gezamenlijke stagebank techniek"),
        "{}",
        found.body
    );
    assert!(
        found.body.contains("1 van de 1 goede voorbeelden"),
        "{}",
        found.body
    );
    let none = g.get("/voorbeelden.html?q=kinderopvang");
    assert!(
        none.body.contains("0 van de 1 goede voorbeelden"),
        "{}",
        none.body
    );
    // The hub's page has no script: the server searched.
    assert!(!found.body.contains("<script"));

    let path = "/voorbeelden/midden-holland/stagebank-techniek.html";
    let page = g.get(path);
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body
            .contains("Nog door geen andere regio overgenomen.")
    );
    let csrf = Browser::hidden(&page.body, "csrf");
    let before = root.files("data/regions");
    // Not into a region they do not edit.
    let other = g.post(path, &[("csrf", &csrf), ("into", "midden-holland")]);
    assert_eq!(other.status, 403);
    let mut l = Browser::signed_in(&hub, &lezer);
    let lcsrf = Browser::hidden(&l.get(path).body, "csrf");
    assert_eq!(
        l.post(path, &[("csrf", &lcsrf), ("into", "gorinchem")])
            .status,
        403
    );
    assert_eq!(root.files("data/regions"), before);

    let once = Browser::hidden(&page.body, "once");
    let form = [
        ("csrf", csrf.as_str()),
        ("into", "gorinchem"),
        ("once", &once),
    ];
    let taken = g.post(path, &form);
    assert_eq!(taken.status, 303);
    assert_eq!(
        taken.header("location"),
        Some("/regio/gorinchem.html#actie-stagebank-techniek")
    );
    // Sent twice (a double click): done once, and said so.
    let again = g.post(path, &form);
    assert_eq!(again.status, 303);
    assert_eq!(again.header("location"), taken.header("location"));
    let actions = root.read("data/regions/gorinchem/actions.toml");
    assert_eq!(actions.matches("inspired_by").count(), 1, "{actions}");
    assert!(
        g.get("/regio/gorinchem.html")
            .body
            .contains("Dit formulier was al verstuurd")
    );
    let log = root.git("data", &["log", "-1", "--format=%an|%s"], WHEN);
    assert_eq!(
        log,
        "Gerda Gorinchem|Actie 'stagebank-techniek' overgenomen van midden-holland/stagebank-techniek\n"
    );
    let page = g.get(path);
    assert!(
        page.body.contains(
            "Gorinchem</a>: Gezamenlijke stagebank techniek met het werkgeversservicepunt (gepland)"
        ),
        "{}",
        page.body
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_from_the_forge_is_held_back_and_no_link_is_ever_read() {
    let root = network();
    with_forge(&root);
    root.write("elders/creds.toml", "token = \"geheim-123\"\n");
    root.git(".", &["clone", "-q", "forge.git", "other"], WHEN);
    let coordinator = invite(
        &root,
        "a@example.org",
        "Anna",
        "coordinator",
        &["midden-holland"],
    );
    let office = invite(&root, "b@example.org", "Bureau", "beheerder", &[]);
    std::fs::write(
        root.join("state/hub.toml"),
        "[remote]\nfetch_seconds = 1\nretry_seconds = 1\n",
    )
    .unwrap();
    let hub = start(&root);
    let mut anna = Browser::signed_in(&hub, &coordinator);
    let mut boss = Browser::signed_in(&hub, &office);
    // A forge user replaces actions.toml with a link to a file elsewhere
    // on the hub's machine.
    let link = root.join("other/regions/midden-holland/actions.toml");
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(root.join("elders/creds.toml"), &link).unwrap();
    root.git("other", &["add", "-A"], WHEN);
    root.git("other", &["commit", "-qm", "Koppeling"], WHEN);
    root.git("other", &["push", "-q"], WHEN);
    // The hub fetches it, and holds it back: said on /beheer.
    eventually("the link held back on /beheer", || {
        boss.get("/beheer").body.contains("symbolische koppeling")
    });
    let page = boss.get("/beheer").body;
    assert!(
        page.contains("id=\"remote-held\"") && page.contains("actions.toml"),
        "{page}"
    );
    let data = root.join("data/regions/midden-holland/actions.toml");
    assert!(
        !std::fs::symlink_metadata(&data)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the hub's work tree has no link"
    );
    // The coordinator's edits go on, committed here.
    let r = anna.set_status("stagebank-techniek", "done");
    assert_eq!(r.status, 303, "{}", r.body);
    let log = root.git("data", &["show", "--stat", "HEAD"], WHEN);
    assert!(!log.contains("geheim"), "{log}");

    // Had a link reached the work tree (a hand change on the hub's
    // machine), neither a form nor an edit reads through it.
    let new = anna.get("/regio/midden-holland/nieuw/actie");
    let csrf = Browser::hidden(&new.body, "csrf");
    std::fs::remove_file(&data).unwrap();
    std::os::unix::fs::symlink(root.join("elders/creds.toml"), &data).unwrap();
    let form = anna.get("/regio/midden-holland/actie/stagebank-techniek");
    assert_ne!(form.status, 200);
    assert!(!form.body.contains("geheim"), "{}", form.body);
    assert!(form.body.contains("symbolische koppeling"), "{}", form.body);
    let r = anna.post(
        "/regio/midden-holland/nieuw/actie",
        &[
            ("csrf", &csrf),
            ("hash", &Browser::hidden(&new.body, "hash")),
            ("title", "Nieuwe actie"),
            ("themes", "stageplaatsen"),
            ("status", "planned"),
        ],
    );
    assert_ne!(r.status, 303, "{}", r.body);
    assert!(!r.body.contains("geheim"));
    let head = root.git("data", &["show", "HEAD"], WHEN);
    assert!(!head.contains("geheim"), "{head}");
    assert!(
        std::fs::symlink_metadata(&data)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is left as it was, not written through"
    );
}

// ---- A hostile client --------------------------------------------------------

/// The status of a raw request to the hub.
fn raw_status(hub: &Hub, request: &str) -> u16 {
    hub.raw(request).status
}

#[test]
fn the_client_is_the_right_most_forwarded_address_and_a_foreign_host_is_refused() {
    let (root, token) = anna();
    let hub = start_hub(&root, &[], &["--trusted-proxy", "127.0.0.1"]);
    assert_eq!(Browser::new(&hub).accept(&token).status, 303);
    // The proxy appends what it saw (10.0.0.5); the client wrote the left
    // part itself, a new address each time: the failures are 10.0.0.5's.
    for i in 0..10 {
        let mut b = Browser::new(&hub);
        b.forwarded = Some(format!("203.0.113.{i}, 10.0.0.5"));
        assert_eq!(b.sign_in("a@example.org", "fout").status, 401);
    }
    let mut b = Browser::new(&hub);
    b.forwarded = Some("198.51.100.7, 10.0.0.5".into());
    assert_eq!(b.sign_in("a@example.org", PASSWORD).status, 429);
    // Without --public-url the hub answers only the names it listens on.
    let foreign = "GET /aanmelden HTTP/1.1
Host: evil.example
Connection: close

";
    assert_eq!(raw_status(&hub, foreign), 403);
    let page = Browser::new(&hub).get("/aanmelden");
    let pre = Browser::hidden(&page.body, "pre");
    let cookie = page
        .header("set-cookie")
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .to_string();
    let body = format!("pre={pre}&email=a%40example.org&password=x&next=%2F");
    let forged = format!(
        "POST /aanmelden HTTP/1.1\r\nHost: evil.example\r\nOrigin: http://evil.example\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    assert_eq!(raw_status(&hub, &forged), 403);
}

#[test]
fn slow_headers_are_closed() {
    let (root, _) = anna();
    let hub = start(&root);
    // Fifty connections that send their headers a byte now and then.
    let mut slow: Vec<TcpStream> = (0..50)
        .map(|_| {
            let mut s = TcpStream::connect(&hub.host).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\nHo").unwrap();
            s.set_read_timeout(Some(Duration::from_millis(200)))
                .unwrap();
            s
        })
        .collect();
    let started = Instant::now();
    let mut open = slow.len();
    while open > 0 && started.elapsed() < Duration::from_secs(25) {
        open = 0;
        for s in &mut slow {
            let _ = s.write_all(b"x");
            let mut buf = [0u8; 512];
            match s.read(&mut buf) {
                // Closed (or answered and closed): no longer held.
                Ok(_) => {}
                Err(e)
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.kind() == std::io::ErrorKind::TimedOut =>
                {
                    open += 1
                }
                Err(_) => {}
            }
        }
        std::thread::sleep(Duration::from_secs(1));
    }
    assert_eq!(
        open,
        0,
        "{open} slow connections still open after {:?}",
        started.elapsed()
    );
    // And the hub answers on.
    assert_eq!(Browser::new(&hub).get("/aanmelden").status, 200);
}

#[test]
fn the_audit_log_keeps_values_short_and_folds_repeated_refusals() {
    let (root, token) = anna();
    let office = invite(&root, "b@example.org", "Bureau", "beheerder", &[]);
    let hub = start_hub(&root, &[], &["--trusted-proxy", "127.0.0.1"]);
    assert_eq!(Browser::new(&hub).accept(&token).status, 303);
    let mut boss = Browser::signed_in(&hub, &office);
    // A 60 KB address, and thirty failures of one address.
    let long = format!("{}@example.org", "a".repeat(60_000));
    let mut b = Browser::new(&hub);
    b.forwarded = Some("10.9.9.9".into());
    let page = b.get("/aanmelden");
    let pre = Browser::hidden(&page.body, "pre");
    let r = b.post(
        "/aanmelden",
        &[
            ("pre", &pre),
            ("email", &long),
            ("password", "x"),
            ("next", "/"),
        ],
    );
    assert_eq!(r.status, 401);
    for _ in 0..30 {
        let mut b = Browser::new(&hub);
        b.forwarded = Some("10.9.9.8".into());
        let _ = b.sign_in("c@example.org", "fout");
    }
    let db = rusqlite::Connection::open(root.join("state/hub.sqlite")).unwrap();
    let longest: i64 = db
        .query_row(
            "SELECT max(max(length(coalesce(email, ''))), max(length(coalesce(detail, '')))) FROM audit",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(longest <= 254, "{longest}");
    let keys: i64 = db
        .query_row("SELECT max(length(key)) FROM attempt", [], |r| r.get(0))
        .unwrap();
    assert!(keys <= 300, "{keys}");
    let (rows, times): (i64, i64) = db
        .query_row(
            "SELECT count(*), sum(times) FROM audit WHERE detail = 'c@example.org'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(rows <= 2 && times == 30, "{rows} rows, {times} times");
    // People's actions are what /beheer shows first; the refusals apart.
    let people = boss.get("/beheer").body;
    assert!(
        people.contains("nodigde") && !people.contains("Aanmelden mislukt"),
        "{people}"
    );
    let refusals = boss.get("/beheer?soort=weigeringen").body;
    assert!(
        refusals.contains("Aanmelden mislukt") && refusals.contains("keer"),
        "{refusals}"
    );
}

#[test]
fn the_beheerder_chooses_institutions_from_the_region_and_confirms_what_takes_rights() {
    let root = network();
    let office = invite(&root, "beheer2@example.org", "Bureau", "beheerder", &[]);
    invite(
        &root,
        "c@example.org",
        "Carla",
        "coordinator",
        &["midden-holland"],
    );
    let hub = start(&root);
    let mut boss = Browser::signed_in(&hub, &office);
    let page = boss.get("/beheer").body;
    let csrf = Browser::hidden(&page, "csrf");
    // The roles from the least privileged up, by their Dutch names; the
    // regions by name with boxes; the institutions by name with BRIN.
    let roles = &page[page.find("id=\"field-role\"").unwrap()..];
    let roles = &roles[..roles.find("</select>").unwrap()];
    let order: Vec<usize> = [
        "lezer",
        "directie",
        "stuurgroep",
        "coördinator",
        "beheerder",
    ]
    .iter()
    .map(|w| roles.find(&format!(">{w}</option>")).expect(w))
    .collect();
    assert!(order.is_sorted(), "{roles}");
    assert!(!roles.contains("selected"), "{roles}");
    assert!(page.contains("<input type=\"checkbox\" name=\"region\" value=\"gorinchem\">"));
    assert!(
        page.contains("Praktijkschool De Goudse Hoeve (99XA)"),
        "{page}"
    );
    // An institution that is not the region's: refused, all input kept.
    let add = |b: &mut Browser, institution: &str| {
        b.post(
            "/beheer",
            &[
                ("csrf", csrf.as_str()),
                ("action", "add"),
                ("email", "d@example.org"),
                ("name", "Dirk Directeur"),
                ("role", "directie"),
                ("region", "midden-holland"),
                ("institution", institution),
            ],
        )
    };
    // A coordinator without a region: said in the page's words.
    let r = boss.post(
        "/beheer",
        &[
            ("csrf", csrf.as_str()),
            ("action", "add"),
            ("email", "e@example.org"),
            ("name", "Eva"),
            ("role", "coordinator"),
        ],
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body
            .contains("Een coördinator hoort bij een regio: vink bij"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("--region"), "{}", r.body);
    // Without an institution a directie would have nothing to vote on.
    let r = add(&mut boss, "");
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body
            .contains("Kies de instelling of instellingen waarvoor deze directie stemt"),
        "{}",
        r.body
    );
    // The beheerder's own row offers no removal.
    let own = &page[page.find(">beheer2@example.org</td>").unwrap()..];
    assert!(!own[..own.find("</tr>").unwrap()].contains("value=\"remove\""));
    let r = add(&mut boss, "bestaat-niet");
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body
            .contains("&#x27;bestaat-niet&#x27; is geen instelling van Midden-Holland"),
        "{}",
        r.body
    );
    for kept in [
        "value=\"d@example.org\"",
        "value=\"Dirk Directeur\"",
        "<option value=\"directie\" selected>",
        "value=\"midden-holland\" checked",
    ] {
        assert!(r.body.contains(kept), "{kept}: {}", r.body);
    }
    // The one from the list: invited, and shown in the table by name.
    let r = add(&mut boss, "99XA");
    assert_eq!(r.status, 200, "{}", r.body);
    let row = &r.body[r.body.find(">d@example.org</td>").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(
        row.contains("Praktijkschool De Goudse Hoeve (99XA)"),
        "{row}"
    );
    // Removing asks first; only the confirmation removes.
    let remove = [
        ("csrf", csrf.as_str()),
        ("action", "remove"),
        ("email", "c@example.org"),
    ];
    let r = boss.post("/beheer", &remove);
    assert_eq!(r.status, 200);
    assert!(
        r.body
            .contains("Weet u zeker dat u het account van Carla (c@example.org) wilt verwijderen?"),
        "{}",
        r.body
    );
    assert!(r.body.contains(">c@example.org</td>"), "not removed yet");
    assert!(r.body.contains("name=\"confirm\" value=\"ja\""));
    // A lower role asks too; a higher one or the same does not.
    let lower = [
        ("csrf", csrf.as_str()),
        ("action", "role"),
        ("email", "c@example.org"),
        ("role", "lezer"),
    ];
    let r = boss.post("/beheer", &lower);
    assert!(
        r.body
            .contains("Weet u zeker dat u Carla van coördinator naar lezer wilt zetten?"),
        "{}",
        r.body
    );
    let row = &r.body[r.body.find(">c@example.org</td>").unwrap()..];
    assert!(row[..row.find("</tr>").unwrap()].contains(">coördinator</td>"));
    let mut confirmed = lower.to_vec();
    confirmed.push(("confirm", "ja"));
    let r = boss.post("/beheer", &confirmed);
    let row = &r.body[r.body.find(">c@example.org</td>").unwrap()..];
    assert!(
        row[..row.find("</tr>").unwrap()].contains(">lezer</td>"),
        "{}",
        r.body
    );
    // A directie again: her institution chosen on the role form too.
    let directie = |institution: &'static str| {
        vec![
            ("csrf", csrf.as_str()),
            ("action", "role"),
            ("email", "c@example.org"),
            ("role", "directie"),
            ("region", "midden-holland"),
            ("institution", institution),
        ]
    };
    let r = boss.post("/beheer", &directie(""));
    assert_eq!(r.status, 422, "{}", r.body);
    let r = boss.post("/beheer", &directie("99XC"));
    assert_eq!(r.status, 200, "{}", r.body);
    let row = &r.body[r.body.find(">c@example.org</td>").unwrap()..];
    assert!(
        row[..row.find("</tr>").unwrap()].contains("VSO De Brug (99XC)"),
        "{}",
        r.body
    );
    let mut confirmed = remove.to_vec();
    confirmed.push(("confirm", "ja"));
    let r = boss.post("/beheer", &confirmed);
    assert_eq!(r.status, 200);
    assert!(!r.body.contains(">c@example.org</td>"), "{}", r.body);
}

#[test]
fn a_beheerder_keeps_their_own_account_and_the_network_a_beheerder() {
    let root = network();
    let office = invite(&root, "beheer2@example.org", "Bureau", "beheerder", &[]);
    let hub = start(&root);
    let mut boss = Browser::signed_in(&hub, &office);
    let page = boss.get("/beheer").body;
    let csrf = Browser::hidden(&page, "csrf");
    // The own address in other letters is still the own account.
    for (action, extra) in [("remove", None), ("role", Some("lezer"))] {
        let mut fields = vec![
            ("csrf", csrf.as_str()),
            ("action", action),
            ("email", "BEHEER2@Example.org"),
        ];
        if let Some(role) = extra {
            fields.push(("role", role));
        }
        let r = boss.post("/beheer", &fields);
        assert_eq!(r.status, 409, "{action}: {}", r.body);
    }
    assert_eq!(boss.get("/beheer").status, 200, "still a beheerder");
    // The last beheerder can be neither removed nor demoted, not on the
    // command line either.
    let state = root.join("state");
    let out = vsopro(
        &root,
        &[
            "hub",
            "user",
            "remove",
            "beheer2@example.org",
            "--state",
            state.to_str().unwrap(),
        ],
    );
    assert!(
        !out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("laatste beheerder"));
    let out = vsopro(
        &root,
        &[
            "hub",
            "user",
            "role",
            "beheer2@example.org",
            "--role",
            "lezer",
            "--state",
            state.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
}

#[test]
fn names_and_addresses_are_checked_wherever_they_come_in() {
    let root = network();
    let office = invite(&root, "b@example.org", "Bureau", "beheerder", &[]);
    let state = root.join("state");
    let state = state.to_str().unwrap();
    for (email, name) in [
        ("x@example.org", "Anna\nCo-authored-by: Bea <b@example.org>"),
        ("x@example.org", "   "),
        ("x@example.org", &"lang".repeat(1300)),
        ("x@example.org\r\nBcc: y@example.org", "Anna"),
        ("<x@example.org>", "Anna"),
        ("geen-adres", "Anna"),
    ] {
        let out = vsopro(
            &root,
            &[
                "hub", "user", "add", email, "--name", name, "--role", "lezer", "--state", state,
            ],
        );
        assert!(!out.status.success(), "{email:?} {name:?}");
        assert_ne!(out.status.code(), Some(101), "no panic");
    }
    let hub = start(&root);
    let mut boss = Browser::signed_in(&hub, &office);
    let page = boss.get("/beheer").body;
    let csrf = Browser::hidden(&page, "csrf");
    let r = boss.post(
        "/beheer",
        &[
            ("csrf", &csrf),
            ("action", "add"),
            ("email", "y@example.org"),
            ("name", "a\r\nb"),
            ("role", "lezer"),
        ],
    );
    assert!(r.body.contains("een naam is"), "{}", r.body);
    let r = boss.post(
        "/beheer",
        &[
            ("csrf", &csrf),
            ("action", "add"),
            ("email", "y@example.org"),
            ("name", "nul\u{0}naam"),
            ("role", "lezer"),
        ],
    );
    assert!(r.body.contains("een naam is"), "{}", r.body);
    assert!(!boss.get("/beheer").body.contains("y@example.org"));
}

#[test]
fn a_form_s_id_and_its_lengths_are_held_on_the_server() {
    let (root, token) = anna();
    let hub = start(&root);
    let mut anna = Browser::signed_in(&hub, &token);
    let before = root.read(ACTIONS);
    for id in [
        "--upload-pack=x",
        "../../etc/passwd",
        "a\nb",
        "..",
        &"x".repeat(300),
        "Hoofdletters",
    ] {
        let page = anna.get("/regio/midden-holland/nieuw/actie");
        let r = anna.post(
            "/regio/midden-holland/nieuw/actie",
            &[
                ("csrf", &Browser::hidden(&page.body, "csrf")),
                ("hash", &Browser::hidden(&page.body, "hash")),
                ("id", id),
                ("title", "Een actie"),
                ("themes", "stageplaatsen"),
                ("status", "planned"),
            ],
        );
        assert_eq!(r.status, 422, "{id:?}: {}", r.body);
    }
    // Longer than the form says (maxlength 500): refused on the server too.
    let page = anna.get("/regio/midden-holland/nieuw/actie");
    let r = anna.post(
        "/regio/midden-holland/nieuw/actie",
        &[
            ("csrf", &Browser::hidden(&page.body, "csrf")),
            ("hash", &Browser::hidden(&page.body, "hash")),
            ("title", &"t".repeat(50_000)),
            ("themes", "stageplaatsen"),
            ("status", "planned"),
        ],
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(root.read(ACTIONS), before, "nothing written");
}

#[test]
fn sixteen_additions_at_once_all_land() {
    let (root, token) = anna();
    let hub = start(&root);
    let mut anna = Browser::signed_in(&hub, &token);
    let cookies = anna.cookies.clone();
    let page = anna.get("/regio/midden-holland/nieuw/actie");
    let (csrf, hash) = (
        Browser::hidden(&page.body, "csrf"),
        Browser::hidden(&page.body, "hash"),
    );
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let all: Vec<_> = (0..16)
            .map(|i| {
                let (hub, cookies, csrf, hash) = (&hub, cookies.clone(), &csrf, &hash);
                s.spawn(move || {
                    let mut b = Browser::new(hub);
                    b.cookies = cookies;
                    b.post(
                        "/regio/midden-holland/nieuw/actie",
                        &[
                            ("csrf", csrf.as_str()),
                            ("hash", hash.as_str()),
                            ("title", &format!("Gelijktijdige actie {i}")),
                            ("themes", "stageplaatsen"),
                            ("status", "planned"),
                        ],
                    )
                    .status
                })
            })
            .collect();
        all.into_iter().map(|t| t.join().unwrap()).collect()
    });
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    let text = root.read(ACTIONS);
    for i in 0..16 {
        assert!(text.contains(&format!("Gelijktijdige actie {i}\"")), "{i}");
    }
}

/// What a person reads on a page: its text without tags, without the
/// "technische details" a person opens on purpose, and without scripts.
fn readable_text(html: &str) -> String {
    let mut text = html.to_string();
    for (open, close) in [
        ("<details class=\"technical\"", "</details>"),
        ("<script", "</script>"),
        ("<style", "</style>"),
    ] {
        while let Some(at) = text.find(open) {
            let end = text[at..]
                .find(close)
                .map_or(text.len(), |e| at + e + close.len());
            text.replace_range(at..end, " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// The same-site links of a page at `path`, as absolute paths.
fn links_of(path: &str, html: &str) -> Vec<String> {
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|h| h.replace("&#x2f;", "/").replace("&amp;", "&"))
        .filter(|h| {
            !h.starts_with("http")
                && !h.starts_with("mailto:")
                && !h.starts_with("data:")
                && !h.starts_with('#')
        })
        .map(|h| {
            let h = h.split('#').next().unwrap_or_default().to_string();
            let joined = if h.starts_with('/') {
                h
            } else {
                format!("{dir}{h}")
            };
            // Resolve `..` and `.`.
            let mut parts: Vec<&str> = Vec::new();
            for p in joined.split('/') {
                match p {
                    ".." => {
                        parts.pop();
                    }
                    "." => {}
                    p => parts.push(p),
                }
            }
            let p = parts.join("/");
            if p.starts_with('/') {
                p
            } else {
                format!("/{p}")
            }
        })
        .filter(|h| h != "/" || path == "/")
        .collect()
}

/// Every page a person of each role can reach from where they start: no
/// link answers 403, 404 or an error, and no page speaks in diagnostic
/// codes, file paths, TOML or command-line flags outside "technische
/// details".
#[test]
fn each_role_reaches_only_pages_they_may_open_and_every_page_speaks_in_words() {
    let root = network();
    // A round open, so that its pages are there too.
    root.cmd(&[
        "--root",
        "data",
        "jaarplan",
        "midden-holland",
        "--round",
        "open",
        "--deadline",
        "2026-12-31",
    ])
    .no_root()
    .today("2026-11-22")
    .git_identity("2026-11-20T10:00:00+01:00")
    .run()
    .expect(0);
    let people = [
        ("beheer@example.org", "beheerder", vec![]),
        (
            "coordinator@example.org",
            "coordinator",
            vec!["--region", "midden-holland"],
        ),
        (
            "stuurgroep@example.org",
            "stuurgroep",
            vec!["--region", "midden-holland"],
        ),
        (
            "directie@example.org",
            "directie",
            vec![
                "--region",
                "midden-holland",
                "--institution",
                "pro-goudse-hoeve",
            ],
        ),
        ("lezer@example.org", "lezer", vec![]),
    ];
    let mut tokens = Vec::new();
    for (email, role, extra) in &people {
        let mut args = vec![
            "hub",
            "user",
            "add",
            email,
            "--name",
            "Iemand Test",
            "--role",
            role,
        ];
        args.extend(extra.iter().copied());
        args.extend(["--state", "state"]);
        let out = vsopro(&root, &args);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let token = text
            .split("/uitnodiging/")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap();
        tokens.push((*role, token.to_string()));
    }
    let hub = start(&root);
    let words = [
        ("a diagnostic code", regex::Regex::new(r"\[[a-z]+(-[a-z]+)+\]").unwrap()),
        ("a file path", regex::Regex::new(r"regions/|\.toml\b").unwrap()),
        ("a command-line flag", regex::Regex::new(r"(^|\s)--[a-z][a-z-]+").unwrap()),
        (
            "a command",
            regex::Regex::new(r"\bvsopro (check|uitleg|init|import|jaarplan|accordeer|hub|serve|sync|site|voorbeelden|caseload|foto|themes|staffing|uitstroom|schema|codeowners|regions|voortgang)\b").unwrap(),
        ),
        ("TOML", regex::Regex::new(r"\[\[[a-z]|\b[a-z]+_[a-z_]+\b|\b[a-z_]+ = ").unwrap()),
    ];
    let mut found = Vec::new();
    for (role, token) in &tokens {
        let mut b = Browser::signed_in(&hub, token);
        let mut seen = std::collections::BTreeSet::new();
        let mut queue =
            std::collections::VecDeque::from([("/".to_string(), "(start)".to_string())]);
        while let Some((path, from)) = queue.pop_front() {
            if !seen.insert(path.clone()) || seen.len() > 300 {
                continue;
            }
            // Signing out ends the walk's session; its form is a POST anyway.
            if path.starts_with("/afmelden") {
                continue;
            }
            let r = b.get(&path);
            match r.status {
                200 => {}
                301..=303 => {
                    if let Some(to) = r.header("location") {
                        queue.push_back((to.to_string(), path.clone()));
                    }
                    continue;
                }
                s => {
                    found.push(format!("{role}: {path} (linked from {from}) answers {s}"));
                    continue;
                }
            }
            if !r
                .header("content-type")
                .is_some_and(|t| t.starts_with("text/html"))
            {
                continue;
            }
            let text = readable_text(&r.body);
            for (what, re) in &words {
                for m in re.find_iter(&text) {
                    let at = m.start();
                    let context: String = text[text[..at]
                        .char_indices()
                        .rev()
                        .nth(40)
                        .map_or(0, |(i, _)| i)..]
                        .chars()
                        .take(100)
                        .collect();
                    found.push(format!(
                        "{role}: {path} shows {what}: …{}…",
                        context.split_whitespace().collect::<Vec<_>>().join(" ")
                    ));
                }
            }
            for link in links_of(&path, &r.body) {
                if !seen.contains(&link) {
                    queue.push_back((link, path.clone()));
                }
            }
        }
        // The walk itself must have reached the pages of the role's work.
        let must: &[&str] = match *role {
            "coordinator" | "beheerder" => {
                &["/verwijderen", "/wijzigingen", "/geschiedenis", "/ronde"]
            }
            "directie" => &["/ronde"],
            _ => &["/regio/"],
        };
        for m in must {
            if !seen.iter().any(|p| p.contains(m)) {
                found.push(format!(
                    "{role}: the walk reached no page with {m} ({} pages)",
                    seen.len()
                ));
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "{} findings:\n{}",
        found.len(),
        found.join("\n")
    );
}
