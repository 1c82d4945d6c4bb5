# The window's words in English. The page (ui/index.html) marks each element with
# data-l10n-id (its English text stays there as the fallback); the views format the rest with
# t() from ui/lib/i18n.js. Every id here must exist in every language's ui.ftl with the same
# placeholders and attributes (src-tauri/core/tests/i18n.rs checks it).

## The page: header, screens, dialogs (in page order)

skip-to-content = Skip to content
nav-today = Today
nav-trends = Trends
nav-history = History
nav-guidance = Guidance
nav-settings = Settings
nav-screens =
    .aria-label = Screens
profile-open = Your profile
demo-banner-title = Sample data.
demo-banner-text = You are exploring a made-up 16-week recovery. Nothing here is yours, and nothing you log now is saved to your own diary.
demo-back = Back to my own data
today-title = Today
today-title-earlier = An earlier day
day-prev = ‹
    .aria-label = Previous day
day-to-log = Day to log
day-next = ›
    .aria-label = Next day
day-today = Today
pain-title = Back pain check-in
pain-question = How bad is the pain right now?
pain-anchor-low = 0 · No pain
pain-anchor-high = 10 · Worst imaginable
pain-where = Where?
optional = (optional)
field-time = Time
field-note = Note
pain-note =
    .placeholder = What helped, what made it worse…
pain-save = Save check-in
cancel-editing = Cancel editing
exercise-title = Exercise
exercise-kind = Kind
exercise-minutes = Minutes
exercise-intensity = How hard
exercise-note =
    .placeholder = e.g. walk with the pram
exercise-save = Add exercise
same-as-yesterday = Same as yesterday
calcium-title = Calcium
calcium-quick-milk = Glass of milk · about 300 mg
    .data-quick-note = Glass of milk (250 ml)
calcium-quick-yogurt = Yogurt · about 400 mg
    .data-quick-note = Pot of plain yogurt (225 g)
calcium-quick-cheese = Cheese · about 300 mg
    .data-quick-note = Cheddar cheese (40 g)
calcium-quick =
    .aria-label = Common amounts (food)
calcium-mg = Milligrams
calcium-source = Source
calcium-note =
    .placeholder = e.g. with breakfast
calcium-save = Add calcium
totals-title = The day so far
factors-title = Your day
sleep-label = Sleep
sleep-hours = (hours)
sleep-input =
    .placeholder = e.g. 6.5
sleep-save = Save sleep
sleep-hint = Hours slept in the night before, in half hours; leave empty and save to clear.
mood-label = Mood
mood-clear = Clear
tags-legend = Your tags
tags-empty = Tags are your own yes-or-no labels for a day, such as a physio visit or a long car ride. Add them under "Manage tags".
tags-manage = Manage tags
tags-new = New tag
tags-new-input =
    .placeholder = e.g. used the baby carrier
tags-add = Add tag
tags-list =
    .aria-label = Your tags
tags-none = No tags yet.
tags-retired-hint = A retired tag keeps the days it was on, in History, but is no longer offered here. Bring it back to use it again.
notices =
    .aria-label = Notices
red-flag-title = Any of these today?
red-flag-hint = Tick any that apply. Each of these needs help now, whatever your pain score.
mention-legend = Worth mentioning at your next appointment
red-flag-rules = Mend's checks and notes are its own rules, not a diagnosis. See
red-flag-see-clinician = when to see a clinician
sentence-end = {"."}
entries-title = Entries
trends-title = Trends
trends-intro = Is your back getting better? Each chart has a short summary and its numbers as a table.
range-2-weeks = 2 weeks
range-3-months = 3 months
range-1-year = 1 year
range-all = All
trends-range =
    .aria-label = Time range
chart-pain-title = Back pain
chart-show-table = Show as table
chart-exercise-title = Exercise per week
chart-calcium-title = Calcium per day
trends-markers = Change markers show where your pain is clearly better or worse: the 7-day average moved 30% or more from your baseline and at least 1 point, about the size of change that people in studies rated as much better (Farrar et al., 2001). Your baseline is the average of your first 7 logged days after the birth (without a birth date, your first 7 logged days), whatever range you choose; the pain chart names its days. The markers are not a diagnosis.
insights-title = What went with better or worse days
insights-intro = Your pain on days with and without each factor, over the dates above. Each day is compared with the days around it, so your recovery over the weeks is not mistaken for a factor. Numbers show once each side has 7 days. This shows what went together, not what caused it.
insights-waiting = Waiting for more days
report-title = Report for my appointment
report-intro = A PDF of about two pages to print or send before you see your clinician: your pain, exercise and calcium against their targets, the charts, warning signs you ticked and your questions.
report-dates = Dates
report-last-2-weeks = Last 2 weeks
report-since-birth = Since the birth
report-choose-dates = Choose dates
report-birth-note = Add your baby's birth date in your profile to use "Since the birth".
field-from = From
field-to = To
report-questions = Questions I want to ask (optional)
report-notes = Include my notes (they are private, so they are left out unless you tick this)
report-paper = Paper
report-save = Save report…
guidance-title = Guidance
guidance-intro = Clear, sourced guidance for your recovery, readable offline.
guidance-search-label = Search the guidance
guidance-search-input =
    .placeholder = Search, e.g. calcium
guidance-for-you = For you
guidance-all = All guidance
guidance-results = Search results
guidance-articles =
    .aria-label = Articles
reader-sources = Sources
reader-disclaimer = Mend does not replace a clinician. If you are worried, or something feels wrong, contact your clinician; in an emergency call your local emergency number.
reader-about =
    .aria-label = About this article
settings-title = Settings
settings-intro = Reminders come from the guidance; each says which article it is drawn from.
reminders-title = Reminders
data-title = Your data
data-intro = Your diary stays on this computer (and, with sync on, goes encrypted to your other computers). Take it out as JSON (complete, for moving to another computer) or CSV (for spreadsheets), and bring it back in; entries already here are skipped.
data-export-json = Export as JSON…
data-export-csv = Export as CSV…
data-import-pick = Import…
data-import-apply = Import
cancel = Cancel
backups-title = Backups
backups-intro = Mend backs up once a day when it starts, keeping the last 7 days and 4 weeks.
backups-now = Back up now
quiet-title = Quiet hours
quiet-enabled = No notifications during quiet hours
field-until = Until
desktop-title = When the window is closed
desktop-close-to-tray = Keep Mend running in the notification area, so reminders keep coming
desktop-close-to-tray-macos = Keep Mend running in the menu bar, so reminders keep coming
desktop-start-at-login = Start Mend when I log in
recovery-title = Mend could not open your data
recovery-nothing-changed = Nothing has been changed or deleted. You can:
recovery-restore = Restore the newest backup
recovery-start-new = Start a new, empty diary
recovery-kept = Either way, the file that could not be opened is kept in your data folder under a dated name, so nothing is lost.
history-title = History
history-intro = Every day you logged, newest first. Correct or remove any entry.
history-show = Show
history-everything = Everything
history-go-to-date = Go to date
history-days =
    .aria-label = Days
history-empty = Nothing logged yet.
history-more = Load older days
profile-title = About you
profile-intro = This helps Mend show the right calcium targets and notes. Everything stays on this computer. You can skip it and fill it in later.
profile-birth-date = Baby's birth date
profile-delivery = How was your baby born?
profile-prefer-not = Prefer not to say
profile-epidural = I had an epidural or spinal
profile-breastfeeding = I am breastfeeding
profile-age = Your age
profile-save = Save
profile-skip = Skip for now

## Built by the views

demo-explore = Explore with sample data
demo-leave = Leave sample data
save-changes = Save changes
mend-could-not-start = Mend could not start: { $message }

# Settings: the language
language-title = Language
language-label = Language of Mend
language-hint = Everything follows this at once: screens, messages, charts, the report, guidance, reminders, the tray menu and the command line.
language-changed = Mend now speaks English.

# Settings: saving
saved = Saved.
reminder-saved = Reminder saved.
quiet-saved = Quiet hours saved.
desktop-note-no-tray = This desktop has no notification area Mend can use, so closing the window quits Mend: reminders arrive only while its window is open. Started at log-in, Mend opens its window.
desktop-note-tray = Closing the window keeps Mend in the notification area; open it or quit from its icon there. Started at log-in, it waits there without opening a window.
desktop-note-tray-macos = Closing the window keeps Mend in the menu bar; open it or quit from its icon there, or open it from the Dock. Started at log-in, it waits there without opening a window.
desktop-note-quit = Closing the window quits Mend: reminders arrive only while its window is open.

# Settings: one reminder
reminder-every-minutes = Every (minutes)
reminder-at = At
reminder-check-at = Check at
reminder-when-interval = while Mend is running
reminder-when-daily = every day
reminder-when-condition = only if it applies
# $when is one of the three above.
reminder-from = { $when } · from

# Guidance: the reader and search
guidance-fallback-title = Guidance
# $reviewed and $next are dates, already written out in the language.
guidance-reviewed = Last reviewed { $reviewed }. Next review due by { $next }.
# $titles is the reminders' titles, joined.
guidance-reminders = Reminders from this article: { $titles }.
guidance-reminders-settings = Turn them on or off in Settings.
guidance-no-match = Nothing matches “{ $query }”.

# Settings: your data
# $path is where the file was saved.
data-exported = Exported to { $path }.
data-imported = Imported { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}.
backups-done = Backed up.
backups-restored = Backup restored. Your previous data was saved as a backup.

# The profile and reminder banners
profile-saved = Profile saved.
# $minutes is 10 or 60.
reminder-snoozed = Snoozed for { $minutes ->
    [60] an hour
   *[other] { $minutes } minutes
}.

# Lists: what joins the items of a list, and what ends a sentence that a list closes.
list-comma = {", "}
list-semicolon = {"; "}

# Today: the totals ("The day so far")
totals-pain = Pain
totals-exercise = Exercise
totals-calcium = Calcium
totals-pain-none = No check-in yet
# $max and $mean are scores out of 10; $count is the number of check-ins.
totals-pain-summary = Highest { $max } · average { $mean } ({ $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
})
totals-minutes = { $minutes } min
# $minutes is the weekly target; the line follows the day's minutes.
totals-exercise-aim = {" "}· aim for at least { $minutes } minutes a week of moderate activity, once your clinician says it is safe
totals-mg = { $mg } mg
# Follows the day's milligrams.
totals-calcium-target = {" "}of { $mg } mg recommended
totals-calcium-meter = Calcium today
totals-calcium-too-much = Today: too much: above the upper limit.
totals-calcium-fine = Today: fine: at or above the recommended amount.
# The recommended amount is an average over time: below it is judged on her 7-day average
# (the days she logged calcium among the 7 up to yesterday, or up to a past day), not on one day.
totals-calcium-below = Your 7-day average, { $mg } mg a day, is below the recommended amount.
totals-calcium-average-fine = Your 7-day average, { $mg } mg a day, is at or above the recommended amount.
totals-calcium-average-none = The recommended amount is an average over days: Mend compares your 7-day average with it once a few days are logged.
totals-calcium-limit = Upper limit { $mg } mg a day, food and supplements together.

# Today and History: the entries. $kind is pain, exercise or calcium.
entries-empty = Nothing logged for this day yet.
entry-exercise = { $kind }, { $minutes } min
entry-calcium = { $mg } mg
entry-edit = Edit
entry-delete = Delete
# $text describes the entry, e.g. "6/10 · Lower back".
entry-edit-label = Edit { $kind ->
    [pain] pain check-in
    [exercise] exercise entry
   *[other] calcium entry
}: { $text }
entry-delete-label = Delete { $kind ->
    [pain] pain check-in
    [exercise] exercise entry
   *[other] calcium entry
}: { $text }
# History: $date is the entry's day, written out.
entry-edit-label-dated = Edit { $kind ->
    [pain] pain check-in
    [exercise] exercise entry
   *[other] calcium entry
} of { $date }: { $text }
entry-delete-label-dated = Delete { $kind ->
    [pain] pain check-in
    [exercise] exercise entry
   *[other] calcium entry
} of { $date }: { $text }
entry-saved = { $kind ->
    [pain] Pain check-in saved.
    [exercise] Exercise saved.
   *[other] Calcium saved.
}
entry-updated = { $kind ->
    [pain] Pain check-in updated.
    [exercise] Exercise entry updated.
   *[other] Calcium entry updated.
}
entry-deleted = { $kind ->
    [pain] Pain check-in deleted.
    [exercise] Exercise entry deleted.
   *[other] Calcium entry deleted.
}
entry-restored = { $kind ->
    [pain] Pain check-in restored.
    [exercise] Exercise entry restored.
   *[other] Calcium entry restored.
}
entry-undo = Undo
# "Same as yesterday": $kind is exercise or calcium.
entry-copied = Copied { $kind ->
    [exercise] { $count ->
        [one] { $count } exercise entry
       *[other] { $count } exercise entries
    }
   *[other] { $count ->
        [one] { $count } calcium entry
       *[other] { $count } calcium entries
    }
} from the day before.

# Today: checks made before saving (the core checks again).
entry-score-missing = Choose a pain score from 0 (no pain) to { $max } (worst imaginable).
entry-minutes-invalid = Minutes must be a whole number from { $min } to { $max }.
entry-mg-invalid = Calcium must be a whole number of milligrams from { $min } to { $max }.

# Today: your day (sleep, mood, tags), and its line in History
sleep-saved = Sleep saved.
sleep-cleared = Sleep cleared.
mood-saved = Mood saved.
mood-cleared = Mood cleared.
tag-fallback = Tag
tag-on = { $name }: on.
tag-off = { $name }: off.
tag-retired-chip = { $name } (retired)
tag-name-label = Name of the tag { $name }
tag-rename = Rename
tag-retire = Retire
tag-bring-back = Bring back
tag-retired = retired
tag-added = Tag added: { $name }.
tag-renamed = Tag renamed to { $name }.
tag-retired-done = Tag retired.
tag-brought-back = Tag brought back.
# $hours may have a half, e.g. 6.5.
factors-sleep = Sleep { $hours } h
factors-mood = Mood { $mood }/{ $max }
factors-tags = Tags: { $tags }

# Notices, the red-flag card and the alert bar
level-emergency = Emergency
level-urgent = Urgent
# $level is one of the two above.
notice-card-label = { $level }: get help now
notice-level = { $level }:{" "}
notice-see-clinician = When to see a clinician
notice-read-more = Read more
# $signs is the ticked signs, joined.
notice-you-noted = You noted: { $signs }.
notice-words-to-use = Words to use:{" "}
notice-crisis-lines = Crisis lines, for example:

# Reminder banners
banner-snooze-10 = Snooze 10 min
banner-snooze-60 = Snooze 1 hour
banner-open-guidance = Open guidance
banner-dismiss = Dismiss
# $title is the reminder's title.
banner-dismiss-label = Dismiss: { $title }

# History
# $level is level-emergency or level-urgent, the highest of the day's signs.
history-flags-urgent = { $level } — warning signs ticked:{" "}
history-flags-noted = Noted for your next appointment:{" "}

# Trends
trends-no-data = No data in this range.
insights-not-enough = Not enough days yet to compare. Keep logging: each factor needs 7 days with it and 7 without.
# $path is where the PDF was saved.
report-saved-to = Report saved to { $path }.
report-saved = Report saved.

# Settings: importing (what the chosen file would change)
import-would-add-entries = Would add { $pain ->
    [one] { $pain } pain check-in
   *[other] { $pain } pain check-ins
}, { $exercise ->
    [one] { $exercise } exercise session
   *[other] { $exercise } exercise sessions
} and { $calcium ->
    [one] { $calcium } calcium entry
   *[other] { $calcium } calcium entries
} ({ $duplicates } already here).
import-would-set-profile = Would set your profile (you have not saved one yet).
import-would-add-red-flags = Would add { $count ->
    [one] { $count } red-flag check-in
   *[other] { $count } red-flag check-ins
}.
# $reminder describes the reminder as it would be, e.g. "Calcium with breakfast: on at 07:45".
import-would-change-reminder = Would change a reminder: { $reminder }.
# $hours is e.g. "23:00–06:30".
import-would-set-quiet = Would set quiet hours to { $hours }.
import-would-add-factors = Would add { $count ->
    [one] { $count } sleep or mood value
   *[other] { $count } sleep or mood values
}.
# $tags is the new tags' names, quoted and joined.
import-would-create-tags = Would create the tags { $tags }.
import-quoted = “{ $name }”
import-would-add-day-tags = Would add { $count ->
    [one] { $count } tag to a day
   *[other] { $count } tags to days
}.

# Settings: backups
backup-unreadable = unreadable
backup-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
backup-restore = Restore…
backups-none = No backups yet.
backup-confirm = Replace your current data with this backup? It is backed up first.
backup-restore-confirm = Restore

# The recovery screen. $backup is the backup's date (or file name).
recovery-restore-newest = Restore the newest backup ({ $backup }, { $count ->
    [one] { $count } entry
   *[other] { $count } entries
})
recovery-no-backup = No backup to restore

# Settings: importing another app's file. $app is the app's name (drip, Flaredown, Pain Tracker) or CSV.
import-read-as = { $app ->
    [CSV] Read with your column mapping.
   *[other] Read as a { $app } export.
}
# A rescaled column, with a box to keep it: "Flaredown's 0–4 rating “Back pain” → 0–10: ×2.5 (3 values)".
import-scale-choice = Import { $app }'s 0–{ $max } rating “{ $column }” → 0–10: ×{ $factor }, rounded ({ $count ->
    [one] { $count } value
   *[other] { $count } values
}; each note keeps the original, e.g. “from { $app }, 3 of { $max }”).
# $list is import-would-not-import-item, joined.
import-would-not-import = Not imported, as Mend does not keep them: { $list }.
import-would-not-import-item = { $what } ({ $count })
# The column-mapping step for a CSV that is no app's.
import-map-intro = This CSV is not from an app Mend knows. Say which column is which; values come in as they are (pain and mood 0–10, calcium in mg, sleep in hours).
import-map-date = Date
import-map-format = Date written as
import-map-time = Time
import-map-pain = Pain (0–10)
import-map-note = Note
import-map-calcium = Calcium (mg)
import-map-sleep = Sleep (hours)
import-map-mood = Mood (0–10)
import-map-tags = Yes/no columns to keep as your tags
import-map-none = (none)
import-map-show = Show what would come in

## Her diary locked: Settings' card, its dialogs, and the lock screen
lock-title = Lock my diary
lock-intro = Encrypt your diary and its backups on this computer, so they open only with your passphrase (or your recovery code). Anyone who opens your home folder then sees scrambled bytes, not your words.
lock-start = Lock my diary…
# $memory is in MiB, $passes a count.
lock-state = Your diary and its backups are encrypted (SQLCipher, AES-256). Your passphrase guards the key through Argon2id ({ $memory } MiB, { $passes } passes).
lock-now = Lock now
lock-change = Change passphrase…
lock-turn-off = Turn off…
lock-keychain = Open it without asking on this computer (the system keychain keeps the key)
lock-idle = Lock after this long without use
lock-idle-never = Never
lock-idle-minutes = { $minutes } minutes
lock-exports = Exports and reports you save are ordinary files, readable by anyone who opens them: keep them somewhere private.
lock-dialog-intro = Choose a passphrase: a few words you will remember. Mend also gives you a recovery code, in case you forget it.
lock-passphrase = Passphrase
lock-passphrase-again = The same passphrase again
lock-new-passphrase = New passphrase
lock-current-passphrase = Your passphrase now
lock-warning = If you lose both your passphrase and your recovery code, nobody can open your diary, Mend included.
lock-warning-more = There is no reset by email and no copy anywhere else. Your backups are locked with the same key.
lock-understood = I understand, and I will keep my recovery code safe
lock-tick-understood = Tick the box to say you understand that a lost passphrase and code cannot be recovered.
lock-confirm = Lock my diary
lock-passphrases-differ = The two passphrases differ. Type the same one twice.
lock-code-intro = Your diary is locked. This is your recovery code. It is shown only now: save it as a PDF, print it or write it down, and keep it apart from this computer.
lock-code-save = Save as PDF…
lock-code-print = Print…
lock-code-kept = I have saved my recovery code
lock-code-done = Done
lock-code-saved = Recovery code saved to { $path }
lock-left-plain = These damaged copies could not be encrypted; delete them if you do not need them: { $files }
lock-change-title = Change passphrase
lock-change-intro = Your diary stays as it is; only the passphrase that opens it changes. Your recovery code stays the same.
lock-change-confirm = Change passphrase
lock-changed = Passphrase changed.
lock-off-title = Turn off the lock
lock-off-intro = Your diary and its backups will be ordinary files again, readable by anyone who opens your home folder.
lock-off-confirm = Turn off the lock
lock-turned-off = Your diary is no longer locked.
unlock-title = Your diary is locked
unlock-intro = Type your passphrase to open it.
unlock-code-intro = Type the recovery code you saved when you locked your diary, and choose a new passphrase.
unlock-code = Recovery code
unlock-submit = Unlock
unlock-submit-code = Set passphrase and unlock
unlock-use-code = Use recovery code
unlock-use-passphrase = Use my passphrase
data-export-plain = Your diary is locked, but an export is an ordinary file: anyone who opens it can read it. Save it somewhere private, and delete it when you no longer need it.

## Sync with my other computers
sync-title = Sync with my other computers
sync-intro = Keep your diary the same on your other computers, through a folder your sync service already keeps in step (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive). Mend puts only encrypted files there and runs no server.
sync-start = Choose a folder…
sync-state = Syncing through { $folder }. Last synced { $last }.
sync-state-pending = Syncing through { $folder }. Last synced { $last }; { $pending ->
        [one] 1 change waits
       *[other] { $pending } changes wait
    } to be sent.
sync-never = not yet
sync-devices = Your other computers
sync-no-devices = None yet: set up sync on your other computer with this folder and the same sync phrase.
sync-device = { $name }, last change { $last }
sync-device-unknown = { $name }, no change yet
sync-remove = Remove
sync-remove-label = Remove { $name } from sync
sync-problems =
    .aria-label = Problems
sync-now = Sync now
sync-stop = Stop syncing on this computer
sync-phrase = Sync phrase
sync-phrase-again = The same sync phrase again
sync-intro-first = No other computer syncs through this folder yet. Choose a sync phrase of a few words: you will type it on each of your computers.
sync-intro-join = Your other computers already sync through this folder. Type the sync phrase you chose on them.
sync-warning = If the sync phrase is lost, nobody can read the files in this folder, Mend included.
sync-warning-more = Each computer still keeps its own diary, and you can start again with a new folder. The sync phrase is not the passphrase that locks your diary.
sync-confirm = Start syncing
sync-phrases-differ = The two sync phrases differ. Type the same one twice.
sync-started = Syncing: { $sent ->
        [one] 1 change
       *[other] { $sent } changes
    } sent, { $received } received.
sync-done = Synced: { $sent ->
        [one] 1 change
       *[other] { $sent } changes
    } sent, { $received } received.
sync-stopped = Sync is off on this computer. Your diary stays as it is.
sync-remove-title = Remove { $name }?
sync-remove-intro = For a computer you no longer use. What it changed stays in your diary, and this computer passes it on; its files are deleted from the sync folder.
sync-remove-confirm = Remove
sync-removed = { $name } was removed from sync.
