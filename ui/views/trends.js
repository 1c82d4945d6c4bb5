/**
 * @module views/trends
 * The Trends screen: pain, exercise and calcium charts drawn in Rust (SVG), each with a text
 * summary and a table, over a chosen range, then what went with better or worse days and the
 * report for the appointment. Charts are redrawn only when the range, the theme or the data
 * changed.
 */
import { api } from '../api.js';
import { qs, qsa, h, announce } from '../lib/dom.js';
import { today, addDays } from '../lib/dates.js';
import { dataVersion } from '../lib/events.js';
import { showInsights } from '../lib/insights.js';
import { initReportForm, showReportForm } from '../lib/report-form.js';
import { lang, t } from '../lib/i18n.js';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
/** The range in days, or 'all'. */
let range = '91';
/** What the shown charts were drawn for (with the language); a redraw is skipped when nothing changed. */
let drawnFor = '';

/** Wires the range buttons and theme changes. */
export function initTrends() {
  for (const button of qsa('#range-buttons [data-range]')) {
    button.addEventListener('click', () => {
      range = button.dataset.range;
      for (const b of qsa('#range-buttons [data-range]')) b.setAttribute('aria-pressed', String(b === button));
      showTrends();
    });
  }
  dark.addEventListener('change', () => { if (!qs('#trends').hidden) showTrends(); });
  initReportForm();
}

/** The `from` and `to` dates of the chosen range. */
async function dates() {
  const to = today();
  if (range !== 'all') return { from: addDays(to, 1 - Number(range)), to };
  const span = await api.dataSpan();
  // At least two weeks, so a new diary still shows a readable axis.
  const twoWeeks = addDays(to, -13);
  return { from: span.first && span.first < twoWeeks ? span.first : twoWeeks, to };
}

/** Draws the three charts for the chosen range (if anything changed since the last draw). */
export async function showTrends() {
  const { from, to } = await dates();
  const theme = dark.matches ? 'dark' : 'light';
  const key = `${from}|${to}|${theme}|${dataVersion()}|${lang()}`;
  showReportForm().catch((error) => announce(error.message));
  if (key === drawnFor) return;
  qs('#charts').dataset.state = 'loading';
  try {
    await Promise.all(qsa('#charts [data-chart]').map(async (card) => {
      const chart = await api.chart({ chart: card.dataset.chart, from, to, theme });
      const img = qs('img.chart', card);
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
      img.alt = chart.summary;
      qs('.chart-summary', card).textContent = chart.summary;
      qs('.table-wrap', card).replaceChildren(table(chart.table));
    }));
    await showInsights(from, to);
    drawnFor = key;
    qs('#charts').dataset.state = 'ready';
    qs('#charts').dataset.range = `${from}|${to}|${theme}`;
  } catch (error) {
    qs('#charts').dataset.state = 'error';
    announce(error.message);
  }
}

/**
 * The numbers behind a chart as an accessible table.
 * @param {{columns: string[], rows: string[][]}} data
 */
function table(data) {
  if (!data.rows.length) return h('p', { class: 'muted' }, t('trends-no-data'));
  return h('table', {},
    h('thead', {}, h('tr', {}, ...data.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...data.rows.map((row) => h('tr', {}, ...row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))));
}
