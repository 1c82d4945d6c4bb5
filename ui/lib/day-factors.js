/**
 * @module lib/day-factors
 * The "Your day" card on Today (sleep, mood and her own tags for the shown day, and a small
 * "Manage tags" disclosure to add, rename, retire and bring back tags), and the one line
 * History shows for a day's factors. Saves go straight to the store; errors show beside the
 * field they are about.
 */
import { api } from '../api.js';
import { qs, h, delegate, announce } from './dom.js';
import { clearErrors, showError, numberOrText } from './forms.js';
import { terms, limit } from './labels.js';
import { dataChanged } from './events.js';
import { t, commaList } from './i18n.js';

/** Every tag, in use first (from `list_tags`). @type {{id: number, name: string, retired: boolean}[]} */
let tags = [];
/** The shown day's factors. @type {{sleepHours: number | null, mood: number | null, tags: any[]}} */
let shown = { sleepHours: null, mood: null, tags: [] };
/** @type {() => string} */
let currentDate = () => '';
/** @type {() => Promise<void>} */
let changed = async () => {};

/**
 * Builds the mood scale and wires the card.
 * @param {() => string} getDate the day being logged
 * @param {() => Promise<void>} onChange redraws the day after a change
 */
export function initDayFactors(getDate, onChange) {
  currentDate = getDate;
  changed = onChange;
  // The scale's words are read out with the values they name (aria-describedby).
  const anchors = new Set(terms('moodAnchor').map((t) => Number(t.id)));
  qs('#mood-options').append(
    ...Array.from({ length: limit('moodMax') + 1 }, (_, n) => h('label', { class: 'score mood', 'data-mood': n },
      h('input', { type: 'radio', name: 'mood', value: n, 'aria-describedby': anchors.has(n) ? `mood-anchor-${n}` : null }),
      h('span', {}, n))),
  );
  qs('#mood-anchors').append(...terms('moodAnchor').map((term) => h('span', { id: `mood-anchor-${term.id}` }, `${term.id} · `, h('span', { 'data-term': `moodAnchor:${term.id}` }, term.label))));
  const sleepInput = qs('#sleep-hours');
  sleepInput.max = String(limit('sleepMaxHours'));
  qs('#tag-new-name').maxLength = limit('tagNameMaxChars');

  qs('#sleep-form').addEventListener('submit', (event) => { event.preventDefault(); saveSleep(); });
  qs('#mood-form').addEventListener('change', () => saveMood(checkedMood()));
  qs('#mood-clear').addEventListener('click', () => saveMood(null));
  qs('#tag-options').addEventListener('change', (event) => {
    const box = /** @type {HTMLInputElement} */ (event.target);
    switchTag(Number(box.value), box.checked);
  });
  qs('#tag-add-form').addEventListener('submit', (event) => { event.preventDefault(); addTag(); });
  delegate(qs('#tag-list'), 'submit', 'form', (event, form) => { event.preventDefault(); renameTag(form); });
  delegate(qs('#tag-list'), 'click', 'button[data-retire]', (_, button) => {
    retireTag(Number(button.dataset.id), button.dataset.retire === 'true');
  });
  // The manage list is drawn only when her tags change; a new language redraws it too.
  window.addEventListener('mend:language', () => renderManageList());
  loadTags();
}

/** @returns {number | null} the mood ticked, if any */
function checkedMood() {
  const ticked = qs('#mood-form input[name="mood"]:checked');
  return ticked ? Number(ticked.value) : null;
}

/** Reads her tags again and redraws the chips and the manage list. */
async function loadTags() {
  try {
    tags = await api.listTags();
  } catch (error) {
    announce(error.message);
    return;
  }
  renderChips();
  renderManageList();
}

/**
 * Shows a day's sleep, mood and tags.
 * @param {{sleepHours: number | null, mood: number | null, tags: any[]}} factors
 */
export function renderDayFactors(factors) {
  shown = factors;
  for (const form of ['#sleep-form', '#mood-form', '#tags-form']) clearErrors(qs(form));
  qs('#sleep-hours').value = factors.sleepHours ?? '';
  for (const radio of qs('#mood-options').querySelectorAll('input')) radio.checked = Number(radio.value) === factors.mood;
  qs('#mood-clear').hidden = factors.mood === null;
  renderChips();
}

/** The tag chips: tags in use, and any retired tag that is on the shown day (to switch off). */
function renderChips() {
  const on = new Set(shown.tags.map((tag) => tag.id));
  const offered = [...tags.filter((tag) => !tag.retired), ...shown.tags.filter((tag) => tag.retired)];
  qs('#tag-options').replaceChildren(...offered.map((tag) => h('label', { class: 'chip', 'data-tag': tag.name },
    h('input', { type: 'checkbox', name: 'tagId', value: tag.id, checked: on.has(tag.id) }),
    h('span', {}, tag.retired ? t('tag-retired-chip', { name: tag.name }) : tag.name))));
  qs('#tags-empty').hidden = offered.length > 0;
}

/** The manage list: each tag with its name to edit, and Retire or Bring back. */
function renderManageList() {
  qs('#tag-list').replaceChildren(...tags.map((tag) => h('li', { class: 'tag-item', 'data-tag': tag.name },
    h('form', { class: 'row tag-rename', novalidate: true, 'data-id': tag.id },
      h('label', { class: 'field' }, h('span', { class: 'visually-hidden' }, t('tag-name-label', { name: tag.name })),
        h('input', { type: 'text', name: 'name', value: tag.name, maxlength: limit('tagNameMaxChars') })),
      h('button', { type: 'submit', class: 'ghost small' }, t('tag-rename')),
      h('button', { type: 'button', class: 'ghost small', 'data-id': tag.id, 'data-retire': String(!tag.retired) },
        tag.retired ? t('tag-bring-back') : t('tag-retire')),
      tag.retired ? h('span', { class: 'muted small' }, t('tag-retired')) : null,
      h('p', { class: 'field-error', 'data-error-for': 'name', role: 'alert' }),
      h('p', { class: 'form-error', role: 'alert' })))));
  qs('#tag-list-empty').hidden = tags.length > 0;
}

/**
 * Runs one save for `form`; shows its error beside the field, or announces and redraws.
 * @param {HTMLFormElement} form
 * @param {() => Promise<any>} action
 * @param {string} done what to announce
 * @returns {Promise<boolean>} whether it was saved
 */
async function attempt(form, action, done) {
  clearErrors(form);
  try {
    await action();
  } catch (error) {
    showError(form, error.field, error.message);
    return false;
  }
  announce(done);
  dataChanged();
  await changed();
  return true;
}

function saveSleep() {
  const hours = numberOrText(qs('#sleep-hours').value);
  return attempt(qs('#sleep-form'), () => api.setSleep(currentDate(), hours),
    hours === null ? t('sleep-cleared') : t('sleep-saved'));
}

/** @param {number | null} mood */
function saveMood(mood) {
  return attempt(qs('#mood-form'), () => api.setMood(currentDate(), mood),
    mood === null ? t('mood-cleared') : t('mood-saved'));
}

/** @param {number} id @param {boolean} on */
function switchTag(id, on) {
  const name = [...tags, ...shown.tags].find((tag) => tag.id === id)?.name ?? t('tag-fallback');
  return attempt(qs('#tags-form'), () => api.setDayTag(currentDate(), id, on), on ? t('tag-on', { name }) : t('tag-off', { name }));
}

async function addTag() {
  const form = qs('#tag-add-form');
  const name = qs('#tag-new-name').value;
  if (await attempt(form, () => api.createTag(name), t('tag-added', { name: name.trim() }))) {
    form.reset();
    await loadTags();
  }
}

/** @param {HTMLFormElement} form a tag's row in the manage list */
async function renameTag(form) {
  const name = qs('input[name="name"]', form).value;
  if (await attempt(form, () => api.renameTag(Number(form.dataset.id), name), t('tag-renamed', { name: name.trim() }))) {
    await loadTags();
  }
}

/** @param {number} id @param {boolean} retired */
async function retireTag(id, retired) {
  const form = qs(`#tag-list form[data-id="${id}"]`);
  if (await attempt(form, () => api.retireTag(id, retired), retired ? t('tag-retired-done') : t('tag-brought-back'))) {
    await loadTags();
  }
}

/**
 * A day's factors as one line for History, e.g. "Sleep 6.5 h · Mood 4/10 · physio day"; empty when none.
 * @param {{sleepHours: number | null, mood: number | null, tags: {name: string, retired: boolean}[]}} f
 * @returns {HTMLElement | never[]}
 */
export function factorLine(f) {
  const parts = [
    f.sleepHours !== null ? t('factors-sleep', { hours: f.sleepHours }) : null,
    f.mood !== null ? t('factors-mood', { mood: f.mood, max: limit('moodMax') }) : null,
    f.tags.length ? t('factors-tags', { tags: commaList(f.tags.map((tag) => tag.name)) }) : null,
  ].filter(Boolean);
  if (!parts.length) return [];
  return h('p', { class: 'history-factors muted' }, parts.join(' · '));
}
