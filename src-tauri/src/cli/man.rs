//! The manual page, mend(1): made from the clap definitions, so it cannot drift from `--help`,
//! plus the exit status, environment and files, which `mend --help` shows too (one list here
//! for both). `mend --man-page` prints it; `make installer` packages it, so the page is made
//! by the very binary it describes.

use clap::Command;
use roff::{bold, roman, Roff};

/// What the clap definitions cannot say: a man page section's heading and its (term, text)
/// entries.
struct Section {
    heading: &'static str,
    entries: &'static [(&'static str, &'static str)],
}

/// How the commands behave, after "With no command, Mend opens its window." in DESCRIPTION.
const COMMANDS: &str = "The commands below run without a display, on the same data folder as the window; results go \
                        to standard output, messages to standard error, in her language (the help text is in English).";

const SECTIONS: &[Section] = &[
    Section {
        heading: "EXIT STATUS",
        entries: &[
            ("0", "Success, or help or the version was asked for."),
            ("1", "The command line or an input was wrong, or what it names does not exist; the message says what and where."),
            (
                "2",
                "The data or the environment is at fault: a damaged or unreadable data file, a full disk, a folder that \
                 cannot be written, or no display to open the window on.",
            ),
        ],
    },
    Section {
        heading: "ENVIRONMENT",
        entries: &[
            (
                "MEND_DATA_DIR",
                "The data folder to use instead of the usual one, for example on a USB stick for portable use. \
                 Ignored when empty.",
            ),
            ("MEND_DEMO", "Set to 1, the window opens on made-up sample data, kept apart from her own diary."),
            (
                "MEND_PASSPHRASE",
                "The passphrase of a locked diary, for any command, and the new one for mend encrypt and \
                 mend passphrase --recovery-code. Without it (and without the keychain) a command asks at a \
                 terminal, without echo, and stops with exit 1 where there is none.",
            ),
            ("MEND_NEW_PASSPHRASE", "The new passphrase for mend passphrase; asked twice at a terminal without it."),
            (
                "MEND_SYNC_PASSPHRASE",
                "The sync phrase for mend sync --folder: the one her other computers use, or a new one for the \
                 first computer in the folder. Without it, mend asks at a terminal, without echo.",
            ),
            (
                "LANGUAGE, LC_ALL, LC_MESSAGES, LANG",
                "The system's language, which Mend speaks (English or Chinese) until she chooses one in Settings. \
                 The help text is in English.",
            ),
            ("DISPLAY, WAYLAND_DISPLAY", "The window needs one of them; the commands above do not."),
        ],
    },
    Section {
        heading: "FILES",
        entries: &[
            (
                "~/.local/share/mend/",
                "The data folder ($XDG_DATA_HOME/mend when that is set), readable by her alone: mend.sqlite3, the \
                 diary (SQLite), and backups/, the daily backups and those of mend backup.",
            ),
            (
                "~/.local/share/mend/mend-key.json",
                "Only when the diary is locked: its key, sealed by her passphrase and by her recovery code. The \
                 diary cannot be opened without it: copy the data folder whole.",
            ),
            (
                "FOLDER/ID/",
                "With sync on, in the folder she chose: this computer's key.json (the folder key sealed by the \
                 sync phrase) and its change files, 00000001.mendsync and on, encrypted; one such folder per \
                 computer. Never the diary itself.",
            ),
            ("~/.config/autostart/Mend.desktop", "Written while \"Start Mend when I log in\" is on in Settings."),
        ],
    },
];

/// The sections as plain text, for the end of `mend --help`.
pub fn help_text() -> String {
    SECTIONS
        .iter()
        .map(|s| {
            let heading =
                s.heading.chars().next().into_iter().chain(s.heading.chars().skip(1).flat_map(char::to_lowercase));
            let entries = s.entries.iter().map(|(term, text)| format!("  {term}\n          {text}"));
            format!("{}:\n{}", heading.collect::<String>(), entries.collect::<Vec<_>>().join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The page in roff: clap_mangen's name, synopsis, description and options, then every command
/// with its own synopsis and options, then the sections above, then the version.
pub fn page(command: Command) -> String {
    // The description: what --help says first and last, and how the commands behave.
    let about = command.get_about().map(ToString::to_string).unwrap_or_default();
    let after = command.get_after_help().map(ToString::to_string).unwrap_or_default();
    let mut command = command.disable_help_subcommand(true).long_about(format!("{about}\n\n{after} {COMMANDS}"));
    command.build();
    let man = clap_mangen::Man::new(command.clone()).title("MEND").manual("User Commands");
    let mut page = String::new();
    for render in [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ] {
        page += &rendered(&man, render);
    }
    page += ".SH COMMANDS\n";
    for sub in visible(&command) {
        commands(sub, &mut page);
    }
    let mut roff = Roff::new();
    for section in SECTIONS {
        roff.control("SH", [section.heading]);
        for (term, text) in section.entries {
            roff.control("TP", []).text([bold(*term)]).text([roman(*text)]);
        }
    }
    page += &roff.render();
    page += &rendered(&man, clap_mangen::Man::render_version_section);
    // Each piece starts with the roff crate's two-line preamble (for apostrophes): once is enough.
    let preamble: String = page.lines().take(2).map(|l| format!("{l}\n")).collect();
    let body = page.replace(&preamble, "");
    preamble + &body
}

type Render = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;

fn rendered(man: &clap_mangen::Man, render: Render) -> String {
    let mut out = Vec::new();
    render(man, &mut out).expect("writes to memory");
    String::from_utf8(out).expect("clap_mangen writes UTF-8")
}

/// The subcommands a person sees: not hidden, not clap's own `help`.
fn visible(command: &Command) -> impl Iterator<Item = &Command> {
    command.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

/// One subsection per command, `mend log pain` after `mend log`: what it does, then (for a
/// command that runs) its synopsis and options as clap_mangen renders them.
fn commands(command: &Command, page: &mut String) {
    let mut roff = Roff::new();
    roff.control("SS", [command.get_bin_name().unwrap_or_else(|| command.get_name())]);
    if let Some(about) = command.get_long_about().or_else(|| command.get_about()) {
        roff.text([roman(about.to_string())]);
    }
    *page += &roff.render();
    if command.has_subcommands() {
        for sub in visible(command) {
            commands(sub, page);
        }
        return;
    }
    let man = clap_mangen::Man::new(command.clone());
    for render in [clap_mangen::Man::render_synopsis_section, clap_mangen::Man::render_options_section] {
        // Each comes under a `.SH` heading of its own; here they belong to the command's `.SS`.
        let text = rendered(&man, render);
        *page += ".PP\n";
        *page += &text.lines().filter(|l| !l.starts_with(".SH ")).map(|l| format!("{l}\n")).collect::<String>();
    }
}
