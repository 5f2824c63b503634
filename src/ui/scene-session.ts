/**
 * One loaded scene ready to play: checked data → plan (optionally under a drug) → timeline. Knows nothing of
 * the DOM, so the element can swap sessions (a new scene or drug) and keep the old one when new data is bad.
 */
import type { Scene } from '../model/scene-schema';
import type { Drug } from '../model/drug-schema';
import { loadScene } from '../model/load-scene';
import { planScene, type ScenePlan } from '../model/plan-scene';
import { createTreatment } from '../model/treatment';
import { buildTimeline, type CompiledTimeline } from '../timeline/build-timeline';
import type { FrameState } from '../model/actor';

export class SceneSession {
  readonly scene: Scene;
  readonly plan: ScenePlan;
  readonly compiled: CompiledTimeline;

  /**
   * Throws `SceneValidationError` when the data is invalid. With a drug, the plan shows its effect at
   * `exposure` (a multiple of the drug's JAK1 IC50).
   */
  constructor(data: unknown, drug?: Drug, exposure = 10) {
    this.scene = loadScene(data);
    this.plan = planScene(this.scene, drug ? createTreatment(this.scene, drug, exposure) : undefined);
    this.compiled = buildTimeline(this.plan);
  }

  /** The same scene under another drug (or none). */
  withDrug(drug: Drug | undefined, exposure: number): SceneSession {
    return new SceneSession(this.scene, drug, exposure);
  }

  /** The live frame the timeline writes to. */
  get frame(): FrameState {
    return this.compiled.frame;
  }

  get stepCount(): number {
    return this.plan.steps.length;
  }
}
