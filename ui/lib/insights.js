/**
 * @module lib/insights
 * "What went with better or worse days": the core's insights over the Trends range. At most
 * five with numbers show, clearest first; factors still short of 7 days each side wait in a
 * fold, with how far they have to go; when her pain mostly follows her recovery, a line says
 * so. The wording (never causal) comes from the core.
 */
import { api } from '../api.js';
import { qs, h } from './dom.js';
import { t } from './i18n.js';

/** Insights with numbers shown at most. */
const SHOWN = 5;

/**
 * Shows the insights for `from`–`to`.
 * @param {string} from
 * @param {string} to
 */
export async function showInsights(from, to) {
  const list = qs('#insight-list');
  list.setAttribute('aria-busy', 'true');
  const { insights: all, trendNote } = await api.insights({ from, to });
  const note = qs('#insight-trend-note');
  note.textContent = trendNote ?? '';
  note.hidden = !trendNote;
  const shown = all.filter((i) => i.difference !== null).slice(0, SHOWN);
  const waiting = all.filter((i) => i.difference === null);
  list.replaceChildren(...(shown.length
    ? shown.map(item)
    : [h('li', { class: 'muted' }, t('insights-not-enough'))]));
  qs('#insight-waiting').hidden = waiting.length === 0;
  qs('#insight-waiting-list').replaceChildren(...waiting.map((i) => h('li', { class: 'small' }, i.text)));
  list.removeAttribute('aria-busy');
}

/** @param {any} i an insight */
function item(i) {
  return h('li', { class: 'insight', 'data-factor': i.factor, 'data-clear': String(i.clear) },
    h('strong', {}, i.label), h('p', { class: 'small' }, i.text));
}
