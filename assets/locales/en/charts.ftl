# Chart titles, axes, legends and the text summaries beside them; the insights below the charts.
# Each message id must exist in every language with the same placeholders.
# Figures arrive already written ($value "4.3", $mg "1,000"), so they read the same in every language.

## Legends

chart-legend-highest = Highest of the day
chart-legend-mean = Mean of the day
chart-legend-average = 7-day average
# $span: the days of her baseline ("12–18 Nov").
chart-legend-baseline = Baseline { $value } ({ $span })
chart-legend-better = Clearly better
chart-legend-worse = Clearly worse
chart-legend-minutes = Minutes that week
chart-legend-goal = Goal: { $minutes } minutes a week
chart-legend-below = Below
chart-legend-at-or-above = At or above
chart-legend-recommended = Recommended { $mg } mg
chart-legend-upper-limit = Upper limit { $mg } mg
chart-legend-over = Over the limit
# The dashed line 6 weeks after the birth.
chart-marker-six-weeks = 6 weeks

## Axes

chart-axis-pain = Pain (0–10)
chart-axis-minutes = Minutes per week
chart-axis-calcium = mg per day
chart-axis-weeks-after-birth = Weeks after birth
chart-axis-date = Date
chart-axis-week-starting = Week starting
# A short range, labelled with dates: which weeks after the birth it covers.
chart-axis-date-weeks = Date (weeks { $from } to { $to } after birth)
# A label on the weeks-after-birth axis.
chart-week = wk { $week }

## Summaries

chart-span-days = { $n } { $n ->
    [one] day
   *[other] days
}
chart-span-weeks = { $n } { $n ->
    [one] week
   *[other] weeks
}
chart-span-months = { $n } { $n ->
    [one] month
   *[other] months
}
chart-pain-none = No pain check-ins in this period.
# $trend: fell, rose or same.
chart-pain-average = Pain average { $trend ->
    [fell] fell
    [rose] rose
   *[same] stayed about the same,
} from { $from } to { $to } over { $span }.
chart-pain-too-few = Not enough check-ins yet for a 7-day average (it needs 3 days in a week).
chart-pain-logged = Logged on { $logged } of { $days } { $days ->
    [one] day
   *[other] days
}.
# Her baseline, whatever range is shown. $value "7.6"; $n its logged days; $span "12–18 Nov";
# $kind: birth (after the birth), chosen (a week she chose) or first (no birth date).
baseline-named = { $value }, the average of { $kind ->
    [birth] your first { $n } logged { $n ->
        [one] day
       *[other] days
    } after the birth
    [chosen] the { $n } logged { $n ->
        [one] day
       *[other] days
    } of the week you chose
   *[first] your first { $n } logged { $n ->
        [one] day
       *[other] days
    }
} ({ $span })
# $baseline is baseline-named.
chart-pain-baseline = Your baseline: { $baseline }.
# $direction: better or worse; $date the first day of the change.
chart-pain-clear = Clearly { $direction ->
    [better] better
   *[worse] worse
} than your baseline from { $date }, by Mend's rule: { clear-change-rule }.
# Mend's one rule for a clear change (facts::CLEAR_CHANGE_RULE; the figures must match it).
clear-change-rule = a change of 30% or more from the baseline and at least 1 point, about the size of change that people in studies rated as much better (Farrar et al., 2001)
chart-exercise-none = No exercise logged in this period.
chart-exercise = Averaged { $mean } minutes a week over { $weeks } { $weeks ->
    [one] week
   *[other] weeks
}; { $met } of them reached the { $goal }-minute goal.
chart-calcium-none = No calcium logged in this period.
chart-calcium = Reached the recommended { $rda } mg on { $met } of { $logged } { $logged ->
    [one] day
   *[other] days
} with calcium logged. { $over ->
    [0] No day went
    [one] One day went
   *[other] { $over } days went
} above the { $ul } mg upper limit.

## Table columns

chart-column-date = Date
chart-column-highest = Highest
chart-column-mean = Mean
chart-column-average = 7-day average
chart-column-week-starting = Week starting
chart-column-minutes = Minutes
chart-column-calcium = Calcium (mg)

## Insights: what went with better or worse days

insight-label-exercise = Exercise the day before
insight-label-calcium = Calcium
insight-label-sleep = Sleep
insight-label-mood = Mood
# How the days "with" a factor are named; $median is her median, written as she would.
insight-with-exercise-any = On days after any exercise the day before
insight-with-exercise = On days after more than { $median } minutes of exercise the day before
insight-with-calcium-any = On days with any calcium logged
insight-with-calcium = On days with more than { $median } mg of calcium logged
insight-with-sleep = On days after more than { $median } hours of sleep
insight-with-mood = On days with mood above { $median }
insight-with-tag = On days tagged “{ $tag }”
insight-not-enough = { $label }: not enough data yet ({ $n } of { $min } days).
insight-means = { $phrase }, your pain averaged { $with } ({ $nwith } { $nwith ->
    [one] day
   *[other] days
}), against { $without } on other days ({ $nwithout } { $nwithout ->
    [one] day
   *[other] days
}); compared with the days around them
# A size of a difference, $size already written ("1.3").
insight-lower = { $size } lower
insight-higher = { $size } higher
insight-under = under 0.1
insight-same = about the same
insight-none = no difference
# $said is insight-lower or insight-higher; $near and $far the interval's ends, as sizes.
insight-clear = { $means }: { $said }. { insight-not-cause }
insight-clear-range = { $means }: { $said } ({ $near } to { $far } { $lower ->
    [yes] lower
   *[no] higher
}). { insight-not-cause }
insight-unclear-collapsed = { $means }: { $said }: no clear difference yet. { insight-not-cause }
# $same: yes when the difference is about the same; $from and $to the interval's ends.
insight-unclear = { $means }: { $said }, { $same ->
    [yes] and
   *[no] but
} the likely range ({ $from } to { $to }) includes no difference: no clear difference yet. { insight-not-cause }
insight-not-cause = This shows what went together, not what caused it.
insight-mostly-trend = Your pain is mostly following your recovery; day-to-day factors are hard to see yet.
