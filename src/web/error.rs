//! What a handler answers when it cannot do what was asked: one error type
//! that knows its status and its page, so that a handler says `?` and the
//! person sees a page of the site — the header, what happened in a
//! sentence, and a way back.

use super::{Reply, reply};
use crate::i18n::t;
use serde::Serialize;

#[derive(Debug)]
pub(crate) enum WebError {
    /// No such page, or no such record (404).
    NotFound,
    /// The person's role does not give this page or form (403).
    Forbidden,
    /// The address takes a GET only, or a POST only (405).
    Method,
    /// A form without its fields (400).
    BadForm,
    /// A form that did not come from the site, or has expired (403).
    Csrf,
    /// A request body over the limit (413).
    TooLarge,
    /// The form was made from a version of the file that changed (409).
    Stale,
    /// Another status with its sentence (a refused edit, a local check).
    Refused(u16, String),
    /// Not there yet (404), with the way to make it or where to go
    /// instead: a link's address from the site's root and its words.
    NotYet {
        message: String,
        link: String,
        label: String,
    },
    /// Something failed on the server's side (500): the sentence a person
    /// reads, and what happened for "technische details".
    Internal(String),
}

impl WebError {
    pub(crate) fn status(&self) -> u16 {
        match self {
            WebError::NotFound | WebError::NotYet { .. } => 404,
            WebError::Forbidden | WebError::Csrf => 403,
            WebError::Method => 405,
            WebError::BadForm => 400,
            WebError::TooLarge => 413,
            WebError::Stale => 409,
            WebError::Refused(status, _) => *status,
            WebError::Internal(_) => 500,
        }
    }

    /// What happened, in a sentence.
    pub(crate) fn message(&self) -> String {
        match self {
            WebError::NotFound => t!("serve-not-found"),
            WebError::Forbidden => t!("hub-forbidden"),
            WebError::Method => t!("serve-refused-method"),
            WebError::BadForm => t!("serve-bad-form"),
            WebError::Csrf => t!("serve-refused-csrf"),
            WebError::TooLarge => t!("serve-refused-size"),
            WebError::Stale => t!("serve-stale"),
            WebError::Refused(_, message) | WebError::NotYet { message, .. } => message.clone(),
            WebError::Internal(_) => t!("hub-failed"),
        }
    }

    /// The page that says it.
    pub(crate) fn page(&self) -> Reply {
        #[derive(Serialize)]
        struct ErrorContent {
            status: u16,
            message: String,
            /// The way forward: its address from the site's root, its words.
            link: Option<(String, String)>,
            details: Option<String>,
        }
        let content = ErrorContent {
            status: self.status(),
            message: self.message(),
            link: match self {
                WebError::NotYet { link, label, .. } => Some((link.clone(), label.clone())),
                _ => None,
            },
            details: match self {
                WebError::Internal(what) => Some(what.clone()),
                _ => None,
            },
        };
        // "Intussen gewijzigd" only where something changed meanwhile; any
        // other refusal with 409 is "Niet gelukt".
        let titled = match self {
            WebError::Refused(409, _) => 0,
            _ => self.status(),
        };
        let title = t!("error-page-title", status = titled);
        match super::error_page(title, &content) {
            Ok(body) => reply(self.status(), "text/html; charset=utf-8", body),
            // The page of the error itself failed: the sentence alone.
            Err(_) => super::reply::bare(self.status(), content.message),
        }
    }
}

impl crate::error::Error {
    /// The error as a refusal a person reads (422): its reason and help,
    /// not a server failure.
    pub(crate) fn into_refusal(self) -> WebError {
        let (_, reason, help) = self.describe();
        WebError::Refused(
            422,
            match help {
                Some(help) => format!("{reason}\n{help}"),
                None => reason,
            },
        )
    }
}

impl From<crate::error::Error> for WebError {
    fn from(e: crate::error::Error) -> WebError {
        let (_, reason, help) = e.describe();
        WebError::Internal(match help {
            Some(help) => format!("{reason}\n{help}"),
            None => reason,
        })
    }
}

impl From<minijinja::Error> for WebError {
    fn from(e: minijinja::Error) -> WebError {
        WebError::Internal(e.to_string())
    }
}

impl std::fmt::Display for WebError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status(), self.message())
    }
}
