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
      const picked = await api.pickImportFile();
      if (picked) await preview(picked);
    } catch (e) {
      error(e.message);
    }
  });
  qs('#import-apply').addEventListener('click', () => applyImport());
  qs('#import-cancel').addEventListener('click', () => { pending = null; qs('#import-preview').hidden = true; });
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
 * reminder settings, quiet hours, sleep, mood and tags), changing nothing yet.
 * @param {{token: string, name: string}} picked
 */
export async function preview(picked) {
  try {
    const report = await api.previewImport(picked.token);
    pending = picked.token;
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
    qs('#import-summary').replaceChildren(h('strong', {}, picked.name), h('ul', {}, ...lines));
    qs('#import-preview').hidden = false;
    qs('#import-apply').focus();
  } catch (e) {
    pending = null;
    qs('#import-preview').hidden = true;
    error(e.message);
  }
}

async function applyImport() {
  if (!pending) return;
  try {
    const report = await api.importData(pending);
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
