/**
 * @module views/data
 * "Your data" in Settings: export and import through the native file dialogs (an import is
 * previewed before it is applied), and the backups with restore.
 */
import { api } from '../api.js';
import { qs, h, delegate, announce } from '../lib/dom.js';
import { dataChanged } from '../lib/events.js';
import { t } from '../lib/i18n.js';

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
    const { pain, exercise, calcium } = report.added;
    const lines = [`Would add ${pain} pain check-ins, ${exercise} exercise sessions and ${calcium} calcium entries`
      + ` (${report.duplicates} already here).`];
    if (report.profileSet) lines.push('Would set your profile (you have not saved one yet).');
    if (report.redFlagsAdded) lines.push(`Would add ${report.redFlagsAdded} red-flag check-ins.`);
    for (const r of report.remindersChanged) lines.push(`Would change a reminder: ${r}.`);
    if (report.quietHoursChanged) lines.push(`Would set quiet hours to ${report.quietHoursChanged}.`);
    if (report.dayFactorsAdded) lines.push(`Would add ${report.dayFactorsAdded} sleep or mood values.`);
    if (report.tagsCreated.length) lines.push(`Would create the tags ${report.tagsCreated.map((n) => `"${n}"`).join(', ')}.`);
    if (report.dayTagsAdded) lines.push(`Would add ${report.dayTagsAdded} tags to days.`);
    qs('#import-summary').replaceChildren(h('strong', {}, picked.name), h('ul', {}, ...lines.map((l) => h('li', {}, l))));
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
  qs('#backup-list').replaceChildren(...(backups.length
    ? backups.map((b) => h('li', { 'data-file': b.file },
      h('span', {}, b.date ?? b.file), h('span', { class: 'muted small' }, b.entries === null ? 'unreadable' : `${b.entries} ${b.entries === 1 ? 'entry' : 'entries'}`),
      h('button', { type: 'button', class: 'ghost small', 'data-restore': b.file }, 'Restore…')))
    : [h('li', { class: 'muted' }, 'No backups yet.')]));
}

/** @param {HTMLElement} button */
function confirmRestore(button) {
  const li = button.closest('li');
  if (qs('.confirm', li)) return;
  const yes = h('button', { type: 'button', class: 'primary small' }, 'Restore');
  const no = h('button', { type: 'button', class: 'ghost small' }, 'Cancel');
  const box = h('div', { class: 'confirm' }, 'Replace your current data with this backup? It is backed up first.', yes, no);
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
