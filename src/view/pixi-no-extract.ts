/**
 * Stands in for Pixi's ExtractSystem (see vite.shared.ts): the widget never reads a picture back through the
 * renderer (exports copy its own canvases; tests read canvas pixels), so `renderer.extract` (images, base64,
 * pixels, downloads) is left out. Pixi registers this stand-in as an extension of no type, which registers
 * nothing: `renderer.extract` is undefined.
 */
export const ExtractSystem = { extension: { type: [], name: 'extract-not-bundled' } };
