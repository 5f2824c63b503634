/** Wavy strands (filaments, ER sheets): a gentle curve with a sideways ripple, as one polyline. */
import type { Graphics } from 'pixi.js';

/** A point in stage (or inset) units. */
export type Point = readonly [number, number];

/**
 * Trace a quadratic curve from `a` via control `c` to `b`, rippled sideways by
 * `amplitude · sin(2π · waves · t + phase)`. Starts a new subpath; the caller strokes.
 */
export function traceWavy(
  g: Graphics,
  a: Point,
  c: Point,
  b: Point,
  amplitude: number,
  waves: number,
  phase = 0,
): Graphics {
  // Enough samples for a smooth ripple (≈ 8 per wave) without bloating the path.
  const steps = Math.max(8, Math.ceil(waves * 8));
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const x = u * u * a[0] + 2 * u * t * c[0] + t * t * b[0];
    const y = u * u * a[1] + 2 * u * t * c[1] + t * t * b[1];
    // Tangent of the quadratic, for the sideways (normal) offset.
    const tx = 2 * u * (c[0] - a[0]) + 2 * t * (b[0] - c[0]);
    const ty = 2 * u * (c[1] - a[1]) + 2 * t * (b[1] - c[1]);
    const len = Math.hypot(tx, ty) || 1;
    const off = amplitude * Math.sin(2 * Math.PI * waves * t + phase);
    const px = x - (ty / len) * off;
    const py = y + (tx / len) * off;
    if (i === 0) g.moveTo(px, py);
    else g.lineTo(px, py);
  }
  return g;
}
