/**
 * Stands in for Pixi's SVG parsers (see vite.shared.ts): the widget draws every shape with Graphics calls and
 * never parses SVG, so the parsers are left out of the bundle. Reaching one is a programming error.
 */
export function SVGParser(): never {
  throw new Error('SVG parsing is not bundled with JAK-STAT Explorer; draw with Graphics calls instead.');
}

export function parseSVGPath(): never {
  throw new Error('SVG paths are not bundled with JAK-STAT Explorer; draw with Graphics calls instead.');
}
