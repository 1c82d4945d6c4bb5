/**
 * @module lib/report-form
 * "Report for my appointment" on Trends: the dates (last 2 weeks, since the birth, or chosen),
 * her questions, whether to include notes (off: notes are private) and the paper. The PDF is
 * made and saved in Rust, through the native save dialog.
 */
import { api } from '../api.js';
import { qs, announce } from './dom.js';
import { today, addDays } from './dates.js';
import { clearErrors, showError } from './forms.js';
import { mark, t } from './i18n.js';

/** Wires the form. */
export function initReportForm() {
  const form = /** @type {HTMLFormElement} */ (qs('#report-form'));
  qs('#report-span').addEventListener('change', () => spanChanged(form));
  form.addEventListener('submit', (e) => { e.preventDefault(); save(form); });
}

/**
 * Refreshes what depends on the profile: "Since the birth" needs a birth date.
 */
export async function showReportForm() {
  const form = /** @type {HTMLFormElement} */ (qs('#report-form'));
  const birth = (await api.getProfile()).birthDate;
  form.dataset.birth = birth ?? '';
  const since = qs('input[value="birth"]', form);
  since.disabled = !birth;
  qs('#report-birth-note').hidden = Boolean(birth);
  if (!birth && since.checked) qs('input[value="14"]', form).checked = true;
  spanChanged(form);
}

/** @param {HTMLFormElement} form */
function spanChanged(form) {
  const custom = form.elements.span.value === 'custom';
  qs('#report-dates').hidden = !custom;
  if (custom && !form.elements.from.value) {
    form.elements.to.value = today();
    form.elements.from.value = addDays(today(), -13);
  }
}

/**
 * The dates of the chosen span.
 * @param {HTMLFormElement} form
 */
function dates(form) {
  const span = form.elements.span.value;
  if (span === 'custom') return { from: form.elements.from.value, to: form.elements.to.value };
  if (span === 'birth') return { from: form.dataset.birth, to: today() };
  return { from: addDays(today(), -13), to: today() };
}

/** @param {HTMLFormElement} form */
async function save(form) {
  clearErrors(form);
  const saved = qs('#report-saved');
  delete saved.dataset.l10nId;
  saved.textContent = '';
  const button = qs('button[type="submit"]', form);
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const path = await api.saveReport({
      ...dates(form),
      notes: form.elements.notes.checked,
      questions: form.elements.questions.value,
      paper: form.elements.paper.value,
    });
    if (path) {
      // Marked, so it stays in her language if she changes it while it shows.
      mark(saved, 'report-saved-to', { path });
      announce(t('report-saved'));
    }
  } catch (e) {
    showError(form, e.field ?? null, e.message);
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}
