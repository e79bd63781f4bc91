//! `vsopro sync` on real git: a bare repository as the national remote and
//! two coordinators' clones (`a/`, `b/`) of the example data. Hand changes
//! are committed, fetched, rebased, checked and pushed; a conflict keeps
//! the person's change on a branch; anything unusual is refused with the
//! clone untouched; no connection puts the clone back as it was.

use crate::common::*;

const WHEN: &str = "2026-11-20T10:00:00+01:00";
const ACTIONS: &str = "regions/midden-holland/actions.toml";
const SCHOOLS: &str = "regions/midden-holland/schools.toml";

/// `remote.git` with the examples on `main`, cloned as `a/` and `b/`.
fn network() -> Sandbox {
    let root = Sandbox::new();
    root.git(
        ".",
        &["init", "-q", "--bare", "-b", "main", "remote.git"],
        WHEN,
    );
    copy_tree(&examples(), &root.join("a"));
    root.git("a", &["init", "-q", "-b", "main"], WHEN);
    root.git("a", &["add", "-A"], WHEN);
    root.git("a", &["commit", "-qm", "Gegevens"], WHEN);
    root.git("a", &["remote", "add", "origin", "../remote.git"], WHEN);
    root.git("a", &["push", "-q", "-u", "origin", "main"], WHEN);
    root.git(".", &["clone", "-q", "remote.git", "b"], WHEN);
    root
}

fn sync(root: &Sandbox, clone: &str, message: Option<&str>) -> Run {
    let mut cmd = root
        .cmd(&["sync"])
        .root_at(clone)
        .lang(Some("nl"))
        .git_identity(WHEN);
    if let Some(m) = message {
        cmd = cmd.arg("--message").arg(m);
    }
    cmd.run()
}

fn log(root: &Sandbox, dir: &str, rev: &str) -> Vec<String> {
    root.git(dir, &["log", "--format=%s", rev], WHEN)
        .lines()
        .map(str::to_string)
        .collect()
}

/// What sync must leave as it was when it refuses or gives up: HEAD, the
/// local branches, the index and the work tree (what was fetched may stay).
fn snapshot(root: &Sandbox, dir: &str) -> String {
    [
        root.git(dir, &["rev-parse", "HEAD"], WHEN),
        root.git(dir, &["for-each-ref", "refs/heads"], WHEN),
        root.git(dir, &["status", "--porcelain"], WHEN),
        root.git(dir, &["diff"], WHEN),
        root.git(dir, &["diff", "--cached"], WHEN),
    ]
    .join("\n")
}

#[test]
fn hand_changes_are_committed_shared_and_taken_in_by_the_other_clone() {
    let root = network();
    let edited = root.read(&format!("a/{ACTIONS}")).replacen(
        "status = \"planned\"",
        "status = \"active\"",
        1,
    );
    root.write(&format!("a/{ACTIONS}"), &edited);
    let r = sync(&root, "a", Some("Nazorgprotocol gestart"));
    assert_eq!(r.code(), 0, "{}{}", r.stdout(), r.stderr());
    let said = r.stdout();
    assert!(said.contains("1 gewijzigd bestand vastgelegd"), "{said}");
    assert!(said.contains("1 wijziging gedeeld met origin"), "{said}");
    assert!(said.contains("klaar: main is gelijk aan origin"), "{said}");
    assert_eq!(
        log(&root, "remote.git", "main")[0],
        "Nazorgprotocol gestart"
    );
    // The other clone takes it in; nothing to share.
    let r = sync(&root, "b", None);
    assert_eq!(r.code(), 0, "{}", r.stderr());
    assert!(
        r.stdout().contains("1 nieuwe wijziging van anderen"),
        "{}",
        r.stdout()
    );
    assert_eq!(root.read(&format!("b/{ACTIONS}")), edited);
    // Nothing new anywhere: said so, nothing changes.
    let r = sync(&root, "b", None);
    assert!(
        r.stdout().contains("niets te delen, niets nieuws"),
        "{}",
        r.stdout()
    );
}

#[test]
fn changes_to_different_files_by_two_clones_both_arrive_once() {
    let root = network();
    let actions = root.read(&format!("a/{ACTIONS}")).replacen(
        "status = \"planned\"",
        "status = \"active\"",
        1,
    );
    root.write(&format!("a/{ACTIONS}"), &actions);
    assert_eq!(sync(&root, "a", Some("Actie gestart")).code(), 0);
    let schools = root.read(&format!("b/{SCHOOLS}")) + "\n# bijgewerkt door b\n";
    root.write(&format!("b/{SCHOOLS}"), &schools);
    let r = sync(&root, "b", Some("Scholen bijgewerkt"));
    assert_eq!(r.code(), 0, "{}{}", r.stdout(), r.stderr());
    assert!(
        r.stdout().contains("nu na die van anderen"),
        "{}",
        r.stdout()
    );
    assert!(r.stdout().contains("gecontroleerd"), "{}", r.stdout());
    assert_eq!(
        log(&root, "remote.git", "main"),
        ["Scholen bijgewerkt", "Actie gestart", "Gegevens"]
    );
    assert_eq!(sync(&root, "a", None).code(), 0);
    for clone in ["a", "b"] {
        assert_eq!(root.read(&format!("{clone}/{ACTIONS}")), actions);
        assert_eq!(root.read(&format!("{clone}/{SCHOOLS}")), schools);
        assert_eq!(
            root.git(clone, &["rev-parse", "HEAD"], WHEN),
            root.git("remote.git", &["rev-parse", "main"], WHEN)
        );
    }
    root.git("remote.git", &["fsck", "--no-progress"], WHEN);
}

#[test]
fn a_conflict_keeps_the_change_on_a_branch_and_the_clone_follows_the_remote() {
    let root = network();
    let original = root.read(&format!("a/{ACTIONS}"));
    let theirs = original.replacen("status = \"planned\"", "status = \"active\"", 1);
    root.write(&format!("a/{ACTIONS}"), &theirs);
    assert_eq!(sync(&root, "a", Some("Van a")).code(), 0);
    let mine = original.replacen("status = \"planned\"", "status = \"done\"", 1);
    root.write(&format!("b/{ACTIONS}"), &mine);
    let r = sync(&root, "b", Some("Van b"));
    assert_eq!(r.code(), 1, "{}{}", r.stdout(), r.stderr());
    let branch = "vsopro/conflict/2026-11-22-";
    assert!(
        r.stderr()
            .contains("staat veilig op de branch vsopro/conflict/2026-11-22-"),
        "{}",
        r.stderr()
    );
    assert!(r.stderr().contains("git cherry-pick"), "{}", r.stderr());
    // The clone is the remote's; the change is on the branch, whole; no
    // conflict marker anywhere; the remote has only a's change.
    assert_eq!(root.read(&format!("b/{ACTIONS}")), theirs);
    assert!(!root.read(&format!("b/{ACTIONS}")).contains("<<<<<<<"));
    assert_eq!(root.git("b", &["status", "--porcelain"], WHEN), "");
    let kept = root.git("b", &["branch", "--list", "vsopro/conflict/*"], WHEN);
    let kept = kept.trim().trim_start_matches("* ").to_string();
    assert!(kept.starts_with(branch), "{kept}");
    assert_eq!(log(&root, "b", &kept)[0], "Van b");
    assert_eq!(
        root.git("b", &["show", &format!("{kept}:{ACTIONS}")], WHEN),
        mine
    );
    assert_eq!(log(&root, "remote.git", "main"), ["Van a", "Gegevens"]);
}

#[test]
fn sync_refuses_what_it_must_not_touch_and_changes_nothing() {
    let root = network();
    let edit = |root: &Sandbox| {
        let text = root.read(&format!("b/{ACTIONS}")).replacen(
            "status = \"planned\"",
            "status = \"active\"",
            1,
        );
        root.write(&format!("b/{ACTIONS}"), text);
    };
    edit(&root);
    // Hand changes without a message (no terminal to ask on).
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", None);
    assert_eq!(r.code(), 2, "{}", r.stderr());
    assert!(r.stderr().contains("--message"), "{}", r.stderr());
    assert_eq!(snapshot(&root, "b"), before);
    // Staged changes (a dirty index).
    root.git("b", &["add", ACTIONS], WHEN);
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("x"));
    assert_eq!(r.code(), 2);
    assert!(r.stderr().contains("index is niet leeg"), "{}", r.stderr());
    assert_eq!(snapshot(&root, "b"), before);
    root.git("b", &["reset", "-q"], WHEN);
    // A change outside the data.
    root.write("b/README.txt", "notities\n");
    root.git("b", &["add", "README.txt"], WHEN);
    root.git("b", &["commit", "-qm", "notities"], WHEN);
    root.write("b/README.txt", "andere notities\n");
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("x"));
    assert_eq!(r.code(), 2);
    assert!(r.stderr().contains("buiten de gegevens"), "{}", r.stderr());
    assert_eq!(snapshot(&root, "b"), before);
    root.git("b", &["checkout", "-q", "--", "README.txt"], WHEN);
    // Someone's own rebase in progress.
    std::fs::create_dir_all(root.join("b/.git/rebase-merge")).unwrap();
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("x"));
    assert_eq!(r.code(), 2);
    assert!(r.stderr().contains("rebase, merge"), "{}", r.stderr());
    assert_eq!(snapshot(&root, "b"), before);
    std::fs::remove_dir(root.join("b/.git/rebase-merge")).unwrap();
    // A detached HEAD.
    let head = root.git("b", &["rev-parse", "HEAD"], WHEN);
    root.git("b", &["checkout", "-q", head.trim()], WHEN);
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("x"));
    assert_eq!(r.code(), 2);
    assert!(r.stderr().contains("detached HEAD"), "{}", r.stderr());
    assert_eq!(snapshot(&root, "b"), before);
    root.git("b", &["checkout", "-q", "main"], WHEN);
    // No remote.
    root.git("b", &["remote", "remove", "origin"], WHEN);
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("x"));
    assert_eq!(r.code(), 2);
    assert!(
        r.stderr().contains("geen (of meer dan één) remote"),
        "{}",
        r.stderr()
    );
    assert_eq!(snapshot(&root, "b"), before);
}

#[test]
fn without_a_connection_the_clone_is_put_back_as_it_was() {
    let root = network();
    let text = root.read(&format!("b/{ACTIONS}")).replacen(
        "status = \"planned\"",
        "status = \"active\"",
        1,
    );
    root.write(&format!("b/{ACTIONS}"), &text);
    // The remote is gone (moved away): the fetch fails.
    std::fs::rename(root.join("remote.git"), root.join("weg.git")).unwrap();
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("Actie gestart"));
    assert_eq!(r.code(), 1, "{}{}", r.stdout(), r.stderr());
    assert!(
        r.stderr().contains("kon origin niet bereiken"),
        "{}",
        r.stderr()
    );
    assert!(
        r.stderr().contains("er is niets veranderd"),
        "{}",
        r.stderr()
    );
    assert_eq!(
        snapshot(&root, "b"),
        before,
        "the hand change uncommitted again"
    );
    assert_eq!(root.read(&format!("b/{ACTIONS}")), text);
    // Back again: the same sync now shares it.
    std::fs::rename(root.join("weg.git"), root.join("remote.git")).unwrap();
    let r = sync(&root, "b", Some("Actie gestart"));
    assert_eq!(r.code(), 0, "{}", r.stderr());
    assert_eq!(log(&root, "remote.git", "main")[0], "Actie gestart");
}

#[test]
fn data_with_errors_is_not_shared() {
    let root = network();
    let broken =
        root.read(&format!("b/{ACTIONS}"))
            .replacen("status = \"planned\"", "status = 12", 1);
    root.write(&format!("b/{ACTIONS}"), &broken);
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("Kapot"));
    assert_eq!(r.code(), 2, "{}", r.stderr());
    assert!(r.stderr().contains("vsopro check"), "{}", r.stderr());
    assert_eq!(snapshot(&root, "b"), before);
    assert_eq!(log(&root, "remote.git", "main"), ["Gegevens"]);
}

#[test]
fn a_result_with_errors_is_not_shared_and_the_clone_is_put_back() {
    // Clone a removes a knelpunt nothing addresses; clone b makes an action
    // address it. Each is valid alone and touches its own record; together
    // the action addresses a knelpunt that is gone.
    let root = network();
    let a = root.read(&format!("a/{ACTIONS}"));
    let from = a
        .find("[[knelpunt]]\nid = \"nieuwkomers-geen-route\"")
        .unwrap();
    let to = from + a[from..].find("[[action]]").unwrap();
    root.write(
        &format!("a/{ACTIONS}"),
        format!("{}{}", &a[..from], &a[to..]),
    );
    assert_eq!(sync(&root, "a", Some("Knelpunt vervallen")).code(), 0);
    let b = root.read(&format!("b/{ACTIONS}")).replacen(
        "id = \"regionale-foto\"\n",
        "id = \"regionale-foto\"\naddresses = [\"nieuwkomers-geen-route\"]\n",
        1,
    );
    root.write(&format!("b/{ACTIONS}"), &b);
    let before = snapshot(&root, "b");
    let r = sync(&root, "b", Some("Foto pakt nieuwkomers aan"));
    assert_eq!(r.code(), 1, "{}{}", r.stdout(), r.stderr());
    assert!(r.stderr().contains("na het samenvoegen"), "{}", r.stderr());
    assert_eq!(snapshot(&root, "b"), before, "as it was");
    assert_eq!(root.read(&format!("b/{ACTIONS}")), b);
    assert_eq!(
        log(&root, "remote.git", "main"),
        ["Knelpunt vervallen", "Gegevens"]
    );
}

#[test]
fn data_below_the_repository_top_is_synced_alike() {
    // The national repository with the data in a folder of its own.
    let root = Sandbox::new();
    root.git(
        ".",
        &["init", "-q", "--bare", "-b", "main", "remote.git"],
        WHEN,
    );
    copy_tree(&examples(), &root.join("a/data"));
    root.write("a/README.md", "# Landelijke repository\n");
    root.git("a", &["init", "-q", "-b", "main"], WHEN);
    root.git("a", &["add", "-A"], WHEN);
    root.git("a", &["commit", "-qm", "Gegevens"], WHEN);
    root.git("a", &["remote", "add", "origin", "../remote.git"], WHEN);
    root.git("a", &["push", "-q", "-u", "origin", "main"], WHEN);
    let text =
        root.read(&format!("a/data/{ACTIONS}"))
            .replacen("status = \"planned\"", "status = 12", 1);
    root.write(&format!("a/data/{ACTIONS}"), &text);
    let r = sync(&root, "a/data", Some("Kapot"));
    assert_eq!(r.code(), 2, "errors found below the top: {}", r.stderr());
    let text = text.replacen("status = 12", "status = \"active\"", 1);
    root.write(&format!("a/data/{ACTIONS}"), &text);
    let r = sync(&root, "a/data", Some("Gestart"));
    assert_eq!(r.code(), 0, "{}", r.stderr());
    assert_eq!(log(&root, "remote.git", "main")[0], "Gestart");
}

/// The local workbench in a clone: what is not shared yet in its header,
/// and a button that does what `vsopro sync` does.
#[test]
fn the_workbench_shows_what_is_not_shared_and_shares_it() {
    let remote = Sandbox::new();
    remote.git(".", &["init", "-q", "--bare", "-b", "main"], WHEN);
    let root = Sandbox::new();
    copy_tree(&examples(), root.path());
    root.git(".", &["init", "-q", "-b", "main"], WHEN);
    root.git(".", &["add", "-A"], WHEN);
    root.git(".", &["commit", "-qm", "Gegevens"], WHEN);
    let url = remote.path().display().to_string();
    root.git(".", &["remote", "add", "origin", &url], WHEN);
    root.git(".", &["push", "-q", "-u", "origin", "main"], WHEN);
    let s = crate::serve::start_with_identity(&root);
    assert!(
        s.get("/regio/midden-holland.html")
            .body
            .contains("alles gedeeld")
    );
    // A change by hand: one not shared, and the form asks what it was.
    let text = root
        .read(ACTIONS)
        .replacen("status = \"planned\"", "status = \"active\"", 1);
    root.write(ACTIONS, &text);
    let page = s.get("/regio/midden-holland.html").body;
    assert!(page.contains("1 wijziging nog niet gedeeld"), "{page}");
    assert!(page.contains("id=\"share-message\""));
    let at = page.find("action=\"/delen\"").expect("the share form");
    let csrf = &page[at..];
    let csrf = &csrf[csrf.find("name=\"csrf\" value=\"").unwrap() + 19..];
    let csrf = &csrf[..csrf.find('"').unwrap()];
    // Without the form's token: refused, nothing shared.
    assert_eq!(s.post("/delen", "csrf=x&message=Nee").status, 403);
    assert_eq!(log(&remote, ".", "main"), ["Gegevens"]);
    let r = s.post(
        "/delen",
        &format!("csrf={csrf}&message=Nazorgprotocol+gestart"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(log(&remote, ".", "main")[0], "Nazorgprotocol gestart");
    let page = s.get("/").body;
    assert!(page.contains("1 wijziging gedeeld met origin"), "{page}");
    assert!(page.contains("alles gedeeld"));
}

/// Records, not lines: two changes to different records of one file join;
/// two changes to different fields of one record (lines git could join)
/// are a conflict, the second kept on its branch.
#[test]
fn changes_are_joined_by_record_not_by_line() {
    let root = network();
    let set = |root: &Sandbox, clone: &str, id: &str, from: &str, to: &str| {
        let path = format!("{clone}/{ACTIONS}");
        let text = root.read(&path);
        let at = text.find(&format!("id = \"{id}\"")).unwrap();
        let changed = format!("{}{}", &text[..at], text[at..].replacen(from, to, 1));
        root.write(&path, changed);
    };
    set(
        &root,
        "a",
        "stagebank-techniek",
        "status = \"active\"",
        "status = \"done\"",
    );
    assert_eq!(sync(&root, "a", Some("Stagebank klaar")).code(), 0);
    set(
        &root,
        "b",
        "nazorgprotocol",
        "status = \"planned\"",
        "status = \"active\"",
    );
    let r = sync(&root, "b", Some("Nazorg gestart"));
    assert_eq!(r.code(), 0, "different records join: {}", r.stderr());
    assert_eq!(
        log(&root, "remote.git", "main")[..2],
        ["Nazorg gestart", "Stagebank klaar"]
    );
    // One record, two fields far enough apart for git to join the lines.
    assert_eq!(sync(&root, "a", None).code(), 0);
    set(
        &root,
        "a",
        "nazorgprotocol",
        "due = 2027-06-30",
        "due = 2027-05-31",
    );
    let r = sync(&root, "a", Some("Nazorg eerder klaar"));
    assert_eq!(r.code(), 0, "{}", r.stderr());
    set(
        &root,
        "b",
        "nazorgprotocol",
        "title = \"Eén nazorgprotocol",
        "title = \"Het nazorgprotocol",
    );
    let r = sync(&root, "b", Some("Titel aangepast"));
    assert_eq!(r.code(), 1, "one record: a conflict: {}", r.stdout());
    assert!(
        r.stderr()
            .contains("vsopro/conflict/2026-11-22-midden-holland-"),
        "{}",
        r.stderr()
    );
    assert_eq!(log(&root, "remote.git", "main")[0], "Nazorg eerder klaar");
    assert!(
        root.read(&format!("b/{ACTIONS}"))
            .contains("due = 2027-05-31")
    );
}

/// A coordinator starts the national repository: a clone of a new, empty
/// one on the forge, their data in it, and the first sync shares it all.
#[test]
fn the_first_sync_fills_an_empty_repository() {
    let root = Sandbox::new();
    root.git(
        ".",
        &["init", "-q", "--bare", "-b", "main", "remote.git"],
        WHEN,
    );
    root.git(".", &["clone", "-q", "remote.git", "a"], WHEN);
    copy_tree(&examples(), &root.join("a"));
    // The forge away: as it was, no commit, the files untouched.
    std::fs::rename(root.join("remote.git"), root.join("weg.git")).unwrap();
    let r = sync(&root, "a", Some("De gegevens van Midden-Holland"));
    assert_eq!(r.code(), 1, "{}{}", r.stdout(), r.stderr());
    assert_eq!(
        root.git(
            "a",
            &["status", "--porcelain", "--untracked-files=no"],
            WHEN
        ),
        ""
    );
    assert!(root.join(&format!("a/{ACTIONS}")).is_file());
    std::fs::rename(root.join("weg.git"), root.join("remote.git")).unwrap();
    let r = sync(&root, "a", Some("De gegevens van Midden-Holland"));
    assert_eq!(r.code(), 0, "{}{}", r.stdout(), r.stderr());
    assert_eq!(
        log(&root, "remote.git", "main"),
        ["De gegevens van Midden-Holland"]
    );
}

/// A commit pushed to the remote by someone else, made in clone `a`.
fn push_from_a(root: &Sandbox, make: impl FnOnce(&std::path::Path), message: &str) {
    make(&root.join("a"));
    root.git("a", &["add", "-A"], WHEN);
    root.git("a", &["commit", "-qm", message], WHEN);
    root.git("a", &["push", "-q", "origin", "main"], WHEN);
}

#[cfg(unix)]
#[test]
fn what_sync_must_not_take_in_from_the_remote_is_named_and_nothing_changes() {
    let outside = Sandbox::new();
    outside.write("creds.toml", "token = \"geheim-123\"\n");
    // Each kind of thing a remote may bring that no clone takes in: what
    // the message says, how it is made in a clone, its path.
    type Make<'a> = Box<dyn Fn(&std::path::Path) + 'a>;
    let cases: Vec<(&str, Make, &str)> = vec![
        (
            "een symbolische koppeling",
            Box::new(|a: &std::path::Path| {
                let link = a.join(ACTIONS);
                std::fs::remove_file(&link).unwrap();
                std::os::unix::fs::symlink(outside.join("creds.toml"), &link).unwrap();
            }),
            ACTIONS,
        ),
        (
            "meer dan de",
            Box::new(|a: &std::path::Path| {
                std::fs::write(a.join("regions/groot.toml"), vec![b'#'; 11 * 1024 * 1024]).unwrap();
            }),
            "regions/groot.toml",
        ),
        (
            "een stuurteken",
            Box::new(|a: &std::path::Path| {
                std::fs::write(a.join("regions/na\u{1b}me.toml"), "x = 1\n").unwrap();
            }),
            "regions/na\\u{1b}me.toml",
        ),
        (
            "hoe git de andere bestanden leest",
            Box::new(|a: &std::path::Path| {
                std::fs::write(a.join(".gitattributes"), "*.toml filter=x\n").unwrap();
            }),
            ".gitattributes",
        ),
    ];
    for (why, make, path) in cases {
        let root = network();
        push_from_a(&root, make, "Iets van buiten");
        // b has a hand change waiting.
        let text = root.read(&format!("b/{SCHOOLS}")) + "\n# een notitie\n";
        root.write(&format!("b/{SCHOOLS}"), &text);
        let before = snapshot(&root, "b");
        let r = sync(&root, "b", Some("Notitie"));
        assert_eq!(r.code(), 1, "{why}: {}{}", r.stdout(), r.stderr());
        let said = r.stderr();
        assert!(said.contains(path) && said.contains(why), "{why}: {said}");
        assert!(
            said.contains("Iets van buiten") || said.contains("commit"),
            "{said}"
        );
        assert!(said.contains("er is niets veranderd"), "{said}");
        assert_eq!(snapshot(&root, "b"), before, "{why}: the clone as it was");
        assert!(!said.contains("geheim"), "{said}");
        // And again: the same answer, nothing made in between.
        let again = sync(&root, "b", Some("Notitie"));
        assert_eq!(again.code(), 1);
        assert_eq!(snapshot(&root, "b"), before);
        assert!(
            root.git("b", &["branch", "--list", "vsopro/*"], WHEN)
                .is_empty(),
            "no conflict branch"
        );
    }
}

#[test]
fn a_data_root_without_vsopro_toml_syncs() {
    let root = network();
    // The settings are optional: a clone with regions/ alone.
    root.git("a", &["rm", "-q", "vsopro.toml"], WHEN);
    root.git("a", &["commit", "-qm", "Zonder instellingen"], WHEN);
    root.git("a", &["push", "-q", "origin", "main"], WHEN);
    let text = root.read(&format!("a/{ACTIONS}")).replacen(
        "status = \"planned\"",
        "status = \"active\"",
        1,
    );
    root.write(&format!("a/{ACTIONS}"), &text);
    let r = sync(&root, "a", Some("Actie gestart"));
    assert_eq!(r.code(), 0, "{}{}", r.stdout(), r.stderr());
    assert_eq!(log(&root, "remote.git", "main")[0], "Actie gestart");
}
