// Release builds on Windows are GUI programs, so no console window opens behind Mend's window.
// The command line then attaches to the console it was started from (see `console`).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(windows)]
    console();
    mend_lib::run();
}

/// On Windows, `mend check`, `mend export` … attach to the console of the cmd or PowerShell
/// they were typed in, so what they print shows there. Without a parent console (started from
/// Explorer) or with the output redirected to a file or a pipe, this changes nothing.
#[cfg(windows)]
fn console() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    if mend_lib::cli::wants_console(&std::env::args_os().collect::<Vec<_>>()) {
        // SAFETY: AttachConsole takes a process id and has no other preconditions; it fails
        // harmlessly (returns 0) when there is no parent console or one is attached already.
        unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
    }
}
