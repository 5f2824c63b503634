/**
 * A widget's canvas and its Pixi scene, drawn by the shared renderer. Drawing happens only on request
 * (a frame changed, a resize), batched into one animation frame for all widgets.
 */
import type { Renderer } from 'pixi.js';
import type { FrameState } from '../model/actor';
import type { ScenePlan } from '../model/plan-scene';
import { WHOLE_STAGE, type CameraRect } from '../model/camera';
import type { BackdropInfo } from './backdrop';
import { cancelDraw, requestDraw, type Drawable } from './render-scheduler';
import { acquireRenderer, CanvasTarget, releaseRenderer } from './shared-renderer';
import { forgetLastTarget, releaseDestroyed } from './release-destroyed';
import { StageView } from './stage-view';
import type { LabelBox } from './label-placer';
import { MIN_SCREEN_FONT_PX } from './label';

/** Frames drawn by every surface on the page since load (diagnostics for tests and the benchmark). */
let framesDrawn = 0;

/** How many frames all widgets on the page have drawn since it loaded. */
export function countFramesDrawn(): number {
  return framesDrawn;
}

export class StageSurface implements Drawable {
  private readonly target: CanvasTarget;
  private readonly canvas: HTMLCanvasElement;
  /** Off screen (or in a hidden tab): nothing is drawn, a redraw is owed when it comes back. */
  private visible = true;
  private owed = false;
  /** The browser dropped the canvas's 2D context (memory pressure, GPU reset); drawing waits for it back. */
  private contextLost = false;
  private renderer: Renderer | undefined;
  private view: StageView | undefined;
  private frame: FrameState | undefined;
  /** The timeline's time, for what is drawn from the step's progress rather than from actor states. */
  private time: () => number = () => 0;
  /** What the canvas frames now (the timeline's camera, or the whole stage). */
  private camera: () => CameraRect = () => WHOLE_STAGE;
  private size = { width: 0, height: 0, resolution: 1 };
  private labelMinimum = MIN_SCREEN_FONT_PX;
  private closeUps = true;
  private disposed = false;
  /** Resolves when the renderer is ready (or failed); tests and callers may await it. */
  readonly ready: Promise<void>;

  constructor(canvas: HTMLCanvasElement, onError: (error: unknown) => void) {
    this.canvas = canvas;
    this.target = new CanvasTarget(canvas);
    canvas.addEventListener('contextlost', this.onContextLost);
    canvas.addEventListener('contextrestored', this.onContextRestored);
    this.ready = acquireRenderer().then(
      (renderer) => {
        if (this.disposed) return;
        this.renderer = renderer;
        this.requestDraw();
      },
      (error: unknown) => onError(error),
    );
  }

  /**
   * Shows a (new) scene plan; the frame object is the live one the timeline writes to, `time` reads the
   * timeline's time and `camera` what to frame.
   */
  show(plan: ScenePlan, frame: FrameState, backdrop: BackdropInfo, time: () => number = () => 0, camera: () => CameraRect = () => WHOLE_STAGE): void {
    // The new picture takes over what the old one drew the same way (another drug, exposure or language).
    const next = new StageView(plan, backdrop, this.view);
    this.destroyView();
    this.view = next;
    this.view.setLabelMinimum(this.labelMinimum);
    this.view.setCloseUps(this.closeUps);
    this.frame = frame;
    this.time = time;
    this.camera = camera;
    if (this.size.width > 0) this.view.setViewport(this.size.width, this.size.height, this.size.resolution);
    this.requestDraw();
  }

  /** Sizes the canvas to its box in CSS pixels. */
  resize(width: number, height: number, resolution: number): void {
    if (width < 1 || height < 1) return;
    this.size = { width, height, resolution };
    this.target.resize(width, height, resolution);
    this.view?.setViewport(width, height, resolution);
    this.requestDraw();
  }

  /** The smallest on-screen size (CSS px) of a drawn label (larger in presenter mode). */
  setLabelMinimum(px: number): void {
    if (px === this.labelMinimum) return;
    this.labelMinimum = px;
    this.view?.setLabelMinimum(px);
    this.requestDraw();
  }

  /** Whether the camera will frame close-ups (false: the whole cell only; see StageView.setCloseUps). */
  setCloseUps(on: boolean): void {
    if (on === this.closeUps) return;
    this.closeUps = on;
    this.view?.setCloseUps(on);
    this.requestDraw();
  }

  /** The labels shown at the last draw, in CSS px on the canvas. @internal */
  labelBoxes(): LabelBox[] {
    return this.view?.labelBoxes() ?? [];
  }

  /** Asks for a redraw on the next animation frame. */
  requestDraw(): void {
    if (!this.disposed) requestDraw(this);
  }

  /** Shows or hides the surface (IntersectionObserver, page visibility); hidden surfaces draw nothing. */
  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    if (visible && this.owed) this.requestDraw();
  }

  /** Draws now (called by the scheduler). */
  drawNow(): void {
    if (this.disposed || !this.renderer || !this.view || !this.frame || this.size.width < 1) return;
    if (!this.visible || this.contextLost) {
      this.owed = true;
      return;
    }
    this.owed = false;
    this.view.paint(this.renderer, this.target, this.frame, this.time(), this.camera());
    // The page's first painted frame, for the benchmark's "navigation to first frame" (marked once).
    if (framesDrawn++ === 0 && typeof performance !== 'undefined') performance.mark('jak-stat-explorer:first-frame');
  }

  private readonly onContextLost = (event: Event): void => {
    // Ask the browser to restore it (the default for 2D canvases, said explicitly).
    event.preventDefault();
    this.contextLost = true;
  };

  /** A restored context starts blank and forgets its state: rebuild the target and draw the frame again. */
  private readonly onContextRestored = (): void => {
    this.contextLost = false;
    this.target.destroy();
    if (this.size.width > 0) this.target.resize(this.size.width, this.size.height, this.size.resolution);
    this.requestDraw();
  };

  /** Destroys the picture and what the renderer still holds of it. */
  private destroyView(): void {
    if (!this.view) return;
    this.view.destroy();
    this.view = undefined;
    if (this.renderer) releaseDestroyed(this.renderer);
  }

  /** Frees the picture, the canvas's render target, and the renderer's hold on both, at once. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    cancelDraw(this);
    this.canvas.removeEventListener('contextlost', this.onContextLost);
    this.canvas.removeEventListener('contextrestored', this.onContextRestored);
    this.destroyView();
    this.target.destroy();
    if (this.renderer) forgetLastTarget(this.renderer);
    this.renderer = undefined;
    this.frame = undefined;
    void this.ready.then(() => releaseRenderer());
  }

}
