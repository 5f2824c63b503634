/**
 * Stand-in for `@pixi/colord/plugins/names` (its table of 148 CSS colour names, ~1 KiB gzip). The widget gives
 * every colour as a number; only Pixi's own defaults name colours, and these are the names it uses.
 */
const NAMES: Readonly<Record<string, string>> = { black: '#000000', white: '#ffffff', red: '#ff0000', transparent: '#0000' };

/** A colord plugin (same shape as the full one): parses the names above, nothing else. */
export default function fewColourNames(
  Colord: new (input: string) => { toRgb(): unknown },
  parsers: { string: [(input: string) => unknown, string][] },
): void {
  parsers.string.push([(input) => (Object.hasOwn(NAMES, input.toLowerCase()) ? new Colord(NAMES[input.toLowerCase()]!).toRgb() : null), 'name']);
}
