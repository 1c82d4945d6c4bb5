//! Export and import: a complete, versioned JSON document, and a long-format CSV of every
//! entry for spreadsheets. Import validates everything first and then applies it in one
//! transaction, so it is all or nothing; entries already present are recognised and skipped,
//! so importing the same file twice adds nothing. Other trackers' exports (`apps`) are read
//! into the same `Incoming`, so the same holds for them.

mod apply;
pub mod apps;
mod csv_format;
mod json_format;

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::factors::{Mood, Sleep, TagName};
use crate::i18n::{Lang, Msg};
use crate::model::{Calcium, Exercise, Pain, Profile};

pub use apply::apply;
pub use csv_format::{export_csv, parse_csv, CSV_COLUMNS};
pub use json_format::{export_json, parse_json, FORMAT, VERSION};

/// The UTF-8 byte order mark a CSV export starts with (for Excel); `read_file` skips it.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl std::str::FromStr for Format {
    type Err = Error;

    /// `"json"` or `"csv"`, for the command line and the window alike.
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(Error::invalid("format", Msg::new("err-export-format"))),
        }
    }
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

/// One validated entry to import, with what the file said of its id and timestamps.
#[derive(Debug, Clone)]
pub struct Item<T> {
    pub id: Option<i64>,
    pub entry: T,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
}

/// Everything in a file, validated and ready to apply.
#[derive(Debug, Default)]
pub struct Incoming {
    pub pain: Vec<Item<Pain>>,
    pub exercise: Vec<Item<Exercise>>,
    pub calcium: Vec<Item<Calcium>>,
    pub profile: Option<Profile>,
    pub reminders: Vec<(String, crate::requests::ReminderChange)>,
    pub quiet_hours: Option<crate::requests::QuietHoursChange>,
    pub red_flags: Vec<(NaiveDate, String)>,
    /// Sleep and mood per day.
    pub days: Vec<(NaiveDate, Option<Sleep>, Option<Mood>)>,
    /// Her tags as the file lists them (JSON only).
    pub tags: Vec<Item<TagItem>>,
    /// Tags true on days, by name; a name she has no tag for is created.
    pub day_tags: Vec<(NaiveDate, TagName)>,
    /// For another app's file: which app, rescaled columns and what is not imported.
    pub extras: apps::Extras,
}

/// A tag in a file: its name and whether it is retired.
#[derive(Debug, Clone)]
pub struct TagItem {
    pub name: TagName,
    pub retired: bool,
}

/// Counts per kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub pain: usize,
    pub exercise: usize,
    pub calcium: usize,
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub added: Counts,
    pub duplicates: usize,
    pub profile_set: bool,
    pub red_flags_added: usize,
    pub reminder_settings: usize,
    /// Each reminder whose settings the import changes, as "title: on at 07:45" or "title: off".
    pub reminders_changed: Vec<String>,
    /// The quiet hours the import sets, when they differ from those in use.
    pub quiet_hours_changed: Option<String>,
    /// Sleep and mood values set (only on days that had no value of that kind).
    pub day_factors_added: usize,
    /// The tags the import creates, by name.
    pub tags_created: Vec<String>,
    /// Tags marked on days.
    pub day_tags_added: usize,
    /// The app whose file this is ("Flaredown"), none for Mend's own.
    pub source: Option<String>,
    /// Scores on another scale and how they are brought to 0–10.
    pub scales: Vec<apps::Scale>,
    /// What the file holds that Mend does not keep, with counts.
    pub not_imported: Vec<apps::Skipped>,
    /// For a CSV that is no app's: its columns, to map (nothing is imported without a mapping).
    pub needs_map: Option<Vec<String>>,
    pub dry_run: bool,
}

impl Report {
    /// One line for people, in English.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// One line for people, in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        let dry = self.dry_run;
        let pick = |done: Msg, would: Msg| if dry { would } else { done };
        let mut parts = vec![pick(Msg::new("import-entries"), Msg::new("import-entries-dry"))
            .arg("pain", self.added.pain)
            .arg("exercise", self.added.exercise)
            .arg("calcium", self.added.calcium)
            .arg("duplicates", self.duplicates)];
        if self.profile_set {
            parts.push(pick(Msg::new("import-profile"), Msg::new("import-profile-dry")));
        }
        if self.red_flags_added > 0 {
            parts.push(
                pick(Msg::new("import-red-flags"), Msg::new("import-red-flags-dry")).arg("count", self.red_flags_added),
            );
        }
        if !self.reminders_changed.is_empty() {
            let list = self.reminders_changed.join(&Msg::new("clause-separator").render(lang));
            parts.push(pick(Msg::new("import-reminders"), Msg::new("import-reminders-dry")).arg("list", list));
        }
        if let Some(q) = &self.quiet_hours_changed {
            parts.push(pick(Msg::new("import-quiet-hours"), Msg::new("import-quiet-hours-dry")).arg("hours", q));
        }
        if self.day_factors_added > 0 {
            parts.push(
                pick(Msg::new("import-day-factors"), Msg::new("import-day-factors-dry"))
                    .arg("count", self.day_factors_added),
            );
        }
        if !self.tags_created.is_empty() {
            let quoted: Vec<String> =
                self.tags_created.iter().map(|n| Msg::new("quoted").arg("text", n).render(lang)).collect();
            let names = quoted.join(&Msg::new("list-separator").render(lang));
            parts.push(pick(Msg::new("import-tags"), Msg::new("import-tags-dry")).arg("names", names));
        }
        if self.day_tags_added > 0 {
            parts.push(
                pick(Msg::new("import-day-tags"), Msg::new("import-day-tags-dry")).arg("count", self.day_tags_added),
            );
        }
        let mut first = Vec::new();
        if let Some(app) = &self.source {
            first.push(Msg::new("import-source").arg("app", app.as_str()));
        }
        for s in &self.scales {
            let id = if s.included { "import-scale" } else { "import-scale-left-out" };
            first.push(
                Msg::new(id)
                    .arg("app", s.app.as_str())
                    .arg("column", crate::text::clip(&s.column))
                    .arg("max", s.max)
                    .arg("factor", s.factor.as_str())
                    .arg("count", s.count),
            );
        }
        parts.splice(0..0, first);
        if !self.not_imported.is_empty() {
            let items: Vec<String> = self
                .not_imported
                .iter()
                .map(|s| {
                    Msg::new("import-not-imported-item").arg("what", s.what.as_str()).arg("count", s.count).render(lang)
                })
                .collect();
            parts.push(
                Msg::new("import-not-imported").arg("list", items.join(&Msg::new("list-separator").render(lang))),
            );
        }
        if let Some(columns) = &self.needs_map {
            parts = vec![Msg::new("err-import-needs-map").arg("columns", apps::column_list(columns))];
        }
        let gap = Msg::new("sentence-gap").render(lang);
        parts.iter().map(|m| m.render(lang)).collect::<Vec<_>>().join(&gap)
    }
}

/// The largest file Mend imports: far more than a lifetime of daily logging, small enough to
/// read and validate in memory.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;
/// The most entries one import may hold (a lifetime of logging is a few tens of thousands).
pub const MAX_IMPORT_ENTRIES: usize = 200_000;

/// Reads a file for import, recognised by its content: Mend's own JSON or CSV, or another
/// app's (`apps`), with the choices she made in the preview. Only a regular file of at most
/// `MAX_IMPORT_BYTES` is read, so a FIFO, a device such as `/dev/zero`, a folder or a huge file
/// is refused at once with bounded memory; empty, binary and unreadable files get a clear
/// error. Nothing here touches the database or its lock. Text written into her diary (tag
/// names, origin notes) is in `lang`, and UTC times become her local time through `to_local`.
pub fn read_any(
    path: &Path,
    today: NaiveDate,
    options: &apps::Options,
    lang: Lang,
    to_local: apps::ToLocal,
) -> Result<Incoming> {
    let name = crate::text::clip(
        &path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned()),
    );
    let bytes = read_bounded(path, &name)?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::invalid("file", Msg::new("err-import-empty").arg("name", &name)));
    }
    let ctx = apps::Ctx { name: &name, today, lang, options, to_local };
    if let Some(incoming) = apps::read_binary(&ctx, &bytes)? {
        return Ok(incoming);
    }
    let text = std::str::from_utf8(&bytes)
        .ok()
        .filter(|t| !t.contains('\0'))
        .ok_or_else(|| Error::invalid("file", Msg::new("err-import-not-text").arg("name", &name)))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json = text.trim_start().starts_with('{')
        || path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) && !text.trim_start().starts_with("kind");
    if json {
        return match apps::read_json(&ctx, text)? {
            Some(incoming) => Ok(incoming),
            None => parse_json(&name, text, today),
        };
    }
    match apps::read_csv(&ctx, text)? {
        Some(incoming) => Ok(incoming),
        None => parse_csv(&name, text, today),
    }
}

/// The whole of a regular file no larger than `MAX_IMPORT_BYTES`. The file is opened without
/// blocking (a FIFO with no writer would otherwise hang) and checked on the open handle, so it
/// cannot be swapped between the check and the read; at most one byte past the limit is read.
fn read_bounded(path: &Path, name: &str) -> Result<Vec<u8>> {
    use std::io::Read;
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, rustix::fs::OFlags::NONBLOCK.bits() as i32);
    let file = match options.open(path) {
        Ok(f) => f,
        // Windows cannot open a folder as a file; say so as for any other non-file.
        Err(_) if path.is_dir() => return Err(not_a_file(name)),
        Err(e) => return Err(io(e)),
    };
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(not_a_file(name));
    }
    let too_big = || {
        Error::invalid(
            "file",
            Msg::new("err-import-too-large")
                .arg("name", name)
                .arg("size", meta.len().max(MAX_IMPORT_BYTES + 1) / (1024 * 1024))
                .arg("max", MAX_IMPORT_BYTES / (1024 * 1024)),
        )
    };
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_IMPORT_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

fn not_a_file(name: &str) -> Error {
    Error::invalid("file", Msg::new("err-import-not-a-file").arg("name", name))
}

/// Refuses a file with more entries than `MAX_IMPORT_ENTRIES`, before they are validated.
pub(crate) fn check_entry_count(name: &str, count: usize) -> Result<()> {
    if count > MAX_IMPORT_ENTRIES {
        return Err(Error::invalid(
            "file",
            Msg::new("err-import-too-many")
                .arg("name", name)
                .arg("max", crate::text::thousands(MAX_IMPORT_ENTRIES as u64)),
        ));
    }
    Ok(())
}

/// Writes `contents` to `path`, readable by the user only, via a new temporary file with a
/// random name beside it (never one that already exists, so never through a planted link) and
/// a rename, so a failure never leaves half a file.
pub fn write_private(path: &Path, contents: &[u8]) -> Result<()> {
    use std::io::Write;
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // Errors name the file she asked for, not the temporary one.
    let tmp = crate::files::temp_file(dir, "mend-export", ".partial").map_err(|e| match e {
        Error::Io { source, .. } => io(source),
        other => other,
    })?;
    let written = std::fs::OpenOptions::new()
        .write(true)
        .open(&tmp)
        .and_then(|mut file| file.write_all(contents).and_then(|_| file.sync_all()))
        .and_then(|_| crate::platform::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}
