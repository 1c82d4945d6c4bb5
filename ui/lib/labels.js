/**
 * @module lib/labels
 * Human words for the core's vocabularies, and one-line descriptions of entries.
 */

/** @type {[string, string][]} */
export const LOCATIONS = [
  ['lower_back', 'Lower back'], ['upper_back', 'Upper back'], ['pelvis', 'Pelvis or hips'],
  ['neck_shoulders', 'Neck and shoulders'], ['epidural_site', 'Epidural site'],
];

/** @type {[string, string][]} */
export const EXERCISE_KINDS = [
  ['walking', 'Walking'], ['pelvic_floor', 'Pelvic floor exercises'], ['stretching', 'Stretching'], ['yoga', 'Yoga'],
  ['strength', 'Strength'], ['swimming', 'Swimming'], ['other', 'Other'],
];

const WORDS = Object.fromEntries([
  ...LOCATIONS, ...EXERCISE_KINDS,
  ['pain', 'Pain'], ['exercise', 'Exercise'], ['calcium', 'Calcium'],
  ['light', 'light'], ['moderate', 'moderate'], ['vigorous', 'vigorous'], ['food', 'food'], ['supplement', 'supplement'],
]);

/**
 * The display word for a vocabulary name.
 * @param {string} name
 * @returns {string}
 */
export const label = (name) => WORDS[name] ?? name;

/**
 * One line describing an entry, e.g. "6/10 · Lower back · 08:30 · stiff".
 * @param {'pain' | 'exercise' | 'calcium'} kind
 * @param {any} e
 * @returns {string}
 */
export function describeEntry(kind, e) {
  const parts = kind === 'pain'
    ? [`${e.score}/10`, e.locations.map(label).join(', '), e.time]
    : kind === 'exercise'
      ? [`${label(e.kind)}, ${e.minutes} min`, label(e.intensity)]
      : [`${e.mg.toLocaleString('en')} mg`, label(e.source), e.time];
  return [...parts, e.note].filter(Boolean).join(' · ');
}

/**
 * A day summary's entries as one list: pain first, then exercise, then calcium.
 * @param {any} s
 * @returns {{kind: 'pain' | 'exercise' | 'calcium', entry: any}[]}
 */
export function grouped(s) {
  return [
    ...s.pain.map((entry) => ({ kind: 'pain', entry })),
    ...s.exercise.map((entry) => ({ kind: 'exercise', entry })),
    ...s.calcium.map((entry) => ({ kind: 'calcium', entry })),
  ];
}
