/**
 * @module views/profile
 * The profile dialog: asked once on first run (skippable), editable later from the header.
 */
import { api } from '../api.js';
import { qs, announce } from '../lib/dom.js';
import { clearErrors, showError } from '../lib/forms.js';
import { t } from '../lib/i18n.js';

/** @type {(() => void) | null} called after a save or skip, so the day can be redrawn */
let onChange = null;

/**
 * Wires the dialog (the header's "Your profile" button is wired by main.js, which loads this
 * module when the dialog is first needed).
 * @param {() => void} changed called after the profile is saved or skipped
 */
export function initProfile(changed) {
  onChange = changed;
  const dialog = qs('#profile-dialog');
  const form = qs('#profile-form');
  form.addEventListener('submit', (event) => { event.preventDefault(); save(readForm(form)); });
  qs('#profile-skip').addEventListener('click', () => skip());
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); skip(); });
}

/** Opens the dialog filled with the stored profile. */
export async function openProfile() {
  const profile = await api.getProfile();
  const form = qs('#profile-form');
  clearErrors(form);
  form.elements.birthDate.value = profile.birthDate ?? '';
  for (const radio of form.querySelectorAll('[name="deliveryType"]')) radio.checked = radio.value === (profile.deliveryType ?? '');
  form.elements.epidural.checked = profile.epidural;
  form.elements.breastfeeding.checked = profile.breastfeeding;
  form.elements.ageBand.value = profile.ageBand;
  form.dataset.configured = String(profile.configured);
  qs('#profile-dialog').showModal();
}

/** @param {HTMLFormElement} form */
function readForm(form) {
  const data = new FormData(form);
  return {
    birthDate: String(data.get('birthDate') ?? ''),
    deliveryType: String(data.get('deliveryType') ?? ''),
    epidural: data.has('epidural'),
    breastfeeding: data.has('breastfeeding'),
    ageBand: String(data.get('ageBand') ?? '19-50'),
  };
}

/** @param {object} profile */
async function save(profile) {
  const form = qs('#profile-form');
  clearErrors(form);
  try {
    await api.saveProfile(profile);
  } catch (error) {
    showError(form, error.field, error.message);
    return;
  }
  closeDialog();
  announce(t('profile-saved'));
  onChange?.();
}

/**
 * Closes the dialog. Focus returns to the button that opened it; on first run nothing did,
 * so it goes to the start of the screen instead of being lost on the page body.
 */
function closeDialog() {
  const dialog = qs('#profile-dialog');
  dialog.close();
  const now = document.activeElement;
  if (!now || now === document.body || dialog.contains(now)) qs('#main').focus();
}

/** Closes the dialog; on first run, stores the defaults so it is not asked again. */
async function skip() {
  const form = qs('#profile-form');
  if (form.dataset.configured === 'false') {
    try {
      await api.saveProfile({});
    } catch (error) {
      showError(form, error.field, error.message);
      return;
    }
  }
  closeDialog();
  onChange?.();
}
