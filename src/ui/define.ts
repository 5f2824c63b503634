/**
 * Registers `<jak-stat-explorer>`. Safe to import more than once (several bundles on one page) and on a
 * server without a DOM.
 */
import { JakStatExplorer } from './jak-stat-explorer/jak-stat-explorer';

/** The element's tag name. */
export const TAG_NAME = 'jak-stat-explorer';

/** Defines the element unless it already is (or there is no custom element registry). */
export function defineJakStatExplorer(): void {
  if (typeof customElements === 'undefined' || customElements.get(TAG_NAME)) return;
  customElements.define(TAG_NAME, JakStatExplorer);
}

declare global {
  interface HTMLElementTagNameMap {
    'jak-stat-explorer': JakStatExplorer;
  }
}
