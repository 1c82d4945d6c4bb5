/**
 * @module lib/screens
 * Screens other than Today wait in `<template data-screen>`s, so the first paint lays out
 * Today alone; this puts one into the page the first time it is needed.
 */
import { qs } from './dom.js';
import { fillControls } from './labels.js';
import { localize } from './i18n.js';

/**
 * Instantiates the screen `name` from its template, with its vocabulary controls built;
 * does nothing once it is in the page.
 * @param {string} name
 */
export function ensureScreen(name) {
  const template = /** @type {HTMLTemplateElement | null} */ (qs(`template[data-screen="${name}"]`));
  if (!template) return;
  const content = template.content;
  fillControls(content);
  localize(content);
  template.replaceWith(content);
}
