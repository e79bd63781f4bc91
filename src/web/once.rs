//! A form submitted twice does one thing. Each page's forms carry a
//! one-time token (`once`); the first submission with it is handled, and
//! one that comes while it runs or after it (a double click, the back
//! button and "send again") waits for it and is sent where the first
//! went, told that it was done already — nothing is done twice (two clicks
//! on "Overnemen als actie" made `route-retail` and `route-retail-2`).
//! A submission that was refused (a form with errors) frees its token.

use std::collections::{HashMap, VecDeque};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::Duration;

/// How many tokens are remembered: far more than the forms one process
/// sees in the time anyone takes to click twice.
const REMEMBERED: usize = 10_000;
/// How long a second submission waits for the first.
const WAIT: Duration = Duration::from_secs(30);

#[derive(Clone)]
enum State {
    Running,
    /// Done: where it sent the person.
    Done(String),
}

#[derive(Default)]
struct Tokens {
    states: HashMap<String, State>,
    order: VecDeque<String>,
}

fn tokens() -> &'static (Mutex<Tokens>, Condvar) {
    static TOKENS: OnceLock<(Mutex<Tokens>, Condvar)> = OnceLock::new();
    TOKENS.get_or_init(Default::default)
}

/// A fresh token for a page's forms.
pub(crate) fn token() -> String {
    let mut bytes = [0u8; 16];
    // Without randomness no token: forms then work as before (the server
    // ignores a submission without one).
    if getrandom::fill(&mut bytes).is_err() {
        return String::new();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a submission with a token may do.
pub(crate) enum Begin {
    /// The first: handle it, then [`finish`].
    First,
    /// Done before: where the first went.
    Done(String),
}

/// A submission with `token` starts: the first, or one that waits for the
/// first and is told where it went.
pub(crate) fn begin(token: &str) -> Begin {
    let (lock, changed) = tokens();
    let mut t = lock.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        match t.states.get(token).cloned() {
            None => {
                t.states.insert(token.to_string(), State::Running);
                t.order.push_back(token.to_string());
                while t.order.len() > REMEMBERED {
                    if let Some(old) = t.order.pop_front() {
                        t.states.remove(&old);
                    }
                }
                return Begin::First;
            }
            Some(State::Done(location)) => return Begin::Done(location),
            Some(State::Running) => {
                let (next, waited) = changed
                    .wait_timeout(t, WAIT)
                    .unwrap_or_else(|e| e.into_inner());
                t = next;
                if waited.timed_out() {
                    // The first never finished: this one may go.
                    t.states.remove(token);
                }
            }
        }
    }
}

/// The first submission is done: `location` where it sent the person
/// (`None`: refused or shown again, so the token is free once more).
pub(crate) fn finish(token: &str, location: Option<String>) {
    let (lock, changed) = tokens();
    let mut t = lock.lock().unwrap_or_else(|e| e.into_inner());
    match location {
        Some(l) => {
            t.states.insert(token.to_string(), State::Done(l));
        }
        None => {
            t.states.remove(token);
        }
    }
    changed.notify_all();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_submission_waits_for_the_first_and_goes_where_it_went() {
        let token = token();
        assert!(matches!(begin(&token), Begin::First));
        let waiting = {
            let token = token.clone();
            std::thread::spawn(move || match begin(&token) {
                Begin::Done(l) => l,
                Begin::First => "handled twice".to_string(),
            })
        };
        std::thread::sleep(Duration::from_millis(50));
        finish(&token, Some("/regio/x.html".into()));
        assert_eq!(waiting.join().unwrap(), "/regio/x.html");
        // A refused submission frees its token.
        let other = super::token();
        assert!(matches!(begin(&other), Begin::First));
        finish(&other, None);
        assert!(matches!(begin(&other), Begin::First));
    }
}
