//! Standard output and error. A closed pipe (`vsopro ... | head`) ends the
//! run quietly with 0, as ripgrep does; any other failure to write the
//! output (a full disk) is an error, never a silent success.

use crate::error::Error;
use std::io::Write;

/// Writes to stdout and flushes.
pub(crate) fn print(s: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => Error::BrokenPipe,
            _ => Error::Output(e),
        })
}

/// Writes to stderr; there is nowhere left to report a failure.
pub(crate) fn eprint(s: &str) {
    let _ = std::io::stderr().lock().write_all(s.as_bytes());
}

/// A line typed on a terminal after `prompt` (on stderr); `None` where
/// nobody can answer (stdin is no terminal) or the answer is empty.
pub(crate) fn ask(prompt: &str) -> Option<String> {
    use std::io::{BufRead, IsTerminal};
    if !std::io::stdin().is_terminal() {
        return None;
    }
    eprint(&format!("{prompt} "));
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    Some(line.trim().to_string()).filter(|l| !l.is_empty())
}
