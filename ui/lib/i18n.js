/**
 * @module lib/i18n
 * The window's words in her language: the core sends the Fluent catalog of the language in
 * force (at start, and when she changes it in Settings); this formats its messages and fills
 * every element marked `data-l10n-id`. The English text written in index.html stays as the
 * fallback for a message a catalog lacks.
 */
import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';
import { qsa } from './dom.js';

/** @type {FluentBundle | null} */
let bundle = null;
let current = 'en';

/**
 * Takes the catalog of `lang` (Fluent source text) as the one in force.
 * @param {string} lang a BCP 47 tag, e.g. "zh-CN"
 * @param {string} ftl the catalog
 */
export function setMessages(lang, ftl) {
  const next = new FluentBundle(lang, { useIsolating: false });
  const errors = next.addResource(new FluentResource(ftl));
  for (const error of errors) console.warn(`mend: ${lang} catalog: ${error.message}`);
  bundle = next;
  current = lang;
  document.documentElement.lang = lang;
}

/** @returns {string} the language in force, e.g. "zh-CN" */
export const lang = () => current;

/**
 * The message `id`, with `args` filled in; the id itself when the catalog lacks it (a core
 * test checks that every id the window uses exists in every catalog).
 * @param {string} id
 * @param {Record<string, string | number>} [args]
 * @returns {string}
 */
export function t(id, args) {
  const message = bundle?.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args ?? null);
}

/**
 * One attribute of a message (`.placeholder`, `.aria-label`, `.title`), or null.
 * @param {string} id
 * @param {string} name
 * @param {Record<string, string | number>} [args]
 */
function attribute(id, name, args) {
  const pattern = bundle?.getMessage(id)?.attributes?.[name];
  return pattern ? bundle.formatPattern(pattern, args ?? null) : null;
}

/**
 * Fills every element under `root` marked `data-l10n-id`: its text from the message's value
 * (elements with child elements keep them: mark the text in a `<span>` instead), and the
 * attributes named in `data-l10n-attrs` from the message's attributes. `data-l10n-args`
 * (JSON) gives the message its arguments. An element whose message is missing keeps its text.
 * @param {ParentNode} root
 */
export function localize(root) {
  if (!bundle) return;
  for (const el of qsa('[data-l10n-id]', root)) {
    const id = el.dataset.l10nId;
    const message = bundle.getMessage(id);
    if (!message) continue;
    const args = el.dataset.l10nArgs ? JSON.parse(el.dataset.l10nArgs) : undefined;
    if (message.value && el.childElementCount === 0) el.textContent = bundle.formatPattern(message.value, args ?? null);
    for (const name of (el.dataset.l10nAttrs ?? '').split(/[\s,]+/).filter(Boolean)) {
      const value = attribute(id, name, args);
      if (value !== null) el.setAttribute(name, value);
    }
  }
}

/**
 * Marks `el` with a message and fills it now, so a later `localize` (a language change) fills
 * it again.
 * @template {HTMLElement} E
 * @param {E} el
 * @param {string} id
 * @param {Record<string, string | number>} [args]
 * @returns {E}
 */
export function mark(el, id, args) {
  el.dataset.l10nId = id;
  if (args) el.dataset.l10nArgs = JSON.stringify(args);
  else delete el.dataset.l10nArgs;
  el.textContent = t(id, args);
  return el;
}

/**
 * Items joined as a list in the language in force ("a, b" or "a、b").
 * @param {string[]} items
 */
export const commaList = (items) => items.join(t('list-comma'));

/**
 * Longer items (whole phrases) joined as a list ("a; b" or "a；b").
 * @param {string[]} items
 */
export const semicolonList = (items) => items.join(t('list-semicolon'));

/**
 * A date in the language in force, e.g. "Tuesday 24 November 2026" or "2026年11月24日星期二".
 * @param {Date} date
 * @param {Intl.DateTimeFormatOptions} options
 */
export const formatDate = (date, options) => date.toLocaleDateString(current, options);

/**
 * A number in the language in force, e.g. 2,500.
 * @param {number} n
 */
export const formatNumber = (n) => n.toLocaleString(current);
