/**
 * @module lib/totals
 * "The day so far": pain, exercise and calcium against their targets. The calcium target is
 * the recommended amount; up to the upper limit is fine; above it is too much (FACTS.md).
 * Redrawn on every render, so its words follow a change of language at once.
 */
import { qs, h } from './dom.js';
import { limit } from './labels.js';
import { t } from './i18n.js';

/** @param {any} s the day summary */
export function renderTotals(s) {
  const pain = s.painMax === null
    ? t('totals-pain-none')
    : t('totals-pain-summary', { max: s.painMax, mean: s.painMean, count: s.pain.length });
  const meter = h('meter', {
    id: 'calcium-meter', min: 0, max: Math.round(s.calciumUl * 1.2), low: s.calciumRda, high: s.calciumUl,
    optimum: s.calciumRda, value: s.calciumMg, 'aria-label': t('totals-calcium-meter'),
  });
  // "Below the recommended amount" is judged on her 7-day average, not on one day (FACTS.md).
  const average = s.calciumAverage;
  const status = s.calciumMg > s.calciumUl ? t('totals-calcium-too-much')
    : s.calciumMg >= s.calciumRda ? t('totals-calcium-fine')
    : !average ? t('totals-calcium-average-none')
    : average.mg < s.calciumRda ? t('totals-calcium-below', { mg: average.mg })
    : t('totals-calcium-average-fine', { mg: average.mg });
  qs('#totals').replaceChildren(
    h('div', {}, h('dt', {}, t('totals-pain')), h('dd', { id: 'total-pain' }, pain)),
    h('div', {}, h('dt', {}, t('totals-exercise')), h('dd', {},
      h('strong', { id: 'total-exercise' }, t('totals-minutes', { minutes: s.exerciseMinutes })),
      h('span', { class: 'muted' }, t('totals-exercise-aim', { minutes: limit('exerciseMinutesPerWeek') })))),
    h('div', {}, h('dt', {}, t('totals-calcium')), h('dd', {},
      h('strong', { id: 'total-calcium' }, t('totals-mg', { mg: s.calciumMg })),
      h('span', { class: 'muted' }, t('totals-calcium-target', { mg: s.calciumRda })), meter,
      h('span', { id: 'calcium-status', class: 'small' }, status),
      h('span', { class: 'muted small' }, t('totals-calcium-limit', { mg: s.calciumUl })))),
  );
}
