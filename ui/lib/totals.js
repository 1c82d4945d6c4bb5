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
  const status = s.calciumMg > s.calciumUl ? t('totals-calcium-too-much')
    : s.calciumMg >= s.calciumRda ? t('totals-calcium-fine') : t('totals-calcium-below');
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
