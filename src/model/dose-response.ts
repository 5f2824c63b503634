/**
 * The dose-response of one drug on one scene: occupancy of each JAK and the scene's signal against exposure, on a
 * log axis from 0.1× to 1000× the drug's own JAK1 IC50. Every figure comes from `simulatePathway` or
 * `occupancyAt`, so the plot, its table and the panel can never disagree (S42, S11, S28 in docs/sources.md).
 *
 * The exposure axis is each drug's own: 1× half-fills that drug's JAK1, so exposures of different drugs are not
 * comparable, and nothing here puts two drugs on one axis.
 */
import type { Drug } from './drug-schema';
import { JAK_NAMES } from './overview';
import type { JakName, Scene } from './scene-schema';
import { occupancyAt, simulatePathway, type OccupancyCertainty, type SignalBound } from './simulate-pathway';

/** The exposure range plotted (multiples of the drug's JAK1 IC50). */
export const DOSE_RANGE = { min: 0.1, max: 1000 } as const;

/** The decades of the log axis, where ticks go. */
export const DECADES: readonly number[] = [0.1, 1, 10, 100, 1000];

/** The exposures the data table lists (besides the chosen one). */
export const TABLE_EXPOSURES: readonly number[] = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000];

/** One exposure's figures. Occupancy of a JAK whose potency is not established is absent, never a number. */
export interface DosePoint {
  readonly exposure: number;
  readonly occupancy: Readonly<Partial<Record<JakName, number>>>;
  readonly signal: number;
}

/** How one JAK's curve is drawn and labelled. */
export interface JakCurve {
  readonly jak: JakName;
  readonly certainty: OccupancyCertainty;
  /** Whether the scene's receptor uses this JAK (drawn emphasised). */
  readonly inScene: boolean;
  /** The potency's qualitative note, where it has one (assumed and not-established figures). */
  readonly note: string | undefined;
  readonly sources: readonly string[];
  /** Exposure (× JAK1 IC50) that fills half of this JAK's pockets: its IC50 ratio; undefined when not established. */
  readonly halfAt: number | undefined;
}

/** Occupancy of the selective target and of another JAK at one exposure. */
export interface SelectivityPoint {
  readonly exposure: number;
  readonly jak1: number;
  readonly other: number;
}

/** What the plot and the table show. */
export interface DoseResponse {
  readonly sceneId: string;
  readonly drugId: string;
  /** The chosen exposure (marked on the plot). */
  readonly exposure: number;
  readonly jaks: readonly JakCurve[];
  readonly signalBound: SignalBound;
  /** Whether the signal rests on an assumed figure. */
  readonly signalAssumed: boolean;
  /** Evenly spaced on the log axis, ends included. */
  readonly samples: readonly DosePoint[];
  /** TABLE_EXPOSURES plus the chosen exposure, in order, without repeats. */
  readonly rows: readonly DosePoint[];
  /** The chosen exposure's figures. */
  readonly chosen: DosePoint;
  /**
   * Selectivity fading with exposure: JAK1 against the JAK it is compared with (the scene's other JAK where that
   * is drawn, else the most-hit other drawn JAK), at 1× and at a higher exposure where the gap has shrunk.
   * Undefined when no other JAK is drawn.
   */
  readonly selectivity:
    | {
        readonly jak: JakName;
        readonly certainty: OccupancyCertainty;
        readonly low: SelectivityPoint;
        readonly high: SelectivityPoint;
        /** Whether the gap between the two curves clearly shrinks from `low` to `high`. */
        readonly fades: boolean;
      }
    | undefined;
  /** The kinds of assay the drug's measured ratios come from, with their sources (empty when none is measured). */
  readonly assays: readonly { readonly assay: 'enzyme' | 'cellular'; readonly sources: readonly string[] }[];
}

/** Exposures evenly spaced on the log axis from DOSE_RANGE.min to .max, `count` of them. */
export function logSamples(count: number): number[] {
  const lo = Math.log10(DOSE_RANGE.min);
  const hi = Math.log10(DOSE_RANGE.max);
  return Array.from({ length: count }, (_, i) => 10 ** (lo + ((hi - lo) * i) / (count - 1)));
}

/** The drug's figures at one exposure: every JAK (the scene's from the simulation) and the scene's signal. */
export function dosePoint(scene: Scene, drug: Drug, exposure: number): DosePoint {
  const simulation = simulatePathway({ scene, drug, exposure });
  const occupancy: Partial<Record<JakName, number>> = {};
  for (const jak of JAK_NAMES) {
    const result = simulation.jaks[jak] ?? occupancyAt(drug.potency[jak], exposure);
    if (result.certainty !== 'not-established') occupancy[jak] = result.occupancy;
  }
  return { exposure, occupancy, signal: simulation.signal };
}

/** The dose-response of a drug on a scene, with the chosen exposure marked. Pure. */
export function doseResponse(scene: Scene, drug: Drug, exposure: number, sampleCount = 61): DoseResponse {
  const chosenSimulation = simulatePathway({ scene, drug, exposure });
  const sceneJaks = new Set(scene.receptor.chains.map((chain) => chain.jak.name));
  const jaks = JAK_NAMES.map((jak): JakCurve => {
    const potency = drug.potency[jak];
    const { certainty, sources } = occupancyAt(potency, 1);
    return {
      jak, certainty, sources, inScene: sceneJaks.has(jak),
      note: potency.kind === 'ratio' ? undefined : potency.note,
      halfAt: potency.kind === 'not-established' ? undefined : potency.ratio,
    };
  });
  const rowExposures = [...new Set([...TABLE_EXPOSURES, exposure])].sort((a, b) => a - b);
  return {
    sceneId: scene.id, drugId: drug.id, exposure, jaks,
    signalBound: chosenSimulation.signalBound, signalAssumed: chosenSimulation.assumed,
    samples: logSamples(sampleCount).map((x) => dosePoint(scene, drug, x)),
    rows: rowExposures.map((x) => dosePoint(scene, drug, x)),
    chosen: dosePoint(scene, drug, exposure),
    selectivity: selectivityOf(scene, drug, jaks),
    assays: assaysOf(drug),
  };
}

/** JAK1 against the JAK it is compared with, at 1× and 100× (see DoseResponse.selectivity). */
function selectivityOf(scene: Scene, drug: Drug, jaks: readonly JakCurve[]): DoseResponse['selectivity'] {
  const drawn = jaks.filter((curve) => curve.jak !== 'JAK1' && curve.halfAt !== undefined);
  const other = drawn.find((curve) => curve.inScene) ?? [...drawn].sort((a, b) => a.halfAt! - b.halfAt!)[0];
  if (!other) return undefined;
  const at = (exposure: number): SelectivityPoint => {
    const point = dosePoint(scene, drug, exposure);
    return { exposure, jak1: point.occupancy.JAK1 ?? 0, other: point.occupancy[other.jak] ?? 0 };
  };
  // The gap at 1× and at r× is the same for a ratio r (the curves are the same shape, shifted on the log axis), so
  // the higher exposure is the first of 10×, 100×, 1000× where the gap has clearly shrunk (100× where it never does).
  const low = at(1);
  const gap = (p: SelectivityPoint) => p.jak1 - p.other;
  const high = [10, 100, 1000].map(at).find((p) => gap(p) < gap(low) - FADED) ?? at(100);
  return { jak: other.jak, certainty: other.certainty, low, high, fades: gap(high) < gap(low) - FADED };
}

/** How far the JAK1-to-other gap must shrink (as a fraction of pockets) to count as selectivity fading. */
const FADED = 0.1;

/** The assay kinds of a drug's measured ratios (JAK1, the reference, included), each with its sources. */
export function assaysOf(drug: Drug): DoseResponse['assays'] {
  const byAssay = new Map<'enzyme' | 'cellular', Set<string>>();
  for (const jak of JAK_NAMES) {
    const potency = drug.potency[jak];
    if (potency.kind !== 'ratio') continue;
    const sources = byAssay.get(potency.assay) ?? new Set<string>();
    potency.sources.forEach((id) => sources.add(id));
    byAssay.set(potency.assay, sources);
  }
  return [...byAssay].map(([assay, sources]) => ({ assay, sources: [...sources] }));
}
