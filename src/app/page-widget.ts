/**
 * Sets up a page's one widget from its URL (frame.html for iframes, scorm.html for learning platforms): the
 * attributes and theme the builder's iframe snippet, or a SCORM manifest, put in the query and hash.
 */
import { readPageWidget } from './widget-config';

/** Applies the URL's set-up to `element` (before it is connected, so that autoplay and the range apply at once). */
export function applyPageWidget(element: HTMLElement, location: Pick<Location, 'search' | 'hash'>): void {
  const { attributes, theme } = readPageWidget(location.search, location.hash);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // Through the CSSOM, which a strict CSP (style-src 'self') allows, unlike a style attribute in the markup.
  for (const [name, value] of Object.entries(theme)) element.style.setProperty(name, value);
}
