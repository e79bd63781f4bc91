//! A double-click on `vsopro.exe`: Windows starts the program in a console
//! of its own, without arguments, and closes that console when the program
//! ends — so a command-line tool would flash and vanish. Started that way,
//! vsopro opens the workbench in the browser on the nearest data folder
//! (or, where there is none, a page that says how to start one) and keeps
//! its console window open, saying how to stop it.

use crate::error::Error;

/// The port a double-clicked vsopro asks for first (any free one if taken).
const PORT: u16 = 8040;

/// Started without arguments in a console that no other process shares:
/// a double-click in Explorer, not a terminal (where the shell shares the
/// console) and not a script (which has none).
pub(crate) fn double_clicked() -> bool {
    std::env::args_os().len() == 1 && console_is_own()
}

#[cfg(windows)]
fn console_is_own() -> bool {
    use windows_sys::Win32::System::Console::GetConsoleProcessList;
    let mut list = [0u32; 4];
    // SAFETY: the buffer holds as many ids as the count passed says.
    let count = unsafe { GetConsoleProcessList(list.as_mut_ptr(), list.len() as u32) };
    count == 1
}

#[cfg(not(windows))]
fn console_is_own() -> bool {
    false
}

/// The workbench on the nearest data folder, opened in the browser; or
/// the page that explains how to start one.
pub(crate) fn run() -> Result<(), Error> {
    let here = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let opts = |port| crate::web::Options {
        host: "127.0.0.1".into(),
        port,
        read_only: false,
        no_git: false,
        open: true,
        today: None,
        launched: true,
    };
    let free = |port| std::net::TcpListener::bind(("127.0.0.1", port)).is_ok();
    let port = if free(PORT) { PORT } else { 0 };
    match crate::load::find_root(None, &here) {
        Ok(root) => crate::web::serve(&root, &opts(port)),
        Err(_) => crate::web::no_data(&here, &opts(port)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_start_page_names_the_folder_and_escapes_it() {
        let page = crate::web::no_data_page(r"C:\Users\Ans <b>\Downloads");
        assert!(page.contains(r"C:\Users\Ans &lt;b&gt;\Downloads"), "{page}");
        assert!(!page.contains("<b>"), "{page}");
        assert!(page.contains("vsopro init"), "{page}");
    }
}
