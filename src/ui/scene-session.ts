/**
 * One loaded scene ready to play: checked data → plan → timeline → playhead. Knows nothing of the DOM, so the
 * element can swap sessions (a new scene) and keep the old one when the new data is bad.
 */
import type { Scene } from '../model/scene-schema';
import { loadScene } from '../model/load-scene';
import { planScene, type ScenePlan } from '../model/plan-scene';
import { buildTimeline, type CompiledTimeline } from '../timeline/build-timeline';
import type { FrameState } from '../model/actor';

export class SceneSession {
  readonly scene: Scene;
  readonly plan: ScenePlan;
  readonly compiled: CompiledTimeline;

  /** Throws `SceneValidationError` when the data is invalid. */
  constructor(data: unknown) {
    this.scene = loadScene(data);
    this.plan = planScene(this.scene);
    this.compiled = buildTimeline(this.plan);
  }

  /** The live frame the timeline writes to. */
  get frame(): FrameState {
    return this.compiled.frame;
  }

  get stepCount(): number {
    return this.plan.steps.length;
  }
}
