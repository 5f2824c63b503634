/**
 * One loaded scene ready to play: checked data (in the chosen language) → plan (optionally under a drug) →
 * timeline. Knows nothing of the DOM, so the element can swap sessions (a new scene, drug or language) and
 * keep the old one when new data is bad.
 */
import type { Scene, SceneData } from '../model/scene-schema';
import type { DrugData } from '../model/drug-schema';
import { loadScene } from '../model/load-scene';
import { loadDrug } from '../model/load-drug';
import { planScene, type ScenePlan } from '../model/plan-scene';
import { createTreatment } from '../model/treatment';
import { buildTimeline, type CompiledTimeline } from '../timeline/build-timeline';
import type { FrameState } from '../model/actor';
import type { Locale } from '../i18n/locale';
import { localizeDrugData, localizeSceneData } from '../i18n/localize-content';

/** What a session shows besides the scene itself. */
export interface SessionOptions {
  /** Drug data (untranslated), or undefined for none. */
  readonly drug: DrugData | undefined;
  /** Multiple of the drug's JAK1 IC50. */
  readonly exposure: number;
  readonly locale: Locale;
}

export class SceneSession {
  readonly scene: Scene;
  readonly plan: ScenePlan;
  readonly compiled: CompiledTimeline;
  readonly options: SessionOptions;
  /** The scene data as given (untranslated), to rebuild the session in another language or with a drug. */
  private readonly data: unknown;

  /** Throws `SceneValidationError` when the data (or its translation) is invalid. */
  constructor(data: unknown, options: SessionOptions) {
    this.data = data;
    this.options = options;
    const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
    const text = typeof id === 'string' ? options.locale.content?.scenes[id] : undefined;
    this.scene = loadScene(text ? localizeSceneData(data as SceneData, text) : data);
    const drug = options.drug ? loadDrug(localizeDrugData(options.drug, options.locale.content?.drugs[options.drug.id])) : undefined;
    this.plan = planScene(this.scene, drug ? createTreatment(this.scene, drug, options.exposure) : undefined, options.locale.treatment);
    this.compiled = buildTimeline(this.plan);
  }

  /** The same scene with other options. */
  with(options: Partial<SessionOptions>): SceneSession {
    return new SceneSession(this.data, { ...this.options, ...options });
  }

  /** The live frame the timeline writes to. */
  get frame(): FrameState {
    return this.compiled.frame;
  }

  get stepCount(): number {
    return this.plan.steps.length;
  }
}
