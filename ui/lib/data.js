/**
 * @module lib/data
 * "Your data" in Settings: export and import through the native file dialogs (an import is
 * previewed before it is applied), and the backups with restore.
 */
import { api } from '../api.js';
import { qs, h, delegate, announce } from './dom.js';
import { dataChanged } from './events.js';
import { mark, t, commaList } from './i18n.js';

/** The token of the file chosen for import, between preview and apply. @type {string | null} */
let pending = null;
/** The file chosen for import, shown above its preview. @type {{token: string, name: string} | null} */
let picked = null;
/**
 * Her choices in the preview, sent with it and with the import: columns to leave out, and for a
 * CSV of her own, which column is which.
 * @type {{leaveOut: string[], map: Record<string, string | string[]> | null}}
 */
let choices = { leaveOut: [], map: null };

/** The fields a CSV of her own can map, in the order the form shows them. */
const MAP_FIELDS = ['date', 'time', 'pain', 'note', 'calcium', 'sleep', 'mood'];
/** The ways a date column may be written. */
const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD'];

const error = (text) => { qs('#data-error').textContent = text; };

/** Wires the buttons. */
export function initData() {
  delegate(qs('#data-card'), 'click', '[data-export]', async (_, button) => {
    error('');
    try {
      const path = await api.exportData(button.dataset.export);
      if (path) announce(t('data-exported', { path }));
    } catch (e) {
      error(e.message);
    }
  });
  qs('#import-pick').addEventListener('click', async () => {
    error('');
    try {
      const file = await api.pickImportFile();
      if (file) {
        choices = { leaveOut: [], map: null };
        await preview(file);
      }
    } catch (e) {
      error(e.message);
    }
  });
  qs('#import-apply').addEventListener('click', () => applyImport());
  qs('#import-cancel').addEventListener('click', () => { pending = null; qs('#import-preview').hidden = true; });
  // Leaving a rescaled column out (or taking it back) shows the preview again.
  delegate(qs('#import-summary'), 'change', 'input[data-scale]', (_, box) => {
    const column = box.dataset.scale;
    choices.leaveOut = choices.leaveOut.filter((c) => c !== column);
    if (!box.checked) choices.leaveOut.push(column);
    if (picked) preview(picked);
  });
  delegate(qs('#import-summary'), 'submit', 'form.import-map', (event, form) => {
    event.preventDefault();
    const data = new FormData(form);
    /** @type {Record<string, string | string[]>} */
    const map = { dateFormat: String(data.get('dateFormat')), tags: data.getAll('tags').map(String) };
    for (const field of MAP_FIELDS) {
      const column = String(data.get(field) ?? '');
      if (column) map[field] = column;
    }
    choices.map = map;
    if (picked) preview(picked);
  });
  qs('#backup-now').addEventListener('click', async () => {
    try {
      await api.backupNow();
      announce(t('backups-done'));
      await showBackups();
    } catch (e) {
      error(e.message);
    }
  });
  delegate(qs('#backup-list'), 'click', 'button[data-restore]', (_, button) => confirmRestore(button));
}

/**
 * Shows everything importing the picked file would change (entries, profile, red flags,
 * reminder settings, quiet hours, sleep, mood and tags), changing nothing yet; for another
 * app's file also which app, each rescaled column (with a box to leave it out) and what is not
 * imported; for a CSV of her own, first the form that maps its columns.
 * @param {{token: string, name: string}} file
 */
export async function preview(file) {
  picked = file;
  try {
    const report = await api.previewImport(file.token, choices);
    if (report.needsMap) {
      pending = null;
      qs('#import-summary').replaceChildren(h('strong', {}, file.name), mapForm(report.needsMap));
      qs('#import-apply').hidden = true;
      qs('#import-preview').hidden = false;
      qs('#import-map-date')?.focus();
      return;
    }
    pending = file.token;
    qs('#import-apply').hidden = false;
    // Each line is marked, so the preview follows a change of language while it shows.
    const { pain, exercise, calcium } = report.added;
    const lines = [mark(h('li'), 'import-would-add-entries', { pain, exercise, calcium, duplicates: report.duplicates })];
    if (report.profileSet) lines.push(mark(h('li'), 'import-would-set-profile'));
    if (report.redFlagsAdded) lines.push(mark(h('li'), 'import-would-add-red-flags', { count: report.redFlagsAdded }));
    for (const r of report.remindersChanged) lines.push(mark(h('li'), 'import-would-change-reminder', { reminder: r }));
    if (report.quietHoursChanged) lines.push(mark(h('li'), 'import-would-set-quiet', { hours: report.quietHoursChanged }));
    if (report.dayFactorsAdded) lines.push(mark(h('li'), 'import-would-add-factors', { count: report.dayFactorsAdded }));
    if (report.tagsCreated.length) {
      const tags = commaList(report.tagsCreated.map((name) => t('import-quoted', { name })));
      lines.push(mark(h('li'), 'import-would-create-tags', { tags }));
    }
    if (report.dayTagsAdded) lines.push(mark(h('li'), 'import-would-add-day-tags', { count: report.dayTagsAdded }));
    if (report.notImported.length) {
      const list = commaList(report.notImported.map((s) => t('import-would-not-import-item', { what: s.what, count: s.count })));
      lines.push(mark(h('li'), 'import-would-not-import', { list }));
    }
    const scales = report.scales.map((s) => h('li', { class: 'import-scale' },
      h('label', {},
        h('input', { type: 'checkbox', 'data-scale': s.column, checked: s.included }),
        ' ', mark(h('span'), 'import-scale-choice', { app: s.app, column: s.column, max: s.max, factor: s.factor, count: s.count }))));
    const source = report.source ? mark(h('p', { class: 'muted small' }), 'import-read-as', { app: report.source }) : null;
    const scaleList = scales.length ? h('ul', { class: 'import-scales' }, ...scales) : null;
    const parts = [h('strong', {}, file.name), source, scaleList, h('ul', {}, ...lines)];
    qs('#import-summary').replaceChildren(...parts.filter((part) => part !== null));
    qs('#import-preview').hidden = false;
    qs('#import-apply').focus();
  } catch (e) {
    pending = null;
    qs('#import-preview').hidden = true;
    error(e.message);
  }
}

/**
 * The mapping step for a CSV of her own: which column is the date (and how it is written), and
 * which, if any, hold the time, pain, a note, calcium, sleep, mood and yes/no tags.
 * @param {string[]} columns the file's columns
 * @returns {HTMLFormElement}
 */
function mapForm(columns) {
  const map = /** @type {Record<string, any>} */ (choices.map ?? {});
  const option = (value, chosen) => h('option', { value, selected: value === chosen }, value);
  const rows = MAP_FIELDS.map((field) => h('label', { class: 'import-map-row' },
    mark(h('span'), `import-map-${field}`),
    h('select', { name: field, id: `import-map-${field}`, required: field === 'date' },
      mark(h('option', { value: '' }), 'import-map-none'), ...columns.map((c) => option(c, map[field])))));
  const format = h('label', { class: 'import-map-row' }, mark(h('span'), 'import-map-format'),
    h('select', { name: 'dateFormat' }, ...DATE_FORMATS.map((f) => option(f, map.dateFormat))));
  const tags = h('fieldset', { class: 'import-map-tags' }, mark(h('legend'), 'import-map-tags'),
    ...columns.map((c) => h('label', {}, h('input', { type: 'checkbox', name: 'tags', value: c, checked: (map.tags ?? []).includes(c) }), ' ', c)));
  return h('form', { class: 'import-map' },
    mark(h('p', { class: 'muted small' }), 'import-map-intro'),
    rows[0], format, ...rows.slice(1), tags,
    h('div', { class: 'actions' }, mark(h('button', { type: 'submit', class: 'primary' }), 'import-map-show')));
}

async function applyImport() {
  if (!pending) return;
  try {
    const report = await api.importData(pending, choices);
    const { pain, exercise, calcium } = report.added;
    announce(t('data-imported', { count: pain + exercise + calcium }));
    dataChanged();
  } catch (e) {
    error(e.message);
  }
  pending = null;
  qs('#import-preview').hidden = true;
}

/** Lists the backups. */
export async function showBackups() {
  const backups = await api.listBackups();
  const entries = (b) => (b.entries === null ? t('backup-unreadable') : t('backup-entries', { count: b.entries }));
  qs('#backup-list').replaceChildren(...(backups.length
    ? backups.map((b) => h('li', { 'data-file': b.file },
      h('span', {}, b.date ?? b.file), h('span', { class: 'muted small' }, entries(b)),
      h('button', { type: 'button', class: 'ghost small', 'data-restore': b.file }, t('backup-restore'))))
    : [h('li', { class: 'muted' }, t('backups-none'))]));
}

/** @param {HTMLElement} button */
function confirmRestore(button) {
  const li = button.closest('li');
  if (qs('.confirm', li)) return;
  const yes = mark(h('button', { type: 'button', class: 'primary small' }), 'backup-restore-confirm');
  const no = mark(h('button', { type: 'button', class: 'ghost small' }), 'cancel');
  const box = h('div', { class: 'confirm' }, mark(h('span'), 'backup-confirm'), ' ', yes, no);
  li.append(box);
  no.addEventListener('click', () => box.remove());
  yes.addEventListener('click', async () => {
    try {
      await api.restoreBackup(button.dataset.restore);
      announce(t('backups-restored'));
      dataChanged();
    } catch (e) {
      error(e.message);
    }
    await showBackups();
  });
  yes.focus();
}
