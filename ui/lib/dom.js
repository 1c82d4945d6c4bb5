/**
 * @module lib/dom
 * Small DOM helpers: query, build elements without innerHTML, delegate events.
 */

/**
 * The first element matching `selector` inside `scope`.
 * @param {string} selector
 * @param {ParentNode} [scope]
 * @returns {any}
 */
export const qs = (selector, scope = document) => scope.querySelector(selector);

/**
 * Every element matching `selector` inside `scope`.
 * @param {string} selector
 * @param {ParentNode} [scope]
 * @returns {any[]}
 */
export const qsa = (selector, scope = document) => [...scope.querySelectorAll(selector)];

/**
 * Builds an element. `attrs` keys become attributes (`class`, `data-*`, `aria-*`, …);
 * children are nodes or text (never parsed as HTML).
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(Node | string | number | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * Listens on `root` for `type` events from descendants matching `selector`.
 * @param {Element} root
 * @param {string} type
 * @param {string} selector
 * @param {(event: Event, target: HTMLElement) => void} handler
 */
export function delegate(root, type, selector, handler) {
  root.addEventListener(type, (event) => {
    const target = /** @type {Element} */ (event.target).closest(selector);
    if (target && root.contains(target)) handler(event, /** @type {HTMLElement} */ (target));
  });
}

/**
 * Announces `text` in the polite live region and shows it briefly, with an optional action
 * (such as an Undo button), which keeps it on screen longer.
 * @param {string} text
 * @param {HTMLElement} [action]
 */
export function announce(text, action) {
  const status = qs('#status');
  status.replaceChildren(h('span', {}, text), ...(action ? [action] : []));
  status.dataset.visible = 'true';
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => { status.dataset.visible = 'false'; }, action ? 8000 : 3000);
}
/** @type {number | undefined} */
announce.timer = undefined;

/**
 * Keeps `<html data-input>` at "keyboard" or "pointer", whichever she used last. WebKit does
 * not match :focus-visible when arrow keys move between radio buttons, so the stylesheet shows
 * the focus of the scale's and chips' hidden inputs with this instead.
 */
export function trackInputModality() {
  const root = document.documentElement;
  addEventListener('keydown', () => { root.dataset.input = 'keyboard'; }, true);
  addEventListener('pointerdown', () => { root.dataset.input = 'pointer'; }, true);
}
