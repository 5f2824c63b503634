import { fileURLToPath } from 'node:url';
import type { AliasOptions } from 'vite';

/**
 * Build settings shared by the app and the embed module.
 *
 * Pixi pulls in optional extensions (accessibility, DOM and event systems, filters, spritesheets) through a
 * dynamic import that a single-file bundle cannot leave out at run time. The widget uses none of them: it
 * draws with its own Canvas2D renderer and handles input in the DOM. Aliasing them to an empty module keeps
 * about 30 KiB (gzip) out of every page.
 */
const empty = fileURLToPath(new URL('./src/view/pixi-unused-extensions.ts', import.meta.url));
/** The widget never parses SVG (every shape is drawn with Graphics calls): Pixi's SVG parsers stay out too. */
const noSvg = fileURLToPath(new URL('./src/view/pixi-no-svg.ts', import.meta.url));

export const PIXI_TRIM_ALIASES: AliasOptions = [
  { find: /^\.\/browserAll\.mjs$/, replacement: empty },
  { find: /^\.\/webworkerAll\.mjs$/, replacement: empty },
  { find: /^\.\/spritesheet\/init\.mjs$/, replacement: empty },
  { find: /^\.\/svg\/SVGParser\.mjs$/, replacement: noSvg },
  { find: /^\.\.\/svg\/parseSVGPath\.mjs$/, replacement: noSvg },
];
