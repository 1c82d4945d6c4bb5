/**
 * @module lib/sync
 * Settings' "Sync with my other computers": the folder chosen in the native dialog, the sync
 * phrase (typed twice for the first computer, once to join), what a lost phrase means said
 * before she starts, then the status: when it last synced, her other computers with their last
 * change (each can be removed), and what the last sync skipped. The core judges the phrase.
 */
import { api } from '../api.js';
import { qs, h, announce } from './dom.js';
import { mark, t, lang } from './i18n.js';
import { showError, clearErrors } from './forms.js';

/** The folder picked, until sync starts with it. */
let picked = null;
/** The computer "Remove" was clicked for. */
let removing = null;

/** Wires the card and its dialogs. */
export function initSync() {
  qs('#sync-start').addEventListener('click', () => chooseFolder());
  qs('#sync-now').addEventListener('click', () => act(async () => done('sync-done', await api.syncNow())));
  qs('#sync-stop').addEventListener('click', () => act(async () => { await api.syncStop(); announce(t('sync-stopped')); }));
  qs('#sync-form').addEventListener('submit', (e) => { e.preventDefault(); start(); });
  qs('#sync-remove-form').addEventListener('submit', (e) => { e.preventDefault(); remove(); });
  for (const close of document.querySelectorAll('#sync-dialog [data-close], #sync-remove-dialog [data-close]')) {
    close.addEventListener('click', () => /** @type {HTMLDialogElement} */ (close.closest('dialog')).close());
  }
  qs('#sync-dialog').addEventListener('close', () => { picked = null; qs('#sync-form').reset(); });
}

/** @param {() => Promise<void>} action a button's call; its error is said on the card */
async function act(action) {
  qs('#sync-error').textContent = '';
  qs('#sync-card').setAttribute('aria-busy', 'true');
  try {
    await action();
  } catch (e) {
    qs('#sync-error').textContent = e.message;
  } finally {
    qs('#sync-card').removeAttribute('aria-busy');
  }
  await showSync();
}

/** @param {string} id @param {{sent: number, received: number}} report */
function done(id, report) {
  announce(t(id, { sent: report.sent, received: report.received }));
}

/** An RFC 3339 time as she reads it: the date and the time, in her language. */
function when(iso) {
  return iso ? new Date(iso).toLocaleString(lang(), { dateStyle: 'medium', timeStyle: 'short' }) : t('sync-never');
}

/** Loads and shows sync's status. */
export async function showSync() {
  const s = await api.syncStatus();
  qs('#sync-when-off').hidden = s.on;
  qs('#sync-when-on').hidden = !s.on;
  if (!s.on) return;
  const args = { folder: s.folder, last: when(s.lastSync), pending: s.pending };
  mark(qs('#sync-state'), s.pending ? 'sync-state-pending' : 'sync-state', args);
  qs('#sync-devices').replaceChildren(...(s.devices.length ? s.devices.map(device) : [h('li', { class: 'muted small' }, t('sync-no-devices'))]));
  qs('#sync-problems').replaceChildren(...s.problems.map((p) => h('li', { class: 'small' }, p.message)));
}

/** @param {{id: string, name: string, lastChange: string | null}} d */
function device(d) {
  const said = d.lastChange ? t('sync-device', { name: d.name, last: when(d.lastChange) }) : t('sync-device-unknown', { name: d.name });
  const button = h('button', { type: 'button', class: 'ghost small', 'aria-label': t('sync-remove-label', { name: d.name }) }, t('sync-remove'));
  button.addEventListener('click', () => {
    removing = d;
    mark(qs('#sync-remove-title'), 'sync-remove-title', { name: d.name });
    /** @type {HTMLDialogElement} */ (qs('#sync-remove-dialog')).showModal();
  });
  return h('li', { 'data-device': d.id }, h('span', {}, said), button);
}

async function chooseFolder() {
  qs('#sync-error').textContent = '';
  try {
    picked = await api.pickSyncFolder();
  } catch (e) {
    qs('#sync-error').textContent = e.message;
    return;
  }
  if (!picked) return;
  const form = /** @type {HTMLFormElement} */ (qs('#sync-form'));
  clearErrors(form);
  qs('#sync-folder').textContent = picked.path;
  mark(qs('#sync-dialog-intro'), picked.inUse ? 'sync-intro-join' : 'sync-intro-first');
  qs('#sync-again').hidden = picked.inUse;
  form.elements.phrase.autocomplete = picked.inUse ? 'current-password' : 'new-password';
  /** @type {HTMLDialogElement} */ (qs('#sync-dialog')).showModal();
  form.elements.phrase.focus();
}

async function start() {
  const form = /** @type {HTMLFormElement} */ (qs('#sync-form'));
  clearErrors(form);
  if (!picked.inUse && form.elements.phrase.value !== form.elements.again.value) {
    showError(form, 'again', t('sync-phrases-differ'));
    return;
  }
  form.setAttribute('aria-busy', 'true');
  try {
    const report = await api.syncStart(picked.token, form.elements.phrase.value);
    /** @type {HTMLDialogElement} */ (qs('#sync-dialog')).close();
    done('sync-started', report);
  } catch (e) {
    showError(form, e.field, e.message);
  } finally {
    form.removeAttribute('aria-busy');
  }
  await showSync();
}

async function remove() {
  const form = /** @type {HTMLFormElement} */ (qs('#sync-remove-form'));
  try {
    await api.syncRemoveDevice(removing.id);
    /** @type {HTMLDialogElement} */ (qs('#sync-remove-dialog')).close();
    announce(t('sync-removed', { name: removing.name }));
  } catch (e) {
    qs('.form-error', form).textContent = e.message;
  }
  await showSync();
}
