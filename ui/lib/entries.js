/**
 * @module lib/entries
 * An entry as a row with Edit and Delete buttons (Today and History list them alike), and the
 * Undo offered after a delete.
 */
import { api } from '../api.js';
import { h, announce } from './dom.js';
import { label, describeEntry } from './labels.js';
import { dataChanged } from './events.js';
import { mediumDate } from './dates.js';
import { t } from './i18n.js';

/**
 * One entry's row.
 * @param {'pain' | 'exercise' | 'calcium'} kind
 * @param {any} entry
 * @param {string} [date] the day, when the list spans several (History)
 */
export function entryRow(kind, entry, date) {
  const text = describeEntry(kind, entry);
  const args = { kind, text, ...(date ? { date: mediumDate(date) } : {}) };
  const data = { 'data-kind': kind, 'data-id': entry.id, ...(date ? { 'data-date': date } : {}) };
  const editLabel = date ? t('entry-edit-label-dated', args) : t('entry-edit-label', args);
  const deleteLabel = date ? t('entry-delete-label-dated', args) : t('entry-delete-label', args);
  return h('li', { class: 'entry', 'data-kind': kind, 'data-id': entry.id },
    h('span', { class: `badge ${kind}` }, label(kind)),
    h('span', { class: 'entry-text' }, text),
    h('span', { class: 'entry-actions' },
      h('button', { type: 'button', class: 'ghost small', 'data-action': 'edit', ...data, 'aria-label': editLabel }, t('entry-edit')),
      h('button', { type: 'button', class: 'ghost small danger', 'data-action': 'delete', ...data, 'aria-label': deleteLabel }, t('entry-delete'))));
}

/**
 * Announces a deletion with an Undo button that logs the same entry again.
 * @param {'pain' | 'exercise' | 'calcium'} kind
 * @param {any} stored the deleted entry as it was stored
 * @param {() => Promise<void>} after redraws whatever shows the entry
 */
export function undoButton(kind, stored, after) {
  const { id, createdAt, updatedAt, ...entry } = stored;
  const undo = h('button', { type: 'button', class: 'link', id: 'undo-delete' }, t('entry-undo'));
  undo.addEventListener('click', async () => {
    try {
      await api.log(kind, entry);
    } catch (error) {
      announce(error.message);
      return;
    }
    announce(t('entry-restored', { kind }));
    dataChanged();
    await after();
  }, { once: true });
  announce(t('entry-deleted', { kind }), undo);
}
