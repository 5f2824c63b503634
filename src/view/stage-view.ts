/**
 * The Pixi scene for one widget: the backdrop and one sprite per actor, drawn from a frame of actor states.
 * It draws what the model says and decides nothing.
 */
import { Container, Graphics, RenderTexture, Sprite, Text, type Renderer } from 'pixi.js';
import type { ActorDef, FrameState } from '../model/actor';
import { ACTOR_KINDS } from '../model/actor';
import { STAGE } from '../model/geometry';
import { createBackdrop, type Backdrop, type BackdropInfo } from './backdrop';
import type { ActorSprite } from './actors/actor-sprite';
import { createActorSprite } from './actors/create-actor-sprite';

export class StageView {
  /** Root container, scaled from the 1280 × 720 stage to the canvas. */
  readonly root = new Container();
  private readonly backdrop: Backdrop;
  private readonly sprites = new Map<string, ActorSprite>();

  constructor(actors: readonly ActorDef[], backdrop: BackdropInfo) {
    this.backdrop = createBackdrop(backdrop);
    // Drawn through its baked bitmap (bakeBackdrop), so the live backdrop container stays off the stage.
    this.root.addChild(this.backdropSprite);
    // Draw order by kind (genes at the back, cytokine in front), then declaration order.
    const ordered = [...actors].sort((a, b) => ACTOR_KINDS.indexOf(a.kind) - ACTOR_KINDS.indexOf(b.kind));
    for (const def of ordered) {
      const sprite = createActorSprite(def);
      this.sprites.set(def.id, sprite);
      this.root.addChild(sprite.container);
    }
  }

  /** Applies a frame of actor states to the sprites. */
  draw(frame: FrameState): void {
    for (const [id, sprite] of this.sprites) {
      const state = frame[id];
      if (state) sprite.update(state);
    }
  }

  /**
   * Fits the stage into a canvas of `cssWidth` × `cssHeight` CSS pixels (letterboxed, centred) and keeps
   * labels legible at that size.
   */
  setViewport(cssWidth: number, cssHeight: number, resolution: number): void {
    const scale = Math.min(cssWidth / STAGE.width, cssHeight / STAGE.height);
    this.resolution = resolution;
    this.root.scale.set(scale);
    this.root.position.set((cssWidth - STAGE.width * scale) / 2, (cssHeight - STAGE.height * scale) / 2);
    this.backdrop.setViewScale(scale, resolution);
    for (const sprite of this.sprites.values()) sprite.setViewScale(scale, resolution);
    this.bakedAt = 0;
    const pixels = scale * resolution;
    for (const sprite of this.sprites.values()) cacheShapes(sprite.container, pixels);
  }

  /**
   * The backdrop never moves, so it is drawn once into a bitmap at the canvas's pixel density and each frame
   * costs one image copy instead of replaying hundreds of membrane, DNA and cell-detail shapes. Call before
   * drawing; it re-bakes only after a resize.
   */
  bakeBackdrop(renderer: Renderer): void {
    const pixels = this.root.scale.x * this.resolution;
    if (this.bakedAt === pixels || pixels <= 0) return;
    this.bakedAt = pixels;
    this.backdropTexture?.destroy(true);
    this.backdropTexture = RenderTexture.create({ width: STAGE.width, height: STAGE.height, resolution: pixels, antialias: true });
    renderer.render({ container: this.backdrop.container, target: this.backdropTexture, clear: true });
    this.backdropSprite.texture = this.backdropTexture;
  }

  private bakedAt = 0;
  private resolution = 1;
  private backdropTexture: RenderTexture | undefined;
  private readonly backdropSprite = new Sprite();

  destroy(): void {
    for (const sprite of this.sprites.values()) sprite.destroy();
    this.backdrop.destroy();
    this.backdropTexture?.destroy(true);
    this.root.destroy({ children: true });
  }
}

/**
 * Turns every shape (Graphics) under a container into a bitmap at the canvas's pixel density. Actor shapes
 * never change after they are built (only their transforms and opacity do), so each frame then copies
 * bitmaps instead of re-filling paths, gradients and wide glow strokes; with many widgets on a page, that
 * rasterising was the main cost of a frame. Containers stay live, so parts that move, fade or flip inside an
 * actor (badges, glows, a STAT turning over) still do.
 */
function cacheShapes(node: Container, resolution: number): void {
  for (const child of node.children) {
    if (child instanceof Graphics) {
      child.cacheAsTexture(false);
      child.cacheAsTexture({ resolution, antialias: true });
    } else if (!(child instanceof Text)) {
      cacheShapes(child, resolution);
    }
  }
}
