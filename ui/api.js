/**
 * @module api
 * The only file that touches `window.__TAURI__`. Every call returns a promise that resolves
 * with the command's result or rejects with an {@link ApiError} carrying `code`, `message`
 * and, for invalid input, the offending `field`.
 */

/** A command failure the UI can show next to a field. */
export class ApiError extends Error {
  /** @param {{code?: string, message?: string, field?: string}} shape */
  constructor(shape) {
    super(shape.message || 'Something went wrong.');
    this.code = shape.code || 'unknown';
    this.field = shape.field || null;
  }
}

/**
 * Calls one Mend command.
 * @param {string} command
 * @param {Record<string, unknown>} [args]
 * @returns {Promise<any>}
 */
async function call(command, args = {}) {
  try {
    return await window.__TAURI__.core.invoke(command, args);
  } catch (error) {
    // Mend's commands reject with {code, message, field}; Tauri itself rejects with a string.
    if (error && typeof error === 'object') throw new ApiError(error);
    throw new ApiError({ code: 'ipc', message: String(error) });
  }
}

/**
 * Everything the first screen needs, asked for the moment this module runs: index.html loads
 * it `async`, first, so the round trip overlaps the loading of every other module.
 * @type {Promise<any>}
 */
performance.mark('mend:ipc-start');
export const booting = call('startup');
booting.then(() => performance.mark('mend:ipc-end'), () => {});

/** @typedef {'pain' | 'exercise' | 'calcium'} EntryKind */

export const api = {
  /** @returns {Promise<object>} the profile, with `configured` false before the first save */
  getProfile: () => call('get_profile'),
  /** @param {object} profile */
  saveProfile: (profile) => call('save_profile', { profile }),
  /** @param {EntryKind} kind @param {object} entry */
  log: (kind, entry) => call(`log_${kind}`, { entry }),
  /** @param {EntryKind} kind @param {number} id @param {object} entry */
  update: (kind, id, entry) => call(`update_${kind}`, { id, entry }),
  /** @param {EntryKind} kind @param {number} id */
  remove: (kind, id) => call('delete_entry', { kind, id }),
  /** @param {string} date YYYY-MM-DD */
  daySummary: (date) => call('day_summary', { date }),
  /** @param {'exercise' | 'calcium'} kind @param {string} date copies the day before onto `date` */
  copyPreviousDay: (kind, date) => call('copy_previous_day', { kind, date }),
  /** @param {string} date @param {number | null} hours 0–24 in half hours; null clears */
  setSleep: (date, hours) => call('set_sleep', { date, hours }),
  /** @param {string} date @param {number | null} mood 0–10; null clears */
  setMood: (date, mood) => call('set_mood', { date, mood }),
  /** @returns {Promise<{id: number, name: string, retired: boolean}[]>} in use first, by name */
  listTags: () => call('list_tags'),
  /** @param {string} name */
  createTag: (name) => call('create_tag', { name }),
  /** @param {number} id @param {string} name */
  renameTag: (id, name) => call('rename_tag', { id, name }),
  /** @param {number} id @param {boolean} retired false brings it back */
  retireTag: (id, retired) => call('retire_tag', { id, retired }),
  /** @param {string} date @param {number} tagId @param {boolean} on */
  setDayTag: (date, tagId, on) => call('set_day_tag', { date, tagId, on }),
  /** @param {{from: string, to: string}} range */
  trends: (range) => call('trends', { range }),
  /** @param {{chart: string, from: string, to: string, theme: 'light' | 'dark'}} request */
  chart: (request) => call('chart_svg', { request }),
  /** @param {{before?: string, days?: number, kind?: string}} query */
  history: (query) => call('history', { query }),
  /** @returns {Promise<{first: string | null, last: string | null}>} */
  dataSpan: () => call('data_span'),
  /**
   * Makes the report and saves it where she chooses (native dialog).
   * @param {{from: string, to: string, notes: boolean, questions: string, paper: 'a4' | 'letter'}} request
   * @returns {Promise<string | null>} the saved file's path, or null if the dialog was cancelled
   */
  saveReport: (request) => call('save_report', { request }),
  /** @param {{from: string, to: string}} range */
  insights: (range) => call('insights', { range }),
  /** @param {boolean} on */
  setDemoMode: (on) => call('set_demo_mode', { on }),
  listGuidance: () => call('list_guidance'),
  /** @param {string} id */
  getGuidance: (id) => call('get_guidance', { id }),
  /** @param {string} query */
  searchGuidance: (query) => call('search_guidance', { query }),
  listReminders: () => call('list_reminders'),
  /** @param {string} id @param {{enabled?: boolean, time?: string, minutes?: number}} settings */
  updateReminder: (id, settings) => call('update_reminder', { id, settings }),
  /** @param {string} id @param {number} minutes */
  snoozeReminder: (id, minutes) => call('snooze_reminder', { id, minutes }),
  /** @param {string} id */
  dismissReminder: (id) => call('dismiss_reminder', { id }),
  /** @returns {Promise<object[]>} reminder banners to show (and sends any due notifications) */
  dueReminders: () => call('due_reminders'),
  quietHours: () => call('quiet_hours'),
  /** @param {{enabled?: boolean, start?: string, end?: string}} quiet */
  saveQuietHours: (quiet) => call('save_quiet_hours', { quiet }),
  desktopSettings: () => call('desktop_settings'),
  saveDesktopSettings: (settings) => call('save_desktop_settings', { settings }),
  /** @param {string} lang e.g. "zh-CN" @returns {Promise<{lang: string, messages: string}>} the window's new catalog */
  setLanguage: (lang) => call('set_language', { lang }),
  redFlagList: () => call('red_flag_list'),
  /** @param {string} date @param {string[]} flags */
  saveRedFlags: (date, flags) => call('save_red_flags', { date, flags }),
  /** @returns {Promise<object[]>} today's warnings and red flags, most serious first */
  alerts: () => call('alerts'),
  /**
   * Tells the app the first screen shows real data, with the page's clock and its start-up
   * marks (ms from navigation start), which the start-up benchmark reads.
   * @param {Record<string, number>} marks
   */
  appReady: (marks) => call('app_ready', { at: performance.now(), marks }),
  recoveryStatus: () => call('recovery_status'),
  /** @param {'restore_backup' | 'start_new'} action */
  recover: (action) => call('recover', { action }),
  listBackups: () => call('list_backups'),
  backupNow: () => call('backup_now'),
  /** @param {string} file a backup's file name */
  restoreBackup: (file) => call('restore_backup', { file }),
  /** @param {'json' | 'csv'} format @returns {Promise<string | null>} the path, or null if cancelled */
  exportData: (format) => call('export_data', { format }),
  /** @returns {Promise<{token: string, name: string} | null>} the picked file, or null if cancelled */
  pickImportFile: () => call('pick_import_file'),
  /**
   * @param {string} file the token of a picked file
   * @param {{leaveOut: string[], map: object | null}} [options] columns left out, her column mapping
   */
  previewImport: (file, options) => call('preview_import', { file, options }),
  /**
   * @param {string} file the token of a picked file
   * @param {{leaveOut: string[], map: object | null}} [options] the choices the preview showed
   */
  importData: (file, options) => call('import_data', { file, options }),
  /** @returns {Promise<{encrypted: boolean, locked: boolean, keychain: boolean, idleLockMinutes: number | null, idleLockMs: number | null, kdf: object | null}>} */
  lockStatus: () => call('lock_status'),
  /** Unlocks with the passphrase, or the recovery code when `passphrase` is null. */
  unlock: (passphrase, recoveryCode = null) => call('unlock', { passphrase, recoveryCode }),
  lockNow: () => call('lock_now'),
  /** @returns {Promise<{recoveryCode: string, leftPlain: string[]}>} */
  encryptDiary: (passphrase, keychain) => call('encrypt_diary', { passphrase, keychain }),
  decryptDiary: (passphrase) => call('decrypt_diary', { passphrase }),
  /** A new passphrase, given the current one, or the recovery code when `current` is null. */
  changePassphrase: (current, recoveryCode, newPassphrase) => call('change_passphrase', { current, recoveryCode, newPassphrase }),
  setKeychain: (on) => call('set_keychain', { on }),
  /** @param {number | null} minutes */
  setIdleLock: (minutes) => call('set_idle_lock', { minutes }),
  /** @returns {Promise<string | null>} where the PDF was saved, or null if cancelled */
  saveRecoveryCode: (code) => call('save_recovery_code', { code }),
  /** @returns {Promise<{on: boolean, folder: string | null, device: string | null, lastSync: string | null, pending: number, devices: {id: string, name: string, lastChange: string | null}[], problems: {code: string, file: string, message: string}[]}>} */
  syncStatus: () => call('sync_status'),
  /** @returns {Promise<{token: string, path: string, inUse: boolean} | null>} null if cancelled */
  pickSyncFolder: () => call('pick_sync_folder'),
  /** @returns {Promise<{sent: number, received: number, problems: object[]}>} */
  syncStart: (folder, phrase) => call('sync_start', { folder, phrase }),
  syncNow: () => call('sync_now'),
  syncRemoveDevice: (device) => call('sync_remove_device', { device }),
  syncStop: () => call('sync_stop'),
  /**
   * Runs `handler` whenever the app emits `event`.
   * @param {string} event
   * @param {() => void} handler
   */
  listen: (event, handler) => window.__TAURI__.event.listen(event, handler),
};
