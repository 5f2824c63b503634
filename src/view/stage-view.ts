/**
 * The Pixi scene for one widget: the backdrop and one sprite per actor, drawn from a frame of actor states.
 * It draws what the model says and decides nothing.
 */
import { Bounds, Container, Graphics, Rectangle, RenderTexture, Sprite, Text, type Renderer, type Texture } from 'pixi.js';
import type { ActorState, FrameState } from '../model/actor';
import { ACTOR_KINDS } from '../model/actor';
import { STAGE } from '../model/geometry';
import { sameRect, WHOLE_STAGE, type CameraRect } from '../model/camera';
import { MIN_SCREEN_FONT_PX } from './label';
import type { ScenePlan } from '../model/plan-scene';
import { populationLayout, populationPhase } from '../model/population-layout';
import { createBackdrop, type Backdrop, type BackdropInfo } from './backdrop';
import type { ActorSprite } from './actors/actor-sprite';
import { createActorSprite } from './actors/create-actor-sprite';
import { destroyTree } from './destroy-tree';
import { releaseDestroyed } from './release-destroyed';
import { createPopulationSprite, type PopulationSprite } from './population-sprite';
import { LabelPlacer, type LabelBox } from './label-placer';
import { planSubjects, stepIndexAt } from '../model/step-subjects';
import { roleOf } from '../model/step-role';
import type { CanvasTarget } from './shared-renderer';
import { PALETTE } from './palette';

/** What a part of the picture is built from: equal keys draw the same. */
const keyOf = (value: unknown): string => JSON.stringify(value);

/** A rectangle of the canvas, in canvas pixels (whole numbers). */
export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** CSS px added around a changed part's bounds: antialiased edges and bitmaps drawn between pixels bleed ~1 px. */
const DIRTY_MARGIN = 2;
/** Above this share of the canvas, one full redraw is cheaper than clipping to the changed parts. */
const DIRTY_MAX_SHARE = 0.5;

export class StageView {
  /** Root container, scaled from the 1280 × 720 stage to the canvas. */
  readonly root = new Container();
  private backdrop: Backdrop;
  private readonly backdropKey: string;
  private readonly sprites = new Map<string, ActorSprite>();
  /** Each sprite's key (its definition and words), to hand unchanged sprites on to the next view. */
  private readonly spriteKeys = new Map<ActorSprite, string>();
  /** The bitmaps each sprite's shapes are drawn from, at `bakedAt` pixels per stage unit. */
  private readonly baked = new Map<{ readonly container: Container }, BakedShape[]>();
  private bakedAt = 0;
  private viewport = { width: 0, height: 0, resolution: 1 };
  private backdropTexture: RenderTexture | undefined;
  private readonly backdropSprite = new Sprite();
  /** The other receptor pairs of the cell, drawn small (rebuilt with each view: it follows drug and exposure). */
  private readonly population: PopulationSprite;
  private readonly plan: ScenePlan;
  /**
   * What the canvas shows, to redraw only what changed: each part's last drawn state and bounds (CSS px), and
   * whether the next draw must repaint everything (a new picture, a resize, a re-bake).
   */
  private readonly drawnStates = new Map<ActorSprite, ActorState>();
  private readonly drawnBounds = new Map<{ readonly container: Container }, Bounds>();
  private drawnPopulation: readonly number[] = [];
  private whole = true;
  /** What the canvas frames (stage units), the labels' last view scale, and the smallest label size asked for. */
  private camera: CameraRect = WHOLE_STAGE;
  private labelScale = 0;
  private labelMinimum = MIN_SCREEN_FONT_PX;
  /** Stage pixels per CSS px the bitmaps are baked at (see bakeScale below). */
  private bakeScale = 0;
  /** Whether the camera frames close-ups; without them (whole cell) bitmaps are baked for the whole stage. */
  private closeUps = true;
  /** Where the camera comes to rest: the whole stage and each step's focus (worked out once, read every pan frame). */
  private readonly framings: readonly CameraRect[];
  /** Label layout: every label's spot and what each step is about. */
  private readonly labels = new LabelPlacer(this.root);
  private readonly subjects: readonly Set<string>[];
  /** The step the labels were last laid out for (what it is about decides which labels stay). */
  private laidOutStep = -1;
  /** How many of the population's areas are small pairs (the rest are its dimers, shown from nuclear import). */
  private readonly populationPairs: number;

  /**
   * Builds the picture. Given the view it replaces (another drug, exposure or language on the same stage), it
   * takes over what would be drawn the same (the baked backdrop, actor sprites with the same definition and
   * their bitmaps) instead of building and rasterising it again; `previous` must be destroyed afterwards.
   */
  constructor(plan: ScenePlan, backdrop: BackdropInfo, previous?: StageView) {
    const actors = plan.actors;
    this.plan = plan;
    this.framings = [WHOLE_STAGE, ...plan.steps.map((step) => step.focus.rect)];
    this.backdropKey = keyOf(backdrop);
    const reuseBackdrop = previous !== undefined && previous.backdropKey === this.backdropKey && previous.backdropTexture !== undefined;
    this.backdrop = reuseBackdrop ? previous.takeBackdrop(this) : createBackdrop(backdrop);
    // Drawn through its baked bitmap (bakeBackdrop), so the live backdrop container stays off the stage.
    this.root.addChild(this.backdropSprite, this.backdrop.labels);
    this.labels.add(this.backdrop.spots);
    this.subjects = planSubjects(plan.steps, plan.scene.steps.map(roleOf));
    const population = populationLayout(plan.treatment?.population);
    this.population = createPopulationSprite(population);
    this.populationPairs = population.small.length;
    this.root.addChild(this.population.container);
    // Draw order by kind (genes at the back, cytokine in front), then declaration order.
    const ordered = [...actors].sort((a, b) => ACTOR_KINDS.indexOf(a.kind) - ACTOR_KINDS.indexOf(b.kind));
    const words = { baseline: backdrop.baselineLabel ?? 'baseline' };
    for (const def of ordered) {
      const key = keyOf([def, words]);
      const sprite = (reuseBackdrop && previous.takeSprite(key, this)) || createActorSprite(def, words);
      this.sprites.set(def.id, sprite);
      this.spriteKeys.set(sprite, key);
      this.root.addChild(sprite.container);
      this.labels.add(sprite.labels);
    }
  }

  /**
   * Applies a frame of actor states to the sprites, and the population's phase at `time` (timeline seconds).
   * Only parts whose state changed since the last draw are touched. Returns the canvas regions those parts
   * covered before and cover now, which are all that must be repainted; `undefined` when the whole canvas must.
   */
  draw(frame: FrameState, time = 0): readonly PixelRect[] | undefined {
    const changed: Bounds[] = [];
    for (const [id, sprite] of this.sprites) {
      const state = frame[id];
      if (!state) continue;
      const drawn = this.drawnStates.get(sprite);
      if (drawn && sameState(drawn, state)) continue;
      sprite.update(state);
      if (drawn) Object.assign(drawn, state);
      else this.drawnStates.set(sprite, { ...state });
      const shapes = this.baked.get(sprite);
      if (shapes) syncBaked(shapes);
      this.touched(sprite, changed);
    }
    const { steps, scene } = this.plan;
    const { lit, imported } = populationPhase(steps, scene.steps, time);
    const reveal = frame[scene.receptor.chains[0].id]?.alpha ?? 1;
    const [drawnLit, drawnImported, drawnReveal] = this.drawnPopulation;
    if (lit !== drawnLit || imported !== drawnImported || reveal !== drawnReveal) {
      this.population.update({ lit, imported }, reveal);
      this.drawnPopulation = [lit, imported, reveal];
      const shapes = this.baked.get(this.population);
      if (shapes) syncBaked(shapes);
      // Its own boxes, pair by pair: its overall bounds would span the membrane, the featured pair included.
      for (const area of this.population.areas) changed.push(stageBounds(this.root, area));
    }
    const step = stepIndexAt(this.plan.steps, time);
    if (this.whole || changed.length > 0 || step !== this.laidOutStep) this.placeLabels(step, changed);
    if (this.whole) {
      this.whole = false;
      return undefined;
    }
    return this.pixelRects(changed);
  }

  /**
   * One frame into a canvas, as every drawing surface makes it (a widget's, an export's): framed by `camera`,
   * bitmaps baked where needed, then only what changed repainted (everything after a move or `invalidate()`).
   */
  paint(renderer: Renderer, target: CanvasTarget, frame: FrameState, time: number, camera: CameraRect): void {
    this.setCamera(camera);
    this.bakeBackdrop(renderer);
    target.render(renderer, this.root, PALETTE.stage.background, this.draw(frame, time));
  }

  /** Notes where a part was drawn and where it is drawn now. */
  private touched(part: { readonly container: Container }, changed: Bounds[]): void {
    const before = this.drawnBounds.get(part);
    if (before) changed.push(before);
    const now = new Bounds();
    addDrawnBounds(part.container, now);
    this.drawnBounds.set(part, now);
    changed.push(now);
  }

  /** Changed bounds (CSS px) as whole canvas pixels with a margin; `undefined` when they cover much of it. */
  private pixelRects(changed: readonly Bounds[]): readonly PixelRect[] | undefined {
    const { width, height, resolution } = this.viewport;
    const rects: PixelRect[] = [];
    let area = 0;
    for (const b of changed) {
      if (!b.isValid) continue;
      const x0 = Math.max(0, Math.floor((b.minX - DIRTY_MARGIN) * resolution));
      const y0 = Math.max(0, Math.floor((b.minY - DIRTY_MARGIN) * resolution));
      const x1 = Math.min(Math.ceil(width * resolution), Math.ceil((b.maxX + DIRTY_MARGIN) * resolution));
      const y1 = Math.min(Math.ceil(height * resolution), Math.ceil((b.maxY + DIRTY_MARGIN) * resolution));
      if (x1 <= x0 || y1 <= y0) continue;
      rects.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
      area += (x1 - x0) * (y1 - y0);
    }
    return area > DIRTY_MAX_SHARE * width * height * resolution * resolution ? undefined : rects;
  }

  /**
   * Sizes the picture for a canvas of `cssWidth` × `cssHeight` CSS pixels: the camera's rect fills it (see
   * setCamera) and labels stay legible at that size.
   */
  setViewport(cssWidth: number, cssHeight: number, resolution: number): void {
    const same = this.viewport.width === cssWidth && this.viewport.height === cssHeight && this.viewport.resolution === resolution;
    this.viewport = { width: cssWidth, height: cssHeight, resolution };
    // Scenery is baked once, so its labels are sized for the widest framing (the whole stage): closer, they only grow.
    this.labelSized(this.backdrop, fitScale(WHOLE_STAGE, this.viewport));
    if (!same) this.labelScale = 0;
    this.bakeScale = this.closeUps ? bakeScale(this.plan, this.viewport) : fitScale(WHOLE_STAGE, this.viewport);
    this.frameCamera();
    // Labels were rescaled and the canvas may have been resized (which blanks it): repaint all of it.
    this.invalidate();
  }

  /**
   * Frames a rect of the stage (stage units): it is fitted to the canvas, widened to the canvas's shape and,
   * where the wider view still fits, kept inside the stage. A moved camera repaints the whole canvas.
   */
  setCamera(rect: CameraRect): void {
    if (sameRect(this.camera, rect)) return;
    this.camera = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    this.frameCamera();
    this.invalidate();
  }

  /**
   * Whether the camera will frame close-ups. Shown whole only (the widget's whole-cell), the bitmaps are baked at
   * exactly the whole stage's scale: each frame then copies them pixel for pixel instead of resampling them,
   * which halves the cost of a full redraw (measured: 1.9 against 4.3 ms at 1280 px).
   */
  setCloseUps(on: boolean): void {
    if (on === this.closeUps) return;
    this.closeUps = on;
    if (this.viewport.width > 0) this.setViewport(this.viewport.width, this.viewport.height, this.viewport.resolution);
  }

  /**
   * The smallest size (CSS px) a label is drawn at: 12 by default, more for a projector (presenter mode uses
   * PRESENTER_FONT_PX). Labels that cannot reach it are not drawn.
   */
  setLabelMinimum(px: number): void {
    if (!(px > 0) || px === this.labelMinimum) return;
    this.labelMinimum = px;
    this.labelScale = 0;
    // The inset pictogram follows the cell title's size and is baked with the backdrop.
    this.bakedAt = 0;
    if (this.viewport.width > 0) this.setViewport(this.viewport.width, this.viewport.height, this.viewport.resolution);
  }

  /** The labels shown now, as boxes in CSS px on the canvas (for tests and tools). @internal */
  labelBoxes(): LabelBox[] {
    return this.labels.boxes();
  }

  /** Lays the labels out for the picture as drawn now; where they moved must be repainted. */
  private placeLabels(step: number, changed: Bounds[]): void {
    this.laidOutStep = step;
    const focus = this.subjects[step] ?? new Set<string>();
    // The population is drawn above the backdrop's names: its pairs (once revealed) and dimers (once arrived).
    const [, imported = 0, reveal = 0] = this.drawnPopulation;
    const areas = reveal > 0 ? this.population.areas.slice(0, imported > 0 ? undefined : this.populationPairs) : [];
    const drawn = areas.map((area) => {
      const { minX, minY, width, height } = stageBounds(this.root, area);
      return { x: minX, y: minY, width, height };
    });
    for (const box of this.labels.layout(this.viewport.width, this.viewport.height, focus, drawn)) {
      const bounds = new Bounds();
      bounds.addRect(new Rectangle(box.x, box.y, box.width, box.height));
      changed.push(bounds);
    }
  }

  private frameCamera(): void {
    const { width, height } = this.viewport;
    if (!(width > 0 && height > 0)) return;
    const scale = fitScale(this.camera, this.viewport);
    const centre = (from: number, size: number, shown: number, stage: number) =>
      shown >= stage ? stage / 2 : Math.min(Math.max(from + size / 2, shown / 2), stage - shown / 2);
    const cx = centre(this.camera.x, this.camera.width, width / scale, STAGE.width);
    const cy = centre(this.camera.y, this.camera.height, height / scale, STAGE.height);
    const framed = this.framings.some((rect) => sameRect(rect, this.camera));
    this.root.scale.set(scale);
    this.root.position.set(width / 2 - cx * scale, height / 2 - cy * scale);
    // Labels are sized for the exact zoom at a step's framing; mid-pan, for quarter-octave steps below it (never
    // smaller than their minimum), so a pan re-rasterises text a few times, not every frame.
    const labelScale = framed ? scale : 2 ** (Math.floor(Math.log2(scale) * 4) / 4);
    if (labelScale === this.labelScale) return;
    this.labelScale = labelScale;
    for (const sprite of this.sprites.values()) this.labelSized(sprite, labelScale);
  }

  /** Sizes a part's labels, badges and marks for `scale` CSS px per unit, at least the label minimum on screen. */
  private labelSized(part: { setViewScale(scale: number, resolution: number, minPx?: number): void }, scale: number): void {
    part.setViewScale(scale, this.viewport.resolution, this.labelMinimum);
  }

  /**
   * The backdrop never moves, so it is drawn once into a bitmap at the canvas's pixel density and each frame
   * costs one image copy instead of replaying hundreds of membrane, DNA and cell-detail shapes; actor shapes
   * are baked likewise. Call before drawing: it re-bakes everything only after a resize, and otherwise only
   * sprites that have no bitmaps yet.
   */
  bakeBackdrop(renderer: Renderer): void {
    const pixels = this.bakeScale * this.viewport.resolution;
    if (pixels <= 0) return;
    if (this.bakedAt !== pixels) {
      this.bakedAt = pixels;
      this.backdropTexture?.destroy(true);
      this.backdropTexture = RenderTexture.create({ width: STAGE.width, height: STAGE.height, resolution: pixels, antialias: true });
      renderer.render({ container: this.backdrop.container, target: this.backdropTexture, clear: true });
      this.backdropSprite.texture = this.backdropTexture;
      for (const shapes of this.baked.values()) unbake(shapes);
      this.baked.clear();
    }
    let baked = false;
    for (const sprite of [...this.sprites.values(), this.population]) {
      if (this.baked.has(sprite)) continue;
      const shapes: BakedShape[] = [];
      bakeShapes(renderer, sprite.container, pixels, shapes);
      // The bitmaps take the live shapes' current transforms at once: the next draw may not touch this sprite.
      syncBaked(shapes);
      this.baked.set(sprite, shapes);
      this.invalidate();
      baked = true;
    }
    // Baking draws throw-away probes (and a resize frees old bitmaps): the renderer lets go of them now.
    if (baked) releaseDestroyed(renderer);
  }

  /** The next draw repaints the whole canvas, and measures every part again. */
  invalidate(): void {
    this.whole = true;
    this.drawnBounds.clear();
    this.drawnStates.clear();
    this.drawnPopulation = [];
  }

  destroy(): void {
    for (const shapes of this.baked.values()) unbake(shapes);
    for (const sprite of this.sprites.values()) sprite.destroy();
    this.population.destroy();
    this.backdrop.destroy();
    this.backdropTexture?.destroy(true);
    destroyTree(this.root);
  }

  /** Hands the backdrop, its bitmap and the viewport to the view that replaces this one. */
  private takeBackdrop(next: StageView): Backdrop {
    next.backdropTexture = this.backdropTexture;
    next.backdropSprite.texture = this.backdropSprite.texture;
    next.bakedAt = this.bakedAt;
    next.viewport = this.viewport;
    this.backdropTexture = undefined;
    const backdrop = this.backdrop;
    // What destroy() frees instead: an empty stand-in.
    this.backdrop = emptyBackdrop();
    return backdrop;
  }

  /** Hands an unused sprite drawn from `key` (and its bitmaps) to the view that replaces this one. */
  private takeSprite(key: string, next: StageView): ActorSprite | undefined {
    for (const [id, sprite] of this.sprites) {
      if (this.spriteKeys.get(sprite) !== key) continue;
      this.sprites.delete(id);
      this.spriteKeys.delete(sprite);
      const shapes = this.baked.get(sprite);
      this.baked.delete(sprite);
      if (shapes) next.baked.set(sprite, shapes);
      sprite.container.removeFromParent();
      return sprite;
    }
    return undefined;
  }
}

/**
 * CSS px per stage unit to bake bitmaps at: the plan's closest framing, so close-ups stay crisp, but no more than
 * makes the backdrop bitmap twice the canvas's pixels (memory), and never less than the whole stage needs.
 */
function bakeScale(plan: ScenePlan, viewport: { readonly width: number; readonly height: number }): number {
  const whole = fitScale(WHOLE_STAGE, viewport);
  const closest = Math.max(whole, ...plan.steps.map((step) => fitScale(step.focus.rect, viewport)));
  const cap = Math.sqrt((2 * viewport.width * viewport.height) / (STAGE.width * STAGE.height));
  return Math.max(whole, Math.min(closest, cap));
}

/** CSS px per stage unit that fit `rect` into the viewport. */
function fitScale(rect: CameraRect, viewport: { readonly width: number; readonly height: number }): number {
  return Math.min(viewport.width / rect.width, viewport.height / rect.height);
}

/** A backdrop with nothing in it, left behind when the real one moved to the next view. */
function emptyBackdrop(): Backdrop {
  const container = new Container();
  return { container, labels: new Container(), spots: [], setViewScale() {}, destroy: () => destroyTree(container) };
}

/**
 * A shape drawn from a bitmap: the live Graphics stays in the tree (its owner still moves, fades and flips
 * it) but is not rendered; a Sprite beside it shows the bitmap with the same transform and opacity.
 */
interface BakedShape {
  readonly shape: Graphics;
  readonly sprite: Sprite;
  readonly texture: Texture;
}

/**
 * Bakes every shape (Graphics) under a container into a bitmap at the canvas's pixel density. Actor shapes
 * never change after they are built (only their transforms and opacity do), so each frame then copies
 * bitmaps instead of re-filling paths, gradients and wide glow strokes; with many widgets on a page, that
 * rasterising was the main cost of a frame.
 */
function bakeShapes(renderer: Renderer, node: Container, resolution: number, out: BakedShape[]): void {
  for (const child of [...node.children]) {
    if (child instanceof Graphics) {
      // Shapes stretched by their own scale (gene bars grow from 0) stay live.
      if (Math.abs(child.scale.x) !== 1 || Math.abs(child.scale.y) !== 1) continue;
      const bounds = child.context.bounds;
      if (bounds.width <= 0 || bounds.height <= 0) continue;
      // Drawn through a throw-away Graphics sharing the shape's geometry, so that the live shape's own
      // visibility, opacity and render state are never touched (an invisible glow still bakes in full).
      const probe = new Graphics(child.context);
      const texture = renderer.generateTexture({
        target: probe,
        resolution,
        antialias: true,
        frame: new Rectangle(bounds.x, bounds.y, bounds.width, bounds.height),
      });
      probe.destroy();
      const sprite = new Sprite(texture);
      sprite.pivot.set(-bounds.x, -bounds.y);
      node.addChildAt(sprite, node.getChildIndex(child) + 1);
      child.renderable = false;
      out.push({ shape: child, sprite, texture });
    } else if (!(child instanceof Text) && !(child instanceof Sprite)) {
      bakeShapes(renderer, child, resolution, out);
    }
  }
}

/**
 * Adds to `out` the canvas area (CSS px) of what `node` draws: its shown leaves, each measured on its own, so
 * that an empty shape (measured by Pixi as the point 0, 0) cannot stretch the area to the stage's corner.
 */
function addDrawnBounds(node: Container, out: Bounds): void {
  if (!node.visible || !node.renderable) return;
  if (node.children.length === 0) {
    const bounds = node.getBounds();
    if (bounds.width > 0 && bounds.height > 0) out.addBounds(bounds);
    return;
  }
  for (const child of node.children) addDrawnBounds(child, out);
}

/** A box in stage units as CSS px on the canvas (the root maps the stage onto the canvas). */
function stageBounds(root: Container, area: Rectangle): Bounds {
  root.updateLocalTransform();
  const bounds = new Bounds();
  bounds.addRect(area, root.localTransform);
  return bounds;
}

/** Whether a sprite already shows `state` (states are plain numbers, compared exactly). */
function sameState(drawn: ActorState, state: ActorState): boolean {
  return (
    drawn.x === state.x &&
    drawn.y === state.y &&
    drawn.rotation === state.rotation &&
    drawn.scale === state.scale &&
    drawn.alpha === state.alpha &&
    drawn.phospho === state.phospho &&
    drawn.active === state.active &&
    drawn.value === state.value
  );
}

/** Copies each live shape's transform and opacity to its bitmap. */
function syncBaked(baked: readonly BakedShape[]): void {
  for (const { shape, sprite } of baked) {
    sprite.position.copyFrom(shape.position);
    sprite.scale.copyFrom(shape.scale);
    sprite.rotation = shape.rotation;
    sprite.alpha = shape.alpha;
    sprite.visible = shape.visible;
  }
}

/** Puts the live shapes back and frees the bitmaps. */
function unbake(baked: BakedShape[]): void {
  for (const { shape, sprite, texture } of baked) {
    shape.renderable = true;
    sprite.destroy();
    texture.destroy(true);
  }
  baked.length = 0;
}
