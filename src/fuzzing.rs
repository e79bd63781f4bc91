//! The fuzz targets' entry points into what is not public API: the parser
//! of the site's and workbench's addresses, and the reading of a submitted
//! form, as the server meets them from any client. Each panics only on a
//! broken promise.

use crate::edit::record::Record;
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
    let _ = crate::hub::safe_next_for_fuzzing(&path);
}

/// Any bytes as a form's body, submitted to every record's form and the
/// uitstroom form: read into values or field errors, without panic.
pub fn form(data: &[u8]) {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();
    let mut forms: Vec<Vec<crate::edit::record::Field>> =
        Record::ALL.iter().map(|r| r.fields(None)).collect();
    forms.push(crate::web::outcome_fields_for_fuzzing());
    for fields in forms {
        let raw = crate::web::raw_from_form_for_fuzzing(&fields, &pairs);
        assert_eq!(raw.len(), fields.len());
        let _ = crate::edit::record::values(&fields, &raw);
    }
}
