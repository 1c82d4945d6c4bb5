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
# Her diary locked: the prompts (no echo) and what the commands say.
cli-passphrase = Passphrase for your Mend diary:{" "}
cli-new-passphrase = New passphrase (at least 8 characters):{" "}
cli-new-passphrase-again = The same passphrase again:{" "}
cli-passphrases-differ = The two passphrases differ; nothing was changed. Try again.
cli-locked = This diary is locked: give its passphrase in MEND_PASSPHRASE, or run mend at a terminal to be asked for it. Nothing was changed.
cli-no-new-passphrase = No new passphrase was given: set { $var }, or run mend at a terminal to be asked for it. Nothing was changed.
cli-encrypt-warning = Locking your diary: it will open only with your passphrase or your recovery code. If you lose both, nobody can open it, Mend included. Exports you write stay plain, readable files.
cli-encrypted = Your diary and its backups are now encrypted.
    Your recovery code (shown only now; write it down or print it, and keep it apart from this computer):

        { $code }

    With it you can set a new passphrase if you forget yours: mend passphrase --recovery-code CODE
cli-left-plain = Still not encrypted, so anyone can read it (a damaged copy Mend cannot read): { $file }. Delete it if you do not need it.
cli-decrypted = Your diary and its backups are plain files again, readable without a passphrase.
cli-passphrase-changed = The passphrase was changed. The recovery code stays the same.

## mend sync
cli-no-sync-phrase = No sync phrase was given: set { $var }, or run mend at a terminal to be asked for it. Nothing was changed.
cli-new-sync-phrase = A sync phrase for this folder (at least 8 characters; you will type it on each computer):{" "}
cli-new-sync-phrase-again = The same sync phrase again:{" "}
cli-sync-phrase = The sync phrase you chose on your other computer:{" "}
cli-synced = Synced with { $folder }: { $sent ->
        [one] 1 change
       *[other] { $sent } changes
    } sent, { $received } received.
cli-sync-off = Sync is off on this computer. Your diary stays as it is; this computer's files stay in the folder for your other computers.
cli-sync-status-off = Sync is off. Turn it on with: mend sync --folder DIR
cli-sync-never = never
cli-sync-status = Syncing with { $folder } (this computer: { $device }).
    Last synced: { $last }. Changes waiting to be sent: { $pending }.
    Other computers:
cli-sync-no-devices = none yet
cli-sync-device = { $name } ({ $id }), last change { $last }
