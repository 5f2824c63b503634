/**
 * Stands in for Pixi's alpha-mask pipe (see vite.shared.ts). Alpha (sprite) masks are drawn through Pixi's
 * filter system, which is not bundled (vite.shared.ts leaves the optional extensions out), so the Canvas2D
 * renderer could not draw one anyway; the real pipe would only bring the filter and shader code with it.
 * Graphics masks (the stencil pipe, a Canvas2D clip) are unaffected.
 */
export class AlphaMaskPipe {
  static extension = { type: ['webgl-pipes', 'webgpu-pipes', 'canvas-pipes'], name: 'alphaMask' };

  push(): never {
    throw new Error('Sprite (alpha) masks are not bundled with JAK-STAT Explorer; mask with a Graphics instead.');
  }

  pop(): void {}

  execute(): void {}

  destroy(): void {}
}
