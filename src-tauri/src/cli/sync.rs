//! `mend sync`: sync with her other computers through a folder her sync service keeps in step
//! (see `mend_core::sync`). The sync phrase comes from `MEND_SYNC_PASSPHRASE`, or a prompt at
//! a terminal that does not echo it (asked twice for the first computer in a folder).

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use zeroize::Zeroizing;

use mend_core::i18n::{Lang, Msg};
use mend_core::sync::{Report, Status};
use mend_core::Store;

/// The sync phrase, for `mend sync --folder`.
pub const SYNC_PASSPHRASE_ENV: &str = "MEND_SYNC_PASSPHRASE";

/// `mend sync`.
#[derive(Args)]
pub struct Sync {
    /// The folder your sync service keeps in step (Syncthing, Nextcloud, Dropbox, iCloud Drive,
    /// OneDrive): sync with it from now on, and sync once.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["status", "off", "remove"])]
    pub folder: Option<PathBuf>,
    /// Show when it last synced, the other computers and any problem, without syncing.
    #[arg(long, conflicts_with_all = ["off", "remove"])]
    pub status: bool,
    /// Stop syncing on this computer (your diary stays as it is).
    #[arg(long, conflicts_with = "remove")]
    pub off: bool,
    /// Remove another computer you no longer use, by the id `--status` shows.
    #[arg(long, value_name = "ID")]
    pub remove: Option<String>,
}

fn phrase(first: bool, lang: Lang) -> mend_core::Result<Zeroizing<String>> {
    if let Some(p) = std::env::var(SYNC_PASSPHRASE_ENV).ok().filter(|p| !p.is_empty()) {
        return Ok(Zeroizing::new(p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(mend_core::Error::invalid(
            "phrase",
            Msg::new("cli-no-sync-phrase").arg("var", SYNC_PASSPHRASE_ENV),
        ));
    }
    let ask = |id: &'static str| {
        rpassword::prompt_password(Msg::new(id).render(lang))
            .map(Zeroizing::new)
            .map_err(|source| mend_core::Error::Io { path: PathBuf::from("(terminal)"), source })
    };
    let typed = ask(if first { "cli-new-sync-phrase" } else { "cli-sync-phrase" })?;
    if first && *ask("cli-new-sync-phrase-again")? != *typed {
        return Err(mend_core::Error::invalid("phrase", Msg::new("cli-passphrases-differ")));
    }
    Ok(typed)
}

/// Runs `mend sync` with `args`.
pub fn sync(store: &Store, args: Sync, lang: Lang) -> mend_core::Result<String> {
    if let Some(device) = args.remove {
        return Ok(status(&store.sync_remove_device(&device)?, lang));
    }
    if args.off {
        store.sync_stop()?;
        return Ok(Msg::new("cli-sync-off").render(lang));
    }
    if args.status {
        return Ok(status(&store.sync_status()?, lang));
    }
    let report = match args.folder {
        Some(folder) => {
            let first = !mend_core::sync::folder_in_use(&folder);
            let phrase = phrase(first, lang)?;
            store.sync_start(&folder, &phrase)?
        }
        None => store.sync_now()?,
    };
    Ok(said(&report, &store.sync_status()?, lang))
}

fn said(report: &Report, status: &Status, lang: Lang) -> String {
    let mut lines = vec![Msg::new("cli-synced")
        .arg("folder", status.folder.clone().unwrap_or_default())
        .arg("sent", report.sent)
        .arg("received", report.received)
        .render(lang)];
    lines.extend(report.problems.iter().map(|p| format!("  ! {}", p.message().render(lang))));
    lines.join("\n")
}

fn status(s: &Status, lang: Lang) -> String {
    if !s.on {
        return Msg::new("cli-sync-status-off").render(lang);
    }
    let when = |t: &Option<String>| t.as_deref().map_or_else(|| Msg::new("cli-sync-never").render(lang), local);
    let mut lines = vec![Msg::new("cli-sync-status")
        .arg("folder", s.folder.clone().unwrap_or_default())
        .arg("device", s.device.clone().unwrap_or_default())
        .arg("last", when(&s.last_sync))
        .arg("pending", s.pending)
        .render(lang)];
    if s.devices.is_empty() {
        lines.push(format!("  {}", Msg::new("cli-sync-no-devices").render(lang)));
    }
    for d in &s.devices {
        let said = Msg::new("cli-sync-device").arg("name", d.name.clone()).arg("id", d.id.clone());
        lines.push(format!("  {}", said.arg("last", when(&d.last_change)).render(lang)));
    }
    lines.extend(s.problems.iter().map(|p| format!("  ! {}", p.message)));
    lines.join("\n")
}

/// An RFC 3339 time as local time, to the minute.
fn local(t: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(t)
        .map(|t| t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| t.to_owned())
}
