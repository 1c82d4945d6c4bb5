# What the command line prints.
# Each message id must exist in every language with the same placeholders.
# Results a script may read (JSON, "ok: …" of `mend check`) keep their form in every language;
# the command line's --help comes from its argument parser and is in English.

cli-exported = Exported to { $path }
cli-backed-up = Backed up to { $path }
cli-restored = Restored { $path }. The data it replaced was saved as { $safety }.
cli-started-new = Started an empty diary.
cli-started-new-kept = Started an empty diary. The damaged file was kept as { $kept }.
cli-restored-newest = Restored the newest good backup.
cli-restored-newest-kept = Restored the newest good backup. The damaged file was kept as { $kept }.
cli-report-saved = Saved the report to { $path }
# $version is the data's schema version, $supported the newest this Mend knows, $dir the data folder.
cli-check-ok = ok: integrity ok, schema version { $version } (this Mend knows up to { $supported }), { $entries } entries, data in { $dir }
# A tag in `mend tag list` that is retired.
cli-tag-retired = { $name } (retired)
cli-no-display = no display to open the window on. Run it from your desktop, or use a command: mend --help
