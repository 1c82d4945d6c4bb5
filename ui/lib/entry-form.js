/**
 * @module lib/entry-form
 * Reading an entry form into the shape the core expects, and the comfort checks made before
 * the round trip with the core's own limits (the core checks again and has the last word).
 */
import { numberOrText } from './forms.js';
import { limit } from './labels.js';
import { t } from './i18n.js';

/**
 * Reads a form into the entry shape the core expects. Numbers that do not look like numbers
 * are passed on as text so the core's message, not a silent NaN, tells the user what is wrong.
 * @param {HTMLFormElement} form
 * @param {'pain' | 'exercise' | 'calcium'} kind
 * @param {string} date the day being logged
 */
export function readEntry(form, kind, date) {
  const data = new FormData(form);
  const text = (name) => String(data.get(name) ?? '');
  const base = { date, note: text('note') };
  if (kind === 'pain') {
    const score = data.get('score');
    return { ...base, time: text('time') || null, score: score === null ? null : Number(score), locations: data.getAll('locations') };
  }
  if (kind === 'exercise') {
    return { ...base, kind: text('kind'), minutes: numberOrText(text('minutes')), intensity: text('intensity') };
  }
  return { ...base, time: text('time') || null, mg: numberOrText(text('mg')), source: text('source') };
}

/**
 * Checks for comfort before the round trip; the core checks again and has the last word.
 * @param {'pain' | 'exercise' | 'calcium'} kind
 * @param {any} entry
 * @returns {[string, string] | null} the field and message of the first problem
 */
export function comfortCheck(kind, entry) {
  const whole = (v, [min, max]) => Number.isInteger(v) && v >= min && v <= max;
  const minutes = limit('minutes');
  const mg = limit('mg');
  if (kind === 'pain' && entry.score === null) return ['score', t('entry-score-missing', { max: limit('scoreMax') })];
  if (kind === 'exercise' && !whole(entry.minutes, minutes)) return ['minutes', t('entry-minutes-invalid', { min: minutes[0], max: minutes[1] })];
  if (kind === 'calcium' && !whole(entry.mg, mg)) return ['mg', t('entry-mg-invalid', { min: mg[0], max: mg[1] })];
  return null;
}

