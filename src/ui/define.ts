/**
 * Registers `<jak-stat-explorer>`. Safe to import more than once (several bundles on one page) and on a
 * server without a DOM.
 */
import { JakStatExplorer } from './jak-stat-explorer/jak-stat-explorer';
import { JakStatOverview } from './jak-stat-overview/jak-stat-overview';

/** The element's tag name. */
export const TAG_NAME = 'jak-stat-explorer';

/** The overview table's tag name. */
export const OVERVIEW_TAG_NAME = 'jak-stat-overview';

/** Defines the elements unless they already are (or there is no custom element registry). */
export function defineJakStatExplorer(): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, JakStatExplorer);
  if (!customElements.get(OVERVIEW_TAG_NAME)) customElements.define(OVERVIEW_TAG_NAME, JakStatOverview);
}

declare global {
  interface HTMLElementTagNameMap {
    'jak-stat-explorer': JakStatExplorer;
    'jak-stat-overview': JakStatOverview;
  }
}

declare global {
  interface HTMLElementEventMap {
    'scene-select': CustomEvent<import('./jak-stat-overview/jak-stat-overview').SceneSelectDetail>;
  }
}
