//! Records removed from the browser: asked first, refused while something
//! still refers to them (said before the person confirms), and otherwise
//! one commit by the person through the one write path.

use crate::common::*;
use crate::serve::{Server, committed, last_commit, repository_of, start_with_identity};
use crate::web::hidden;

const ACTIONS: &str = "regions/midden-holland/actions.toml";
const PLAN: &str = "regions/midden-holland/jaarplan.toml";
const SCHOOLS: &str = "regions/midden-holland/schools.toml";
const UITSTROOM: &str = "regions/midden-holland/uitstroom.toml";

/// The question's page, and its answer posted as a browser would.
fn remove(s: &Server, path: &str) -> (String, crate::serve::Reply) {
    let page = s.get(path);
    assert_eq!(page.status, 200, "{path}: {}", page.body);
    let body = format!(
        "csrf={}&hash={}",
        hidden(&page.body, "csrf"),
        hidden(&page.body, "hash")
    );
    (page.body.clone(), s.post(path, &body))
}

#[test]
fn an_action_is_removed_after_a_question_in_one_commit() {
    let root = repository_of(Sandbox::examples());
    let before = root.read(ACTIONS);
    let s = start_with_identity(&root);
    // The action's form links to its removal.
    let form = s
        .get("/regio/midden-holland/actie/leerwerkbanen-gemeente")
        .body
        .replace("&#x2f;", "/");
    assert!(
        form.contains(
            "href=\"../../../regio/midden-holland/actie/leerwerkbanen-gemeente/verwijderen\""
        ),
        "{form}"
    );
    let (question, r) = remove(
        &s,
        "/regio/midden-holland/actie/leerwerkbanen-gemeente/verwijderen",
    );
    assert!(
        question.contains("Weet u zeker dat u &#x27;Gemeente Gouda neemt zelf schoolverlaters in dienst&#x27; (actie) wilt verwijderen?"),
        "{question}"
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        r.header("location"),
        Some("/regio/midden-holland/actie/leerwerkbanen-gemeente/geschiedenis")
    );
    let after = root.read(ACTIONS);
    let start = before
        .find("\n[[action]]\nid = \"leerwerkbanen-gemeente\"")
        .unwrap();
    let end = before[start + 1..]
        .find("\n[[")
        .map_or(before.len(), |e| start + 1 + e);
    assert_eq!(after, format!("{}{}", &before[..start], &before[end..]));
    assert_eq!(
        last_commit(&root),
        committed(
            "Actie 'Gemeente Gouda neemt zelf schoolverlaters in dienst' verwijderd",
            ACTIONS
        )
    );
    root.cmd(&["check"]).run().expect(0);
    // Gone: its form and its removal are not found.
    assert_eq!(
        s.get("/regio/midden-holland/actie/leerwerkbanen-gemeente")
            .status,
        404
    );
    assert_eq!(
        s.get("/regio/midden-holland/actie/leerwerkbanen-gemeente/verwijderen")
            .status,
        404
    );
}

#[test]
fn what_still_refers_to_a_record_is_said_before_and_the_removal_refused() {
    let root = repository_of(Sandbox::examples());
    let (actions, schools) = (root.read(ACTIONS), root.read(SCHOOLS));
    let s = start_with_identity(&root);
    // A goal of the plan names this action.
    let path = "/regio/midden-holland/actie/nazorgprotocol/verwijderen";
    let page = s.get(path);
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("kan nu niet worden verwijderd"),
        "{}",
        page.body
    );
    // By name, with a link to its form.
    let body = page.body.replace("&#x27;", "'").replace("&#x2f;", "/");
    assert!(
        body.contains("regio/midden-holland/doel/nazorg-gelijk\">Doel 'Dezelfde nazorg in alle vijf gemeenten.'</a>"),
        "{body}"
    );
    assert!(
        !page.body.contains("<button"),
        "no button to press: {}",
        page.body
    );
    // Posted all the same (a stale page, a crafted request): refused.
    let r = s.post(
        path,
        &format!(
            "csrf={}&hash={}",
            hidden(&s.get("/regio/midden-holland.html").body, "csrf"),
            hidden(
                &s.get("/regio/midden-holland/actie/nazorgprotocol").body,
                "hash"
            )
        ),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(root.read(ACTIONS), actions);
    // A school with uitstroom figures: the same.
    let page = s.get("/regio/midden-holland/school/pro-goudse-hoeve/verwijderen");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("kan nu niet worden verwijderd"),
        "{}",
        page.body
    );
    assert_eq!(root.read(SCHOOLS), schools);
}

#[test]
fn a_measurement_a_meeting_and_an_uitstroom_row_are_removed() {
    let root = repository_of(Sandbox::examples());
    let s = start_with_identity(&root);
    let plan = root.read(PLAN);
    // The first measurement of the first goal with one.
    let doc: toml::Table = plan.parse().unwrap();
    let (goal, date) = doc["goal"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|g| {
            let m = g.get("measurement")?.as_array()?.first()?;
            Some((g["id"].as_str()?.to_string(), m["date"].to_string()))
        })
        .expect("the examples measure a goal");
    let (_, r) = remove(
        &s,
        &format!("/regio/midden-holland/meting/{goal}%2F{date}/verwijderen"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let now: toml::Table = root.read(PLAN).parse().unwrap();
    let left = now["goal"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"].as_str() == Some(goal.as_str()))
        .and_then(|g| g.get("measurement"))
        .and_then(|m| m.as_array())
        .map_or(0, |m| m.len());
    let was = doc["goal"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"].as_str() == Some(goal.as_str()))
        .and_then(|g| g["measurement"].as_array())
        .unwrap()
        .len();
    assert_eq!(left, was - 1);
    // A meeting.
    let meeting = "stuurgroep%2F2026-09-15";
    let (_, r) = remove(
        &s,
        &format!("/regio/midden-holland/overleg/{meeting}/verwijderen"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        !root
            .read(PLAN)
            .contains("kind = \"stuurgroep\"\ndate = 2026-09-15")
    );
    // An uitstroom row, from its own form.
    let uitstroom: toml::Table = root.read(UITSTROOM).parse().unwrap();
    let rows = uitstroom["uitstroom"].as_array().unwrap().len();
    let first = &uitstroom["uitstroom"].as_array().unwrap()[0];
    let (school, year) = (
        first["school"].as_str().unwrap(),
        first["year"].as_str().unwrap(),
    );
    let form = s
        .get(&format!("/regio/midden-holland/uitstroom/{school}/{year}"))
        .body
        .replace("&#x2f;", "/");
    let path = format!("/regio/midden-holland/uitstroom/{school}%2F{year}/verwijderen");
    assert!(form.contains(&path[1..]), "{form}");
    let (_, r) = remove(&s, &path);
    assert_eq!(r.status, 303, "{}", r.body);
    let after: toml::Table = root.read(UITSTROOM).parse().unwrap();
    assert_eq!(after["uitstroom"].as_array().unwrap().len(), rows - 1);
    root.cmd(&["check"]).run().expect(0);
}

#[test]
fn a_removal_asked_about_an_older_file_is_asked_again() {
    let root = repository_of(Sandbox::examples());
    let s = start_with_identity(&root);
    let path = "/regio/midden-holland/actie/leerwerkbanen-gemeente/verwijderen";
    let page = s.get(path).body;
    // Meanwhile someone changes the file.
    let changed = root.read(ACTIONS) + "\n# een aantekening\n";
    root.write(ACTIONS, &changed);
    let r = s.post(
        path,
        &format!(
            "csrf={}&hash={}",
            hidden(&page, "csrf"),
            hidden(&page, "hash")
        ),
    );
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.body.contains("Iemand heeft dit intussen gewijzigd"),
        "{}",
        r.body
    );
    assert_eq!(root.read(ACTIONS), changed);
    // Asked again, it goes.
    let r = s.post(
        path,
        &format!(
            "csrf={}&hash={}",
            hidden(&r.body, "csrf"),
            hidden(&r.body, "hash")
        ),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(!root.read(ACTIONS).contains("leerwerkbanen-gemeente"));
}
