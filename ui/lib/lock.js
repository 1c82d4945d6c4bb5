/**
 * @module lib/lock
 * Settings' "Lock my diary": turning encryption on (a passphrase typed twice, what is at stake
 * said before she confirms, then the recovery code shown once with Save as PDF and Print),
 * locking now, changing the passphrase, the keychain, turning it off; and locking the window
 * after the minutes without use she chose. The core judges every value; this checks only what
 * it cannot see (the passphrase typed the same twice, the box ticked).
 */
import { api } from '../api.js';
import { qs, announce } from './dom.js';
import { mark, t } from './i18n.js';
import { showError, clearErrors } from './forms.js';

/** Minutes offered for locking after no use; '' is never. */
const IDLE_CHOICES = ['', '5', '15', '30', '60'];

/** Wires the card and its dialogs. */
export function initLock() {
  qs('#lock-start').addEventListener('click', () => openLockDialog());
  qs('#lock-now').addEventListener('click', () => lockNow());
  qs('#lock-change').addEventListener('click', () => openSecret('change'));
  qs('#lock-turn-off').addEventListener('click', () => openSecret('off'));
  qs('#lock-keychain').addEventListener('change', (e) => setting(() => api.setKeychain(/** @type {HTMLInputElement} */ (e.target).checked)));
  qs('#lock-idle').addEventListener('change', (e) => {
    const value = /** @type {HTMLSelectElement} */ (e.target).value;
    setting(() => api.setIdleLock(value === '' ? null : Number(value)));
  });
  qs('#lock-form').addEventListener('submit', (e) => { e.preventDefault(); lockDiary(); });
  qs('#secret-form').addEventListener('submit', (e) => { e.preventDefault(); submitSecret(); });
  for (const close of document.querySelectorAll('#lock-dialog [data-close], #secret-dialog [data-close]')) {
    close.addEventListener('click', () => /** @type {HTMLDialogElement} */ (close.closest('dialog')).close());
  }
  qs('#lock-code-kept').addEventListener('change', (e) => {
    /** @type {HTMLButtonElement} */ (qs('#lock-code-done')).disabled = !(/** @type {HTMLInputElement} */ (e.target).checked);
  });
  qs('#lock-code-done').addEventListener('click', () => {
    qs('#lock-code').textContent = '';
    /** @type {HTMLDialogElement} */ (qs('#lock-dialog')).close();
  });
  qs('#lock-code-save').addEventListener('click', async () => {
    try {
      const path = await api.saveRecoveryCode(qs('#lock-code').textContent);
      if (path) announce(t('lock-code-saved', { path }));
    } catch (e) {
      qs('.form-error', qs('#lock-form')).textContent = e.message;
    }
  });
  qs('#lock-code-print').addEventListener('click', () => window.print());
  // The recovery code is shown once: a dialog closed any way forgets it.
  qs('#lock-dialog').addEventListener('close', () => { qs('#lock-code').textContent = ''; showLock(); });
}

/** Loads and shows whether her diary is locked, and its settings. */
export async function showLock() {
  const status = await api.lockStatus();
  qs('#lock-when-off').hidden = status.encrypted;
  qs('#data-export-plain').hidden = !status.encrypted;
  qs('#lock-when-on').hidden = !status.encrypted;
  if (status.encrypted) {
    const kdf = status.kdf;
    mark(qs('#lock-state'), 'lock-state', { memory: Math.round(kdf.memoryKib / 1024), passes: kdf.iterations });
    /** @type {HTMLInputElement} */ (qs('#lock-keychain')).checked = status.keychain;
    const idle = /** @type {HTMLSelectElement} */ (qs('#lock-idle'));
    idle.replaceChildren(...IDLE_CHOICES.map((m) => new Option(m === '' ? t('lock-idle-never') : t('lock-idle-minutes', { minutes: Number(m) }), m)));
    idle.value = status.idleLockMinutes == null ? '' : String(status.idleLockMinutes);
  }
  watchIdle(status.encrypted ? status.idleLockMs : null);
}

/** @param {() => Promise<object>} change a lock setting's call */
async function setting(change) {
  qs('#lock-error').textContent = '';
  try {
    await change();
    announce(t('saved'));
  } catch (e) {
    qs('#lock-error').textContent = e.message;
  }
  await showLock();
}

function openLockDialog() {
  const form = /** @type {HTMLFormElement} */ (qs('#lock-form'));
  form.reset();
  clearErrors(form);
  qs('#lock-choose').hidden = false;
  qs('#lock-code-step').hidden = true;
  /** @type {HTMLDialogElement} */ (qs('#lock-dialog')).showModal();
  form.elements.newPassphrase.focus();
}

/**
 * Checks what only the page can: the passphrase typed the same twice.
 * @param {HTMLFormElement} form
 * @returns {boolean} whether to go on
 */
export function sameTwice(form) {
  if (form.elements.newPassphrase.value !== form.elements.again.value) {
    showError(form, 'again', t('lock-passphrases-differ'));
    return false;
  }
  return true;
}

async function lockDiary() {
  const form = /** @type {HTMLFormElement} */ (qs('#lock-form'));
  clearErrors(form);
  if (!sameTwice(form)) return;
  if (!form.elements.understood.checked) {
    showError(form, 'understood', t('lock-tick-understood'));
    return;
  }
  form.setAttribute('aria-busy', 'true');
  try {
    const locked = await api.encryptDiary(form.elements.newPassphrase.value, form.elements.keychain.checked);
    form.reset();
    qs('#lock-choose').hidden = true;
    qs('#lock-code-step').hidden = false;
    qs('#lock-code').textContent = locked.recoveryCode;
    /** @type {HTMLButtonElement} */ (qs('#lock-code-done')).disabled = true;
    if (locked.leftPlain.length) qs('.form-error', form).textContent = t('lock-left-plain', { files: locked.leftPlain.join(', ') });
    qs('#lock-code-save').focus();
  } catch (e) {
    showError(form, e.field, e.message);
  } finally {
    form.removeAttribute('aria-busy');
  }
}

/** @param {'change' | 'off'} mode */
function openSecret(mode) {
  const form = /** @type {HTMLFormElement} */ (qs('#secret-form'));
  form.reset();
  clearErrors(form);
  form.dataset.mode = mode;
  qs('#secret-new').hidden = mode !== 'change';
  mark(qs('#secret-title'), mode === 'change' ? 'lock-change-title' : 'lock-off-title');
  mark(qs('#secret-intro'), mode === 'change' ? 'lock-change-intro' : 'lock-off-intro');
  mark(qs('#secret-submit'), mode === 'change' ? 'lock-change-confirm' : 'lock-off-confirm');
  /** @type {HTMLDialogElement} */ (qs('#secret-dialog')).showModal();
  form.elements.passphrase.focus();
}

async function submitSecret() {
  const form = /** @type {HTMLFormElement} */ (qs('#secret-form'));
  clearErrors(form);
  const change = form.dataset.mode === 'change';
  if (change && !sameTwice(form)) return;
  form.setAttribute('aria-busy', 'true');
  try {
    if (change) await api.changePassphrase(form.elements.passphrase.value, null, form.elements.newPassphrase.value);
    else await api.decryptDiary(form.elements.passphrase.value);
    form.reset();
    /** @type {HTMLDialogElement} */ (qs('#secret-dialog')).close();
    announce(t(change ? 'lock-changed' : 'lock-turned-off'));
    await showLock();
  } catch (e) {
    showError(form, e.field, e.message);
  } finally {
    form.removeAttribute('aria-busy');
  }
}

async function lockNow() {
  try {
    await api.lockNow();
  } catch (e) {
    qs('#lock-error').textContent = e.message;
    return;
  }
  location.reload();
}

/** @type {number | undefined} */
let idleTimer;
/** @type {(() => void) | undefined} */
let onActivity;

/**
 * Locks the window after `ms` without a key press, click or scroll (none: never).
 * @param {number | null} ms
 */
export function watchIdle(ms) {
  if (onActivity) for (const type of ['keydown', 'pointerdown', 'wheel']) window.removeEventListener(type, onActivity, true);
  clearTimeout(idleTimer);
  onActivity = undefined;
  if (!ms) return;
  onActivity = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => lockNow(), ms);
  };
  for (const type of ['keydown', 'pointerdown', 'wheel']) window.addEventListener(type, onActivity, true);
  onActivity();
}
