/**
 * The cell's receptors as a population: a handful of receptor pairs, each either free or with the drug in one
 * or both of its JAKs' ATP pockets. The numbers follow the simulation exactly (to the nearest pair): the drug
 * fills round(occupancy × count) pockets of each JAK, and round(signal × count) pairs keep both JAKs free and
 * signal. Which pairs are plugged is fixed by a seed made from the scene id, so a picture never changes between
 * runs, and raising the exposure only ever plugs more pockets in the same order.
 */
import type { PathwaySimulation } from './simulate-pathway';
import type { Scene } from './scene-schema';

/** How many receptor pairs the population holds (besides being drawn, it sets the rounding of every count). */
export const POPULATION_SIZE = 16;

/** What the drug does to one pair: which of its two JAKs (chain 0, chain 1) hold a drug in their pocket. */
export type PairCase = 'free' | 'first-plugged' | 'second-plugged' | 'both-plugged';

/** One receptor pair of the population. */
export interface ReceptorPair {
  /** Position along the membrane, 0 … count − 1. */
  readonly index: number;
  /** Drug in the pocket of the JAK on chain 0 / chain 1. */
  readonly plugged: readonly [boolean, boolean];
  readonly case: PairCase;
  /** Both JAKs are free: this pair goes on to phosphorylate STAT. */
  readonly signals: boolean;
}

/** The population under a drug (or none). */
export interface ReceptorPopulation {
  readonly count: number;
  readonly pairs: readonly ReceptorPair[];
  /** Pockets filled per chain's JAK (chain 0, chain 1). */
  readonly pluggedPockets: readonly [number, number];
  /** Pairs with at least one JAK plugged. */
  readonly pluggedPairs: number;
  /** Pairs with both JAKs free: they signal. Equals round(signal × count) wherever the occupancies allow it. */
  readonly signallingPairs: number;
  /** The most common case, which the featured pair on stage shows (ties go to the more inhibited case). */
  readonly typical: PairCase;
  /** How many pairs share the typical case. */
  readonly typicalCount: number;
  /** The pair the stage features: the first of the typical case. */
  readonly featured: ReceptorPair;
}

const caseOf = (a: boolean, b: boolean): PairCase => (a && b ? 'both-plugged' : a ? 'first-plugged' : b ? 'second-plugged' : 'free');

/** Deterministic 32-bit hash of a string (FNV-1a): the seed of a scene's placement. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A seeded shuffle of 0 … n − 1 (mulberry32 + Fisher–Yates). */
export function seededOrder(n: number, seed: number): number[] {
  let t = seed >>> 0;
  const random = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The receptor population of a scene under a simulation. Without a drug every pair is free. Pure and
 * deterministic.
 */
export function receptorPopulation(scene: Scene, simulation: PathwaySimulation, count = POPULATION_SIZE): ReceptorPopulation {
  const [first, second] = scene.receptor.chains.map((chain) => simulation.occupancy[chain.jak.name] ?? 0) as [number, number];
  const k1 = Math.round(first * count);
  const k2 = Math.round(second * count);
  // Free pairs as the signal says, within what the two plugged sets allow (they can overlap at most fully).
  const free = Math.min(count - Math.max(k1, k2), Math.max(count - k1 - k2, Math.round(simulation.signal * count)));
  const overlap = k1 + k2 - (count - free);
  const order = seededOrder(count, seedOf(scene.id));
  // Chain 0's pockets fill in `order`; chain 1's fill first among those (the overlap), then among the rest,
  // in reverse order, so growing exposure only adds plugs.
  const plugged0 = new Set(order.slice(0, k1));
  const reverse = [...order].reverse();
  const plugged1 = new Set([
    ...reverse.filter((i) => plugged0.has(i)).slice(0, overlap),
    ...reverse.filter((i) => !plugged0.has(i)).slice(0, k2 - overlap),
  ]);
  const pairs = Array.from({ length: count }, (_, index): ReceptorPair => {
    const plugged = [plugged0.has(index), plugged1.has(index)] as const;
    return { index, plugged, case: caseOf(...plugged), signals: !plugged[0] && !plugged[1] };
  });
  const tally = new Map<PairCase, number>();
  for (const pair of pairs) tally.set(pair.case, (tally.get(pair.case) ?? 0) + 1);
  // Most inhibited first, so a tie shows the drug at work.
  const ranked: PairCase[] = ['both-plugged', 'first-plugged', 'second-plugged', 'free'];
  const typical = ranked.reduce((best, c) => ((tally.get(c) ?? 0) > (tally.get(best) ?? 0) ? c : best), ranked[0]!);
  const signallingPairs = tally.get('free') ?? 0;
  return {
    count, pairs, pluggedPockets: [k1, k2], pluggedPairs: count - signallingPairs, signallingPairs,
    typical, typicalCount: tally.get(typical) ?? 0, featured: pairs.find((pair) => pair.case === typical)!,
  };
}
