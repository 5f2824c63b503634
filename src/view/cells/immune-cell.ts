/**
 * Immune cell (a dendritic-shaped sentinel such as a Langerhans cell): the inset shows an irregular cell
 * with a few long branching processes; the stage shows granules and endosomes in the cytoplasm corners.
 */
import { Container, Graphics } from 'pixi.js';
import { STAGE } from '../../model/geometry';
import { PALETTE } from '../palette';
import type { CellDecor } from './cell-decor';
import { mix } from './colour';
import { frameInset, markPatch } from './inset';

const C = PALETTE.cells['immune-cell'];
const P = PALETTE.inset;

/** The cell body in the inset (inset units). */
const BODY = { x: 74, y: 50, rx: 18, ry: 13 } as const;

/** A tapering, gently bent process: its outline polygon and a way to find points along its midline. */
interface Process {
  readonly points: number[];
  at(t: number): [number, number];
}

/** A process from `base` (width w0) to `tip` (width w1), bowed sideways by `bend`. */
function process(base: readonly [number, number], tip: readonly [number, number], bend: number, w0: number, w1: number): Process {
  const [ax, ay] = base;
  const [bx, by] = tip;
  const len = Math.hypot(bx - ax, by - ay) || 1;
  const nx = -(by - ay) / len;
  const ny = (bx - ax) / len;
  const cx = (ax + bx) / 2 + nx * bend;
  const cy = (ay + by) / 2 + ny * bend;
  const at = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by];
  };
  const left: number[] = [];
  const right: number[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const [x, y] = at(t);
    const half = (w0 * (1 - t) + w1 * t) / 2;
    left.push(x + nx * half, y + ny * half);
    right.unshift(x - nx * half, y - ny * half);
  }
  return { points: [...left, ...right], at };
}

/** A point on the body's edge, at an angle (radians), a little inside so that processes merge with it. */
function onBody(angle: number, inset = 3): [number, number] {
  return [BODY.x + Math.cos(angle) * (BODY.rx - inset), BODY.y + Math.sin(angle) * (BODY.ry - inset)];
}

/** The dendritic cell among pale tissue cells, its upper membrane marked. */
function drawInset(): Container {
  const g = new Graphics();
  const neighbours = [
    [14, 16, 22, 16],
    [138, 80, 24, 18],
    [10, 84, 18, 14],
    [146, 20, 16, 14],
  ] as const;
  for (const [x, y, rx, ry] of neighbours) g.ellipse(x, y, rx, ry);
  g.fill({ color: P.tissue }).stroke({ width: 1, color: P.tissueEdge });
  for (const [x, y, rx, ry] of neighbours) g.ellipse(x + 2, y, rx * 0.4, ry * 0.45);
  g.fill({ color: mix(P.tissue, P.nucleus, 0.5) });

  // Long processes, and a few side branches growing from their midlines.
  const arms = [
    process(onBody(-2.7), [8, 34], -6, 10, 1.6),
    process(onBody(-1.9), [44, 4], 5, 8, 1.6),
    process(onBody(-0.55), [118, 8], -7, 9, 1.6),
    process(onBody(0.25), [146, 52], 6, 10, 1.6),
    process(onBody(1.2), [100, 90], -5, 8, 1.6),
    process(onBody(2.3), [30, 86], 6, 9, 1.6),
  ];
  const branch = (arm: Process | undefined, t: number, tip: [number, number]): Process =>
    process(arm?.at(t) ?? [BODY.x, BODY.y], tip, 2, 3.6, 1.2);
  const parts = [
    ...arms,
    branch(arms[0], 0.55, [20, 12]),
    branch(arms[2], 0.55, [112, 28]),
    branch(arms[3], 0.6, [132, 72]),
    branch(arms[5], 0.5, [28, 64]),
  ];
  // Outline everything first, then fill on top: the overlapping fills leave one outline round the union.
  for (const { points } of parts) g.poly(points).stroke({ width: 2.6, color: C.cellEdge, join: 'round' });
  g.ellipse(BODY.x, BODY.y, BODY.rx, BODY.ry).stroke({ width: 2.6, color: C.cellEdge });
  for (const { points } of parts) g.poly(points).fill({ color: C.cell });
  g.ellipse(BODY.x, BODY.y, BODY.rx, BODY.ry).fill({ color: C.cell });
  // A kidney-shaped nucleus, typical of these cells: an ellipse with a bite taken out of its top.
  g.ellipse(BODY.x + 1, BODY.y + 1.5, 10.5, 7.5).fill({ color: P.nucleus }).stroke({ width: 1, color: P.nucleusEdge });
  g.ellipse(BODY.x + 1, BODY.y - 5.5, 4.2, 3.6).fill({ color: C.cell }).stroke({ width: 1, color: P.nucleusEdge });
  g.ellipse(BODY.x + 1, BODY.y - 8, 5.5, 3).fill({ color: C.cell });
  markPatch(g, BODY.x - 6, BODY.y - BODY.ry + 0.5, 14, 9);
  return g;
}

/** An endosome: a larger sac holding a few small vesicles (a multivesicular body). */
function endosome(g: Graphics, x: number, y: number, r: number): void {
  const edge = mix(C.accent, C.cellEdge, 0.2);
  g.circle(x, y, r).fill({ color: mix(C.cytoplasm, C.accentFill, 0.25) }).stroke({ width: 1.6, color: edge });
  for (const [dx, dy] of [
    [-0.4, -0.25],
    [0.35, -0.1],
    [-0.05, 0.4],
  ] as const) {
    g.circle(x + dx * r, y + dy * r, r * 0.24);
  }
  g.stroke({ width: 1.2, color: edge });
}

/** Granules and endosomes in the cytoplasm corners, clear of the actors' paths. */
function drawScenery(): Container {
  const g = new Graphics();
  const granules = [
    [40, 330, 6],
    [62, 346, 5],
    [36, 356, 4.5],
    [88, 366, 5.5],
    [58, 384, 4],
    [106, 404, 5],
    [1236, 296, 5.5],
    [1252, 318, 4.5],
    [1226, 340, 5],
    [1200, 460, 6],
    [1222, 478, 4.5],
    [1190, 492, 5],
    [1240, 500, 4],
  ] as const;
  for (const [x, y, r] of granules) g.circle(x, y, r);
  g.fill({ color: C.accentFill, alpha: 0.9 });
  // Dense cores.
  for (const [x, y, r] of granules) g.circle(x - r * 0.15, y - r * 0.15, r * 0.42);
  g.fill({ color: mix(C.accentFill, C.cellEdge, 0.35), alpha: 0.7 });
  endosome(g, 70, 480, 16);
  endosome(g, 118, 552, 13);
  endosome(g, 1210, 396, 15);
  endosome(g, 1170, 560, 13);
  return g;
}

/** The immune cell's inset and stage cues. */
export function createImmuneCellDecor(): CellDecor {
  return {
    inset: frameInset(drawInset()),
    scenery: drawScenery(),
    caption: { x: STAGE.width - 24, y: 440, anchorX: 1, anchorY: 1 },
  };
}
