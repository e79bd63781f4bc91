//! The workbench's record forms, submitted as a browser would: the form
//! page is read, its fields filled in, and the whole form posted. Each
//! test checks the file's diff (only the intended lines, comments kept),
//! that `vsopro check` still passes, and the commit (message, author, one
//! file).

use crate::common::*;
use crate::serve::{Reply, Server, committed, last_commit, repository_of, start_with_identity};

/// A form as the page gives it: where it posts and every field a browser
/// would send (checked boxes, selected options, text as written).
pub(crate) struct Form {
    action: String,
    fields: Vec<(String, String)>,
}

fn unescape(s: &str) -> String {
    s.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The value of an attribute in a tag's text.
fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(unescape(&tag[at..at + tag[at..].find('"')?]))
}

/// Whether a tag's text (without its `>`) has a bare attribute.
fn flag(tag: &str, name: &str) -> bool {
    tag.ends_with(&format!(" {name}")) || tag.contains(&format!(" {name} "))
}

impl Form {
    pub(crate) fn parse(page: &str) -> Form {
        let start = page
            .find("<form class=\"record-form\"")
            .unwrap_or_else(|| panic!("no record form in:\n{page}"));
        let html = &page[start..start + page[start..].find("</form>").unwrap()];
        let action = attr(&html[..html.find('>').unwrap()], "action").unwrap();
        let mut fields = Vec::new();
        let mut rest = html;
        while let Some(at) = rest.find('<') {
            rest = &rest[at..];
            let end = rest.find('>').unwrap();
            let tag = &rest[..end];
            if tag.starts_with("<input") {
                let name = attr(tag, "name").unwrap();
                let value = attr(tag, "value").unwrap_or_default();
                if attr(tag, "type").as_deref() != Some("checkbox") || flag(tag, "checked") {
                    fields.push((name, value));
                }
            } else if tag.starts_with("<textarea") {
                let body = &rest[end + 1..rest.find("</textarea>").unwrap()];
                fields.push((attr(tag, "name").unwrap(), unescape(body)));
            } else if tag.starts_with("<select") {
                let name = attr(tag, "name").unwrap();
                let body = &rest[end + 1..rest.find("</select>").unwrap()];
                let mut selected = Vec::new();
                for option in body.split("<option").skip(1) {
                    let option = &option[..option.find('>').unwrap()];
                    if flag(option, "selected") {
                        selected.push(attr(option, "value").unwrap());
                    }
                }
                // A single select without a selected option sends its first.
                if selected.is_empty() && !flag(tag, "multiple") {
                    let first = body.split("<option").nth(1).unwrap();
                    selected.push(attr(&first[..first.find('>').unwrap()], "value").unwrap());
                }
                fields.extend(selected.into_iter().map(|v| (name.clone(), v)));
            }
            rest = &rest[end..];
        }
        let action = action
            .trim_start_matches("../")
            .trim_start_matches("../")
            .to_string();
        Form {
            action: format!("/{action}"),
            fields,
        }
    }

    /// Sets a field to these values (none: an empty box, unchecked boxes).
    pub(crate) fn set(&mut self, name: &str, values: &[&str]) -> &mut Self {
        let at = self.fields.iter().position(|(k, _)| k == name);
        self.fields.retain(|(k, _)| k != name);
        let at = at.unwrap_or(self.fields.len());
        for (i, v) in values.iter().enumerate() {
            self.fields
                .insert(at + i, (name.to_string(), v.to_string()));
        }
        self
    }

    fn body(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&self.fields)
            .finish()
    }
}

impl Server {
    fn form(&self, path: &str) -> Form {
        let page = self.get(path);
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        Form::parse(&page.body)
    }

    pub(crate) fn submit(&self, form: &Form) -> Reply {
        self.post(&form.action, &form.body())
    }
}

/// The examples in a git repository, with a comment of the user's in each
/// file the tests edit (it must survive every edit).
fn commented_repository() -> Sandbox {
    let root = Sandbox::examples();
    for (file, after, comment) in [
        (ACTIONS, "status = \"active\"", " # sinds de zomer"),
        (TABLES, "frequency = \"maandelijks\"", " # eerste dinsdag"),
        (SCHOOLS, "students = 150", " # teldatum 1 oktober"),
        (REGION, "hours_per_week = 8", " # volgens aanstelling"),
    ] {
        let text = root
            .read(file)
            .replacen(after, &format!("{after}{comment}"), 1);
        root.write(file, text);
    }
    repository_of(root)
}

const ACTIONS: &str = "regions/midden-holland/actions.toml";
const TABLES: &str = "regions/midden-holland/overlegtafels.toml";
const SCHOOLS: &str = "regions/midden-holland/schools.toml";
const REGION: &str = "regions/midden-holland/region.toml";

/// The lines a change removed and added, in order: a line diff matched
/// from the end, so that a record added with a blank line before it shows
/// as the blank line and the record.
fn diff(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    use similar::{ChangeTag, TextDiff};
    let a: Vec<&str> = before.lines().rev().collect();
    let b: Vec<&str> = after.lines().rev().collect();
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    for change in TextDiff::from_slices(&a, &b).iter_all_changes() {
        match change.tag() {
            ChangeTag::Delete => removed.push(change.value().to_string()),
            ChangeTag::Insert => added.push(change.value().to_string()),
            ChangeTag::Equal => {}
        }
    }
    removed.reverse();
    added.reverse();
    (removed, added)
}

/// The saved data passes `check`, and the last commit is the test
/// identity's, with `message`, of `file` alone.
fn valid_and_committed(root: &Sandbox, message: &str, file: &str) {
    root.cmd(&["check"]).run().expect(0);
    assert_eq!(last_commit(root), committed(message, file));
}

fn commit_count(root: &Sandbox) -> usize {
    root.git(
        ".",
        &["rev-list", "--count", "HEAD"],
        "2026-11-22T12:00:00+01:00",
    )
    .trim()
    .parse()
    .unwrap()
}

#[test]
fn an_action_is_added_with_an_id_made_from_its_title() {
    let root = commented_repository();
    let before = root.read(ACTIONS);
    let s = start_with_identity(&root);
    // The region page links to the form.
    let page = unescape(&s.get("/regio/midden-holland.html").body);
    assert!(
        page.contains("href=\"../regio/midden-holland/nieuw/actie\""),
        "{page}"
    );
    let mut form = s.form("/regio/midden-holland/nieuw/actie");
    assert_eq!(form.action, "/regio/midden-holland/nieuw/actie");
    form.set("title", &["Werkgeversontbijt in Gouda"])
        .set("themes", &["stageplaatsen", "nazorg"])
        .set("role", &["netwerkregisseur"])
        .set("addresses", &["te-weinig-stageplekken"])
        .set("schools", &["pro-goudse-hoeve", "vso-de-brug"])
        .set("overlegtafel", &["casusoverleg-uitstroom"])
        .set("status", &["planned"])
        .set("due", &["2027-02-15"])
        .set("example", &["true"])
        // A good practice, written out for a colleague elsewhere.
        .set(
            "summary",
            &["Werkgevers ontbijten op school en zien leerlingen aan het werk."],
        )
        .set("result", &["Twaalf stageplekken."])
        .set(
            "success_factors",
            &["Leerlingen bedienen zelf\r\nKort programma"],
        )
        .set("target_group", &["pro"])
        .set("partners", &["werkgever", "gemeente"])
        .set("contact_role", &["stagecoördinator"])
        .set("contact_organisation", &["De Goudse Hoeve"])
        .set("since", &["2026-09-01"])
        .set("links", &["https://example.org/ontbijt"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        r.header("location") == Some("/regio/midden-holland.html#actie-werkgeversontbijt-in-gouda"),
        "{}",
        r.headers
    );
    let after = root.read(ACTIONS);
    // Appended after the last action, with a blank line; nothing else moved.
    assert!(after.starts_with(&before), "{after}");
    assert_eq!(
        &after[before.len()..],
        "\n[[action]]\nid = \"werkgeversontbijt-in-gouda\"\ntitle = \"Werkgeversontbijt in Gouda\"\nthemes = [\"stageplaatsen\", \"nazorg\"]\nrole = \"netwerkregisseur\"\naddresses = [\"te-weinig-stageplekken\"]\nschools = [\"pro-goudse-hoeve\", \"vso-de-brug\"]\noverlegtafel = \"casusoverleg-uitstroom\"\nstatus = \"planned\"\ndue = 2027-02-15\nexample = true\nsummary = \"Werkgevers ontbijten op school en zien leerlingen aan het werk.\"\nresult = \"Twaalf stageplekken.\"\nsuccess_factors = [\"Leerlingen bedienen zelf\", \"Kort programma\"]\ntarget_group = [\"pro\"]\npartners = [\"werkgever\", \"gemeente\"]\ncontact = { role = \"stagecoördinator\", organisation = \"De Goudse Hoeve\" }\nsince = 2026-09-01\nlinks = [\"https://example.org/ontbijt\"]\n"
    );
    valid_and_committed(
        &root,
        "Actie 'Werkgeversontbijt in Gouda' toegevoegd",
        ACTIONS,
    );
    let page = s.get("/regio/midden-holland.html").body;
    assert!(
        page.contains("id=\"actie-werkgeversontbijt-in-gouda\""),
        "{page}"
    );
    assert!(page.contains("Werkgeversontbijt in Gouda"));
}

#[test]
fn an_action_is_edited_in_place_and_only_its_changed_lines_change() {
    let root = commented_repository();
    let before = root.read(ACTIONS);
    let s = start_with_identity(&root);
    let mut form = s.form("/regio/midden-holland/actie/stagebank-techniek");
    // The form shows the action as the file has it.
    let value = |form: &Form, name: &str| -> Vec<String> {
        form.fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    assert_eq!(value(&form, "status"), ["active"]);
    assert_eq!(
        value(&form, "schools"),
        ["pro-goudse-hoeve", "pro-waddinxveen"]
    );
    assert_eq!(value(&form, "due"), ["2027-03-31"]);
    assert_eq!(value(&form, "example"), ["true"]);
    form.set("status", &["done"])
        .set("due", &["2027-01-31"])
        .set("funding", &[]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    let after = root.read(ACTIONS);
    assert_eq!(
        diff(&before, &after),
        (
            vec![
                "status = \"active\" # sinds de zomer".to_string(),
                "due = 2027-03-31".to_string(),
                "funding = \"Regionaal plan\"".to_string(),
            ],
            vec![
                "status = \"done\" # sinds de zomer".to_string(),
                "due = 2027-01-31".to_string(),
            ]
        )
    );
    valid_and_committed(
        &root,
        "Actie 'Gezamenlijke stagebank techniek met het…' gewijzigd: Status, Klaar op, Financiering",
        ACTIONS,
    );
}

#[test]
fn a_form_saved_unchanged_writes_and_commits_nothing() {
    // A Dutch spelling in the file (`afgerond`) is the form's `done`: saving
    // the form as it came keeps the file byte for byte.
    let root = Sandbox::examples();
    let text = root
        .read(ACTIONS)
        .replacen("status = \"done\"", "status = \"afgerond\"", 1);
    root.write(ACTIONS, text);
    let root = repository_of(root);
    let before = root.read(ACTIONS);
    let commits = commit_count(&root);
    let s = start_with_identity(&root);
    for path in [
        "/regio/midden-holland/actie/regionale-foto",
        "/regio/midden-holland/actie/stagebank-techniek",
        "/regio/midden-holland/knelpunt/nazorg-versnipperd",
        "/regio/midden-holland/overlegtafel/bestuurlijk-overleg-arbeidsmarkt",
        "/regio/midden-holland/school/vso-de-brug",
        "/regio/midden-holland/netwerkcoordinator",
    ] {
        let form = s.form(path);
        let r = s.submit(&form);
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        let page = s.get("/regio/midden-holland.html").body;
        assert!(
            page.contains("Niets gewijzigd: het formulier was gelijk aan het bestand."),
            "{path}"
        );
    }
    assert_eq!(root.read(ACTIONS), before);
    assert_eq!(commit_count(&root), commits);
}

#[test]
fn a_knelpunt_is_added_and_edited() {
    let root = commented_repository();
    let before = root.read(ACTIONS);
    let s = start_with_identity(&root);
    let mut form = s.form("/regio/midden-holland/nieuw/knelpunt");
    form.set(
        "text",
        &["Jongeren met een\r\nindicatie beschut werk wachten lang."],
    )
    .set("schools", &["vso-het-anker"])
    .set("themes", &["beschut-werk"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    let after = root.read(ACTIONS);
    // A new knelpunt goes after the last knelpunt, before the actions.
    assert_eq!(
        diff(&before, &after),
        (
            vec![],
            vec![
                "".to_string(),
                "[[knelpunt]]".to_string(),
                "id = \"jongeren-met-een-indicatie-beschut-werk\"".to_string(),
                "text = \"\"\"".to_string(),
                "Jongeren met een".to_string(),
                "indicatie beschut werk wachten lang.\"\"\"".to_string(),
                "schools = [\"vso-het-anker\"]".to_string(),
                "themes = [\"beschut-werk\"]".to_string(),
            ]
        )
    );
    let at = after.find("id = \"jongeren").unwrap();
    assert!(at < after.find("[[action]]").unwrap());
    valid_and_committed(
        &root,
        "Knelpunt 'Jongeren met een indicatie beschut werk wachten lang.' toegevoegd",
        ACTIONS,
    );
    // Edited: another text and a date it was resolved.
    let before = after;
    let mut form = s.form("/regio/midden-holland/knelpunt/nazorg-versnipperd");
    form.set("text", &["Elke gemeente regelt de nazorg anders."])
        .set("resolved", &["2026-11-20"]);
    assert_eq!(s.submit(&form).status, 303);
    let after = root.read(ACTIONS);
    assert_eq!(
        diff(&before, &after),
        (
            vec!["text = \"Elke gemeente regelt de nazorg na uitstroom anders.\"".to_string()],
            vec![
                "text = \"Elke gemeente regelt de nazorg anders.\"".to_string(),
                "resolved = 2026-11-20".to_string(),
            ]
        )
    );
    valid_and_committed(
        &root,
        "Knelpunt 'Elke gemeente regelt de nazorg anders.' gewijzigd: Omschrijving, Opgelost op",
        ACTIONS,
    );
}

#[test]
fn an_overlegtafel_judged_not_relevant_needs_its_reason_beside_the_field() {
    let root = commented_repository();
    let before = root.read(TABLES);
    let s = start_with_identity(&root);
    let mut form = s.form("/regio/midden-holland/nieuw/overlegtafel");
    form.set("name", &["Regionaal overleg zorg en veiligheid"])
        .set("level", &["operationeel"])
        .set("partners", &["politie\r\nzorgaanbieders\r\n"])
        .set("relevant", &[])
        .set("reason", &[""]);
    // Not relevant without a reason: refused, the diagnostic beside the
    // reason's field, the form as it was filled in, nothing written.
    let r = s.submit(&form);
    assert_eq!(r.status, 422, "{}", r.body);
    let refused = Form::parse(&r.body);
    for field in [
        ("name", "Regionaal overleg zorg en veiligheid"),
        ("level", "operationeel"),
        ("partners", "politie\nzorgaanbieders"),
    ] {
        let field = (field.0.to_string(), field.1.to_string());
        assert!(refused.fields.contains(&field), "{field:?}");
    }
    assert!(!refused.fields.iter().any(|(k, _)| k == "relevant"));
    // (The diagnostic points at `relevant = false`: beside that box.)
    let relevant = &r.body[r.body.find("id=\"field-relevant\"").unwrap()..];
    let relevant = &relevant[..relevant.find("</div>").unwrap()];
    assert!(
        relevant.contains("<p class=\"error\" id=\"error-relevant\">"),
        "{relevant}"
    );
    assert!(relevant.contains("bij &quot;Reden&quot;"), "{relevant}");
    assert_eq!(root.read(TABLES), before);
    // With its reason it is saved, before the plans.
    form.set("reason", &["Gaat over jongeren zonder school."]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    let after = root.read(TABLES);
    assert_eq!(
        diff(&before, &after).1,
        [
            "",
            "[[overlegtafel]]",
            "id = \"regionaal-overleg-zorg-en-veiligheid\"",
            "name = \"Regionaal overleg zorg en veiligheid\"",
            "level = \"operationeel\"",
            "partners = [\"politie\", \"zorgaanbieders\"]",
            "relevant = false",
            "reason = \"Gaat over jongeren zonder school.\"",
        ]
    );
    assert!(after.find("id = \"regionaal-overleg").unwrap() < after.find("[[plan]]").unwrap());
    valid_and_committed(
        &root,
        "Overlegtafel 'Regionaal overleg zorg en veiligheid' toegevoegd",
        TABLES,
    );
    // The page lists it as not relevant with its reason and an edit link.
    let page = unescape(&s.get("/regio/midden-holland.html").body);
    assert!(page.contains(
        "Regionaal overleg zorg en veiligheid: Gaat over jongeren zonder school. <a class=\"edit\" href=\"../regio/midden-holland/overlegtafel/regionaal-overleg-zorg-en-veiligheid\">bewerken</a>"
    ), "{page}");
    // Edited: the comment beside another key stays.
    let before = after;
    let mut form = s.form("/regio/midden-holland/overlegtafel/werkgroep-school-naar-werk");
    form.set("represented_by", &["vso-de-brug"]);
    assert_eq!(s.submit(&form).status, 303);
    assert_eq!(
        diff(&before, &root.read(TABLES)),
        (
            vec!["represented_by = \"coordinator\"".to_string()],
            vec!["represented_by = \"vso-de-brug\"".to_string()]
        )
    );
    assert!(
        root.read(TABLES)
            .contains("frequency = \"maandelijks\" # eerste dinsdag")
    );
    root.cmd(&["check"]).run().expect(0);
}

#[test]
fn plans_projects_and_developments_are_added_with_their_dates() {
    let root = commented_repository();
    let s = start_with_identity(&root);
    for (segment, table, name, id) in [
        (
            "plan",
            "plan",
            "Regionaal actieplan 2027",
            "regionaal-actieplan-2027",
        ),
        (
            "project",
            "project",
            "Proeftuin jobcoaching",
            "proeftuin-jobcoaching",
        ),
        (
            "ontwikkeling",
            "development",
            "Wet van school naar duurzaam werk",
            "wet-van-school-naar-duurzaam-werk",
        ),
    ] {
        let before = root.read(TABLES);
        let mut form = s.form(&format!("/regio/midden-holland/nieuw/{segment}"));
        form.set("name", &[name])
            .set("owner", &["gemeente Gouda"])
            .set("start", &["2027-01-01"])
            .set("end", &["2027-12-31"])
            .set("themes", &["nazorg"]);
        let r = s.submit(&form);
        assert_eq!(r.status, 303, "{segment}: {}", r.body);
        let (removed, added) = diff(&before, &root.read(TABLES));
        assert!(removed.is_empty(), "{segment}: {removed:?}");
        assert_eq!(
            added,
            [
                "".to_string(),
                format!("[[{table}]]"),
                format!("id = \"{id}\""),
                format!("name = \"{name}\""),
                "owner = \"gemeente Gouda\"".to_string(),
                "start = 2027-01-01".to_string(),
                "end = 2027-12-31".to_string(),
                "themes = [\"nazorg\"]".to_string(),
            ],
            "{segment}"
        );
        let kind = match segment {
            "plan" => "Plan",
            "project" => "Project",
            _ => "Ontwikkeling",
        };
        // The commit names the record as people know it.
        valid_and_committed(&root, &format!("{kind} '{name}' toegevoegd"), TABLES);
    }
    // An end before the start is refused beside the field it points at.
    let before = root.read(TABLES);
    let mut form = s.form("/regio/midden-holland/project/proeftuin-jobcoaching");
    form.set("end", &["2026-06-30"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body.contains("<p class=\"error\" id=\"error-"),
        "{}",
        r.body
    );
    assert_eq!(root.read(TABLES), before);
}

#[test]
fn a_school_is_added_and_an_invalid_brin_is_refused_beside_its_field() {
    let root = commented_repository();
    let before = root.read(SCHOOLS);
    let s = start_with_identity(&root);
    let mut form = s.form("/regio/midden-holland/nieuw/school");
    form.set("id", &["vso-de-horizon"])
        .set("name", &["VSO De Horizon"])
        .set("kind", &["vso"])
        .set("brin", &["XYZ"])
        .set("municipality", &["Bodegraven-Reeuwijk"])
        .set("students", &["85"])
        .set("profiles", &["dagbesteding"])
        .set("cluster", &["3"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 422, "{}", r.body);
    let brin = &r.body[r.body.find("id=\"field-brin\"").unwrap()..];
    let brin = &brin[..brin.find("</div>").unwrap()];
    assert!(brin.contains("aria-invalid=\"true\""), "{brin}");
    // The first field in error has the focus: the browser scrolls to it
    // (on a phone too), and only that one.
    assert!(brin.contains(" autofocus"), "{brin}");
    assert_eq!(r.body.matches(" autofocus").count(), 1);
    assert!(
        brin.contains("Vul de BRIN in als 2 cijfers en 2 letters"),
        "{brin}"
    );
    // The check's own words (and its code) under "technische details".
    assert!(r.body.contains("[invalid-brin]"), "{}", r.body);
    // As it was sent, but for the page's new one-time token and mask.
    let sorted = |mut v: Vec<(String, String)>| {
        v.retain(|(k, _)| k != "once" && k != "csrf");
        v.sort();
        v
    };
    assert_eq!(
        sorted(Form::parse(&r.body).fields),
        sorted(form.fields.clone())
    );
    assert_eq!(root.read(SCHOOLS), before);
    // A value that is no number is refused before any check.
    form.set("brin", &["99XD"]).set("students", &["veel"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("&#x27;veel&#x27; is geen geheel getal."),
        "{}",
        r.body
    );
    form.set("students", &["85"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        diff(&before, &root.read(SCHOOLS)).1,
        [
            "",
            "[[school]]",
            "id = \"vso-de-horizon\"",
            "name = \"VSO De Horizon\"",
            "kind = \"vso\"",
            "brin = \"99XD\"",
            "municipality = \"Bodegraven-Reeuwijk\"",
            "students = 85",
            "profiles = [\"dagbesteding\"]",
            "cluster = 3",
        ]
    );
    valid_and_committed(&root, "School 'VSO De Horizon' toegevoegd", SCHOOLS);
    // The same id again: refused beside the id field.
    let mut again = s.form("/regio/midden-holland/nieuw/school");
    again
        .set("id", &["vso-de-horizon"])
        .set("name", &["Nog een"])
        .set("kind", &["pro"]);
    let r = s.submit(&again);
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"error-id\""), "{}", r.body);
    // Edited: leaving the caseload out needs a reason; with one it is saved.
    let before = root.read(SCHOOLS);
    let mut form = s.form("/regio/midden-holland/school/vso-de-brug");
    form.set("caseload", &[])
        .set("reason", &["Locatie hoort bij De Brug Gouda"])
        .set("students", &["155"]);
    assert_eq!(s.submit(&form).status, 303);
    assert_eq!(
        diff(&before, &root.read(SCHOOLS)),
        (
            vec!["students = 150 # teldatum 1 oktober".to_string()],
            vec![
                "students = 155 # teldatum 1 oktober".to_string(),
                "caseload = false".to_string(),
                "reason = \"Locatie hoort bij De Brug Gouda\"".to_string(),
            ]
        )
    );
    valid_and_committed(
        &root,
        "School 'VSO De Brug' gewijzigd: Leerlingen, Telt mee in de caseload, Reden",
        SCHOOLS,
    );
}

#[test]
fn the_coordinator_s_details_are_edited() {
    let root = commented_repository();
    let before = root.read(REGION);
    let s = start_with_identity(&root);
    let page = unescape(&s.get("/regio/midden-holland.html").body);
    assert!(page.contains("href=\"../regio/midden-holland/netwerkcoordinator\""));
    let mut form = s.form("/regio/midden-holland/netwerkcoordinator");
    form.set("name", &["F. de Vries"])
        .set("hours_per_week", &["12,5"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        diff(&before, &root.read(REGION)),
        (
            vec![
                "name = \"A. Voorbeeld\"".to_string(),
                "hours_per_week = 8 # volgens aanstelling".to_string()
            ],
            vec![
                "name = \"F. de Vries\"".to_string(),
                "hours_per_week = 12.5 # volgens aanstelling".to_string()
            ]
        )
    );
    valid_and_committed(
        &root,
        "Netwerkcoördinator gewijzigd: Naam, Uren per week",
        REGION,
    );
    // Hours that are no number stay on the form with the reason.
    let mut bad = s.form("/regio/midden-holland/netwerkcoordinator");
    bad.set("hours_per_week", &["twaalf"]);
    let r = s.submit(&bad);
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("&#x27;twaalf&#x27; is geen getal"),
        "{}",
        r.body
    );
}

#[test]
fn record_forms_are_guarded_like_every_edit() {
    let root = commented_repository();
    let s = start_with_identity(&root);
    // Unknown regions, records and ids: not found.
    for path in [
        "/regio/..%2f..%2fetc/nieuw/actie",
        "/regio/nergens/nieuw/actie",
        "/regio/midden-holland/nieuw/meting",
        "/regio/midden-holland/doel/bestaat-niet",
        "/regio/midden-holland/overleg/stuurgroep%2F1999-01-01",
        "/regio/midden-holland/actie/bestaat-niet",
        "/regio/midden-holland/actie/..%2f..%2fschools",
    ] {
        assert_eq!(s.get(path).status, 404, "{path}");
    }
    // A form made before the file changed elsewhere: saved on the file as
    // it is now, the other change kept.
    let mut form = s.form("/regio/midden-holland/actie/nazorgprotocol");
    form.set("status", &["active"]);
    let noted = root.read(ACTIONS) + "\n# een aantekening\n";
    root.write(ACTIONS, &noted);
    assert_eq!(s.submit(&form).status, 303);
    assert!(root.read(ACTIONS).ends_with("\n# een aantekening\n"));
    // A stale form: its record changed meanwhile: refused, the file untouched.
    let mut form = s.form("/regio/midden-holland/actie/nazorgprotocol");
    form.set("status", &["done"]);
    let edited = root
        .read(ACTIONS)
        .replacen("due = 2027-06-30", "due = 2027-07-31", 1);
    root.write(ACTIONS, &edited);
    let r = s.submit(&form);
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.body
            .contains("heeft dit record gewijzigd nadat u het formulier opende")
    );
    assert!(r.body.contains("id=\"other-due\""), "{}", r.body);
    assert_eq!(root.read(ACTIONS), edited);
    // Without the CSRF token: refused.
    let mut form = s.form("/regio/midden-holland/actie/nazorgprotocol");
    form.set("csrf", &["0000"]);
    assert_eq!(s.submit(&form).status, 403);
    assert_eq!(root.read(ACTIONS), edited);
}

#[test]
fn read_only_serves_no_record_forms() {
    let root = Sandbox::examples();
    let s = crate::serve::start(&root, &["--read-only"]);
    let page = s.get("/regio/midden-holland.html").body;
    assert!(!page.contains("class=\"edit\""), "{page}");
    assert!(!page.contains("/nieuw/"), "{page}");
    assert_eq!(s.get("/regio/midden-holland/nieuw/actie").status, 403);
    assert_eq!(
        s.get("/regio/midden-holland/netwerkcoordinator").status,
        403
    );
}

#[test]
fn a_region_that_lists_no_municipalities_offers_those_cbs_places_in_it() {
    // As regions that public data brought in: no `municipalities` key.
    let root = Sandbox::examples();
    let text = root.read(REGION);
    let line = text
        .lines()
        .find(|l| l.starts_with("municipalities = "))
        .unwrap()
        .to_string();
    root.write(REGION, text.replace(&format!("{line}\n"), ""));
    let s = crate::serve::start(&root, &[]);
    let page = s.get("/regio/midden-holland/nieuw/school").body;
    let select = &page[page.find("id=\"field-municipality\"").unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    let options: Vec<&str> = select
        .split("<option value=\"")
        .skip(1)
        .map(|o| &o[..o.find('"').unwrap()])
        .collect();
    // Midden-Holland (AM20) in CBS's table of 2025, by name.
    assert_eq!(
        options,
        [
            "",
            "Bodegraven-Reeuwijk",
            "Gouda",
            "Krimpenerwaard",
            "Waddinxveen"
        ]
    );
}

#[test]
fn an_id_with_accents_travels_percent_encoded() {
    let root = Sandbox::examples();
    let text = root
        .read(ACTIONS)
        .replace("id = \"nazorgprotocol\"", "id = \"één-protocol\"");
    root.write(ACTIONS, text);
    let plan = "regions/midden-holland/jaarplan.toml";
    let text = root
        .read(plan)
        .replace("\"nazorgprotocol\"", "\"één-protocol\"");
    root.write(plan, text);
    root.cmd(&["check"]).run().expect(0);
    let s = crate::serve::start(&root, &[]);
    let page = unescape(&s.get("/regio/midden-holland.html").body);
    let link = "/regio/midden-holland/actie/%C3%A9%C3%A9n-protocol";
    assert!(page.contains(&format!("href=\"..{link}\"")), "{page}");
    let mut form = s.form(link);
    assert_eq!(form.action, link);
    form.set("status", &["active"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(root.read(ACTIONS).contains(
        "id = \"één-protocol\"\ntitle = \"Eén nazorgprotocol voor alle gemeenten in de regio\""
    ));
    let v = root
        .run(&["foto", "midden-holland", "--format", "json"])
        .json();
    let action = v["knelpunten"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|k| k["actions"].as_array().unwrap())
        .find(|a| a["id"] == "één-protocol")
        .unwrap()
        .clone();
    assert_eq!(action["status"], "active");
}

#[test]
fn a_first_knelpunt_starts_the_file_a_region_did_not_have() {
    // As the regions public data brought in: region.toml and schools.toml.
    let root = Sandbox::new();
    root.write(
        "regions/gorinchem/region.toml",
        "name = \"Gorinchem\"\ncode = \"AM23\"\n\n[coordinator]\nstatus = \"onbekend\"\n",
    );
    root.write(
        "regions/gorinchem/schools.toml",
        "[[school]]\nid = \"pro-a\"\nname = \"Praktijkschool A\"\nkind = \"pro\"\nmunicipality = \"Gorinchem\"\n",
    );
    let root = repository_of(root);
    let s = start_with_identity(&root);
    let mut form = s.form("/regio/gorinchem/nieuw/knelpunt");
    form.set("text", &["Te weinig stageplekken in de zorg."])
        .set("schools", &["pro-a"])
        .set("themes", &["stageplaatsen"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        root.read("regions/gorinchem/actions.toml"),
        "#:schema ../../schemas/actions.schema.json\n\n[[knelpunt]]\nid = \"te-weinig-stageplekken-in-de-zorg\"\ntext = \"Te weinig stageplekken in de zorg.\"\nschools = [\"pro-a\"]\nthemes = [\"stageplaatsen\"]\n"
    );
    assert_eq!(
        last_commit(&root),
        committed(
            "Knelpunt 'Te weinig stageplekken in de zorg.' toegevoegd",
            "regions/gorinchem/actions.toml"
        )
    );
    // Editing a record of a file that is not there is not found.
    assert_eq!(s.get("/regio/gorinchem/overlegtafel/iets").status, 404);
    // A file that appeared meanwhile is not overwritten: the record is
    // added to it, its text kept.
    let form = s.form("/regio/gorinchem/nieuw/overlegtafel");
    root.write(
        "regions/gorinchem/overlegtafels.toml",
        "# van de gebruiker\n",
    );
    let mut form = form;
    form.set("name", &["Tafel"]).set("level", &["operationeel"]);
    assert_eq!(s.submit(&form).status, 303);
    let tables = root.read("regions/gorinchem/overlegtafels.toml");
    assert!(tables.contains("# van de gebruiker\n"), "{tables}");
    assert!(tables.contains("name = \"Tafel\""), "{tables}");
}

const UITSTROOM: &str = "regions/midden-holland/uitstroom.toml";

#[test]
fn uitstroom_figures_are_entered_per_school_and_year() {
    let root = commented_repository();
    let before = root.read(UITSTROOM);
    let s = start_with_identity(&root);
    // The region page links to a new entry and to each recorded one.
    let page = unescape(&s.get("/regio/midden-holland.html").body);
    assert!(
        page.contains("href=\"../regio/midden-holland/uitstroom\""),
        "{page}"
    );
    assert!(page.contains("href=\"../regio/midden-holland/uitstroom/vso-de-brug/2025-2026\""));
    // New figures: the school and the year chosen, counts left empty left out.
    let mut form = s.form("/regio/midden-holland/uitstroom");
    assert_eq!(form.action, "/regio/midden-holland/uitstroom");
    form.set("school", &["pro-waddinxveen"])
        .set("year", &["2025-2026"])
        .set("leavers", &["30"])
        .set("werk", &["10"])
        .set("mbo_entree", &["15"])
        .set("onbekend", &["5"])
        .set("na_1_jaar_op_plek", &["24"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        r.header("location") == Some("/regio/midden-holland.html#uitstroom"),
        "{}",
        r.headers
    );
    let after = root.read(UITSTROOM);
    assert!(after.starts_with(&before), "{after}");
    assert_eq!(
        &after[before.len()..],
        "\n[[uitstroom]]\nschool = \"pro-waddinxveen\"\nyear = \"2025-2026\"\nleavers = 30\nwerk = 10\nmbo_entree = 15\nonbekend = 5\n\n[uitstroom.na_1_jaar]\nop_plek = 24\n"
    );
    valid_and_committed(
        &root,
        "Uitstroom 2025-2026 van Praktijkcollege Waddinxveen vastgelegd",
        UITSTROOM,
    );

    // The same school and year again is not a second entry.
    let mut again = s.form("/regio/midden-holland/uitstroom");
    again
        .set("school", &["pro-waddinxveen"])
        .set("year", &["2025-2026"])
        .set("leavers", &["1"]);
    let r = s.submit(&again);
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"error-year\""), "{}", r.body);

    // Figures recorded: the form has them; one that cannot be true is
    // refused beside its field, and nothing is written.
    let recorded = root.read(UITSTROOM);
    let mut form = s.form("/regio/midden-holland/uitstroom/vso-de-brug/2025-2026");
    assert!(
        form.fields.contains(&("leavers".into(), "23".into())),
        "{:?}",
        form.fields
    );
    assert!(
        !form.fields.iter().any(|(k, _)| k == "school"),
        "fixed when changing"
    );
    form.set("dagbesteding", &["30"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("id=\"error-leavers\""), "{}", r.body);
    assert!(r.body.contains("outcome-over-total"), "{}", r.body);
    assert_eq!(root.read(UITSTROOM), recorded);
    // A right one changes that line alone.
    form.set("dagbesteding", &["7"]).set("onbekend", &["2"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    let (removed, added) = diff(&recorded, &root.read(UITSTROOM));
    assert_eq!(removed, ["dagbesteding = 8", "onbekend = 1"]);
    assert_eq!(added, ["dagbesteding = 7", "onbekend = 2"]);
    valid_and_committed(
        &root,
        "Uitstroom 2025-2026 van VSO De Brug vastgelegd",
        UITSTROOM,
    );
}

/// A `<script>` in every text field of every form — the page after saving
/// (or the form shown again when refused) holds it as text, never as
/// markup. The hub serves these same pages.
#[test]
fn script_in_every_text_field_of_every_form_stays_text() {
    let root = commented_repository();
    let s = start_with_identity(&root);
    let script = "<script>alert(1)</script>";
    let text_fields =
        regex::Regex::new(r#"<(?:input type="text"|textarea)[^>]* name="([a-z_]+)""#).unwrap();
    let forms = [
        "/regio/midden-holland/nieuw/actie",
        "/regio/midden-holland/nieuw/knelpunt",
        "/regio/midden-holland/nieuw/overlegtafel",
        "/regio/midden-holland/nieuw/plan",
        "/regio/midden-holland/nieuw/project",
        "/regio/midden-holland/nieuw/ontwikkeling",
        "/regio/midden-holland/nieuw/school",
        "/regio/midden-holland/netwerkcoordinator",
        "/regio/midden-holland/uitstroom",
    ];
    for path in forms {
        let page = s.get(path).body;
        let mut form = Form::parse(&page);
        let names: Vec<String> = text_fields
            .captures_iter(&page)
            .map(|c| c[1].to_string())
            .filter(|n| n != "id")
            .collect();
        assert!(!names.is_empty(), "{path} has text fields");
        for name in &names {
            form.set(name, &[script]);
        }
        if path.ends_with("/actie") {
            form.set("themes", &["nazorg"]);
        }
        let r = s.submit(&form);
        let shown = match r.status {
            303 => s.get("/regio/midden-holland.html").body,
            _ => r.body,
        };
        assert!(!shown.contains(script), "{path}: a script in the page");
        assert!(
            shown.contains("&lt;script&gt;") || r.status == 303,
            "{path} ({}): the text is shown escaped",
            r.status
        );
    }
    // Every saved one is on the region page as text.
    let page = s.get("/regio/midden-holland.html").body;
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "{page}"
    );
}

/// Two people (two tabs) open forms of the same file: a change to another
/// record is no conflict; a change to the same record is refused with the
/// other change shown beside the person's own input, and neither is lost.
#[test]
fn a_form_made_before_another_change_keeps_both_changes() {
    let root = commented_repository();
    let s = start_with_identity(&root);
    let value = |form: &Form, name: &str| -> Vec<String> {
        form.fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let mut mine = s.form("/regio/midden-holland/actie/stagebank-techniek");
    let mut theirs = s.form("/regio/midden-holland/actie/stagebank-techniek");
    let mut other = s.form("/regio/midden-holland/actie/nazorgprotocol");
    other.set("due", &["2027-05-31"]);
    assert_eq!(s.submit(&other).status, 303);
    // Only another record of the file changed: saved on the file as it is.
    mine.set("due", &["2027-01-31"]);
    let r = s.submit(&mine);
    assert_eq!(r.status, 303, "{}", r.body);
    let after = root.read(ACTIONS);
    assert!(after.contains("due = 2027-05-31") && after.contains("due = 2027-01-31"));
    // This form was made before both: its own record changed meanwhile.
    theirs.set("title", &["Stagebank techniek en zorg"]);
    let r = s.submit(&theirs);
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.body
            .contains("Coördinator Test heeft dit record gewijzigd nadat u het formulier opende ("),
        "{}",
        r.body
    );
    assert_eq!(root.read(ACTIONS), after, "nothing written");
    // The person's own input stays in the form; what the record holds now
    // stands beside the field where it differs from it, and only there.
    let mut again = Form::parse(&r.body);
    assert_eq!(value(&again, "title"), ["Stagebank techniek en zorg"]);
    assert_eq!(value(&again, "due"), ["2027-03-31"]);
    let beside = &r.body[r.body.find("id=\"other-due\"").expect("beside due")..];
    assert!(beside[..beside.find("</p>").unwrap()].contains(">2027-01-31<"));
    assert!(!r.body.contains("id=\"other-title\""));
    // They take the other's date over and save: both changes stand.
    again.set("due", &["2027-01-31"]);
    let r = s.submit(&again);
    assert_eq!(r.status, 303, "{}", r.body);
    let last = root.read(ACTIONS);
    assert!(last.contains("Stagebank techniek en zorg"));
    assert!(last.contains("due = 2027-01-31") && last.contains("due = 2027-05-31"));
}

/// A region with schools and no jaarplan yet, in git.
fn region_without_jaarplan() -> Sandbox {
    let root = Sandbox::new();
    root.write(
        "regions/gorinchem/region.toml",
        "name = \"Gorinchem\"\ncode = \"AM35\"\n\n[coordinator]\nstatus = \"onbekend\"\n",
    );
    root.write(
        "regions/gorinchem/schools.toml",
        "[[school]]\nid = \"pro-a\"\nname = \"Praktijkschool A\"\nkind = \"pro\"\nmunicipality = \"Gorinchem\"\n",
    );
    repository_of(root)
}

const JAARPLAN: &str = "regions/gorinchem/jaarplan.toml";

#[test]
fn a_jaarplan_is_begun_and_its_goals_themes_meetings_and_measurements_are_kept_in_the_browser() {
    let root = region_without_jaarplan();
    let s = start_with_identity(&root);
    // The region page offers to begin the plan.
    let page = unescape(&s.get("/regio/gorinchem.html").body);
    assert!(
        page.contains("href=\"../regio/gorinchem/jaarplan\""),
        "{page}"
    );
    assert!(page.contains("Jaarplan beginnen"), "{page}");

    let mut form = s.form("/regio/gorinchem/jaarplan");
    form.set("title", &["Jaarplan Gorinchem 2026-2027"])
        .set("start", &["2026-08-01"])
        .set("end", &["2027-07-31"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        root.read(JAARPLAN),
        "#:schema ../../schemas/jaarplan.schema.json\ntitle = \"Jaarplan Gorinchem 2026-2027\"\nstart = 2026-08-01\nend = 2027-07-31\n"
    );
    let begun = last_commit(&root);
    assert!(begun.contains(JAARPLAN), "{begun}");

    // A goal, added and then changed.
    let mut form = s.form("/regio/gorinchem/nieuw/doel");
    form.set("text", &["Twintig nieuwe stageplekken in de zorg"])
        .set("themes", &["stageplaatsen"])
        .set("target", &["20"])
        .set("unit", &["stageplekken"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    let text = root.read(JAARPLAN);
    assert!(
        text.ends_with("\n[[goal]]\nid = \"twintig-nieuwe-stageplekken-in-de-zorg\"\ntext = \"Twintig nieuwe stageplekken in de zorg\"\nthemes = [\"stageplaatsen\"]\ntarget = 20\nunit = \"stageplekken\"\n"),
        "{text}"
    );
    let mut form = s.form("/regio/gorinchem/doel/twintig-nieuwe-stageplekken-in-de-zorg");
    form.set("target", &["25"]);
    assert_eq!(s.submit(&form).status, 303);
    let (removed, added) = diff(&text, &root.read(JAARPLAN));
    assert_eq!(
        (removed, added),
        (
            vec!["target = 20".to_string()],
            vec!["target = 25".to_string()]
        )
    );

    // A theme not addressed this year, with its reason; the same theme
    // twice is refused beside the field.
    let mut form = s.form("/regio/gorinchem/nieuw/thema");
    form.set("id", &["nieuwkomers"]).set(
        "reason",
        &["Geen nieuwkomers in het pro of vso van de regio."],
    );
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    // Named by its theme's title, and the page opens at its row.
    assert!(
        last_commit(&root).contains("Thema 'Passende routes voor nieuwkomers' toegevoegd"),
        "{}",
        last_commit(&root)
    );
    assert_eq!(
        r.header("location"),
        Some("/regio/gorinchem.html#thema-nieuwkomers")
    );
    assert!(
        s.get("/regio/gorinchem.html")
            .body
            .contains("id=\"thema-nieuwkomers\"")
    );
    assert!(
        root.read(JAARPLAN).ends_with("\n[[theme]]\nid = \"nieuwkomers\"\naddressed = false\nreason = \"Geen nieuwkomers in het pro of vso van de regio.\"\n"),
        "{}",
        root.read(JAARPLAN)
    );
    // The same form sent again is done once; a new form for the same
    // theme is refused beside its field.
    let again = s.submit(&form);
    assert_eq!(again.status, 303, "{}", again.body);
    assert_eq!(root.read(JAARPLAN).matches("[[theme]]").count(), 1);
    let mut form = s.form("/regio/gorinchem/nieuw/thema");
    form.set("id", &["nieuwkomers"])
        .set("reason", &["Nogmaals."]);
    let r = s.submit(&form);
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("Dit staat er al"), "{}", r.body);
    let mut form = s.form("/regio/gorinchem/thema/nieuwkomers");
    form.set("reason", &["Nieuwkomers gaan naar het ISK in Dordrecht."]);
    assert_eq!(s.submit(&form).status, 303);
    assert!(
        root.read(JAARPLAN)
            .contains("reason = \"Nieuwkomers gaan naar het ISK in Dordrecht.\"")
    );

    // A meeting, added and then edited through its own form (pre-filled).
    let mut form = s.form("/regio/gorinchem/nieuw/overleg");
    form.set("kind", &["stuurgroep"])
        .set("date", &["2026-10-01"])
        .set("notes", &["Jaarplan besproken."]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    let page = unescape(&s.get("/regio/gorinchem.html").body);
    assert!(
        page.contains("href=\"../regio/gorinchem/overleg/stuurgroep%2F2026-10-01\""),
        "{page}"
    );
    let mut form = s.form("/regio/gorinchem/overleg/stuurgroep%2F2026-10-01");
    assert!(
        form.fields
            .contains(&("notes".to_string(), "Jaarplan besproken.".to_string())),
        "{:?}",
        form.fields
    );
    form.set("notes", &["Jaarplan besproken en vastgesteld."])
        .set("decisions", &["Het plan gaat naar de directies."]);
    assert_eq!(s.submit(&form).status, 303);
    let text = root.read(JAARPLAN);
    assert!(
        text.ends_with("\n[[meeting]]\nkind = \"stuurgroep\"\ndate = 2026-10-01\nnotes = \"Jaarplan besproken en vastgesteld.\"\ndecisions = [\"Het plan gaat naar de directies.\"]\n"),
        "{text}"
    );

    // A measurement of the goal, and then corrected through its own form.
    root.write(
        JAARPLAN,
        text.replace(
            "unit = \"stageplekken\"\n",
            "unit = \"stageplekken\"\n\n[[goal.measurement]]\ndate = 2026-11-01\nvalue = 7\n",
        ),
    );
    root.git(
        ".",
        &["commit", "-qam", "Meting"],
        "2026-11-22T12:00:00+01:00",
    );
    let page = unescape(&s.get("/regio/gorinchem.html").body);
    let href = "../regio/gorinchem/meting/twintig-nieuwe-stageplekken-in-de-zorg%2F2026-11-01";
    assert!(page.contains(&format!("href=\"{href}\"")), "{page}");
    let mut form = s.form(&href[2..]);
    form.set("value", &["9"])
        .set("source", &["Telling stagebureau"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        root.read(JAARPLAN).contains(
            "[[goal.measurement]]\ndate = 2026-11-01\nvalue = 9\nsource = \"Telling stagebureau\"\n"
        ),
        "{}",
        root.read(JAARPLAN)
    );
    root.cmd(&["check"]).run().expect(0);
    // Every change was a commit of its own.
    assert_eq!(commit_count(&root), 10);
}

#[test]
fn a_region_without_its_plan_is_pointed_to_the_button_that_begins_it() {
    let root = Sandbox::examples();
    std::fs::remove_file(root.join("regions/midden-holland/jaarplan.toml")).unwrap();
    let root = repository_of(root);
    let s = start_with_identity(&root);
    let page = unescape(&s.get("/regio/midden-holland.html").body);
    assert!(
        page.contains(
            "Tip: begin het jaarplan met de knop \"Jaarplan beginnen\" op de regiopagina."
        ),
        "{page}"
    );
    assert!(
        page.contains("href=\"../regio/midden-holland/jaarplan\">naar het formulier</a>"),
        "{page}"
    );
    // The round's page says how to begin, in the site's own page.
    let r = s.get("/regio/midden-holland/ronde");
    let body = unescape(&r.body);
    assert!(body.contains("<header>"), "{}: {body}", r.status);
    assert!(body.contains("Jaarplan beginnen"), "{}: {body}", r.status);
}
