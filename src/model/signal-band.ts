/**
 * Graded words for a fraction (of signal, of pockets filled, of receptor pairs): every drug sentence picks its
 * wording from the band its number falls in, so no sentence can claim more (or less) than the model computes.
 */

/** From most to least: almost all (≥ 90%), most (≥ 60%), about half (≥ 40%), some (> 10%), little (≤ 10%). */
export type Band = 'almost-all' | 'most' | 'about-half' | 'some' | 'little';

/** Bands in order, with the lowest fraction each covers (inclusive), except `some`, which starts above 0.1. */
export const BANDS: readonly { readonly band: Band; readonly from: number }[] = [
  { band: 'almost-all', from: 0.9 },
  { band: 'most', from: 0.6 },
  { band: 'about-half', from: 0.4 },
  { band: 'some', from: 0.1 + Number.EPSILON },
  { band: 'little', from: 0 },
];

/**
 * Above this fraction of normal signal no sentence may say the pathway is fully stopped ("cannot bind",
 * "stay off"): 10%, the top of the `little` band.
 */
export const COMPLETE_BLOCK_MAX_SIGNAL = 0.1;

/** The band a fraction (0 … 1) falls in. */
export function bandOf(fraction: number): Band {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return BANDS.find((entry) => f >= entry.from)!.band;
}

/** Whether a sentence may say the pathway is stopped, given the model's signal. */
export function mayClaimCompleteBlock(signal: number): boolean {
  return signal <= COMPLETE_BLOCK_MAX_SIGNAL;
}

/** A percentage for people: "under 1%" where a non-zero figure rounds to 0, never "0%" or "≤ 0%". */
export function percentWords(fraction: number, under1 = 'under 1%'): string {
  if (fraction > 0 && fraction < 0.005) return under1;
  return `${Math.round(fraction * 100)}%`;
}
