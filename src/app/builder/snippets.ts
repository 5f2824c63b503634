/**
 * The embed builder's output for one set-up: copy-ready snippets for a script tag, npm and an iframe, and the
 * app's deep link. Pure text from a WidgetConfig and the site's address, so that a test can put a snippet in a
 * fresh page and get the widget the builder previews.
 */
import { viewHash } from '../hash-state';
import { frameHash, styleDeclarations, widgetAttributes, type WidgetConfig } from '../widget-config';

/** The three snippets and the deep link. */
export interface Snippets {
  readonly scriptTag: string;
  readonly npm: string;
  readonly iframe: string;
  readonly deepLink: string;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The element's tag with the set-up's attributes. */
export function elementTag(config: WidgetConfig): string {
  const attributes = widgetAttributes(config).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attr(value)}"`));
  return `<jak-stat-explorer${attributes.join('')}></jak-stat-explorer>`;
}

/** A style rule for the element: the theme's custom properties and the width (for a stylesheet, or a <style>). */
export function styleRule(config: WidgetConfig): string {
  return `jak-stat-explorer {\n${styleDeclarations(config).map((line) => `  ${line}`).join('\n')}\n}`;
}

/**
 * Every snippet for a set-up. `site` is the folder the built site is served from (ending in '/'): the embed
 * module `jak-stat-explorer.js` (with `locales/` and `chunks/` beside it), `frame.html` and `index.html` are there.
 */
export function snippets(config: WidgetConfig, site: string): Snippets {
  const tag = elementTag(config);
  const style = `<style>\n${styleRule(config)}\n</style>`;
  const scriptTag = `<script type="module" src="${attr(new URL('jak-stat-explorer.js', site).href)}"></script>\n${style}\n${tag}`;
  const npm = `npm install jak-stat-explorer\n\n// In your code:\nimport 'jak-stat-explorer';\n\n<!-- In your page: -->\n${style}\n${tag}`;
  const frame = new URL(`frame.html${frameHash(config)}`, site).href;
  const iframe = `<iframe src="${attr(frame)}" title="JAK-STAT Explorer"\n        width="${config.width}" height="${config.height}" allowfullscreen loading="lazy"></iframe>`;
  return { scriptTag, npm, iframe, deepLink: new URL(`index.html${viewHash(config)}`, site).href };
}
