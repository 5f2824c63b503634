/**
 * The stage controller: one drawing surface per view on stage (the main run and, in compare mode, the
 * untreated run), sized by a ResizeObserver, and drawing only while the widget is on screen (an
 * IntersectionObserver) in a visible tab. Where no canvas can be drawn, the stage shows the steps as text.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SceneSession } from '../../session/scene-session';
import type { BackdropInfo } from '../../view/backdrop';
import type { UiStrings } from '../../i18n/locales/en';
import { StageSurface } from '../../view/stage-surface';
import { WHOLE_STAGE } from '../../model/camera';

/** How the stage is framed: the whole cell instead of each step's focus, and presenter mode's larger labels. */
export interface Framing {
  readonly wholeCell: boolean;
  readonly presenter: boolean;
}

import { MIN_SCREEN_FONT_PX, PRESENTER_FONT_PX } from '../../view/label';
import type { LabelBox } from '../../view/label-placer';

/** The views a stage can show: the main run, and in compare mode the run without a drug. */
export type ViewName = 'main' | 'baseline';

/** Whether this browser can give a canvas a 2D context (false where canvas is disabled or unsupported). */
function canDrawCanvas(): boolean {
  try {
    return typeof document !== 'undefined' && document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

type Host = ReactiveControllerHost & HTMLElement;

interface Bound {
  readonly surface: StageSurface;
  readonly canvas: HTMLCanvasElement;
  /** The session whose plan the surface shows now. */
  shown: SceneSession | undefined;
}

export class StageController implements ReactiveController {
  /** No canvas can be drawn here: the stage shows the steps as text, and everything else still works. */
  textMode = !canDrawCanvas();
  private readonly surfaces = new Map<ViewName, Bound>();
  private resizeObserver: ResizeObserver | undefined;
  private intersectionObserver: IntersectionObserver | undefined;
  private onScreen = true;
  private framing: Framing = { wholeCell: false, presenter: false };
  /** The main session: every view (compare mode's too) frames what its camera frames. */
  private main: SceneSession | undefined;
  private readonly camera = () => (this.framing.wholeCell || !this.main ? WHOLE_STAGE : this.main.compiled.camera);

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Off-screen widgets and hidden tabs draw nothing; they catch up when seen again.
    if (typeof IntersectionObserver !== 'undefined') {
      this.intersectionObserver = new IntersectionObserver((entries) => {
        this.onScreen = entries.at(-1)?.isIntersecting ?? true;
        this.updateVisibility();
      });
      this.intersectionObserver.observe(this.host);
    }
    document.addEventListener('visibilitychange', this.updateVisibility);
    // Surfaces are made after an update (they need the rendered views): a widget put back on the page gets one.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.intersectionObserver?.disconnect();
    this.intersectionObserver = undefined;
    document.removeEventListener('visibilitychange', this.updateVisibility);
    // A widget moved to another container is disconnected and connected again in the same task: its canvases
    // move with it, so its pictures are kept. One taken off the page frees them.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.detach();
    });
  }

  /**
   * After each render: gives every `.view` box in `root` a surface showing its session, and drops surfaces
   * whose view went. Cheap when nothing changed.
   */
  sync(root: ParentNode, sessions: Readonly<Record<ViewName, SceneSession | undefined>>, t: UiStrings, framing: Framing): void {
    if (this.textMode || !this.host.isConnected) return;
    this.main = sessions.main;
    const reframed = framing.wholeCell !== this.framing.wholeCell;
    this.framing = framing;
    const cell = sessions.main!.scene.cell;
    const backdrop: BackdropInfo = { ...t.backdrop, cellKind: cell.kind, cellLabel: cell.label, detailLabel: t.cellDetail[cell.kind] };
    const boxes = [...root.querySelectorAll<HTMLElement>('.view')];
    const present = new Set<ViewName>();
    let changedViews = false;
    for (const box of boxes) {
      const name = box.dataset.view as ViewName;
      const canvas = box.querySelector('canvas');
      if (!canvas) continue;
      present.add(name);
      const bound = this.surfaces.get(name);
      if (bound?.canvas === canvas) continue;
      bound?.surface.dispose();
      const surface = new StageSurface(canvas, (error) => this.fallBackToText(error));
      surface.setVisible(this.visible);
      this.surfaces.set(name, { surface, canvas, shown: undefined });
      changedViews = true;
    }
    for (const [name, { surface }] of this.surfaces) {
      if (present.has(name)) continue;
      surface.dispose();
      this.surfaces.delete(name);
      changedViews = true;
    }
    for (const [name, bound] of this.surfaces) {
      const session = sessions[name];
      if (!session || bound.shown === session) continue;
      bound.shown = session;
      bound.surface.show(session.plan, session.frame, backdrop, () => session.compiled.timeline.time(), this.camera);
    }
    for (const { surface } of this.surfaces.values()) {
      // A projector is read from the back of the room: larger labels in presenter mode.
      surface.setLabelMinimum(framing.presenter ? PRESENTER_FONT_PX : MIN_SCREEN_FONT_PX);
      surface.setCloseUps(!framing.wholeCell);
      if (reframed) surface.requestDraw();
    }
    if (!changedViews && this.resizeObserver) return;
    this.resizeObserver ??= new ResizeObserver(() => this.resize());
    this.resizeObserver.disconnect();
    for (const box of boxes) this.resizeObserver.observe(box);
    this.resize();
  }

  /** Asks every surface for a frame. */
  requestDraw(): void {
    for (const { surface } of this.surfaces.values()) surface.requestDraw();
  }

  /** The labels each view shows, in CSS px on its canvas (for tests). @internal */
  labelBoxes(): Partial<Record<ViewName, LabelBox[]>> {
    const out: Partial<Record<ViewName, LabelBox[]>> = {};
    for (const [name, { surface }] of this.surfaces) out[name] = surface.labelBoxes();
    return out;
  }

  /** Resolves when every view's renderer is ready. */
  get ready(): Promise<void> {
    return Promise.all([...this.surfaces.values()].map(({ surface }) => surface.ready)).then(() => undefined);
  }

  private get visible(): boolean {
    return this.onScreen && document.visibilityState !== 'hidden';
  }

  private readonly updateVisibility = (): void => {
    const visible = this.visible;
    for (const { surface } of this.surfaces.values()) surface.setVisible(visible);
  };

  private resize(): void {
    const resolution = Math.min(window.devicePixelRatio || 1, 2);
    for (const { surface, canvas } of this.surfaces.values()) {
      const box = canvas.parentElement?.getBoundingClientRect();
      if (box) surface.resize(box.width, box.height, resolution);
    }
  }

  private fallBackToText(error: unknown): void {
    console.error('[jak-stat-explorer] could not start the renderer; showing the steps as text:', error);
    this.detach();
    this.textMode = true;
    this.host.requestUpdate();
  }

  private detach(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const { surface } of this.surfaces.values()) surface.dispose();
    this.surfaces.clear();
  }
}
