import type { GeneChange } from './gene-level';

/**
 * Actors are the molecules on stage. The model gives each one a state per moment; the view only draws it.
 */

/** Every kind of molecule the engine knows how to place and draw. */
export type ActorKind = 'cytokine' | 'receptor' | 'jak' | 'stat' | 'atp' | 'socs' | 'gene' | 'route' | 'drug';

/** The kinds, in drawing order (back to front). */
export const ACTOR_KINDS: readonly ActorKind[] = ['route', 'gene', 'receptor', 'jak', 'socs', 'stat', 'atp', 'drug', 'cytokine'];

/**
 * What an actor is. `side` says which receptor chain (0 = left, 1 = right) an actor belongs to, where that
 * matters for drawing (a JAK faces its partner, a receptor's tyrosines face outward).
 */
export interface ActorDef {
  readonly id: string;
  readonly kind: ActorKind;
  /** Short on-stage label, e.g. "JAK1", "IL-4Rα", "STAT6". */
  readonly label: string;
  readonly side?: 0 | 1;
  /** For genes: whether the pathway switches the gene on (`up`) or off (`down`). */
  readonly change?: GeneChange;
  /** For a drug's route: `oral` (arrives from a blood vessel) or `topical` (a cream on the skin surface). */
  readonly route?: 'oral' | 'topical';
}

/**
 * The drawable state of one actor at one moment. Every field is a number so that any two states can be
 * interpolated, which is what makes seeking a pure function of time.
 */
export interface ActorState {
  /** Centre, in stage coordinates (see geometry.ts). */
  x: number;
  y: number;
  /** Radians. */
  rotation: number;
  scale: number;
  /** 0 hidden … 1 fully visible. */
  alpha: number;
  /** 0 … 1: how visible the phosphate ("P") badge is. */
  phospho: number;
  /** 0 … 1: catalytic or signalling activity, drawn as a glow. */
  active: number;
  /**
   * Kind-specific dial, 0 … 1 unless noted: ATP → ADP conversion for `atp`; expression change for `gene`
   * (−1 fully down … +1 fully up); receptor conformational twist for `receptor`; facing for `stat` (0: SH2
   * domain points right, 1: points left); unused elsewhere.
   */
  value: number;
}

/** The state of every actor at one moment, keyed by actor id. */
export type FrameState = Record<string, ActorState>;

/** The names of the numeric fields of an actor state, for code that walks them. */
export const ACTOR_STATE_KEYS: readonly (keyof ActorState)[] = [
  'x', 'y', 'rotation', 'scale', 'alpha', 'phospho', 'active', 'value',
];

/** A resting, visible actor at a position. */
export function restingState(x: number, y: number, overrides: Partial<ActorState> = {}): ActorState {
  return { x, y, rotation: 0, scale: 1, alpha: 1, phospho: 0, active: 0, value: 0, ...overrides };
}

/**
 * A frame that can be shared: the frame and each actor's state frozen. Steps share the states of actors that
 * did not move, so nothing may write to a stored state.
 */
export function freezeFrame(frame: FrameState): FrameState {
  for (const state of Object.values(frame)) Object.freeze(state);
  return Object.freeze(frame);
}

/** A deep, writable copy of a frame (e.g. for a timeline to tween). */
export function cloneFrame(frame: FrameState): FrameState {
  const copy: FrameState = {};
  for (const [id, state] of Object.entries(frame)) copy[id] = { ...state };
  return copy;
}
