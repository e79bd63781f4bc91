//! `vsopro serve`: the workbench as a real server on an ephemeral port,
//! asked over real HTTP (a plain TCP client: every byte of the request is
//! the test's own, so hostile requests can be written as they are).

use crate::common::*;
pub(crate) use crate::web::{Reply, Server};

pub(crate) fn start(root: &Sandbox, extra: &[&str]) -> Server {
    start_env(root, extra, &[])
}

pub(crate) fn start_env(root: &Sandbox, extra: &[&str], env: &[(&str, &str)]) -> Server {
    let mut args = vec!["serve", "--port", "0"];
    args.extend(extra);
    let mut cmd = root.cmd(&args).lang(Some("nl"));
    for (k, v) in env {
        cmd = cmd.env(k, v);
    }
    Server::spawn(cmd.command())
}

impl Server {
    /// The workbench's token, as its link gave it.
    pub(crate) fn token(&self) -> &str {
        self.token.as_deref().expect("the workbench's token")
    }

    pub(crate) fn get_with(&self, path: &str, headers: &str) -> Reply {
        self.raw(&format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\n{headers}Connection: close\r\n\r\n",
            self.host
        ))
    }

    /// GET with the token's cookie.
    pub(crate) fn get(&self, path: &str) -> Reply {
        self.get_with(path, &format!("Cookie: vsopro-token={}\r\n", self.token()))
    }
}

#[test]
fn the_link_s_token_becomes_a_cookie_and_nothing_opens_without_it() {
    let root = Sandbox::examples();
    let s = start(&root, &[]);
    assert_eq!(s.token().len(), 32);
    let r = s.get_with(&format!("/?token={}", s.token()), "");
    assert_eq!(r.status, 303, "{}", r.headers);
    assert_eq!(r.header("location"), Some("/"), "{}", r.headers);
    assert!(
        r.header("set-cookie").is_some_and(|c| c
            == format!(
                "vsopro-token={}; HttpOnly; SameSite=Strict; Path=/",
                s.token()
            )),
        "{}",
        r.headers
    );
    assert_eq!(s.get_with("/", "").status, 403);
    assert_eq!(s.get_with("/?token=0000", "").status, 403);
    assert_eq!(s.get_with("/", "Cookie: vsopro-token=0000\r\n").status, 403);
    let r = s.get("/");
    assert_eq!(r.status, 200);
    assert!(
        r.body
            .contains("<h1>Netwerkcoördinatoren vso&#x2f;pro in de 35 arbeidsmarktregio"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Werkbank"));
    assert_eq!(r.header("x-frame-options"), Some("DENY"));
    assert!(
        r.header("content-security-policy")
            .is_some_and(|c| c.starts_with("default-src 'self'"))
    );
}

#[test]
fn pages_show_the_files_as_they_are_now_with_their_problems() {
    let root = Sandbox::examples();
    let s = start(&root, &[]);
    let page = s.get("/regio/midden-holland.html");
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("<h1>Regionale foto Midden-Holland (AM20)</h1>")
    );
    assert!(page.body.contains("Praktijkschool De Goudse Hoeve"));
    // An edit in an editor shows on the next load.
    let schools = root.read("regions/midden-holland/schools.toml");
    root.write(
        "regions/midden-holland/schools.toml",
        schools.replace(
            "Praktijkschool De Goudse Hoeve",
            "Praktijkschool De Goudse Waard",
        ),
    );
    let page = s.get("/regio/midden-holland.html");
    assert!(page.body.contains("Praktijkschool De Goudse Waard"));
    // The problems page: every diagnostic, with its place, its quoted line
    // and help, linked to the region's page; the region shows its own.
    let actions = root.read("regions/midden-holland/actions.toml");
    root.write(
        "regions/midden-holland/actions.toml",
        actions.replacen("status = \"active\"", "status = \"klaar\"", 1),
    );
    let problems = s.get("/problemen.html");
    assert_eq!(problems.status, 200);
    assert!(
        problems.body.contains("<code>[invalid-value]</code>"),
        "{}",
        problems.body
    );
    // minijinja escapes `/` in text as `&#x2f;`.
    // The region in words, linked; the file and line only in the
    // technical details.
    assert!(
        problems
            .body
            .contains(r#"(<a href="regio/midden-holland.html">Midden-Holland</a>)"#),
        "{}",
        problems.body
    );
    assert!(
        problems
            .body
            .split("<details class=\"technical\">")
            .skip(1)
            .any(|t| t.contains("regions&#x2f;midden-holland&#x2f;actions.toml:31:10")),
        "{}",
        problems.body
    );
    assert!(
        problems.body.contains("status = &quot;klaar&quot;"),
        "{}",
        problems.body
    );
    assert!(problems.body.contains("Tip: "));
    let page = s.get("/regio/midden-holland.html");
    assert!(
        page.body.contains("class=\"region-problems\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("<code>[invalid-value]</code>"));
    // The stylesheet, and nothing else by name.
    let css = s.get("/style.css");
    assert_eq!(css.status, 200);
    assert!(
        css.header("content-type")
            .is_some_and(|c| c.starts_with("text/css"))
    );
    // An error is a page of the site: its header, a sentence, a way back;
    // and every page has its icon inline (no request that answers 404).
    let missing = s.get("/regio/nergens.html");
    assert_eq!(missing.status, 404);
    for page in [&missing.body, &page.body, &problems.body] {
        assert!(page.contains("<header>"), "{page}");
        assert!(
            page.contains("<link rel=\"icon\" href=\"data:image/svg+xml,"),
            "{page}"
        );
    }
    assert!(missing.body.contains("<a href=\"/\">"), "{}", missing.body);
}

#[test]
fn hostile_requests_are_refused() {
    let root = Sandbox::examples();
    let s = start(&root, &[]);
    let cookie = format!("Cookie: vsopro-token={}\r\n", s.token());
    // DNS rebinding: a page of another name that resolves here.
    let r = s.raw(&format!(
        "GET / HTTP/1.1\r\nHost: evil.example:80\r\n{cookie}Connection: close\r\n\r\n"
    ));
    assert_eq!(r.status, 403);
    let r = s.get_with("/", &format!("{cookie}Origin: http://evil.example\r\n"));
    assert_eq!(r.status, 403);
    let r = s.get_with("/", &format!("{cookie}Origin: http://{}\r\n", s.host));
    assert_eq!(r.status, 200);
    // Paths: only the registry's regions and themes.
    for path in [
        "/regio/../../etc/passwd",
        "/regio/..%2f..%2fetc%2fpasswd.html",
        "/regio/midden-holland%2f..%2fgorinchem.html",
        "/regions/midden-holland/schools.toml",
        "/../README.md",
    ] {
        assert_eq!(s.get(path).status, 404, "{path}");
    }
    // An oversized body is refused before it is read.
    let r = s.raw(&format!(
        "POST /regio/midden-holland.html HTTP/1.1\r\nHost: {}\r\n{cookie}Content-Length: 10000000\r\nConnection: close\r\n\r\n",
        s.host
    ));
    assert_eq!(r.status, 413);
    // Bytes outside ASCII in the path of the token's link: refused or
    // redirected with the path encoded, and the server keeps serving.
    let r = s.raw(&format!(
        "GET /\u{e9}t\u{e9}?token={} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        s.token(),
        s.host
    ));
    assert!(
        r.status != 303 || r.header("location") == Some("/%C3%A9t%C3%A9"),
        "{}",
        r.headers
    );
    assert_eq!(s.get("/").status, 200);
    // Other methods are not known.
    let r = s.raw(&format!(
        "DELETE / HTTP/1.1\r\nHost: {}\r\n{cookie}Connection: close\r\n\r\n",
        s.host
    ));
    assert_eq!(r.status, 405);
}

#[test]
fn read_only_refuses_every_change_and_says_so() {
    let root = Sandbox::examples();
    let s = start(&root, &["--read-only"]);
    let page = s.get("/");
    assert!(page.body.contains("alleen lezen"), "{}", page.body);
    // No forms are served.
    let region = s.get("/regio/midden-holland.html");
    assert!(!region.body.contains("<form"), "{}", region.body);
    let r = s.raw(&format!(
        "POST /regio/midden-holland.html HTTP/1.1\r\nHost: {}\r\nCookie: vsopro-token={}\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=b",
        s.host, s.token()
    ));
    assert_eq!(r.status, 403);
    assert!(r.body.contains("alleen om te lezen"), "{}", r.body);
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let root = Sandbox::examples();
    let s = start(&root, &[]);
    let port = s.host.rsplit(':').next().unwrap();
    root.cmd(&["serve", "--port", port])
        .run()
        .expect(2)
        .err_has("the workbench cannot start");
}

impl Server {
    /// POST a form with the token's cookie.
    pub(crate) fn post(&self, path: &str, form: &str) -> Reply {
        self.raw(&format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nCookie: vsopro-token={}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            self.host,
            self.token(),
            form.len()
        ))
    }

    /// The form's hidden fields as the region page gives them.
    fn form_fields(&self, slug: &str) -> (String, String) {
        let page = self.get(&format!("/regio/{slug}.html")).body;
        let field = |name: &str| {
            let at = page
                .find(&format!("name=\"{name}\" value=\""))
                .unwrap_or_else(|| panic!("no {name} field in:\n{page}"));
            let rest = &page[at + name.len() + 15..];
            rest[..rest.find('"').unwrap()].to_string()
        };
        (field("csrf"), field("hash"))
    }
}

pub(crate) const ACTIONS: &str = "regions/midden-holland/actions.toml";

pub(crate) fn repository() -> Sandbox {
    let root = Sandbox::examples();
    // A comment beside the status: it must survive the edit.
    let actions = root.read(ACTIONS).replacen(
        "status = \"active\"",
        "status = \"active\" # sinds de zomer",
        1,
    );
    root.write(ACTIONS, actions);
    repository_of(root)
}

/// Commits what the sandbox holds, as the user's data before the workbench.
pub(crate) fn repository_of(root: Sandbox) -> Sandbox {
    let when = "2026-09-01T10:00:00+02:00";
    root.git(".", &["init", "-q"], when);
    root.git(".", &["add", "-A"], when);
    root.git(".", &["commit", "-qm", "Gegevens"], when);
    root
}

/// The last commit: author, message and the files it changed.
pub(crate) fn last_commit(root: &Sandbox) -> String {
    root.git(
        ".",
        &["log", "-1", "--format=%an <%ae>%n%s", "--name-only"],
        "2026-11-22T12:00:00+01:00",
    )
}

/// The expected `last_commit` of an edit by the test identity.
pub(crate) fn committed(message: &str, file: &str) -> String {
    format!("Coördinator Test <coordinator@example.org>\n{message}\n\n{file}\n")
}

/// Starts the workbench with a git identity and a fixed date for its commits.
pub(crate) fn start_with_identity(root: &Sandbox) -> Server {
    start_env(
        root,
        &[],
        &[
            ("GIT_AUTHOR_NAME", "Coördinator Test"),
            ("GIT_AUTHOR_EMAIL", "coordinator@example.org"),
            ("GIT_COMMITTER_NAME", "Coördinator Test"),
            ("GIT_COMMITTER_EMAIL", "coordinator@example.org"),
            ("GIT_AUTHOR_DATE", "2026-11-22T12:00:00+01:00"),
            ("GIT_COMMITTER_DATE", "2026-11-22T12:00:00+01:00"),
        ],
    )
}

/// Posts the status form of the action `stagebank-techniek` as done.
fn mark_stagebank_done(s: &Server) -> Reply {
    let (csrf, hash) = s.form_fields("midden-holland");
    s.post(
        "/regio/midden-holland/actie/stagebank-techniek/status",
        &format!("csrf={csrf}&hash={hash}&status=done"),
    )
}

#[test]
fn marking_an_action_done_changes_one_line_and_makes_one_commit() {
    let root = repository();
    let before = root.read(ACTIONS);
    let s = start_with_identity(&root);
    let r = mark_stagebank_done(&s);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        r.header("location"),
        Some("/regio/midden-holland.html#actie-stagebank-techniek")
    );
    // Exactly the status line changed, its comment kept.
    let after = root.read(ACTIONS);
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        vec![(
            "status = \"active\" # sinds de zomer",
            "status = \"done\" # sinds de zomer"
        )]
    );
    assert_eq!(before.lines().count(), after.lines().count());
    root.cmd(&["check"]).run().expect(0);
    // One commit, with a Dutch message, the user's identity, one file.
    assert_eq!(
        last_commit(&root),
        committed(
            "Actie 'Gezamenlijke stagebank techniek met het…' afgerond",
            "regions/midden-holland/actions.toml"
        )
    );
    // The page says what happened, once.
    let page = s.get("/regio/midden-holland.html");
    assert!(
        page.body.contains(
            "Opgeslagen en vastgelegd op uw naam: Actie &#x27;Gezamenlijke stagebank techniek met het…&#x27; afgerond"
        ),
        "{}",
        page.body
    );
    assert!(
        !s.get("/regio/midden-holland.html")
            .body
            .contains("Opgeslagen")
    );
}

#[test]
fn a_stale_form_or_a_missing_guard_changes_nothing() {
    let root = repository();
    let s = start_with_identity(&root);
    let (csrf, hash) = s.form_fields("midden-holland");
    // Changed on disk after the page was made: refused, file untouched.
    let edited = root.read(ACTIONS) + "\n# een aantekening\n";
    root.write(ACTIONS, &edited);
    let r = s.post(
        "/regio/midden-holland/actie/stagebank-techniek/status",
        &format!("csrf={csrf}&hash={hash}&status=done"),
    );
    assert_eq!(r.status, 409);
    assert!(
        r.body.contains("gewijzigd sinds u de pagina opende"),
        "{}",
        r.body
    );
    assert_eq!(root.read(ACTIONS), edited);
    // No CSRF token, a wrong one, an unknown action or status, a region
    // path that is no region: refused.
    let (_, hash) = s.form_fields("midden-holland");
    for (path, form, status) in [
        (
            "/regio/midden-holland/actie/stagebank-techniek/status",
            format!("hash={hash}&status=done"),
            403,
        ),
        (
            "/regio/midden-holland/actie/stagebank-techniek/status",
            format!("csrf=0&hash={hash}&status=done"),
            403,
        ),
        (
            "/regio/midden-holland/actie/nergens/status",
            format!("csrf={csrf}&hash={hash}&status=done"),
            404,
        ),
        (
            "/regio/midden-holland/actie/stagebank-techniek/status",
            format!("csrf={csrf}&hash={hash}&status=klaar"),
            400,
        ),
        (
            "/regio/..%2f..%2fetc/actie/x/status",
            format!("csrf={csrf}&hash={hash}&status=done"),
            404,
        ),
    ] {
        assert_eq!(s.post(path, &form).status, status, "{path} {form}");
    }
    assert_eq!(root.read(ACTIONS), edited);
}

#[test]
fn uncommitted_changes_of_the_user_are_not_swept_into_a_commit() {
    let root = repository();
    let s = start_with_identity(&root);
    let edited = root.read(ACTIONS) + "\n# een eigen aantekening\n";
    root.write(ACTIONS, &edited);
    let (csrf, hash) = s.form_fields("midden-holland");
    let r = s.post(
        "/regio/midden-holland/actie/stagebank-techniek/status",
        &format!("csrf={csrf}&hash={hash}&status=done"),
    );
    assert_eq!(r.status, 303);
    assert!(
        root.read(ACTIONS)
            .contains("status = \"done\" # sinds de zomer")
    );
    let log = root.git(".", &["log", "--format=%s"], "2026-11-22T12:00:00+01:00");
    assert_eq!(log, "Gegevens\n");
    let page = s.get("/regio/midden-holland.html");
    assert!(
        page.body.contains("niet vastgelegd in git"),
        "{}",
        page.body
    );
}

pub(crate) const PLAN: &str = "regions/midden-holland/jaarplan.toml";

#[test]
fn a_measurement_is_added_to_its_goal_and_an_invalid_one_is_refused() {
    let root = repository();
    let s = start_with_identity(&root);
    let before = root.read(PLAN);
    let page = s.get("/regio/midden-holland.html").body;
    let csrf = s.form_fields("midden-holland").0;
    // The goal forms come last on the page: their hash is jaarplan.toml's.
    let hash = {
        let rest = &page[page.rfind("name=\"hash\" value=\"").unwrap() + 19..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    // Below zero: the check refuses it, with the diagnostic; nothing written.
    let r = s.post(
        "/regio/midden-holland/doel/meer-stageplekken/meting",
        &format!("csrf={csrf}&hash={hash}&date=2026-11-20&value=-3&source=stagebank"),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    // The region's page again, the diagnostic right after the goal's form.
    let form = &r.body[r.body.find("id=\"doel-meer-stageplekken\"").unwrap()..];
    let beside = &form[form.find("</form>").unwrap()..];
    assert!(
        beside.starts_with("</form><div class=\"form-problems\" role=\"alert\"><p>Niet opgeslagen"),
        "{beside}"
    );
    assert!(
        beside[..beside.find("</div>").unwrap()].contains("een meting op nul of hoger"),
        "{beside}"
    );
    assert_eq!(r.body.matches("class=\"form-problems\"").count(), 1);
    // Answered at the form's own address: the page's links lead from
    // there (its style sheet, its region's links).
    assert!(
        r.body
            .contains("<link rel=\"stylesheet\" href=\"..&#x2f;..&#x2f;..&#x2f;..&#x2f;style.css"),
        "{}",
        r.body
    );
    assert_eq!(root.read(PLAN), before);
    // 15 on 20 November: appended to the goal, the rest of the file as it was.
    let r = s.post(
        "/regio/midden-holland/doel/meer-stageplekken/meting",
        &format!("csrf={csrf}&hash={hash}&date=2026-11-20&value=15&source=stagebank"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let after = root.read(PLAN);
    let first_goal = &before[..before.find("[[goal]]\nid = \"nazorg-gelijk\"").unwrap()];
    assert!(after.starts_with(first_goal.trim_end()), "{after}");
    assert!(
        after.contains(
            "[[goal.measurement]]\ndate = 2026-11-20\nvalue = 15\nsource = \"stagebank\"\n"
        ),
        "{after}"
    );
    root.cmd(&["check"]).run().expect(0);
    // A second measurement of the same day: refused, the first kept.
    let page = s.get("/regio/midden-holland.html").body;
    let hash2 = {
        let rest = &page[page.rfind("name=\"hash\" value=\"").unwrap() + 19..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    let r = s.post(
        "/regio/midden-holland/doel/meer-stageplekken/meting",
        &format!("csrf={csrf}&hash={hash2}&date=2026-11-20&value=16"),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body
            .contains("Dit doel heeft al een meting op 20 november 2026"),
        "{}",
        r.body
    );
    assert_eq!(root.read(PLAN), after);
    let v = root
        .run(&["jaarplan", "midden-holland", "--format", "json"])
        .json();
    assert_eq!(v["goals"][0]["attainment"]["value"], 15.0);
    // A measurement is progress, not a change of what was approved.
    assert_eq!(v["approval"]["valid"], true);
    assert_eq!(
        last_commit(&root),
        committed(
            "Meting voor doel 'Dertig extra stageplekken in de techniek.' vastgelegd: 15 op 20 november 2026",
            "regions/midden-holland/jaarplan.toml"
        )
    );
}

#[test]
fn a_meeting_is_recorded_with_notes_and_decisions_and_never_overwritten_from_the_small_form() {
    let root = repository();
    let s = start_with_identity(&root);
    let csrf = s.form_fields("midden-holland").0;
    let hash = |s: &Server| {
        let page = s.get("/regio/midden-holland.html").body;
        let rest = &page[page.rfind("name=\"hash\" value=\"").unwrap() + 19..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    let form = |hash: &str, notes: &str| {
        format!(
            "csrf={csrf}&hash={hash}&kind=stuurgroep&date=2026-11-20&notes={notes}&decisions=Vervoer+agenderen%0D%0AStagebank+uitbreiden"
        )
    };
    let r = s.post(
        "/regio/midden-holland/overleg",
        &form(&hash(&s), "Voortgang+besproken.%0D%0AStagebank+loopt."),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let plan = root.read(PLAN);
    assert!(
        plan.ends_with(
            "[[meeting]]\nkind = \"stuurgroep\"\ndate = 2026-11-20\nnotes = \"\"\"\nVoortgang besproken.\nStagebank loopt.\"\"\"\ndecisions = [\"Vervoer agenderen\", \"Stagebank uitbreiden\"]\n"
        ),
        "{plan}"
    );
    root.cmd(&["check"]).run().expect(0);
    assert_eq!(
        last_commit(&root),
        committed(
            "Stuurgroepoverleg van 20 november 2026 vastgelegd",
            "regions/midden-holland/jaarplan.toml"
        )
    );
    // The same meeting again from this form: refused beside it, its notes
    // and decisions kept (the meeting's own form changes them).
    let r = s.post(
        "/regio/midden-holland/overleg",
        &form(&hash(&s), "Bijgewerkt."),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body
            .contains("Er is al een verslag van dit overleg op 20 november 2026"),
        "{}",
        r.body
    );
    assert_eq!(root.read(PLAN), plan);
    // Shown on the page, with its decisions.
    let page = s.get("/regio/midden-holland.html").body;
    assert!(page.contains("Besluit: Vervoer agenderen"), "{page}");
}

#[test]
fn the_directies_approval_is_recorded_from_the_workbench() {
    let root = repository();
    // A goal changed since the approval: the page says it lapsed.
    let plan = root.read(PLAN).replace(
        "Dertig extra stageplekken in de techniek.",
        "Veertig extra stageplekken in de techniek.",
    );
    root.write(PLAN, &plan);
    root.git(
        ".",
        &["commit", "-qam", "Doel aangescherpt"],
        "2026-11-01T10:00:00+01:00",
    );
    let s = start_with_identity(&root);
    let page = s.get("/regio/midden-holland.html").body;
    assert!(page.contains("Accordering vervallen"), "{page}");
    let csrf = s.form_fields("midden-holland").0;
    let field = |name: &str| {
        let at = page.find("class=\"approve-form\"").unwrap();
        let rest = &page[at..];
        let rest =
            &rest[rest.find(&format!("name=\"{name}\" value=\"")).unwrap() + name.len() + 15..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    // Only when the person confirms that the directies approved it.
    let unconfirmed = format!(
        "csrf={csrf}&hash={}&by=Directies+pro+en+vso&date=2026-11-20",
        field("hash")
    );
    let r = s.post("/regio/midden-holland/accordering", &unconfirmed);
    assert_eq!(r.status, 400, "{}", r.body);
    let r = s.post(
        "/regio/midden-holland/accordering",
        &format!("{unconfirmed}&confirm=ja"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let v = root
        .run(&["jaarplan", "midden-holland", "--format", "json"])
        .json();
    assert_eq!(v["approval"]["valid"], true);
    assert_eq!(v["approval"]["date"], "2026-11-20");
    assert_eq!(v["approval"]["by"], "Directies pro en vso");
    root.cmd(&["check"]).run().expect(0);
    let log = root.git(
        ".",
        &["log", "-1", "--format=%an <%ae>%n%s", "--name-only"],
        "2026-11-22T12:00:00+01:00",
    );
    assert!(
        log.starts_with("Coördinator Test <coordinator@example.org>\n"),
        "{log}"
    );
    assert!(
        log.ends_with("\n\nregions/midden-holland/jaarplan.toml\n"),
        "{log}"
    );
    let page = s.get("/regio/midden-holland.html").body;
    assert!(
        page.contains("vastgelegd op uw naam: Jaarplan van Midden-Holland geaccordeerd door Directies pro en vso op 20 november 2026"),
        "{page}"
    );
    assert!(!page.contains("Accordering vervallen"), "{page}");
    // The page names the commit that recorded the approval, as `jaarplan`
    // and `voortgang` do: one use case for all three.
    let head = root.git(".", &["rev-parse", "HEAD"], "2026-11-22T12:00:00+01:00");
    let short = &head.trim()[..7];
    assert!(
        page.contains(&format!("Vastgelegd in commit {short}")),
        "{page}"
    );
    let v = root
        .run(&["voortgang", "midden-holland", "--format", "json"])
        .json();
    assert_eq!(v["approval"]["commit"], head.trim());
}

#[test]
fn a_knelpunt_is_marked_resolved_and_voortgang_reports_it() {
    let root = repository();
    let s = start_with_identity(&root);
    let (csrf, hash) = s.form_fields("midden-holland");
    let before = root.read(ACTIONS);
    let r = s.post(
        "/regio/midden-holland/knelpunt/te-weinig-stageplekken/opgelost",
        &format!("csrf={csrf}&hash={hash}&date=2026-11-21"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let after = root.read(ACTIONS);
    let added: Vec<&str> = after
        .lines()
        .filter(|l| !before.lines().any(|b| b == *l))
        .collect();
    assert_eq!(added, vec!["resolved = 2026-11-21"], "{after}");
    root.cmd(&["check"]).run().expect(0);
    assert_eq!(
        last_commit(&root),
        committed(
            "Knelpunt 'Te weinig stageplekken in de techniek voor pro-leerlingen.' opgelost op 21 november 2026",
            "regions/midden-holland/actions.toml"
        )
    );
    let page = s.get("/regio/midden-holland.html").body;
    assert!(page.contains("opgelost op 21 november 2026"), "{page}");
    // The progress report counts it.
    let v = root
        .run(&["voortgang", "midden-holland", "--format", "json"])
        .expect(0)
        .json();
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "knelpunt-resolved" && e["id"] == "te-weinig-stageplekken"),
        "{}",
        v["events"]
    );
}

#[test]
fn a_commit_git_refuses_puts_the_file_back_and_says_why() {
    let root = repository();
    root.refuse_commits("geweigerd door de hook");
    let s = start_with_identity(&root);
    let before = root.read(ACTIONS);
    let r = mark_stagebank_done(&s);
    assert_eq!(r.status, 500, "{}", r.body);
    assert!(r.body.contains("geweigerd door de hook"), "{}", r.body);
    assert!(r.body.contains("teruggezet"), "{}", r.body);
    // Nothing half recorded: the file as it was, nothing staged.
    assert_eq!(root.read(ACTIONS), before);
    let status = root.git(".", &["status", "--porcelain"], "2026-11-22T12:00:00+01:00");
    assert_eq!(status, "");
}

#[test]
fn commit_messages_are_in_the_data_s_language() {
    let root = Sandbox::examples();
    root.write("vsopro.toml", "language = \"en\"\n");
    let root = repository_of(root);
    let s = start_with_identity(&root);
    let r = mark_stagebank_done(&s);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        last_commit(&root),
        committed(
            "Action 'Gezamenlijke stagebank techniek met het…' done",
            "regions/midden-holland/actions.toml"
        )
    );
}

#[test]
fn a_region_s_page_loads_and_checks_that_region_alone() {
    let root = Sandbox::examples();
    // Another region with an error: the national pages show it, the page
    // of Midden-Holland neither reads nor reports it.
    root.write(
        "regions/gorinchem/region.toml",
        "name = \"Gorinchem\"\n[coordinator]\nstatus = \"veel\"\n",
    );
    let s = start(&root, &[]);
    let index = s.get("/problemen.html").body;
    assert!(
        index.contains("[invalid-value]") && index.contains("regio/gorinchem.html"),
        "{index}"
    );
    let page = s.get("/regio/midden-holland.html");
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("gorinchem"), "{}", page.body);
    // What the page counts is what it checked: Midden-Holland's one
    // warning, not the nation's six.
    assert!(page.body.contains(">1 melding</a>"), "{}", page.body);
    assert!(page.body.contains("Midden-Holland"));
    // Its record forms too.
    let form = s.get("/regio/midden-holland/nieuw/actie");
    assert_eq!(form.status, 200);
    assert!(!form.body.contains("gorinchem"), "{}", form.body);
}

#[test]
fn a_problem_s_help_names_the_form_and_field_that_fix_it() {
    let root = Sandbox::examples();
    // A status the check refuses, and a past meeting without notes.
    let actions = root
        .read(ACTIONS)
        .replacen("status = \"active\"", "status = \"klaar\"", 1);
    root.write(ACTIONS, actions);
    let plan = root.read(PLAN) + "\n[[meeting]]\nkind = \"stuurgroep\"\ndate = 2026-10-01\n";
    root.write(PLAN, plan);
    let s = start(&root, &[]);
    let page = s.get("/regio/midden-holland.html").body;
    // The invalid status: the action's form and field as the problem's
    // heading, what to do, and a link to it; the check's own words only in
    // the technical details.
    assert!(
        page.contains("<span class=\"severity\">fout</span> Actie &#x27;Gezamenlijke stagebank techniek met het…&#x27;: het veld &quot;Status&quot;</p>"),
        "{page}"
    );
    assert!(
        page.contains("<p class=\"help\">Tip: kies een van de mogelijkheden uit de lijst."),
        "{page}"
    );
    assert!(
        page.contains("<summary>Technische details</summary><p>`klaar` is geen toegestane waarde"),
        "{page}"
    );
    assert!(
        page.contains(
            "href=\"..&#x2f;regio/midden-holland/actie/stagebank-techniek\">naar het formulier</a>"
        ),
        "{page}"
    );
    // The meeting without notes: its own form, named by kind and date, not TOML.
    assert!(
        page.contains("het stuurgroepoverleg van 1 oktober 2026 heeft geen verslag</p><p class=\"help\">Tip: In het formulier Overleg &#x27;stuurgroep 1 oktober 2026&#x27;, bij &quot;Datum&quot;: vul het verslag in"),
        "{page}"
    );
    assert!(
        page.contains("href=\"..&#x2f;regio/midden-holland/overleg/stuurgroep%2F2026-10-01\">naar het formulier</a>"),
        "{page}"
    );
    // No help in TOML words on the workbench.
    for toml in ["[[meeting]]", "notes = ", "`notes`", "status = &quot;"] {
        let helps: Vec<&str> = page
            .split("<p class=\"help\">")
            .skip(1)
            .map(|h| &h[..h.find("</p>").unwrap()])
            .filter(|h| h.contains(toml))
            .collect();
        assert!(helps.is_empty(), "{toml}: {helps:?}");
    }
    // The command line keeps its TOML wording.
    root.cmd(&["check"])
        .lang(Some("nl"))
        .run()
        .expect(1)
        .err_has("notes");
}

/// A GET over HTTP/1.0 (so the body is not chunked), its bytes as sent.
fn get_bytes(s: &Server, path: &str, headers: &str) -> (String, Vec<u8>) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(&s.host).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: {}\r\nCookie: vsopro-token={}\r\n{headers}\r\n",
        s.host,
        s.token()
    )
    .unwrap();
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let at = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    (
        String::from_utf8_lossy(&bytes[..at]).into_owned(),
        bytes[at + 4..].to_vec(),
    )
}

#[test]
fn pages_go_out_gzipped_the_style_sheet_is_cached_and_tokens_differ_per_page() {
    use std::io::Read;
    let root = Sandbox::examples();
    let s = start(&root, &[]);
    let plain = s.get("/regio/midden-holland.html");
    assert!(plain.header("content-encoding").is_none());
    let (head, body) = get_bytes(
        &s,
        "/regio/midden-holland.html",
        "Accept-Encoding: gzip\r\n",
    );
    assert!(
        head.to_ascii_lowercase().contains("content-encoding: gzip"),
        "{head}"
    );
    let mut page = String::new();
    flate2::read::GzDecoder::new(&body[..])
        .read_to_string(&mut page)
        .unwrap();
    assert!(page.starts_with("<!doctype html>") && page.contains("Midden-Holland"));
    assert!(
        body.len() * 3 < page.len(),
        "{} bytes gzipped of {}",
        body.len(),
        page.len()
    );
    // The form token is masked anew on every page (BREACH), and each
    // masked token is taken: the page's form works (the other tests).
    let token = |p: &str| {
        p.split("name=\"csrf\" value=\"")
            .nth(1)
            .map(|t| t[..t.find('"').unwrap()].to_string())
            .unwrap()
    };
    assert_ne!(token(&page), token(&plain.body));
    // The page links the style sheet by its version: kept for a year.
    let href = page
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .map(|t| t[..t.find('"').unwrap()].to_string())
        .unwrap();
    let href = format!("/{}", href.replace("&#x2f;", "/").trim_start_matches("../"));
    assert!(href.starts_with("/style.css?v="), "{href}");
    let css = s.get(&href);
    assert_eq!(css.status, 200);
    assert_eq!(
        css.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    // Under another address, checked each time: 304 while it is the same.
    let other = s.get("/style.css");
    assert_eq!(other.header("cache-control"), Some("no-cache"));
    let etag = other.header("etag").unwrap().to_string();
    let again = s.get_with(
        "/style.css",
        &format!(
            "Cookie: vsopro-token={}\r\nIf-None-Match: {etag}\r\n",
            s.token()
        ),
    );
    assert_eq!(again.status, 304, "{}", again.headers);
    assert!(again.body.is_empty());
    let stale = s.get_with(
        "/style.css",
        &format!(
            "Cookie: vsopro-token={}\r\nIf-None-Match: \"0\"\r\n",
            s.token()
        ),
    );
    assert_eq!(stale.status, 200);
    // Pages stay out of every cache.
    assert_eq!(plain.header("cache-control"), Some("no-store"));
}
