/**
 * @module lib/forms
 * Reading forms and showing errors next to the field they are about.
 */
import { qs, qsa } from './dom.js';

/**
 * Clears every error shown in `form`.
 * @param {HTMLFormElement} form
 */
export function clearErrors(form) {
  for (const node of qsa('[aria-invalid="true"]', form)) node.removeAttribute('aria-invalid');
  for (const node of qsa('.field-error', form)) node.textContent = '';
  const summary = qs('.form-error', form);
  if (summary) summary.textContent = '';
}

/**
 * Shows `message` next to the control named `field` (or at the form's foot when there is
 * no such control) and moves focus there so keyboard and screen-reader users land on it.
 * @param {HTMLFormElement} form
 * @param {string | null} field
 * @param {string} message
 */
export function showError(form, field, message) {
  const slot = field && qs(`[data-error-for="${field}"]`, form);
  const target = slot || qs('.form-error', form);
  target.textContent = message;
  const control = field && qs(`[name="${field}"]`, form);
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    control.focus();
  }
}

/**
 * A whole-number field as a number when it looks like one, else the raw text, so the core's
 * validation (not a silent NaN) decides what is wrong and says so.
 * @param {string} raw
 * @returns {number | string | null}
 */
export function numberOrText(raw) {
  const text = raw.trim();
  if (text === '') return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
