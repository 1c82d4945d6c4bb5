/**
 * @module lib/totals
 * "The day so far": pain, exercise and calcium against their targets. The calcium target is
 * the recommended amount; up to the upper limit is fine; above it is too much (FACTS.md).
 */
import { qs, h } from './dom.js';
import { limit } from './labels.js';

/** @param {any} s the day summary */
export function renderTotals(s) {
  const mg = (n) => `${n.toLocaleString('en')} mg`;
  const pain = s.painMax === null
    ? 'No check-in yet'
    : `Highest ${s.painMax} · average ${s.painMean} (${s.pain.length} check-in${s.pain.length === 1 ? '' : 's'})`;
  const meter = h('meter', {
    id: 'calcium-meter', min: 0, max: Math.round(s.calciumUl * 1.2), low: s.calciumRda, high: s.calciumUl,
    optimum: s.calciumRda, value: s.calciumMg, 'aria-label': 'Calcium today',
  });
  const status = s.calciumMg > s.calciumUl ? 'too much: above the upper limit'
    : s.calciumMg >= s.calciumRda ? 'fine: at or above the recommended amount' : 'below the recommended amount';
  qs('#totals').replaceChildren(
    h('div', {}, h('dt', {}, 'Pain'), h('dd', { id: 'total-pain' }, pain)),
    h('div', {}, h('dt', {}, 'Exercise'), h('dd', {},
      h('strong', { id: 'total-exercise' }, `${s.exerciseMinutes} min`),
      h('span', { class: 'muted' }, ` · aim for at least ${limit('exerciseMinutesPerWeek')} minutes a week of moderate activity, once your clinician says it is safe`))),
    h('div', {}, h('dt', {}, 'Calcium'), h('dd', {},
      h('strong', { id: 'total-calcium' }, mg(s.calciumMg)),
      h('span', { class: 'muted' }, ` of ${mg(s.calciumRda)} recommended`), meter,
      h('span', { id: 'calcium-status', class: 'small' }, `Today: ${status}.`),
      h('span', { class: 'muted small' }, `Upper limit ${mg(s.calciumUl)} a day, food and supplements together.`))),
  );
}
