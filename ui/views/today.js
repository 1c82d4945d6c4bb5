/**
 * @module views/today
 * The Today screen: a pain check-in, exercise and calcium forms for the chosen day, the day's
 * totals against targets, notices, and the day's entries with edit, delete and undo.
 */
import { api } from '../api.js';
import { qs, qsa, h, delegate, announce } from '../lib/dom.js';
import { today, addDays, longDate } from '../lib/dates.js';
import { clearErrors, showError } from '../lib/forms.js';
import { readEntry, comfortCheck } from '../lib/entry-form.js';
import { terms, limit, grouped } from '../lib/labels.js';
import { dataChanged } from '../lib/events.js';
import { refreshAlerts } from '../lib/banners.js';
import { initSigns, showTicked, noticeElement } from '../lib/signs.js';
import { entryRow, undoButton } from '../lib/entries.js';
import { renderTotals } from '../lib/totals.js';
import { initDayFactors, renderDayFactors } from '../lib/day-factors.js';
import { mark, t } from '../lib/i18n.js';

/** @typedef {'pain' | 'exercise' | 'calcium'} Kind */

const state = {
  /** The day being logged, YYYY-MM-DD. */
  date: today(),
  /** The last day summary shown. @type {any} */
  summary: null,
  /** The id being edited in each form, or null when the form adds a new entry. */
  editing: /** @type {Record<Kind, number | null>} */ ({ pain: null, exercise: null, calcium: null }),
};

/** @param {Kind} kind @returns {HTMLFormElement} */
const formFor = (kind) => qs(`#${kind}-form`);

/**
 * Builds the controls and wires events.
 * @param {object[]} flags the red-flag list
 * @param {object[]} mention signs worth raising at the next appointment
 */
export async function initToday(flags, mention) {
  initSigns(flags, mention, () => state.date, () => refresh());
  initDayFactors(() => state.date, () => refresh());
  qs('#score-options').append(
    ...Array.from({ length: limit('scoreMax') + 1 }, (_, n) => h('label', { class: 'score', 'data-score': n },
      // The ends of the scale are read out with their words ("0 · No pain").
      h('input', { type: 'radio', name: 'score', value: n, 'aria-describedby': n === 0 || n === limit('scoreMax') ? `score-anchor-${n}` : null }),
      h('span', {}, n))),
  );
  qs('#location-options').append(
    ...terms('location').map((term) => h('label', { class: 'chip' },
      h('input', { type: 'checkbox', name: 'locations', value: term.id }), h('span', { 'data-term': `location:${term.id}` }, term.label))),
  );

  const day = qs('#day');
  day.addEventListener('change', () => day.value && showDay(day.value));
  qs('#day-prev').addEventListener('click', () => showDay(addDays(state.date, -1)));
  qs('#day-next').addEventListener('click', () => showDay(addDays(state.date, 1)));
  qs('#day-today').addEventListener('click', () => showDay(today()));

  for (const kind of /** @type {Kind[]} */ (['pain', 'exercise', 'calcium'])) {
    const form = formFor(kind);
    form.addEventListener('submit', (event) => { event.preventDefault(); save(kind); });
    qs('.cancel-edit', form).addEventListener('click', () => resetForm(kind));
    form.addEventListener('keydown', (event) => { if (event.key === 'Escape') resetForm(kind); });
  }
  delegate(qs('#calcium-form'), 'click', '[data-quick-mg]', (_, button) => quickCalcium(button));
  for (const button of qsa('[data-copy]')) button.addEventListener('click', () => copyYesterday(button.dataset.copy));
  delegate(qs('#entries'), 'click', 'button[data-action]', (_, button) => {
    const kind = /** @type {Kind} */ (button.dataset.kind);
    const id = Number(button.dataset.id);
    if (button.dataset.action === 'edit') startEdit(kind, id);
    else removeEntry(kind, id);
  });
  prepareDay(state.date);
}

/**
 * Shows (and logs to) another day; never a day after today.
 * @param {string} date
 */
export async function showDay(date) {
  prepareDay(date);
  await refresh();
}

/**
 * Sets the day being logged and its controls, without reading the store.
 * @param {string} date
 */
function prepareDay(date) {
  const now = today();
  state.date = date > now ? now : date;
  for (const kind of /** @type {Kind[]} */ (['pain', 'exercise', 'calcium'])) resetForm(kind);
  const picker = qs('#day');
  picker.max = now;
  picker.min = '2000-01-01';
  picker.value = state.date;
  qs('#day-next').disabled = state.date >= now;
  mark(qs('#today-title'), state.date === now ? 'today-title' : 'today-title-earlier');
  qs('#day-long').textContent = longDate(state.date);
}

/**
 * Reloads the shown day's summary from the store and redraws it, and the alert bar.
 * @param {any} [given] today's summary, if already fetched (at start)
 */
export async function refresh(given) {
  const useGiven = given && given.date === state.date;
  try {
    state.summary = useGiven ? given : await api.daySummary(state.date);
    render(state.summary);
  } catch (error) {
    announce(error.message);
  }
  const serious = (n) => n.level !== 'info';
  await refreshAlerts(useGiven ? given.notices.filter(serious) : undefined);
}

/**
 * Saves the form of `kind` as a new entry or as changes to the one being edited.
 * @param {Kind} kind
 * @param {object} [entry] an entry to save instead of the form's contents
 * @param {number | null} [id] the entry to change, or null to add a new one
 */
async function save(kind, entry = readEntry(formFor(kind), kind, state.date), id = state.editing[kind]) {
  const form = formFor(kind);
  clearErrors(form);
  const problem = comfortCheck(kind, entry);
  if (problem) return showError(form, ...problem);
  try {
    if (id === null) await api.log(kind, entry);
    else await api.update(kind, id, entry);
  } catch (error) {
    showError(form, error.field, error.message);
    return;
  }
  resetForm(kind);
  announce(id === null ? t('entry-saved', { kind }) : t('entry-updated', { kind }));
  dataChanged();
  await refresh();
}

/**
 * "Same as yesterday": copies the day before's exercise or calcium entries onto the shown day.
 * @param {'exercise' | 'calcium'} kind
 */
async function copyYesterday(kind) {
  try {
    const copied = await api.copyPreviousDay(kind, state.date);
    announce(t('entry-copied', { kind, count: copied }));
  } catch (error) {
    announce(error.message);
    return;
  }
  dataChanged();
  await refresh();
}

/**
 * Shows Today: the day and entry named by `#today/edit:DATE:KIND:ID` (History's "Edit"),
 * else the day already chosen.
 * @param {string} [param]
 * @param {any} [summary] today's summary, when already fetched (at start)
 */
export async function showToday(param, summary) {
  const [action, date, kind, id] = (param ?? '').split(':');
  if (action === 'log-pain') {
    // From the tray's "Log pain now…": today's check-in, ready for the keyboard.
    history.replaceState(null, '', '#today');
    await showDay(today());
    qs('#pain-form input[name="score"]')?.focus();
    return;
  }
  if (action !== 'edit') return refresh(summary);
  // Done once: a later visit (or the window regaining focus) must not reopen the edit.
  history.replaceState(null, '', '#today');
  await showDay(date);
  startEdit(/** @type {Kind} */ (kind), Number(id));
}

/** @param {HTMLElement} button a quick-amount button */
function quickCalcium(button) {
  return save('calcium', {
    date: state.date, time: null, mg: Number(button.dataset.quickMg), source: 'food', note: button.dataset.quickNote,
  }, null);
}

/**
 * Empties a form and leaves edit mode.
 * @param {Kind} kind
 */
function resetForm(kind) {
  const form = formFor(kind);
  form.reset();
  clearErrors(form);
  state.editing[kind] = null;
  form.dataset.editing = 'false';
  // Marked, so a change of language while the form is shown renames the button too.
  mark(qs('button[type="submit"]', form), `${kind}-save`);
  qs('.cancel-edit', form).hidden = true;
}

/**
 * Loads an entry into its form for editing.
 * @param {Kind} kind
 * @param {number} id
 */
function startEdit(kind, id) {
  const stored = state.summary?.[kind].find((e) => e.id === id);
  if (!stored) return;
  resetForm(kind);
  const form = formFor(kind);
  for (const control of qsa('input, select, textarea', form)) {
    const value = stored[control.name];
    if (control.type === 'radio') control.checked = String(value) === control.value;
    else if (control.type === 'checkbox') control.checked = Array.isArray(value) && value.includes(control.value);
    else if (value !== undefined) control.value = value ?? '';
  }
  state.editing[kind] = id;
  form.dataset.editing = 'true';
  mark(qs('button[type="submit"]', form), 'save-changes');
  qs('.cancel-edit', form).hidden = false;
  form.scrollIntoView({ block: 'nearest' });
  qs('input, select, textarea', form).focus();
}

/**
 * Deletes an entry, offering to put it back.
 * @param {Kind} kind
 * @param {number} id
 */
async function removeEntry(kind, id) {
  const stored = state.summary?.[kind].find((e) => e.id === id);
  try {
    await api.remove(kind, id);
  } catch (error) {
    announce(error.message);
    return;
  }
  if (state.editing[kind] === id) resetForm(kind);
  dataChanged();
  await refresh();
  if (stored) undoButton(kind, stored, refresh);
}

/** @param {any} s the day summary */
function render(s) {
  // The day's date too, so a change of language writes it anew.
  qs('#day-long').textContent = longDate(state.date);
  renderTotals(s);
  qs('#notices').replaceChildren(...s.notices.map(noticeElement));
  showTicked(s.redFlags);
  renderDayFactors(s.factors);
  const items = grouped(s).map(({ kind, entry }) => entryRow(kind, entry));
  qs('#entries').replaceChildren(...(items.length ? items : [h('li', { class: 'empty muted' }, t('entries-empty'))]));
}
