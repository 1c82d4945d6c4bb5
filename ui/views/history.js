/**
 * @module views/history
 * The History screen: days newest first with their entries, loaded a page at a time as the
 * list scrolls; filter by kind, jump to a date, edit (on the Today screen) and delete with undo.
 */
import { api } from '../api.js';
import { qs, h, delegate, announce } from '../lib/dom.js';
import { addDays, longDate, today } from '../lib/dates.js';
import { grouped } from '../lib/labels.js';
import { entryRow, undoButton } from '../lib/entries.js';
import { dataChanged } from '../lib/events.js';
import { factorLine } from '../lib/day-factors.js';
import { t, semicolonList } from '../lib/i18n.js';
import { levelLabel } from '../lib/signs.js';

/** Cursor for the next (older) page, or null at the end. @type {string | null} */
let nextBefore = null;
/** Where the list starts: days strictly before this date. */
let startBefore = '';
/** Entries currently listed, by "kind:id", for edit and undo. */
const shown = new Map();
let loading = false;

/** Wires filter, jump, paging and the entry buttons. */
export function initHistory() {
  qs('#history-kind').addEventListener('change', () => showHistory());
  qs('#history-jump').addEventListener('change', (event) => {
    const date = event.target.value;
    if (date) showHistory(addDays(date, 1));
  });
  qs('#history-more').addEventListener('click', () => loadMore());
  // Load the next page before the end of the list scrolls into view.
  new IntersectionObserver((seen) => { if (seen.some((e) => e.isIntersecting)) loadMore(); }, { rootMargin: '600px' })
    .observe(qs('#history-more'));
  delegate(qs('#history-days'), 'click', 'button[data-action]', (_, button) => {
    const { kind, id, date } = button.dataset;
    if (button.dataset.action === 'edit') {
      // Today owns editing: it opens the day and loads the entry into its form.
      location.hash = `#today/edit:${date}:${kind}:${id}`;
    } else {
      remove(/** @type {any} */ (kind), Number(id));
    }
  });
}

/**
 * Shows the history from the newest day (or from the day before `before`).
 * @param {string} [before] YYYY-MM-DD; days strictly before it are listed
 */
export async function showHistory(before = addDays(today(), 1)) {
  startBefore = before;
  nextBefore = before;
  shown.clear();
  qs('#history-jump').max = today();
  qs('#history-days').replaceChildren();
  await loadMore();
}

/** Appends the next page of older days. */
async function loadMore() {
  if (loading || nextBefore === null) return;
  loading = true;
  try {
    const kind = qs('#history-kind').value;
    const page = await api.history({ before: nextBefore, days: 30, kind });
    qs('#history-days').append(...page.days.map(dayItem));
    nextBefore = page.nextBefore;
  } catch (error) {
    announce(error.message);
  } finally {
    loading = false;
  }
  qs('#history-more').hidden = nextBefore === null;
  qs('#history-empty').hidden = qs('#history-days').children.length > 0;
}

/** @param {any} day */
function dayItem(day) {
  return h('li', { class: 'card history-day', 'data-date': day.date },
    h('h2', {}, longDate(day.date)),
    flagLine(day.redFlags),
    factorLine(day.factors),
    h('ul', { class: 'entries' }, ...grouped(day).map(({ kind, entry }) => {
      shown.set(`${kind}:${entry.id}`, entry);
      return entryRow(kind, entry, day.date);
    })));
}

/**
 * The signs ticked on a day's red-flag check-in, at the highest level among them.
 * @param {{label: string, level: string}[]} flags
 */
function flagLine(flags) {
  if (!flags.length) return [];
  const level = ['emergency', 'urgent'].find((l) => flags.some((f) => f.level === l)) ?? 'info';
  const title = level === 'info' ? t('history-flags-noted') : t('history-flags-urgent', { level: levelLabel(level) });
  return h('p', { class: `history-flags ${level}`, 'data-flags': flags.map((f) => f.id).join(' ') },
    h('strong', {}, title), semicolonList(flags.map((f) => f.label)), t('sentence-end'));
}

/**
 * Deletes an entry and redraws the list from where it started, offering undo.
 * @param {'pain' | 'exercise' | 'calcium'} kind
 * @param {number} id
 */
async function remove(kind, id) {
  const stored = shown.get(`${kind}:${id}`);
  try {
    await api.remove(kind, id);
  } catch (error) {
    announce(error.message);
    return;
  }
  dataChanged();
  await showHistory(startBefore);
  if (stored) undoButton(kind, stored, () => showHistory(startBefore));
}
