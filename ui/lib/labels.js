/**
 * @module lib/labels
 * The core's vocabularies, labels and limits, received once at start (the UI keeps no copy),
 * the controls built from them, and one-line descriptions of entries.
 */
import { qsa, h } from './dom.js';
import { t, commaList } from './i18n.js';

/** @type {Record<string, {id: string, label: string}[]>} */
let vocabulary = {};
/** @type {Record<string, any>} */
let limits = {};
/** @type {Record<string, string>} */
let words = {};

/**
 * Keeps the catalog the core sent and builds every control marked `data-vocab` or `data-limit`.
 * @param {{vocabulary: Record<string, {id: string, label: string}[]>, limits: Record<string, any>}} catalog
 */
export function setCatalog(catalog) {
  vocabulary = catalog.vocabulary;
  limits = catalog.limits;
  words = Object.fromEntries(Object.values(vocabulary).flat().map((t) => [t.id, t.label]));
  fillControls(document);
}

/**
 * Takes the catalog of a new language and relabels, in place, every control built from it:
 * those marked `data-vocab` and the words marked `data-term="vocabulary:id"`.
 * @param {{vocabulary: Record<string, {id: string, label: string}[]>, limits: Record<string, any>}} catalog
 */
export function relabel(catalog) {
  vocabulary = catalog.vocabulary;
  limits = catalog.limits;
  words = Object.fromEntries(Object.values(vocabulary).flat().map((t) => [t.id, t.label]));
  const named = (name) => Object.fromEntries(terms(name).map((t) => [t.id, t.label]));
  for (const el of qsa('[data-vocab]')) {
    const names = named(el.dataset.vocab);
    for (const option of qsa('option', el)) if (option.value in names) option.textContent = names[option.value];
    for (const input of qsa('input[type=radio]', el)) {
      if (input.value in names) input.parentElement.lastChild.textContent = ` ${names[input.value]}`;
    }
  }
  for (const el of qsa('[data-term]')) {
    const [name, id] = el.dataset.term.split(':');
    el.textContent = named(name)[id] ?? el.textContent;
  }
}

/**
 * Builds the controls under `root` marked `data-vocab` or `data-limit` (for a screen whose
 * markup arrives later, from its template).
 * @param {ParentNode} root
 */
export function fillControls(root) {
  for (const el of qsa('[data-vocab]', root)) fill(el);
  for (const input of qsa('[data-limit]', root)) [input.min, input.max] = limits[input.dataset.limit].map(String);
}

/**
 * Fills a select with options, or a fieldset with radio buttons, for one vocabulary; the
 * member named by `data-default` is the one a reset returns to.
 * @param {HTMLElement} el
 */
function fill(el) {
  const list = vocabulary[el.dataset.vocab] ?? [];
  const byDefault = el.dataset.default;
  if (el instanceof HTMLSelectElement) {
    el.append(...list.map((t) => {
      const option = h('option', { value: t.id }, t.label);
      option.defaultSelected = t.id === byDefault;
      return option;
    }));
    return;
  }
  const radios = list.map((t) => {
    const input = h('input', { type: 'radio', name: el.dataset.name, value: t.id });
    input.defaultChecked = t.id === byDefault;
    return h('label', {}, input, ` ${t.label}`);
  });
  el.querySelector('legend').after(...radios);
}

/** @param {string} name a vocabulary @returns {{id: string, label: string}[]} */
export const terms = (name) => vocabulary[name] ?? [];

/** @param {string} name a limit, e.g. `exerciseMinutesPerWeek` */
export const limit = (name) => limits[name];

/**
 * The display words for a vocabulary name.
 * @param {string} name
 * @returns {string}
 */
export const label = (name) => words[name] ?? name;

/**
 * One line describing an entry, e.g. "6/10 · (where) · 08:30 · stiff".
 * @param {'pain' | 'exercise' | 'calcium'} kind
 * @param {any} e
 * @returns {string}
 */
export function describeEntry(kind, e) {
  const lower = (name) => label(name).toLowerCase();
  const parts = kind === 'pain'
    ? [`${e.score}/${limits.scoreMax}`, commaList(e.locations.map(label)), e.time]
    : kind === 'exercise'
      ? [t('entry-exercise', { kind: label(e.kind), minutes: e.minutes }), lower(e.intensity)]
      : [t('entry-calcium', { mg: e.mg }), lower(e.source), e.time];
  return [...parts, e.note].filter(Boolean).join(' · ');
}

/**
 * A day summary's entries as one list: pain first, then exercise, then calcium.
 * @param {any} s
 * @returns {{kind: 'pain' | 'exercise' | 'calcium', entry: any}[]}
 */
export function grouped(s) {
  return [
    ...s.pain.map((entry) => ({ kind: 'pain', entry })),
    ...s.exercise.map((entry) => ({ kind: 'exercise', entry })),
    ...s.calcium.map((entry) => ({ kind: 'calcium', entry })),
  ];
}
