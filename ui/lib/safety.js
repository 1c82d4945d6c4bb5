/**
 * @module lib/safety
 * The red-flag card and the sign lists, shared by Today, the alert bar and History. Every word
 * of the card comes from the core (FACTS.md); this module only lays it out.
 */
import { h } from './dom.js';

/** What the strong label before a red-flag message says, by level. */
export const LEVEL_LABEL = { emergency: 'Emergency', urgent: 'Urgent' };

/**
 * A notice as Today shows it: the red-flag card in full, other notices as one line.
 * @param {any} n a notice from the core
 * @returns {HTMLElement}
 */
export function noticeElement(n) {
  const more = n.articleId ? [' ', h('a', { href: `#guidance/${n.articleId}` }, n.card ? 'When to see a clinician' : 'Read more')] : [];
  if (!n.card) return h('p', { class: `notice ${n.level}`, 'data-code': n.code }, n.message, more);
  const c = n.card;
  return h('div', { class: `notice card-flag ${n.level}`, 'data-code': n.code, role: 'group', 'aria-label': `${LEVEL_LABEL[n.level]}: get help now` },
    h('p', { class: 'flag-action' }, h('strong', {}, `${LEVEL_LABEL[n.level]}: `), c.action),
    h('p', {}, 'You noted: ', c.signs.join('; '), '.'),
    c.raised ? h('p', { class: 'flag-raised' }, c.raised) : [],
    h('p', { class: 'flag-instinct' }, c.instinct),
    h('p', { class: 'flag-script' }, 'Words to use: ', h('q', { class: 'script' }, c.script)),
    c.crisisLines.length
      ? [h('p', {}, 'Crisis lines, for example:'), h('ul', { class: 'crisis-lines' }, ...c.crisisLines.map((line) => h('li', {}, line)))]
      : [],
    h('p', {}, more));
}

/**
 * One check-in option.
 * @param {{id: string, label: string, level: string}} f
 */
export function signOption(f) {
  return h('label', { class: `check red-flag ${f.level}` },
    h('input', { type: 'checkbox', name: 'flag', value: f.id }), h('span', {}, f.label));
}
