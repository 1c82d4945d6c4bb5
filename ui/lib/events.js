/**
 * @module lib/events
 * One app-wide count of writes, so screens that show derived views (charts) redraw only when
 * something they show may have changed.
 */

let version = 0;

/** Call after any successful write. */
export function dataChanged() {
  version += 1;
}

/** @returns {number} a number that grows with every write this session */
export const dataVersion = () => version;
