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
  /** @param {{from: string, to: string}} range */
  trends: (range) => call('trends', { range }),
  /** @param {{chart: string, from: string, to: string, theme: 'light' | 'dark'}} request */
  chart: (request) => call('chart_svg', { request }),
  /** @param {{before?: string, days?: number, kind?: string}} query */
  history: (query) => call('history', { query }),
  /** @returns {Promise<{first: string | null, last: string | null}>} */
  dataSpan: () => call('data_span'),
  /** @returns {Promise<boolean>} whether sample data is open */
  demoMode: () => call('demo_mode'),
  /** @param {boolean} on */
  setDemoMode: (on) => call('set_demo_mode', { on }),
};
