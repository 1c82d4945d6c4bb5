/**
 * @module views/settings
 * The Settings screen: Mend's language, each reminder on or off with its time or interval
 * (and the article it comes from), the quiet hours, and what closing the window does (tray,
 * start at login), locking her diary and syncing it with her other computers. Changes save as
 * they are made; a new language shows at once.
 */
import { api } from '../api.js';
import { qs, h, delegate, announce } from '../lib/dom.js';
import { refreshBanners } from '../lib/banners.js';
import { initData, showBackups } from '../lib/data.js';
import { initLock, showLock } from '../lib/lock.js';
import { initSync, showSync } from '../lib/sync.js';
import { lang, mark, setMessages, t } from '../lib/i18n.js';
import { showError, clearErrors } from '../lib/forms.js';

/** Wires saving on change. */
export function initSettings() {
  initData();
  initLock();
  initSync();
  delegate(qs('#reminder-list'), 'change', 'input', (_, input) => saveReminder(input.closest('li')));
  qs('#quiet-form').addEventListener('change', () => saveQuiet());
  qs('#desktop-form').addEventListener('change', (e) => saveDesktop(/** @type {HTMLInputElement} */ (e.target)));
  qs('#language-form').addEventListener('change', () => saveLanguage());
}

/**
 * Keeps the chosen language and shows the page in it at once: every marked element, then the
 * screen again (main.js listens for `mend:language`), with no restart.
 */
async function saveLanguage() {
  const form = qs('#language-form');
  clearErrors(form);
  let view;
  try {
    view = await api.setLanguage(form.elements.lang.value);
  } catch (e) {
    form.elements.lang.value = lang();
    showError(form, e.field, e.message);
    return;
  }
  setMessages(view.lang, view.messages);
  window.dispatchEvent(new CustomEvent('mend:language', { detail: view }));
  announce(t('language-changed'));
}

/** Loads and shows the reminders and quiet hours. */
export async function showSettings() {
  qs('#language-form').elements.lang.value = lang();
  const [reminders, quiet] = await Promise.all([api.listReminders(), api.quietHours()]);
  qs('#reminder-list').replaceChildren(...reminders.map(item));
  const form = qs('#quiet-form');
  form.elements.enabled.checked = quiet.enabled;
  form.elements.start.value = quiet.start;
  form.elements.end.value = quiet.end;
  showDesktop(await api.desktopSettings());
  await Promise.all([showLock(), showSync(), showBackups()]);
}

/**
 * Shows the tray and login settings, and what they mean on this desktop.
 * On macOS (`menuBar`) the tray is called the menu bar.
 * @param {{trayAvailable: boolean, closeToTray: boolean, startAtLogin: boolean, menuBar: boolean}} d
 */
function showDesktop(d) {
  const form = qs('#desktop-form');
  form.elements.closeToTray.checked = d.trayAvailable && d.closeToTray;
  form.elements.closeToTray.disabled = !d.trayAvailable;
  form.elements.startAtLogin.checked = d.startAtLogin;
  const label = qs('span', form.elements.closeToTray.closest('label'));
  mark(label, d.menuBar ? 'desktop-close-to-tray-macos' : 'desktop-close-to-tray');
  const inTray = d.menuBar ? t('desktop-note-tray-macos') : t('desktop-note-tray');
  qs('#desktop-note').textContent = !d.trayAvailable
    ? t('desktop-note-no-tray')
    : d.closeToTray ? inTray : t('desktop-note-quit');
}

/** @param {HTMLInputElement} input the switch that changed */
async function saveDesktop(input) {
  const form = qs('#desktop-form');
  qs('.form-error', form).textContent = '';
  try {
    showDesktop(await api.saveDesktopSettings({ [input.name]: input.checked }));
    announce(t('saved'));
  } catch (e) {
    input.checked = !input.checked;
    qs('.form-error', form).textContent = e.message;
  }
}

/** @param {any} r a reminder */
function item(r) {
  const s = r.schedule;
  const timing = s.kind === 'interval'
    ? h('label', { class: 'field timing' }, t('reminder-every-minutes'),
      h('input', { type: 'number', name: 'minutes', min: 5, max: 240, step: 5, value: s.minutes }))
    : h('label', { class: 'field timing' }, s.kind === 'daily' ? t('reminder-at') : t('reminder-check-at'),
      h('input', { type: 'time', name: 'time', value: s.time }));
  const when = s.kind === 'interval'
    ? t('reminder-when-interval')
    : s.kind === 'daily' ? t('reminder-when-daily') : t('reminder-when-condition');
  return h('li', { class: 'reminder', 'data-reminder': r.id },
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'enabled', checked: r.enabled }), h('strong', {}, r.title)),
    h('p', { class: 'muted small' }, r.text),
    h('div', { class: 'row' }, timing, h('p', { class: 'small reminder-source' }, `${t('reminder-from', { when })} `,
      h('a', { href: `#guidance/${r.articleId}` }, r.articleTitle))),
    h('p', { class: 'field-error', role: 'alert' }));
}

/** @param {HTMLElement} li */
async function saveReminder(li) {
  const settings = { enabled: qs('[name=enabled]', li).checked };
  const time = qs('[name=time]', li);
  const minutes = qs('[name=minutes]', li);
  if (time) settings.time = time.value;
  if (minutes) settings.minutes = minutes.value === '' ? null : Number(minutes.value);
  const error = qs('.field-error', li);
  error.textContent = '';
  try {
    await api.updateReminder(li.dataset.reminder, settings);
  } catch (e) {
    error.textContent = e.message;
    return;
  }
  announce(t('reminder-saved'));
  await refreshBanners();
}

async function saveQuiet() {
  const form = qs('#quiet-form');
  qs('.form-error', form).textContent = '';
  try {
    await api.saveQuietHours({ enabled: form.elements.enabled.checked, start: form.elements.start.value, end: form.elements.end.value });
    announce(t('quiet-saved'));
  } catch (e) {
    qs('.form-error', form).textContent = e.message;
  }
}
