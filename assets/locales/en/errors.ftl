# Error messages and notices from the core: what went wrong and what to do, for the person using Mend.
# Each message id must exist in every language with the same placeholders.
# A message names what to fix in her words: $label is a field's label (field-…), $what the
# thing she sent (what-…), $value a value she sent as these messages describe it (value-…).
# Technical detail from SQLite or the system ($detail) stays as it is, at the end.

## Words other messages use

# $label is a field's label, $message what is wrong with it.
err-labelled = { $label }: { $message }
# $place is where in a file (err-in-file, place-…), $message what is wrong there.
err-at = { $place }: { $message }
err-in-file = { $name }, { $place }: { $message }
place-entry = entry { $n }
place-reminder = reminder { $n }
place-day = day { $n }
place-tag = tag { $n }
place-day-tag = day tag { $n }
# Between the items of a list, and before its last item: "a, b and c".
list-separator = { ", " }
list-and = { $rest } and { $last }
# Between clauses: "a; b".
clause-separator = { "; " }
# Between two sentences.
sentence-gap = { " " }
quoted = "{ $text }"
import-quiet-hours-off = off
# A day written out: $day, $month (1–12), $year.
long-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## Values she sent, as the messages describe them

value-text = the text "{ $text }"
value-nothing = nothing
value-list = a list
value-object = an object

## Fields, as the window labels them

field-date = Date
field-location = Location
field-exercise-kind = Exercise kind
field-intensity = Intensity
field-source = Source
field-birth-date = Birth date
field-delivery-type = Delivery type
field-epidural = Epidural
field-breastfeeding = Breastfeeding
field-age-band = Age band
field-enabled = Enabled
field-quiet-hours = Quiet hours
field-close-to-tray = Keep running in the notification area
field-start-at-login = Start Mend when I log in
field-include-notes = Include notes
field-paper = Paper
field-start-date = Start date
field-end-date = End date
field-baseline-week = Baseline week
field-before = Before
field-kind = Kind
field-retired = Retired
field-reminder = Reminder
field-article = Article
field-backup = Backup
field-on = On
field-sample-data = Sample data mode
field-keychain = Remember on this computer
err-secret-empty = Type your passphrase (or your recovery code) first.
field-chart = Chart
field-theme = Theme

## What she sent, as a whole

what-pain = a pain check-in
what-exercise = an exercise session
what-calcium = a calcium entry
what-profile = the profile
what-reminder-settings = reminder settings
what-quiet-hours = quiet hours
what-desktop-settings = desktop settings
what-report-request = a report request
what-date-range = a date range
what-history-query = a history query
what-chart-request = a chart request
what-date = the date
what-day = a day
what-tag = a tag
what-day-tag = a day's tag
what-row = a row

## Wrong input

err-expected-object = Expected { $what } as an object with named fields.
# $key is the unknown field, $allowed the fields expected (as sent, comma separated).
err-unknown-field = Unknown field "{ $key }" in { $what }; expected only: { $allowed }.
err-date-required = { $label } is required, written YYYY-MM-DD.
err-date-form = { $label } must be a date written YYYY-MM-DD, e.g. { $example }.
err-date-not-written = "{ $text }" is not a date written YYYY-MM-DD.
err-date-not-real = { $text } is not a real calendar date.
err-date-too-early = { $label } must be on or after { $earliest }.
err-date-too-late = { $label } cannot be after { $latest }.
err-date-written = Date must be written YYYY-MM-DD.
err-date-after-today = Date cannot be after today ({ $today }).
err-time = Time must be written HH:MM in 24-hour form, e.g. 07:30.
# $rule says what is allowed (err-score, err-minutes, …).
err-missing = { $rule } It is missing.
err-got = { $rule } Got { $value }.
# $names are the allowed values as typed (comma separated).
err-required-one-of = { $label } is required: one of { $names }.
err-not-one-of = { $label }: { $value } is not one of: { $names }.
err-list-from = { $label } must be a list drawn from: { $names }.
err-true-or-false = { $label } must be true or false, not { $value }.
err-note-text = Note must be text.
err-note-too-long = Note is too long: { $count } characters; the limit is { $max }.
err-score = Pain score must be a whole number from 0 (no pain) to 10 (worst imaginable).
err-minutes = Minutes must be a whole number from 1 to 600.
err-mg = Calcium must be a whole number of milligrams from 1 to 5,000.
err-sleep = Sleep must be a number of hours from 0 to 24, in half hours (e.g. 6.5).
err-sleep-half-hours = Sleep is counted in half hours: { $hours } is not a whole or half hour; use e.g. 6 or 6.5.
err-mood = Mood must be a whole number from 0 (very low) to 10 (very good).
err-interval = The interval must be a whole number of minutes from 5 to 240.
err-history-days = Days per page must be a whole number from 1 to 366.
err-snooze = Snooze for a whole number of minutes from 1 to 1,440.
err-entry-id = Entry id must be a positive whole number.
err-entry-kind = Entry kind must be one of: { $names }.
err-language = Language must be one of: { $names }.
err-id-text = { $label } id must be text.
err-flags-list = Red flags must be a list.
err-unknown-flag = Unknown red flag "{ $flag }"; expected one of the listed signs.
err-recover-action = Choose "restore_backup" or "start_new".
err-questions-text = Questions must be text.
err-questions-too-long = Questions are too long: { $count } characters; the limit is { $max }.
err-range-backwards = End date { $to } is before start date { $from }.
err-range-too-long = A range can span at most 20 years.
err-tag-name-empty = A tag name cannot be empty: write a short label, e.g. "physio day".
err-tag-name-too-long = A tag name can be at most { $max } characters; "{ $name }" has { $count }.
err-tag-name-control = A tag name cannot contain line breaks, tabs or other control characters.
err-tag-name-text = A tag name must be text, not { $value }.
err-tag-id = Tag id must be a positive whole number.
err-tag-retired = The tag "{ $name }" is retired, so it cannot be switched on; bring it back first.
err-no-tag-called = You have no tag called "{ $name }"; add it first.
err-no-tag-id = There is no tag with id { $id }; it may have been removed from another window.
err-tag-exists = You already have a tag called "{ $name }".
err-tag-exists-retired = You already have a tag called "{ $name }". It is retired: bring it back instead of adding it again.
err-copy-kind = Only exercise and calcium can be copied from the day before.
err-export-format = Export format must be "json" or "csv".
err-choose-import-file = Choose the file to import with "Import…" first.
err-choose-sync-folder = Choose the folder to sync through with "Choose a folder…" first.

## Things that are not there

err-nothing-to-copy = Nothing of that kind was logged the day before, so there is nothing to copy.
# $kind is the entry kind as stored: pain, exercise or calcium.
err-no-entry = There is no { $kind ->
    [pain] pain
    [exercise] exercise
   *[calcium] calcium
} entry with id { $id }; it may have been deleted already.
err-no-reminder = There is no reminder called "{ $id }".
err-no-article = There is no guidance article called "{ $id }".

## Import files

err-import-empty = { $name } is empty: there is nothing to import.
err-import-not-text = { $name } is not a Mend export: it is not UTF-8 text.
# $size and $max are in MiB.
err-import-too-large = { $name } is too large to import ({ $size } MiB or more; the limit is { $max } MiB). A Mend export of a lifetime of logging is far smaller: check that this is the right file.
err-import-not-a-file = { $name } is not a regular file (a folder, device or pipe): choose a Mend export file.
err-import-too-many = { $name } holds more than { $max } entries, more than a lifetime of logging: Mend does not import it.
err-json-invalid = { $name } is not valid JSON (line { $line }, column { $column }): { $detail }.
err-json-not-mend = { $name } is not a Mend export: it has no "format": "mend" marker.
err-json-newer = { $name } was written by a newer Mend (document version { $version }); update Mend to import it.
err-json-no-version = { $name } has no valid document version.
err-file-list = { $name }: { $key } must be a list.
err-file-red-flag = { $name }, red flag { $n }: expected a date and a listed sign.
err-entries-list = { $key } must be a list of entries.
err-id-positive = id must be a positive whole number.
err-timestamp = { $key } must be an RFC 3339 timestamp.
err-csv = { $name }: { $message }.
err-csv-at-line = { $name }, line { $line }: { $message }.
err-csv-row-length = a row has { $len } fields where the header has { $expected }
err-csv-unknown-column = { $name }: unknown column "{ $column }"; Mend's columns are { $columns }.
err-csv-missing-column = { $name }: the column "{ $column }" is missing.
err-csv-at-cell = { $name }, line { $line }, column { $column }: { $message }
err-csv-kind = "{ $kind }" is not one of pain, exercise, calcium, sleep, mood, tag.
err-csv-id = "{ $id }" is not a positive whole number.
err-csv-timestamp = "{ $text }" is not an RFC 3339 timestamp.
err-csv-sleep-needs-hours = A sleep row needs the hours slept.
err-csv-mood-needs-mood = A mood row needs a mood from 0 to 10.

## What an import did, or would do

import-entries = Added { $pain } pain { $pain ->
    [one] check-in
   *[other] check-ins
}, { $exercise } exercise { $exercise ->
    [one] session
   *[other] sessions
} and { $calcium } calcium { $calcium ->
    [one] entry
   *[other] entries
}; { $duplicates } already present.
import-entries-dry = Would add { $pain } pain { $pain ->
    [one] check-in
   *[other] check-ins
}, { $exercise } exercise { $exercise ->
    [one] session
   *[other] sessions
} and { $calcium } calcium { $calcium ->
    [one] entry
   *[other] entries
}; { $duplicates } already present.
import-profile = Set the profile.
import-profile-dry = Would set the profile.
import-red-flags = Added { $count } red-flag { $count ->
    [one] check-in
   *[other] check-ins
}.
import-red-flags-dry = Would add { $count } red-flag { $count ->
    [one] check-in
   *[other] check-ins
}.
# $list is the reminders changed (reminder-change-…), separated by clause-separator.
import-reminders = Changed reminders: { $list }.
import-reminders-dry = Would change reminders: { $list }.
# $hours is "22:00–07:00" or the word for off.
import-quiet-hours = Set quiet hours to { $hours }.
import-quiet-hours-dry = Would set quiet hours to { $hours }.
import-day-factors = Set { $count } sleep or mood { $count ->
    [one] value
   *[other] values
}.
import-day-factors-dry = Would set { $count } sleep or mood { $count ->
    [one] value
   *[other] values
}.
# $names are the tags, each quoted.
import-tags = Created the tags { $names }.
import-tags-dry = Would create the tags { $names }.
import-day-tags = Added { $count } { $count ->
    [one] tag
   *[other] tags
} to days.
import-day-tags-dry = Would add { $count } { $count ->
    [one] tag
   *[other] tags
} to days.
reminder-change-off = { $title }: off
reminder-change-at = { $title }: on at { $time }
reminder-change-every = { $title }: on every { $minutes } minutes

## Backups, restore and recovery

err-no-data-folder = This store has no data folder (it lives in memory).
err-sample-data-backups = You are exploring sample data: backups and restore work on your own diary. Leave sample data first.
err-nothing-to-recover = The data file is healthy; there is nothing to recover.
err-no-backup-to-restore = There is no backup that passes Mend's checks to restore.
err-backup-gone = That backup is no longer in the backups folder.
# $reason is what is wrong with the file (damage-…).
err-cannot-restore = That file cannot be restored: { $reason }
err-no-backup-file = There is no backup file at { $path }.
err-not-brought-up-to-date = That file could not be brought up to date; nothing was changed.
damage-empty = The data file is empty (0 bytes): it may have been truncated or overwritten.
damage-not-sqlite = The data file is not a database Mend can read: it may have been overwritten or damaged.
damage-corrupt = The data file is damaged (SQLite reports: { $detail }).
damage-too-new = This data was written by a newer version of Mend (data version { $found }; this Mend knows up to { $supported }). Update Mend to open it; nothing has been changed.
damage-foreign = The data file is a database from another program, not Mend's.
# $detail says what was changed, in English (technical).
damage-altered = The data file's structure was changed by something other than Mend ({ $detail }), so Mend does not trust it.
damage-not-a-file = The data file is a link, folder or device, not a file; Mend does not follow it anywhere else.
# $backups is how many backups there are (0: only the journal file is left).
damage-missing = Your diary's data file (mend.sqlite3) is missing, but { $backups ->
    [0] its journal file is still there
    [1] a backup of it is there
   *[other] { $backups } backups of it are there
}. Mend has not started an empty diary over it: restore the newest backup, or start afresh if you meant to.

## Storage and other failures

err-storage-read-only = Mend could not read or write its database: the data folder is read-only ({ $detail }). Nothing was changed. Check the folder's permissions, or set MEND_DATA_DIR to a folder you can write to.
err-storage-disk-full = Mend could not read or write its database: the disk may be full ({ $detail }). Nothing was changed; free some space and try again.
err-storage-busy = Mend could not read or write its database: it is busy in another Mend window or command ({ $detail }). Nothing was changed; try again in a moment.
err-storage = Mend could not read or write its database ({ $detail }). Your entries so far are safe; try again, and if it keeps happening restart Mend.
err-migration = Mend could not prepare its database ({ $detail }).
err-chart = Mend could not draw a chart: { $detail }.
err-report = Mend could not make the report PDF: { $detail }. Your entries are safe; try again, and if it keeps happening restart Mend.
err-io = Mend could not use { $path }: { $detail }.
err-file-in-use = Another program has { $path } open, so Mend could not replace it. Close it in the other program (a viewer or a spreadsheet) and try again ({ $detail }).
err-autostart = Mend could not change whether it starts when you log in ({ $detail }). Nothing else was changed.

## Notices on the day

notice-calcium-above-ul = Calcium adds up to { $total } mg, above the upper limit of { $ul } mg a day for your age group. Food and supplements both count. If this happens often, talk to your clinician.
notice-supplement-dose = A supplement entry of { $mg } mg is over { $dose } mg. The body absorbs calcium best in amounts of { $dose } mg or less at a time; ask your clinician or pharmacist how to take yours.
# The recommended amount is an average over time, so the note compares her 7-day average:
# $avg mg a day over the $days days she logged calcium among the 7 up to this day.
notice-calcium-below-rda = Your 7-day average is below the recommended amount: { $avg } mg a day over the { $days } days you logged calcium, against { $rda } mg a day for your age group, from food and supplements together.
notice-own-rule = (This is Mend's own rule, not a diagnosis.)
notice-pain-high-3-days = Your pain has been 7 or more on 3 days in a row. Talk to your clinician about it soon. { notice-own-rule }
notice-pain-rising = Your 7-day pain average has risen for two weeks running, from { $from } to { $to }. Consider talking to your clinician. { notice-own-rule }
notice-vigorous-after-caesarean = You logged vigorous exercise within 6 weeks of a caesarean birth. Strenuous and abdominal exercise may need to wait 6 weeks or more; follow your clinician's advice.
notice-no-improvement-12-weeks = It is over 12 weeks since the birth and your pain has not clearly improved (7-day average { $now }; when you started logging, { $start }). This is worth discussing with your clinician. { notice-own-rule }
# $sign is the sign she ticked (sign-…), starting in lower case.
notice-mention = You noted: { $sign }. This is common after birth and not an emergency: mention it at your next appointment. Pelvic floor exercises and a pelvic health physiotherapist can help.
# $action is what to do (card-action-…), $noted the ticked signs.
notice-red-flag = { $action } You noted: { $noted }.

## The red-flag card (FACTS.md, "Red flags: what to do, and how fast")

card-action-emergency = Call your local emergency number or go to the emergency department now.
card-action-urgent = Contact your midwife, doctor or maternity unit now. If you cannot reach them, go to the emergency department or call your local emergency number.
card-raised-epidural = Back pain near the epidural or spinal site together with a fever, feeling very unwell and shivery, numbness, weakness, or a bladder or bowel change needs emergency care, even if each sign alone seems mild.
card-instinct = Trust your instincts: if something feels seriously wrong, get help.
# $born is the birth date (long-date, or a blank to fill in), $signs the signs as she would say them.
card-script = I gave birth on { $born } and I am having { $signs }.
crisis-line-us = In the US: call or text 988 (Suicide & Crisis Lifeline).
crisis-line-uk = In the UK: call Samaritans on 116 123.
# 12356: the national psychological assistance hotline set by China's National Health Commission (every region connected by 1 May 2025); each line is open at least 18 hours a day.
crisis-line-cn = In mainland China: call 12356 (the national psychological assistance hotline; not always open 24 hours).
crisis-line-anywhere = Anywhere: your local emergency number.

## The signs to tick: as the list shows them, and as she would say them ("I am having …"), and the headings they are listed under

sign-group-bleeding_fever = Bleeding, fever and infection
sign-group-head_chest = Head, chest and breathing
sign-group-back_legs = Back and legs
sign-group-body = Tummy, swelling and tiredness
sign-group-mind = Mind and mood
sign-group-mention = Worth mentioning at your next appointment

sign-bleeding_faint = Heavy bleeding (a pad soaked in an hour, or clots the size of an egg or bigger) with feeling faint, dizzy or a racing heart
sign-bleeding_faint-spoken = heavy bleeding and feeling faint
sign-sepsis_skin = Blue, grey, pale or blotchy skin, lips or tongue (on brown or black skin, look at the palms and soles)
sign-sepsis_skin-spoken = blue, grey or blotchy skin or lips
sign-sepsis_rash = A rash that does not fade when you roll a glass over it
sign-sepsis_rash-spoken = a rash that does not fade under a glass
sign-fever = A temperature of 38 °C (100.4 °F) or higher, or chills
sign-fever-spoken = a fever
sign-sepsis = Feeling very unwell and shivery, with a fast heartbeat
sign-sepsis-spoken = shivering and a fast heartbeat
sign-discharge = Foul-smelling discharge from your vagina
sign-discharge-spoken = foul-smelling discharge
sign-bleeding = Heavy bleeding (a pad soaked in an hour, or clots the size of an egg or bigger) without feeling faint
sign-bleeding-spoken = heavy bleeding
sign-wound = A wound, tear or caesarean cut that is red, hot, oozing or opening
sign-wound-spoken = a wound that is not healing
sign-chest_pain = Chest pain
sign-chest_pain-spoken = chest pain
sign-breathing = Trouble breathing, shortness of breath or breathing very fast
sign-breathing-spoken = trouble breathing
sign-seizure = A seizure
sign-seizure-spoken = a seizure
sign-fainting = Fainting or passing out
sign-fainting-spoken = fainting
sign-sepsis_confused = Acting confused, slurred speech or not making sense
sign-sepsis_confused-spoken = confusion or slurred speech
sign-sudden_headache = A headache that comes on suddenly and is extremely painful, the worst you have had
sign-sudden_headache-spoken = a sudden, severe headache
sign-headache = A headache that medicine does not help, or a bad headache with changes in your vision
sign-headache-spoken = a bad headache
sign-spinal_headache = After an epidural or spinal: a headache that gets worse when you sit or stand up
sign-spinal_headache-spoken = a headache that gets worse when I sit up
sign-vision = Changes in your vision, even without a headache: blurring, flashing lights or spots
sign-vision-spoken = changes in my vision
sign-dizziness = Feeling dizzy, without fainting
sign-dizziness-spoken = dizziness
sign-racing_heart = A racing or pounding heartbeat
sign-racing_heart-spoken = a racing heartbeat
sign-saddle_numbness = Numbness or tingling between your legs, around your bottom or genitals (the "saddle" area)
sign-saddle_numbness-spoken = numbness between my legs
sign-urine_retention = New trouble passing urine, or not knowing when your bladder is full
sign-urine_retention-spoken = new trouble passing urine
sign-incontinence = New loss of control of your bladder or bowels, with back pain or numbness (not a small leak when you cough)
sign-incontinence-spoken = new loss of bladder or bowel control
sign-leg_weakness = Weakness or numbness in both legs, or leg weakness that is getting worse
sign-leg_weakness-spoken = weakness or numbness in my legs
sign-epidural_fever = After an epidural or spinal (up to 6 weeks): back pain at the injection site with a fever, shivers or a stiff neck
sign-epidural_fever-spoken = back pain at my epidural site with a fever or a stiff neck
sign-epidural_site = After an epidural or spinal: back pain near the injection site that is severe or getting worse, or a site that is hot, red or oozing
sign-epidural_site-spoken = pain at my epidural site
sign-night_pain = Back pain that is severe at night or when lying down
sign-night_pain-spoken = severe back pain at night
sign-fall = Back pain after a fall
sign-fall-spoken = back pain after a fall
sign-leg = A red or swollen leg that is painful or warm to touch
sign-leg-spoken = a red, swollen leg
sign-belly_pain = Severe belly pain that does not go away
sign-belly_pain-spoken = severe belly pain
sign-rib_pain = Pain just below your ribs
sign-rib_pain-spoken = pain just below my ribs
sign-vomiting = Severe nausea or vomiting
sign-vomiting-spoken = severe nausea or vomiting
sign-swelling = Sudden swelling of your face, hands or feet
sign-swelling-spoken = sudden swelling
sign-exhaustion = Overwhelming tiredness
sign-exhaustion-spoken = overwhelming tiredness
sign-harm_thoughts = Thoughts of harming yourself or your baby
sign-harm_thoughts-spoken = thoughts of harming myself or my baby
sign-psychosis = Seeing or hearing things others do not, believing things that are not true, or a sudden high or confused mood
sign-psychosis-spoken = sudden changes in my mood or thinking
sign-numbness = Numbness between the legs or around the bottom, or new numbness or weakness in the legs
sign-numbness-spoken = numbness
sign-bladder_bowel = New problems controlling your bladder or bowels
sign-bladder_bowel-spoken = new bladder or bowel problems
sign-leaking = Leaking a little urine when you cough, sneeze or lift
sign-leaking-spoken = some leaking when I cough

## Her notes in the sample data (a made-up recovery to explore Mend with)

demo-note-rough-night = rough night, lots of lifting
demo-note-pram = walk with the pram
demo-note-milk = glass of milk
demo-note-yogurt = yogurt
demo-note-second-tablet = took a second tablet by mistake
demo-note-cheese = cheese and a milkshake

## Files from other apps (drip, Flaredown, Pain Tracker, a CSV of her own)

err-import-unreadable = { $name } is not a file Mend can read. Mend reads its own JSON and CSV exports, drip's drip-data.csv, Flaredown's CSV export, Loop Habit Tracker's CSV zip, a Privacy Friendly Pain Diary backup, Pain Tracker's CSV export, Bearable's CSV export, and any CSV with a date column once you say which column is which.
# $columns are the file's column names, separated by commas.
err-import-needs-map = This CSV is not from an app Mend knows. Say which column is which to import it, for example: mend import FILE --map "date=Date,pain=Back pain,format=DD/MM/YYYY" (keys: date, format, time, pain, note, calcium, sleep, mood, tag). Its columns: { $columns }.
err-import-options = The import choices are not understood: expected the columns to leave out and a column mapping.
err-import-map-no-date = Map the date column: date=COLUMN.
err-import-map-key = "{ $text }" is not part of a column mapping; use { $keys }, as key=COLUMN.
err-import-date-formats = "{ $text }" is not a date format Mend knows; use one of { $formats }.
err-import-no-column = { $name } has no column "{ $column }"; its columns: { $columns }.
err-import-date = "{ $text }" is not a date written { $format }.
err-import-time = "{ $text }" is not a time written HH:MM.
err-import-score = "{ $text }" is not a whole number from 0 to 10.
err-import-rating = "{ $text }" is not a rating from 0 to { $max }.
err-import-loop-value = "{ $text }" is not one of Loop's values (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or a number).
err-import-yes-no = "{ $text }" is not yes or no (true, false, yes, no, 1 or 0).
err-import-sleep = "{ $text }" is not hours of sleep from 0 to 24 (such as 7.5 or 7:30).
# The app's name, or CSV for a file read through her column mapping.
import-source = { $app ->
    [CSV] Read with your column mapping.
   *[other] Read as a { $app } export.
}
# $app's scale of 0 to $max, brought to Mend's 0–10 by multiplying by $factor.
import-scale = { $app }'s 0–{ $max } rating "{ $column }" → 0–10: ×{ $factor }, rounded ({ $count } { $count ->
    [one] value
   *[other] values
}; each note keeps the original).
import-scale-left-out = { $app }'s 0–{ $max } rating "{ $column }" is left out.
# $list is import-not-imported-item, separated by list-separator.
import-not-imported = Not imported, as Mend does not keep them: { $list }.
import-not-imported-item = { $what } ({ $count })
# Written into the note of an imported entry.
import-origin = from { $app }
import-origin-scaled = from { $app }, { $value } of { $max }
import-note-with-origin = { $note } ({ $origin })
import-other-places = Also: { $places }.
# drip's yes/no flags that become her tags: back pain and its moods.
import-drip-tag = { $flag ->
    [backache] Back pain
    [happy] Happy
    [sad] Sad
    [stressed] Stressed
    [balanced] Balanced
    [fine] Fine
    [anxious] Anxious
    [energetic] Energetic
    [fatigue] Tired
    [angry] Angry
   *[other] Other mood
}
# What drip records that Mend does not keep.
import-skip-drip = { $what ->
    [temperature] temperature (cycle data)
    [bleeding] bleeding (cycle data)
    [mucus] mucus (cycle data)
    [cervix] cervix (cycle data)
    [desire] desire (cycle data)
    [sex] sex (cycle data)
    [notes] notes (Mend keeps a note with a pain check-in)
    [pain-other] other pain symptoms
   *[other] other values
}
import-skip-foods = foods
import-skip-weather = weather
# $habit is the name of a yes/no habit in Loop Habit Tracker.
import-skip-habit-notes = notes on “{ $habit }”
import-skip-notes-alone = notes on days without a pain score
place-table-row = { $table }, row { $n }
import-skip-condition = how she felt (a 0–4 condition)
import-skip-qualities = pain qualities
import-skip-times = times of pain
import-skip-regions = other body regions
import-skip-no-level = diary entries without a pain level
import-skip-medication = medication
import-skip-bearable-mood = mood (Bearable's scale is not documented)

## Her diary locked (encryption at rest)
err-locked = This diary is locked: unlock it with your passphrase or your recovery code first.
err-wrong-passphrase = That passphrase does not unlock this diary. Check Caps Lock and the keyboard layout, and try again; nothing was changed.
err-wrong-recovery-code = That recovery code does not unlock this diary. Check it against the one you saved; nothing was changed.
err-not-a-recovery-code = A recovery code is six groups of four capital letters and digits, such as ABCD-EF23-GH45-JK67-MN89-PQRS.
err-key-file-damaged = The diary's key file (mend-key.json) is damaged or not Mend's ({ $detail }), so the diary cannot be unlocked. Put back a copy of the key file if you have one; nothing was changed.
err-other-key = { $path } was locked with another diary's key, or is not a Mend file: it cannot be read with this diary's key. Nothing was changed.
err-passphrase-short = Choose a passphrase of at least { $min } characters: a few words you will remember are best.
err-passphrase-long = That passphrase is too long; use at most 1024 characters.
err-not-encrypted = This diary is not locked with a passphrase.
err-already-encrypted = This diary is locked with a passphrase already; to change it, use Change passphrase.
err-recover-first = Recover your diary first (see the recovery screen); then lock it.
err-copy-not-converted = { $file } could not be decrypted, so encryption was left on and nothing else changed. Move that file out of the data folder and try again.
err-diary-in-use = Another Mend (a window or a command) has your diary open. Close it and try again; nothing was changed.
err-keychain = This computer's keychain could not be used ({ $detail }). Use your passphrase instead.
err-idle-minutes = Minutes before locking must be a whole number from 1 to { $max }.
damage-other-key = The diary's data file does not open with its key: it is damaged, or another diary's file was put in its place. Restore a backup, or start afresh; the file is kept.

## Sync with her other computers
err-sync-phrase-short = Choose a sync phrase of at least { $min } characters. You type the same phrase on each computer.
err-sync-wrong-phrase = That sync phrase does not open the files your other computers put in this folder. Type the phrase you chose on the first computer; nothing was changed.
err-sync-key-file = The sync key file of computer { $device } in this folder is damaged, so the folder cannot be opened. Nothing was changed.
err-sync-folder = { $path } is not a folder Mend can use. Choose the folder your sync service (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive) keeps in step.
err-sync-change = A change from another computer was not understood ({ $key }); it was skipped.
err-sync-off = Sync is not on. Choose a folder first (Settings → Sync with my other computers, or mend sync --folder DIR).
err-sync-device = That is not another computer in this sync folder.
err-sync-not-own = Sync works on your own diary only: leave the sample data (or recover your diary) first.
sync-problem-unreachable = The sync folder cannot be reached (a drive not connected, or the folder moved). Your diary is safe here; sync will try again.
sync-problem-partial = { $file } is still arriving (a partial file of the sync service); it will be read once whole.
sync-problem-conflict-copy = { $file } is a conflict copy made by the sync service; Mend does not read it and nothing is lost (each computer writes only its own files).
sync-problem-stray = { $file } is not a Mend sync file; it was left alone.
sync-problem-unreadable = { $file } could not be read ({ $detail }): damaged, cut short, or made with another sync phrase. It was skipped; the rest was synced.
sync-problem-newer = { $file } was written by a newer Mend. Update Mend on this computer to read it; nothing is lost meanwhile.
sync-problem-changes = { $file }: { $detail } changes did not pass Mend's checks and were skipped; the rest were applied.
sync-problem-another-key = The computer in { $file } was set up with another sync key. Set up sync on it again with this folder's phrase.
sync-problem-unwritable = Mend could not write into { $file } ({ $detail }): your changes wait here and go out at the next sync. Check that the folder is yours and the disk is not full.
