/**
 * Plans a scene: from checked scene data to every actor's movements per step and the state at each step's
 * end. The timeline plays these plans; the UI narrates them; tests inspect them without any drawing.
 */
import { cloneFrame, type ActorDef, type FrameState } from './actor';
import { runAction, type StageMemory } from './action-handlers';
import { Choreography, type Beat } from './choreography';
import { restingFrame } from './resting-layout';
import { declaredActors } from './scene-actors';
import type { Scene, SceneStep } from './scene-schema';

/** One step, planned. */
export interface StepPlan {
  /** 0-based position in the scene. */
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly sources: readonly string[];
  readonly simplified: string | undefined;
  /** Seconds the step's animation lasts. */
  readonly duration: number;
  readonly beats: readonly Beat[];
  /** Every actor's state when the step has finished. */
  readonly end: FrameState;
}

/** A scene, planned. */
export interface ScenePlan {
  readonly scene: Scene;
  /** Every actor on stage, including the ATP molecules the phosphorylations use. */
  readonly actors: readonly ActorDef[];
  /** The frame before the first step (actors not yet faded in). */
  readonly before: FrameState;
  readonly steps: readonly StepPlan[];
}

/** The first step fades the resting cell in, so a first play has a gentle start. */
const REVEAL_SECONDS = 1.2;
/** Every step lasts at least this long, so a step without movement still reads as a step. */
const MIN_STEP_SECONDS = 1.0;

/** Plans every step of a checked scene. Pure: the same scene always gives the same plan. */
export function planScene(scene: Scene): ScenePlan {
  const actors = [...declaredActors(scene).map((declared) => declared.def), ...atpActors(scene)];
  const resting = restingFrame(actors, scene.receptor.preassembled);
  const before = cloneFrame(resting);
  for (const state of Object.values(before)) {
    state.scale *= 0.85;
    state.alpha = 0;
  }
  const memory: StageMemory = {
    scene,
    defs: new Map(actors.map((actor) => [actor.id, actor])),
    assembled: scene.receptor.preassembled,
    cytokineOn: undefined,
    docks: new Map(),
    freeAtp: actors.filter((actor) => actor.kind === 'atp').map((actor) => actor.id),
  };

  let frame = before;
  const steps = scene.steps.map((step, index) => {
    const stage = new Choreography(frame);
    if (index === 0) reveal(stage, resting);
    for (const action of step.actions) runAction(action, stage, memory, index === 0 ? REVEAL_SECONDS : 0);
    frame = stage.snapshot();
    return toStepPlan(step, index, stage, frame);
  });
  return { scene, actors, before, steps };
}

function toStepPlan(step: SceneStep, index: number, stage: Choreography, end: FrameState): StepPlan {
  return {
    index,
    id: step.id,
    title: step.title,
    text: step.text,
    sources: step.sources,
    simplified: step.simplified,
    duration: Math.max(MIN_STEP_SECONDS, stage.duration),
    beats: stage.beats,
    end,
  };
}

/** Fades every actor that is visible at rest into place, a few at a time. */
function reveal(stage: Choreography, resting: FrameState): void {
  Object.entries(resting).forEach(([id, state], i) => {
    if (state.alpha === 0) return;
    stage.move(id, { alpha: state.alpha, scale: state.scale }, { at: Math.min(i * 0.05, 0.6), duration: 0.6, ease: 'power2.out' });
  });
}

/**
 * One ATP molecule per phosphorylation in the scene: each gives one phosphate and leaves as ADP. Each takes
 * the side of the JAK that will use it, so that two ATPs in facing pockets label outward, not onto each other.
 */
function atpActors(scene: Scene): ActorDef[] {
  const jakSide = new Map(scene.receptor.chains.map((chain, i) => [chain.jak.id, i as 0 | 1]));
  const atps: ActorDef[] = [];
  for (const step of scene.steps) {
    for (const action of step.actions) {
      if (action.do !== 'phosphorylate') continue;
      atps.push({ id: `atp-${atps.length + 1}`, kind: 'atp', label: 'ATP', side: jakSide.get(action.by) ?? 0 });
    }
  }
  return atps;
}
