/**
 * The camera's focus: the part of the stage where a step's action happens (binding: the receptor's outside;
 * activation: the JAK pair; import: the pore; transcription: the DNA and the gene cards …). It is derived from
 * the actors the step's actions name, so a new scene gets framing for free; a scene step may override it with
 * `focus: 'whole-cell'` or `focus: { actors: [...] }`. Pure: the timeline tweens between foci and the view fits
 * them to the canvas.
 */
import type { ActorDef, ActorKind, FrameState } from './actor';
import { DNA, GENES, JAK, PORE, RECEPTOR, SOCS, STAGE, STAT, ATP, CYTOKINE } from './geometry';
import type { SceneAction, SceneStep } from './scene-schema';
import type { StepRole } from './step-role';

/** A rectangle in stage units (see geometry.ts). */
export interface CameraRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Fixed places a focus can include besides actors. */
export type FocusPlace = 'pore' | 'dna';

/** What a step's focus frames: the whole cell, or these actors and places (for the describer's "In view"). */
export interface StepFocus {
  readonly whole: boolean;
  readonly actors: readonly string[];
  readonly places: readonly FocusPlace[];
  readonly rect: CameraRect;
}

/** The whole stage. */
export const WHOLE_STAGE: CameraRect = Object.freeze({ x: 0, y: 0, width: STAGE.width, height: STAGE.height });

/** Stage units of margin around what a focus frames. */
const PADDING = 48;
/** A focus is never smaller than this share of the stage (a closer zoom loses the cell around the action). */
const MIN_SHARE = 0.45;

/** Half-extents of each kind of actor around its centre, in stage units (receptors are measured by part). */
const HALF: Record<Exclude<ActorKind, 'receptor' | 'route'>, readonly [number, number]> = {
  cytokine: [CYTOKINE.radius, CYTOKINE.radius],
  jak: [JAK.width / 2, JAK.height / 2],
  stat: [STAT.width / 2, STAT.height / 2],
  atp: [ATP.radius, ATP.radius],
  socs: [SOCS.width / 2, SOCS.height / 2],
  gene: [GENES.width / 2, GENES.height / 2],
  drug: [20, 20],
};

/** Which part of a receptor chain a role is about: its outside (binding), its tail (phosphates, docking) or all. */
function receptorSpan(role: StepRole): readonly [number, number] {
  if (role === 'ligand-binding') return [RECEPTOR.outerTop, 0];
  if (role === 'receptor-phosphorylation' || role === 'stat-docking' || role === 'stat-phosphorylation') return [0, RECEPTOR.tailBottom];
  return [RECEPTOR.outerTop, RECEPTOR.tailBottom];
}

/** Places a role is about besides its actors. */
const ROLE_PLACES: Partial<Record<StepRole, readonly FocusPlace[]>> = {
  'nuclear-import': ['pore'],
  'dna-binding': ['dna'],
  transcription: ['dna'],
};

const PLACE_BOX: Record<FocusPlace, readonly [number, number, number, number]> = {
  pore: [PORE.x - 60, PORE.y - 60, PORE.x + 60, PORE.y + 60],
  dna: [DNA.gasX - DNA.gasWidth / 2, DNA.y - 24, DNA.gasX + DNA.gasWidth / 2, DNA.y + 24],
};

/** The actor ids an action names, in its field order. */
export function actionActors(action: SceneAction): string[] {
  const a = action as Partial<Record<'actor' | 'to' | 'by' | 'on', string>> & { actors?: readonly string[] };
  return [a.actor, ...(a.actors ?? []), a.to, a.by, a.on].filter((id): id is string => id !== undefined);
}

/**
 * The focus of a step: the box around the actors its actions name (or its `focus` override names), where they
 * are at the step's start and end, and the places its role is about; padded, at least MIN_SHARE of the stage,
 * and inside it. A step that names nothing (the resting cell) or asks for `'whole-cell'` frames the whole stage.
 */
export function stepFocus(step: Pick<SceneStep, 'role' | 'actions' | 'focus'>, defs: ReadonlyMap<string, ActorDef>, start: FrameState, end: FrameState): StepFocus {
  if (step.focus === 'whole-cell') return { whole: true, actors: [], places: [], rect: WHOLE_STAGE };
  const actors = [...new Set(step.focus ? step.focus.actors : step.actions.flatMap(actionActors))];
  const places = step.focus ? [] : ROLE_PLACES[step.role] ?? [];
  let box = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    box = [Math.min(box[0]!, x0), Math.min(box[1]!, y0), Math.max(box[2]!, x1), Math.max(box[3]!, y1)];
  };
  for (const id of actors) {
    const kind = defs.get(id)?.kind;
    if (!kind || kind === 'route') continue;
    const [top, bottom] = kind === 'receptor' ? receptorSpan(step.role) : [-HALF[kind][1], HALF[kind][1]];
    const hw = kind === 'receptor' ? RECEPTOR.outerWidth / 2 : HALF[kind][0];
    for (const state of [start[id], end[id]]) if (state) add(state.x - hw, state.y + top, state.x + hw, state.y + bottom);
  }
  for (const place of places) add(...PLACE_BOX[place]);
  if (!(box[2]! > box[0]!)) return { whole: true, actors: [], places: [], rect: WHOLE_STAGE };
  return { whole: false, actors, places, rect: frameBox(box[0]! - PADDING, box[1]! - PADDING, box[2]! + PADDING, box[3]! + PADDING) };
}

/** A box grown about its centre to the minimum size, then moved (and if need be shrunk) inside the stage. */
function frameBox(x0: number, y0: number, x1: number, y1: number): CameraRect {
  const axis = (lo: number, hi: number, size: number) => {
    const length = Math.min(size, Math.max(hi - lo, size * MIN_SHARE));
    const from = Math.min(Math.max(0, (lo + hi - length) / 2), size - length);
    return [Math.round(from), Math.round(length)] as const;
  };
  const [x, width] = axis(x0, x1, STAGE.width);
  const [y, height] = axis(y0, y1, STAGE.height);
  return { x, y, width, height };
}

/** Whether two rectangles are the same. */
export function sameRect(a: CameraRect, b: CameraRect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
