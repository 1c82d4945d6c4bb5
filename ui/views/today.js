/**
 * @module views/today
 * The Today screen: a pain check-in, exercise and calcium forms for the chosen day, the day's
 * totals against targets, notices, and the day's entries with edit, delete and undo.
 */
import { api } from '../api.js';
import { qs, qsa, h, delegate, announce } from '../lib/dom.js';
import { today, addDays, longDate } from '../lib/dates.js';
import { clearErrors, showError, numberOrText } from '../lib/forms.js';
import { LOCATIONS, EXERCISE_KINDS, label, describeEntry, grouped } from '../lib/labels.js';
import { dataChanged } from '../lib/events.js';
import { refreshAlerts } from '../lib/banners.js';
import { noticeElement, signOption } from '../lib/safety.js';

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
  qs('#red-flag-options').append(...flags.map(signOption));
  qs('#mention-options').append(...mention.map(signOption));
  qs('#red-flag-form').addEventListener('change', () => saveRedFlags());
  qs('#score-options').append(
    ...Array.from({ length: 11 }, (_, n) => h('label', { class: 'score', 'data-score': n },
      h('input', { type: 'radio', name: 'score', value: n }), h('span', {}, n))),
  );
  qs('#location-options').append(
    ...LOCATIONS.map(([value, text]) => h('label', { class: 'chip' },
      h('input', { type: 'checkbox', name: 'locations', value }), h('span', {}, text))),
  );
  qs('#exercise-kind').append(...EXERCISE_KINDS.map(([value, text]) => h('option', { value }, text)));

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
  qs('#today-title').textContent = state.date === now ? 'Today' : 'An earlier day';
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

/** The last save queued, so quick ticks are saved one after another, in order. */
let flagsSaved = Promise.resolve();
/** Saves queued and not yet done: while any are, the boxes show what she ticked, not the store. */
let flagSaves = 0;

/**
 * Saves the ticked red flags for the shown day; their cards show at once. Each save takes the
 * boxes as they are at the tick and saves run in order, so the last tick is what is stored.
 */
function saveRedFlags() {
  const date = state.date;
  const ticked = qsa('#red-flag-form input[name=flag]:checked').map((input) => input.value);
  flagSaves += 1;
  qs('#red-flag-form').setAttribute('aria-busy', 'true');
  flagsSaved = flagsSaved.then(async () => {
    try {
      await api.saveRedFlags(date, ticked);
    } catch (error) {
      announce(error.message);
    } finally {
      flagSaves -= 1;
    }
    await refresh();
    if (flagSaves === 0) qs('#red-flag-form').removeAttribute('aria-busy');
    if (ticked.length) qs('#notices').scrollIntoView({ block: 'nearest' });
  });
  return flagsSaved;
}

/**
 * Reads a form into the entry shape the core expects. Numbers that do not look like numbers
 * are passed on as text so the core's message, not a silent NaN, tells the user what is wrong.
 * @param {Kind} kind
 */
function readEntry(kind) {
  const form = formFor(kind);
  const data = new FormData(form);
  const text = (name) => String(data.get(name) ?? '');
  const base = { date: state.date, note: text('note') };
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
 * @param {Kind} kind
 * @param {any} entry
 * @returns {[string, string] | null} the field and message of the first problem
 */
function comfortCheck(kind, entry) {
  const whole = (v, min, max) => Number.isInteger(v) && v >= min && v <= max;
  if (kind === 'pain' && entry.score === null) return ['score', 'Choose a pain score from 0 (no pain) to 10 (worst imaginable).'];
  if (kind === 'exercise' && !whole(entry.minutes, 1, 600)) return ['minutes', 'Minutes must be a whole number from 1 to 600.'];
  if (kind === 'calcium' && !whole(entry.mg, 1, 5000)) return ['mg', 'Calcium must be a whole number of milligrams from 1 to 5,000.'];
  return null;
}

/**
 * Saves the form of `kind` as a new entry or as changes to the one being edited.
 * @param {Kind} kind
 * @param {object} [entry] an entry to save instead of the form's contents
 * @param {number | null} [id] the entry to change, or null to add a new one
 */
async function save(kind, entry = readEntry(kind), id = state.editing[kind]) {
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
  announce(id === null ? `${label(kind)} saved.` : `${label(kind)} entry updated.`);
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
    announce(`Copied ${copied} ${label(kind).toLowerCase()} entr${copied === 1 ? 'y' : 'ies'} from the day before.`);
  } catch (error) {
    announce(error.message);
    return;
  }
  dataChanged();
  await refresh();
}

/**
 * Opens `date` and loads one of its entries into its form (from History's "Edit").
 * @param {string} date
 * @param {Kind} kind
 * @param {number} id
 */
export async function editEntry(date, kind, id) {
  await showDay(date);
  startEdit(kind, id);
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
  const submit = qs('button[type="submit"]', form);
  submit.textContent = submit.dataset.labelNew;
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
  qs('button[type="submit"]', form).textContent = 'Save changes';
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

/**
 * Announces a deletion with an Undo button that logs the same entry again.
 * @param {Kind} kind
 * @param {any} stored the deleted entry as it was stored
 * @param {() => Promise<void>} after redraws whatever shows the entry
 */
export function undoButton(kind, stored, after) {
  const { id, createdAt, updatedAt, ...entry } = stored;
  const undo = h('button', { type: 'button', class: 'link', id: 'undo-delete' }, 'Undo');
  undo.addEventListener('click', async () => {
    try {
      await api.log(kind, entry);
    } catch (error) {
      announce(error.message);
      return;
    }
    announce(`${label(kind)} entry restored.`);
    dataChanged();
    await after();
  }, { once: true });
  announce(`${label(kind)} entry deleted.`, undo);
}

/** @param {any} s the day summary */
function render(s) {
  renderTotals(s);
  qs('#notices').replaceChildren(...s.notices.map(noticeElement));
  if (flagSaves === 0) {
    for (const box of qsa('#red-flag-form input[name=flag]')) box.checked = s.redFlags.includes(box.value);
  }
  const items = grouped(s).map(({ kind, entry }) => h('li', { class: 'entry', 'data-kind': kind, 'data-id': entry.id },
    h('span', { class: `badge ${kind}` }, label(kind)),
    h('span', { class: 'entry-text' }, describeEntry(kind, entry)),
    h('span', { class: 'entry-actions' },
      h('button', { type: 'button', class: 'ghost small', 'data-action': 'edit', 'data-kind': kind, 'data-id': entry.id,
        'aria-label': `Edit ${label(kind).toLowerCase()} entry: ${describeEntry(kind, entry)}` }, 'Edit'),
      h('button', { type: 'button', class: 'ghost small danger', 'data-action': 'delete', 'data-kind': kind, 'data-id': entry.id,
        'aria-label': `Delete ${label(kind).toLowerCase()} entry: ${describeEntry(kind, entry)}` }, 'Delete'))));
  qs('#entries').replaceChildren(...(items.length ? items : [h('li', { class: 'empty muted' }, 'Nothing logged for this day yet.')]));
}

/** @param {any} s the day summary */
function renderTotals(s) {
  const mg = (n) => `${n.toLocaleString('en')} mg`;
  const pain = s.painMax === null
    ? 'No check-in yet'
    : `Highest ${s.painMax} · average ${s.painMean} (${s.pain.length} check-in${s.pain.length === 1 ? '' : 's'})`;
  const meter = h('meter', {
    id: 'calcium-meter', min: 0, max: Math.round(s.calciumUl * 1.2), low: s.calciumRda, high: s.calciumUl,
    optimum: s.calciumRda, value: s.calciumMg, 'aria-label': 'Calcium today',
  });
  // The target is the recommended amount; up to the upper limit is fine; above it is too much (FACTS.md).
  const status = s.calciumMg > s.calciumUl ? 'too much: above the upper limit'
    : s.calciumMg >= s.calciumRda ? 'fine: at or above the recommended amount' : 'below the recommended amount';
  qs('#totals').replaceChildren(
    h('div', {}, h('dt', {}, 'Pain'), h('dd', { id: 'total-pain' }, pain)),
    h('div', {}, h('dt', {}, 'Exercise'), h('dd', {},
      h('strong', { id: 'total-exercise' }, `${s.exerciseMinutes} min`),
      h('span', { class: 'muted' }, ' · aim for at least 150 minutes a week of moderate activity, once your clinician says it is safe'))),
    h('div', {}, h('dt', {}, 'Calcium'), h('dd', {},
      h('strong', { id: 'total-calcium' }, mg(s.calciumMg)),
      h('span', { class: 'muted' }, ` of ${mg(s.calciumRda)} recommended`), meter,
      h('span', { id: 'calcium-status', class: 'small' }, `Today: ${status}.`),
      h('span', { class: 'muted small' }, `Upper limit ${mg(s.calciumUl)} a day, food and supplements together.`))),
  );
}
