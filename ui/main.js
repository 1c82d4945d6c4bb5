/**
 * @module main
 * Starts the UI: wires the screens, routes between them by URL hash, asks for the profile on
 * first run, and marks `<body data-ready="true">` once the first screen shows real data. The
 * page stays hidden (`<html class="l10n-pending">`) until it is in her language.
 */
import { api, booting } from './api.js';
import { qs, qsa, trackInputModality } from './lib/dom.js';
import { initToday, refresh, showToday } from './views/today.js';
import { initBanners, refreshBanners } from './lib/banners.js';
import { setCatalog, relabel } from './lib/labels.js';
import { relabelSigns } from './lib/signs.js';
import { ensureScreen } from './lib/screens.js';
import { setMessages, localize, mark, t } from './lib/i18n.js';

// Every module the first screen needs has been fetched and run by now (imports come first).
performance.mark('mend:modules');
// The page's first style and layout, taken now (while `startup` is on its way) so the
// start-up benchmark can tell it apart; it has to happen before the first paint anyway.
document.body.getBoundingClientRect();
performance.mark('mend:layout');

/**
 * Screens other than Today load on first visit, so start-up reads and runs only what the
 * first screen needs. Each entry gives the module (an `import()` of a literal path, so the
 * bundler makes each screen a file of its own) and its init and show functions.
 */
const lazy = {
  trends: [() => import('./views/trends.js'), 'initTrends', 'showTrends'],
  history: [() => import('./views/history.js'), 'initHistory', 'showHistory'],
  guidance: [() => import('./views/guidance.js'), 'initGuidance', 'showGuidance'],
  settings: [() => import('./views/settings.js'), 'initSettings', 'showSettings'],
};
/** @type {Record<string, Promise<(param?: string) => Promise<void>>>} */
const loaded = {};

/**
 * The show function of a lazily loaded screen, importing and initialising it the first time.
 * @param {string} name
 */
function screen(name) {
  loaded[name] ??= (async () => {
    const [load, init, show] = lazy[name];
    const module = await load();
    await module[init]();
    return module[show];
  })();
  return loaded[name];
}

/** Shows the page: it is in her language now (or something went wrong, and hiding helps nobody). */
const reveal = () => {
  document.documentElement.classList.remove('l10n-pending');
  performance.mark('mend:revealed');
  requestAnimationFrame(() => performance.mark('mend:frame'));
};

/**
 * Where the page's start-up went, in ms from navigation start: its own marks (`mend:…`;
 * resources from Tauri's custom protocol appear in no Resource Timing entry), the HTML
 * received, and the first paint (the first contentful paint, or else the first frame after
 * the page was revealed). Read by the start-up benchmark.
 * @returns {Record<string, number>}
 */
function startupMarks() {
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  /** @type {Record<string, number>} */
  const marks = { html: nav?.responseEnd ?? 0 };
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('mend:')) marks[m.name.slice(5)] = m.startTime;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  marks.paint = paint?.startTime ?? marks.frame;
  return marks;
}
// Never a blank window for long, whatever start-up does (styles.css has the same net).
setTimeout(reveal, 2000);

/** Each screen's "show" function, called whenever the screen is opened. */
const screens = {
  today: (param, summary) => showToday(param, summary),
  ...Object.fromEntries(Object.keys(lazy).map((name) => [name, async (param) => (await screen(name))(param)])),
};

/**
 * Shows the screen named by the URL hash (Today by default); `#guidance/ID` opens an article.
 * @param {any} [summary] today's summary, when already fetched (at start)
 */
async function route(summary) {
  const [hashName, param] = location.hash.slice(1).split('/');
  const name = hashName in screens ? hashName : 'today';
  ensureScreen(name);
  for (const section of qsa('main > .screen')) section.hidden = section.id !== name;
  for (const link of qsa('.nav-link')) {
    if (link.dataset.screen === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.body.dataset.screen = name;
  await screens[name](param, summary);
}

/**
 * Shows the sample-data banner and wires the switch; switching reloads the page on the other database.
 * @param {boolean} demo whether sample data is open
 */
function initDemo(demo) {
  document.body.dataset.demo = String(demo);
  qs('#demo-banner').hidden = !demo;
  const toggle = qs('#toggle-demo');
  mark(toggle, demo ? 'demo-leave' : 'demo-explore');
  const flip = async () => {
    await api.setDemoMode(!demo);
    location.reload();
  };
  toggle.addEventListener('click', flip);
  qs('#leave-demo').addEventListener('click', flip);
}

async function start() {
  trackInputModality();
  // One round trip for everything the first screen needs, started before this module loaded.
  const boot = await booting;
  // Her language first, so every screen (the recovery screen too) opens in it.
  performance.mark('mend:boot');
  setMessages(boot.lang, boot.messages);
  performance.mark('mend:fluent');
  localize(document);
  // The recovery screen and the profile dialog load only when they are needed, so the first
  // screen waits for no module it does not use.
  if (boot.recovery) {
    await (await import('./views/recovery.js')).recoveryNeeded(boot.recovery);
    reveal();
    document.body.dataset.ready = 'true';
    return;
  }
  if (boot.locked) {
    (await import('./views/lock.js')).showLockScreen();
    reveal();
    document.body.dataset.ready = 'true';
    return;
  }
  setCatalog(boot.catalog);
  const profile = () => import('./views/profile.js').then((m) => { m.initProfile(refresh); return m; });
  let profileModule;
  const openProfile = async () => (await (profileModule ??= profile())).openProfile();
  qs('#open-profile').addEventListener('click', () => openProfile());
  initBanners();
  initDemo(boot.demo);
  await initToday(boot.redFlags, boot.mentionSigns);
  window.addEventListener('hashchange', () => route());
  // A new language from Settings: every word on the page, the core's labels and signs, then
  // the screen shown, again (its data, such as the guidance, comes back in the new language).
  window.addEventListener('mend:language', (/** @type {CustomEvent} */ e) => {
    relabel(e.detail.catalog);
    relabelSigns([...e.detail.redFlags, ...e.detail.mentionSigns]);
    localize(document);
    route();
  });
  // The tray menu's "Log pain now…" opens today's check-in.
  api.listen('mend://navigate', () => { location.hash = '#today/log-pain'; });
  await route(boot.today);
  performance.mark('mend:today');
  // The first screen is drawn in her language, its built parts too: show it.
  reveal();
  if (!boot.profile.configured && !boot.demo) await openProfile();
  // Another Mend process (the CLI) may have written while the window was in the background.
  window.addEventListener('focus', () => route());
  // Another computer's changes arrived: show them, unless she is typing (then at next focus).
  api.listen('mend://synced', () => {
    if (!document.activeElement?.matches('input, textarea, select')) route();
  });
  // Reminders missed while Mend was closed show once now.
  await refreshBanners(boot.banners);
  document.body.dataset.ready = 'true';
  await api.appReady(startupMarks());
  // A locked diary locks again after the minutes without use she chose.
  const { watchIdle } = await import('./lib/lock.js');
  watchIdle((await api.lockStatus()).idleLockMs);
}

start().catch((error) => {
  reveal();
  document.body.dataset.ready = 'error';
  document.body.prepend(Object.assign(document.createElement('p'), { className: 'fatal', textContent: t('mend-could-not-start', { message: error.message }) }));
});
