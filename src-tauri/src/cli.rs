//! The headless command line on the same binary: `mend <command>` runs without a display, on
//! the same core and data folder as the window (`MEND_DATA_DIR` honoured). Results go to
//! stdout, messages to stderr. Exit codes: 0 success, 1 the input was wrong (the message says
//! what and where), 2 the data or the environment is at fault.
//!
//! Its messages are in the language in force: hers (kept with her data), else the system's,
//! as the window's. The --help text comes from clap and is in English.

use std::ffi::OsString;
use std::path::PathBuf;

mod factors;
mod lock;
mod man;
mod sync;

use clap::{Parser, Subcommand};
use serde_json::{json, Map, Value};

use mend_core::api;
use mend_core::i18n::{Lang, Msg};
use mend_core::model::{Calcium, Exercise, Pain};
use mend_core::requests::RecoverAction;
use mend_core::transfer::apps::{ColumnMap, Options as ImportOptions};
use mend_core::transfer::Format;
use mend_core::Store;

#[derive(Parser)]
#[command(name = "mend", version, about = "Mend: a private, offline postpartum recovery tracker.", long_about = None)]
#[command(after_help = "With no command, Mend opens its window.")]
#[command(after_long_help = format!("With no command, Mend opens its window.\n\n{}", man::help_text()))]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Print the manual page, mend(1), in roff (`make installer` packages it).
    #[arg(long, hide = true)]
    man_page: bool,
    /// What a desktop launcher may add (a file path, `%U`, macOS `-psn_…`): the window opens.
    #[arg(hide = true, trailing_var_arg = true, allow_hyphen_values = true)]
    launcher_args: Vec<OsString>,
}

#[derive(Subcommand)]
enum Command {
    /// Log a pain check-in, an exercise session, calcium, sleep or mood.
    Log {
        #[command(subcommand)]
        entry: LogEntry,
    },
    /// Her own tags for a day: add, on, off, list, rename, retire, unretire.
    Tag {
        #[command(subcommand)]
        action: factors::TagAction,
    },
    /// Export everything to a file (JSON: complete; CSV: every entry, one row each).
    Export {
        /// json or csv.
        #[arg(long, value_parser = |s: &str| s.parse::<Format>().map_err(|e| e.to_string()))]
        format: Format,
        #[arg(long)]
        out: PathBuf,
    },
    /// Import a Mend export, or another tracker's (drip, Flaredown, Loop Habit Tracker, Privacy
    /// Friendly Pain Diary, Pain Tracker, Bearable), recognised by
    /// its content; all or nothing, entries already present are skipped.
    Import {
        path: PathBuf,
        /// Report what would change without changing anything.
        #[arg(long)]
        dry_run: bool,
        /// For a CSV of your own: which column is which, as key=COLUMN pairs separated by commas
        /// (keys: date, format, time, pain, note, calcium, sleep, mood, tag; format is one of
        /// YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY, YYYY/MM/DD), e.g.
        /// --map "date=Date,format=DD/MM/YYYY,pain=Back pain,tag=Physio".
        #[arg(long, value_name = "MAPPING")]
        map: Option<String>,
        /// A column not to import, such as a rating on another scale (repeat for more).
        #[arg(long, value_name = "COLUMN")]
        leave_out: Vec<String>,
    },
    /// Back up the database now (to the backups folder unless --out is given).
    Backup {
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Restore a backup after checking it in full (the current data is backed up first).
    Restore { path: PathBuf },
    /// When the data file is damaged or missing: restore the newest good backup (or start afresh).
    Recover {
        /// Start an empty diary instead (the damaged file is kept beside it).
        #[arg(long)]
        start_new: bool,
    },
    /// Check the database's integrity and schema version.
    Check,
    /// Lock the diary with a passphrase (SQLCipher): prints the recovery code, once.
    Encrypt(lock::Encrypt),
    /// Turn the passphrase off: the diary and its backups are written plain again.
    Decrypt,
    /// Change the passphrase, or set a new one with the recovery code.
    Passphrase(lock::Passphrase),
    /// Sync with your other computers through a folder your sync service keeps in step (the
    /// sync phrase from MEND_SYNC_PASSPHRASE or a prompt); with no option, sync once now.
    Sync(sync::Sync),
    /// Make the report for an appointment: a PDF of her pain, exercise and calcium over a range.
    Report {
        /// First day, YYYY-MM-DD.
        #[arg(long)]
        from: String,
        /// Last day, YYYY-MM-DD.
        #[arg(long)]
        to: String,
        /// Where to save the PDF.
        #[arg(long)]
        out: PathBuf,
        /// Include her notes (left out unless asked: notes are private).
        #[arg(long)]
        notes: bool,
        /// a4 (the default) or letter.
        #[arg(long)]
        paper: Option<String>,
        /// "Questions I want to ask", printed in the report.
        #[arg(long)]
        questions: Option<String>,
    },
}

#[derive(Subcommand)]
enum LogEntry {
    #[command(flatten)]
    Factor(factors::LogFactor),
    /// A pain check-in, 0 (no pain) to 10 (worst imaginable).
    Pain {
        #[arg(long, allow_hyphen_values = true)]
        score: String,
        /// YYYY-MM-DD; today if left out.
        #[arg(long)]
        date: Option<String>,
        /// HH:MM.
        #[arg(long)]
        time: Option<String>,
        /// lower_back, upper_back, pelvis, neck_shoulders or epidural_site; repeat for several.
        #[arg(long = "location")]
        locations: Vec<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// An exercise session.
    Exercise {
        /// walking, pelvic_floor, stretching, yoga, strength, swimming or other.
        #[arg(long)]
        kind: String,
        #[arg(long, allow_hyphen_values = true)]
        minutes: String,
        /// light, moderate (the default) or vigorous.
        #[arg(long)]
        intensity: Option<String>,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Calcium from food or a supplement, in mg.
    Calcium {
        #[arg(long, allow_hyphen_values = true)]
        mg: String,
        /// food or supplement.
        #[arg(long)]
        source: String,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        time: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
}

/// Runs the command line if the arguments name a command (or ask for help or the version) and
/// returns the exit code; returns None when the window should open instead: no arguments, or
/// only what a desktop launcher adds.
pub fn main(args: Vec<OsString>) -> Option<i32> {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // Help and version are not errors; anything else is a wrong command line.
            return Some(if e.use_stderr() { 1 } else { 0 });
        }
    };
    if cli.man_page {
        print!("{}", man::page(<Cli as clap::CommandFactory>::command()));
        return Some(0);
    }
    let Some(command) = cli.command else {
        // A bare word that is not a file (`mend frobnicate`) is a mistyped command, not
        // something a launcher adds (paths, `%U`, `-psn_…`).
        let word = cli.launcher_args.first().and_then(|a| a.to_str()).filter(|w| mistyped_command(w))?;
        let e = <Cli as clap::CommandFactory>::command()
            .error(clap::error::ErrorKind::InvalidSubcommand, format!("unrecognized subcommand '{word}'"));
        let _ = e.print();
        return Some(1);
    };
    // The system's language until the store is open, then hers.
    let mut lang = crate::system_language();
    Some(match run(command, &mut lang) {
        Ok(out) => {
            if !out.is_empty() {
                println!("{out}");
            }
            0
        }
        Err(e) => {
            eprintln!("mend: {}", e.message_in(lang));
            match e.code() {
                "invalid_input" | "not_found" | "locked" => 1,
                _ => 2,
            }
        }
    })
}

/// A plain word (letters, digits, `-`, `_`, not starting with `-`) that names no file.
/// Whether `args` (the program's own name first) are for the command line, not the window:
/// a command, `--help`, `--version`, a mistake to report. On Windows the binary is a GUI
/// program, so `main` then attaches to the console it was started from, or nothing would show.
pub fn wants_console(args: &[OsString]) -> bool {
    match Cli::try_parse_from(args) {
        Err(_) => true,
        Ok(cli) => {
            cli.man_page
                || cli.command.is_some()
                || cli.launcher_args.first().and_then(|a| a.to_str()).is_some_and(mistyped_command)
        }
    }
}

fn mistyped_command(word: &str) -> bool {
    let plain = word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    plain && !word.starts_with('-') && !std::path::Path::new(word).exists()
}

/// A number-looking argument as a number, anything else as text for the core to judge.
fn number(text: &str) -> Value {
    let t = text.trim();
    match (t.parse::<i64>(), t.parse::<f64>()) {
        (Ok(n), _) => n.into(),
        // NaN and infinity are not numbers JSON can carry: pass them on as text.
        (_, Ok(f)) if f.is_finite() => f.into(),
        _ => json!(text),
    }
}

/// An entry object from (key, optional value) pairs, leaving out what was not given.
fn entry(pairs: Vec<(&str, Option<Value>)>) -> Value {
    Value::Object(pairs.into_iter().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v))).collect::<Map<_, _>>())
}

/// Runs `command`; `lang` is the system's language on the way in, and the language in force
/// (hers, once the store is open) on the way out, to say an error in.
fn run(command: Command, lang: &mut Lang) -> mend_core::Result<String> {
    let dir = mend_core::files::data_dir()?;
    // Restore and recover work on a damaged or missing file too; everything else refuses it.
    let store = match command {
        Command::Restore { .. } | Command::Recover { .. } => Store::open_or_recover(&dir)?,
        _ => Store::open(&dir)?,
    };
    store.set_system_language(*lang);
    *lang = store.language();
    let lang = *lang;
    // Turning encryption on needs no passphrase yet; setting one with the code needs none.
    if !matches!(command, Command::Encrypt(_) | Command::Passphrase(_)) {
        lock::unlock(&store, lang)?;
    }
    // An encrypted file found damaged once unlocked: as a plain one, only restore and
    // recover may go on (on the recovery placeholder, nothing is hers).
    if let (Some(damage), false) =
        (store.damage(), matches!(command, Command::Restore { .. } | Command::Recover { .. }))
    {
        return Err(mend_core::Error::Damaged(damage));
    }
    let say = |m: Msg| m.render(lang);
    let shown = |p: &std::path::Path| p.display().to_string();
    let today = json!(store.today().to_string());
    let date = |d: Option<String>| Some(d.map_or(today.clone(), Value::from));
    Ok(match command {
        Command::Log { entry: LogEntry::Pain { score, date: d, time, locations, note } } => {
            let e = entry(vec![
                ("date", date(d)),
                ("time", time.map(Value::from)),
                ("score", Some(number(&score))),
                ("locations", Some(json!(locations))),
                ("note", note.map(Value::from)),
            ]);
            serde_json::to_string(&api::log::<Pain>(&store, &e)?).expect("serializes")
        }
        Command::Log { entry: LogEntry::Exercise { kind, minutes, intensity, date: d, note } } => {
            let e = entry(vec![
                ("date", date(d)),
                ("kind", Some(json!(kind))),
                ("minutes", Some(number(&minutes))),
                ("intensity", intensity.map(Value::from)),
                ("note", note.map(Value::from)),
            ]);
            serde_json::to_string(&api::log::<Exercise>(&store, &e)?).expect("serializes")
        }
        Command::Log { entry: LogEntry::Calcium { mg, source, date: d, time, note } } => {
            let e = entry(vec![
                ("date", date(d)),
                ("time", time.map(Value::from)),
                ("mg", Some(number(&mg))),
                ("source", Some(json!(source))),
                ("note", note.map(Value::from)),
            ]);
            serde_json::to_string(&api::log::<Calcium>(&store, &e)?).expect("serializes")
        }
        Command::Log { entry: LogEntry::Factor(factor) } => factors::log(&store, factor)?,
        Command::Tag { action } => factors::tag(&store, action, lang)?,
        Command::Export { format, out } => {
            store.export_to(format, &out)?;
            say(Msg::new("cli-exported").arg("path", shown(&out)))
        }
        Command::Import { path, dry_run, map, leave_out } => {
            let map = map.as_deref().map(ColumnMap::parse).transpose()?;
            let report = store.import_file_with(&path, dry_run, &ImportOptions { leave_out, map })?;
            if let Some(columns) = &report.needs_map {
                return Err(mend_core::transfer::apps::needs_map(columns));
            }
            report.describe_in(lang)
        }
        Command::Backup { out } => say(Msg::new("cli-backed-up").arg("path", shown(&store.backup_to(out.as_deref())?))),
        Command::Restore { path } => {
            let safety = store.restore(&path)?;
            say(Msg::new("cli-restored").arg("path", shown(&path)).arg("safety", shown(&safety)))
        }
        Command::Recover { start_new } => {
            let action = if start_new { RecoverAction::StartNew } else { RecoverAction::RestoreBackup };
            let kept = store.recover(action)?;
            let said = match (start_new, &kept) {
                (true, None) => Msg::new("cli-started-new"),
                (true, Some(_)) => Msg::new("cli-started-new-kept"),
                (false, None) => Msg::new("cli-restored-newest"),
                (false, Some(_)) => Msg::new("cli-restored-newest-kept"),
            };
            say(match kept {
                Some(kept) => said.arg("kept", shown(&kept)),
                None => said,
            })
        }
        Command::Report { from, to, out, notes, paper, questions } => {
            let request = entry(vec![
                ("from", Some(from.into())),
                ("to", Some(to.into())),
                ("notes", Some(notes.into())),
                ("paper", paper.map(Value::from)),
                ("questions", questions.map(Value::from)),
            ]);
            // The report is in the language in force, as from the window: hers once she has
            // chosen one in Settings, else the system's.
            let system = sys_locale::get_locale().unwrap_or_default();
            store.set_system_language(mend_core::i18n::Lang::from_locale(&system));
            store.report_to(&api::report_request(&store, &request)?, &out)?;
            say(Msg::new("cli-report-saved").arg("path", shown(&out)))
        }
        Command::Decrypt => {
            store.decrypt()?;
            say(Msg::new("cli-decrypted"))
        }
        Command::Encrypt(args) => lock::encrypt(&store, args, lang)?,
        Command::Passphrase(args) => lock::passphrase(&store, args, lang)?,
        Command::Sync(args) => sync::sync(&store, args, lang)?,
        Command::Check => {
            let h = store.check()?;
            say(Msg::new("cli-check-ok")
                .arg("version", h.schema_version.to_string())
                .arg("supported", h.supported_version.to_string())
                .arg("entries", h.entries.to_string())
                .arg("dir", shown(&dir)))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Command>, clap::Error> {
        let args = std::iter::once("mend").chain(args.iter().copied()).map(OsString::from);
        Cli::try_parse_from(args).map(|c| c.command)
    }

    #[test]
    fn launcher_arguments_open_the_window_and_only_known_commands_run_headless() {
        for window in [&[][..], &["%U"], &["/home/me/notes.json"], &["-psn_0_12345"], &["--new-window", "x"]] {
            assert!(parse(window).unwrap().is_none(), "{window:?} opens the window");
            assert!(!window.first().is_some_and(|w| mistyped_command(w)), "{window:?}");
        }
        assert!(mistyped_command("frobnicate"), "a mistyped command is a usage error");
        assert!(matches!(parse(&["check"]).unwrap(), Some(Command::Check)));
        assert!(matches!(parse(&["log", "pain", "--score", "4"]).unwrap(), Some(Command::Log { .. })));
        // A known command with wrong words is a usage error, not a window.
        for wrong in [&["log", "weight"][..], &["export", "--format", "xml", "--out", "a"], &["check", "--bogus"]] {
            let e = parse(wrong).err().unwrap_or_else(|| panic!("{wrong:?} should be refused"));
            assert!(e.use_stderr(), "{wrong:?}");
        }
    }

    #[test]
    fn only_the_command_line_attaches_to_a_console() {
        let wants = |args: &[&str]| {
            wants_console(&std::iter::once("mend").chain(args.iter().copied()).map(OsString::from).collect::<Vec<_>>())
        };
        for console in [
            &["check"][..],
            &["log", "pain", "--score", "4"],
            &["--help"],
            &["--version"],
            &["frobnicate"],
            &["log", "weight"],
            &["--man-page"],
        ] {
            assert!(wants(console), "{console:?} prints");
        }
        for window in [&[][..], &["%U"], &["/home/me/notes.json"], &["-psn_0_12345"], &["--background"]] {
            assert!(!wants(window), "{window:?} opens the window without a console");
        }
    }

    #[test]
    fn the_man_page_has_every_command_with_its_options_and_the_exit_status() {
        use clap::CommandFactory;
        let page = man::page(Cli::command());
        assert!(page.contains(".TH MEND 1 "), "{}", &page[..200]);
        assert_eq!(page.matches(".ds Aq").count(), 2, "the apostrophe preamble once");
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES"]
        {
            assert!(
                page.contains(&format!(".SH {heading}\n")) || page.contains(&format!(".SH \"{heading}\"\n")),
                "{heading}"
            );
        }
        assert!(page.contains("MEND_DATA_DIR") && !page.contains("man\\-page"), "documented and hidden as meant");
        // Every command a person can run, in its own subsection with each of its options.
        fn check(command: &clap::Command, path: &str, page: &str, leaves: &mut usize) {
            for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
                let path = format!("{path} {}", sub.get_name());
                let heading = format!(".SS \"{path}\"\n");
                let start = page.find(&heading).unwrap_or_else(|| panic!("no subsection for {path}"));
                let rest = &page[start + heading.len()..];
                let section = &rest[..rest.find(".SS ").or_else(|| rest.find(".SH ")).unwrap_or(rest.len())];
                if sub.has_subcommands() {
                    check(sub, &path, page, leaves);
                    continue;
                }
                *leaves += 1;
                for long in sub.get_arguments().filter_map(|a| a.get_long()) {
                    assert!(section.contains(&format!("\\-\\-{}", long.replace('-', "\\-"))), "{path} --{long}");
                }
            }
        }
        let mut leaves = 0;
        check(&Cli::command(), "mend", &page, &mut leaves);
        assert!(leaves >= 19, "{leaves} commands");
    }
}
