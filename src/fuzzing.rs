//! The fuzz targets' entry points into what is not public API: the parser
//! of the site's and workbench's addresses, and the reading of a submitted
//! form, as the server meets them from any client. Each panics only on a
//! broken promise. Built only for the tests and for cargo-fuzz (which sets
//! `cfg(fuzzing)`): the released library does not have it.

use crate::records::Record;
use crate::web::Route;

/// Any bytes as a request's path: parsed without panic, and a route that
/// is found reads back from its own address.
pub fn route(data: &[u8]) {
    let path = String::from_utf8_lossy(data);
    if let Some(route) = Route::parse(&path) {
        let href = route.href();
        assert!(href.is_ascii(), "{href}");
        assert_eq!(
            Route::parse(&href),
            Some(route.clone()),
            "{path:?} → {href}"
        );
        let _ = (route.root(), route.anchor(), route.region());
    }
    let _ = crate::hub::safe_next(&path);
}

/// Any bytes as a form's body, submitted to every record's form and the
/// uitstroom form: read into values or field errors, without panic.
pub fn form(data: &[u8]) {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();
    let mut forms: Vec<Vec<crate::records::Field>> =
        Record::ALL.iter().map(|r| r.fields(None)).collect();
    forms.push(crate::web::outcomes::outcome_fields(None, true));
    for fields in forms {
        let raw = crate::web::forms::raw_from_form(&fields, &pairs);
        assert_eq!(raw.len(), fields.len());
        let _ = crate::records::values(&fields, &raw);
    }
}

#[cfg(test)]
mod tests {
    //! The fuzzer's corpora (fuzz/corpus/) replayed in the normal test run,
    //! and the targets on random input too.

    fn corpus(target: &str) -> Vec<Vec<u8>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/corpus")
            .join(target);
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read(e.unwrap().path()).unwrap())
            .collect()
    }

    #[test]
    fn addresses_and_forms_from_any_client_read_without_panic() {
        let (routes, forms) = (corpus("route"), corpus("form"));
        assert!(!routes.is_empty() && !forms.is_empty());
        for bytes in routes {
            super::route(&bytes);
        }
        for bytes in forms {
            super::form(&bytes);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_address_parses_or_is_none(path in "(/[a-z%0-9A-F.éë-]{0,12}){0,6}") {
            super::route(path.as_bytes());
        }

        #[test]
        fn any_form_body_reads(body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
            super::form(&body);
        }
    }
}
