/**
 * Where the receptor population is drawn, and how far along its story is at a moment. The featured (big) pair
 * is one of the population's pairs, the first one of the typical case; the other pairs sit small in the
 * membrane on either side of it, in index order, in slots clear of the featured pair, the resting STATs and
 * ATP, the waiting drug molecules and the region labels. From nuclear import on, each signalling pair besides
 * the featured one puts a small STAT dimer in the nucleus. Pure: the same inputs always give the same places.
 */
import { MEMBRANE } from './geometry';
import { POPULATION_SIZE, type ReceptorPair, type ReceptorPopulation } from './receptor-population';
import { roleOf, type StepRole } from './step-role';

/** A small pair's shape, relative to its centre on the membrane (stage units). */
export const MINI_PAIR = {
  /** Chain centres (and their JAKs) lie this far either side of the pair's centre. */
  halfGap: 8,
  /** Top of the extracellular lobes: the region labels and the cell pictogram keep above it. */
  top: MEMBRANE.top - 12,
  /** The JAK hanging under each chain: centre y, half width, half height. */
  jak: { y: MEMBRANE.bottom + 14, rx: 7.5, ry: 12 },
} as const;

/**
 * Membrane x of the small pairs, left to right: six left of the featured pair, nine right of it, leaving gaps
 * where the unbound drug molecules wait (x ≈ 250 and 1060) and where the cytoplasm label sits (x < 135).
 */
export const POPULATION_SLOTS: readonly number[] = [150, 190, 300, 340, 380, 420, 860, 900, 940, 980, 1020, 1100, 1140, 1180, 1220];

/**
 * Where the small STAT dimers gather in the nucleus: three rows of five (enough for every pair but the featured
 * one) between the nucleus label and the featured dimer on the GAS motif, the row by the DNA first.
 */
const DIMER_SLOTS: readonly { x: number; y: number }[] = [656, 630, 604].flatMap((y) =>
  Array.from({ length: 5 }, (_, k) => ({ x: 320 + 30 * k, y })),
);

/** A small pair and where it stands. */
export interface PlacedPair {
  readonly pair: ReceptorPair;
  readonly x: number;
}

/** The population as drawn. */
export interface PopulationLayout {
  /** The pair the big receptor on stage stands for. */
  readonly featured: ReceptorPair;
  readonly small: readonly PlacedPair[];
  /** One place per small dimer: the signalling pairs other than the featured one. */
  readonly dimers: readonly { x: number; y: number }[];
}

const FREE_PAIRS: readonly ReceptorPair[] = Array.from({ length: POPULATION_SIZE }, (_, index) => ({
  index, plugged: [false, false] as const, case: 'free' as const, signals: true,
}));

/** The layout of a population (none: no drug, every pair free and signalling). */
export function populationLayout(population: ReceptorPopulation | undefined): PopulationLayout {
  const pairs = population?.pairs ?? FREE_PAIRS;
  // The same pair the treatment features on stage (without a drug, every pair is free: the first).
  const featured = population?.featured ?? pairs[0]!;
  const others = pairs.filter((pair) => pair !== featured);
  const small = others.slice(0, POPULATION_SLOTS.length).map((pair, i) => ({ pair, x: POPULATION_SLOTS[i]! }));
  const dimerCount = pairs.filter((pair) => pair.signals && pair !== featured).length;
  return { featured, small, dimers: DIMER_SLOTS.slice(0, dimerCount) };
}

/** How far the population's story has got: 0 … 1 each. */
export interface PopulationPhase {
  /** Through the JAK-activation step: the signalling pairs light up. */
  readonly lit: number;
  /** Through the nuclear-import step: the small dimers arrive. */
  readonly imported: number;
}

/** The population's phase at `time` (seconds into the timeline) of a plan's steps, found by their roles. */
export function populationPhase(
  steps: readonly { readonly duration: number }[],
  sceneSteps: readonly { readonly role: StepRole }[],
  time: number,
): PopulationPhase {
  const through = (role: StepRole): number => {
    let start = 0;
    for (let i = 0; i < steps.length; i++) {
      const duration = steps[i]!.duration;
      if (sceneSteps[i] && roleOf(sceneSteps[i]!) === role) return Math.min(1, Math.max(0, (time - start) / Math.max(1e-9, duration)));
      start += duration;
    }
    return 0;
  };
  return { lit: through('jak-activation'), imported: through('nuclear-import') };
}
