/**
 * How far a target gene's expression moves from its usual level, given the whole cell's signal (1 without a
 * drug). Genes the pathway turns up or down move by the signal; a gene the pathway keeps expressed (e.g.
 * IL31RA, which sensory neurons keep making only with STAT3, S30) stays at its usual level with full signal and
 * falls by the part of the signal that is missing.
 */

/** What the pathway does to a gene. */
export type GeneChange = 'up' | 'down' | 'kept';

/** The gene's expression change, −1 … +1 (0 = its usual level), once transcription has run. */
export function geneLevel(change: GeneChange, signal: number): number {
  if (change === 'kept') return signal - 1;
  return (change === 'down' ? -1 : 1) * signal;
}
