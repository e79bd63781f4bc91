//! The web: every page and form of the three surfaces — the static site
//! (`vsopro site`), the local workbench (`vsopro serve`) and the hub
//! (`vsopro hub`, which adds accounts on top) — in one core. Every address
//! is a [`Route`]; the handlers take the request's context and return a
//! [`Reply`]; the pages are minijinja templates over the reports.

pub(crate) mod access;
mod core;
mod fixes;
pub(crate) mod forms;
mod links;
mod outcomes;
mod pages;
mod practice_handlers;
pub(crate) mod practices;
mod records;
mod reply;
mod round;
pub(crate) mod route;
pub(crate) mod site;

pub(crate) use self::core::*;
pub(crate) use pages::*;
pub(crate) use reply::{Reply, redirect, refused, reply};
pub(crate) use route::Route;
