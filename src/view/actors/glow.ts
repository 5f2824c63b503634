/**
 * The "switched on" glow behind active molecules. The Canvas2D renderer has no filters, so a glow is
 * faked with a few wide, translucent strokes of the molecule's own outline.
 */
import { Graphics } from 'pixi.js';
import { PALETTE } from '../palette';

/**
 * Build a glow Graphics from a function that traces the molecule's outline (shapes only, no fill/stroke).
 * `spread` is how far (stage units) the glow reaches beyond the outline. The caller sets its alpha = active.
 */
export function createGlow(trace: (g: Graphics) => void, spread = 12): Graphics {
  const g = new Graphics();
  // [stroke width as a multiple of spread, alpha]: many faint layers read as a soft falloff.
  const layers: readonly (readonly [number, number])[] = [
    [2.0, 0.07],
    [1.65, 0.09],
    [1.3, 0.12],
    [0.95, 0.16],
    [0.6, 0.22],
  ];
  for (const [width, alpha] of layers) {
    trace(g);
    g.stroke({ width: spread * width, color: PALETTE.glow, alpha, join: 'round', cap: 'round' });
  }
  trace(g);
  g.fill({ color: PALETTE.glow, alpha: 0.5 });
  return g;
}
