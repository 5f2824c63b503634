/**
 * Stands in for earcut, Pixi's polygon triangulator (see vite.shared.ts). Only the GPU renderers triangulate
 * shapes (into vertex buffers); the Canvas2D renderer fills and strokes paths directly, so the widget never
 * reaches it. (Pixi's module also re-exports EventEmitter, which nothing imports from there.)
 */
export function earcut(): never {
  throw new Error('Polygon triangulation (earcut) is not bundled with JAK-STAT Explorer: it draws with Canvas2D.');
}
