/**
 * @module lib/dates
 * Local calendar dates as 'YYYY-MM-DD' strings, the form the core uses, and written out in
 * the language in force.
 */
import { lang } from './i18n.js';

/**
 * A Date's local calendar day.
 * @param {Date} d
 * @returns {string}
 */
export function isoDate(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** @returns {string} today's local date */
export const today = () => isoDate(new Date());

/**
 * Moves a date by whole days.
 * @param {string} iso
 * @param {number} days
 * @returns {string}
 */
export function addDays(iso, days) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDate(new Date(y, m - 1, d + days));
}

/**
 * The locale dates are written in: Mend's language, in the system's regional form when the
 * system speaks it too (so English follows en-GB or en-US as her computer does).
 * @returns {string}
 */
function dateLocale() {
  const system = navigator.language || '';
  return system.split('-')[0] === lang().split('-')[0] ? system : lang();
}

/**
 * "Tuesday 24 November 2026" (or "2026年11月24日星期二"), in Mend's language.
 * @param {string} iso
 * @returns {string}
 */
export function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(dateLocale(), {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
  });
}

/**
 * "24 November 2026" (or "2026年11月24日"), in Mend's language.
 * @param {string} iso
 * @returns {string}
 */
export function mediumDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(dateLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
}
