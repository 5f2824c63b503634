/**
 * Drawing a scene away from the page: the same StageView a widget shows, drawn by the shared renderer into a
 * canvas of its own that is never attached, at any time of its own timeline. Pictures, video clips and the
 * printable handout are drawn this way. A live widget is not disturbed: the offscreen stage compiles its own
 * timeline (seeking is a pure function of time) and owns its own canvas and Pixi objects.
 *
 *     const canvas = await renderStill({ stage: stillStageOf(session), step: 3, width: 1280 });
 */
import type { Renderer } from 'pixi.js';
import type { UiStrings } from '../i18n/ui-strings';
import { WHOLE_STAGE } from '../model/camera';
import { STAGE } from '../model/geometry';
import type { ScenePlan } from '../model/plan-scene';
import type { Scene } from '../model/scene-schema';
import { buildTimeline, type CompiledTimeline } from '../timeline/build-timeline';
import type { BackdropInfo } from './backdrop';
import { forgetLastTarget, releaseDestroyed } from './release-destroyed';
import { acquireRenderer, CanvasTarget, releaseRenderer } from './shared-renderer';
import { StageView } from './stage-view';

/**
 * What a still is drawn from: a plan (already in its language, under its drug) and the backdrop's words; framed
 * as the widget frames it, by its timeline's camera (each step's close-up), or the whole cell.
 */
export interface StillStage {
  readonly plan: ScenePlan;
  readonly backdrop: BackdropInfo;
  /** Show the entire stage instead of each step's focus (a widget's `whole-cell`). */
  readonly wholeCell?: boolean;
}

/** The backdrop's words for a scene in a language, as a widget's stage shows them. */
export function backdropInfoOf(scene: Scene, t: UiStrings): BackdropInfo {
  return { ...t.backdrop, cellKind: scene.cell.kind, cellLabel: scene.cell.label, detailLabel: t.cellDetail[scene.cell.kind] };
}

/** A still stage from a widget's session (anything with its plan and its locale's strings). */
export function stillStageOf(session: { readonly plan: ScenePlan; readonly options: { readonly locale: { readonly ui: UiStrings } } }, wholeCell = false): StillStage {
  return { plan: session.plan, backdrop: backdropInfoOf(session.plan.scene, session.options.locale.ui), wholeCell };
}

/** Size of an offscreen picture in CSS pixels (the stage is fitted, letterboxed) and its pixel density. */
export interface StillSize {
  /** Default 1280 (the stage's own width). */
  readonly width?: number;
  /** Default: the stage's aspect ratio (16:9) at `width`. */
  readonly height?: number;
  /** Canvas pixels per CSS pixel; default 1. */
  readonly resolution?: number;
}

/**
 * A stage drawn into its own canvas, at any time of its own timeline. Create, `await ready`, then `drawAt(t)`
 * as often as needed (a frame each for a clip) and `dispose()` once: it holds a reference to the shared renderer.
 */
export class OffscreenStage {
  readonly canvas: HTMLCanvasElement;
  /** The stage's own timeline: its step starts and ends say where each step is. */
  readonly compiled: CompiledTimeline;
  /** Resolves once the shared renderer is ready (rejects if it cannot start). */
  readonly ready: Promise<void>;
  private readonly target: CanvasTarget;
  private readonly view: StageView;
  private renderer: Renderer | undefined;
  private disposed = false;
  private readonly wholeCell: boolean;

  constructor(stage: StillStage, size: StillSize = {}) {
    const width = Math.max(1, Math.round(size.width ?? STAGE.width));
    const height = Math.max(1, Math.round(size.height ?? (width * STAGE.height) / STAGE.width));
    const resolution = size.resolution ?? 1;
    this.canvas = document.createElement('canvas');
    this.target = new CanvasTarget(this.canvas);
    this.compiled = buildTimeline(stage.plan);
    this.wholeCell = stage.wholeCell ?? false;
    this.view = new StageView(stage.plan, stage.backdrop);
    this.view.setCloseUps(!this.wholeCell);
    this.ready = acquireRenderer().then((renderer) => {
      if (this.disposed) {
        releaseRenderer();
        throw new Error('The offscreen stage was disposed before its renderer was ready.');
      }
      this.renderer = renderer;
      this.target.resize(width, height, resolution);
      this.view.setViewport(width, height, resolution);
    });
  }

  /** Draws the picture at `time` (seconds of the scene's timeline); the whole canvas is repainted. */
  drawAt(time: number): void {
    const renderer = this.renderer;
    if (!renderer || this.disposed) throw new Error('The offscreen stage is not ready (await `ready`) or was disposed.');
    this.compiled.timeline.time(Math.min(Math.max(0, time), this.compiled.duration), true);
    this.view.invalidate();
    // Framed as the widget frames it at that time: seeking moved the timeline's camera too.
    this.view.paint(renderer, this.target, this.compiled.frame, time, this.wholeCell ? WHOLE_STAGE : this.compiled.camera);
  }

  /** The end time of a 1-based step (its end state), clamped to the scene. */
  stepEnd(step: number): number {
    const ends = this.compiled.stepEnds;
    return ends[Math.min(Math.max(1, Math.round(step)), ends.length) - 1] ?? 0;
  }

  /** Frees the picture, its timeline and the reference to the shared renderer. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.view.destroy();
    this.target.destroy();
    this.compiled.timeline.kill();
    if (this.renderer) {
      releaseDestroyed(this.renderer);
      forgetLastTarget(this.renderer);
      this.renderer = undefined;
      releaseRenderer();
    }
  }
}

/** Where in the scene a still is taken: a 1-based step (its end state) or a time in seconds. */
export type StillAt = { readonly step: number; readonly time?: undefined } | { readonly time: number; readonly step?: undefined };

/**
 * Draws one picture of a scene: at a step's end state (or at a time) into a new, unattached canvas of `width`
 * × `height` CSS pixels times `resolution`. The canvas is the caller's; nothing else is kept.
 */
export async function renderStill(options: { readonly stage: StillStage } & StillAt & StillSize): Promise<HTMLCanvasElement> {
  const stage = new OffscreenStage(options.stage, options);
  try {
    await stage.ready;
    stage.drawAt(options.time ?? stage.stepEnd(options.step!));
    // A copy: the stage's canvas belongs to the renderer's texture, which dispose() frees.
    const copy = document.createElement('canvas');
    copy.width = stage.canvas.width;
    copy.height = stage.canvas.height;
    copy.getContext('2d')!.drawImage(stage.canvas, 0, 0);
    return copy;
  } finally {
    stage.dispose();
  }
}
