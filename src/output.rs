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
