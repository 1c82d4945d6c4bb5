/**
 * @module views/lock
 * The lock screen, shown instead of everything else while her encrypted diary waits for its
 * passphrase: the passphrase, or "Use recovery code" (the code and a new passphrase, for when
 * she has forgotten hers). A wrong one is said next to the box; nothing changes.
 */
import { api } from '../api.js';
import { qs } from '../lib/dom.js';
import { ensureScreen } from '../lib/screens.js';
import { mark } from '../lib/i18n.js';
import { sameTwice } from '../lib/lock.js';
import { showError, clearErrors } from '../lib/forms.js';

/** Shows the lock screen (and only it). */
export function showLockScreen() {
  document.body.dataset.locked = 'true';
  ensureScreen('lock');
  for (const section of document.querySelectorAll('main > .screen')) section.hidden = section.id !== 'lock';
  qs('.app-header nav').hidden = true;
  const form = /** @type {HTMLFormElement} */ (qs('#unlock-form'));
  let withCode = false;
  const show = () => {
    qs('#unlock-with-passphrase').hidden = withCode;
    qs('#unlock-with-code').hidden = !withCode;
    mark(qs('#unlock-switch'), withCode ? 'unlock-use-passphrase' : 'unlock-use-code');
    mark(qs('#unlock-submit'), withCode ? 'unlock-submit-code' : 'unlock-submit');
    clearErrors(form);
    (withCode ? form.elements.recoveryCode : form.elements.passphrase).focus();
  };
  qs('#unlock-switch').addEventListener('click', () => { withCode = !withCode; show(); });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const el = form.elements;
    if (withCode && !sameTwice(form)) return;
    form.setAttribute('aria-busy', 'true');
    try {
      if (withCode) {
        await api.changePassphrase(null, el.recoveryCode.value, el.newPassphrase.value);
        await api.unlock(el.newPassphrase.value);
      } else {
        await api.unlock(el.passphrase.value);
      }
    } catch (error) {
      form.removeAttribute('aria-busy');
      showError(form, error.field, error.message);
      return;
    }
    form.reset();
    location.hash = '#today';
    location.reload();
  });
  show();
}
