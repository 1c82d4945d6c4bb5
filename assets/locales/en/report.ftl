# The appointment report (PDF).
# Each message id must exist in every language with the same placeholders.
# Figures arrive already written where English groups digits ($count "1,250"); $n is the same
# number for choosing the plural form.

pdf-title = Back pain, exercise and calcium: a summary for my appointment
pdf-pdf-title = { pdf-title } ({ $from } to { $to })
pdf-made = Made by Mend on { $date } from entries I logged. Not a medical record.

## About this report

pdf-about = About this report
pdf-dates-key = Dates
pdf-dates = { $from } to { $to } ({ $count } { $n ->
    [one] day
   *[other] days
})
pdf-birth-key = Birth
pdf-vaginal = Vaginal birth
pdf-caesarean = Caesarean
pdf-epidural = with an epidural
pdf-since-birth-key = Since birth
pdf-since-birth = { $count } { $n ->
    [one] week
   *[other] weeks
} at the end of the range ({ $date })
pdf-feeding-key = Feeding
pdf-breastfeeding = Breastfeeding

## The summary table

pdf-summary = Summary
pdf-summary-table = Pain, exercise and calcium in this range, with the targets they are compared with
pdf-in-range = In this range
pdf-compared = Compared with
pdf-of-days = { $k } of { $n } { $n ->
    [one] day
   *[other] days
}
pdf-pain-section = Pain, 0 to 10 (a day counts as the mean of its check-ins)
pdf-pain-days = Days with a pain check-in
# Her baseline's days; $kind as in baseline-named (birth, chosen or first).
pdf-first-days = Baseline: { $kind ->
    [birth] { $n } { $n ->
        [one] day
       *[other] days
    } logged after birth
    [chosen] { $n } { $n ->
        [one] day
       *[other] days
    } logged in your chosen week
   *[first] first { $n } { $n ->
        [one] day
       *[other] days
    } logged
}, { $span }
pdf-last-days = Mean of last { $n } logged days, { $span }
pdf-baseline = Baseline
pdf-change = Change from baseline to last
pdf-change-points = { $points } points
pdf-change-percent = { $points } points ({ $percent }%)
pdf-better = Clearly better
pdf-worse = Clearly worse
pdf-no-change = No clear change
pdf-change-too-few = Change from your baseline to the last { $n } logged days
pdf-too-few = Too few days to compare ({ $logged } logged; { $needed } are needed)¹
pdf-exercise-section = Exercise
pdf-exercise-days = Days with exercise
pdf-weekly-mean = Weekly mean²
pdf-minutes = { $count } { $n ->
    [one] minute
   *[other] minutes
}
pdf-target = Target: { $target } minutes a week
pdf-full-weeks = Full weeks with { $target } minutes or more²
pdf-weeks-of = { $k } of { $count } { $n ->
    [one] week
   *[other] weeks
}
pdf-no-full-week = No full week in the range
# $ages is the age band ("19–50", or pdf-ages-older).
pdf-calcium-section = Calcium, food and supplements together (ages { $ages })³
pdf-ages-older = 51 or older
pdf-calcium-days = Days with calcium logged
pdf-rda-days = Days at or above the RDA
pdf-rda = RDA: { $mg } mg a day
pdf-ul-days = Days above the upper limit
pdf-ul = Upper limit: { $mg } mg a day
pdf-doses = Supplement doses over { $mg } mg
pdf-best-absorbed = Best absorbed: { $mg } mg or less
pdf-no-days-logged = No days logged
pdf-k-of-days = { $k } of { $count } { $n ->
    [one] day
   *[other] days
}
# $baseline is baseline-named (charts.ftl) or pdf-baseline-none.
pdf-note-rule = ¹ Mend's rule for clearly better or worse: { clear-change-rule }. Your baseline is the same whatever range the report covers: { $baseline }. The last { $n } logged days after it are compared with it.
pdf-baseline-none = none yet (no pain check-in to take it from)
pdf-note-weeks = ² Weeks run Monday to Sunday. The weekly mean is the range's minutes per 7 days, so a part-week at either end counts for the days it has; only full weeks are counted against the target (Physical Activity Guidelines for Americans, 2018).
pdf-note-weeks-part = ² Weeks run Monday to Sunday. The weekly mean is the range's minutes per 7 days, so a part-week at either end counts for the days it has (this range has { $count } { $n ->
    [one] part-week
   *[other] part-weeks
}); only full weeks are counted against the target (Physical Activity Guidelines for Americans, 2018).
pdf-note-calcium = ³ Recommended Dietary Allowance (RDA) and upper limit for ages { $ages }, including pregnancy and breastfeeding (Institute of Medicine, 2011); supplement doses: NIH Office of Dietary Supplements.

## Warning signs, notices, questions

pdf-warning-signs = Warning signs ticked
pdf-none-in-range = None in this range.
# The level of a day's signs, with the same words as the card: level-emergency and level-urgent in ui.ftl.
pdf-level-emergency = Emergency
pdf-level-urgent = Urgent
pdf-level-mention = To mention
# $level is one of the three above, $signs the day's signs.
pdf-flag-day = { $level }: { $signs }
pdf-notices = Notices from Mend
pdf-notices-lead = Mend's own rules, not a diagnosis: each suggests talking to a clinician.
pdf-insights = What went with better or worse days
pdf-insights-lead = Each day is compared with the days around it, so that the recovery over the weeks is not mistaken for a factor. This shows what went together, not what caused it.
# $date is the first day the rule fired, $days on how many days it did.
pdf-notice = From { $date } (on { $days } { $days ->
    [one] day
   *[other] days
}): { $message }
pdf-questions = Questions I want to ask

## Charts

pdf-charts = Charts
pdf-chart-pain = Pain, 0 to 10
pdf-chart-exercise = Exercise, minutes a week
pdf-chart-calcium = Calcium, mg a day
pdf-chart-alt = Chart: { $title }

## Notes and footer

pdf-notes = My notes
pdf-no-notes = No notes in this range.
pdf-footer = Summary for my appointment, { $from } to { $to }. Made by Mend on { $made }; not a medical record.
pdf-page = Page { $page } of { $pages }

## When no report can be made

pdf-end-before-start = The end date { $to } is before the start date { $from }.
pdf-no-entries = There are no entries between { $from } and { $to } to put in a report. Choose a range with entries.
pdf-needs-font = Mend needs a Chinese font to make the report in Chinese: install Noto Sans CJK SC (fonts-noto-cjk) or switch the report language to English.
pdf-needs-font-windows = Mend needs a Chinese font to make the report in Chinese. Microsoft YaHei comes with Windows; if it is missing, add Chinese (Simplified) in Settings → Time & language → Language & region, or “Chinese (Simplified) Supplemental Fonts” under Settings → Apps → Optional features. Or switch the report language to English.
pdf-needs-font-macos = Mend needs a Chinese font to make the report in Chinese. PingFang SC comes with macOS; if it is missing, open Font Book and turn PingFang SC back on (or restore it). Or switch the report language to English.

## The recovery sheet (a PDF she prints or keeps when she locks her diary)
sheet-title = Mend: the recovery code for my diary
sheet-what = This code unlocks my Mend diary if I forget my passphrase.
sheet-how = To set a new passphrase with it: on the lock screen, choose "Use recovery code"; or run: mend passphrase --recovery-code CODE
sheet-keep = Keep this sheet somewhere safe and apart from the computer, like a spare key. Anyone with this code and the computer can read the diary.
sheet-lost = If I lose both the passphrase and this code, nobody can open the diary, Mend included.
sheet-made = Made on { $date }.
lock-code-file-name = mend-recovery-code.pdf
