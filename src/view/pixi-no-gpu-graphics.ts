/**
 * Stands in for Pixi's WebGL/WebGPU graphics pipe and graphics-context system (see vite.shared.ts). The
 * Canvas2D renderer draws Graphics with its own pipe and context system; these two only serve the GPU
 * renderers, which the widget never creates (shared-renderer.ts). Registered as extensions of no type, they
 * register nothing.
 */
export const GraphicsPipe = { extension: { type: [], name: 'graphics' } };

/**
 * Pixi's curve builders read the curve smoothness from here whichever renderer draws; the Canvas2D renderer
 * never changes it, so it stays Pixi's default.
 */
export const GraphicsContextSystem = {
  extension: { type: [], name: 'graphicsContext' },
  defaultOptions: { bezierSmoothness: 0.5 },
};

/** Pixi's package index re-exports these GPU-side classes too; nothing in the widget uses them. */
export const GpuGraphicsContext = undefined;
export const GraphicsContextRenderData = undefined;
export const GraphicsGpuData = undefined;
