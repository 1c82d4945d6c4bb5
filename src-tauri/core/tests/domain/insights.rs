//! Honest insights: a known effect is found and said the right way round, no effect is mostly
//! called "no clear difference yet", a group under seven days never shows a number, the median
//! split puts ties and missing values where the rule says, the order and JSON shape the UI
//! reads, degenerate groups that do not vary, and no sentence that claims a cause.

use chrono::{Days, NaiveDate};
use mend_core::i18n::Lang;
use mend_core::insights::{insights, insights_in, overview_in, Day, Insight, Tag, MIN_DAYS};
use serde_json::json;

fn date(i: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(i as u64)
}

/// Day `i` with a pain value and nothing else.
fn day(i: usize, pain: Option<f64>) -> Day {
    Day { date: date(i), pain, ..Day::default() }
}

fn tag(id: i64, name: &str) -> Tag {
    Tag { id, name: name.into() }
}

fn find<'a>(all: &'a [Insight], factor: &str) -> &'a Insight {
    all.iter().find(|i| i.factor == factor).unwrap_or_else(|| panic!("no insight for {factor}"))
}

/// Asserts that no sentence claims a cause and none shows a broken number; returns the insights.
fn honest(all: Vec<Insight>) -> Vec<Insight> {
    for i in &all {
        let text = i.text.to_lowercase().replace("not what caused it", "");
        for word in ["because", "cause", "helps", "help ", "reduces", "reduce", "due to", "nan", "inf"] {
            assert!(!text.contains(word), "{word:?} in {:?}", i.text);
        }
        if i.difference.is_some() {
            assert!(i.text.ends_with("This shows what went together, not what caused it."), "{}", i.text);
        }
    }
    all
}

/// A group's numbers are shown only when both groups have seven days.
fn assert_numbers_iff_enough(i: &Insight) {
    let enough = i.n_with >= MIN_DAYS && i.n_without >= MIN_DAYS;
    for field in [i.mean_with, i.mean_without, i.difference, i.low, i.high] {
        assert_eq!(field.is_some(), enough, "{i:?}");
        if let Some(x) = field {
            assert!(x.is_finite(), "{i:?}");
        }
    }
    if !enough {
        assert!(!i.clear);
        let n = i.n_with.min(i.n_without);
        assert!(i.text.ends_with(&format!("not enough data yet ({n} of 7 days).")), "{}", i.text);
        let digits: String = i.text.chars().filter(char::is_ascii_digit).collect();
        let label_digits: String = i.label.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(digits, format!("{label_digits}{n}7"), "a number besides the count in {:?}", i.text);
    }
}

/// Uniform noise in [-1, 1).
fn noise(rng: &mut fastrand::Rng) -> f64 {
    rng.f64() * 2.0 - 1.0
}

#[test]
fn a_tag_that_adds_two_points_is_clear_and_higher() {
    let mut rng = fastrand::Rng::with_seed(11);
    let days: Vec<Day> = (0..60)
        .map(|i| {
            let on = rng.f64() < 0.4;
            Day {
                tags: if on { vec![1] } else { vec![] },
                ..day(i, Some(4.0 + noise(&mut rng) + if on { 2.0 } else { 0.0 }))
            }
        })
        .collect();
    let all = honest(insights(&days, &[tag(1, "physio day")]));
    let t = find(&all, "tag:1");
    assert_numbers_iff_enough(t);
    let (d, low, high) = (t.difference.unwrap(), t.low.unwrap(), t.high.unwrap());
    assert!(t.clear, "{t:?}");
    assert!((d - 2.0).abs() < 0.3, "{t:?}");
    assert!(low > 0.0 && low < 2.0 && 2.0 < high, "{t:?}");
    assert!(t.text.starts_with("On days tagged “physio day”, your pain averaged "), "{}", t.text);
    assert!(t.text.contains(&format!(": {d:.1} higher ({low:.1} to {high:.1} higher).")), "{}", t.text);
    assert_eq!(all[0].factor, "tag:1", "the one clear insight comes first");
}

#[test]
fn exercise_the_day_before_that_goes_with_less_pain_is_clear_and_lower() {
    // Exercise on about 40% of days: her median is 0, so "with" is any exercise.
    let mut rng = fastrand::Rng::with_seed(5);
    let days: Vec<Day> = (0..60)
        .map(|i| {
            let minutes = if rng.f64() < 0.4 { rng.u64(10..=60) } else { 0 };
            let pain = 5.0 + noise(&mut rng) - if minutes > 0 { 1.5 } else { 0.0 };
            Day { exercise_day_before: minutes, ..day(i, Some(pain)) }
        })
        .collect();
    let all = honest(insights(&days, &[]));
    let e = find(&all, "exercise");
    assert_numbers_iff_enough(e);
    let (d, low, high) = (e.difference.unwrap(), e.low.unwrap(), e.high.unwrap());
    assert!(e.clear && high < 0.0 && low < -1.5 && -1.5 < high, "{e:?}");
    assert_eq!(e.n_with, days.iter().filter(|d| d.exercise_day_before > 0).count());
    assert!(e.text.starts_with("On days after any exercise the day before, your pain averaged "), "{}", e.text);
    // The interval is said as sizes in the difference's direction, nearer end first.
    assert!(e.text.contains(&format!(": {:.1} lower ({:.1} to {:.1} lower).", -d, -high, -low)), "{}", e.text);

    // Exercise every day: the split is at her median, and the sentence names it.
    let days: Vec<Day> = (0..60)
        .map(|i| {
            let minutes = rng.u64(10..=60);
            let pain = 5.0 + noise(&mut rng) - if minutes > 35 { 1.5 } else { 0.0 };
            Day { exercise_day_before: minutes, ..day(i, Some(pain)) }
        })
        .collect();
    let mut minutes: Vec<u64> = days.iter().map(|d| d.exercise_day_before).collect();
    minutes.sort();
    let median = (minutes[29] + minutes[30]) as f64 / 2.0;
    let all = honest(insights(&days, &[]));
    let e = find(&all, "exercise");
    assert!(e.clear && e.difference.unwrap() < 0.0, "{e:?}");
    assert_eq!(e.n_with, days.iter().filter(|d| d.exercise_day_before as f64 > median).count());
    let m = if median.fract() == 0.0 { format!("{median:.0}") } else { format!("{median:.1}") };
    assert!(
        e.text.starts_with(&format!("On days after more than {m} minutes of exercise the day before,")),
        "{}",
        e.text
    );
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut fastrand::Rng) -> f64 {
    let u = rng.f64().max(1e-12);
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * rng.f64()).cos()
}

/// What a recovery diary holds besides her recovery itself.
#[derive(Clone, Copy)]
struct Recovery {
    /// Added to a day's pain after any exercise the day before.
    exercise: f64,
    /// Added to a day's pain when it is tagged "walk" (tag 1).
    walk: f64,
    /// Lag-1 autocorrelation of the day-to-day noise (AR(1)); 0 for independent days.
    rho: f64,
}

/// Twelve weeks after a birth: pain falls from 7 to 2 with day-to-day noise of about a point
/// (sd 1), logged as whole numbers; exercise and walks become more likely week by week (20% →
/// 80%), and so does a better mood, while calcium and sleep wander. Only `r`'s effects act
/// on a day: anything else "found" is the recovery itself.
fn recovery(seed: u64, r: Recovery) -> Vec<Day> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let days = 84;
    let mut ar = 0.0;
    let mut exercised_yesterday = rng.f64() < 0.2;
    (0..days)
        .map(|i| {
            let progress = i as f64 / (days - 1) as f64;
            let likely = 0.2 + 0.6 * progress;
            let walk = rng.f64() < likely;
            ar = r.rho * ar + (1.0 - r.rho * r.rho).sqrt() * normal(&mut rng);
            let mut pain = 7.0 - 5.0 * progress + ar;
            if exercised_yesterday {
                pain += r.exercise;
            }
            if walk {
                pain += r.walk;
            }
            let minutes = if exercised_yesterday { rng.u64(10..=45) } else { 0 };
            exercised_yesterday = rng.f64() < likely;
            Day {
                exercise_day_before: minutes,
                calcium_mg: rng.u64(0..=1_500),
                sleep_hours: Some(f64::from(rng.u8(10..=16)) / 2.0),
                mood: Some((3.0 + 5.0 * progress + normal(&mut rng)).round().clamp(0.0, 10.0) as u8),
                tags: if walk { vec![1] } else { vec![] },
                ..day(i, Some(pain.round().clamp(0.0, 10.0)))
            }
        })
        .collect()
}

/// Over 100 recovery diaries made by `r`, in English and in Chinese (which must agree):
/// how many said nothing clear about any factor, and how many found `factor` clear and lower.
fn count(r: Recovery, factor: &str) -> (usize, usize) {
    let tags = [tag(1, "walk")];
    let (mut quiet, mut found) = (0, 0);
    for seed in 0..100 {
        let days = recovery(seed, r);
        let en = honest(insights_in(&days, &tags, Lang::En));
        let zh = insights_in(&days, &tags, Lang::ZhCn);
        assert_eq!(en.len(), zh.len());
        for e in &en {
            // Labels differ by language, and so may the order of ties: match by factor.
            let z = find(&zh, &e.factor);
            assert_eq!((e.clear, e.difference, e.low, e.high), (z.clear, z.difference, z.low, z.high));
            assert_eq!(z.text.contains("暂时看不出明显差别"), !z.clear && z.difference.is_some(), "{}", z.text);
            assert_numbers_iff_enough(e);
            assert_eq!(e.text.contains("no clear difference yet"), !e.clear && e.difference.is_some(), "{e:?}");
        }
        quiet += usize::from(en.iter().all(|i| !i.clear));
        found += usize::from(find(&en, factor).clear && find(&en, factor).difference.unwrap() < 0.0);
    }
    (quiet, found)
}

#[test]
fn a_recovery_alone_is_not_mistaken_for_a_factor() {
    // Falling pain, rising activity, a walk tag and mood that rise with the weeks, and no effect
    // of any day-level factor: a plain comparison over the range calls exercise clear here.
    let (quiet, _) = count(Recovery { exercise: 0.0, walk: 0.0, rho: 0.0 }, "exercise");
    println!("trend only: {quiet} of 100 recovery diaries said no clear difference for every factor");
    assert!(quiet >= 90, "only {quiet} of 100 recovery diaries without an effect stayed quiet");
}

#[test]
fn autocorrelated_days_without_an_effect_stay_quiet() {
    let (quiet, _) = count(Recovery { exercise: 0.0, walk: 0.0, rho: 0.5 }, "exercise");
    println!("AR(1), rho 0.5: {quiet} of 100 recovery diaries said no clear difference for every factor");
    assert!(quiet >= 90, "only {quiet} of 100 autocorrelated diaries without an effect stayed quiet");
}

#[test]
fn exercise_the_day_before_that_lowers_pain_by_two_is_found_on_top_of_a_recovery() {
    let (_, found) = count(Recovery { exercise: -2.0, walk: 0.0, rho: 0.0 }, "exercise");
    println!("exercise −2: found, lower, in {found} of 100 recovery diaries");
    assert!(found >= 80, "exercise −2 found in only {found} of 100");
}

#[test]
fn a_tag_that_lowers_pain_by_two_is_found_on_top_of_a_recovery() {
    let (_, found) = count(Recovery { exercise: 0.0, walk: -2.0, rho: 0.0 }, "tag:1");
    println!("walk tag −2: found, lower, in {found} of 100 recovery diaries");
    assert!(found >= 80, "a walk tag of −2 found in only {found} of 100");
}

#[test]
fn a_recovery_says_it_is_mostly_following_the_recovery_and_a_flat_diary_does_not() {
    let tags = [tag(1, "walk")];
    let mostly = (0..100)
        .filter(|seed| {
            overview_in(&recovery(*seed, Recovery { exercise: 0.0, walk: 0.0, rho: 0.0 }), &tags, Lang::En)
                .trend_note
                .is_some()
        })
        .count();
    println!("the recovery line showed in {mostly} of 100 recovery diaries");
    assert!(mostly >= 80, "{mostly}");
    let o = overview_in(&recovery(1, Recovery { exercise: 0.0, walk: 0.0, rho: 0.0 }), &tags, Lang::ZhCn);
    assert_eq!(o.trend_note.as_deref(), Some("你的疼痛主要是在跟着恢复的进程变化；日常因素的影响暂时还很难看出来。"));
    let o = overview_in(&recovery(1, Recovery { exercise: 0.0, walk: 0.0, rho: 0.0 }), &tags, Lang::En);
    assert_eq!(
        o.trend_note.as_deref(),
        Some("Your pain is mostly following your recovery; day-to-day factors are hard to see yet.")
    );
    // Pain that wanders around one level, with no recovery in it: no such line.
    let mut rng = fastrand::Rng::with_seed(3);
    let flat: Vec<Day> = (0..84).map(|i| day(i, Some(4.0 + normal(&mut rng)))).collect();
    let o = overview_in(&flat, &tags, Lang::En);
    assert!(o.trend_note.is_none() && o.trend_share.is_some_and(|s| s < 0.5), "{:?}", o.trend_share);
}

#[test]
fn no_effect_mostly_says_no_clear_difference() {
    let mut quiet = 0;
    for seed in 0..100 {
        let mut rng = fastrand::Rng::with_seed(seed);
        let days: Vec<Day> = (0..60)
            .map(|i| {
                let on = rng.f64() < 0.4;
                // Whole-number pain, as most check-ins are, independent of the tag.
                Day { tags: if on { vec![7] } else { vec![] }, ..day(i, Some(f64::from(rng.u8(2..=6)))) }
            })
            .collect();
        let all = honest(insights(&days, &[tag(7, "walk")]));
        let t = find(&all, "tag:7");
        assert_numbers_iff_enough(t);
        assert_eq!(t.text.contains("no clear difference yet"), !t.clear, "{t:?}");
        if t.difference.is_some() && !t.clear {
            quiet += 1;
        }
    }
    println!("{quiet} of 100 diaries without an effect said \"no clear difference yet\"");
    assert!(quiet >= 90, "only {quiet} of 100 diaries without an effect said no clear difference");
}

#[test]
fn a_group_under_seven_days_never_shows_a_number() {
    // 6 tagged days among 40 with pain, plus tagged days without pain, which do not count.
    let mut days: Vec<Day> = (0..40)
        .map(|i| Day { tags: if i < 6 { vec![3] } else { vec![] }, ..day(i, Some(4.0 + (i % 3) as f64)) })
        .collect();
    days.extend((40..45).map(|i| Day { tags: vec![3], ..day(i, None) }));
    let all = honest(insights(&days, &[tag(3, "physio day")]));
    let t = find(&all, "tag:3");
    assert_eq!((t.n_with, t.n_without), (6, 34));
    assert_eq!(t.text, "physio day: not enough data yet (6 of 7 days).");
    for i in &all {
        assert_numbers_iff_enough(i);
    }
    assert_eq!(find(&all, "sleep").text, "Sleep: not enough data yet (0 of 7 days).");

    // The other group can be the small one: 34 tagged, 6 not.
    let days: Vec<Day> = (0..40)
        .map(|i| Day { tags: if i < 34 { vec![3] } else { vec![] }, ..day(i, Some(4.0 + (i % 3) as f64)) })
        .collect();
    let all = honest(insights(&days, &[tag(3, "physio day")]));
    let t = find(&all, "tag:3");
    assert_eq!(t.text, "physio day: not enough data yet (6 of 7 days).");
    assert_numbers_iff_enough(t);

    // The boundary: 7 and 7 shows numbers; 7 and 6 does not.
    let pains = [3.0, 4.0, 5.0, 4.0, 3.0, 5.0, 4.0];
    let days: Vec<Day> =
        (0..14).map(|i| Day { tags: if i < 7 { vec![3] } else { vec![] }, ..day(i, Some(pains[i % 7])) }).collect();
    let all = honest(insights(&days, &[tag(3, "physio day")]));
    let t = find(&all, "tag:3");
    assert_eq!((t.n_with, t.n_without), (7, 7));
    assert_numbers_iff_enough(t);
    assert_eq!((t.mean_with, t.mean_without), (Some(4.0), Some(4.0)));
    // Each day is compared with the days around it, so the first and last days of a 14-day
    // diary, with neighbours on one side only, leave a small difference where the plain means
    // have none; it is nowhere near clear.
    assert!(t.difference.is_some_and(|d| d.abs() < 0.5) && !t.clear, "{t:?}");
    let all = honest(insights(&days[..13], &[tag(3, "physio day")]));
    let t = find(&all, "tag:3");
    assert_eq!((t.n_with, t.n_without), (7, 6));
    assert_eq!(t.text, "physio day: not enough data yet (6 of 7 days).");
    assert_numbers_iff_enough(t);
}

#[test]
fn the_median_split_puts_ties_without_and_leaves_out_missing_values() {
    // Sleep 5 h ×3 and 6.5 h ×5 (the median, a tie) go "without" with pain 2; 8 h ×7 go "with"
    // with pain 8. Days without sleep (pain 5) and days without pain (sleep 9) are left out: if
    // either counted, a count or a mean below would move. Mood mirrors sleep: 3, 5 (median), 7.
    let mut days = Vec::new();
    for (n, sleep, mood, pain) in [(3, 5.0, 3, 2.0), (5, 6.5, 5, 2.0), (7, 8.0, 7, 8.0)] {
        for _ in 0..n {
            days.push(Day { sleep_hours: Some(sleep), mood: Some(mood), ..day(days.len(), Some(pain)) });
        }
    }
    for _ in 0..3 {
        days.push(day(days.len(), Some(5.0)));
    }
    for _ in 0..2 {
        days.push(Day { sleep_hours: Some(9.0), mood: Some(9), ..day(days.len(), None) });
    }
    let all = honest(insights(&days, &[]));
    for (factor, phrase) in
        [("sleep", "On days after more than 6.5 hours of sleep, "), ("mood", "On days with mood above 5, ")]
    {
        let i = find(&all, factor);
        assert_eq!((i.n_with, i.n_without), (7, 8), "{i:?}");
        assert_eq!((i.mean_with, i.mean_without), (Some(8.0), Some(2.0)), "{i:?}");
        assert!(i.difference.is_some_and(|d| d > 0.0), "{i:?}");
        assert!(i.text.starts_with(phrase), "{}", i.text);
    }

    // Exercise: most days have none, so the median is 0 and "with" is any exercise. Days
    // without pain (60 minutes) would move the median to 30 if they counted.
    let mut days: Vec<Day> = (0..10).map(|i| day(i, Some(2.0))).collect();
    days.extend((10..18).map(|i| Day { exercise_day_before: 30, ..day(i, Some(8.0)) }));
    days.extend((18..23).map(|i| Day { exercise_day_before: 60, ..day(i, None) }));
    let e = find(&honest(insights(&days, &[])), "exercise").clone();
    assert_eq!((e.n_with, e.n_without, e.mean_with, e.mean_without), (8, 10, Some(8.0), Some(2.0)));
    assert!(e.text.starts_with("On days after any exercise the day before, "), "{}", e.text);

    // Calcium 0 ×2, 500 ×7, 1,250 ×7: the median is 500 (a tie), so 500 goes "without".
    let mut days: Vec<Day> = Vec::new();
    for (n, mg, pain) in [(2, 0, 2.0), (7, 500, 2.0), (7, 1250, 8.0)] {
        for _ in 0..n {
            days.push(Day { calcium_mg: mg, ..day(days.len(), Some(pain)) });
        }
    }
    let c = find(&honest(insights(&days, &[])), "calcium").clone();
    assert_eq!((c.n_with, c.n_without, c.mean_with, c.mean_without), (7, 9, Some(8.0), Some(2.0)));
    assert!(c.text.starts_with("On days with more than 500 mg of calcium logged, "), "{}", c.text);

    // An even count with no tie: the median is the mean of the two middle values.
    let days: Vec<Day> = (0..14)
        .map(|i| Day {
            exercise_day_before: if i < 7 { 10 } else { 20 },
            ..day(i, Some(if i < 7 { 2.0 } else { 8.0 }))
        })
        .collect();
    let e = find(&honest(insights(&days, &[])), "exercise").clone();
    assert_eq!((e.n_with, e.n_without, e.mean_with), (7, 7, Some(8.0)));
    assert!(e.text.starts_with("On days after more than 15 minutes of exercise the day before, "), "{}", e.text);
}

#[test]
fn clear_ones_come_first_then_unclear_then_not_enough_and_the_json_is_camel_case() {
    // 48 days: i mod 16 and i mod 3 meet in every combination once, so each tag below is
    // balanced against the others and the noise. Tag "A walk" adds 3, "B carrying" 1.5,
    // "C physio" nothing; "Early walk" is on the same days as "A walk" (a tie, broken by label);
    // "D pool" is on 3 days only.
    let days: Vec<Day> = (0..48)
        .map(|i| {
            let (a, b, c) = (i % 2 == 0, i % 4 < 2, i % 8 < 4);
            let pain = 3.0 + 0.5 * (i % 3) as f64 + if a { 3.0 } else { 0.0 } + if b { 1.5 } else { 0.0 };
            let tags = [(a, 1), (b, 2), (c, 3), (i < 3, 4), (a, 5)]
                .into_iter()
                .filter_map(|(on, id)| on.then_some(id))
                .collect();
            Day { tags, ..day(i, Some(pain)) }
        })
        .collect();
    let tags = [tag(1, "A walk"), tag(2, "B carrying"), tag(3, "C physio"), tag(4, "D pool"), tag(5, "Early walk")];
    let all = honest(insights(&days, &tags));
    let order: Vec<&str> = all.iter().map(|i| i.factor.as_str()).collect();
    assert_eq!(order, ["tag:1", "tag:5", "tag:2", "tag:3", "tag:4", "calcium", "exercise", "mood", "sleep"]);
    assert_eq!(
        all.iter().map(|i| i.clear).collect::<Vec<_>>(),
        [true, true, true, false, false, false, false, false, false]
    );
    for i in &all {
        assert_numbers_iff_enough(i);
    }
    let c = find(&all, "tag:3");
    let said = if c.difference.unwrap().abs() < 0.05 {
        ": about the same, and the likely range ("
    } else {
        ", but the likely range ("
    };
    assert!(c.text.contains(said), "{}", c.text);
    assert!(c.text.contains("includes no difference: no clear difference yet."), "{}", c.text);
    assert_eq!(find(&all, "tag:4").text, "D pool: not enough data yet (3 of 7 days).");

    let first = serde_json::to_value(&all[0]).unwrap();
    let keys: Vec<&str> = first.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected = [
        "factor",
        "label",
        "nWith",
        "nWithout",
        "meanWith",
        "meanWithout",
        "difference",
        "low",
        "high",
        "clear",
        "text",
    ];
    let mut keys_sorted = keys.clone();
    keys_sorted.sort();
    expected.sort();
    assert_eq!(keys_sorted, expected);
    assert_eq!(first["factor"], "tag:1");
    assert_eq!(first["nWith"], 24);
    assert_eq!(first["clear"], true);
    assert!(first["meanWith"].is_f64() && first["low"].is_f64() && first["high"].is_f64());
    assert_eq!(
        serde_json::to_value(find(&all, "tag:4")).unwrap(),
        json!({
            "factor": "tag:4", "label": "D pool", "nWith": 3, "nWithout": 45,
            "meanWith": null, "meanWithout": null, "difference": null, "low": null, "high": null,
            "clear": false, "text": "D pool: not enough data yet (3 of 7 days)."
        })
    );
}

#[test]
fn an_empty_diary_has_every_factor_waiting_for_data() {
    let all = honest(insights(&[], &[tag(9, "physio day")]));
    let texts: Vec<&str> = all.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Calcium: not enough data yet (0 of 7 days).",
            "Exercise the day before: not enough data yet (0 of 7 days).",
            "Mood: not enough data yet (0 of 7 days).",
            "physio day: not enough data yet (0 of 7 days).",
            "Sleep: not enough data yet (0 of 7 days).",
        ]
    );
    for i in &all {
        assert_numbers_iff_enough(i);
    }
}

#[test]
fn groups_that_do_not_vary_give_no_nan() {
    // 3 on tagged days and 5 on the others, day about: every tagged day is lower than the days
    // around it, clearly; the figures are finite, and the plain means are exactly 3 and 5.
    let days: Vec<Day> = (0..14)
        .map(|i| Day {
            tags: if i % 2 == 0 { vec![1] } else { vec![] },
            ..day(i, Some(if i % 2 == 0 { 3.0 } else { 5.0 }))
        })
        .collect();
    let all = honest(insights(&days, &[tag(1, "physio day")]));
    let t = find(&all, "tag:1");
    assert_eq!((t.mean_with, t.mean_without), (Some(3.0), Some(5.0)));
    assert!(t.clear && t.high.unwrap() < 0.0 && t.difference.unwrap() < -1.5, "{t:?}");
    assert!(
        t.text.starts_with(
            "On days tagged “physio day”, your pain averaged 3.0 (7 days), against 5.0 on other days (7 days); \
             compared with the days around them: "
        ),
        "{}",
        t.text
    );
    let json = serde_json::to_value(t).unwrap();
    for key in ["meanWith", "meanWithout", "difference", "low", "high"] {
        assert!(json[key].is_f64(), "{key} is {}", json[key]);
    }

    // All 4s on both sides: no difference, and not clear.
    let days: Vec<Day> =
        (0..14).map(|i| Day { tags: if i < 7 { vec![1] } else { vec![] }, ..day(i, Some(4.0)) }).collect();
    let all = honest(insights(&days, &[tag(1, "physio day")]));
    let t = find(&all, "tag:1");
    assert_eq!((t.difference, t.low, t.high, t.clear), (Some(0.0), Some(0.0), Some(0.0), false));
    assert!(t.text.contains(": about the same: no clear difference yet."), "{}", t.text);

    // One group constant, the other not: an ordinary, finite interval.
    let days: Vec<Day> = (0..14)
        .map(|i| Day {
            tags: if i < 7 { vec![1] } else { vec![] },
            ..day(i, Some(if i < 7 { 3.0 } else { 4.0 + (i % 3) as f64 }))
        })
        .collect();
    let t = find(&honest(insights(&days, &[tag(1, "physio day")])), "tag:1").clone();
    let (low, high) = (t.low.unwrap(), t.high.unwrap());
    assert!(
        low.is_finite() && high.is_finite() && low < t.difference.unwrap() && t.difference.unwrap() < high,
        "{t:?}"
    );
}

#[test]
fn no_sentence_claims_a_cause() {
    // Every factor, both directions, clear and not, numbers and not: `honest` checks each text.
    let mut seen = (0, 0, 0, 0);
    for seed in 0..40 {
        let mut rng = fastrand::Rng::with_seed(1000 + seed);
        let effect = [-2.0, -0.3, 0.0, 0.3, 2.0][seed as usize % 5];
        let n = [10, 20, 60][seed as usize % 3];
        let days: Vec<Day> = (0..n)
            .map(|i| {
                let on = rng.bool();
                let exercise = if rng.bool() { rng.u64(5..=90) } else { 0 };
                let calcium = if rng.bool() { rng.u64(100..=1500) } else { 0 };
                let sleep = rng.bool().then(|| f64::from(rng.u8(8..=18)) / 2.0);
                let mood = rng.bool().then(|| rng.u8(0..=10));
                let mut pain = 4.0 + noise(&mut rng) + if on { effect } else { 0.0 };
                pain -= effect * (exercise > 30) as u8 as f64;
                Day {
                    exercise_day_before: exercise,
                    calcium_mg: calcium,
                    sleep_hours: sleep,
                    mood,
                    tags: if on { vec![1] } else { vec![] },
                    ..day(i, Some(pain.clamp(0.0, 10.0)))
                }
            })
            .collect();
        for i in honest(insights(&days, &[tag(1, "carrying the car seat")])) {
            assert_numbers_iff_enough(&i);
            match (i.clear, i.difference) {
                (true, Some(d)) if d > 0.0 => seen.0 += 1,
                (true, _) => seen.1 += 1,
                (false, Some(_)) => seen.2 += 1,
                (false, None) => seen.3 += 1,
            }
        }
    }
    let (higher, lower, unclear, waiting) = seen;
    assert!(higher > 0 && lower > 0 && unclear > 0 && waiting > 0, "{seen:?}");
}

/// The sample data is a made-up 16-week recovery with exercise rising as the weeks pass: over
/// the Trends screen's 3 months, nothing in it is called clear any more, in either language.
#[test]
fn the_sample_recovery_is_not_mistaken_for_a_factor() {
    let s = mend_core::Store::open_in_memory().unwrap();
    s.set_demo(true).unwrap();
    let to = s.today();
    let range = mend_core::trends::Range { from: to - Days::new(90), to, baseline_start: None };
    for lang in [Lang::En, Lang::ZhCn] {
        s.set_language(lang).unwrap();
        let o = s.insights(range).unwrap();
        assert!(o.insights.iter().all(|i| !i.clear), "{o:?}");
        assert!(o.insights.iter().any(|i| i.factor == "exercise" && i.difference.is_some()), "{o:?}");
    }
}
