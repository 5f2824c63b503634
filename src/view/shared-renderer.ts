/**
 * One Pixi renderer for every widget on the page (no Pixi Application per element). Each widget owns
 * only a <canvas>; the shared renderer draws the widget's stage into it on request. The renderer is created
 * on first use, not on import, and destroyed when the last widget lets go of it.
 *
 * Pixi's Canvas2D renderer is the default: on this project's machines it drew the stage at 60 fps where
 * software WebGL needed ~24–58 ms a frame, it has no per-page context limit, and it cannot lose
 * a GPU context.
 */
import { CanvasRenderer, getCanvasTexture, type CanvasSource, type Container, type Renderer, type Texture } from 'pixi.js';
import type { PixelRect } from './stage-view';
import { installBatchIdsReset } from './pixi-batch-ids';

let shared: Promise<Renderer> | undefined;
let users = 0;

/** Takes a reference to the shared renderer, creating it on first use. Pair with `releaseRenderer()`. */
export function acquireRenderer(): Promise<Renderer> {
  users++;
  shared ??= createCanvasRenderer();
  return shared;
}

/**
 * Pixi refuses to start where `eval` is forbidden unless `pixi.js/unsafe-eval` is loaded, because its WebGL
 * and WebGPU renderers generate shader-sync code at run time. The Canvas2D renderer generates no code, so the
 * check does not apply to it; skipping it keeps the widget working under `script-src 'self'` without shipping
 * the WebGL shader polyfills.
 */
class StrictCspCanvasRenderer extends CanvasRenderer {
  override _unsafeEvalCheck(): void {}
}

/** The Canvas2D renderer, imported directly so that the WebGL and WebGPU renderers stay out of the bundle. */
async function createCanvasRenderer(): Promise<Renderer> {
  installBatchIdsReset();
  const renderer = new StrictCspCanvasRenderer();
  await renderer.init({
    antialias: true,
    backgroundAlpha: 0,
    width: 1,
    height: 1,
    // Widgets size their own canvases; the renderer's own canvas is never shown.
    autoDensity: false,
    // The optional extensions (events, accessibility, filters…) are not used and not bundled.
    skipExtensionImports: true,
  });
  return renderer as unknown as Renderer;
}

/** Drops a reference; the renderer is destroyed when no widget uses it. */
export function releaseRenderer(): void {
  users = Math.max(0, users - 1);
  if (users > 0 || !shared) return;
  const done = shared;
  shared = undefined;
  void done.then((renderer) => renderer.destroy());
}

/** A widget's drawing surface: its own canvas, drawn into by the shared renderer. */
export class CanvasTarget {
  readonly canvas: HTMLCanvasElement;
  private texture: Texture | undefined;
  /** Blank or resized since the last full draw: the next draw must paint all of it. */
  private blank = true;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
  }

  /** Sizes the canvas backing store to CSS size × device pixel ratio. */
  resize(cssWidth: number, cssHeight: number, resolution: number): void {
    const width = Math.max(1, Math.round(cssWidth));
    const height = Math.max(1, Math.round(cssHeight));
    const texture = this.ensureTexture(resolution);
    const source = texture.source;
    if (source.width !== width || source.height !== height || source.resolution !== resolution) {
      source.resize(width, height, resolution);
      this.blank = true;
    }
  }

  /**
   * Draws a container into this canvas: only into `regions` (canvas pixels) when given, the rest of the canvas
   * keeping what it shows. Everything outside them must look as it did at the last draw.
   */
  render(renderer: Renderer, container: Container, clearColor: number, regions?: readonly PixelRect[]): void {
    const target = this.ensureTexture();
    if (!regions || this.blank) {
      renderer.render({ container, target, clear: true, clearColor });
      this.blank = false;
      return;
    }
    if (regions.length === 0) return;
    // Clipped, the clear and every draw touch only those pixels; the rest of the frame is not rasterised.
    const context = (target.source as CanvasSource).context2D;
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.beginPath();
    for (const { x, y, width, height } of regions) context.rect(x, y, width, height);
    context.clip();
    renderer.render({ container, target, clear: true, clearColor });
    context.restore();
  }

  /** Releases the renderer's resources for this canvas. */
  destroy(): void {
    this.texture?.destroy(true);
    this.texture = undefined;
    this.blank = true;
  }

  private ensureTexture(resolution = 1): Texture {
    this.texture ??= getCanvasTexture(this.canvas, { resolution });
    return this.texture;
  }
}
