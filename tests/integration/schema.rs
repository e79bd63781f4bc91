//! `vsopro schema`: valid JSON Schemas that accept the data `check` accepts.

use crate::common::*;

/// TOML as the JSON an editor's schema validation sees: dates become strings.
fn toml_to_json(v: &toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::from(*i),
        toml::Value::Float(f) => J::from(*f),
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => J::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}

fn schema_of(kind: &str) -> serde_json::Value {
    Sandbox::new().run(&["schema", kind]).expect(0).json()
}

#[test]
fn schemas_are_valid_json_schema_and_the_data_validates() {
    let kinds = [
        "region",
        "schools",
        "overlegtafels",
        "actions",
        "jaarplan",
        "settings",
    ];
    for kind in kinds {
        let schema = schema_of(kind);
        assert!(jsonschema::meta::is_valid(&schema), "{kind}");
    }
    let mut checked = 0;
    for dir in [
        examples().join("regions/midden-holland"),
        fixtures().join("base/regions/gorinchem"),
    ] {
        for kind in &kinds[..5] {
            let path = dir.join(format!("{kind}.toml"));
            let text = std::fs::read_to_string(&path).unwrap();
            let value: toml::Value = toml::from_str(&text).unwrap();
            let validator = jsonschema::validator_for(&schema_of(kind)).unwrap();
            let instance = toml_to_json(&value);
            let errors: Vec<String> = validator
                .iter_errors(&instance)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            checked += 1;
        }
    }
    let settings: toml::Value =
        toml::from_str(&std::fs::read_to_string(examples().join("vsopro.toml")).unwrap()).unwrap();
    assert!(jsonschema::is_valid(
        &schema_of("settings"),
        &toml_to_json(&settings)
    ));
    assert_eq!(checked, 10);
    // And the schema does reject what check rejects.
    let bad =
        serde_json::json!({"school": [{"id": "a", "name": "A", "kind": "havo", "colour": 1}]});
    assert!(!jsonschema::is_valid(&schema_of("schools"), &bad));
}

#[test]
fn the_committed_schemas_are_current() {
    for kind in vsopro::model::SchemaKind::ALL.iter().copied() {
        let committed = std::fs::read_to_string(
            repo()
                .join("schemas")
                .join(vsopro::schema::schema_file(kind)),
        )
        .unwrap();
        assert_eq!(
            committed,
            vsopro::schema::schema_text(kind),
            "run `vsopro schema --out schemas` ({})",
            kind.as_str()
        );
    }
}

#[test]
fn schema_of_an_unknown_kind() {
    Sandbox::new()
        .run(&["schema", "school"])
        .expect(2)
        .err_has("did you mean `schools`");
}

#[test]
fn schema_out_writes_the_files_and_rewrites_only_changes() {
    let root = Sandbox::new();
    root.run(&["schema", "--out", "schemas"]).expect(0);
    assert_eq!(root.files("schemas").len(), 8);
    root.write("schemas/schools.schema.json", "{}");
    root.run(&["schema", "--out", "schemas"]).expect(0);
    assert_eq!(
        root.read("schemas/schools.schema.json"),
        vsopro::schema::schema_text(vsopro::model::SchemaKind::Schools)
    );
}
