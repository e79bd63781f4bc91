//! The web: every page and form of the three surfaces — the static site
//! (`vsopro site`), the local workbench (`vsopro serve`) and the hub
//! (`vsopro hub`, which adds accounts on top) — in one core over one HTTP
//! stack (`server`). Every address is a [`Route`] with one declaration:
//! who may use it and its handlers, which take the request's context
//! ([`Ctx`]) and return a [`Reply`] or a [`WebError`]; the pages are
//! minijinja templates over the reports.

pub(crate) mod access;
mod core;
mod error;
mod fixes;
pub(crate) mod forms;
mod history;
mod links;
pub(crate) mod local;
mod once;
pub(crate) mod outcomes;
mod pages;
mod practice_handlers;
pub(crate) mod practices;
mod records;
mod removal;
mod reply;
mod round;
pub(crate) mod route;
pub(crate) mod server;
pub(crate) mod site;

pub(crate) use self::core::{Ctx, RoundMail, respond, style};
pub(crate) use error::WebError;
pub(crate) use local::{Options, no_data, serve};
pub(crate) use pages::*;
pub(crate) use reply::{Reply, redirect, refused, reply};
pub(crate) use route::Route;
