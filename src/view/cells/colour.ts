/** Colour arithmetic for scenery that must blend with the regions it is painted over. */

/** Blend two 0xRRGGBB colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, shift: number): number => (c >> shift) & 0xff;
  const lerp = (shift: number): number => Math.round(ch(a, shift) + (ch(b, shift) - ch(a, shift)) * t) << shift;
  return lerp(16) | lerp(8) | lerp(0);
}
