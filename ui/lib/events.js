/**
 * @module lib/events
 * One app-wide signal that stored data changed, so screens that show derived views (charts)
 * redraw only when something they show may have changed.
 */

let version = 0;

/** Call after any successful write. */
export function dataChanged() {
  version += 1;
  document.dispatchEvent(new CustomEvent('mend:data-changed', { detail: { version } }));
}

/** @returns {number} a number that grows with every write this session */
export const dataVersion = () => version;
