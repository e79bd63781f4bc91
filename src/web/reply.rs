//! A response as the handlers make it — status, headers, body — with the
//! security headers every page carries, and what an edit did for the
//! surface to keep. The server turns it into axum's response: the
//! handlers know no HTTP library.

/// A response to send.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
    /// What an edit did, said once on the person's next page (the surface
    /// keeps it for them).
    pub flash: Option<String>,
    /// The commit an edit made (for the hub's audit log and the forge).
    pub commit: Option<String>,
}

impl Reply {
    pub(crate) fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }

    /// With `Cache-Control: value` in place of `no-store` (which is right
    /// for pages with a person's data, not for the style sheet).
    pub(crate) fn with_cache(mut self, value: &str) -> Reply {
        self.headers.retain(|(k, _)| *k != "Cache-Control");
        self.with_header("Cache-Control", value)
    }

    /// With what an edit did, for the next page.
    pub(crate) fn with_flash(mut self, flash: Option<String>) -> Reply {
        self.flash = flash;
        self
    }

    /// Where a redirect sends the browser (the header's value).
    pub(crate) fn location(&self) -> Option<String> {
        let l = self.headers.iter().find(|(k, _)| *k == "Location")?;
        Some(l.1.clone())
    }

    /// With the commit an edit made.
    pub(crate) fn with_commit(mut self, commit: Option<String>) -> Reply {
        self.commit = commit;
        self
    }
}

/// A response with the workbench's security headers.
pub(crate) fn reply(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
    Reply {
        status,
        headers: vec![
            ("Content-Type", content_type.to_string()),
            ("X-Frame-Options", "DENY".into()),
            ("X-Content-Type-Options", "nosniff".into()),
            // same-origin, not no-referrer: with no-referrer a form POST
            // sends `Origin: null`, which the Origin check must refuse.
            ("Referrer-Policy", "same-origin".into()),
            (
                "Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'".into(),
            ),
            ("Cache-Control", "no-store".into()),
        ],
        body: body.into(),
        flash: None,
        commit: None,
    }
}

/// A 303 to `location`, whatever characters it holds: a header is ASCII,
/// so the rest (an id with accents, a raw byte in a request's path) is
/// percent-encoded.
pub(crate) fn redirect(location: &str) -> Reply {
    const ESCAPE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'<')
        .add(b'>')
        .add(b'`');
    let location = percent_encoding::utf8_percent_encode(location, ESCAPE).to_string();
    reply(303, "text/plain; charset=utf-8", "").with_header("Location", location)
}

/// A page of the site that says why a request was refused, with the
/// header and a way back.
pub(crate) fn refused(status: u16, message: String) -> Reply {
    super::WebError::Refused(status, message).page()
}

/// The sentence alone, for when the site's page itself cannot be made.
pub(crate) fn bare(status: u16, message: String) -> Reply {
    let html = format!(
        "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\"><title>vsopro</title><p>{}</p></html>\n",
        crate::i18n::lang().code(),
        crate::render::safe::markup(&message)
    );
    reply(status, "text/html; charset=utf-8", html)
}
