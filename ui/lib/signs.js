/**
 * @module lib/signs
 * The red-flag check-in ("Any of these today?") and the card ticked signs show. Every word of
 * the card comes from the core (FACTS.md); this module lays it out and saves ticks in order.
 */
import { api } from '../api.js';
import { qs, qsa, h, announce } from './dom.js';
import { t, semicolonList } from './i18n.js';

/**
 * What the strong label before a red-flag message says, by level.
 * @param {string} level 'emergency' or 'urgent'
 */
export const levelLabel = (level) => (level === 'emergency' ? t('level-emergency') : t('level-urgent'));

/** The last save queued, so quick ticks are saved one after another, in order. */
let saved = Promise.resolve();
/** Saves queued and not yet done: while any are, the boxes show what she ticked, not the store. */
let pending = 0;

/** @typedef {{id: string, label: string, level: string, group: string, groupLabel: string}} Sign */

/**
 * Builds both lists of signs and saves every tick for the day `dateOf()` names.
 * @param {Sign[]} flags red flags, in the core's order: by group, most serious first
 * @param {Sign[]} mention signs worth raising at the next appointment
 * @param {() => string} dateOf the day being logged
 * @param {() => Promise<void>} after redraws the day once a save is done
 */
export function initSigns(flags, mention, dateOf, after) {
  qs('#red-flag-options').append(...signGroups(flags));
  qs('#mention-options').append(...mention.map(signOption));
  qs('#red-flag-form').addEventListener('change', () => save(dateOf(), after));
}

/**
 * Saves the ticked signs; their card shows at once. Each save takes the boxes as they are at
 * the tick and saves run in order, so the last tick is what is stored.
 * @param {string} date
 * @param {() => Promise<void>} after
 */
function save(date, after) {
  const ticked = qsa('#red-flag-form input[name=flag]:checked').map((input) => input.value);
  pending += 1;
  qs('#red-flag-form').setAttribute('aria-busy', 'true');
  saved = saved.then(async () => {
    try {
      await api.saveRedFlags(date, ticked);
    } catch (error) {
      announce(error.message);
    } finally {
      pending -= 1;
    }
    await after();
    if (pending === 0) qs('#red-flag-form').removeAttribute('aria-busy');
    if (ticked.length) {
      qs('#notices').scrollIntoView({ block: 'nearest' });
      // The box she is on stays in view, so her focus is never scrolled away.
      const focused = document.activeElement;
      if (focused && qs('#red-flag-form').contains(focused)) focused.scrollIntoView({ block: 'nearest' });
    }
  });
  return saved;
}

/**
 * Ticks the boxes of the signs stored for the shown day, unless a save is on its way.
 * @param {string[]} stored
 */
export function showTicked(stored) {
  if (pending > 0) return;
  for (const box of qsa('#red-flag-form input[name=flag]')) box.checked = stored.includes(box.value);
}

/**
 * A notice as Today shows it: the red-flag card in full, other notices as one line.
 * @param {any} n a notice from the core
 * @returns {HTMLElement}
 */
export function noticeElement(n) {
  const link = n.card ? t('notice-see-clinician') : t('notice-read-more');
  const more = n.articleId ? [' ', h('a', { href: `#guidance/${n.articleId}` }, link)] : [];
  if (!n.card) return h('p', { class: `notice ${n.level}`, 'data-code': n.code }, n.message, more);
  const c = n.card;
  const level = levelLabel(n.level);
  return h('div', { class: `notice card-flag ${n.level}`, 'data-code': n.code, role: 'group', 'aria-label': t('notice-card-label', { level }) },
    h('p', { class: 'flag-action' }, h('strong', {}, t('notice-level', { level })), c.action),
    h('p', {}, t('notice-you-noted', { signs: semicolonList(c.signs) })),
    c.raised ? h('p', { class: 'flag-raised' }, c.raised) : [],
    h('p', { class: 'flag-instinct' }, c.instinct),
    h('p', { class: 'flag-script' }, t('notice-words-to-use'), h('q', { class: 'script' }, c.script)),
    c.crisisLines.length
      ? [h('p', {}, t('notice-crisis-lines')), h('ul', { class: 'crisis-lines' }, ...c.crisisLines.map((line) => h('li', {}, line)))]
      : [],
    h('p', {}, more));
}

/**
 * The red flags under their short headings, one fieldset each, so a long list stays
 * scannable and a screen reader announces the heading with each box.
 * @param {Sign[]} flags
 * @returns {HTMLElement[]}
 */
function signGroups(flags) {
  /** @type {{id: string, label: string, signs: Sign[]}[]} */
  const groups = [];
  for (const f of flags) {
    if (groups.at(-1)?.id !== f.group) groups.push({ id: f.group, label: f.groupLabel, signs: [] });
    groups.at(-1)?.signs.push(f);
  }
  return groups.map((g) => h('fieldset', { class: 'sign-group', 'data-group': g.id },
    h('legend', {}, g.label), ...g.signs.map(signOption)));
}

/**
 * One check-in option.
 * @param {{id: string, label: string, level: string}} f
 */
function signOption(f) {
  return h('label', { class: `check red-flag ${f.level}` },
    h('input', { type: 'checkbox', name: 'flag', value: f.id }), h('span', { 'data-sign': f.id }, f.label));
}

/**
 * Relabels the signs to tick, and their headings, in a new language.
 * @param {Sign[]} signs every sign, red flags and those to mention
 */
export function relabelSigns(signs) {
  for (const s of signs) {
    const span = qs(`#red-flag-form [data-sign="${s.id}"]`);
    if (span) span.textContent = s.label;
    const legend = qs(`#red-flag-form [data-group="${s.group}"] > legend`);
    if (legend) legend.textContent = s.groupLabel;
  }
}
