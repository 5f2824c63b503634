/**
 * What a JAK inhibitor does to a pathway, as simple competitive binding at the ATP site (S42, S11 in
 * docs/sources.md):
 *
 * - occupancy of each JAK = c / (c + r), where c is the exposure as a multiple of the drug's own JAK1 IC50 and
 *   r is the JAK's IC50 relative to JAK1 (so JAK1 is half-occupied at 1×);
 * - a receptor pair signals only when both of its JAKs are free, so the pathway's output relative to no drug
 *   is the product of (1 − occupancy) over the receptor's JAKs;
 * - every step from JAK activation on proceeds in that proportion; the cytokine still binds and the receptor
 *   still assembles, because the drug acts inside the cell, not on the receptor.
 *
 * These are the model's assumptions, and the product states them as such:
 * - "both JAKs must be free" is sourced for γc receptors (S37, S8) and TSLP (S34) only; for the other receptors it is
 *   the simplest reading, not a measured rule;
 * - a JAK whose potency is not established is counted as free, so the signal is then an upper bound (at most);
 * - a lower-bound ratio (">340×") makes that JAK's occupancy an upper bound, so the signal a lower bound;
 * - IC50 ratios depend on the assay (enzyme or cellular) and on the ATP concentration in it (S28), so this is an
 *   illustration, not a dosing tool: no source here gives clinical blood levels.
 */
import type { Drug, DrugPotency } from './drug-schema';
import type { JakName, Scene } from './scene-schema';

/** How far an occupancy figure can be trusted. */
export type OccupancyCertainty = 'exact' | 'at-most' | 'assumed' | 'not-established';

/**
 * How far the signal figure can be trusted: `about`; `at-most` when a JAK's potency is not established (counted
 * as free); `at-least` when a JAK's occupancy is an upper bound; `unknown` when both apply.
 */
export type SignalBound = 'about' | 'at-most' | 'at-least' | 'unknown';

/** Occupancy of one JAK. */
export interface JakOccupancy {
  /** 0 … 1: the fraction of this JAK's ATP pockets the drug fills. */
  readonly occupancy: number;
  /**
   * `exact`; `at-most` where the potency ratio is a lower bound (">340×"); `assumed` where the ratio is a
   * modelling assumption, not a sourced figure; `not-established` where no figure is confirmed (modelled as 0).
   */
  readonly certainty: OccupancyCertainty;
  readonly sources: readonly string[];
}

/** The result of `simulatePathway`. */
export interface PathwaySimulation {
  readonly sceneId: string;
  readonly drugId: string;
  readonly exposure: number;
  /** Per JAK present in the scene. */
  readonly occupancy: Readonly<Partial<Record<JakName, number>>>;
  /** Per JAK present in the scene, with how certain the figure is and its sources. */
  readonly jaks: Readonly<Partial<Record<JakName, JakOccupancy>>>;
  /** Pathway output relative to no drug, 0 … 1. */
  readonly signal: number;
  /** Whether `signal` is a best estimate or a bound (see SignalBound). */
  readonly signalBound: SignalBound;
  /** Whether any figure behind `signal` is a modelling assumption rather than a sourced figure. */
  readonly assumed: boolean;
  /** For each step: the fraction of receptors for which it proceeds (1 = as without drug). */
  readonly steps: readonly { readonly id: string; readonly proceeds: number }[];
  /** The first step that needs active JAKs (where the drug starts to act), by id. */
  readonly firstBlockedStep: string | undefined;
}

/** Inputs of `simulatePathway`. */
export interface SimulationInput {
  readonly scene: Scene;
  /** A checked drug, or undefined for no drug. */
  readonly drug: Drug | undefined;
  /** Exposure as a multiple of the drug's own JAK1 IC50 (≥ 0). Ignored without a drug. */
  readonly exposure: number;
}

/**
 * The exposures the product offers: multiples of the drug's JAK1 IC50. 0.3× shows a mostly-free JAK1 (partial
 * inhibition); 1× half-fills JAK1; 10× and 100× show selectivity fading as exposure rises.
 */
export const EXPOSURES: readonly number[] = [0.3, 1, 10, 100];

/** Occupancy of a JAK at an exposure (multiples of JAK1 IC50). */
export function occupancyAt(potency: DrugPotency, exposure: number): JakOccupancy {
  if (potency.kind === 'not-established') return { occupancy: 0, certainty: 'not-established', sources: potency.sources };
  if (potency.kind === 'assumed') return { occupancy: exposure / (exposure + potency.ratio), certainty: 'assumed', sources: potency.sources };
  return {
    occupancy: exposure / (exposure + potency.ratio),
    certainty: potency.atLeast ? 'at-most' : 'exact',
    sources: potency.sources,
  };
}

/** Simulates a scene under a drug at an exposure. Pure. */
export function simulatePathway({ scene, drug, exposure }: SimulationInput): PathwaySimulation {
  if (!(exposure >= 0) || !Number.isFinite(exposure)) throw new RangeError(`exposure must be a number ≥ 0, got ${exposure}`);
  const jaks: Partial<Record<JakName, JakOccupancy>> = {};
  const occupancy: Partial<Record<JakName, number>> = {};
  let signal = 1;
  for (const chain of scene.receptor.chains) {
    const name = chain.jak.name;
    const result = drug ? occupancyAt(drug.potency[name], exposure) : { occupancy: 0, certainty: 'exact' as const, sources: [] };
    jaks[name] = result;
    occupancy[name] = result.occupancy;
    // Each chain's JAK must be free: two chains with the same JAK (e.g. JAK2 + JAK2) count twice.
    signal *= 1 - result.occupancy;
  }
  const firstBlocked = firstJakDependentStep(scene);
  let dependent = false;
  const steps = scene.steps.map((step) => {
    if (step.id === firstBlocked) dependent = true;
    return { id: step.id, proceeds: dependent ? signal : 1 };
  });
  const certainties = Object.values(jaks).map((jak) => jak.certainty);
  const upper = certainties.includes('not-established');
  const lower = certainties.includes('at-most');
  const signalBound: SignalBound = upper && lower ? 'unknown' : upper ? 'at-most' : lower ? 'at-least' : 'about';
  return {
    sceneId: scene.id, drugId: drug?.id ?? 'none', exposure: drug ? exposure : 0, occupancy, jaks, signal,
    signalBound, assumed: certainties.includes('assumed'), steps, firstBlockedStep: firstBlocked,
  };
}

/** The first step in which a JAK must act (the first phosphorylation): everything from there needs free JAKs. */
export function firstJakDependentStep(scene: Scene): string | undefined {
  return scene.steps.find((step) => step.actions.some((action) => action.do === 'phosphorylate'))?.id;
}
