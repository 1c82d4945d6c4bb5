/**
 * @module main
 * Starts the UI: wires the screens, asks for the profile on first run, shows today.
 * Marks `<body data-ready="true">` once the first screen shows real data (tests wait on it).
 */
import { api } from './api.js';
import { initToday, refresh } from './views/today.js';
import { initProfile, openProfile } from './views/profile.js';

async function start() {
  initProfile(refresh);
  await initToday();
  const profile = await api.getProfile();
  if (!profile.configured) await openProfile();
  // Another Mend process (the CLI) may have written while the window was in the background.
  window.addEventListener('focus', () => refresh());
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  document.body.dataset.ready = 'error';
  document.body.prepend(Object.assign(document.createElement('p'), { className: 'fatal', textContent: `Mend could not start: ${error.message}` }));
});
