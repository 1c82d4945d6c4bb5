/**
 * @module lib/banners
 * What shows above every screen: the alert bar (today's red flags and warnings, most serious
 * first) and reminder banners with snooze, "open guidance" and dismiss.
 */
import { api } from '../api.js';
import { qs, h, delegate, announce } from './dom.js';
import { levelLabel } from './signs.js';
import { t } from './i18n.js';

/** The banners and alerts shown, to redraw them in a new language. @type {any[]} */
let shownBanners = [];
/** @type {any[]} */
let shownAlerts = [];

/** Wires the banner buttons, the reminder event and a once-a-minute check. */
export function initBanners() {
  delegate(qs('#reminder-banners'), 'click', 'button[data-act]', async (_, button) => {
    const id = button.closest('[data-reminder]').dataset.reminder;
    const act = button.dataset.act;
    try {
      if (act === 'snooze') await api.snoozeReminder(id, Number(button.dataset.minutes));
      else await api.dismissReminder(id);
    } catch (error) {
      announce(error.message);
      return;
    }
    if (act === 'open') location.hash = `#guidance/${button.dataset.article}`;
    if (act === 'snooze') announce(t('reminder-snoozed', { minutes: Number(button.dataset.minutes) }));
    await refreshBanners();
  });
  api.listen('mend://reminders', () => refreshBanners());
  setInterval(() => refreshBanners(), 60_000);
  // A new language: the same banners and alerts, in its words (their own text follows with
  // the next check, from the core).
  window.addEventListener('mend:language', () => {
    showBanners(shownBanners);
    showAlerts(shownAlerts);
  });
}

/**
 * Asks for due reminders (which also sends their desktop notifications) and shows the banners.
 * @param {object[]} [given] banners already fetched (at start)
 */
export async function refreshBanners(given) {
  let banners = given;
  try {
    banners ??= await api.dueReminders();
  } catch (error) {
    announce(error.message);
    return;
  }
  showBanners(banners);
}

/** @param {any[]} banners due reminders */
function showBanners(banners) {
  shownBanners = banners;
  qs('#reminder-banners').replaceChildren(...banners.map((r) => h('div', { class: 'reminder-banner', 'data-reminder': r.id, role: 'status' },
    h('div', {}, h('strong', {}, r.title), h('span', {}, ` ${r.text}`)),
    h('div', { class: 'banner-actions' },
      h('button', { type: 'button', class: 'ghost small', 'data-act': 'snooze', 'data-minutes': 10 }, t('banner-snooze-10')),
      h('button', { type: 'button', class: 'ghost small', 'data-act': 'snooze', 'data-minutes': 60 }, t('banner-snooze-60')),
      h('button', { type: 'button', class: 'ghost small', 'data-act': 'open', 'data-article': r.articleId }, t('banner-open-guidance')),
      h('button', { type: 'button', class: 'ghost small', 'data-act': 'dismiss', 'aria-label': t('banner-dismiss-label', { title: r.title }) },
        t('banner-dismiss'))))));
}

/**
 * Shows today's red flags and warnings in the alert bar.
 * @param {object[]} [given] today's notices, already fetched
 */
export async function refreshAlerts(given) {
  let alerts = given ?? [];
  try {
    if (!given) alerts = await api.alerts();
  } catch (error) {
    announce(error.message);
  }
  showAlerts(alerts);
}

/** @param {any[]} alerts today's notices */
function showAlerts(alerts) {
  shownAlerts = alerts;
  const serious = alerts.filter((a) => a.level === 'urgent' || a.level === 'emergency');
  qs('#alert-bar').replaceChildren(...serious.map((a) => h('p', { class: `alert ${a.level}`, 'data-code': a.code },
    h('strong', {}, t('notice-level', { level: levelLabel(a.level) })), a.message, ' ', a.card ? `${a.card.instinct} ` : '',
    h('a', { href: `#guidance/${a.articleId}` }, t('notice-see-clinician')))));
}
