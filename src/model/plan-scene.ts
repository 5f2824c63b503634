/**
 * Plans a scene: from checked scene data to every actor's movements per step and the state at each step's
 * end. The timeline plays these plans; the UI narrates them; tests inspect them without any drawing.
 */
import { cloneFrame, freezeFrame, type ActorDef, type FrameState } from './actor';
import { atpActors, AtpSupply } from './atp-supply';
import { runAction, type StageMemory } from './action-handlers';
import { Choreography, type Beat } from './choreography';
import { restingFrame } from './resting-layout';
import { declaredActors } from './scene-actors';
import type { Scene, SceneStep } from './scene-schema';
import { DRUG, JAK, MEMBRANE } from './geometry';
import type { Choreography as Stage } from './choreography';
import { treatmentNarrator, TREATMENT_EN, type TreatedNarration, type TreatmentPhrases } from './treatment-narration';
import { FactsTracker, type StepFacts } from './step-facts';
import { roleOf } from './step-role';
import { drugActorId, type Treatment } from './treatment';
import { genericDrugName } from './drug-name';
import { stepFocus, type StepFocus } from './camera';

/** One step, planned. */
export interface StepPlan {
  /** 0-based position in the scene. */
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly sources: readonly string[];
  readonly simplified: string | undefined;
  /** With a drug: what the drug does (or does not do) at this step. */
  readonly drugNote: string | undefined;
  /** Seconds the step's animation lasts. */
  readonly duration: number;
  readonly beats: readonly Beat[];
  /** Every actor's state when the step has finished. */
  readonly end: FrameState;
  /** What is true when the step has finished: what the narration, describer and checkpoints read. */
  readonly facts: StepFacts;
  /** Where the camera frames the step (camera.ts): what the view zooms to and the describer says is in view. */
  readonly focus: StepFocus;
}

/** A scene, planned. */
export interface ScenePlan {
  readonly scene: Scene;
  /** Every actor on stage, including the ATP molecules the phosphorylations use. */
  readonly actors: readonly ActorDef[];
  /** The frame before the first step (actors not yet faded in). */
  readonly before: FrameState;
  readonly steps: readonly StepPlan[];
  /** The drug applied, if any. */
  readonly treatment: Treatment | undefined;
}

/** Where a drug molecule that is not in a pocket waits, per side. */
const UNBOUND_DRUG_REST = [{ x: 250, y: 262 }, { x: 1060, y: 262 }] as const;

/** The first step fades the resting cell in, so a first play has a gentle start. */
const REVEAL_SECONDS = 1.2;
/** Every step lasts at least this long, so a step without movement still reads as a step. */
const MIN_STEP_SECONDS = 1.0;

/**
 * Plans every step of a checked scene, optionally under a drug. Pure: the same inputs always give the same
 * plan.
 */
export function planScene(scene: Scene, treatment?: Treatment, phrases: TreatmentPhrases = TREATMENT_EN): ScenePlan {
  const actors = [
    ...declaredActors(scene).map((declared) => declared.def),
    ...atpActors(scene),
    ...(treatment ? drugActors(scene, treatment, phrases) : []),
  ];
  const resting = restingFrame(actors, scene.receptor.preassembled);
  const unrevealed = cloneFrame(resting);
  for (const state of Object.values(unrevealed)) {
    state.scale *= 0.85;
    state.alpha = 0;
  }
  const before = freezeFrame(unrevealed);
  const memory: StageMemory = {
    scene,
    defs: new Map(actors.map((actor) => [actor.id, actor])),
    assembled: scene.receptor.preassembled,
    cytokineOn: undefined,
    docks: new Map(),
    resting,
    atp: new AtpSupply(actors.filter((actor) => actor.kind === 'atp')),
    atpBusyUntil: new Map(),
    jakBlocked: false,
    signal: treatment?.simulation.signal ?? 1,
    plugs: new Map(),
  };
  const narrate = treatment ? treatmentNarrator(scene, treatment, phrases) : undefined;
  const tracker = new FactsTracker(scene, treatment);

  let frame = before;
  const steps = scene.steps.map((step, index) => {
    // Each step starts from the last one's end and copies only the actors it moves, so a step costs as much
    // as its own actions, not as much as the whole stage: planning grows linearly with the number of steps.
    const stage = new Choreography(frame);
    memory.atpBusyUntil.clear();
    if (index === 0) reveal(stage, resting);
    if (treatment && step.id === treatment.simulation.firstBlockedStep) memory.jakBlocked = treatment.blocksStage;
    const at = index === 0 ? REVEAL_SECONDS : 0;
    if (index === 0 && treatment) deliverDrug(stage, treatment, memory, at);
    for (const action of step.actions) {
      runAction(action, stage, memory, at);
      tracker.apply(action, memory.jakBlocked);
    }
    const start = frame;
    frame = stage.snapshot();
    const facts = tracker.snapshot(roleOf(step));
    const focus = stepFocus(step, memory.defs, start, frame);
    return toStepPlan(step, index, stage, frame, facts, focus, narrate?.(step, index, facts));
  });
  return { scene, actors, before, steps, treatment };
}

function toStepPlan(step: SceneStep, index: number, stage: Choreography, end: FrameState, facts: StepFacts, focus: StepFocus, treated?: TreatedNarration): StepPlan {
  return {
    index,
    id: step.id,
    title: step.title,
    text: treated?.text ?? step.text,
    sources: treated ? [...new Set([...step.sources, ...treated.sources])] : step.sources,
    // Where the drug stops the step in the pair shown, the note about the untreated picture no longer applies.
    simplified: treated?.stopped ? undefined : step.simplified,
    drugNote: treated?.note,
    duration: Math.max(MIN_STEP_SECONDS, stage.duration),
    beats: stage.beats,
    end,
    facts,
    focus,
  };
}

/** The drug's route (blood vessel or cream) and one drug molecule per JAK on stage. */
function drugActors(scene: Scene, treatment: Treatment, phrases: TreatmentPhrases): ActorDef[] {
  const route = treatment.drug.route;
  const label = genericDrugName(treatment.drug.name, phrases.formulations);
  return [
    { id: 'route', kind: 'route', label: phrases.routeLabel(route), route },
    ...scene.receptor.chains.map((chain, i) => ({ id: drugActorId(chain.jak.id), kind: 'drug' as const, label, side: i as 0 | 1, route })),
  ];
}

/**
 * The drug arrives by its route, crosses the membrane and, where it fills most pockets, plugs the JAK's ATP
 * pocket; elsewhere it stays nearby, mostly unbound.
 */
function deliverDrug(stage: Stage, treatment: Treatment, memory: StageMemory, at: number): void {
  for (const chain of memory.scene.receptor.chains) {
    const id = drugActorId(chain.jak.id);
    const jak = stage.state(chain.jak.id);
    const side = memory.defs.get(id)?.side ?? 0;
    const away = side === 0 ? -1 : 1;
    const crossing = { x: jak.x + away * 120, y: MEMBRANE.mid };
    const bound = treatment.boundJaks.has(chain.jak.id);
    if (bound) memory.plugs.set(chain.jak.id, id);
    // An unbound molecule waits in a quiet patch of cytoplasm beside the receptor, clear of ATP and STATs.
    const target = bound
      ? { x: jak.x + JAK.pocket.x, y: jak.y + JAK.pocket.y + DRUG.radius, active: 1 }
      : { ...UNBOUND_DRUG_REST[side], active: 0 };
    const delay = side * 0.25;
    stage.move(id, { alpha: 1 }, { at: at + delay, duration: 0.4 });
    stage.move(id, crossing, { at: at + delay + 0.2, duration: 1.6, ease: 'power1.inOut' });
    stage.move(id, target, { at: at + delay + 1.8, duration: 1.2, ease: 'power2.out' });
  }
}

/** Fades every actor that is visible at rest into place, a few at a time. */
function reveal(stage: Choreography, resting: FrameState): void {
  Object.entries(resting).forEach(([id, state], i) => {
    if (state.alpha === 0) return;
    stage.move(id, { alpha: state.alpha, scale: state.scale }, { at: Math.min(i * 0.05, 0.6), duration: 0.6, ease: 'power2.out' });
  });
}

