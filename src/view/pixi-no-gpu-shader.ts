/**
 * Stands in for the batcher's GPU shader (see vite.shared.ts). Pixi's default batcher builds a WebGL and a
 * WebGPU shader program on construction, whichever renderer it serves; the Canvas2D renderer's batch adaptor
 * never reads it. The widget only ever creates the Canvas2D renderer (shared-renderer.ts), so the shader
 * generator (shader bits, GLSL and WGSL source, program reflection) is left out of the bundle and the batcher
 * holds this inert object instead.
 */
export class DefaultShader {
  /** The batcher destroys its shader with it; there is nothing to free. */
  destroy(): void {}
}
