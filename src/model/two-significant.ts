/**
 * Rounding to two significant figures, the precision the exposure slider offers. A module of its own: the
 * slider is in the widget's core, while the dose-response model that also uses it loads with the drug's panels.
 */

/** Rounds to two significant figures (3.16 → 3.2, 1234 → 1200). */
export function twoSignificant(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const scale = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Number((Math.round(x / scale) * scale).toPrecision(2));
}
