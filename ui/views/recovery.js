/**
 * @module views/recovery
 * The recovery screen, shown instead of everything else when the data file could not be
 * opened: restore the newest good backup, or start afresh (the damaged file is kept).
 */
import { api } from '../api.js';
import { qs } from '../lib/dom.js';
import { ensureScreen } from '../lib/screens.js';
import { mark } from '../lib/i18n.js';

/**
 * Shows the recovery screen (and only it) if the data file could not be opened.
 * @param {object | null} [given] the recovery status, if already fetched
 * @returns {Promise<boolean>} whether Mend is in recovery
 */
export async function recoveryNeeded(given) {
  const status = given === undefined ? await api.recoveryStatus() : given;
  if (!status) return false;
  document.body.dataset.recovery = 'true';
  ensureScreen('recovery');
  for (const section of document.querySelectorAll('main > .screen')) section.hidden = section.id !== 'recovery';
  qs('.app-header nav').hidden = true;
  qs('#recovery-message').textContent = status.message;
  const restore = qs('#recover-backup');
  const newest = status.newestBackup;
  if (newest) mark(restore, 'recovery-restore-newest', { backup: newest.date ?? newest.file, count: newest.entries });
  else {
    restore.disabled = true;
    mark(restore, 'recovery-no-backup');
  }
  const act = async (action) => {
    try {
      await api.recover(action);
      location.hash = '#today';
      location.reload();
    } catch (e) {
      qs('#recovery-error').textContent = e.message;
    }
  };
  restore.addEventListener('click', () => act('restore_backup'));
  qs('#recover-new').addEventListener('click', () => act('start_new'));
  return true;
}
