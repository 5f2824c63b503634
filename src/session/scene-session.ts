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
import { drugTextById, localizeDrugData, localizeSceneData, sceneTextById } from '../i18n/localize-content';

/** What a session shows besides the scene itself. */
export interface SessionOptions {
  /** Drug data (untranslated), or undefined for none. */
  readonly drug: DrugData | undefined;
  /** Multiple of the drug's JAK1 IC50. */
  readonly exposure: number;
  readonly locale: Locale;
}

/** Where a session's scene comes from: a registered scene (translated with the locale), or an author's data. */
export type SceneSource =
  | { readonly kind: 'registered'; readonly data: SceneData }
  | { readonly kind: 'loaded'; readonly data: unknown };

export class SceneSession {
  readonly scene: Scene;
  readonly plan: ScenePlan;
  readonly compiled: CompiledTimeline;
  readonly options: SessionOptions;
  readonly source: SceneSource;

  /**
   * Throws `SceneValidationError` when the data (or its translation) is invalid. Loaded data is taken as a
   * checked copy: the caller's object is never kept, so changing it later changes nothing here.
   */
  constructor(source: SceneSource, options: SessionOptions) {
    this.options = options;
    if (source.kind === 'registered') {
      const text = sceneTextById(options.locale.content, source.data.id);
      this.scene = loadScene(text ? localizeSceneData(source.data, text) : source.data);
      this.source = source;
    } else {
      // An author's scene is shown as written, in every language: translations belong to registered scenes.
      this.scene = loadScene(source.data);
      this.source = { kind: 'loaded', data: this.scene };
    }
    const drug = options.drug ? loadDrug(localizeDrugData(options.drug, drugTextById(options.locale.content, options.drug.id))) : undefined;
    this.plan = planScene(this.scene, drug ? createTreatment(this.scene, drug, options.exposure) : undefined, options.locale.treatment);
    this.compiled = buildTimeline(this.plan);
  }

  /** The same scene with other options. */
  with(options: Partial<SessionOptions>): SceneSession {
    return new SceneSession(this.source, { ...this.options, ...options });
  }

  /** The live frame the timeline writes to. */
  get frame(): FrameState {
    return this.compiled.frame;
  }

  get stepCount(): number {
    return this.plan.steps.length;
  }

  /** Frees the timeline (GSAP keeps tweens alive until killed). */
  dispose(): void {
    this.compiled.timeline.kill();
  }
}
